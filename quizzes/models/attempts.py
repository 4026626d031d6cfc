"""A learner's attempt at a quiz: the stored draw, the answers, the score.

Like progress rows, attempts keep the quiz's ``translation_key`` and title, and survive the page's deletion.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Attempt(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="attempts")
    quiz = models.ForeignKey(
        "quizzes.QuizPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="attempts"
    )
    quiz_key = models.UUIDField(_("quiz key"))
    course_key = models.UUIDField(_("course key"), null=True, blank=True)
    quiz_title = models.CharField(_("quiz title"), max_length=255)
    kind = models.CharField(_("kind"), max_length=20)
    number = models.PositiveSmallIntegerField(_("attempt number"))
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    # [{"question": id, "options": [ids in display order]} | {"question": id, "left": [pair ids], "right": [...]}]
    draw = models.JSONField(_("questions drawn"))
    answers = models.JSONField(_("answers"), null=True, blank=True)
    # [{"question": id, "score": 0..1}] in draw order: item analysis reads these.
    results = models.JSONField(_("results"), null=True, blank=True)
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True)
    # Set once at grading, so that reports count learners per quiz with a plain conditional count rather than
    # COUNT(DISTINCT user) over every attempt: the learner's first submitted attempt, and their first pass.
    first_submission = models.BooleanField(_("first submitted attempt"), default=False)
    first_pass = models.BooleanField(_("first passed attempt"), default=False)

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at"]
        constraints = [models.UniqueConstraint(fields=["user", "quiz_key", "number"], name="one_attempt_per_number")]
        indexes = [
            models.Index(fields=["user", "quiz_key"]),
            models.Index(fields=["course_key", "kind"]),
            # Covers the dashboard's quiz figures, so they read this index alone rather than the wide rows
            # (draws, answers and results as JSON).
            models.Index(
                fields=[
                    "quiz_key",
                    "kind",
                    "quiz_title",
                    "course_key",
                    "user",
                    "submitted_at",
                    "first_submission",
                    "first_pass",
                    "score",
                ],
                condition=models.Q(submitted_at__isnull=False),
                name="attempt_report_covering",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.quiz_title} #{self.number}"

    @property
    def is_submitted(self):
        return self.submitted_at is not None
