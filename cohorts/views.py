"""Cohort management for trainers (list, create, a cohort's page with its invite link and CSV bulk enrolment) and
the learner's side (join by invite link, My cohorts, answering an invitation, leaving). Every trainer view checks the
role, and every cohort is looked up within what the user may see (a trainer: their own; a coordinator: all)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import services, tasks
from .access import trainer_access, visible_cohort
from .forms import CohortForm, CsvForm
from .models import Cohort, Invitation, Membership
from .panels import cohort_panels


@trainer_access
def cohort_list(request):
    visible = services.cohorts_visible_to(request.user).select_related("trainer", "region").prefetch_related("courses")
    return render(request, "cohorts/cohort_list.html", {"cohorts": visible})


@trainer_access
def cohort_create(request):
    form = CohortForm(request.POST or None, language=get_language())
    if request.method == "POST":
        if form.is_valid():
            cohort = form.save(commit=False)
            cohort.trainer = request.user
            cohort.save()
            form.save_m2m()
            messages.success(request, _("Cohort created. Share the invite link with its learners."))
            return redirect("cohorts:cohort", cohort_id=cohort.pk)
        return render(request, "cohorts/cohort_form.html", {"form": form}, status=400)
    return render(request, "cohorts/cohort_form.html", {"form": form})


@trainer_access
def cohort_detail(request, cohort_id):
    cohort = visible_cohort(request, cohort_id)
    csv_form = CsvForm(request.POST or None, request.FILES or None)
    status, result = 200, None
    if request.method == "POST":
        if csv_form.is_valid():
            result = services.csv_enrol(
                cohort=cohort, data=csv_form.cleaned_data["file"].read(services.MAX_CSV_BYTES + 1)
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
                return redirect("cohorts:cohort", cohort_id=cohort.pk)
        status = 400
    invite_url = request.build_absolute_uri(reverse("cohorts:join", kwargs={"code": cohort.invite_code}))
    return render(
        request,
        "cohorts/cohort_detail.html",
        {
            "cohort": cohort,
            "invite_url": invite_url,
            "csv_form": csv_form,
            "result": result,
            "members": cohort.memberships.count(),
            "invited": cohort.invitations.filter(accepted_at=None, declined_at=None).count(),
            **cohort_panels(cohort),  # the cohort's figures, from the reports
        },
        status=status,
    )


@login_required
def join(request, code):
    cohort = Cohort.objects.filter(invite_code=code.strip().upper()).first()
    if cohort is None:
        return render(request, "cohorts/join.html", {"cohort": None}, status=404)
    if request.method == "POST":
        services.membership_join(user=request.user, cohort=cohort)
        messages.success(
            request, _("You have joined %(cohort)s. Its courses are now in My learning.") % {"cohort": cohort}
        )
        return redirect("courses:my_learning")
    return render(request, "cohorts/join.html", {"cohort": cohort})


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
    return render(request, "cohorts/my_cohorts.html", {"memberships": memberships, "invitations": pending})


@login_required
@require_POST
def invitation_answer(request, invitation_id, answer):
    invitation = services.invitation_pending(user=request.user, invitation_id=invitation_id)
    if invitation is None or answer not in ("accept", "decline"):
        raise Http404
    if answer == "accept":
        services.invitation_accept(invitation=invitation)
        messages.success(
            request,
            _("You have joined %(cohort)s. Its courses are now in My learning.") % {"cohort": invitation.cohort},
        )
    else:
        services.invitation_decline(invitation=invitation)
        messages.success(request, _("Invitation declined. The trainer sees nothing of your learning."))
    return redirect("cohorts:my_cohorts")


@login_required
@require_POST
def cohort_leave(request, cohort_id):
    if not services.membership_leave(user=request.user, cohort_id=cohort_id):
        raise Http404
    messages.success(request, _("You have left the cohort. Its trainer no longer sees your learning."))
    return redirect("cohorts:my_cohorts")


@never_cache  # personal (a form for one account), even to an anonymous visitor: never in the page cache
def invitation(request, token):
    """The link in an invitation e-mail. An account that the bulk enrolment created sets its first password here
    (which confirms the address and joins the cohort); any other account logs in and answers on this page."""
    new = services.invitation_for_new_account(token)
    if new is not None:
        form = SetPasswordForm(new.user, request.POST or None)
        if request.method == "POST":
            if form.is_valid():
                services.invitation_set_password(invitation=new, password=form.cleaned_data["new_password1"])
                messages.success(
                    request,
                    _("Your password is set and you have joined %(cohort)s. Log in to start learning.")
                    % {"cohort": new.cohort},
                )
                return redirect(f"{reverse('account_login')}?next={reverse('cohorts:my_cohorts')}")
            return render(request, "cohorts/invitation.html", {"invitation": new, "form": form}, status=400)
        return render(request, "cohorts/invitation.html", {"invitation": new, "form": form})
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    found = Invitation.objects.filter(token=token, user=request.user).select_related("cohort__trainer").first()
    if found is None or not found.pending or found.expired:
        return render(request, "cohorts/invitation.html", {"invitation": None}, status=404)
    return render(request, "cohorts/invitation.html", {"invitation": found})
