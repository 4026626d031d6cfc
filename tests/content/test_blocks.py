import pytest

from wagtail.blocks import StructBlockValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from content.blocks import BaseStreamBlock, ImageBlock, VideoBlock
from content.models import StandardPage
from tests.factories import publish


def test_an_image_without_alt_text_is_refused(db):
    image = Image.objects.create(title="x", file=get_test_image_file())
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as refusal:
        block.clean(block.to_python({"image": image.pk, "alt_text": "  ", "caption": ""}))
    assert "alt_text" in refusal.value.block_errors
    assert block.clean(block.to_python({"image": image.pk, "alt_text": "A hotline poster", "caption": ""}))


def test_a_video_without_a_transcript_is_refused(db):
    block = VideoBlock()
    value = block.to_python({"video": "https://www.youtube.com/watch?v=abc", "title": "Intro", "transcript": " "})
    with pytest.raises(StructBlockValidationError) as refusal:
        block.clean(value)
    assert "transcript" in refusal.value.block_errors


def test_blocks_render_on_a_page_with_their_markup(client, site, db):
    image = Image.objects.create(title="poster", file=get_test_image_file())
    page = site["uk"].add_child(
        instance=StandardPage(
            title="Блоки",
            slug="blocks",
            body=[
                {"type": "markdown", "value": "## Заголовок\n\n**жирний**"},
                {"type": "image", "value": {"image": image.pk, "alt_text": "Плакат гарячої лінії", "caption": "527"}},
                {"type": "video", "value": {"video": "https://vimeo.com/1", "title": "Відео", "transcript": "Текст"}},
                {
                    "type": "case_study",
                    "value": {
                        "title": "Тарас",
                        "content_note": "Насильство",
                        "scenario": "Ім'я змінено.",
                        "reflection": "",
                    },
                },
                {"type": "callout", "value": {"kind": "hotline", "title": "Гаряча лінія", "text": "Дзвоніть 527"}},
                {"type": "key_terms", "value": [{"term": "Виявлення", "definition": "identification"}]},
                {"type": "sources", "value": [{"citation": "CETS No. 197", "url": "https://www.coe.int/"}]},
            ],
        )
    )
    publish(page)
    html = client.get("/uk/blocks/").content.decode()
    assert "<h2>Заголовок</h2>" in html and "<strong>жирний</strong>" in html
    assert 'alt="Плакат гарячої лінії"' in html and "<figcaption>527</figcaption>" in html
    assert "<iframe" not in html and 'href="https://vimeo.com/1"' in html and "Текст" in html
    assert 'class="content-note"' in html and "Насильство" in html
    assert "callout--hotline" in html and "<dt>Виявлення</dt>" in html
    assert '<a href="https://www.coe.int/" rel="noopener noreferrer">CETS No. 197</a>' in html


def test_unknown_block_names_are_not_silently_accepted():
    assert set(BaseStreamBlock.base_blocks) == {
        "rich_text",
        "markdown",
        "image",
        "video",
        "case_study",
        "callout",
        "key_terms",
        "document",
        "sources",
    }
