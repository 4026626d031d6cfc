"""The course tree: catalogue → course → module → lesson. Page-type rules keep the tree valid."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from content.blocks import BaseStreamBlock

from .. import catalogue, outline


class CourseIndexPage(Page):
    """A catalogue of courses. The top-level one lists every course of its language; a nested one (for example
    the school curriculum) is a section that editors can be granted on its own."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["content.HomePage", "courses.CourseIndexPage"]
    subpage_types = ["courses.CoursePage", "courses.CourseIndexPage"]

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue.catalogue_context(self, request.GET))
        return context


class CoursePage(Page):
    summary = models.TextField(_("summary"), max_length=600)
    audiences = ParentalManyToManyField("courses.Audience", verbose_name=_("audiences"), blank=True)
    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Learning objective"), max_length=300))],
        verbose_name=_("learning objectives"),
        blank=True,
    )
    estimated_hours = models.DecimalField(
        _("estimated time (hours)"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0.5), MaxValueValidator(200)],
        default=2,
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("overview"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("estimated_hours"),
                FieldPanel("objectives"),
            ],
            heading=_("About the course"),
        ),
        FieldPanel("body"),
        # The certificate's template and validity belong to the certificates app (its CourseCertificate, with a
        # ParentalKey to this page): named here by relation only, so courses imports nothing from it.
        InlinePanel("certificate_settings", heading=_("Certificate"), label=_("Certificate"), min_num=1, max_num=1),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_lessons(self):
        """Live lessons of this course in reading order (module by module), in one query."""
        return LessonPage.objects.live().descendant_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from ..progress import course_progress

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = outline.course_outline(self)
        context["progress"] = course_progress(user=request.user, course=self, outline=context["outline"])
        return context


class ModulePage(Page):
    summary = models.TextField(_("summary"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_course(self):
        return CoursePage.objects.ancestor_of(self).first()

    def serve(self, request, *args, **kwargs):
        # A module has no page of its own: its lessons are listed on the course overview.
        from django.shortcuts import redirect

        course = self.get_course()
        return redirect(f"{course.url}#module-{self.slug}") if course else super().serve(request, *args, **kwargs)


class LessonPage(Page):
    objective = models.CharField(_("objective"), max_length=300, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated time (minutes)"), default=15, validators=[MinValueValidator(1), MaxValueValidator(600)]
    )
    is_required = models.BooleanField(
        _("required for completion"), default=True, help_text=_("Optional lessons do not count towards completion.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("content"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("objective"), FieldPanel("estimated_minutes"), FieldPanel("is_required")],
            heading=_("About the lesson"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("objective"), index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_course(self):
        return CoursePage.objects.ancestor_of(self).first()

    def get_context(self, request, *args, **kwargs):
        from ..progress import course_progress

        context = super().get_context(request, *args, **kwargs)
        context.update(outline.lesson_context(self))
        if "course" in context:
            context["progress"] = course_progress(
                user=request.user, course=context["course"], outline=context["outline"]
            )
        return context
