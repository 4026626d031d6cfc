from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Audience(models.Model):
    """Who a course is meant for. A fixed list, created by a migration, named in both languages."""

    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    name_uk = models.CharField(_("name in Ukrainian"), max_length=120)
    name_en = models.CharField(_("name in English"), max_length=120)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.name_en if get_language() == "en" else self.name_uk
