"""The tables a trainer can export, and the scope that a user's filters give: shared by the views and the
background exports, so that a file built later holds exactly what the page showed."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cohorts.services import cohorts_visible_to

from . import figures
from .access import is_coordinator
from .forms import FilterForm

# Tables whose XLSX is built in the background: one row per learner, so it grows with the country.
BACKGROUND_TABLES = {"learners"}


def scope_for(user, params):
    """The filter form and the scope that ``params`` (a QueryDict) give ``user``: own cohorts, or the country."""
    visible = cohorts_visible_to(user)
    form = FilterForm(params or None, cohorts=visible, language=get_language())
    data = form.cleaned_data if form.is_valid() else {}
    chosen = data.get("cohort")
    scope = figures.Scope.of_cohorts(
        [chosen.pk] if chosen else visible,
        national=is_coordinator(user) and not chosen,
        course_keys=[data["course"].translation_key] if data.get("course") else [],
        region_id=data["region"].pk if data.get("region") else None,
        sector=data.get("sector") or "",
        organisation=data.get("organisation") or "",
        date_from=data.get("date_from"),
        date_to=data.get("date_to"),
    )
    return form, scope


# Completion tables by name; the export has every row (the dashboard shows the largest cohorts and organisations).
EXPORTS = {
    "course": figures.by_course,
    "cohort": lambda scope: figures.by_cohort(scope, limit=None),
    "region": figures.by_region,
    "sector": figures.by_sector,
    "organisation": lambda scope: figures.by_organisation(scope, limit=None),
}


def export_rows(table, scope):
    """The header and the rows (a generator) of ``table``; LookupError for a table that does not exist."""
    if table in EXPORTS:
        rows = EXPORTS[table](scope)
        header = [_("Name"), _("Enrolled"), _("Completed"), _("Completion rate (%)")]
        return header, ([row["label"], row["enrolled"], row["completed"], row["rate"]] for row in rows)
    if table == "quizzes":
        header = [
            _("Quiz"),
            _("Kind"),
            _("Learners"),
            _("Attempts"),
            _("Passed"),
            _("Pass rate (%)"),
            _("Average score"),
        ]
        rows = figures.quiz_stats(scope)
        return header, (
            [r["label"], r["kind"], r["learners"], r["attempts"], r["passed"], r["pass_rate"], r["average"]]
            for r in rows
        )
    if table == "months":
        return [_("Month"), _("Completed")], ([row["key"], row["completed"]] for row in figures.per_month(scope))
    if table == "learners":
        header = [
            _("Name"),
            _("Email"),
            _("Organisation"),
            _("Sector"),
            _("Region"),
            _("Course"),
            _("Enrolled"),
            _("Lessons done"),
            _("Completed"),
            _("Certified"),
        ]
        queryset = figures.learners(scope)
        return header, (
            [
                e.user.full_name_uk,
                e.user.email,
                e.organisation,
                e.sector,
                e.region.iso_code if e.region else "",
                e.course_title,
                e.enrolled_at.date().isoformat(),
                e.lessons_done,
                e.completed_at.date().isoformat() if e.completed_at else "",
                e.certified_at.date().isoformat() if e.certified_at else "",
            ]
            for e in queryset.iterator(chunk_size=2000)
        )
    raise LookupError(table)
