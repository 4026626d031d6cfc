"""The admin's reset of a staff member's second factor: a URL in the Wagtail admin and a button on the users list."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import Button

from . import views


@hooks.register("register_admin_urls")
def register_mfa_reset_url():
    return [path("mfa-reset/<int:user_id>/", views.admin_mfa_reset, name="accounts_mfa_reset")]


@hooks.register("register_user_listing_buttons")
def mfa_reset_button(user, request_user):
    if request_user.is_superuser:
        yield Button(_("Reset two-factor sign-in"), reverse("accounts_mfa_reset", args=[user.pk]), priority=50)
