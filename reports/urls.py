from django.urls import path

from . import views

app_name = "reports"

urlpatterns = [
    path("reports/", views.dashboard, name="dashboard"),
    path("reports/learners/", views.learners, name="learners"),
    path("reports/export/<slug:table>.<slug:fmt>", views.export, name="export"),
    path("reports/quizzes/<uuid:quiz_key>/items/", views.item_analysis, name="items"),
    path("reports/cohorts/", views.cohort_list, name="cohorts"),
    path("reports/cohorts/new/", views.cohort_create, name="cohort_create"),
    path("reports/cohorts/<int:cohort_id>/", views.cohort_detail, name="cohort"),
    path("reports/cohorts/<int:cohort_id>/certificates.zip", views.certificates_zip, name="certificates_zip"),
    path("reports/downloads/<int:export_id>/", views.export_status, name="export_status"),
    path("reports/downloads/<int:export_id>/file/", views.export_download, name="export_download"),
    path("join/<str:code>/", views.join, name="join"),
    path("my-cohorts/", views.my_cohorts, name="my_cohorts"),
    path("my-cohorts/<int:cohort_id>/leave/", views.cohort_leave, name="cohort_leave"),
    path(
        "my-cohorts/invitations/<int:invitation_id>/<slug:answer>/",
        views.invitation_answer,
        name="invitation_answer",
    ),
    path("invitation/<str:token>/", views.invitation, name="invitation"),
]
