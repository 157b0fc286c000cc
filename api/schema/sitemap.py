"""`sitemap/`: every public page with its language versions."""

from rest_framework import serializers

from api.schema.lists import CountMetaSerializer


class AlternateSerializer(serializers.Serializer):
    locale = serializers.CharField(help_text="A language code, or x-default.")
    url = serializers.CharField()


class SitemapItemSerializer(serializers.Serializer):
    url = serializers.CharField()
    locale = serializers.CharField()
    lastmod = serializers.DateTimeField(allow_null=True)
    alternates = AlternateSerializer(many=True)


class SitemapSerializer(serializers.Serializer):
    meta = CountMetaSerializer()
    items = SitemapItemSerializer(many=True)
