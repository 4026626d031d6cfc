from django.urls import path

from . import views

app_name = "cohorts"

# The paths are those the cohorts had under the reports (links in sent invitations keep working).
urlpatterns = [
    path("reports/cohorts/", views.cohort_list, name="cohorts"),
    path("reports/cohorts/new/", views.cohort_create, name="cohort_create"),
    path("reports/cohorts/<int:cohort_id>/", views.cohort_detail, name="cohort"),
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
