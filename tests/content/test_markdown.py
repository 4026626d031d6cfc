from html.parser import HTMLParser

import pytest

from content.markdown import ALLOWED_TAGS, render_markdown
from tests.content.xss_corpus import VECTORS

SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:", "#", "/")


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements(html):
    collector = Collector()
    collector.feed(str(html))
    return collector.elements


@pytest.mark.parametrize("vector", VECTORS)
def test_every_xss_vector_is_neutralised(vector):
    for tag, attrs in elements(render_markdown(vector)):
        assert tag in ALLOWED_TAGS, tag
        assert not any(name.startswith("on") for name in attrs), attrs
        assert "style" not in attrs and "src" not in attrs
        if tag == "a":
            href = attrs.get("href", "").strip().lower()
            assert href == "" or href.startswith(SAFE_SCHEMES), href
            assert attrs.get("rel") == "noopener noreferrer"


def test_the_corpus_is_large_enough():
    assert len(VECTORS) >= 30


def test_markdown_still_renders_what_editors_need():
    html = str(
        render_markdown(
            "## Indicators\n\n**Document retention** and *debt bondage*:\n\n- one\n- two\n\n1. first\n\n"
            "| Act | Means |\n|---|---|\n| recruitment | deception |\n\n"
            "[IOM Ukraine](https://ukraine.iom.int/) · call 527"
        )
    )
    assert "<h2>Indicators</h2>" in html
    assert "<strong>Document retention</strong>" in html and "<em>debt bondage</em>" in html
    assert "<ul>" in html and "<ol>" in html and "<table>" in html and "<td>deception</td>" in html
    assert '<a href="https://ukraine.iom.int/" rel="noopener noreferrer">IOM Ukraine</a>' in html


def test_bare_urls_become_safe_links():
    html = str(render_markdown("See https://527.org.ua for help"))
    assert '<a href="https://527.org.ua" rel="noopener noreferrer">' in html
