"""Session hardening for staff: a second factor before reports and the admin, an idle limit, and a fresh
password (or second factor) before role changes and revocations in the admin."""

import re
import time

from allauth.account.adapter import get_adapter
from allauth.account.internal.flows.reauthentication import is_reauthentication_required, suspend_request

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .mfa import is_staff_member, mfa_required

LAST_SEEN_KEY = "accounts.last_seen"
# The last-seen time is written at most once a minute, so a signed-in page view rarely writes the session.
LAST_SEEN_RESOLUTION = 60
# Requests a page makes by itself (Wagtail's editor pings every few seconds while a page is open) are not activity:
# an admin tab left open must not keep the session alive.
NOT_ACTIVITY = re.compile(r"^/admin/editing-sessions/")

_languages = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
# Where other people's data or the site's content is: the reports and the Wagtail admin (Django's admin is not
# installed).
MFA_PROTECTED = re.compile(rf"^/(?:(?:{_languages})/reports/|admin/)")
# Signing out of the admin stays possible without a second factor.
MFA_EXEMPT = re.compile(r"^/admin/logout/")
# Admin forms that change who may do what, or revoke a certificate: a POST needs a recent re-authentication.
REAUTH_POSTS = re.compile(r"^/(?:admin/users/|admin/groups/|admin/snippets/certificates/certificate/)")


class StaffSecurityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            response = self.idle_timeout(request) or self.require_mfa(request) or self.require_reauthentication(request)
            if response is not None:
                return response
        return self.get_response(request)

    def idle_timeout(self, request):
        """Staff sessions end after ``STAFF_SESSION_IDLE_MINUTES`` without a request; learners' do not.

        Whether the user is staff is asked only once the gap is long enough, so ordinary page views cost no query.
        """
        now = time.time()
        last_seen = request.session.get(LAST_SEEN_KEY)
        idle_limit = settings.STAFF_SESSION_IDLE_MINUTES * 60
        if isinstance(last_seen, (int, float)) and now - last_seen > idle_limit and is_staff_member(request.user):
            path = request.get_full_path()
            logout(request)
            messages.info(
                request,
                _("You were signed out after %(minutes)s minutes without activity. Please sign in again.")
                % {"minutes": settings.STAFF_SESSION_IDLE_MINUTES},
            )
            return redirect_to_login(path if request.method == "GET" else "/")
        if NOT_ACTIVITY.match(request.path_info):
            return None
        if not isinstance(last_seen, (int, float)) or now - last_seen >= LAST_SEEN_RESOLUTION:
            request.session[LAST_SEEN_KEY] = now
        return None

    def require_mfa(self, request):
        path = request.path_info
        if not MFA_PROTECTED.match(path) or MFA_EXEMPT.match(path) or not mfa_required(request.user):
            return None
        messages.warning(
            request,
            _(
                "Your account can see other people's data or change the site, so it needs two-factor sign-in. "
                "Set up an authenticator app to continue."
            ),
        )
        return redirect(reverse("mfa_activate_totp"))

    def require_reauthentication(self, request):
        if request.method != "POST" or not REAUTH_POSTS.match(request.path_info):
            return None
        if not is_reauthentication_required(request, app=""):
            return None
        # As allauth's own middleware does for @reauthentication_required: keep the POST, ask, then resume it.
        methods = get_adapter().get_reauthentication_methods(request.user)
        return suspend_request(request, methods[0]["url"] if methods else reverse("account_login"))
