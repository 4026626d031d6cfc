"""The invitation e-mail: one message in Ukrainian and then English, since an account keeps no language of its
own; each part links to the site in its language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import INVITATION_DAYS, Invitation

LANGUAGES = ("uk", "en")


def invitation_url(invitation: Invitation, base_url: str, language: str) -> str:
    with translation.override(language):
        path = reverse("cohorts:invitation", kwargs={"token": invitation.token})
    return base_url.rstrip("/") + path


def invitation_mail(invitation: Invitation, base_url: str) -> EmailMessage:
    cohort = invitation.cohort
    new_account = not invitation.user.has_usable_password()
    parts, subjects = [], []
    for language in LANGUAGES:
        with translation.override(language):
            context = {
                "cohort": cohort,
                "trainer": cohort.trainer_name,
                "courses": [course.title for course in cohort.courses.all()],
                "url": invitation_url(invitation, base_url, language),
                "new_account": new_account,
                "days": INVITATION_DAYS,
            }
            subjects.append(render_to_string("cohorts/email/invitation_subject.txt", context).strip())
            parts.append(render_to_string("cohorts/email/invitation_body.txt", context).strip())
    return EmailMessage(
        subject=" / ".join(subjects),
        body="\n\n— — —\n\n".join(parts) + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[invitation.email],
    )
