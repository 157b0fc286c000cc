"""List cards and `pages/` (api/payloads/cards.py)."""

from drf_spectacular.utils import PolymorphicProxySerializer
from rest_framework import serializers

from api.page_types import TYPE_NAMES
from api.schema.enums import PETITION_STATES, PETITION_TYPE, PLAIN_CARD_TYPES
from api.schema.lists import ListMetaSerializer
from api.schema.media import ImageSerializer
from api.schema.topics import TopicRefSerializer


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


def _card_serializer(type_name):
    from api.schema.events import EventSummarySerializer

    special = {"petition": PetitionSummarySerializer, "event": EventSummarySerializer}
    return special.get(type_name, PageSummarySerializer)


class PageListSerializer(serializers.Serializer):
    meta = ListMetaSerializer()
    items = PolymorphicProxySerializer(
        component_name="PageCard",
        serializers={name: _card_serializer(name) for name in TYPE_NAMES},
        resource_type_field_name="type",
        many=True,
    )
