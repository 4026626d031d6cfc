from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language
from django.utils.translation import gettext as _

from wagtail import views as wagtail_views
from wagtail.documents.views import serve as document_views

from core import ratelimit

# Page passwords: a few tries a minute per client, as for sign-in.
PAGE_PASSWORD_LIMIT = 10


def root_redirect(request):
    """Send "/" to the Ukrainian site, or to the language the visitor chose before (Ukrainian is the default)."""
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if not language or not check_for_language(language):
        language = settings.LANGUAGE_CODE
    return redirect(f"/{language}/")


def healthz(request):
    """For load balancers (and the benchmarks' baseline): the full middleware stack, no database, a short answer."""
    return HttpResponse("ok", content_type="text/plain")


def _safe_next(request, default: str) -> str:
    next_url = request.GET.get("next", default)
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = default
    return next_url


def admin_login(request):
    """Wagtail's own login form has no rate limit: send it to allauth's, which has, and come back after."""
    return redirect(f"{reverse('account_login')}?{urlencode({'next': _safe_next(request, '/admin/')})}")


def to_allauth(url_name: str):
    """A view that sends a Wagtail or Django account form to allauth's (rate-limited, lockout-aware) equivalent."""

    def view(request, *args, **kwargs):
        return redirect(f"{reverse(url_name)}?{urlencode({'next': _safe_next(request, '/')})}")

    return view


def _password_limited(request, scope: str):
    """A 429 page once a client has tried too many passwords for one restriction in a minute, else None."""
    if request.method == "POST" and not ratelimit.hit(request, scope=scope, limit=PAGE_PASSWORD_LIMIT, seconds=60):
        message = _("Too many attempts. Wait a minute and try again.")
        return render(request, "429.html", {"message": message}, status=429)
    return None


def page_password(request, page_view_restriction_id, page_id):
    """Wagtail's page-password form, behind the same per-client limit as the other public forms."""
    refused = _password_limited(request, f"page-password:{page_view_restriction_id}")
    return refused or wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)


def document_password(request, restriction_id):
    """Wagtail's password form for a document collection, behind the same limit."""
    refused = _password_limited(request, f"document-password:{restriction_id}")
    return refused or document_views.authenticate_with_password(request, restriction_id)


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
