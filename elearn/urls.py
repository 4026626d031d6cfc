from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as account_views

from . import views

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("admin/login/", views.admin_login, name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Everything a visitor reads carries its language in the URL: /uk/... and /en/...
urlpatterns += i18n_patterns(
    # allauth's own views, answering 400 instead of 200 when a form is refused.
    path("accounts/signup/", account_views.SignupView.as_view(), name="account_signup"),
    path("accounts/login/", account_views.LoginView.as_view(), name="account_login"),
    path("accounts/password/reset/", account_views.PasswordResetView.as_view(), name="account_reset_password"),
    path("accounts/", include("allauth.urls")),
    path("profile/", include("accounts.urls")),
    path("learning/", include("courses.urls")),
    path("learning/", include("quizzes.urls")),
    path("certificates/", include("certificates.urls")),
    path("", include("reports.urls")),
    # Wagtail's page tree comes last: it answers every path the patterns above do not.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
