from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("reports/", views.dashboard, name="dashboard"),
    path("reports/learners/", views.learners, name="learners"),
    path("reports/export/<slug:table>.<slug:fmt>", views.export, name="export"),
    path("reports/quizzes/<uuid:quiz_key>/items/", views.item_analysis, name="items"),
    path("reports/cohorts/<int:cohort_id>/certificates.zip", views.certificates_zip, name="certificates_zip"),
    path("reports/downloads/<int:export_id>/", views.export_status, name="export_status"),
    path("reports/downloads/<int:export_id>/file/", views.export_download, name="export_download"),
]
