from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("edit/", views.profile_edit, name="profile_edit"),
    path("my-data.json", views.my_data, name="my_data"),
    path("delete/", views.delete_account, name="delete_account"),
]
