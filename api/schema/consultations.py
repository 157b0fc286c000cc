"""Public consultations (api/payloads/consultations.py)."""

from rest_framework import serializers

from api.schema.blocks import body_field
from api.schema.enums import (
    CONSULTATION_PHASES,
    CONSULTATION_TYPE,
    CONTRIBUTION_DISPOSITIONS,
    CONTRIBUTION_KINDS,
    CONTRIBUTION_LINK_STATUSES,
    CONTRIBUTION_OUTCOMES,
    TIMELINE_STEPS,
    VERSION_KINDS,
)
from api.schema.media import DocumentSerializer
from api.schema.pages import CampaignContentFieldsSerializer
from cms.languages import LANGUAGE_CODES as LANGUAGES

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
    heard = serializers.CharField(
        allow_blank=True, help_text="The synthesis: what the contributions on it said."
    )
    did = serializers.CharField(
        allow_blank=True, help_text="The synthesis: what the NGO's proposals do about it."
    )


class DraftChapterSerializer(serializers.Serializer):
    id = serializers.UUIDField(help_text=ALIGNED)
    number = serializers.CharField(allow_blank=True, help_text="Empty for a text without chapters.")
    title = serializers.CharField(allow_blank=True)
    articles = DraftArticleSerializer(many=True)


class ContributionAuthorSerializer(serializers.Serializer):
    name = serializers.CharField(
        help_text="The full name, or only initials («Ә. Қ.») when the author chose them."
    )
    organisation = serializers.CharField(allow_blank=True, help_text="Empty for initials.")
    role = serializers.CharField(allow_blank=True, help_text="Empty for initials.")


class ContributionSerializer(serializers.Serializer):
    """A published contribution. Never an email; never who wrote it, when they chose initials."""

    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=CONTRIBUTION_KINDS)
    article = serializers.UUIDField(
        help_text="The article's `id` in `text`: the same in every language."
    )
    part = serializers.UUIDField(allow_null=True, help_text="The part's `id`, or null.")
    article_number = serializers.CharField(help_text="As numbered when it was sent.")
    part_number = serializers.CharField(allow_blank=True)
    locale = serializers.ChoiceField(choices=LANGUAGES, help_text="The language it was written in.")
    proposed_wording = serializers.CharField(allow_blank=True, help_text="Empty for a comment.")
    text = serializers.CharField(help_text="The comment, or the proposal's justification.")
    author = ContributionAuthorSerializer()
    published_at = serializers.DateTimeField()
    support_count = serializers.IntegerField(min_value=0, help_text="Confirmed supports (+1).")
    disposition = serializers.ChoiceField(
        choices=CONTRIBUTION_DISPOSITIONS,
        allow_null=True,
        help_text="What the NGO did with a proposal; null until decided.",
    )
    disposition_reason = serializers.CharField(
        allow_blank=True, help_text="Why, in the requested language (else the source language's)."
    )
    merged_into = serializers.IntegerField(
        allow_null=True, help_text="For `merged`: the id of the contribution it joined."
    )
    outcome = serializers.ChoiceField(
        choices=CONTRIBUTION_OUTCOMES,
        allow_null=True,
        help_text="What the state did with the proposal once the package was answered.",
    )


class AdvocacySerializer(serializers.Serializer):
    """What became of the package once the NGO submitted it."""

    submitted_on = serializers.DateField(allow_null=True)
    submitted_to = serializers.CharField(allow_blank=True, help_text="The addressee.")
    answered_on = serializers.DateField(allow_null=True)
    answer = DocumentSerializer(allow_null=True, help_text="The official answer, as a document.")
    outcome = serializers.CharField(allow_blank=True, help_text="Plain text.")


class TimelineStepSerializer(serializers.Serializer):
    step = serializers.ChoiceField(choices=TIMELINE_STEPS)
    date = serializers.DateField(help_text="The day, in Almaty.")


class VersionSummarySerializer(serializers.Serializer):
    number = serializers.IntegerField(min_value=1, help_text="v1, v2 …")
    kind = serializers.ChoiceField(
        choices=VERSION_KINDS,
        help_text="draft: as published; amended: the NGO's amended text; adopted: the law.",
    )
    recorded_at = serializers.DateTimeField()


class WordRunSerializer(serializers.Serializer):
    op = serializers.ChoiceField(choices=["same", "removed", "added"])
    text = serializers.CharField()


class ArticleChangeSerializer(serializers.Serializer):
    article = serializers.UUIDField(help_text=ALIGNED)
    number = serializers.CharField()
    title = serializers.CharField(allow_blank=True)
    change = serializers.ChoiceField(choices=["added", "removed", "changed", "unchanged"])
    words = WordRunSerializer(many=True, help_text="Empty for an unchanged article.")


class VersionComparisonSerializer(serializers.Serializer):
    older = VersionSummarySerializer()
    newer = VersionSummarySerializer()
    articles = ArticleChangeSerializer(
        many=True, help_text="The newer version's articles in order, then those it removed."
    )


class ContributionListMetaSerializer(serializers.Serializer):
    total_count = serializers.IntegerField(min_value=0)
    limit = serializers.IntegerField(min_value=1)
    offset = serializers.IntegerField(min_value=0)


class ContributionListSerializer(serializers.Serializer):
    meta = ContributionListMetaSerializer()
    items = ContributionSerializer(many=True)


class ArticleCountSerializer(serializers.Serializer):
    article = serializers.UUIDField(help_text=ALIGNED)
    comments = serializers.IntegerField(min_value=0)
    proposals = serializers.IntegerField(min_value=0)
    supports = serializers.IntegerField(min_value=0)


class ContributionAcceptedSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["pending"])
    detail = serializers.CharField()


class ContributionStateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=CONTRIBUTION_LINK_STATUSES,
        help_text="pending: awaits the moderators; published or hidden: they decided.",
    )


class SupportStateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["confirmed"])


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
    article_counts = ArticleCountSerializer(
        many=True,
        help_text=(
            "Published contributions per article, written in any language (articles with none "
            "are left out)."
        ),
    )
    versions = VersionSummarySerializer(
        many=True, help_text="The versions of the text recorded so far, oldest first."
    )
    advocacy = AdvocacySerializer()
    timeline = TimelineStepSerializer(
        many=True,
        help_text=(
            "The steps so far, oldest first: presented, opened, closed, submitted, answered."
        ),
    )
    accepted_proposals = ContributionSerializer(
        many=True, help_text="Proposals accepted or partly accepted, with their reasons."
    )
