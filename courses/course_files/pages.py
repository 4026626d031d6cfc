"""Writes a course spec as pages: the Ukrainian original and its translations, with the same slugs.

Two ways, one tree:

* ``live=True`` (the demo, ``load_demo``): a page that does not exist is created and published; a page that
  exists is left as it is, so loading twice changes nothing and never overwrites an editor's change.
* ``live=False`` (an import): every page is created or updated as a draft revision and submitted to its
  moderation workflow ("Moderators approval"); learners see nothing until a moderator approves it.
"""

from django.utils.translation import gettext as _

from wagtail.models import Locale

from ..models import Audience, CourseIndexPage, CoursePage, LessonPage, ModulePage
from ..structure import CATALOGUE, SCHOOL_SECTION
from .problems import CourseFilesRefused, Problem
from .reader import LANGUAGES


def _stream(blocks) -> list[dict]:
    return [{"type": block_type, "value": value} for block_type, value in blocks]


def course_fields(spec, text):
    return {
        "title": text["title"],
        "summary": text["summary"],
        "objectives": [{"type": "objective", "value": objective} for objective in text["objectives"]],
        "estimated_hours": spec["estimated_hours"],
    }


def module_fields(spec, text):
    return {"title": text["title"], "summary": text["summary"]}


def lesson_fields(spec, text):
    return {
        "title": text["title"],
        "objective": text["objective"],
        "estimated_minutes": spec["minutes"],
        "body": _stream(text["body"]),
    }


def submit_for_moderation(page, user) -> None:
    """Start the page's workflow on its latest revision (a workflow already under way starts again on it)."""
    workflow = page.get_workflow()
    if workflow is None:
        return
    if page.workflow_in_progress:
        page.current_workflow_state.cancel(user=user)
    workflow.start(page, user)


def _draft(page, fields: dict, user):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=user)
    submit_for_moderation(page, user)
    return page


def save_translations(page, fields_by_language: dict, *, live: bool, user=None) -> None:
    """Each translation of ``page`` with the given fields (same slug): created if missing, and then published
    (``live``) or, as a draft, updated and submitted for moderation."""
    for code, fields in fields_by_language.items():
        locale = Locale.objects.get(language_code=code)
        translation = page.get_translation_or_none(locale)
        if translation is not None and live:
            continue
        if translation is None:
            translation = page.copy_for_translation(locale).specific
            translation.slug = page.slug
        else:
            translation = translation.specific
        if live:
            for name, value in fields.items():
                setattr(translation, name, value)
            translation.save_revision().publish()
        else:
            _draft(translation, fields, user)


def save_page(parent_uk, model, spec, make_fields, *, live: bool, user=None):
    """The Ukrainian page under ``parent_uk`` and its translations; returns the Ukrainian one."""
    page = model.objects.child_of(parent_uk).filter(slug=spec["slug"]).first()
    if page is None:
        fields = make_fields(spec, spec[LANGUAGES[0]])
        page = parent_uk.add_child(
            instance=model(slug=spec["slug"], live=live, has_unpublished_changes=not live, **fields)
        )
        if live:
            page.save_revision().publish()
        else:
            _draft(page, {}, user)
    elif not live:
        _draft(page.specific, make_fields(spec, spec[LANGUAGES[0]]), user)
    others = {code: make_fields(spec, spec[code]) for code in LANGUAGES[1:]}
    save_translations(page, others, live=live, user=user)
    return page


def course_parent(spec) -> CourseIndexPage:
    """The Ukrainian catalogue page a course of this section lives under."""
    slug = SCHOOL_SECTION["slug"] if spec["section"] == "schools" else CATALOGUE["slug"]
    parent = CourseIndexPage.objects.filter(locale__language_code=LANGUAGES[0], slug=slug).first()
    if parent is None:
        message = _("the site has no “%(slug)s” catalogue page yet: run manage.py setup_site first")
        raise CourseFilesRefused([Problem("course.yaml", 0, message % {"slug": slug})])
    return parent


def save_course_pages(spec, *, parent, live: bool, user=None) -> CoursePage:
    audiences = list(Audience.objects.filter(slug__in=spec["audiences"]))
    if live:
        course = save_page(parent, CoursePage, spec, course_fields, live=True)
        for page in CoursePage.objects.filter(translation_key=course.translation_key):
            if set(page.audiences.all()) != set(audiences):
                page.audiences.set(audiences)
                page.save_revision().publish()
    else:  # the audiences travel in the draft, so the approved revision publishes them with the text

        def draft_fields(spec, text):
            return {**course_fields(spec, text), "audiences": audiences}

        course = save_page(parent, CoursePage, spec, draft_fields, live=False, user=user)
    for module_spec in spec["modules"]:
        module = save_page(course, ModulePage, module_spec, module_fields, live=live, user=user)
        for lesson_spec in module_spec["lessons"]:
            save_page(module, LessonPage, lesson_spec, lesson_fields, live=live, user=user)
    return course
