from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language to this same page in that language.

    A Wagtail page links to its translation (slugs differ between languages); a page without a translation
    links to that language's home page; any other view keeps its path with the language prefix swapped.
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    translations = {}
    if isinstance(page, Page):
        # One query for every language version of this page.
        translations = {
            translation.locale.language_code: translation
            for translation in Page.objects.live().filter(translation_key=page.translation_key).select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page):
            translation = translations.get(code)
            url = translation.get_url(request) if translation else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links


@register.filter
def in_group(user, name):
    """Whether ``user`` belongs to the group ``name`` (groups are fetched once per request and user)."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_group_names"):
        user._group_names = set(user.groups.values_list("name", flat=True))
    return name in user._group_names
