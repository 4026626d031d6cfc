"""Who may do what with questions and banks.

Model permissions (below) say what a role may do at all; ``banks_for`` says where: an educator works on the banks
of the courses whose pages they may edit (Wagtail page permissions), moderators and admins on every bank. Every
view of questions and banks (the snippet views, import, export, the quiz page's bank field) goes through it.
"""

from django.contrib.auth.models import Permission

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy

from accounts import roles

# Educators write questions (as drafts) and import banks; moderators publish, lock and delete too.
AUTHORING = ["add_question", "change_question", "view_question", "view_questionbank"]
MODERATION = AUTHORING + [
    "delete_question",
    "publish_question",
    "lock_question",
    "unlock_question",
    "add_questionbank",
    "change_questionbank",
]
REVIEW_WORKFLOW = "Moderators approval"


def grant_question_permissions(group, codenames) -> None:
    for codename in codenames:
        group.permissions.add(Permission.objects.get(content_type__app_label="quizzes", codename=codename))


def question_review_ensure() -> None:
    """Question changes go through the pages' review workflow ("Moderators approval"), if it exists."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Workflow, WorkflowContentType

    from .models import Question

    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowContentType.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(Question), defaults={"workflow": workflow}
        )


def sees_every_bank(user) -> bool:
    return user.is_active and roles.has_role(user, roles.MODERATORS)


def banks_for(user):
    """The question banks ``user`` may see, edit, import into and export: the one rule, as a queryset."""
    from .models import QuestionBank

    if not user.is_authenticated or not user.is_active:
        return QuestionBank.objects.none()
    if sees_every_bank(user):
        return QuestionBank.objects.all()
    # As ``page.permissions_for_user(user).can_edit()``: change permission on the course or a section above it
    # (or add permission on a course they own), in one query rather than one per course.
    courses = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return QuestionBank.objects.filter(course__in=courses.values("pk"))


def questions_for(user):
    from .models import Question

    return Question.objects.filter(bank__in=banks_for(user).values("pk"))


def bank_allowed(user, bank_id) -> bool:
    return banks_for(user).filter(pk=bank_id).exists()


class ScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions as usual, and every instance-level answer narrowed to ``banks_for``."""

    def __init__(self, model, scope):
        super().__init__(model)
        self.scope = scope  # user -> the queryset of instances within the user's reach

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self.scope(user).filter(pk=instance.pk).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.scope(user)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])
