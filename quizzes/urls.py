from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("quizzes/<int:quiz_id>/start/", views.start, name="start"),
    path("attempts/<int:attempt_id>/", views.take, name="attempt"),
    path("attempts/<int:attempt_id>/submit/", views.submit, name="submit"),
    path("attempts/<int:attempt_id>/result/", views.result, name="result"),
]
