"""The contract: serializers that declare every response shape for the OpenAPI document.

Payloads are built by api/payloads.py; these classes only describe them (drf-spectacular turns
them into `frontend_contract/openapi.yaml`). Tests validate every response and every example
against the generated document, so the two cannot drift apart unnoticed.
"""

from drf_spectacular.utils import PolymorphicProxySerializer, extend_schema_field
from rest_framework import serializers

from api.page_types import TYPE_NAMES

# --- shared pieces --------------------------------------------------------------------------


# Named StateEnum in the OpenAPI document (SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"]).
PETITION_STATES = ["open", "closed", "delivered"]
# The types of the plain list card (PageSummaryTypeEnum); a petition's card has its own schema.
PLAIN_CARD_TYPES = [name for name in TYPE_NAMES if name != "petition"]
PETITION_TYPE = ["petition"]  # PetitionPageTypeEnum, of the page and of its card


class ProblemSerializer(serializers.Serializer):
    """RFC 9457 problem details."""

    type = serializers.CharField(help_text="A stable URN, e.g. urn:tendik:problem:not-found.")
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="Validation errors per parameter or field.",
    )

    class Meta:
        ref_name = "Problem"


class RenditionSerializer(serializers.Serializer):
    url = serializers.URLField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()

    class Meta:
        ref_name = "Rendition"


class RenditionsSerializer(serializers.Serializer):
    card = RenditionSerializer(help_text="640×360 crop for cards in listings.")
    wide = RenditionSerializer(help_text="Up to 1600 px wide, uncropped.")
    og = RenditionSerializer(help_text="1200×630 crop for Open Graph and link previews.")

    class Meta:
        ref_name = "Renditions"


class ImageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField(
        help_text="The media library's name for the file, in the language it was uploaded in. "
        "Not for readers: use `alt`."
    )
    alt = serializers.CharField(
        allow_blank=True,
        help_text="Alternative text in the page's language, written for this use of the image "
        "(a page's hero image, a body image block, an author's photo: the name, a partner's "
        'logo: the name). Empty means decoration (`alt=""`), as on list cards, where the '
        "page's title is beside the image.",
    )
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    renditions = RenditionsSerializer()

    class Meta:
        ref_name = "Image"


class DocumentSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.URLField()
    filename = serializers.CharField()
    extension = serializers.CharField(allow_blank=True)
    size = serializers.IntegerField(allow_null=True, help_text="Bytes, when known.")

    class Meta:
        ref_name = "Document"


class TopicRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.CharField()

    class Meta:
        ref_name = "TopicRef"


class PageLinkSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField(help_text="Front-end path, e.g. /kk/taldau/.")

    class Meta:
        ref_name = "PageLink"


class TranslationSerializer(serializers.Serializer):
    locale = serializers.CharField()
    id = serializers.IntegerField()
    url = serializers.CharField()
    title = serializers.CharField()
    outdated = serializers.BooleanField(
        help_text=(
            "True when the source page was published again after this translation was last "
            "synced and published: the website may warn readers that it lags behind."
        )
    )

    class Meta:
        ref_name = "Translation"


class MetaSerializer(serializers.Serializer):
    seo_title = serializers.CharField()
    search_description = serializers.CharField(allow_blank=True)
    social_image = RenditionSerializer(
        allow_null=True, help_text="The 1200×630 Open Graph rendition of the social image."
    )

    class Meta:
        ref_name = "PageMeta"


class PageSummarySerializer(serializers.Serializer):
    """A list card of any type but a petition."""

    id = serializers.IntegerField()
    type = serializers.ChoiceField(choices=PLAIN_CARD_TYPES)
    locale = serializers.CharField()
    title = serializers.CharField()
    slug = serializers.SlugField()
    url = serializers.CharField()
    summary = serializers.CharField(allow_blank=True)
    image = ImageSerializer(allow_null=True)
    first_published_at = serializers.DateTimeField(allow_null=True)
    publication_date = serializers.DateField(
        allow_null=True,
        help_text=(
            "The date to show on the card: the editor's publication date where the type has one "
            "(article, long read, video clip), else the day (Almaty) it was first published."
        ),
    )
    topics = TopicRefSerializer(many=True)

    class Meta:
        ref_name = "PageSummary"


