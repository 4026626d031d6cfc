"""Question banks: one per course, holding translatable questions. What a question of each type shows, accepts
and is worth is up to its type (``quizzes.types``); the model only stores it."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index


class QuestionBank(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="question_banks",
        help_text=_("The course whose quizzes draw from this bank."),
    )

    panels = [FieldPanel("name"), FieldPanel("course")]

    class Meta:
        verbose_name = _("question bank")
        verbose_name_plural = _("question banks")
        ordering = ["name"]

    def __str__(self):
        return self.name


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey("quizzes.Question", on_delete=models.CASCADE, related_name="tagged_items")


class Question(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed, ClusterableModel
):
    """A question. Edits go through review like pages: an educator's change is a draft (a revision) until a
    moderator publishes it; quizzes draw only live questions, and each attempt keeps the revision it drew."""

    bank = models.ForeignKey(QuestionBank, verbose_name=_("bank"), on_delete=models.CASCADE, related_name="questions")
    # The type's code in ``quizzes.types.registry``; the question form offers the registered types, so a new type
    # needs no migration.
    qtype = models.CharField(_("type"), max_length=20, default="single")
    name = models.CharField(_("name"), max_length=200, help_text=_("A short name editors and reports use."))
    category = models.SlugField(
        _("category"),
        max_length=100,
        blank=True,
        allow_unicode=True,
        help_text=_("Quizzes draw questions by category, e.g. a module's slug."),
    )
    # Per-question options of the type (e.g. a short answer's "letter case matters"); the types declare them.
    settings = models.JSONField(_("type options"), default=dict, blank=True)
    tags = ClusterTaggableManager(through=QuestionTag, blank=True, verbose_name=_("tags"))
    scenario = models.TextField(
        _("scenario"), blank=True, help_text=_("Optional case shown before the question (Markdown). Use pseudonyms.")
    )
    stem = models.TextField(_("question"), help_text=_("Markdown."))
    explanation = models.TextField(_("explanation"), blank=True, help_text=_("Shown after the attempt (Markdown)."))
    # Practitioners act on what an explanation tells them, so the citation is a field of its own: reviewers see at
    # once whether it is there, and the result page shows it under every explanation.
    source = models.CharField(
        _("source"),
        max_length=500,
        blank=True,
        help_text=_(
            "What the explanation rests on: the instrument and article, or the document "
            "(e.g. “Palermo Protocol, Art. 3(b)”)."
        ),
    )

    panels = [
        MultiFieldPanel([FieldPanel("bank"), FieldPanel("qtype"), FieldPanel("name")], heading=_("Question")),
        MultiFieldPanel([FieldPanel("category"), FieldPanel("tags")], heading=_("Category and tags")),
        FieldPanel("scenario"),
        FieldPanel("stem"),
        InlinePanel("options", label=_("Options (choice types) or accepted answers (short answer)")),
        InlinePanel("pairs", label=_("Pairs (matching); a pair with no item is an extra wrong answer")),
        FieldPanel("explanation"),
        FieldPanel("source"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("stem"),
        index.AutocompleteField("name"),
        index.FilterField("bank"),
        index.FilterField("qtype"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["bank", "category", "pk"]
        indexes = [models.Index(fields=["bank", "locale", "category"])]

    def __str__(self):
        return self.name


class Option(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="options")
    text = models.CharField(_("text"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    weight = models.DecimalField(
        _("weight (%)"),
        max_digits=7,
        decimal_places=4,
        null=True,
        blank=True,
        validators=[MinValueValidator(-100), MaxValueValidator(100)],
        help_text=_("Optional share of the mark, -100 to 100 (as in Moodle). Empty: derived from 'correct'."),
    )
    feedback = models.TextField(_("feedback"), blank=True)

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("weight"), FieldPanel("feedback")]

    def __str__(self):
        return self.text


class MatchPair(Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="pairs")
    left = models.CharField(
        _("item"), max_length=300, blank=True, help_text=_("Leave empty for an extra answer that matches no item.")
    )
    right = models.CharField(_("matches"), max_length=300)

    panels = [FieldPanel("left"), FieldPanel("right")]

    def __str__(self):
        return f"{self.left} → {self.right}"
