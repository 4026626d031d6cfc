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

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at"]
        constraints = [models.UniqueConstraint(fields=["user", "quiz_key", "number"], name="one_attempt_per_number")]
        indexes = [models.Index(fields=["user", "quiz_key"]), models.Index(fields=["course_key", "kind"])]

    def __str__(self):
        return f"{self.user} · {self.quiz_title} #{self.number}"

    @property
    def is_submitted(self):
        return self.submitted_at is not None
