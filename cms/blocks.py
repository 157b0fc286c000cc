"""StreamField blocks shared by every content page (articles, long reads, campaigns, petitions)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

# Inline formatting editors may use in body text; headings are blocks of their own.
RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section heading; the front-end builds anchors from it.")
        preview_value = {"text": "Что говорит закон", "level": "h2"}


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A pull quote with the name of who said it.")
        preview_value = {"quote": "Равенство начинается с закона.", "attribution": "ЦИПП"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=pgettext_lazy("image", "Caption"), required=False, max_length=300
    )
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=300,
        help_text=_(
            "Describe the image for readers who cannot see it. Leave empty to use the caption; "
            "with neither, the image is treated as decoration."
        ),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with caption and alternative text.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        description = _("A downloadable document such as a draft law or a report.")


class FactBoxBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    body = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Fact box")
        description = _("A highlighted box with key facts, set apart from the text.")
        preview_value = {
            "title": "Ключевые факты",
            "body": "<p>40 журналистов прошли обучение.</p>",
        }


class LegalReferenceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Act or document"), max_length=300)
    citation = blocks.CharBlock(
        label=_("Article, paragraph or note"), required=False, max_length=500
    )
    url = blocks.URLBlock(label=_("Link to the official text"), required=False)

    class Meta:
        icon = "link"
        label = _("Legal reference")


class LegalReferencesBlock(blocks.StructBlock):
    items = blocks.ListBlock(LegalReferenceBlock(), label=_("References"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Footnotes and legal references")
        description = _("Numbered references to laws, conventions and sources.")


class BodyBlock(blocks.StreamBlock):
    """The body of every article-like page."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow"
    )
    quote = QuoteBlock()
    image = ImageBlock()
    embed = EmbedBlock(label=_("Embedded media"), icon="media")
    document = DocumentBlock()
    table = TableBlock(label=_("Table"))
    fact_box = FactBoxBlock()
    legal_references = LegalReferencesBlock()


class ChapterBlock(blocks.StructBlock):
    """A long read's chapter: the API turns the titles into a table of contents."""

    title = blocks.CharBlock(label=_("Chapter title"), max_length=200)
    anchor = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        max_length=100,
        help_text=_("Latin letters, digits and hyphens. Leave empty to derive it from the title."),
    )
    body = BodyBlock(label=_("Chapter text"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Chapter")


class ActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Activity"), max_length=300)
    description = blocks.RichTextBlock(label=_("Description"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "list-ul"
        label = _("Activity")


class IndicatorBlock(blocks.StructBlock):
    """A measurable result of a campaign, e.g. "journalists trained: 40 of 40": typed in by
    editors, or computed from attendance at the campaign's events (events/indicators.py)."""

    MANUAL, COMPUTED = "manual", "computed"
    PEOPLE, ATTENDANCES, REGIONS = "people", "attendances", "regions"

    label = blocks.CharBlock(label=_("Indicator"), max_length=200)
    target = blocks.IntegerBlock(label=pgettext_lazy("indicator", "Target"), min_value=0)
    source = blocks.ChoiceBlock(
        label=pgettext_lazy("indicator", "Source"),
        choices=[
            (MANUAL, _("Typed in")),
            (COMPUTED, _("Computed from attendance at the campaign's events")),
        ],
        default=MANUAL,
    )
    achieved = blocks.IntegerBlock(
        label=_("Achieved"),
        min_value=0,
        required=False,
        help_text=_("Typed in only: leave empty while the result is not yet reported."),
    )
    measure = blocks.ChoiceBlock(
        label=_("Count"),
        choices=[
            (PEOPLE, _("Distinct people")),
            (ATTENDANCES, _("Attendances (a person at two events counts twice)")),
            (REGIONS, _("Regions covered")),
        ],
        default=PEOPLE,
        required=False,
        help_text=_("Computed only: who attended under each event's attendance rule."),
    )
    # A lazy model name: cms sits below the events app and never imports it.
    audiences = blocks.ListBlock(
        SnippetChooserBlock("events.AudienceCategory"),
        label=_("Audience categories"),
        default=[],
        help_text=_("Computed only: count attendees of these categories; none means everyone."),
    )

    class Meta:
        icon = "success"
        label = _("Indicator")
        preview_value = {"label": "Обучено журналистов", "target": 40, "achieved": 40}
