from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, Panel
from wagtail.models import Orderable, Page

from ..forms import QuizPageForm


class QuizKind(models.TextChoices):
    PRACTICE = "practice", _("Practice")
    PRETEST = "pretest", _("Pre-test")
    ASSESSMENT = "assessment", _("Assessment")


class FeedbackMode(models.TextChoices):
    ALWAYS = "always", _("After each submission")
    PASSED = "passed", _("Only once passed")
    NEVER = "never", _("Never (score only)")


class PoolOverlapPanel(Panel):
    """Tells the author of a practice quiz how many questions of its draw rules are kept for an assessment (and so
    left out), and the author of an assessment which practice quizzes share its bank."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "quizzes/admin/pool_overlap_panel.html"

        def is_shown(self):
            return bool(self.instance.pk and self.instance.bank_id)

        def get_context_data(self, parent_context=None):
            from ..attempting import pool_overlap

            context = super().get_context_data(parent_context)
            context.update(pool_overlap(self.instance))
            return context


class QuizPage(Page):
    """A quiz in a module, or a course's pre-test or final assessment. Questions come from a bank, drawn at
    random by the rules below; the draw is stored with each attempt."""

    intro = models.TextField(_("introduction"), blank=True)
    bank = models.ForeignKey(
        "quizzes.QuestionBank", verbose_name=_("question bank"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=QuizKind.choices,
        default=QuizKind.PRACTICE,
        help_text=_(
            "A practice quiz never draws a question that an assessment quiz on the same bank may draw (by its "
            "draw rules), since practice shows the right answers. Keep separate categories or tags for the final."
        ),
    )
    is_required = models.BooleanField(
        _("required for completion"), default=False, help_text=_("Learners must pass it to complete the course.")
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(_("maximum attempts"), default=0, help_text=_("0: unlimited."))
    wait_minutes = models.PositiveIntegerField(_("minutes to wait between attempts"), default=0)
    time_limit_minutes = models.PositiveSmallIntegerField(_("time limit (minutes)"), default=0, help_text=_("0: none."))
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    feedback_mode = models.CharField(
        _("show feedback"), max_length=20, choices=FeedbackMode.choices, default=FeedbackMode.ALWAYS
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("bank"), FieldPanel("kind"), FieldPanel("is_required"), FieldPanel("pass_mark")],
            heading=_("Quiz"),
        ),
        InlinePanel(
            "draw_rules",
            label=_("Draw rules"),
            min_num=1,
            help_text=_(
                "Questions an assessment quiz on this bank may draw are left out of practice quizzes: give the "
                "final its own category or tag."
            ),
        ),
        PoolOverlapPanel(heading=_("Shared with the assessment")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("max_attempts"), FieldPanel("wait_minutes")]),
                FieldPanel("time_limit_minutes"),
                FieldPanel("shuffle_options"),
                FieldPanel("feedback_mode"),
            ],
            heading=_("Attempts and feedback"),
        ),
    ]
    base_form_class = QuizPageForm
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def get_course(self):
        from courses.models import CoursePage

        return CoursePage.objects.ancestor_of(self).first()

    @property
    def question_count(self):
        return sum(rule.count for rule in self.draw_rules.all())

    def serve(self, request, *args, **kwargs):
        from ..views import quiz_overview

        return quiz_overview(request, self)


class DrawRule(Orderable):
    page = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="draw_rules")
    category = models.CharField(_("category"), max_length=100, blank=True, help_text=_("Empty: any category."))
    tag = models.CharField(_("tag"), max_length=100, blank=True, help_text=_("Empty: any tag."))
    count = models.PositiveSmallIntegerField(_("questions to draw"), default=5, validators=[MinValueValidator(1)])

    panels = [FieldRowPanel([FieldPanel("category"), FieldPanel("tag"), FieldPanel("count")])]

    def __str__(self):
        return f"{self.count} × {self.category or '*'} {self.tag}"
