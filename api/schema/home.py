"""The pages that frame the site: home, section index pages and standard pages
(api/payloads/home.py)."""

from rest_framework import serializers

from api.page_types import TYPE_NAMES
from api.schema.blocks import body_field
from api.schema.pages import ContentFieldsSerializer, PageBaseSerializer


class HomePageSerializer(PageBaseSerializer):
    type = serializers.ChoiceField(choices=["home"])
    intro = serializers.CharField(allow_blank=True, help_text="HTML.")


class IndexPageSerializer(PageBaseSerializer):
    type = serializers.ChoiceField(choices=["index"])
    intro = serializers.CharField(allow_blank=True, help_text="HTML.")
    lists_types = serializers.ListField(
        child=serializers.ChoiceField(choices=TYPE_NAMES),
        help_text="The page types this section lists: query /api/v1/pages/?type=… for them.",
    )


class StandardPageSerializer(ContentFieldsSerializer):
    type = serializers.ChoiceField(choices=["standard"])
    body = body_field()
