from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import check_for_language


def root_redirect(request):
    """Send "/" to the Ukrainian site, or to the language the visitor chose before (Ukrainian is the default)."""
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if not language or not check_for_language(language):
        language = settings.LANGUAGE_CODE
    return redirect(f"/{language}/")


def csrf_failure(request, reason=""):
    return render(request, "403_csrf.html", status=403)
