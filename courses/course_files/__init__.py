"""Courses as files: a course folder (or ZIP) of Markdown and GIFT, read by one importer.

``read_course`` turns the files into the course spec (every problem reported as ``file:line: message``);
``course_import`` writes it as draft pages submitted for moderation, all or nothing. The demo curriculum
(``courses/demo/<slug>/``) is read by the same reader and loaded live by ``load_demo``. The format is documented
in ``docs/course-format.md``.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import CoursePage
from .pages import course_parent, save_course_pages
from .parts import CoursePart, course_part, course_parts
from .problems import CourseFilesRefused, Problem
from .reader import LANGUAGES, read_course
from .source import CourseSource, open_course_source, source_from_folder, source_from_zip

__all__ = [
    "LANGUAGES",
    "CourseFilesRefused",
    "CoursePart",
    "CourseSource",
    "Problem",
    "course_import",
    "course_import_allowed",
    "course_part",
    "existing_course",
    "open_course_source",
    "read_course",
    "source_from_folder",
    "source_from_zip",
]


def existing_course(spec) -> CoursePage | None:
    return CoursePage.objects.child_of(course_parent(spec)).filter(slug=spec["slug"]).first()


def course_import_allowed(user, spec) -> bool:
    """Whether ``user`` may create the course under its section, or edit it if it exists."""
    parent = course_parent(spec)
    course = CoursePage.objects.child_of(parent).filter(slug=spec["slug"]).first()
    if course is not None:
        return course.permissions_for_user(user).can_edit()
    return parent.permissions_for_user(user).can_add_subpage()


def course_import(*, source: CourseSource, user=None, spec: dict | None = None) -> CoursePage:
    """Create or update the course as drafts in moderation; ``CourseFilesRefused`` (nothing changed) if the files
    have problems or a page would not save."""
    spec = spec or read_course(source)
    try:
        return _save(spec, user)
    except ValidationError as error:
        problems = [
            Problem(source.name, 0, _("a page would not save: %(error)s") % {"error": "; ".join(error.messages)})
        ]
        raise CourseFilesRefused(problems) from error


@transaction.atomic
def _save(spec, user) -> CoursePage:
    course = save_course_pages(spec, parent=course_parent(spec), live=False, user=user)
    for part in course_parts():
        part.save(spec, course, live=False, user=user)
    return course
