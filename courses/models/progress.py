"""What learners did: enrolments and lesson completions.

Rows point at pages, but a page may later be moved, unpublished or deleted; so each row also keeps the page's
``translation_key`` (the same in every language, and never reused) and a title snapshot, and the page link is
``SET_NULL``. Progress is matched by key, so a lesson done in English counts in Ukrainian too, and a record stays
readable after its page is gone. Deleting a user keeps the rows without a user, for anonymous counts.

What the dashboards group is the reports' own table (``reports.models.EnrolmentSummary``), kept by receivers of
the events in ``courses.signals``: nothing here is written for reports.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Enrollment(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="enrollments")
    course = models.ForeignKey(
        "courses.CoursePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="enrollments"
    )
    course_key = models.UUIDField(_("course key"), db_index=True)
    course_title = models.CharField(_("course title"), max_length=255)
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="one_enrollment_per_course")]
        indexes = [models.Index(fields=["course_key", "completed_at"])]

    def __str__(self):
        return f"{self.user} → {self.course_title}"

    @property
    def is_complete(self):
        return self.completed_at is not None


class LessonCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="lesson_completions"
    )
    lesson = models.ForeignKey(
        "courses.LessonPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="completions"
    )
    lesson_key = models.UUIDField(_("lesson key"))
    course_key = models.UUIDField(_("course key"))
    lesson_title = models.CharField(_("lesson title"), max_length=255)
    completed_at = models.DateTimeField(_("completed"), auto_now_add=True)

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        constraints = [models.UniqueConstraint(fields=["user", "lesson_key"], name="one_completion_per_lesson")]
        indexes = [models.Index(fields=["user", "course_key"]), models.Index(fields=["course_key", "completed_at"])]

    def __str__(self):
        return f"{self.user} ✓ {self.lesson_title}"
