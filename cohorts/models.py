"""Cohorts (training groups that trainers run): the cohort, its members and the invitations a trainer's CSV sends.

Membership is consent: nobody is a member (and so visible to the trainer) without joining or accepting. The reports
read these tables for their figures; nothing here knows about the reports."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

INVITE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_invite_code() -> str:
    return "".join(secrets.choice(INVITE_ALPHABET) for _ in range(10))


class Cohort(models.Model):
    name = models.CharField(_("name"), max_length=150)
    # A trainer who deletes their account leaves the cohort to the coordinators (who see every cohort): the
    # learners' memberships and the cohort's figures stay, and the account's deletion is not blocked.
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cohorts_led",
    )
    courses = models.ManyToManyField("courses.CoursePage", verbose_name=_("courses"), related_name="cohorts")
    region = models.ForeignKey(
        "accounts.Region", verbose_name=_("region"), null=True, blank=True, on_delete=models.SET_NULL
    )
    starts_on = models.DateField(_("starts"), null=True, blank=True)
    ends_on = models.DateField(_("ends"), null=True, blank=True)
    deadline = models.DateField(_("deadline for completion"), null=True, blank=True)
    invite_code = models.CharField(_("invite code"), max_length=12, unique=True, default=new_invite_code)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-created_at"]

    def __str__(self):
        return self.name

    @property
    def trainer_name(self) -> str:
        """The trainer's name as learners see it ("" once the trainer's account is deleted)."""
        if self.trainer is None:
            return ""
        return self.trainer.get_full_name() or self.trainer.email

    def course_keys(self):
        return [course.translation_key for course in self.courses.all()]


class Membership(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_memberships")
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["cohort", "user"], name="one_membership_per_cohort")]
        indexes = [models.Index(fields=["user", "cohort"])]

    def __str__(self):
        return f"{self.user} ∈ {self.cohort}"


def new_invitation_token() -> str:
    return secrets.token_urlsafe(32)


# How long the link in an invitation e-mail works.
INVITATION_DAYS = 30


class Invitation(models.Model):
    """A trainer's invitation to join a cohort, sent to an e-mail address from a bulk-enrolment CSV.

    Nobody becomes a member of a cohort (and so visible to its trainer) without saying yes: the person accepts
    from the link in the e-mail or from "My cohorts". ``user`` is the account the address belongs to (one is
    created, without a password and with the address unconfirmed, when there is none).
    """

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email address"))
    # Deleting the account deletes its invitations: the address is personal data.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="cohort_invitations"
    )
    token = models.CharField(max_length=64, unique=True, default=new_invitation_token)
    created_at = models.DateTimeField(default=timezone.now)
    accepted_at = models.DateTimeField(null=True, blank=True)
    declined_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [models.UniqueConstraint(fields=["cohort", "email"], name="one_invitation_per_cohort_email")]
        indexes = [models.Index(fields=["user", "cohort"])]

    def __str__(self):
        return f"{self.email} → {self.cohort}"

    @property
    def pending(self) -> bool:
        return self.accepted_at is None and self.declined_at is None

    @property
    def expired(self) -> bool:
        return self.created_at < timezone.now() - timedelta(days=INVITATION_DAYS)
