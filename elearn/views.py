from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language


def root_redirect(request):
    """Send "/" to the Ukrainian site, or to the language the visitor chose before (Ukrainian is the default)."""
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if not language or not check_for_language(language):
        language = settings.LANGUAGE_CODE
    return redirect(f"/{language}/")


def healthz(request):
    """For load balancers (and the benchmarks' baseline): the full middleware stack, no database, a short answer."""
    return HttpResponse("ok", content_type="text/plain")


def admin_login(request):
    """Wagtail's own login form has no rate limit: send it to allauth's, which has, and come back after."""
    next_url = request.GET.get("next", "/admin/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/admin/"
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
