import logging
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.crypto import get_random_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language
from django.utils.translation import gettext as _

from wagtail import views as wagtail_views
from wagtail.documents.views import serve as document_views

from core import ratelimit

logger = logging.getLogger(__name__)

# Page passwords: a few tries a minute per client, as for sign-in.
PAGE_PASSWORD_LIMIT = 10


def root_redirect(request):
    """Send "/" to the Ukrainian site, or to the language the visitor chose before (Ukrainian is the default)."""
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if not language or not check_for_language(language):
        language = settings.LANGUAGE_CODE
    return redirect(f"/{language}/")


def healthz(request):
    """Liveness, for load balancers (and the benchmarks' baseline): the full middleware stack, no database."""
    return HttpResponse("ok", content_type="text/plain")


def readyz(request):
    """Readiness: 200 when the database, the cache and file storage all answer, else 503 naming what failed.

    A load balancer takes a server out of rotation on 503 instead of sending learners to a server that cannot
    serve them. The answer names only the failing part, never an error message or a host.
    """
    checks = {"database": _database_ready, "cache": _cache_ready, "storage": _storage_ready}
    failed = []
    for name, check in checks.items():
        try:
            check()
        except Exception:  # noqa: BLE001 - any failure means "not ready"; the reason goes to the log
            logger.warning("readiness check failed: %s", name, exc_info=True)
            failed.append(name)
    body = "ok" if not failed else "unavailable: " + ", ".join(failed)
    response = HttpResponse(body, content_type="text/plain", status=503 if failed else 200)
    response["Cache-Control"] = "no-store"
    return response


def _database_ready():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _cache_ready():
    key = f"readyz:{get_random_string(8)}"
    cache.set(key, "1", timeout=5)
    if cache.get(key) != "1":
        raise RuntimeError("cache did not keep a value")
    cache.delete(key)


def _storage_ready():
    default_storage.exists("readyz-probe")


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
