"""`regions/`: where petition signers may say they live."""

from rest_framework import serializers


class RegionNamesSerializer(serializers.Serializer):
    ru = serializers.CharField()
    kk = serializers.CharField()
    en = serializers.CharField()


class RegionSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="What a signature's `region` holds.")
    name = serializers.CharField(help_text="The name in the requested language.")
    names = RegionNamesSerializer()
    kind = serializers.ChoiceField(choices=["city", "region", "outside"])


class RegionListSerializer(serializers.Serializer):
    locale = serializers.CharField()
    items = RegionSerializer(many=True)
