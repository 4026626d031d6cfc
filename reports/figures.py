"""The dashboard's figures, each one database aggregate (conditional counts, subqueries), never a query per row.

Everything takes a ``Scope``: which enrolments count (courses, cohorts, oblast, sector, dates).
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Avg, Count, Exists, F, Max, OuterRef, Q, Subquery
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import get_language

from certificates.models import Certificate
from courses.models import CoursePage, Enrollment, LessonCompletion
from quizzes.models import Attempt

from .models import Membership


@dataclass
class Scope:
    cohorts: list = field(default_factory=list)  # restrict to these cohorts' members and courses
    national: bool = False  # a coordinator's view: every enrolment
    course_keys: list = field(default_factory=list)
    region_id: int | None = None
    sector: str = ""
    date_from: date | None = None
    date_to: date | None = None

    def member_ids(self):
        return Membership.objects.filter(cohort__in=[c.pk for c in self.cohorts]).values("user_id")

    def keys(self):
        if self.course_keys:
            return self.course_keys
        if self.cohorts:
            return list({key for cohort in self.cohorts for key in cohort.course_keys()})
        return []


def _scoped(queryset, scope: Scope, date_field: str):
    """Narrow learning records (enrolments or attempts) to the scope: whose, which courses, where, when."""
    if not scope.national:
        queryset = queryset.filter(user_id__in=scope.member_ids())
    keys = scope.keys()
    if keys:
        queryset = queryset.filter(course_key__in=keys)
    if scope.region_id:
        queryset = queryset.filter(user__region_id=scope.region_id)
    if scope.sector:
        queryset = queryset.filter(user__sector=scope.sector)
    if scope.date_from:
        queryset = queryset.filter(**{f"{date_field}__date__gte": scope.date_from})
    if scope.date_to:
        queryset = queryset.filter(**{f"{date_field}__date__lte": scope.date_to})
    return queryset


def enrollments(scope: Scope):
    return _scoped(Enrollment.objects.all(), scope, "enrolled_at")


def _started():
    return Exists(LessonCompletion.objects.filter(user_id=OuterRef("user_id"), course_key=OuterRef("course_key")))


def _certified():
    return Exists(Certificate.objects.filter(user_id=OuterRef("user_id"), course_key=OuterRef("course_key")))


def funnel(scope: Scope) -> dict:
    """Enrolled → started → completed → certified, in one query."""
    return enrollments(scope).aggregate(
        enrolled=Count("pk"),
        started=Count("pk", filter=Q(_started()) | Q(completed_at__isnull=False)),
        completed=Count("pk", filter=Q(completed_at__isnull=False)),
        certified=Count("pk", filter=Q(_certified())),
    )


def _rates(rows, label):
    out = []
    for row in rows:
        enrolled = row["enrolled"]
        out.append(
            {
                "key": row.get("key"),
                "label": label(row),
                "enrolled": enrolled,
                "completed": row["completed"],
                "rate": round(100 * row["completed"] / enrolled, 1) if enrolled else 0.0,
            }
        )
    return out


def _grouped(scope: Scope, *fields):
    return (
        enrollments(scope)
        .values(*fields)
        .annotate(enrolled=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
        .order_by(*fields)
    )


def course_titles(keys) -> dict:
    """Course titles in the current language (falling back to any), one query."""
    titles = {}
    language = get_language()
    for key, title, code in CoursePage.objects.filter(translation_key__in=list(keys)).values_list(
        "translation_key", "title", "locale__language_code"
    ):
        if key not in titles or code == language:
            titles[key] = title
    return titles


def by_course(scope: Scope) -> list[dict]:
    rows = list(_grouped(scope, "course_key", "course_title"))
    titles = course_titles(row["course_key"] for row in rows)
    return _rates(
        [{**row, "key": row["course_key"]} for row in rows],
        lambda row: titles.get(row["course_key"], row["course_title"]),
    )


def by_region(scope: Scope) -> list[dict]:
    name = "user__region__name_en" if get_language() == "en" else "user__region__name_uk"
    rows = _grouped(scope, "user__region__iso_code", name)
    return _rates([{**row, "key": row["user__region__iso_code"]} for row in rows], lambda row: row[name] or "—")


def by_sector(scope: Scope) -> list[dict]:
    from accounts.models import Sector

    labels = dict(Sector.choices)
    rows = _grouped(scope, "user__sector")
    return _rates(
        [{**row, "key": row["user__sector"]} for row in rows], lambda row: labels.get(row["user__sector"], "—")
    )


def by_organisation(scope: Scope, limit: int = 25) -> list[dict]:
    rows = (
        enrollments(scope)
        .values("user__organisation")
        .annotate(enrolled=Count("pk"), completed=Count("pk", filter=Q(completed_at__isnull=False)))
        .order_by("-enrolled", "user__organisation")[:limit]
    )
    return _rates(
        [{**row, "key": row["user__organisation"]} for row in rows], lambda row: row["user__organisation"] or "—"
    )


def by_cohort(scope: Scope) -> list[dict]:
    """Completion per cohort (each cohort's members in that cohort's courses), in one query."""
    cohort = "user__cohort_memberships__cohort"
    rows = (
        enrollments(scope)
        .filter(
            **{f"{cohort}__in": [c.pk for c in scope.cohorts], f"{cohort}__courses__translation_key": F("course_key")}
        )
        .values(cohort, f"{cohort}__name")
        .annotate(
            enrolled=Count("pk", distinct=True),
            completed=Count("pk", filter=Q(completed_at__isnull=False), distinct=True),
        )
        .order_by(f"{cohort}__name")
    )
    return _rates([{**row, "key": row[cohort]} for row in rows], lambda row: row[f"{cohort}__name"])


def per_month(scope: Scope) -> list[dict]:
    rows = (
        enrollments(scope)
        .filter(completed_at__isnull=False)
        .annotate(month=TruncMonth("completed_at"))
        .values("month")
        .annotate(completed=Count("pk"))
        .order_by("month")
    )
    return [
        {"key": row["month"].strftime("%Y-%m"), "label": row["month"].strftime("%m.%Y"), "completed": row["completed"]}
        for row in rows
    ]


def attempts(scope: Scope):
    return _scoped(Attempt.objects.filter(submitted_at__isnull=False), scope, "submitted_at")


def quiz_stats(scope: Scope) -> list[dict]:
    rows = (
        attempts(scope)
        .values("quiz_key", "quiz_title", "kind")
        .annotate(
            attempts=Count("pk"),
            learners=Count("user_id", distinct=True),
            passed=Count("user_id", filter=Q(passed=True), distinct=True),
            average=Avg("score"),
        )
        .order_by("quiz_title")
    )
    return [
        {
            **row,
            "key": row["quiz_key"],
            "label": row["quiz_title"],
            "pass_rate": round(100 * row["passed"] / row["learners"], 1) if row["learners"] else 0.0,
            "average": round(float(row["average"] or 0), 1),
            "attempts_per_learner": round(row["attempts"] / row["learners"], 2) if row["learners"] else 0.0,
        }
        for row in rows
    ]


def knowledge_gain(scope: Scope) -> list[dict]:
    """Per course: average best assessment score minus average best pre-test score, for learners with both."""

    def best(kind):
        return Subquery(
            Attempt.objects.filter(
                user_id=OuterRef("user_id"), course_key=OuterRef("course_key"), kind=kind, submitted_at__isnull=False
            )
            .values("user_id")
            .annotate(best=Max("score"))
            .values("best")[:1]
        )

    rows = (
        enrollments(scope)
        .annotate(pre=best("pretest"), post=best("assessment"))
        .filter(pre__isnull=False, post__isnull=False)
        .values("course_key", "course_title")
        .annotate(learners=Count("pk"), pre_avg=Avg("pre"), post_avg=Avg("post"), gain=Avg(F("post") - F("pre")))
        .order_by("course_title")
    )
    rows = list(rows)
    titles = course_titles(row["course_key"] for row in rows)
    return [
        {
            "key": row["course_key"],
            "label": titles.get(row["course_key"], row["course_title"]),
            "learners": row["learners"],
            "pre": round(float(row["pre_avg"]), 1),
            "post": round(float(row["post_avg"]), 1),
            "gain": round(float(row["gain"]), 1),
        }
        for row in rows
    ]


def overdue(scope: Scope, limit: int = 200) -> list:
    """Learners past their cohort's deadline with the course not completed (the trainer's own cohorts)."""
    today = timezone.localdate()
    late = [cohort for cohort in scope.cohorts if cohort.deadline and cohort.deadline < today]
    if not late:
        return []
    members = Membership.objects.filter(cohort__in=late).values("user_id")
    keys = list({key for cohort in late for key in cohort.course_keys()})
    return list(
        Enrollment.objects.filter(user_id__in=members, course_key__in=keys, completed_at__isnull=True)
        .select_related("user", "user__region")
        .order_by("user__full_name_uk")[:limit]
    )


def learners(scope: Scope):
    """The learners behind the figures, one row per enrolment, with lessons done and certification."""
    done = (
        LessonCompletion.objects.filter(user_id=OuterRef("user_id"), course_key=OuterRef("course_key"))
        .values("user_id")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    return (
        enrollments(scope)
        .filter(user__isnull=False)
        .select_related("user", "user__region")
        .annotate(lessons_done=Subquery(done), certified=_certified())
        .order_by("user__full_name_uk", "course_title")
    )
