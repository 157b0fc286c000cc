"""StreamField blocks, one item schema per block type (api/payloads/blocks.py)."""

from drf_spectacular.utils import PolymorphicProxySerializer
from rest_framework import serializers

from api.schema.enums import INDICATOR_MEASURES, INDICATOR_SOURCES
from api.schema.media import DocumentSerializer, ImageSerializer


def block_item(name, value_field, description):
    """The serializer of one StreamField item `{type, id, value}` of block type `name`."""
    class_name = "".join(part.title() for part in name.split("_")) + "Block"
    attrs = {
        "type": serializers.ChoiceField(choices=[name]),
        "id": serializers.CharField(allow_null=True),
        "value": value_field,
        "__doc__": description,
    }
    return type(class_name + "Serializer", (serializers.Serializer,), attrs)


class HeadingValue(serializers.Serializer):
    text = serializers.CharField()
    level = serializers.ChoiceField(choices=["h2", "h3"])


class QuoteValue(serializers.Serializer):
    quote = serializers.CharField()
    attribution = serializers.CharField(allow_blank=True)


class ImageBlockValue(serializers.Serializer):
    image = ImageSerializer()
    caption = serializers.CharField(allow_blank=True)
    alt = serializers.CharField(
        allow_blank=True,
        help_text="The block's alternative text, else its caption (both translated with the "
        "page), else empty: decoration. The same as `image.alt`.",
    )


class EmbedValue(serializers.Serializer):
    url = serializers.CharField()
    provider = serializers.ChoiceField(
        choices=["youtube", "vimeo"], allow_null=True, help_text="Null for other providers."
    )
    video_id = serializers.CharField(allow_null=True)


class DocumentBlockValue(serializers.Serializer):
    document = DocumentSerializer()
    title = serializers.CharField()


class TableValue(serializers.Serializer):
    caption = serializers.CharField(allow_blank=True)
    first_row_is_header = serializers.BooleanField()
    first_col_is_header = serializers.BooleanField()
    rows = serializers.ListField(
        child=serializers.ListField(child=serializers.CharField(allow_blank=True)),
        help_text="Plain-text cells, row by row.",
    )


class FactBoxValue(serializers.Serializer):
    title = serializers.CharField()
    body = serializers.CharField(help_text="HTML.")


class LegalReference(serializers.Serializer):
    title = serializers.CharField()
    citation = serializers.CharField(allow_blank=True)
    url = serializers.URLField(allow_null=True)


class LegalReferencesValue(serializers.Serializer):
    items = LegalReference(many=True)


BODY_BLOCKS = {
    "heading": block_item("heading", HeadingValue(), "A section heading."),
    "paragraph": block_item(
        "paragraph",
        serializers.CharField(help_text="HTML with links rewritten to front-end paths."),
        "Rich text.",
    ),
    "quote": block_item("quote", QuoteValue(), "A pull quote."),
    "image": block_item("image", ImageBlockValue(), "An image with caption."),
    "embed": block_item("embed", EmbedValue(), "An embedded video or post, by URL."),
    "document": block_item("document", DocumentBlockValue(), "A downloadable document."),
    "table": block_item("table", TableValue(), "A table of plain-text cells."),
    "fact_box": block_item("fact_box", FactBoxValue(), "A box of key facts."),
    "legal_references": block_item(
        "legal_references", LegalReferencesValue(), "Footnotes and legal references."
    ),
}


def body_field(**kwargs):
    return PolymorphicProxySerializer(
        component_name="BodyBlock",
        serializers=BODY_BLOCKS,
        resource_type_field_name="type",
        many=True,
        **kwargs,
    )


class ActivityValue(serializers.Serializer):
    title = serializers.CharField()
    description = serializers.CharField(help_text="HTML.")


ActivityBlockSerializer = block_item("activity", ActivityValue(), "A campaign activity.")


class IndicatorAudienceSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField(help_text="In the page's language.")


class EvidenceEventSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField(help_text="Front-end path.")


class EvidenceRegionSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="A code of /api/v1/regions/.")
    name = serializers.CharField(help_text="In the page's language.")


class EvidenceSerializer(serializers.Serializer):
    event = EvidenceEventSerializer(
        allow_null=True,
        help_text=(
            "In the page's language where published in it, else in another; null for an event "
            "that is not public (its attendance still counts)."
        ),
    )
    starts_at = serializers.DateTimeField()
    ends_at = serializers.DateTimeField()
    region = EvidenceRegionSerializer(allow_null=True)
    count = serializers.IntegerField(help_text="What the indicator counts, at this event alone.")


class IndicatorSerializer(serializers.Serializer):
    label = serializers.CharField()
    target = serializers.IntegerField()
    achieved = serializers.IntegerField(
        allow_null=True, help_text="Null for a typed-in indicator not yet reported."
    )
    percent = serializers.IntegerField(
        allow_null=True, help_text="achieved / target × 100, rounded; null until reported."
    )
    source = serializers.ChoiceField(
        choices=INDICATOR_SOURCES,
        help_text=(
            "manual: typed in by editors; computed: from attendance at the campaign's events, "
            "current on every request (the campaign's ETag moves with check-ins)."
        ),
    )
    measure = serializers.ChoiceField(
        choices=INDICATOR_MEASURES,
        allow_null=True,
        help_text=(
            "Computed only: distinct people, attendances (one per person per event), or "
            "regions covered. Who attended follows each event's attendance rule."
        ),
    )
    audiences = IndicatorAudienceSerializer(
        many=True, help_text="Computed only: the audience categories counted; empty: everyone."
    )
    reached_on = serializers.DateField(
        allow_null=True,
        help_text="Computed only: the last day of the event at which the target was met.",
    )
    evidence = EvidenceSerializer(
        many=True, help_text="Computed only: the campaign's events, oldest first."
    )
