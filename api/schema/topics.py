"""Topics: a page's topic references and `topics/`."""

from rest_framework import serializers

from api.schema.lists import CountMetaSerializer


class TopicRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.CharField()


class TopicSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.CharField()
    locale = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    page_count = serializers.IntegerField(help_text="Published pages on this topic.")


class TopicListSerializer(serializers.Serializer):
    meta = CountMetaSerializer()
    items = TopicSerializer(many=True)
