from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_course_import_urls():
    return [path("courses/import/", admin_views.import_course_view, name="courses_import")]


class CourseImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_import_courses(request.user)


@hooks.register("register_admin_menu_item")
def register_course_import_menu_item():
    return CourseImportMenuItem(
        _("Import a course"), reverse("courses_import"), icon_name="upload", order=10010, name="courses-import"
    )
