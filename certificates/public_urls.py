"""Language-independent URLs that verifiers fetch: they are named inside signed credentials, so they never change
with the visitor's language (mounted outside ``i18n_patterns`` as /certificates/...)."""

from django.urls import path

from . import views

app_name = "badges"

urlpatterns = [
    path("issuer.json", views.issuer, name="issuer"),
    path("keys.json", views.jwks, name="jwks"),
    path("status/<int:number>.jwt", views.status_list, name="status_list"),
    path("<str:code>/credential.jwt", views.credential, name="credential"),
]
