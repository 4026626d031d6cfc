"""The one place Markdown is rendered. Everything an editor writes in Markdown goes through here.

Python-Markdown turns the text into HTML; bleach then keeps only an explicit allowlist, so raw HTML typed into the
Markdown, event handlers, inline styles, frames and script never survive, and only http(s), mailto and tel links
do. Every link gets rel="noopener noreferrer".
"""

import bleach
import markdown as markdown_lib
from bleach.linkifier import Linker

from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "abbr",
}
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "rel"], "abbr": ["title"]}
ALLOWED_PROTOCOLS = {"http", "https", "mailto", "tel"}


def _safe_rel(attrs, new=False):
    attrs[(None, "rel")] = "noopener noreferrer"
    return attrs


_linker = Linker(callbacks=[_safe_rel], skip_tags={"pre", "code"}, parse_email=False)


def render_markdown(text: str) -> SafeString:
    # Raw HTML typed into the Markdown passes through Python-Markdown, then bleach strips every tag and attribute
    # not on the allowlist (strip=True keeps the text, drops the markup).
    html = markdown_lib.markdown(text or "", extensions=["tables", "sane_lists"], output_format="html")
    clean = bleach.clean(
        html, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, protocols=ALLOWED_PROTOCOLS, strip=True
    )
    return mark_safe(_linker.linkify(clean))  # noqa: S308 - sanitised by bleach on an allowlist just above
