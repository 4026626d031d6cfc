from django import template

register = template.Library()


@register.filter
def contains(values, item):
    return item in (values or [])


@register.filter
def matched(values, left_id):
    """The right-hand choice (token) given for ``left_id`` (token) in a matching answer, or None."""
    return (values or {}).get(str(left_id)) if isinstance(values, dict) else None


@register.filter
def percent(value):
    return f"{value * 100:.0f}" if value is not None else ""
