from allauth.account import views as allauth_views

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import NON_FIELD_ERRORS
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .forms import ProfileForm


@login_required
def profile(request):
    return render(request, "accounts/profile.html", {"profile_user": request.user})


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
    pass


class LoginView(InvalidFormIs400, allauth_views.LoginView):
    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error(NON_FIELD_ERRORS, "too_many_login_attempts"):
            response.status_code = 429  # allauth's failed-login limit: say so to the client too
        return response


class PasswordResetView(InvalidFormIs400, allauth_views.PasswordResetView):
    pass
