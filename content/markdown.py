"""The one place Markdown is rendered. Every piece of Markdown an editor (or anyone else) writes goes through
``render_markdown``; templates use the ``md`` filter (``content.templatetags.markdown_tags``), which calls it.

Two independent layers, so that a mistake in one is caught by the other:

1. Python-Markdown runs with its raw-HTML support switched off: ``<script>``, ``<img onerror>``, comments and any
   other markup typed into the text are escaped and shown as text, never parsed as HTML.
2. bleach then re-parses the result as a browser would (html5lib, entities decoded, case folded) and keeps only an
   explicit allowlist of tags, attributes and link schemes. Anything else is stripped, keeping its text.

Finally every link gets ``rel="noopener noreferrer"`` and no ``target``: links open in the same tab, and the
destination learns neither the page nor the learner's referrer (learners may be victims or work on their cases).
"""

import html
import re
import threading
from functools import partial

import markdown as markdown_lib
from bleach.linkifier import LinkifyFilter
from bleach.sanitizer import Cleaner
from markdown.treeprocessors import Treeprocessor

from django.utils.html import linebreaks
from django.utils.safestring import SafeString, mark_safe

# What the content needs and nothing more: no img (images go through the image block, with required alt text), no
# h1 (the page title is the h1), no div/span (no layout from Markdown), nothing that can carry script or styles.
ALLOWED_TAGS = frozenset(
    {
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
)
# No style, no class, no id, no event handlers. Table alignment comes as inline style from Python-Markdown and is
# dropped on purpose: the stylesheet aligns table cells. ``rel`` is not accepted from input; it is set below.
ALLOWED_ATTRIBUTES = {"a": ["href", "title"], "abbr": ["title"]}
# bleach decodes entities and drops whitespace/control characters before it checks the scheme, so
# ``jav&#x09;ascript:``, ``JaVaScRiPt:`` and ``  javascript:`` are all caught; relative links stay allowed.
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})
LINK_REL = "noopener noreferrer"

# tables: comparison tables are common in the curriculum; sane_lists: a numbered list stays numbered and does not
# swallow a following bullet list; abbr: ``*[NRM]: National Referral Mechanism`` explains acronyms on hover and to
# screen readers. Not fenced_code: the audience does not write code, and indented code blocks already exist.
EXTENSIONS = ["tables", "sane_lists", "abbr"]


class _HeadingLevels(Treeprocessor):
    """Keep headings between h2 and h4: the page title is the only h1, and deeper levels would be stripped."""

    def run(self, root):
        for element in root.iter():
            if len(element.tag) == 2 and element.tag[0] == "h" and element.tag[1].isdigit():
                element.tag = f"h{min(max(int(element.tag[1]), 2), 4)}"


_IGNORED_IN_URL = re.compile(r"[`\x00-\x20\x7f-\xa0\s]+")
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")


def _scheme(url):
    """The scheme a browser would see: entities decoded, tabs, newlines and controls gone, lower case."""
    normalized = _IGNORED_IN_URL.sub("", html.unescape(url)).lower()
    match = _SCHEME.match(normalized)
    return match.group(1) if match else ""


def safe_link(url, schemes=frozenset({"http", "https"})) -> str:
    """``url`` if a browser would open it with one of ``schemes``, else "": for links stored outside Markdown
    (sources, videos), which an import or a script may have written without the admin's URL validation."""
    url = (url or "").strip()
    return url if url and _scheme(url) in schemes else ""


def _link_attributes(attrs, new=False):
    # Applied by the linkifier to every <a> after sanitising, both the links Markdown wrote and bare URLs it turns
    # into links. A second scheme check: bleach reads "javascript:123" as a relative path (urlparse takes the digits
    # for a port), so it lets it through; harmless, but nothing but the allowed schemes leaves here.
    href = attrs.get((None, "href"))
    if href is not None and _scheme(href) not in ALLOWED_PROTOCOLS | {""}:
        del attrs[(None, "href")]
    attrs[(None, "rel")] = LINK_REL
    attrs.pop((None, "target"), None)
    return attrs


def _new_markdown():
    md = markdown_lib.Markdown(extensions=EXTENSIONS, output_format="html")
    # Raw HTML off: the block-level HTML preprocessor and the inline HTML pattern are what pass markup through
    # unescaped; without them "<" is just text. Autolinks (<https://…>) are separate patterns and keep working.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_HeadingLevels(md), "heading_levels", 1)
    return md


def _new_cleaner():
    return Cleaner(
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,  # drop disallowed tags but keep their text, rather than showing escaped markup twice
        strip_comments=True,
        # Runs after the sanitiser in the same pass: turns bare URLs into links and sets rel on every link.
        # parse_email=False: an address is only a link when the author wrote one.
        filters=[partial(LinkifyFilter, callbacks=[_link_attributes], skip_tags={"pre", "code"}, parse_email=False)],
    )


# Neither a Markdown instance nor a bleach Cleaner is thread-safe (both keep state while they work), and building
# them costs more than rendering a paragraph, so each thread keeps its own pair.
_local = threading.local()


def render_markdown(text: str) -> SafeString:
    """Markdown to sanitised HTML, safe to put into any page."""
    if not text:
        return mark_safe("")
    if not hasattr(_local, "md"):
        _local.md, _local.cleaner = _new_markdown(), _new_cleaner()
    md = _local.md
    md.reset()  # forget the previous text's reference links and abbreviations
    try:
        converted = md.convert(str(text))
        return mark_safe(_local.cleaner.clean(converted))  # noqa: S308 - the output of an allowlist sanitiser
    except RecursionError:
        # Hundreds of nested lists or quotes exhaust Python-Markdown's recursion. Rather than fail the whole page,
        # show that text as escaped plain paragraphs, and start the next text with a fresh renderer.
        del _local.md, _local.cleaner
        return mark_safe(linebreaks(str(text), autoescape=True))  # noqa: S308 - every character escaped
