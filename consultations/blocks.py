"""A draft act as structured data: sections → articles → parts.

Each is a StreamField child, so it has a block id that wagtail-localize keeps when the text is
translated: article 5 of the Kazakh text is the same object (the same id) as article 5 of the
Russian one, and whatever is said about it (counts, proposals) belongs to both.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks


class PartBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=pgettext_lazy("part of an article", "Number"),
        max_length=16,
        required=False,
        help_text=_("As printed: 1, 2), 3-1."),
    )
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "list-ol"
        label = pgettext_lazy("of an article", "Part")


class ArticleBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=pgettext_lazy("article of a law", "Number"), max_length=16, help_text=_("5, 5-1.")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=500, required=False)
    parts = blocks.StreamBlock([("part", PartBlock())], label=_("Parts"), required=False)
    # The synthesis, written once contributions are in: translated with the text.
    heard = blocks.TextBlock(
        label=_("What we heard"),
        required=False,
        # Texts saved before the synthesis existed lack it: "" (not None) for wagtail-localize.
        default="",
        help_text=_("A summary of the contributions on this article."),
    )
    did = blocks.TextBlock(
        label=_("What we did"),
        required=False,
        default="",
        help_text=_("How the NGO's proposals on this article answer them."),
    )

    class Meta:
        icon = "doc-full"
        label = pgettext_lazy("of a law", "Article")


class SectionBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=pgettext_lazy("chapter of a law", "Number"), max_length=16, required=False
    )
    title = blocks.CharBlock(label=_("Title"), max_length=500, required=False)
    articles = blocks.StreamBlock([("article", ArticleBlock())], label=_("Articles"))

    class Meta:
        icon = "folder-open-inverse"
        label = pgettext_lazy("of a law", "Chapter")
