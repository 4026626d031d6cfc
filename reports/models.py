"""The reports' own tables: exports built for trainers and the enrolment summary the dashboards group.

Reports read learning records (and the cohorts, ``cohorts/``) and never write them; what is written here is the
reports' own: exports and the summary, which receivers of the lower apps' events keep (``reports/summary.py``)."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Named by the reports' early migrations as the defaults of the cohorts' fields (before the cohorts had their app).
from cohorts.models import new_invitation_token, new_invite_code  # noqa: F401


def export_retention_days() -> int:
    """How long an export file with personal data is kept (settings.EXPORT_RETENTION_DAYS, default 7)."""
    return int(getattr(settings, "EXPORT_RETENTION_DAYS", 7))


class Export(models.Model):
    """A file built in the background for a trainer: a cohort's certificates as one ZIP, or a large table as XLSX
    (``table`` names it and ``query`` keeps the filters it was asked with)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Expired")

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    cohort = models.ForeignKey(
        "cohorts.Cohort", null=True, blank=True, on_delete=models.CASCADE, related_name="exports"
    )
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
    def retention_days(self) -> int:
        return export_retention_days()

    @property
    def expired(self) -> bool:
        """Past the retention period (the file is deleted by ``purge_exports``, or already gone)."""
        if self.status == self.Status.EXPIRED:
            return True
        return self.created_at < timezone.now() - timedelta(days=export_retention_days())

    @property
    def filename(self) -> str:
        return f"{self.table}.xlsx" if self.table else f"certificates-{self.cohort_id}.zip"


class EnrolmentSummary(models.Model):
    """One row per enrolment: what the dashboards group, kept by receivers of the lower apps' events.

    Measurement asked for it (``python -m bench dashboard``): at 100,000 learners the figures computed from the
    raw records (EXISTS probes into two million lesson completions, the best score per learner out of 300,000
    attempts) took seconds; over these narrow rows every figure is one GROUP BY of a single table. So the row also
    carries copies of the enrolment's own columns that the figures filter on (learner, course, dates) and the
    learner's profile (region, sector, organisation): no figure joins the enrolments or the users.

    It goes with its enrolment (a learner who leaves a course), and stays without a user when the account is
    deleted, keeping the region and sector for anonymous counts (the organisation is cleared).
    """

    enrollment = models.OneToOneField(
        "courses.Enrollment", primary_key=True, on_delete=models.CASCADE, related_name="summary"
    )
    # Copies of the enrolment.
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    course_key = models.UUIDField(_("course key"))
    course_title = models.CharField(_("course title"), max_length=255)
    enrolled_at = models.DateTimeField(_("enrolled"))
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # The learner's records in the course.
    lessons_done = models.PositiveIntegerField(_("lessons done"), default=0)
    certified_at = models.DateTimeField(_("certified"), null=True, blank=True)
    pretest_score = models.DecimalField(
        _("best pre-test score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    assessment_score = models.DecimalField(
        _("best assessment score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    # The learner's profile.
    region = models.ForeignKey(
        "accounts.Region", verbose_name=_("region"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    sector = models.CharField(_("sector"), max_length=20, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("enrolment summary")
        verbose_name_plural = _("enrolment summaries")
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="one_summary_per_enrolment")]
        indexes = [models.Index(fields=["course_key", "completed_at"])]

    def __str__(self):
        return f"{self.user} → {self.course_title}"

    @property
    def is_complete(self):
        return self.completed_at is not None
