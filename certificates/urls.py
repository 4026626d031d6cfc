from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify, name="verify"),
    path("verify/<str:code>/", views.verify_code, name="verify_code"),
    path("<str:code>/download/", views.download, name="download"),
    path("<str:code>/badge.json", views.badge, name="badge"),
]
