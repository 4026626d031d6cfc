from django_tasks import task

from .invitations import invitation_mail
from .models import Invitation


@task()
def send_invitations(invitation_ids: list[int], base_url: str) -> None:
    """E-mail each invitation, in Ukrainian and English (the account keeps no language of its own), with its link:
    "accept" for an account in use, "set a password and join" for one the bulk enrolment created."""
    for invitation in (
        Invitation.objects.filter(pk__in=invitation_ids)
        .select_related("cohort__trainer", "user")
        .prefetch_related("cohort__courses")
    ):
        invitation_mail(invitation, base_url).send()
