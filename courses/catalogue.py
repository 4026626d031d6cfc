"""Finding courses: the catalogue's filters (audience, language) and search."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label=_("Search courses"), required=False, max_length=200)
    audience = forms.ModelChoiceField(
        label=_("Audience"), queryset=None, required=False, to_field_name="slug", empty_label=_("All audiences")
    )
    language = forms.ChoiceField(label=_("Available in"), required=False)

    def __init__(self, *args, **kwargs):
        from .models import Audience

        super().__init__(*args, **kwargs)
        self.fields["audience"].queryset = Audience.objects.all()
        self.fields["audience"].label_from_instance = lambda audience: audience.name
        self.fields["language"].choices = [("", _("Any language"))] + list(settings.LANGUAGES)


def search_courses(index_page, *, query="", audience=None, language=""):
    """Live courses below ``index_page`` in its language, narrowed by the filters; audiences prefetched."""
    from .models import CoursePage

    base = CoursePage.objects.live().descendant_of(index_page).filter(locale_id=index_page.locale_id)
    courses = base
    if audience is not None:
        courses = courses.filter(audiences=audience)
    if language and language != index_page.locale.language_code:
        locale = Locale.objects.filter(language_code=language).first()
        translated = CoursePage.objects.live().filter(locale=locale).values("translation_key")
        courses = courses.filter(translation_key__in=translated)
    courses = courses.order_by("path").prefetch_related("audiences")
    if query:
        # The search index knows only plain page fields, so search the language's courses and intersect.
        matching = [course.pk for course in base.search(query, operator="and")]
        ranked = {pk: rank for rank, pk in enumerate(matching)}
        return sorted(courses.filter(pk__in=matching), key=lambda course: ranked[course.pk])
    return list(courses)


def catalogue_context(index_page, params) -> dict:
    form = CatalogueFilterForm(params or None)
    filters = form.cleaned_data if form.is_valid() else {}
    courses = search_courses(
        index_page,
        query=filters.get("q", ""),
        audience=filters.get("audience"),
        language=filters.get("language", ""),
    )
    return {"filter_form": form, "courses": courses, "is_filtered": any(filters.values()) if filters else False}
