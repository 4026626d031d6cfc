"""The shared content blocks: what they refuse, and the markup learners get on a published page."""

import pytest
from bs4 import BeautifulSoup

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.functional import Promise

from wagtail.blocks import ListBlockValidationError, StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from content.blocks import (
    BaseStreamBlock,
    CalloutBlock,
    CaseStudyBlock,
    ImageBlock,
    KeyTermsBlock,
    MarkdownBlock,
    SourcesBlock,
    VideoBlock,
)
from content.models import StandardPage
from tests.factories import publish

VIDEO_URL = "https://vimeo.com/76979871"
X = "window.__xss=1"


@pytest.fixture(autouse=True)
def english():
    # Messages are checked in English; the site's default language is Ukrainian.
    with translation.override("en"):
        yield


@pytest.fixture
def image(db):
    return Image.objects.create(title="Hotline poster", file=get_test_image_file(size=(1200, 800)))


@pytest.fixture
def video_embed(db):
    """What Wagtail's oEmbed lookup would have stored for the URL (the tests never reach the network).

    Its HTML is a third-party iframe, as a real provider's is, so the tests can show that the page never uses it.
    """
    return Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html=f'<iframe src="https://player.vimeo.com/video/76979871" onload="{X}"></iframe>',
        title="Provider title",
        provider_name="Vimeo",
    )


@pytest.fixture
def document(db):
    content = b"%PDF-1.4 referral guide"
    return Document.objects.create(
        title="Referral guide", file=ContentFile(content, name="referral-guide.pdf"), file_size=2_500_000
    )


def errors_of(block, raw):
    with pytest.raises(StructBlockValidationError) as refusal:
        block.clean(block.to_python(raw))
    return {name: " ".join(error.messages) for name, error in refusal.value.block_errors.items()}


# Validation


@pytest.mark.parametrize("alt_text", ["", "   ", None])
def test_an_image_without_alt_text_is_refused_with_a_clear_message(image, alt_text):
    errors = errors_of(ImageBlock(), {"image": image.pk, "alt_text": alt_text, "caption": "Poster"})
    assert list(errors) == ["alt_text"]
    assert "alternative text" in errors["alt_text"]
    assert "people who cannot see it" in errors["alt_text"]


def test_an_image_missing_both_picture_and_alt_text_reports_both(db):
    errors = errors_of(ImageBlock(), {"image": None, "alt_text": "", "caption": ""})
    assert set(errors) == {"image", "alt_text"}
    assert "alternative text" in errors["alt_text"]


def test_an_image_with_alt_text_is_accepted(image):
    block = ImageBlock()
    value = block.clean(block.to_python({"image": image.pk, "alt_text": "A hotline poster: call 527", "caption": ""}))
    assert value["image"] == image and value["alt_text"] == "A hotline poster: call 527"


def test_alt_text_is_limited_to_250_characters(image):
    errors = errors_of(ImageBlock(), {"image": image.pk, "alt_text": "a" * 251, "caption": ""})
    assert list(errors) == ["alt_text"]


@pytest.mark.parametrize("transcript", ["", " \n\t ", None])
def test_a_video_without_a_transcript_is_refused(video_embed, transcript):
    errors = errors_of(VideoBlock(), {"video": VIDEO_URL, "title": "Introduction", "transcript": transcript})
    assert list(errors) == ["transcript"]
    assert errors["transcript"].startswith("A video needs a text transcript")


def test_a_video_with_a_transcript_is_accepted(video_embed):
    block = VideoBlock()
    value = block.clean(block.to_python({"video": VIDEO_URL, "title": "Introduction", "transcript": "Hello."}))
    assert value["video"].url == VIDEO_URL and value["transcript"] == "Hello."


def test_a_video_needs_a_title(video_embed):
    errors = errors_of(VideoBlock(), {"video": VIDEO_URL, "title": "", "transcript": "Hello."})
    assert list(errors) == ["title"]


