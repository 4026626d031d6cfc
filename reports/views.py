"""Dashboards, learner lists, exports and a cohort's certificates ZIP (the cohorts themselves: ``cohorts/``).
Every view checks the role, and every object is looked up within what the
user may see (a trainer: their own cohorts; a coordinator: all)."""

from allauth.account.decorators import reauthentication_required

from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from audit.models import Action
from audit.trail import record
from core.db_router import replica_iter, replica_reads

from . import charts, exports, figures, items, tasks
from .access import reports_access, visible_cohort
from .models import Export
from .tables import BACKGROUND_TABLES, export_rows, scope_for


def scope_from_request(request):
    return scope_for(request.user, request.GET)


def audit_learners(request, action, scope, **details) -> None:
    """Record who looked at or exported which learners: the cohorts in scope (or the country) and the filters, so
    the audit trail can later tell whose data a list covered."""
    record(
        action=action,
        request=request,
        cohort_ids=sorted(scope.cohorts),
        national=scope.national,
        filters={name: value for name, value in request.GET.items() if name != "page"},
        **details,
    )


def with_drill_down(request, rows):
    """Link each row to the learners behind it: the current filters plus the row's own."""
    base = reverse("reports:learners")
    for row in rows:
        query = request.GET.copy()
        for name, value in row["filter"].items():
            query[name] = value
        query.pop("page", None)
        row["learners_url"] = f"{base}?{query.urlencode()}"
    return rows


@reports_access
@replica_reads
def dashboard(request):
    form, scope = scope_from_request(request)
    courses = figures.by_course(scope)
    tables = {
        name: with_drill_down(request, rows)
        for name, rows in {
            "course": courses,
            "cohort": figures.by_cohort(scope),
            "region": figures.by_region(scope),
            "sector": figures.by_sector(scope),
            "organisation": figures.by_organisation(scope),
        }.items()
    }
    quizzes = figures.quiz_stats(scope)
    months = figures.per_month(scope)
    context = {
        "form": form,
        "scope": scope,
        "national": scope.national,
        "funnel": figures.funnel(courses),
        "tables": tables,
        "charts": {
            name: charts.bar_chart(rows, value="rate", maximum=100, title=name) for name, rows in tables.items()
        },
        "quizzes": quizzes,
        "gain": figures.knowledge_gain(courses),
        "months": months,
        "months_chart": charts.bar_chart(months, value="completed", unit="", title=_("Completions per month")),
        "overdue": figures.overdue(scope),
        "query": request.GET.urlencode(),
    }
    if context["overdue"]:
        # The overdue table names learners: a list of learners like the learners page.
        audit_learners(request, Action.LEARNER_LIST, scope, list="overdue", count=len(context["overdue"]))
    return render(request, "reports/dashboard.html", context)


def learner_level(request) -> bool:
    """Exports naming learners ask for the password (or second factor) again; aggregate tables do not."""
    return request.resolver_match.kwargs.get("table") == "learners"


@reports_access
@reauthentication_required(enabled=learner_level)
@replica_reads
def export(request, table, fmt):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    if table == "learners":
        audit_learners(request, Action.EXPORT, scope_from_request(request)[1], table=table, format=fmt)
    if fmt == "xlsx" and table in BACKGROUND_TABLES:
        # One row per learner: built by a background task, with a status page, rather than in the request.
        export = Export.objects.create(
            requested_by=request.user, table=table, query=request.GET.urlencode(), language=get_language()
        )
        tasks.build_table_export.enqueue(export.pk)
        return redirect("reports:export_status", export_id=export.pk)
    _form, scope = scope_from_request(request)
    try:
        header, rows = export_rows(table, scope)
    except LookupError:
        raise Http404 from None
    name = f"{table}-{get_language()}"
    if fmt == "csv":
        # Streamed after the view returns: the rows keep reading from the replica as they are sent.
        return exports.csv_response(name, header, replica_iter(rows))
    return exports.xlsx_response(name, header, rows)


@reports_access
@replica_reads
def learners(request):
    _form, scope = scope_from_request(request)
    page = Paginator(figures.learners(scope), 50).get_page(request.GET.get("page"))
    audit_learners(request, Action.LEARNER_LIST, scope, page=page.number)
    return render(request, "reports/learners.html", {"page_obj": page, "query": request.GET.urlencode()})


@reports_access
@replica_reads
def item_analysis(request, quiz_key):
    _form, scope = scope_from_request(request)
    attempts = figures.attempts(scope).filter(quiz_key=quiz_key)
    first = attempts.values("quiz_title").first()
    if first is None:
        raise Http404
    rows = items.item_analysis(attempts)
    return render(
        request,
        "reports/items.html",
        {
            "title": first["quiz_title"],
            "items": rows,
            "chart": charts.bar_chart(rows, value="correct", maximum=100, title=first["quiz_title"]),
            "query": request.GET.urlencode(),
        },
    )


@reports_access
def certificates_zip(request, cohort_id):
    """Start building the cohort's certificates ZIP in the background; the status page shows when it is ready."""
    cohort = visible_cohort(request, cohort_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    return certificates_zip_start(request, cohort)


@reauthentication_required  # learners' names and certificates in one file: the password or second factor again
def certificates_zip_start(request, cohort):
    export = Export.objects.create(requested_by=request.user, cohort=cohort)
    record(action=Action.EXPORT, request=request, cohort_ids=[cohort.pk], table="certificates", export=export.pk)
    tasks.build_certificates_zip.enqueue(export.pk)
    return redirect("reports:export_status", export_id=export.pk)


def own_export(request, export_id) -> Export:
    export = Export.objects.filter(pk=export_id, requested_by=request.user).select_related("cohort").first()
    if export is None:
        raise Http404
    return export


@reports_access
def export_status(request, export_id):
    export = own_export(request, export_id)
    # Past the retention period the file is gone (or about to be): 410, and the page says why.
    return render(request, "reports/export_status.html", {"export": export}, status=410 if export.expired else 200)


@reports_access
def export_download(request, export_id):
    export = own_export(request, export_id)
    if export.expired:
        return render(request, "reports/export_status.html", {"export": export}, status=410)
    if export.status != Export.Status.READY:
        return redirect("reports:export_status", export_id=export.pk)
    return FileResponse(export.file.open("rb"), as_attachment=True, filename=export.filename)