class PetitionSummarySerializer(PageSummarySerializer):
    """A petition's list card: the page's figures as they are now, so a closed or delivered
    petition never looks open in a list."""

    type = serializers.ChoiceField(choices=PETITION_TYPE)
    goal = serializers.IntegerField()
    deadline = serializers.DateField(allow_null=True)
    state = serializers.ChoiceField(choices=PETITION_STATES)
    signature_count = serializers.IntegerField(
        help_text="As on the petition's page: confirmed signatures of all language versions "
        "plus paper ones."
    )
    percent = serializers.IntegerField(allow_null=True)
    is_open = serializers.BooleanField(help_text="Open and the deadline has not passed.")

    class Meta:
        ref_name = "PetitionSummary"


class ListMetaSerializer(serializers.Serializer):
    total_count = serializers.IntegerField()
    limit = serializers.IntegerField()
    offset = serializers.IntegerField()

    class Meta:
        ref_name = "ListMeta"


class PageListSerializer(serializers.Serializer):
    meta = ListMetaSerializer()
    items = PolymorphicProxySerializer(
        component_name="PageCard",
        serializers={
            name: PetitionSummarySerializer if name == "petition" else PageSummarySerializer
            for name in TYPE_NAMES
        },
        resource_type_field_name="type",
        many=True,
    )

    class Meta:
        ref_name = "PageList"


# --- StreamField blocks -----------------------------------------------------------------------


def block_item(name, value_field, description):
    """The serializer of one StreamField item `{type, id, value}` of block type `name`."""
    class_name = "".join(part.title() for part in name.split("_")) + "Block"
    attrs = {
        "type": serializers.ChoiceField(choices=[name]),
        "id": serializers.CharField(allow_null=True),
        "value": value_field,
        "Meta": type("Meta", (), {"ref_name": class_name}),
        "__doc__": description,
    }
    return type(class_name + "Serializer", (serializers.Serializer,), attrs)


class HeadingValue(serializers.Serializer):
    text = serializers.CharField()
    level = serializers.ChoiceField(choices=["h2", "h3"])

    class Meta:
        ref_name = "HeadingValue"


class QuoteValue(serializers.Serializer):
    quote = serializers.CharField()
    attribution = serializers.CharField(allow_blank=True)

    class Meta:
        ref_name = "QuoteValue"


class ImageBlockValue(serializers.Serializer):
    image = ImageSerializer()
    caption = serializers.CharField(allow_blank=True)
    alt = serializers.CharField(
        allow_blank=True,
        help_text="The block's alternative text, else its caption (both translated with the "
        "page), else empty: decoration. The same as `image.alt`.",
    )

    class Meta:
        ref_name = "ImageBlockValue"


class EmbedValue(serializers.Serializer):
    url = serializers.CharField()
    provider = serializers.ChoiceField(
        choices=["youtube", "vimeo"], allow_null=True, help_text="Null for other providers."
    )
    video_id = serializers.CharField(allow_null=True)

    class Meta:
        ref_name = "EmbedValue"


class DocumentBlockValue(serializers.Serializer):
    document = DocumentSerializer()
    title = serializers.CharField()

    class Meta:
        ref_name = "DocumentBlockValue"


class TableValue(serializers.Serializer):
    caption = serializers.CharField(allow_blank=True)
    first_row_is_header = serializers.BooleanField()
    first_col_is_header = serializers.BooleanField()
    rows = serializers.ListField(
        child=serializers.ListField(child=serializers.CharField(allow_blank=True)),
        help_text="Plain-text cells, row by row.",
    )

    class Meta:
        ref_name = "TableValue"


