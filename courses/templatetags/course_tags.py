from django import template
from django.utils.translation import get_language

from ..models import CourseIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context):
    """URL of the top-level course catalogue in the current language (cached per request)."""
    request = context.get("request")
    cache_name = "_catalogue_url_" + get_language()
    if request is not None and hasattr(request, cache_name):
        return getattr(request, cache_name)
    catalogue = (
        CourseIndexPage.objects.live().filter(locale__language_code=get_language(), depth=3).order_by("path").first()
    )
    url = catalogue.url if catalogue else ""
    if request is not None:
        setattr(request, cache_name, url)
    return url


@register.filter
def done_in(lesson, progress):
    """``{{ lesson|done_in:progress }}``: has the learner finished this lesson?"""
    return bool(progress) and progress.is_done(lesson)
