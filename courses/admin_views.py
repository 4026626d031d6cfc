"""Importing a course from a ZIP in the Wagtail admin: upload, check (every problem with file and line), import as
drafts submitted for moderation. The same importer as ``manage.py import_course``."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .course_files import (
    CourseFilesRefused,
    Problem,
    course_import,
    course_import_allowed,
    existing_course,
    read_course,
    source_from_zip,
)
from .course_files.source import MAX_ZIP_BYTES
from .models import CourseIndexPage


class CourseUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Course (ZIP)"),
        help_text=gettext_lazy("A ZIP of a course folder as described in the course format guide, at most 20 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_ZIP_BYTES:
            raise forms.ValidationError(_("The archive is larger than 20 MB."))
        return upload


def may_import_courses(user) -> bool:
    """Whoever may add a course somewhere: under the catalogue or a section of it (educators: the school one)."""
    return user.is_authenticated and any(
        index.permissions_for_user(user).can_add_subpage() for index in CourseIndexPage.objects.all()
    )


def import_course_view(request):
    if not may_import_courses(request.user):
        raise PermissionDenied
    form = CourseUploadForm(request.POST or None, request.FILES or None)
    context = {"form": form, "problems": None, "spec": None}
    if request.method != "POST":
        return TemplateResponse(request, "courses/admin/import.html", context)
    if not form.is_valid():
        return TemplateResponse(request, "courses/admin/import.html", context, status=400)
    upload = form.cleaned_data["file"]
    try:
        source = source_from_zip(upload.file, name=upload.name)
        spec = read_course(source)
        if not course_import_allowed(request.user, spec):
            message = _("You may not add or change a course in this section (“%(section)s”).")
            raise CourseFilesRefused([Problem("course.yaml", 0, message % {"section": spec["section"]})])
        context.update(spec=spec, exists=existing_course(spec) is not None, lessons=_count_lessons(spec))
        if "import" not in request.POST:
            return TemplateResponse(request, "courses/admin/import.html", context)
        course = course_import(source=source, spec=spec, user=request.user)
    except CourseFilesRefused as refused:
        context["problems"] = refused.problems
        return TemplateResponse(request, "courses/admin/import.html", context, status=400)
    messages.success(
        request, _("“%(title)s” was imported as drafts and submitted for moderation.") % {"title": course.title}
    )
    return redirect("wagtailadmin_explore", course.pk)


def _count_lessons(spec) -> int:
    return sum(len(module["lessons"]) for module in spec["modules"])