class FactBoxValue(serializers.Serializer):
    title = serializers.CharField()
    body = serializers.CharField(help_text="HTML.")

    class Meta:
        ref_name = "FactBoxValue"


class LegalReference(serializers.Serializer):
    title = serializers.CharField()
    citation = serializers.CharField(allow_blank=True)
    url = serializers.URLField(allow_null=True)

    class Meta:
        ref_name = "LegalReference"


class LegalReferencesValue(serializers.Serializer):
    items = LegalReference(many=True)

    class Meta:
        ref_name = "LegalReferencesValue"


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


class ChapterSerializer(serializers.Serializer):
    title = serializers.CharField()
    anchor = serializers.CharField()
    body = body_field()

    class Meta:
        ref_name = "Chapter"


class TocEntrySerializer(serializers.Serializer):
    title = serializers.CharField()
    anchor = serializers.CharField()

    class Meta:
        ref_name = "TableOfContentsEntry"


class ActivityValue(serializers.Serializer):
    title = serializers.CharField()
    description = serializers.CharField(help_text="HTML.")

    class Meta:
        ref_name = "ActivityValue"


ActivityBlockSerializer = block_item("activity", ActivityValue(), "A campaign activity.")


class IndicatorSerializer(serializers.Serializer):
    label = serializers.CharField()
    target = serializers.IntegerField()
    achieved = serializers.IntegerField(allow_null=True)
    percent = serializers.IntegerField(
        allow_null=True, help_text="achieved / target × 100, rounded; null until reported."
    )

    class Meta:
        ref_name = "Indicator"


# --- full pages -------------------------------------------------------------------------------


class PageBaseSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    locale = serializers.CharField()
    url = serializers.CharField(help_text="Front-end path, starting with the language.")
    title = serializers.CharField()
    slug = serializers.SlugField()
    first_published_at = serializers.DateTimeField(allow_null=True)
    last_published_at = serializers.DateTimeField(allow_null=True)
    meta = MetaSerializer()
    translations = TranslationSerializer(
        many=True,
        help_text="Every published language version, this one included: build hreflang from it.",
    )
    breadcrumbs = PageLinkSerializer(many=True, help_text="Published ancestors, home first.")


class ContentFieldsSerializer(PageBaseSerializer):
    summary = serializers.CharField(allow_blank=True)
    image = ImageSerializer(allow_null=True)
    topics = TopicRefSerializer(many=True)
    reading_time_minutes = serializers.IntegerField()
    word_count = serializers.IntegerField()


class CampaignContentFieldsSerializer(ContentFieldsSerializer):
    campaign = PageLinkSerializer(
        allow_null=True, help_text="In the reader's language where translated."
    )


class AuthorSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    role = serializers.CharField(allow_blank=True)
    photo = ImageSerializer(allow_null=True)

    class Meta:
        ref_name = "Author"


class HomePageSerializer(PageBaseSerializer):
    type = serializers.ChoiceField(choices=["home"])
    intro = serializers.CharField(allow_blank=True, help_text="HTML.")

    class Meta:
        ref_name = "HomePage"


class IndexPageSerializer(PageBaseSerializer):
    type = serializers.ChoiceField(choices=["index"])
    intro = serializers.CharField(allow_blank=True, help_text="HTML.")
    lists_types = serializers.ListField(
        child=serializers.ChoiceField(choices=TYPE_NAMES),
        help_text="The page types this section lists: query /api/v1/pages/?type=… for them.",
    )

    class Meta:
        ref_name = "IndexPage"


class ArticlePageSerializer(CampaignContentFieldsSerializer):
    type = serializers.ChoiceField(choices=["article"])
    authors = AuthorSerializer(many=True)
    publication_date = serializers.DateField()
    body = body_field()

    class Meta:
        ref_name = "ArticlePage"


class LongReadPageSerializer(CampaignContentFieldsSerializer):
    type = serializers.ChoiceField(choices=["long_read"])
    authors = AuthorSerializer(many=True)
    publication_date = serializers.DateField()
    table_of_contents = TocEntrySerializer(many=True)
    chapters = ChapterSerializer(many=True)

    class Meta:
        ref_name = "LongReadPage"


