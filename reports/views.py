"""Dashboards and cohort management. Every view checks the role, and every object is looked up within what the
user may see (a trainer: their own cohorts; a coordinator: all)."""

from allauth.account.decorators import reauthentication_required

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from audit.models import Action
from audit.trail import record
from core.db_router import replica_iter, replica_reads

from . import charts, cohorts, exports, figures, items, tasks
from .access import reports_access, visible_cohort
from .forms import CohortForm, CsvForm
from .models import Cohort, Export, Invitation, Membership
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
def cohort_list(request):
    visible = cohorts.cohorts_visible_to(request.user).select_related("trainer", "region").prefetch_related("courses")
    return render(request, "reports/cohort_list.html", {"cohorts": visible})


@reports_access
def cohort_create(request):
    form = CohortForm(request.POST or None, language=get_language())
    if request.method == "POST":
        if form.is_valid():
            cohort = form.save(commit=False)
            cohort.trainer = request.user
            cohort.save()
            form.save_m2m()
            messages.success(request, _("Cohort created. Share the invite link with its learners."))
            return redirect("reports:cohort", cohort_id=cohort.pk)
        return render(request, "reports/cohort_form.html", {"form": form}, status=400)
    return render(request, "reports/cohort_form.html", {"form": form})


@reports_access
def cohort_detail(request, cohort_id):
    cohort = visible_cohort(request, cohort_id)
    csv_form = CsvForm(request.POST or None, request.FILES or None)
    status, result = 200, None
    if request.method == "POST":
        if csv_form.is_valid():
            result = cohorts.csv_enrol(
                cohort=cohort, data=csv_form.cleaned_data["file"].read(cohorts.MAX_CSV_BYTES + 1)
            )
            if not result.errors:
                if result.invitations:
                    tasks.send_invitations.enqueue(result.invitations, request.build_absolute_uri("/"))
                # One count, whatever the addresses: whether one has an account is not the trainer's to learn.
                messages.success(
                    request,
                    ngettext(
                        "%(count)s invitation sent. Learners join the cohort when they accept it.",
                        "%(count)s invitations sent. Learners join the cohort when they accept them.",
                        result.invited,
                    )
                    % {"count": result.invited},
                )
                return redirect("reports:cohort", cohort_id=cohort.pk)
        status = 400
    invite_url = request.build_absolute_uri(reverse("reports:join", kwargs={"code": cohort.invite_code}))
    return render(
        request,
        "reports/cohort_detail.html",
        {
            "cohort": cohort,
            "invite_url": invite_url,
            "csv_form": csv_form,
            "result": result,
            "members": cohort.memberships.count(),
            "invited": cohort.invitations.filter(accepted_at=None, declined_at=None).count(),
            "funnel": figures.funnel(figures.by_course(figures.Scope.of_cohorts([cohort.pk]))),
        },
        status=status,
    )


@login_required
def join(request, code):
    cohort = Cohort.objects.filter(invite_code=code.strip().upper()).first()
    if cohort is None:
        return render(request, "reports/join.html", {"cohort": None}, status=404)
    if request.method == "POST":
        cohorts.membership_join(user=request.user, cohort=cohort)
        messages.success(
            request, _("You have joined %(cohort)s. Its courses are now in My learning.") % {"cohort": cohort}
        )
        return redirect("courses:my_learning")
    return render(request, "reports/join.html", {"cohort": cohort})


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


@never_cache
@login_required
def my_cohorts(request):
    """A learner's cohorts (name, trainer, courses) and the invitations waiting for their answer."""
    memberships = (
        Membership.objects.filter(user=request.user)
        .select_related("cohort__trainer")
        .prefetch_related("cohort__courses")
        .order_by("-joined_at")
    )
    pending = [
        invitation
        for invitation in Invitation.objects.filter(user=request.user, accepted_at=None, declined_at=None)
        .select_related("cohort__trainer")
        .prefetch_related("cohort__courses")
        .order_by("-created_at")
        if not invitation.expired
    ]
    return render(request, "reports/my_cohorts.html", {"memberships": memberships, "invitations": pending})


@login_required
@require_POST
def invitation_answer(request, invitation_id, answer):
    invitation = cohorts.invitation_pending(user=request.user, invitation_id=invitation_id)
    if invitation is None or answer not in ("accept", "decline"):
        raise Http404
    if answer == "accept":
        cohorts.invitation_accept(invitation=invitation)
        messages.success(
            request,
            _("You have joined %(cohort)s. Its courses are now in My learning.") % {"cohort": invitation.cohort},
        )
    else:
        cohorts.invitation_decline(invitation=invitation)
        messages.success(request, _("Invitation declined. The trainer sees nothing of your learning."))
    return redirect("reports:my_cohorts")


@login_required
@require_POST
def cohort_leave(request, cohort_id):
    if not cohorts.membership_leave(user=request.user, cohort_id=cohort_id):
        raise Http404
    messages.success(request, _("You have left the cohort. Its trainer no longer sees your learning."))
    return redirect("reports:my_cohorts")


@never_cache  # personal (a form for one account), even to an anonymous visitor: never in the page cache
def invitation(request, token):
    """The link in an invitation e-mail. An account that the bulk enrolment created sets its first password here
    (which confirms the address and joins the cohort); any other account logs in and answers on this page."""
    new = cohorts.invitation_for_new_account(token)
    if new is not None:
        form = SetPasswordForm(new.user, request.POST or None)
        if request.method == "POST":
            if form.is_valid():
                cohorts.invitation_set_password(invitation=new, password=form.cleaned_data["new_password1"])
                messages.success(
                    request,
                    _("Your password is set and you have joined %(cohort)s. Log in to start learning.")
                    % {"cohort": new.cohort},
                )
                return redirect(f"{reverse('account_login')}?next={reverse('reports:my_cohorts')}")
            return render(request, "reports/invitation.html", {"invitation": new, "form": form}, status=400)
        return render(request, "reports/invitation.html", {"invitation": new, "form": form})
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    found = Invitation.objects.filter(token=token, user=request.user).select_related("cohort__trainer").first()
    if found is None or not found.pending or found.expired:
        return render(request, "reports/invitation.html", {"invitation": None}, status=404)
    return render(request, "reports/invitation.html", {"invitation": found})