def test_a_case_study_needs_a_content_note_and_a_scenario(db):
    errors = errors_of(CaseStudyBlock(), {"title": "Taras", "content_note": " ", "scenario": "", "reflection": ""})
    assert set(errors) == {"content_note", "scenario"}
    assert "content note" in errors["content_note"]
    block = CaseStudyBlock()
    assert block.clean(
        block.to_python({"title": "Taras", "content_note": "Violence", "scenario": "Taras (a pseudonym)…"})
    )


def test_a_callout_kind_must_be_one_of_the_three(db):
    errors = errors_of(CalloutBlock(), {"kind": "script", "title": "Help", "text": "Call 527"})
    assert list(errors) == ["kind"]
    for kind in ("info", "warning", "hotline"):
        block = CalloutBlock()
        assert block.clean(block.to_python({"kind": kind, "title": "Help", "text": "Call 527"}))["kind"] == kind


def test_a_key_term_needs_its_definition(db):
    block = KeyTermsBlock()
    with pytest.raises(ListBlockValidationError):
        block.clean(block.to_python([{"term": "NRM", "definition": ""}]))
    assert block.clean(block.to_python([{"term": "NRM", "definition": "National Referral Mechanism"}]))


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "not a url"])
def test_a_source_address_must_be_a_web_address(db, url):
    block = SourcesBlock()
    with pytest.raises(ListBlockValidationError):
        block.clean(block.to_python([{"citation": "CETS No. 197", "url": url}]))
    assert block.clean(block.to_python([{"citation": "CETS No. 197", "url": ""}]))


# Definitions


def test_the_stream_offers_exactly_the_nine_blocks():
    assert list(BaseStreamBlock.base_blocks) == [
        "rich_text",
        "markdown",
        "image",
        "video",
        "case_study",
        "callout",
        "key_terms",
        "document",
        "sources",
    ]


@pytest.mark.parametrize("name", [name for name in BaseStreamBlock.base_blocks if name != "rich_text"])
def test_every_block_has_a_translatable_label_help_text_icon_and_template(name):
    block = BaseStreamBlock().child_blocks[name]
    assert isinstance(block.meta.label, Promise) and str(block.meta.label)
    assert block.meta.icon not in (None, "placeholder")
    assert block.meta.template == f"blocks/{name}.html"
    help_text = block.field.help_text if isinstance(block, MarkdownBlock) else block.meta.help_text
    assert isinstance(help_text, Promise) and len(str(help_text)) > 20


def test_markdown_help_tells_editors_what_is_supported():
    help_text = str(MarkdownBlock().field.help_text)
    for syntax in ("##", "**bold**", "*italic*", "[link text](https://", "|", "HTML"):
        assert syntax in help_text


def test_a_block_rendered_on_its_own_still_labels_its_section(video_embed):
    block = VideoBlock()
    html = block.render(block.to_python({"video": VIDEO_URL, "title": "Intro", "transcript": "Words"}))
    soup = BeautifulSoup(html, "html.parser")
    section = soup.find("section")
    assert soup.find(id=section["aria-labelledby"]).get_text() == "Intro"


# Rendering on a published page (the public surface)


def raw(block_type, value):
    """A stream child as stored (ids of images and documents, not objects)."""
    return {"type": block_type, "value": value}


