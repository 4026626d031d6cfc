"""Builds a course (the demo curriculum, ``courses/demo/<slug>/``) as published Wagtail pages in Ukrainian and
English.

Idempotent: a page that exists (same slug, same parent) is left as it is, so running ``load_demo`` twice
changes nothing and never overwrites what an editor has changed since. ``import_course`` writes the same specs as
drafts in moderation instead (``courses.course_files``).
"""

from django.db import transaction

from .course_files import LANGUAGES
from .course_files.pages import save_course_pages
from .models import CoursePage

__all__ = ["LANGUAGES", "load_course"]


@transaction.atomic
def load_course(spec, *, catalogue, school) -> CoursePage:
    parent = school["uk"] if spec["section"] == "schools" else catalogue["uk"]
    return save_course_pages(spec, parent=parent, live=True)
