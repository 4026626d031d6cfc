"""Personal responses stay out of every shared cache and out of the browser's disk cache."""

from django.utils.cache import patch_cache_control


class PrivateResponsesMiddleware:
    """Sends ``Cache-Control: private, no-store`` on every response to a signed-in user.

    Profiles, data exports, certificate PDFs, reports and the admin are personal: a proxy must never keep them, and
    a shared computer (a school, a police station) must not keep them on disk after sign-out. Placed after the
    authentication middleware, so it sees who asked; static files are served before it by WhiteNoise.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # ``private`` drops any ``public`` a view set, and max-age only ever goes down: nothing is shareable.
            patch_cache_control(response, private=True, no_store=True, max_age=0)
        return response
