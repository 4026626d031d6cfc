"""The one place Markdown is rendered (placeholder until the block library lands)."""

import bleach
import markdown as markdown_lib

from django.utils.safestring import mark_safe

TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "a",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}


def render_markdown(text: str):
    html = markdown_lib.markdown(text or "", extensions=["tables", "sane_lists"])
    clean = bleach.clean(
        html, tags=TAGS, attributes={"a": ["href", "title"]}, protocols={"http", "https", "mailto", "tel"}, strip=True
    )
    return mark_safe(clean)  # noqa: S308 - sanitised by bleach above
