from django import template

from ..markdown import render_markdown

register = template.Library()


@register.filter
def md(text):
    """Render editor-written Markdown through the one sanitising renderer."""
    return render_markdown(text or "")
