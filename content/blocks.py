"""The content blocks shared by every page type (one library, reused everywhere).

Markdown and every other text an editor writes is rendered through ``content.markdown.render_markdown``, the one
sanitising renderer.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .markdown import render_markdown

MARKDOWN_HELP = _("Markdown: ## headings, **bold**, *italic*, lists, [links](https://…), tables. No HTML.")


class MarkdownBlock(blocks.TextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("help_text", MARKDOWN_HELP)
        super().__init__(**kwargs)

    def render_basic(self, value, context=None):
        return render_markdown(value)

    class Meta:
        icon = "doc-full"
        label = _("Markdown")
        template = "blocks/markdown.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    def clean(self, value):
        errors = {}
        if not (value.get("alt_text") or "").strip():
            errors["alt_text"] = _("An image needs alternative text for people who cannot see it.")
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return super().clean(value)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video address"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = MarkdownBlock(label=_("Transcript"), help_text=_("The full text of the video, for everyone."))

    def clean(self, value):
        if not (value.get("transcript") or "").strip():
            raise StructBlockValidationError(
                block_errors={"transcript": _("A video needs a text transcript, for people who cannot watch it.")}
            )
        return super().clean(value)

    class Meta:
        icon = "media"
        label = _("Video with transcript")
        template = "blocks/video.html"


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    content_note = blocks.CharBlock(
        label=_("Content note"),
        max_length=300,
        help_text=_("What the case describes, e.g. violence. Never name real people: use pseudonyms."),
    )
    scenario = MarkdownBlock(label=_("Scenario"))
    reflection = MarkdownBlock(label=_("Questions for reflection"), required=False)

    class Meta:
        icon = "user"
        label = _("Case study")
        template = "blocks/case_study.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("warning", _("Warning")), ("hotline", _("Hotline"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = MarkdownBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout.html"


class KeyTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=150)
    definition = blocks.TextBlock(label=_("Definition"))


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False, help_text=_("Empty: the document's title."))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document download")
        template = "blocks/document.html"


class SourceBlock(blocks.StructBlock):
    citation = blocks.CharBlock(label=_("Citation"), max_length=400)
    url = blocks.URLBlock(label=_("Address"), required=False)


class BaseStreamBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        label=_("Rich text"),
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        template="blocks/rich_text.html",
    )
    markdown = MarkdownBlock()
    image = ImageBlock()
    video = VideoBlock()
    case_study = CaseStudyBlock()
    callout = CalloutBlock()
    key_terms = blocks.ListBlock(KeyTermBlock(), label=_("Key terms"), icon="list-ul", template="blocks/key_terms.html")
    document = DocumentBlock()
    sources = blocks.ListBlock(SourceBlock(), label=_("Sources"), icon="link", template="blocks/sources.html")