def body(image, document):
    return [
        raw("markdown", "## Indicators\n\n**Document retention** and [IOM](https://ukraine.iom.int/)"),
        raw("image", {"image": image.pk, "alt_text": "A hotline poster: call 527", "caption": "Hotline poster"}),
        raw("video", {"video": VIDEO_URL, "title": "How the NRM works", "transcript": "**Olena:** we call first."}),
        raw(
            "case_study",
            {
                "title": "Taras",
                "content_note": "This case describes violence.",
                "scenario": "Taras (a pseudonym) *was promised* a job.",
                "reflection": "1. What indicators do you see?",
            },
        ),
        raw("case_study", {"title": "Olena", "content_note": "Coercion.", "scenario": "Olena…", "reflection": ""}),
        raw("callout", {"kind": "hotline", "title": "Need help now?", "text": "Call **527**, free."}),
        raw("callout", {"kind": "warning", "title": "Do not", "text": "Never confront a suspected trafficker."}),
        raw(
            "key_terms",
            [
                {"term": "NRM", "definition": "National Referral Mechanism.\nSecond line."},
                {"term": "Victim", "definition": "A person subjected to trafficking."},
            ],
        ),
        raw("document", {"document": document.pk, "title": ""}),
        raw("document", {"document": document.pk, "title": "Download the guide"}),
        raw(
            "sources",
            [
                {"citation": "CETS No. 197", "url": "https://www.coe.int/"},
                {"citation": "Law No. 3739-VI", "url": ""},
                {"citation": "Stored without validation", "url": f"javascript:{X}"},
            ],
        ),
    ]


@pytest.fixture
def rendered(client, site, image, video_embed, document):
    page = site["en"].add_child(instance=StandardPage(title="Blocks", slug="blocks", body=body(image, document)))
    publish(page)
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser").find("main")


def test_markdown_block_renders_sanitised_markdown(rendered):
    block = rendered.select_one("div.block-markdown")
    assert block.h2.get_text() == "Indicators"
    assert block.strong.get_text() == "Document retention"
    link = block.find("a")
    assert link["href"] == "https://ukraine.iom.int/" and link["rel"] == ["noopener", "noreferrer"]


def test_image_block_renders_a_figure_with_alt_text_sizes_and_caption(rendered):
    figure = rendered.select_one("figure.block-image")
    img = figure.img
    assert img["alt"] == "A hotline poster: call 527"
    assert ".width-960." in img["src"] and img["width"] == "960" and img["sizes"]
    assert [candidate.split()[1] for candidate in img["srcset"].split(", ")] == ["960w", "480w"]
    assert figure.figcaption.get_text() == "Hotline poster"


def test_video_block_links_to_the_video_and_shows_the_transcript_without_any_frame(rendered):
    assert rendered.find("iframe") is None and "player.vimeo.com" not in str(rendered)
    section = rendered.select_one("section.block-video")
    heading = section.find(id=section["aria-labelledby"])
    assert heading.name == "h2" and heading.get_text() == "How the NRM works"
    link = section.select_one(".video__link a")
    assert link["href"] == VIDEO_URL and link["rel"] == ["noopener", "noreferrer"] and not link.get("target")
    assert link.get_text() == "Watch the video (opens the provider's site)"
    transcript = section.find("details")
    assert transcript.has_attr("open") and transcript.summary.get_text() == "Transcript"
    assert transcript.strong.get_text() == "Olena:"


def test_case_study_shows_its_content_note_before_the_scenario(rendered):
    taras, olena = rendered.select("section.case-study")
    heading = taras.find(id=taras["aria-labelledby"])
    assert heading.get_text() == "Case study: Taras"
    note = heading.find_next_sibling()
    assert note.name == "p" and note["class"] == ["content-note"]
    assert note.strong.get_text() == "Content note:" and "This case describes violence." in note.get_text()
    assert taras.select_one(".case-study__scenario em").get_text() == "was promised"
    assert taras.select_one(".case-study__reflection h3").get_text() == "Questions for reflection"
    assert taras.select_one(".case-study__reflection ol li").get_text() == "What indicators do you see?"
    assert olena.select_one(".case-study__reflection") is None


def test_callout_is_a_labelled_aside_of_its_kind(rendered):
    hotline, warning = rendered.select("aside.callout")
    assert hotline["class"] == ["block", "callout", "callout--hotline"]
    assert hotline["aria-label"] == "Need help now?"
    assert hotline.select_one(".callout__kind").get_text() == "Hotline"
    assert hotline.select_one(".callout__title").get_text() == "Need help now?"
    assert hotline.strong.get_text() == "527"
    assert warning["class"] == ["block", "callout", "callout--warning"]
    assert warning.select_one(".callout__kind").get_text() == "Warning"


