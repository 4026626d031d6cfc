# Only this origin: every script, style, font and image is served by the app itself (no CDN).
SITE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; media-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Wagtail's admin still relies on inline scripts and styles; it gets the same origin rules with those allowed.
ADMIN_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)


class ContentSecurityPolicyMiddleware:
    """Sends a Content-Security-Policy that allows no third-party origin."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = ("/admin/",)

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path.startswith(self.admin_prefixes)
            response["Content-Security-Policy"] = ADMIN_POLICY if admin else SITE_POLICY
        if "Permissions-Policy" not in response:
            response["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
        return response
