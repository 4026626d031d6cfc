"""Learner progress: enrolling, completing lessons, and the one place that decides a course is complete.

Plain functions beside the models. Writes rely on unique constraints (never check-then-insert), so double
clicks, retries and two tabs record one row. Reads issue a fixed number of queries per call.
"""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from . import signals
from .models import CoursePage, Enrollment, LessonCompletion, LessonPage
from .outline import CourseOutline, course_outline


class NotEnrolled(Exception):
    """The learner tried to record progress in a course they are not enrolled in."""


# Further completion rules (for example "every required quiz passed") register here; each takes
# (user, course, outline) and returns True when its part of the course is done.
COMPLETION_RULES = []


def completion_rule(func):
    COMPLETION_RULES.append(func)
    return func


@dataclass
class CourseProgress:
    outline: CourseOutline
    enrollment: Enrollment | None
    completed_keys: set = field(default_factory=set)

    @property
    def is_enrolled(self):
        return self.enrollment is not None

    @property
    def is_complete(self):
        return self.enrollment is not None and self.enrollment.is_complete

    @property
    def required_total(self):
        return len(self.outline.required_lessons)

    @property
    def required_done(self):
        return sum(1 for lesson in self.outline.required_lessons if lesson.translation_key in self.completed_keys)

    @property
    def percent(self):
        if self.is_complete:
            return 100
        return round(100 * self.required_done / self.required_total) if self.required_total else 0

    def is_done(self, lesson) -> bool:
        return lesson.translation_key in self.completed_keys

    @property
    def next_lesson(self):
        """The first lesson in course order not yet done: where "Continue" leads."""
        lessons = self.outline.lessons
        return next((lesson for lesson in lessons if not self.is_done(lesson)), None)

    def module_state(self, entry) -> str:
        done = sum(1 for lesson in entry.lessons if self.is_done(lesson))
        if entry.lessons and done == len(entry.lessons):
            return "done"
        return "started" if done else "not-started"


def enrollment_for(*, user, course) -> Enrollment | None:
    if not user.is_authenticated:
        return None
    return Enrollment.objects.filter(user=user, course_key=course.translation_key).first()


def course_progress(*, user, course: CoursePage, outline: CourseOutline | None = None) -> CourseProgress:
    outline = outline or course_outline(course)
    enrollment = enrollment_for(user=user, course=course)
    keys = set()
    if user.is_authenticated:
        keys = set(
            LessonCompletion.objects.filter(user=user, course_key=course.translation_key).values_list(
                "lesson_key", flat=True
            )
        )
    return CourseProgress(outline=outline, enrollment=enrollment, completed_keys=keys)


def enrollment_create(*, user, course: CoursePage) -> tuple[Enrollment, bool]:
    try:
        with transaction.atomic():
            enrollment = Enrollment.objects.create(
                user=user, course=course, course_key=course.translation_key, course_title=course.title
            )
            signals.enrolled.send(sender=Enrollment, enrollment=enrollment)
        return enrollment, True
    except IntegrityError:
        return Enrollment.objects.get(user=user, course_key=course.translation_key), False


def enrollment_delete(*, user, course: CoursePage) -> bool:
    """Leave a course. A completed course stays on record; lesson completions are kept for a later return."""
    deleted, _ = Enrollment.objects.filter(
        user=user, course_key=course.translation_key, completed_at__isnull=True
    ).delete()
    return bool(deleted)


def lesson_complete(*, user, lesson: LessonPage) -> tuple[CourseProgress, bool]:
    """Record that ``user`` finished ``lesson``; returns the course progress and whether this was new."""
    course = lesson.get_course()
    if course is None or enrollment_for(user=user, course=course) is None:
        raise NotEnrolled
    try:
        with transaction.atomic():
            LessonCompletion.objects.create(
                user=user,
                lesson=lesson,
                lesson_key=lesson.translation_key,
                course_key=course.translation_key,
                lesson_title=lesson.title,
            )
            signals.lesson_completed.send(
                sender=LessonCompletion, user=user, course_key=course.translation_key, lesson_key=lesson.translation_key
            )
        created = True
    except IntegrityError:
        created = False
    progress = course_progress(user=user, course=course)
    course_completion_check(user=user, course=course, progress=progress)
    return progress, created


def course_requirements_met(*, user, course, progress: CourseProgress) -> bool:
    if progress.required_total == 0 or progress.required_done < progress.required_total:
        return False
    return all(rule(user, course, progress.outline) for rule in COMPLETION_RULES)


def course_completion_check(*, user, course, progress: CourseProgress | None = None) -> bool:
    """Mark the course complete when its requirements are met. True only the one time it becomes complete.

    The conditional UPDATE is the guard: of two concurrent calls, only one changes a row and fires the events:
    ``enrollment_completed`` in the same transaction, ``course_completed`` once it commits.
    """
    progress = progress or course_progress(user=user, course=course)
    if progress.enrollment is None or progress.is_complete:
        return False
    if not course_requirements_met(user=user, course=course, progress=progress):
        return False
    now = timezone.now()
    enrollment = progress.enrollment
    with transaction.atomic():
        changed = Enrollment.objects.filter(pk=enrollment.pk, completed_at__isnull=True).update(completed_at=now)
        if not changed:
            return False
        enrollment.completed_at = now
        signals.enrollment_completed.send(sender=Enrollment, enrollment=enrollment, user=user, at=now)
    transaction.on_commit(lambda: signals.course_completed.send(sender=Enrollment, enrollment=enrollment, user=user))
    return True