def test_key_terms_are_a_definition_list_under_a_heading(rendered):
    section = rendered.select_one("section.block-key-terms")
    assert section.find(id=section["aria-labelledby"]).get_text() == "Key terms"
    terms = section.select_one("dl.key-terms")
    assert [dt.get_text() for dt in terms.find_all("dt")] == ["NRM", "Victim"]
    assert str(terms.find("dd")) == "<dd>National Referral Mechanism.<br/>Second line.</dd>"


def test_document_block_is_a_download_link_with_type_and_size(rendered, document):
    default, titled = rendered.select("p.block-document a")
    assert default["href"] == document.url and default.has_attr("download")
    assert default.get_text(" ", strip=True).replace("\xa0", " ") == "Referral guide (PDF, 2.4 MB)"
    assert titled.get_text(" ", strip=True).startswith("Download the guide (PDF")


def test_sources_are_a_numbered_list_with_safe_links(rendered):
    section = rendered.select_one("section.sources")
    assert section.find(id=section["aria-labelledby"]).name == "h2"
    assert section.h2.get_text() == "Sources"
    items = section.ol.find_all("li")
    assert [item.get_text() for item in items] == ["CETS No. 197", "Law No. 3739-VI", "Stored without validation"]
    link = items[0].a
    assert link["href"] == "https://www.coe.int/" and link["rel"] == ["noopener", "noreferrer"]
    assert items[1].a is None
    assert items[2].a is None  # a javascript: address that bypassed validation is shown as text, never linked


def test_every_id_is_unique_and_every_label_points_at_one(rendered):
    ids = [element["id"] for element in rendered.find_all(id=True)]
    assert len(ids) == len(set(ids))
    for element in rendered.find_all(attrs={"aria-labelledby": True}):
        assert element["aria-labelledby"] in ids


def test_block_ids_are_stable_between_renders(client, site, image, video_embed, document):
    page = site["en"].add_child(instance=StandardPage(title="Blocks", slug="blocks", body=body(image, document)))
    publish(page)
    first = client.get(page.url).content
    assert client.get(page.url, {"again": 1}).content == first
    video_id = next(child.id for child in StandardPage.objects.get(pk=page.pk).body if child.block_type == "video")
    assert f'id="video-{video_id}"' in first.decode()


def test_every_text_field_of_every_block_is_escaped_or_sanitised(client, site, image, video_embed, document):
    attack = f'<script>{X}</script><img src=x onerror="{X}">'
    page = site["uk"].add_child(
        instance=StandardPage(
            title="Attack",
            slug="attack",
            body=[
                raw("markdown", attack),
                raw("image", {"image": image.pk, "alt_text": attack, "caption": attack}),
                raw("video", {"video": VIDEO_URL, "title": attack, "transcript": attack}),
                raw("case_study", {"title": attack, "content_note": attack, "scenario": attack, "reflection": attack}),
                raw("callout", {"kind": f'"><script>{X}</script>', "title": attack, "text": attack}),
                raw("key_terms", [{"term": attack, "definition": attack}]),
                raw("document", {"document": document.pk, "title": attack}),
                raw("sources", [{"citation": attack, "url": f'https://example.org/"><script>{X}</script>'}]),
            ],
        )
    )
    publish(page)
    main = BeautifulSoup(client.get(page.url).content.decode(), "html.parser").find("main")
    assert main.find("script") is None and main.find("iframe") is None
    assert all(not name.startswith("on") for element in main.find_all(True) for name in element.attrs)
    assert main.select_one("aside.callout")["class"] == ["block", "callout", "callout--info"]
    assert main.select_one("figure img")["alt"] == attack  # kept as text, in an attribute it cannot leave
    assert main.select_one("section.sources a")["href"] == 'https://example.org/"><script>window.__xss=1</script>'
