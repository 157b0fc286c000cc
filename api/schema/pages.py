"""The fields every page has (api/payloads/pages.py), and the redirect `pages/find/` may answer
instead of a page."""

from rest_framework import serializers

from api.schema.media import ImageSerializer, RenditionSerializer
from api.schema.topics import TopicRefSerializer


class PageLinkSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField(help_text="Front-end path, e.g. /kk/taldau/.")


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


class MetaSerializer(serializers.Serializer):
    seo_title = serializers.CharField()
    search_description = serializers.CharField(allow_blank=True)
    social_image = RenditionSerializer(
        allow_null=True, help_text="The 1200×630 Open Graph rendition of the social image."
    )

    class Meta:
        ref_name = "PageMeta"


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


class OrganisationSerializer(serializers.Serializer):
    """A donor or partner (cms.Partner)."""

    id = serializers.IntegerField()
    name = serializers.CharField()
    url = serializers.URLField(allow_null=True)
    logo = ImageSerializer(allow_null=True)


class RedirectSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["redirect"])
    path = serializers.CharField(help_text="The path asked for.")
    location = serializers.CharField(help_text="Where it moved: a front-end path or a URL.")
    permanent = serializers.BooleanField()
