"""The content blocks shared by every page type (one library, reused everywhere).

Every piece of Markdown in a block is rendered through ``content.markdown.render_markdown``, the one sanitising
renderer (templates use its ``md`` filter). Links stored outside Markdown (sources, videos) pass ``safe_link``, so a
value written by an import or a script, without the admin's validation, still cannot carry a ``javascript:`` URL.
"""

import uuid

from django.core.exceptions import ValidationError
from django.utils.html import format_html_join
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from .markdown import render_markdown, safe_link

MARKDOWN_HELP = _(
    "Markdown: ## heading, ### subheading, **bold**, *italic*, lines starting with - or 1. for lists, "
    "[link text](https://…), > quote, tables with | columns |, *[NRM]: National Referral Mechanism for an "
    "abbreviation. HTML is shown as plain text. For pictures, use the image block."
)


class IdentifiedBlockMixin:
    """Gives the template a ``block_id`` unique on the page, for ``id`` and ``aria-labelledby``.

    It is the StreamField child's own id when ``BaseStreamBlock`` renders the block (stable across renders), else a
    random one (a block rendered on its own, e.g. in a preview).
    """

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["block_id"] = (parent_context or {}).get("block_id") or uuid.uuid4().hex
        return context


class RequiredTextStructBlock(IdentifiedBlockMixin, blocks.StructBlock):
    """A StructBlock whose ``required_texts`` (field name → message) refuse blank or whitespace-only text with a
    message saying why the field matters, instead of the generic "This field is required."."""

    required_texts = {}

    def clean(self, value):
        ours = {
            name: ValidationError(message, code="required")
            for name, message in self.required_texts.items()
            if not str(value.get(name) or "").strip()
        }
        try:
            cleaned = super().clean(value)
        except StructBlockValidationError as error:
            raise StructBlockValidationError(
                block_errors={**error.block_errors, **ours}, non_block_errors=error.non_block_errors
            ) from error
        if ours:
            raise StructBlockValidationError(block_errors=ours)
        return cleaned


class MarkdownBlock(blocks.TextBlock):
    """Markdown, stored exactly as the editor wrote it and rendered through ``render_markdown``.

    A field block shows its form field's help text, so the Markdown help goes there (not in Meta); a caller passing
    its own ``help_text`` gets the Markdown help appended.
    """

    def __init__(self, required=True, help_text=None, rows=5, **kwargs):
        help_text = format_lazy("{} {}", help_text, MARKDOWN_HELP) if help_text else MARKDOWN_HELP
        super().__init__(required=required, help_text=help_text, rows=rows, **kwargs)

    def render_basic(self, value, context=None):
        return render_markdown(value)

    class Meta:
        icon = "doc-full"
        label = _("Markdown text")
        template = "blocks/markdown.html"


