from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views
from core import media

from . import views

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    # Every sign-in, password reset and password change goes through allauth's forms and their rate limits:
    # Wagtail's own login and reset forms are sent there (Django's admin is not installed at all).
    path("admin/login/", views.admin_login, name="admin_login_redirect"),
    path("admin/password_reset/", views.to_allauth("account_reset_password"), name="admin_password_reset_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        views.document_password,
        name="document_password_limited",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    # Open Badges issuer profile, public keys, revocation lists and signed credentials: named inside signed
    # credentials, so without a language prefix.
    path("certificates/", include("certificates.public_urls")),
]

# Public images from whichever storage holds them (local disk or the bucket); nothing else is served from /media/.
urlpatterns += [path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media.serve_public_media, name="public_media")]

# Everything a visitor reads carries its language in the URL: /uk/... and /en/...
urlpatterns += i18n_patterns(
    # allauth's own views, answering 400 instead of 200 when a form is refused.
    path("accounts/signup/", account_views.SignupView.as_view(), name="account_signup"),
    path("accounts/login/", account_views.LoginView.as_view(), name="account_login"),
    path("accounts/password/reset/", account_views.PasswordResetView.as_view(), name="account_reset_password"),
    path("accounts/2fa/authenticate/", account_views.MFAAuthenticateView.as_view(), name="mfa_authenticate"),
    path("accounts/2fa/totp/activate/", account_views.ActivateTOTPView.as_view(), name="mfa_activate_totp"),
    path("accounts/", include("allauth.urls")),
    path("profile/", include("accounts.urls")),
    path("learning/", include("courses.urls")),
    path("learning/", include("quizzes.urls")),
    path("certificates/", include("certificates.urls")),
    path("", include("reports.urls")),
    path("", include("cohorts.urls")),
    # Wagtail's front-end login (for "login required" pages) is Django's plain form: send it to allauth's. The page
    # password form gets the project's rate limit before Wagtail checks the password.
    path("_util/login/", views.to_allauth("account_login"), name="wagtail_frontend_login_redirect"),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        views.page_password,
        name="page_password_limited",
    ),
    # Wagtail's page tree comes last: it answers every path the patterns above do not.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
