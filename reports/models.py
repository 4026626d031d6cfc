"""Cohorts: training groups that trainers run. Reports read learning records; only cohorts are written here."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

INVITE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_invite_code() -> str:
    return "".join(secrets.choice(INVITE_ALPHABET) for _ in range(10))


class Cohort(models.Model):
    name = models.CharField(_("name"), max_length=150)
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("trainer"), on_delete=models.PROTECT, related_name="cohorts_led"
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


class Export(models.Model):
    """A file built in the background for a trainer: a cohort's certificates as one ZIP, or a large table as XLSX
    (``table`` names it and ``query`` keeps the filters it was asked with)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    cohort = models.ForeignKey(Cohort, null=True, blank=True, on_delete=models.CASCADE, related_name="exports")
    table = models.CharField(max_length=20, blank=True)
    query = models.TextField(blank=True)
    language = models.CharField(max_length=10, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    file = models.FileField(upload_to="exports/%Y/%m/", blank=True)
    count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.table or self.cohort} · {self.get_status_display()}"

    @property
    def filename(self) -> str:
        return f"{self.table}.xlsx" if self.table else f"certificates-{self.cohort_id}.zip"
