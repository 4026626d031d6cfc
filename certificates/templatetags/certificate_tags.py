from django import template

from ..models import Certificate

register = template.Library()


@register.simple_tag
def certificates_by_course(user) -> dict:
    """The learner's latest certificate per course (one query), for lists of courses."""
    if not user.is_authenticated:
        return {}
    latest = {}
    for certificate in Certificate.objects.filter(user=user).order_by("sequence"):
        latest[certificate.course_key] = certificate
    return latest


@register.filter
def for_course(certificates: dict, course_key):
    return certificates.get(course_key)
