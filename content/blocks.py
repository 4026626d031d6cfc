"""The content blocks shared by every page type (one library, reused everywhere)."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class BaseStreamBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        label=_("Rich text"),
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        template="blocks/rich_text.html",
    )
