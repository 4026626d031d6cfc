"""The one Markdown renderer: nothing that can run script comes out, and what editors need still does.

The output is checked with Python's own HTML parser (not bleach's), the way a browser would read it: entities in
attribute values decoded, tabs and newlines inside URLs ignored.
"""

import html
import re
from html.parser import HTMLParser

import pytest

from django.utils.safestring import SafeString

from content.markdown import render_markdown
from tests.content.xss_corpus import VECTORS

# Written out here rather than imported, so that widening the renderer's allowlist has to be done twice, on purpose.
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
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "rel"}, "abbr": {"title"}}
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}


class Collector(HTMLParser):
    """Every element with its attributes (values entity-decoded by the parser), and every comment."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements, self.comments, self.declarations = [], [], []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_decl(self, decl):
        self.declarations.append(decl)

    def unknown_decl(self, data):
        self.declarations.append(data)


def parse(markup):
    collector = Collector()
    collector.feed(str(markup))
    collector.close()
    return collector


def scheme(url):
    """The scheme a browser would use: entities decoded, whitespace and control characters ignored."""
    normalized = re.sub(r"[\x00-\x20\x7f-\xa0\s]+", "", html.unescape(url)).lower()
    match = re.match(r"([a-z][a-z0-9+.\-]*):", normalized)
    return match.group(1) if match else ""


def problems(markup):
    """Everything in ``markup`` that breaks the rules; an empty list when it is safe."""
    found = []
    parsed = parse(markup)
    found += [f"comment {comment!r}" for comment in parsed.comments]
    found += [f"declaration {declaration!r}" for declaration in parsed.declarations]
    for tag, attrs in parsed.elements:
        if tag not in ALLOWED_TAGS:
            found.append(f"tag <{tag}>")
        names = [name for name, _value in attrs]
        if len(names) != len(set(names)):
            found.append(f"repeated attribute on <{tag}>: {names}")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                found.append(f"event handler {name} on <{tag}>")
            elif name == "style":
                found.append(f"style on <{tag}>")
            elif name not in ALLOWED_ATTRIBUTES.get(tag, ()):
                found.append(f"attribute {name} on <{tag}>")
            if "javascript:" in re.sub(r"\s+", "", value).lower():
                found.append(f"javascript: in {name} on <{tag}>")
        if tag == "a":
            attributes = dict(attrs)
            href = attributes.get("href")
            if href is not None and scheme(href) not in SAFE_SCHEMES | {""}:
                found.append(f"href {href!r}")
            if attributes.get("rel") != "noopener noreferrer":
                found.append(f"rel {attributes.get('rel')!r} on <a>")
    return found


def test_the_checker_catches_what_it_is_meant_to_catch():
    # The parametrised test below is only worth something if this checker fails on unsafe markup.
    assert problems('<p>fine <a href="https://example.org" rel="noopener noreferrer">x</a></p>') == []
    assert problems('<img src=x onerror="window.__xss=1">')
    assert problems("<script>window.__xss=1</script>")
    assert problems('<p onclick="x">x</p>')
    assert problems('<p style="color:red">x</p>')
    assert problems('<a href="jav&#x09;ascript:alert(1)" rel="noopener noreferrer">x</a>')
    assert problems('<a href="JAVASCRIPT:alert(1)" rel="noopener noreferrer">x</a>')
    assert problems('<a href="data:text/html,x" rel="noopener noreferrer">x</a>')
    assert problems('<a href="https://example.org">no rel</a>')
    assert problems('<a href="https://example.org" rel="noopener noreferrer" target="_blank">x</a>')
    assert problems("<!-- <script>x</script> -->")
    assert problems("<p>x</p><iframe></iframe>")


def test_the_corpus_is_large_enough():
    assert len(VECTORS) >= 40
    assert len(set(VECTORS)) == len(VECTORS)


@pytest.mark.parametrize("vector", VECTORS)
def test_every_xss_vector_is_neutralised(vector):
    output = render_markdown(vector)
    assert problems(output) == []
    # Also embedded in ordinary text and in a list item, where Markdown parses differently.
    assert problems(render_markdown(f"Before {vector} after")) == []
    assert problems(render_markdown(f"Intro\n\n- item\n- {vector}\n\nOutro")) == []


@pytest.mark.parametrize(
    "vector",
    [
        "<script>window.__xss=1</script>",
        '<img src=x onerror="window.__xss=1">',
        "<b>bold</b>",
        '<div title="x">block</div>',
    ],
)
def test_raw_html_is_shown_as_text_not_used(vector):
    output = str(render_markdown(vector))
    assert html.escape(vector, quote=False) in output.replace("&quot;", '"')
    assert [tag for tag, _attrs in parse(output).elements] == ["p"]


def test_headings_lists_emphasis_quotes_and_code():
    output = str(
        render_markdown(
            "## Indicators\n\n### Of labour exploitation\n\n#### In agriculture\n\n"
            "**Document retention** and *debt bondage*:\n\n- one\n- two\n\n1. first\n2. second\n\n"
            "> Consent is irrelevant.\n\n---\n\n`Art. 149` of the Criminal Code\n\n    indented code\n\n"
            "line one  \nline two"
        )
    )
    assert "<h2>Indicators</h2>" in output
    assert "<h3>Of labour exploitation</h3>" in output
    assert "<h4>In agriculture</h4>" in output
    assert "<strong>Document retention</strong>" in output and "<em>debt bondage</em>" in output
    assert "<ul>\n<li>one</li>\n<li>two</li>\n</ul>" in output
    assert "<ol>\n<li>first</li>\n<li>second</li>\n</ol>" in output
    assert "<blockquote>\n<p>Consent is irrelevant.</p>\n</blockquote>" in output
    assert "<hr>" in output
    assert "<code>Art. 149</code>" in output
    assert "<pre><code>indented code\n</code></pre>" in output
    assert "line one<br>\nline two" in output
    assert problems(output) == []


def test_headings_stay_below_the_page_title():
    # The page title is the only h1; h5 and h6 are not allowed, so they become h4 rather than losing their text.
    output = str(render_markdown("# Top\n\n##### Deep\n\n###### Deeper"))
    assert output == "<h2>Top</h2>\n<h4>Deep</h4>\n<h4>Deeper</h4>"


def test_tables_render_without_inline_styles():
    output = str(render_markdown("| Act | Means |\n|:---|---:|\n| recruitment | deception |\n| transfer | coercion |"))
    assert "<table>" in output and "<thead>" in output and "<tbody>" in output
    assert "<th>Act</th>" in output and "<th>Means</th>" in output
    assert "<td>recruitment</td>" in output and "<td>coercion</td>" in output
    assert "style" not in output and "align" not in output


def test_links_keep_their_address_and_title_and_get_rel():
    output = str(
        render_markdown(
            '[IOM Ukraine](https://ukraine.iom.int/ "IOM") · [call 527](tel:527) · [write](mailto:help@example.org)'
            " · [catalogue](/uk/courses/) · [above](#top)"
        )
    )
    assert '<a href="https://ukraine.iom.int/" title="IOM" rel="noopener noreferrer">IOM Ukraine</a>' in output
    assert '<a href="tel:527" rel="noopener noreferrer">call 527</a>' in output
    assert '<a href="mailto:help@example.org" rel="noopener noreferrer">write</a>' in output
    assert '<a href="/uk/courses/" rel="noopener noreferrer">catalogue</a>' in output
    assert '<a href="#top" rel="noopener noreferrer">above</a>' in output
    assert "target" not in output


def test_a_query_string_keeps_its_ampersand():
    output = str(render_markdown("[search](https://example.org/?q=a&lang=uk)"))
    assert '<a href="https://example.org/?q=a&amp;lang=uk" rel="noopener noreferrer">search</a>' in output


def test_a_forbidden_link_keeps_its_text():
    output = str(render_markdown("[the hotline](javascript:alert(1))"))
    assert output == '<p><a rel="noopener noreferrer">the hotline</a></p>'


def test_bare_urls_and_autolinks_become_safe_links():
    output = str(render_markdown("See https://527.org.ua for help, or <https://www.coe.int/>."))
    assert '<a href="https://527.org.ua" rel="noopener noreferrer">https://527.org.ua</a>' in output
    assert '<a href="https://www.coe.int/" rel="noopener noreferrer">https://www.coe.int/</a>' in output


def test_urls_inside_code_are_not_linked():
    assert str(render_markdown("`https://example.org`")) == "<p><code>https://example.org</code></p>"


def test_abbreviations_are_explained():
    output = str(render_markdown("*[NRM]: National Referral Mechanism\n\nThe NRM protects victims."))
    assert '<abbr title="National Referral Mechanism">NRM</abbr>' in output
    assert "*[NRM]" not in output


def test_definitions_do_not_leak_from_one_text_into_the_next():
    # The renderer reuses a Markdown instance per thread; reference links and abbreviations must be forgotten.
    render_markdown("*[NRM]: National Referral Mechanism\n\n[1]: https://example.org")
    assert "<abbr" not in str(render_markdown("The NRM"))
    assert "<a" not in str(render_markdown("[ref][1]"))


def test_text_is_escaped_and_the_result_is_safe_to_put_in_a_template():
    output = render_markdown("Tom & Jerry say 5 < 6")
    assert isinstance(output, SafeString)
    assert str(output) == "<p>Tom &amp; Jerry say 5 &lt; 6</p>"


def test_absurd_nesting_falls_back_to_escaped_text_instead_of_failing():
    text = "<script>window.__xss=1</script>\n\n" + "- " * 1000 + "x"
    output = str(render_markdown(text))
    assert output.startswith("<p>&lt;script&gt;window.__xss=1&lt;/script&gt;</p>")
    assert problems(output) == []
    assert str(render_markdown("**still** works")) == "<p><strong>still</strong> works</p>"


@pytest.mark.parametrize("empty", ["", None])
def test_nothing_renders_nothing(empty):
    assert render_markdown(empty) == ""
