from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from .blocks import BaseStreamBlock


class HomePage(Page):
    """The root of each language's tree: welcome text, then the catalogue below it."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    """About, help, privacy: a plain page of content blocks."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("body")]
    parent_page_types = ["content.HomePage", "content.StandardPage"]
    subpage_types = ["content.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_setting(icon="site")
class SiteSettings(BaseGenericSetting):
    """Facts shown on every page that staff change without a developer."""

    hotline_number = models.CharField(_("national hotline number"), max_length=30, default="527")
    hotline_alt_number = models.CharField(
        _("hotline number from abroad or landlines"), max_length=30, blank=True, default="0-800-505-501"
    )
    organisation_name_uk = models.CharField(
        _("organisation name (Ukrainian)"), max_length=200, default="Навчальна платформа з протидії торгівлі людьми"
    )
    organisation_name_en = models.CharField(
        _("organisation name (English)"), max_length=200, default="Counter-Trafficking Training Platform"
    )

    panels = [
        MultiFieldPanel([FieldPanel("hotline_number"), FieldPanel("hotline_alt_number")], heading=_("Hotline")),
        MultiFieldPanel([FieldPanel("organisation_name_uk"), FieldPanel("organisation_name_en")], heading=_("Name")),
    ]

    class Meta:
        verbose_name = _("site settings")

    @property
    def organisation_name(self):
        return self.organisation_name_en if get_language() == "en" else self.organisation_name_uk
