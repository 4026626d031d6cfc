"""What the cohorts app holds about a learner, for their data export: cohorts they are in and invitations."""

from .models import Invitation, Membership


def export_cohorts(user) -> dict:
    def when(value):
        return value.isoformat() if value else None

    memberships = Membership.objects.filter(user=user).select_related("cohort__trainer").order_by("joined_at")
    invitations = Invitation.objects.filter(user=user).select_related("cohort__trainer").order_by("created_at")
    return {
        "memberships": [
            {
                "cohort": m.cohort.name,
                "trainer": m.cohort.trainer_name,
                "joined_at": when(m.joined_at),
            }
            for m in memberships
        ],
        "invitations": [
            {
                "cohort": i.cohort.name,
                "trainer": i.cohort.trainer_name,
                "email": i.email,
                "invited_at": when(i.created_at),
                "accepted_at": when(i.accepted_at),
                "declined_at": when(i.declined_at),
            }
            for i in invitations
        ],
    }


def member_cohort_ids(user) -> list[int]:
    """The cohorts ``user`` belongs to (the audit trail's scope for lists and exports)."""
    return list(Membership.objects.filter(user=user).values_list("cohort_id", flat=True))
