"""The `meta` of list answers."""

from rest_framework import serializers


class ListMetaSerializer(serializers.Serializer):
    total_count = serializers.IntegerField()
    limit = serializers.IntegerField()
    offset = serializers.IntegerField()


class CountMetaSerializer(serializers.Serializer):
    total_count = serializers.IntegerField()
