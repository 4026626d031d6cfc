"""The shape of a course as learners see it: modules with their lessons, and a lesson's place in the course.

Each function issues a fixed number of queries, whatever the number of modules and lessons (one more per
registered kind of assessed page).
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db.models import Q

# Page models of the apps above that sit in a module or directly in a course and are listed in its outline as
# assessed pages (the quizzes app registers its quiz page). Such a page has ``title``, ``is_required`` and the
# usual page tree fields; courses needs to know nothing more of it.
ASSESSED_PAGE_MODELS = []


def register_assessed_pages(model) -> None:
    """List ``model``'s live pages in course outlines (``outline.quizzes``, ``module.quizzes``)."""
    if model not in ASSESSED_PAGE_MODELS:
        ASSESSED_PAGE_MODELS.append(model)


@dataclass
class ModuleOutline:
    module: object
    lessons: list = field(default_factory=list)
    quizzes: list = field(default_factory=list)  # assessed pages (``register_assessed_pages``) in the module

    @property
    def minutes(self):
        return sum(lesson.estimated_minutes for lesson in self.lessons)


@dataclass
class CourseOutline:
    modules: list[ModuleOutline]
    quizzes: list = field(default_factory=list)  # course-level quizzes: pre-test, final assessment

    @property
    def lessons(self):
        return [lesson for entry in self.modules for lesson in entry.lessons]

    @property
    def required_lessons(self):
        return [lesson for lesson in self.lessons if lesson.is_required]

    @property
    def minutes(self):
        return sum(entry.minutes for entry in self.modules)

    @property
    def required_quizzes(self):
        quizzes = self.quizzes + [quiz for entry in self.modules for quiz in entry.quizzes]
        return [quiz for quiz in quizzes if quiz.is_required]


def course_outlines(courses) -> dict[int, CourseOutline]:
    """Outlines of several courses at once, keyed by course id: three queries however many courses (with one
    registered kind of assessed page)."""
    from .models import LessonPage, ModulePage

    courses = list(courses)
    if not courses:
        return {}
    within = reduce(or_, (Q(path__startswith=course.path) for course in courses))
    modules = {}
    for module in ModulePage.objects.live().filter(within, depth__in={c.depth + 1 for c in courses}).order_by("path"):
        modules[module.path] = ModuleOutline(module)
    for lesson in LessonPage.objects.live().filter(within).order_by("path"):
        entry = modules.get(lesson.path[: -lesson.steplen])
        if entry is not None:  # a lesson whose module is unpublished is not shown
            entry.lessons.append(lesson)
    outlines = {
        course.pk: CourseOutline(modules=[entry for path, entry in modules.items() if path.startswith(course.path)])
        for course in courses
    }
    # Assessed pages belong to apps above this one (registered), placed in modules or directly in a course.
    by_path = {course.path: outlines[course.pk] for course in courses}
    for model in ASSESSED_PAGE_MODELS:
        for page in model.objects.live().filter(within).order_by("path"):
            parent = page.path[: -page.steplen]
            if parent in modules:
                modules[parent].quizzes.append(page)
            elif parent in by_path:
                by_path[parent].quizzes.append(page)
    return outlines


def course_outline(course) -> CourseOutline:
    """Live modules of ``course`` in tree order, each with its live lessons and quizzes. Three queries."""
    return course_outlines([course])[course.pk]


def lesson_context(lesson) -> dict:
    """The course around ``lesson``: its outline, module, previous and next lesson, position."""
    course = lesson.get_course()
    if course is None:
        return {}
    outline = course_outline(course)
    lessons = outline.lessons
    index = next((i for i, item in enumerate(lessons) if item.pk == lesson.pk), None)
    module = next((entry.module for entry in outline.modules if lesson in entry.lessons), None)
    return {
        "course": course,
        "outline": outline,
        "module": module,
        "previous_lesson": lessons[index - 1] if index else None,
        "next_lesson": lessons[index + 1] if index is not None and index + 1 < len(lessons) else None,
        "lesson_position": (index + 1) if index is not None else None,
        "lesson_total": len(lessons),
    }