class ImageBlock(RequiredTextStructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    required_texts = {"alt_text": _("An image needs alternative text for people who cannot see it.")}

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        help_text = _("A picture with a description for screen readers and an optional caption.")


class VideoValue(blocks.StructValue):
    def link(self):
        """The video's page on its provider's site, only if it is an http(s) address."""
        video = self.get("video")
        return safe_link(video.url if video else "")


class VideoBlock(RequiredTextStructBlock):
    video = EmbedBlock(
        label=_("Video address"),
        help_text=_("The address of the video's page, e.g. on YouTube or Vimeo."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = MarkdownBlock(
        label=_("Transcript"),
        help_text=_("Everything said and shown in the video, for people who cannot watch or hear it."),
    )

    required_texts = {"transcript": _("A video needs a text transcript, for people who cannot watch or hear it.")}

    class Meta:
        icon = "media"
        label = _("Video with transcript")
        template = "blocks/video.html"
        value_class = VideoValue
        help_text = _(
            "Learners get a link to the video on its provider's site and the full transcript on the page. "
            "The video is not embedded: the site loads nothing from other websites."
        )


class CaseStudyBlock(RequiredTextStructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    content_note = blocks.CharBlock(
        label=_("Content note"),
        max_length=300,
        help_text=_("What the case describes, e.g. violence. Never name real people: use pseudonyms."),
    )
    scenario = MarkdownBlock(
        label=_("Scenario"),
        help_text=_("Never name real people or give details that identify them: use pseudonyms."),
    )
    reflection = MarkdownBlock(label=_("Questions for reflection"), required=False)

    required_texts = {"content_note": _("A case study needs a content note, so learners know what it describes.")}

    class Meta:
        icon = "user"
        label = _("Case study")
        template = "blocks/case_study.html"
        help_text = _(
            "A realistic case with a content note. Write without naming real people: use pseudonyms and change "
            "identifying details."
        )


CALLOUT_KINDS = [("info", _("Information")), ("warning", _("Warning")), ("hotline", _("Hotline"))]


class CalloutValue(blocks.StructValue):
    def kind_name(self):
        """The kind, for the CSS class: one of CALLOUT_KINDS whatever was stored."""
        kind = self.get("kind")
        return kind if kind in dict(CALLOUT_KINDS) else "info"

    def kind_label(self):
        return dict(CALLOUT_KINDS)[self.kind_name()]


class CalloutBlock(IdentifiedBlockMixin, blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=CALLOUT_KINDS, default="info")
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = MarkdownBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "blocks/callout.html"
        value_class = CalloutValue
        help_text = _("A short boxed note: information, a warning, or where to get help.")


class KeyTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Term"), max_length=150)
    definition = blocks.TextBlock(label=_("Definition"))

    class Meta:
        icon = "list-ul"
        label = _("Key term")


class KeyTermsBlock(IdentifiedBlockMixin, blocks.ListBlock):
    # No child-block argument: the child is fixed, so the block deconstructs (for migrations) to a bare call.
    def __init__(self, **kwargs):
        super().__init__(KeyTermBlock(), **kwargs)

    class Meta:
        icon = "list-ul"
        label = _("Key terms")
        template = "blocks/key_terms.html"
        help_text = _("Terms and their definitions, shown as a glossary under the heading “Key terms”.")


class DocumentValue(blocks.StructValue):
    def link_text(self):
        document = self.get("document")
        return self.get("title") or (document.title if document else "")

    def file_type(self):
        document = self.get("document")
        return document.file_extension.upper() if document else ""


class DocumentBlock(IdentifiedBlockMixin, blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False, help_text=_("Empty: the document's title."))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document download")
        template = "blocks/document.html"
        value_class = DocumentValue
        help_text = _("A file to download, e.g. a guide or a form; its type and size are shown with the link.")


class SourceValue(blocks.StructValue):
    def link(self):
        return safe_link(self.get("url"))


class SourceBlock(blocks.StructBlock):
    citation = blocks.CharBlock(label=_("Citation"), max_length=400)
    url = blocks.URLBlock(label=_("Address"), required=False, help_text=_("Optional: where to read it online."))

    class Meta:
        icon = "link"
        label = _("Source")
        value_class = SourceValue


class SourcesBlock(IdentifiedBlockMixin, blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(SourceBlock(), **kwargs)

    class Meta:
        icon = "link"
        label = _("Sources")
        template = "blocks/sources.html"
        help_text = _("The laws, studies and guidance the page relies on, as a numbered list.")


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
    key_terms = KeyTermsBlock()
    document = DocumentBlock()
    sources = SourcesBlock()

    def render_basic(self, value, context=None):
        # Wagtail's own markup, plus each child's stable id in its context (see IdentifiedBlockMixin).
        return format_html_join(
            "\n",
            '<div class="w-block-{1} block-{1}">{0}</div>',
            [
                (child.block.render(child.value, context={**(context or {}), "block_id": child.id}), child.block_type)
                for child in value
            ],
        )
