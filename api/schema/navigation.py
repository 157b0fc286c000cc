"""The menu and the footer: `navigation/`."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.page_types import TYPE_NAMES


@extend_schema_field({"type": "array", "items": {"$ref": "#/components/schemas/NavigationItem"}})
class NavigationChildrenField(serializers.ListField):
    pass


class NavigationItemSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    type = serializers.ChoiceField(choices=TYPE_NAMES)
    title = serializers.CharField()
    url = serializers.CharField()
    children = NavigationChildrenField()


class FooterLinkSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    type = serializers.ChoiceField(choices=TYPE_NAMES)
    title = serializers.CharField()
    url = serializers.CharField()


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