class VideoSerializer(serializers.Serializer):
    provider = serializers.ChoiceField(choices=["youtube", "vimeo", "file"])
    video_id = serializers.CharField(allow_null=True)
    canonical_url = serializers.URLField(allow_null=True)
    file = DocumentSerializer(allow_null=True, help_text="The uploaded file, if any.")

    class Meta:
        ref_name = "Video"


class CaptionSerializer(serializers.Serializer):
    locale = serializers.CharField()
    url = serializers.URLField(help_text="A WebVTT file.")

    class Meta:
        ref_name = "CaptionTrack"


class VideoClipPageSerializer(CampaignContentFieldsSerializer):
    type = serializers.ChoiceField(choices=["video_clip"])
    publication_date = serializers.DateField()
    video = VideoSerializer()
    duration_seconds = serializers.IntegerField(allow_null=True)
    thumbnail = ImageSerializer(allow_null=True)
    transcript = serializers.CharField(allow_blank=True, help_text="HTML.")
    captions = CaptionSerializer(many=True)

    class Meta:
        ref_name = "VideoClipPage"


class PeriodSerializer(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField(allow_null=True)

    class Meta:
        ref_name = "Period"


class OrganisationSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()
    url = serializers.URLField(allow_null=True)
    logo = ImageSerializer(allow_null=True)

    class Meta:
        ref_name = "Organisation"


class CampaignRelatedSerializer(serializers.Serializer):
    articles = PageSummarySerializer(many=True, help_text="Articles and long reads.")
    videos = PageSummarySerializer(many=True)
    petitions = PetitionSummarySerializer(many=True)

    class Meta:
        ref_name = "CampaignRelated"


class CampaignPageSerializer(ContentFieldsSerializer):
    type = serializers.ChoiceField(choices=["campaign"])
    period = PeriodSerializer()
    goals = serializers.CharField(allow_blank=True, help_text="HTML.")
    problems = serializers.CharField(allow_blank=True, help_text="HTML.")
    activities = ActivityBlockSerializer(many=True)
    indicators = IndicatorSerializer(many=True)
    body = body_field()
    donors = OrganisationSerializer(many=True)
    partners = OrganisationSerializer(many=True)
    related = CampaignRelatedSerializer(
        help_text="The campaign's published pages in the same language, newest first."
    )

    class Meta:
        ref_name = "CampaignPage"


class PetitionPageSerializer(CampaignContentFieldsSerializer):
    type = serializers.ChoiceField(choices=["petition"])
    addressee = serializers.CharField()
    demand = serializers.CharField(help_text="HTML.")
    body = body_field()
    goal = serializers.IntegerField()
    signature_count = serializers.IntegerField(
        help_text=(
            "Confirmed signatures of all language versions plus paper signatures; "
            "signatures editors invalidated do not count."
        )
    )
    percent = serializers.IntegerField(allow_null=True)
    deadline = serializers.DateField(allow_null=True)
    state = serializers.ChoiceField(choices=PETITION_STATES)
    is_open = serializers.BooleanField(help_text="Open and the deadline has not passed.")
    consent_text = serializers.CharField()

    class Meta:
        ref_name = "PetitionPage"


class StandardPageSerializer(ContentFieldsSerializer):
    type = serializers.ChoiceField(choices=["standard"])
    body = body_field()

    class Meta:
        ref_name = "StandardPage"


PAGE_SERIALIZERS = {
    "home": HomePageSerializer,
    "index": IndexPageSerializer,
    "article": ArticlePageSerializer,
    "long_read": LongReadPageSerializer,
    "video_clip": VideoClipPageSerializer,
    "campaign": CampaignPageSerializer,
    "petition": PetitionPageSerializer,
    "standard": StandardPageSerializer,
}

PageSerializer = PolymorphicProxySerializer(
    component_name="Page", serializers=PAGE_SERIALIZERS, resource_type_field_name="type"
)


class RedirectSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["redirect"])
    path = serializers.CharField(help_text="The path asked for.")
    location = serializers.CharField(help_text="Where it moved: a front-end path or a URL.")
    permanent = serializers.BooleanField()

    class Meta:
        ref_name = "Redirect"


