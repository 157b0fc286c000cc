"""Public consultations (api/payloads/consultations.py)."""

from rest_framework import serializers

from api.schema.blocks import body_field
from api.schema.enums import CONSULTATION_PHASES, CONSULTATION_TYPE
from api.schema.pages import CampaignContentFieldsSerializer

ALIGNED = "The same in every language version: align the texts and their counts by it."


class DraftPartSerializer(serializers.Serializer):
    id = serializers.UUIDField(help_text=ALIGNED)
    number = serializers.CharField(allow_blank=True, help_text="As printed: «1.», «2)».")
    text = serializers.CharField(help_text="Plain text; line breaks separate paragraphs.")


class DraftArticleSerializer(serializers.Serializer):
    id = serializers.UUIDField(help_text=ALIGNED)
    number = serializers.CharField(help_text="«5», «5-1».")
    title = serializers.CharField(allow_blank=True)
    parts = DraftPartSerializer(many=True)


class DraftChapterSerializer(serializers.Serializer):
    id = serializers.UUIDField(help_text=ALIGNED)
    number = serializers.CharField(allow_blank=True, help_text="Empty for a text without chapters.")
    title = serializers.CharField(allow_blank=True)
    articles = DraftArticleSerializer(many=True)


class ConsultationPageSerializer(CampaignContentFieldsSerializer):
    type = serializers.ChoiceField(choices=CONSULTATION_TYPE)
    act_title = serializers.CharField(help_text="The draft act's own title.")
    state_body = serializers.CharField(allow_blank=True)
    official_url = serializers.URLField(
        allow_null=True, help_text="The draft on legalacts.egov.kz or another official site."
    )
    phase = serializers.ChoiceField(
        choices=CONSULTATION_PHASES,
        help_text=(
            "presented (the draft is public), open (contributions welcome between opens_at and "
            "closes_at), closed, follow_up (the proposals were submitted; what became of them)."
        ),
    )
    opens_at = serializers.DateTimeField(allow_null=True)
    closes_at = serializers.DateTimeField(allow_null=True)
    body = body_field()
    text = DraftChapterSerializer(many=True, help_text="The draft: chapters → articles → parts.")
