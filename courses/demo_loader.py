"""Builds the demo curriculum (``courses/demo``) as Wagtail pages in Ukrainian and English.

Idempotent: a page that exists (same slug, same parent) is left as it is, so running ``load_demo`` twice
changes nothing and never overwrites what an editor has changed since.
"""

from django.db import transaction

from wagtail.models import Locale

from .models import Audience, CoursePage, LessonPage, ModulePage

LANGUAGES = ("uk", "en")


def _stream(blocks) -> list[dict]:
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def _course_fields(spec, text):
    return {
        "title": text["title"],
        "summary": text["summary"],
        "objectives": [{"type": "objective", "value": objective} for objective in text["objectives"]],
        "estimated_hours": spec["estimated_hours"],
    }


def _module_fields(spec, text):
    return {"title": text["title"], "summary": text["summary"]}


def _lesson_fields(spec, text):
    return {
        "title": text["title"],
        "objective": text["objective"],
        "estimated_minutes": spec["minutes"],
        "body": _stream(text["body"]),
    }


def publish_translations(page, fields_by_language: dict) -> None:
    """Create and publish each missing translation of ``page`` with the given fields (same slug)."""
    for code, fields in fields_by_language.items():
        locale = Locale.objects.get(language_code=code)
        if page.get_translation_or_none(locale) is None:
            translation = page.copy_for_translation(locale).specific
            for name, value in fields.items():
                setattr(translation, name, value)
            translation.slug = page.slug
            translation.save_revision().publish()


def _ensure_page(parent_uk, model, spec, make_fields):
    """The Ukrainian page under ``parent_uk`` and its English translation; returns the Ukrainian one."""
    page_uk = model.objects.child_of(parent_uk).filter(slug=spec["slug"]).first()
    if page_uk is None:
        page_uk = parent_uk.add_child(instance=model(slug=spec["slug"], **make_fields(spec, spec["uk"])))
        page_uk.save_revision().publish()
    publish_translations(page_uk, {code: make_fields(spec, spec[code]) for code in LANGUAGES[1:]})
    return page_uk


@transaction.atomic
def load_course(spec, *, catalogue, school) -> CoursePage:
    parent = school["uk"] if spec["section"] == "schools" else catalogue["uk"]
    course = _ensure_page(parent, CoursePage, spec, _course_fields)
    audiences = list(Audience.objects.filter(slug__in=spec["audiences"]))
    for page in CoursePage.objects.filter(translation_key=course.translation_key):
        if set(page.audiences.all()) != set(audiences):
            page.audiences.set(audiences)
            page.save_revision().publish()
    for module_spec in spec["modules"]:
        module = _ensure_page(course, ModulePage, module_spec, _module_fields)
        for lesson_spec in module_spec["lessons"]:
            _ensure_page(module, LessonPage, lesson_spec, _lesson_fields)
    return course
