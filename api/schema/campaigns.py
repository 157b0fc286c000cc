"""Campaigns and petitions (api/payloads/campaigns.py)."""

from rest_framework import serializers

from api.schema.blocks import ActivityBlockSerializer, IndicatorSerializer, body_field
from api.schema.cards import PageSummarySerializer, PetitionSummarySerializer
from api.schema.enums import PETITION_STATES
from api.schema.events import EventSummarySerializer
from api.schema.pages import (
    CampaignContentFieldsSerializer,
    ContentFieldsSerializer,
    OrganisationSerializer,
)


class PeriodSerializer(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField(allow_null=True)


class CampaignRelatedSerializer(serializers.Serializer):
    articles = PageSummarySerializer(many=True, help_text="Articles and long reads.")
    videos = PageSummarySerializer(many=True)
    petitions = PetitionSummarySerializer(many=True)
    events = EventSummarySerializer(many=True)
    consultations = PageSummarySerializer(many=True, help_text="Public consultations on drafts.")


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
