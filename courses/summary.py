"""The summary each enrolment carries for the dashboards: lessons done, certified, the best pre-test and
assessment scores, and the learner's region, sector and organisation.

Measurement asked for it (``python -m bench dashboard``): at 100,000 learners the figures computed from the raw
records (EXISTS probes into two million lesson completions, the best score per learner out of 300,000 attempts)
took seconds; over the summary every figure is a GROUP BY of narrow enrolment rows.

Each part is kept by the event that changes it, with one UPDATE whose F() expressions apply to the row as
committed, so concurrent events add up. ``summary_refresh`` recomputes everything from the records, set-based:
for a new enrolment (records may predate it), in the migration, and as a repair (``manage.py refresh_summaries``).
"""

from decimal import Decimal

from django.db.models import Count, DecimalField, F, Max, Min, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, Greatest

from .models import Enrollment

# The quiz kinds whose best score the summary keeps (knowledge gain is the assessment minus the pre-test).
SCORE_FIELDS = {"pretest": "pretest_score", "assessment": "assessment_score"}


def summary_lesson_done(*, user, course_key) -> None:
    """A lesson of the course was completed for the first time (the unique constraint makes it the first)."""
    Enrollment.objects.filter(user=user, course_key=course_key).update(lessons_done=F("lessons_done") + 1)


def summary_quiz_graded(*, user, course_key, kind, score) -> None:
    field = SCORE_FIELDS.get(kind)
    if field is None or course_key is None:
        return
    value = Value(Decimal(score).quantize(Decimal("0.01")), output_field=DecimalField(max_digits=5, decimal_places=2))
    # Greatest is NULL on SQLite when either side is; Coalesce makes a first score win on both databases.
    best = Greatest(Coalesce(F(field), value), value)
    Enrollment.objects.filter(user=user, course_key=course_key).update(**{field: best})


def summary_certified(*, enrollment, at) -> None:
    Enrollment.objects.filter(pk=enrollment.pk, certified_at__isnull=True).update(certified_at=at)


PROFILE_FIELDS = {"region", "region_id", "sector", "organisation"}


def profile_saved(sender, instance, created, update_fields=None, **kwargs):
    """A post_save receiver for users: copy the reported profile fields onto their enrolments."""
    if created or (update_fields is not None and not PROFILE_FIELDS & set(update_fields)):
        return  # a new user has no enrolments yet; a save of other fields (last login, password) changes nothing
    Enrollment.objects.filter(user=instance).update(
        region_id=instance.region_id, sector=instance.sector, organisation=instance.organisation
    )


def summary_refresh(enrollments) -> int:
    """Recompute the summary of ``enrollments`` (a queryset) from the records, in one UPDATE. Returns the rows.

    The related models come from the queryset's own registry, so a migration can pass its historical models.
    """
    apps = enrollments.model._meta.apps
    completions = apps.get_model("courses", "LessonCompletion")
    attempts = apps.get_model("quizzes", "Attempt")
    certificates = apps.get_model("certificates", "Certificate")
    users = apps.get_model("accounts", "User")
    same = {"user_id": OuterRef("user_id"), "course_key": OuterRef("course_key")}

    def one(queryset, **aggregate):
        # The aggregate of the records matching the outer enrolment, as a scalar subquery.
        name = next(iter(aggregate))
        return Subquery(queryset.filter(**same).values("user_id").annotate(**aggregate).values(name)[:1])

    def best(kind):
        return one(attempts.objects.filter(kind=kind, submitted_at__isnull=False), best=Max("score"))

    def profile(field):
        return Subquery(users.objects.filter(pk=OuterRef("user_id")).values(field)[:1])

    return enrollments.filter(user__isnull=False).update(
        lessons_done=Coalesce(one(completions.objects.all(), n=Count("pk")), 0),
        certified_at=one(certificates.objects.all(), first=Min("issued_at")),
        pretest_score=best("pretest"),
        assessment_score=best("assessment"),
        region_id=profile("region_id"),
        sector=profile("sector"),
        organisation=profile("organisation"),
    )
