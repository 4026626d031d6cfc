"""The platform's roles, as Django groups. Wagtail's own "Moderators" and "Editors" groups are reused."""

LEARNER = None  # every signed-up user is a learner; no group needed
EDUCATORS = "Educators"
MODERATORS = "Moderators"
TRAINERS = "Trainers"
COORDINATORS = "Coordinators"

CREATED_GROUPS = [EDUCATORS, TRAINERS, COORDINATORS]


def has_role(user, group_name: str) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=group_name).exists()
