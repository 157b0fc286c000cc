"""Events (api/payloads/events.py)."""

from rest_framework import serializers

from api.schema.blocks import BODY_BLOCKS, body_field
from api.schema.cards import PageSummarySerializer
from api.schema.enums import (
    EVENT_FORMATS,
    EVENT_KINDS,
    EVENT_TYPE,
    QUESTION_KINDS,
    REGISTRATION_STATES,
)
from api.schema.media import ImageSerializer
from api.schema.pages import CampaignContentFieldsSerializer, OrganisationSerializer
from cms.languages import LANGUAGE_CODES


class EventRegionSerializer(serializers.Serializer):
    code = serializers.CharField(help_text="A code of /api/v1/regions/.")
    name = serializers.CharField(help_text="In the page's language.")


class AudienceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    name = serializers.CharField()


class QuestionSerializer(serializers.Serializer):
    """One of the event's own questions on its registration form, in the page's language."""

    key = serializers.UUIDField(
        help_text="The same in every language: the key of its answer in `answers`."
    )
    label = serializers.CharField()
    kind = serializers.ChoiceField(
        choices=QUESTION_KINDS,
        help_text="text: a string; choice: one of `options`, as written; yes_no: a boolean.",
    )
    options = serializers.ListField(
        child=serializers.CharField(), help_text="For a choice; empty otherwise."
    )
    required = serializers.BooleanField()


class RegistrationSettingsSerializer(serializers.Serializer):
    required = serializers.BooleanField(
        help_text="false: anyone may simply come or watch; the event takes no registrations."
    )
    opens_at = serializers.DateTimeField(allow_null=True, help_text="Almaty time.")
    closes_at = serializers.DateTimeField(allow_null=True, help_text="Almaty time.")
    requires_approval = serializers.BooleanField()
    waiting_list = serializers.BooleanField(
        help_text="Past capacity, people join a waiting list (else the event is full)."
    )
    questions = QuestionSerializer(many=True)


class SpeakerRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class SpeakerSerializer(SpeakerRefSerializer):
    role = serializers.CharField(allow_blank=True, help_text="Position and organisation.")
    bio = serializers.CharField(allow_blank=True)
    photo = ImageSerializer(allow_null=True)


class SessionSerializer(serializers.Serializer):
    # Wall-clock times of the day (HH:MM:SS, Almaty), not RFC 3339 `time`, which needs an offset.
    starts_at = serializers.CharField(help_text="HH:MM:SS, Almaty time, on the day's date.")
    ends_at = serializers.CharField(allow_null=True, help_text="HH:MM:SS, Almaty time.")
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    speakers = SpeakerRefSerializer(many=True)
    language = serializers.ChoiceField(
        choices=LANGUAGE_CODES, allow_null=True, help_text="null: the event's language."
    )


class ProgrammeDaySerializer(serializers.Serializer):
    date = serializers.DateField()
    title = serializers.CharField(allow_blank=True)
    sessions = SessionSerializer(many=True)


class EventFieldsMixin(serializers.Serializer):
    kind = serializers.ChoiceField(choices=EVENT_KINDS)
    format = serializers.ChoiceField(choices=EVENT_FORMATS)
    cancelled = serializers.BooleanField(
        help_text="The event will not take place (its registration_state is closed)."
    )
    starts_at = serializers.DateTimeField(help_text="Almaty time.")
    ends_at = serializers.DateTimeField(help_text="Almaty time; may be days after the start.")
    city = serializers.CharField(allow_blank=True)
    registration_state = serializers.ChoiceField(
        choices=REGISTRATION_STATES,
        help_text=(
            "As of this answer: open (seats left, or no limit), waiting_list (full; new "
            "registrants join the waiting list), full (and no waiting list), closed (not yet "
            "open, closed, or the event is over), not_required (no registration needed)."
        ),
    )
    seats_left = serializers.IntegerField(
        allow_null=True, min_value=0, help_text="null: no limit, or no registration needed."
    )


class EventSummarySerializer(EventFieldsMixin, PageSummarySerializer):
    """An event's list card: when, what kind, in which format and city."""

    type = serializers.ChoiceField(choices=EVENT_TYPE)


class EventReportSerializer(serializers.Serializer):
    summary = serializers.CharField(allow_blank=True, help_text="HTML: how it went.")
    photos = BODY_BLOCKS["image"](many=True)


class EventPageSerializer(EventFieldsMixin, CampaignContentFieldsSerializer):
    type = serializers.ChoiceField(choices=EVENT_TYPE)
    languages = serializers.ListField(
        child=serializers.ChoiceField(choices=LANGUAGE_CODES),
        help_text="The languages the event is held in.",
    )
    venue = serializers.CharField(allow_blank=True)
    address = serializers.CharField(allow_blank=True)
    region = EventRegionSerializer(allow_null=True)
    audiences = AudienceSerializer(many=True)
    capacity = serializers.IntegerField(allow_null=True, help_text="null: no limit.")
    registration = RegistrationSettingsSerializer()
    body = body_field()
    programme = ProgrammeDaySerializer(many=True)
    speakers = SpeakerSerializer(many=True)
    partners = OrganisationSerializer(many=True)
    materials = BODY_BLOCKS["document"](many=True)
    stream_url = serializers.URLField(
        allow_null=True, help_text="The live stream in this page's language (they differ)."
    )
    recording_url = serializers.URLField(allow_null=True, help_text="In this page's language.")
    report = EventReportSerializer(
        help_text="What editors wrote after the event (empty before), in this page's language."
    )
    attendee_count = serializers.IntegerField(
        min_value=0,
        help_text=(
            "People who attended under the event's attendance rule, as of this answer "
            "(0 before it); counts only, nobody is named."
        ),
    )
