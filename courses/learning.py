"""What the learner's pages show: progress on course and lesson pages, My learning, the JSON for the
progressive enhancement. Read-only; the rules live in ``progress``."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Locale

from .models import CoursePage, Enrollment, LessonCompletion
from .outline import course_outlines
from .progress import CourseProgress


def lesson_after(course_progress: CourseProgress, lesson):
    lessons = course_progress.outline.lessons
    keys = [item.pk for item in lessons]
    if lesson.pk in keys and keys.index(lesson.pk) + 1 < len(lessons):
        return lessons[keys.index(lesson.pk) + 1]
    return None


def progress_as_json(course_progress: CourseProgress, *, lesson=None) -> dict:
    following = lesson_after(course_progress, lesson) if lesson else None
    return {
        "done": course_progress.required_done,
        "required": course_progress.required_total,
        "percent": course_progress.percent,
        "course_complete": course_progress.is_complete,
        "lesson_complete": course_progress.is_done(lesson) if lesson else None,
        "next_url": following.url if following else None,
        "progress_text": progress_text(course_progress),
    }


def progress_text(course_progress: CourseProgress) -> str:
    # The same message as the progress bar's label in templates/courses/includes/progress.html.
    return _("%(done)s of %(total)s required lessons done (%(percent)s%%)") % {
        "done": course_progress.required_done,
        "total": course_progress.required_total,
        "percent": course_progress.percent,
    }


def my_learning_context(user) -> dict:
    """Courses in progress and completed, in the current language where a translation exists.

    A fixed number of queries, whatever the number of enrolments.
    """
    enrollments = list(Enrollment.objects.filter(user=user).select_related("course").order_by("-enrolled_at"))
    keys = [enrollment.course_key for enrollment in enrollments]
    locale = Locale.objects.filter(language_code=get_language()).first()
    courses = {}
    for course in CoursePage.objects.live().filter(translation_key__in=keys).order_by("locale_id"):
        # Prefer the version in the visitor's language; fall back to any live one.
        if course.translation_key not in courses or course.locale_id == getattr(locale, "pk", None):
            courses[course.translation_key] = course
    outlines = course_outlines(courses.values())
    done = {}
    for course_key, lesson_key in LessonCompletion.objects.filter(user=user, course_key__in=keys).values_list(
        "course_key", "lesson_key"
    ):
        done.setdefault(course_key, set()).add(lesson_key)

    in_progress, completed = [], []
    for enrollment in enrollments:
        course = courses.get(enrollment.course_key)
        progress = None
        if course is not None:
            progress = CourseProgress(
                outline=outlines[course.pk],
                enrollment=enrollment,
                completed_keys=done.get(enrollment.course_key, set()),
            )
        item = {"enrollment": enrollment, "course": course, "progress": progress}
        (completed if enrollment.is_complete else in_progress).append(item)
    return {"in_progress": in_progress, "completed": completed}
