from django import template

register = template.Library()


@register.filter
def contains(values, item):
    return item in (values or [])


@register.filter
def percent(value):
    return f"{value * 100:.0f}" if value is not None else ""
