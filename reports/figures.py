"""The dashboard's figures, each one database aggregate (conditional counts), never a query per row.

Everything takes a ``Scope``: which enrolments count (cohorts, courses, oblast, sector, organisation, dates).
Enrolment figures read the reports' own summary, one row per enrolment (``EnrolmentSummary``, kept by
``reports/summary.py``: the enrolment's dates, lessons done, certified, best scores, the learner's region, sector and
organisation), so none of them joins the enrolments or the users or probes the lesson completions; quiz figures
count each learner's first submission and first pass, flagged at grading.

Each table row carries ``filter``: the filter parameters that narrow the learners page to the people behind it.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Avg, Count, Max, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import get_language

from accounts.models import Region, Sector
from cohorts.models import Cohort, Membership
from courses.models import CoursePage
from quizzes.models import Attempt

from .models import EnrolmentSummary

COMPLETED = Q(completed_at__isnull=False)
BOTH_SCORES = Q(pretest_score__isnull=False, assessment_score__isnull=False)


def cohort_courses(cohorts) -> dict[int, set]:
    """Cohort id → the translation keys of its courses, for ``cohorts`` (a queryset or ids), in one query."""
    through = Cohort.courses.through.objects.filter(cohort__in=cohorts)
    courses = {}
    for cohort_id, key in through.values_list("cohort_id", "coursepage__translation_key"):
        courses.setdefault(cohort_id, set()).add(key)
    return courses


@dataclass
class Scope:
    # The cohorts in view (id → course keys): a trainer's figures count their members in those courses.
    cohorts: dict = field(default_factory=dict)
    national: bool = False  # a coordinator's view: every enrolment, cohort or not
    course_keys: list = field(default_factory=list)
    region_id: int | None = None
    sector: str = ""
    organisation: str = ""
    date_from: date | None = None
    date_to: date | None = None

    @classmethod
    def of_cohorts(cls, cohorts, **filters):
        return cls(cohorts=cohort_courses(cohorts), **filters)

    def member_courses(self) -> Q | None:
        """A trainer's view: enrolments of a cohort's members in *that cohort's* courses (a course filter narrows
        them, never widens them). Being a member of one cohort shows nothing of a learner's other courses.

        Cohorts are grouped by the course keys they share, so the usual case (cohorts of the same courses) is one
        condition; each group is a subquery of memberships, which neither joins nor repeats enrolment rows.
        """
        wanted = set(self.course_keys)
        groups = defaultdict(list)
        for cohort_id, keys in self.cohorts.items():
            keys = frozenset(set(keys) & wanted if wanted else keys)
            if keys:
                groups[keys].append(cohort_id)
        condition = None
        for keys, ids in groups.items():
            members = Membership.objects.filter(cohort_id__in=ids).values("user_id")
            group = Q(course_key__in=sorted(keys), user_id__in=members)
            condition = group if condition is None else condition | group
        return condition


def _scoped(queryset, scope: Scope, date_field: str, profile: str):
    """Narrow learning records (enrolments or attempts) to the scope: whose, which courses, where, when.

    ``profile`` is where the learner's region, sector and organisation are: on the row (summaries) or the user.
    """
    if scope.national:
        if scope.course_keys:
            queryset = queryset.filter(course_key__in=scope.course_keys)
    else:
        condition = scope.member_courses()
        if condition is None:
            return queryset.none()  # cohorts without courses (or without the filtered course) have no figures
        queryset = queryset.filter(condition)
    for name in ("region_id", "sector", "organisation"):
        if getattr(scope, name):
            queryset = queryset.filter(**{f"{profile}{name}": getattr(scope, name)})
    if scope.date_from:
        queryset = queryset.filter(**{f"{date_field}__date__gte": scope.date_from})
    if scope.date_to:
        queryset = queryset.filter(**{f"{date_field}__date__lte": scope.date_to})
    return queryset


def enrollments(scope: Scope):
    """The enrolments in scope, as their summaries."""
    return _scoped(EnrolmentSummary.objects.all(), scope, "enrolled_at", profile="")


def _counts():
    return {"enrolled": Count("pk"), "completed": Count("pk", filter=COMPLETED)}


def _rates(rows, label, drill):
    """Rows of a completion table: the label, the counts, the rate and the filter behind the row."""
    out = []
    for row in rows:
        enrolled = row["enrolled"]
        out.append(
            {
                **row,
                "label": label(row),
                "rate": round(100 * row["completed"] / enrolled, 1) if enrolled else 0.0,
                "filter": drill(row),
            }
        )
    return out


def course_pages(keys) -> dict:
    """Course pages by key, in the current language (falling back to any), one query."""
    pages = {}
    language = get_language()
    for page in (
        CoursePage.objects.filter(translation_key__in=list(keys))
        .only("pk", "title", "translation_key", "locale__language_code")
        .select_related("locale")
    ):
        if page.translation_key not in pages or page.locale.language_code == language:
            pages[page.translation_key] = page
    return pages


def by_course(scope: Scope) -> list[dict]:
    """Per course, in one query: the funnel's counts, the completion rate and the knowledge gain's averages."""
    rows = list(
        enrollments(scope)
        .values("course_key")
        .annotate(
            **_counts(),
            snapshot=Max("course_title"),
            started=Count("pk", filter=Q(lessons_done__gt=0) | COMPLETED),
            certified=Count("pk", filter=Q(certified_at__isnull=False)),
            both=Count("pk", filter=BOTH_SCORES),
            pre_avg=Avg("pretest_score", filter=BOTH_SCORES),
            post_avg=Avg("assessment_score", filter=BOTH_SCORES),
        )
        .order_by("course_key")
    )
    pages = course_pages(row["course_key"] for row in rows)
    rows = _rates(
        [{**row, "key": row["course_key"]} for row in rows],
        # A course whose pages are gone keeps the title its enrolments recorded.
        lambda row: pages[row["key"]].title if row["key"] in pages else row["snapshot"],
        lambda row: {"course": pages[row["key"]].pk} if row["key"] in pages else {},
    )
    return sorted(rows, key=lambda row: row["label"])


def funnel(courses: list[dict]) -> dict:
    """Enrolled → started (a lesson done) → completed → certified: the sum of ``by_course`` rows."""
    return {name: sum(row[name] for row in courses) for name in ("enrolled", "started", "completed", "certified")}


def knowledge_gain(courses: list[dict]) -> list[dict]:
    """Per course (``by_course`` rows): average best assessment score minus average best pre-test score, for
    learners with both."""
    return [
        {
            "key": row["key"],
            "label": row["label"],
            "learners": row["both"],
            "pre": round(float(row["pre_avg"]), 1),
            "post": round(float(row["post_avg"]), 1),
            "gain": round(float(row["post_avg"] - row["pre_avg"]), 1),
        }
        for row in courses
        if row["both"]
    ]


def by_region(scope: Scope) -> list[dict]:
    rows = enrollments(scope).values("region_id").annotate(**_counts())
    regions = Region.objects.in_bulk()
    rows = _rates(
        [{**row, "key": regions[row["region_id"]].iso_code if row["region_id"] in regions else ""} for row in rows],
        lambda row: regions[row["region_id"]].name if row["region_id"] in regions else "—",
        lambda row: {"region": row["region_id"]} if row["region_id"] else {},
    )
    return sorted(rows, key=lambda row: row["label"])


def by_sector(scope: Scope) -> list[dict]:
    labels = dict(Sector.choices)
    rows = enrollments(scope).values("sector").annotate(**_counts()).order_by("sector")
    return _rates(
        [{**row, "key": row["sector"]} for row in rows],
        lambda row: labels.get(row["sector"], "—"),
        lambda row: {"sector": row["sector"]} if row["sector"] else {},
    )


def by_organisation(scope: Scope, limit: int | None = 25) -> list[dict]:
    """The ``limit`` largest organisations (all of them when ``limit`` is None, as in the export)."""
    rows = enrollments(scope).values("organisation").annotate(**_counts()).order_by("-enrolled", "organisation")
    return _rates(
        [{**row, "key": row["organisation"]} for row in rows[:limit]],
        lambda row: row["organisation"] or "—",
        lambda row: {"organisation": row["organisation"]} if row["organisation"] else {},
    )


def _in_cohorts(cohorts: dict) -> Q:
    """Enrolments of a cohort's members in that cohort's courses (joins each enrolment to its memberships)."""
    by_key = defaultdict(list)
    for cohort_id, keys in cohorts.items():
        for key in keys:
            by_key[key].append(cohort_id)
    condition = Q(pk__in=[])
    for key, ids in by_key.items():
        condition |= Q(course_key=key, user__cohort_memberships__cohort_id__in=ids)
    return condition


def by_cohort(scope: Scope, limit: int | None = 25) -> list[dict]:
    """Completion per cohort (its members in its courses) for the ``limit`` cohorts with most members.

    The largest cohorts are chosen first from the memberships alone (an index scan), so the join of members to
    their enrolments runs for those cohorts only, not for every cohort in the country.
    """
    chosen = scope.cohorts
    if limit is not None:
        largest = (
            Membership.objects.filter(cohort_id__in=list(scope.cohorts))
            .values("cohort_id")
            .annotate(members=Count("pk"))
            .order_by("-members", "cohort_id")
            .values_list("cohort_id", flat=True)[:limit]
        )
        chosen = {pk: scope.cohorts[pk] for pk in largest}
    cohort = "user__cohort_memberships__cohort"
    rows = (
        enrollments(scope)
        .filter(_in_cohorts(chosen))
        .values(f"{cohort}_id", f"{cohort}__name")
        .annotate(**_counts())
        .order_by("-enrolled", f"{cohort}__name")
    )
    return _rates(
        [{**row, "key": row[f"{cohort}_id"]} for row in rows],
        lambda row: row[f"{cohort}__name"],
        lambda row: {"cohort": row["key"]},
    )


def per_month(scope: Scope) -> list[dict]:
    rows = (
        enrollments(scope)
        .filter(COMPLETED)
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
    return _scoped(Attempt.objects.filter(submitted_at__isnull=False), scope, "submitted_at", profile="user__")


def quiz_stats(scope: Scope) -> list[dict]:
    """Per quiz: attempts, learners (their first submission) and learners who passed (their first pass)."""
    rows = (
        attempts(scope)
        .values("quiz_key", "quiz_title", "kind")
        .annotate(
            # Counted on a column of the covering index (not the id), so the index answers without the table.
            attempts=Count("quiz_key"),
            learners=Count("quiz_key", filter=Q(first_submission=True)),
            passed=Count("quiz_key", filter=Q(first_pass=True)),
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


def overdue(scope: Scope, limit: int = 200) -> list:
    """Learners past their cohort's deadline with the course not completed (cohorts in view only)."""
    late = Cohort.objects.filter(pk__in=list(scope.cohorts), deadline__lt=timezone.localdate()).values_list(
        "pk", flat=True
    )
    late = {pk: scope.cohorts[pk] for pk in late}
    if not late:
        return []
    return list(
        EnrolmentSummary.objects.filter(_in_cohorts(late), completed_at__isnull=True)
        .distinct()
        .select_related("user", "region")
        .order_by("user__full_name_uk", "course_title")[:limit]
    )


def learners(scope: Scope):
    """The learners behind the figures, one summary per enrolment (lessons done, completion, certification)."""
    return (
        enrollments(scope)
        .filter(user__isnull=False)
        .select_related("user", "region")
        .order_by("user__full_name_uk", "course_title")
    )


def cohort_funnel(cohort) -> dict:
    """A cohort's page shows its funnel (registered with ``cohorts.panels``)."""
    return {"funnel": funnel(by_course(Scope.of_cohorts([cohort.pk])))}
