from allauth.account import views as allauth_views
from allauth.account.decorators import reauthentication_required
from allauth.mfa.base import views as mfa_views
from allauth.mfa.models import Authenticator
from allauth.mfa.totp import views as totp_views

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.hashers import make_password
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from . import mfa, privacy
from .forms import DeleteAccountForm, ProfileForm
from .models import User


@login_required
def profile(request):
    return render(request, "accounts/profile.html", {"profile_user": request.user})


@login_required
def my_data(request):
    """Download everything held about the signed-in user, as JSON."""
    response = JsonResponse(privacy.user_data_export(user=request.user), json_dumps_params={"ensure_ascii": False})
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    return response


@login_required
@reauthentication_required  # a signed-in session left open is not enough: the password or second factor again
def delete_account(request):
    form = DeleteAccountForm(request.user, request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            user = request.user
            logout(request)
            privacy.user_delete(user=user, request=request)
            messages.success(request, _("Your account and personal data have been deleted."))
            return redirect("/")
        return render(request, "accounts/delete_account.html", {"form": form}, status=400)
    return render(request, "accounts/delete_account.html", {"form": form})


def admin_mfa_reset(request, user_id):
    """Superusers only: remove a staff member's second factors (a lost phone), after signing in again."""
    if not request.user.is_superuser:
        raise PermissionDenied
    return _admin_mfa_reset(request, user_id)


@reauthentication_required
def _admin_mfa_reset(request, user_id):
    target = get_object_or_404(User, pk=user_id)
    if request.method == "POST":
        mfa.mfa_reset(target=target, request=request)
        messages.success(request, _("Two-factor sign-in has been reset for %(email)s.") % {"email": target.email})
        return redirect("wagtailusers_users:index")
    authenticators = Authenticator.objects.filter(user=target).order_by("type")
    return render(request, "mfa/admin_reset.html", {"target": target, "authenticators": authenticators})


@login_required
def profile_edit(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect("accounts:profile")
        status = 400
    else:
        status = 200
    return render(request, "accounts/profile_edit.html", {"form": form}, status=status)


class InvalidFormIs400:
    """allauth re-renders an invalid form with 200; say 400, so clients and tests see the refusal."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


class SignupView(InvalidFormIs400, allauth_views.SignupView):
    def form_valid(self, form):
        if form.account_already_exists:
            # A sign-up with an address that has an account creates nothing, so it skipped the password hashing
            # that a real sign-up does and answered in a fraction of the time: the delay told whether the address
            # was known. Hash the typed password (and throw it away) so that both paths do the same costly work.
            make_password(form.cleaned_data.get("password1") or get_random_string(32))
        return super().form_valid(form)


class LoginView(InvalidFormIs400, allauth_views.LoginView):
    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error(NON_FIELD_ERRORS, "too_many_login_attempts"):
            response.status_code = 429  # allauth's failed-login limit: say so to the client too
        return response


class PasswordResetView(InvalidFormIs400, allauth_views.PasswordResetView):
    pass


class MFAAuthenticateView(InvalidFormIs400, mfa_views.AuthenticateView):
    """The second step of signing in: a wrong code is a 400, and too many wrong codes a 429, as for passwords."""

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error("code", "too_many_login_attempts"):
            response.status_code = 429
        return response


class ActivateTOTPView(InvalidFormIs400, totp_views.ActivateTOTPView):
    pass