FindResultSerializer = PolymorphicProxySerializer(
    component_name="FindResult",
    serializers={**PAGE_SERIALIZERS, "redirect": RedirectSerializer},
    resource_type_field_name="type",
)

# --- topics, navigation, sitemap ---------------------------------------------------------------


class TopicSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.CharField()
    locale = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    page_count = serializers.IntegerField(help_text="Published pages on this topic.")

    class Meta:
        ref_name = "Topic"


class CountMetaSerializer(serializers.Serializer):
    total_count = serializers.IntegerField()

    class Meta:
        ref_name = "CountMeta"


class TopicListSerializer(serializers.Serializer):
    meta = CountMetaSerializer()
    items = TopicSerializer(many=True)

    class Meta:
        ref_name = "TopicList"


class SigningAcceptedSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["pending"])
    detail = serializers.CharField()

    class Meta:
        ref_name = "SigningAccepted"


class SigningStateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["confirmed", "withdrawn"])

    class Meta:
        ref_name = "SigningState"


class RegionNamesSerializer(serializers.Serializer):
    ru = serializers.CharField()
    kk = serializers.CharField()
    en = serializers.CharField()

    class Meta:
        ref_name = "RegionNames"


class RegionSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="What a signature's `region` holds.")
    name = serializers.CharField(help_text="The name in the requested language.")
    names = RegionNamesSerializer()
    kind = serializers.ChoiceField(choices=["city", "region", "outside"])

    class Meta:
        ref_name = "Region"


class RegionListSerializer(serializers.Serializer):
    locale = serializers.CharField()
    items = RegionSerializer(many=True)

    class Meta:
        ref_name = "RegionList"


@extend_schema_field({"type": "array", "items": {"$ref": "#/components/schemas/NavigationItem"}})
class NavigationChildrenField(serializers.ListField):
    pass


class NavigationItemSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    type = serializers.ChoiceField(choices=TYPE_NAMES)
    title = serializers.CharField()
    url = serializers.CharField()
    children = NavigationChildrenField()

    class Meta:
        ref_name = "NavigationItem"


class FooterLinkSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    type = serializers.ChoiceField(choices=TYPE_NAMES)
    title = serializers.CharField()
    url = serializers.CharField()

    class Meta:
        ref_name = "FooterLink"


class NavigationSerializer(serializers.Serializer):
    locale = serializers.CharField()
    items = NavigationItemSerializer(many=True, help_text="The home page, with the menu below it.")
    footer = FooterLinkSerializer(
        many=True,
        help_text=(
            "The standard pages right below the home page (about us, contacts, privacy "
            "policy), in the tree's order: the site's footer."
        ),
    )

    class Meta:
        ref_name = "Navigation"


class AlternateSerializer(serializers.Serializer):
    locale = serializers.CharField(help_text="A language code, or x-default.")
    url = serializers.CharField()

    class Meta:
        ref_name = "Alternate"


class SitemapItemSerializer(serializers.Serializer):
    url = serializers.CharField()
    locale = serializers.CharField()
    lastmod = serializers.DateTimeField(allow_null=True)
    alternates = AlternateSerializer(many=True)

    class Meta:
        ref_name = "SitemapItem"


class SitemapSerializer(serializers.Serializer):
    meta = CountMetaSerializer()
    items = SitemapItemSerializer(many=True)

    class Meta:
        ref_name = "Sitemap"


def public_api_only(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: the contract covers /api/v1/, not Wagtail's admin API."""
    return [
        endpoint
        for endpoint in endpoints
        if endpoint[0].startswith("/api/v1/") and not endpoint[0].startswith("/api/v1/schema")
    ]
