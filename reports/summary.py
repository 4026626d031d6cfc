"""The enrolment summary (``EnrolmentSummary``): kept by receivers of the lower apps' events, recomputed on demand.

Every receiver runs inside the transaction that sent its event, so a rollback undoes the change and its summary
together. Each is one UPDATE whose F() expressions (or conditions) apply to the row as committed, so concurrent
events add up: two lessons completed at once count two, of two grades the better one stays, the first certificate
and the first completion are the ones kept.

``summary_refresh`` recomputes summaries from the records, set-based: for a new enrolment (records may predate
it: lessons and quizzes done in an enrolment since left count again), and as a repair after records were written
without the events (``manage.py refresh_summaries``, the benchmark's generated data).
"""

from decimal import Decimal

from django.db.models import Count, DecimalField, Exists, F, Max, Min, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Greatest

from accounts.models import User
from certificates.models import Certificate
from courses.models import Enrollment, LessonCompletion
from quizzes.models import Attempt

from .models import EnrolmentSummary

# The quiz kinds whose best score the summary keeps (knowledge gain is the assessment minus the pre-test).
SCORE_FIELDS = {"pretest": "pretest_score", "assessment": "assessment_score"}
# The enrolment's own columns that the summary copies.
COPIED = ("user_id", "course_key", "course_title", "enrolled_at", "completed_at")
BATCH = 2000


def enrolled(sender, enrollment, **kwargs):
    """``courses.signals.enrolled``: the enrolment's summary, with what the learner did before it."""
    EnrolmentSummary.objects.create(enrollment=enrollment, **{name: getattr(enrollment, name) for name in COPIED})
    _records_refresh(EnrolmentSummary.objects.filter(pk=enrollment.pk))


def lesson_completed(sender, user, course_key, **kwargs):
    """``courses.signals.lesson_completed``: a lesson of the course was completed for the first time."""
    EnrolmentSummary.objects.filter(user=user, course_key=course_key).update(lessons_done=F("lessons_done") + 1)


def enrollment_completed(sender, enrollment, at, **kwargs):
    """``courses.signals.enrollment_completed``."""
    EnrolmentSummary.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(completed_at=at)


def quiz_graded(sender, user, course_key, kind, score, **kwargs):
    """``quizzes.signals.quiz_graded``: keep the best pre-test and assessment score."""
    field = SCORE_FIELDS.get(kind)
    if field is None or course_key is None:
        return
    value = Value(Decimal(score).quantize(Decimal("0.01")), output_field=DecimalField(max_digits=5, decimal_places=2))
    # Greatest is NULL on SQLite when either side is; Coalesce makes a first score win on both databases.
    best = Greatest(Coalesce(F(field), value), value)
    EnrolmentSummary.objects.filter(user=user, course_key=course_key).update(**{field: best})


def certificate_issued(sender, certificate, enrollment, **kwargs):
    """``certificates.signals.certificate_issued``: the first certificate of the enrolment is the one kept."""
    EnrolmentSummary.objects.filter(pk=enrollment.pk, certified_at__isnull=True).update(
        certified_at=certificate.issued_at
    )


def profile_changed(sender, user, **kwargs):
    """``accounts.signals.profile_changed``: the learner's region, sector and organisation, on every enrolment."""
    EnrolmentSummary.objects.filter(user=user).update(
        region_id=user.region_id, sector=user.sector, organisation=user.organisation
    )


def account_deleted(sender, user, **kwargs):
    """``accounts.signals.account_deleted``: the summaries stay for anonymous counts, with the region and sector
    (coarse) but not the organisation, which in a small one could say who."""
    EnrolmentSummary.objects.filter(user=user).update(organisation="")


def summary_refresh(enrollments=None) -> int:
    """Recompute the summaries of ``enrollments`` (a queryset of enrolments; all when None) from the records,
    creating those that are missing. Returns the number of summaries refreshed.

    Anonymised enrolments (the account deleted) keep the region and sector they had: no record says them any more.
    """
    enrollments = Enrollment.objects.all() if enrollments is None else enrollments
    summaries = EnrolmentSummary.objects.filter(pk__in=enrollments.values("pk"))

    def copied(name):
        return Subquery(Enrollment.objects.filter(pk=OuterRef("pk")).values(name)[:1])

    # The enrolment's columns onto the summaries that exist, then the missing ones created with them: each row is
    # written twice at most (on PostgreSQL every UPDATE leaves a dead row version for the dashboards to skip).
    rows = summaries.update(**{name: copied(name) for name in COPIED})
    missing = enrollments.filter(~Exists(EnrolmentSummary.objects.filter(pk=OuterRef("pk")))).values("pk", *COPIED)
    batch = []
    for row in missing.iterator(chunk_size=BATCH):
        batch.append(EnrolmentSummary(enrollment_id=row.pop("pk"), **row))
        if len(batch) == BATCH:
            rows += len(EnrolmentSummary.objects.bulk_create(batch))
            batch = []
    rows += len(EnrolmentSummary.objects.bulk_create(batch))
    _records_refresh(summaries)
    return rows


def _records_refresh(summaries) -> None:
    """The learner's records and profile on ``summaries`` (whose copied columns are current), in one UPDATE."""
    same = {"user_id": OuterRef("user_id"), "course_key": OuterRef("course_key")}

    def one(queryset, **aggregate):
        # The aggregate of the records matching the outer summary, as a scalar subquery.
        name = next(iter(aggregate))
        return Subquery(queryset.filter(**same).values("user_id").annotate(**aggregate).values(name)[:1])

    def best(kind):
        return one(Attempt.objects.filter(kind=kind, submitted_at__isnull=False), best=Max("score"))

    def profile(field):
        return Subquery(User.objects.filter(pk=OuterRef("user_id")).values(field)[:1])

    summaries.filter(user__isnull=False).update(
        lessons_done=Coalesce(one(LessonCompletion.objects.all(), n=Count("pk")), 0),
        certified_at=one(Certificate.objects.all(), first=Min("issued_at")),
        pretest_score=best("pretest"),
        assessment_score=best("assessment"),
        region_id=profile("region_id"),
        sector=profile("sector"),
        organisation=profile("organisation"),
    )
