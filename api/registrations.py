"""Registering for an event: thin views over events/registrations.py, built like signing
(api/signing.py): the same body limit, rate-limit mechanism, field messages written for people in
the form's language, and answers that never reveal whether an address is registered.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from api import schema
from api.schema.requests import NO_NUL
from api.signing import (
    OneLineField,
    PublicFormView,
    TokenActionView,
    TokenInput,
    bot_trap_field,
    client_address,
    consent_field,
    email_field,
    full_name_field,
    locale_field,
    must_be_true,
    region_field,
)
from events.models import AudienceCategory, EventPage, EventQuestion
from events.registrations import cancel_registration, confirm_registration, register

MAX_ANSWER_LENGTH = 1000
CONSENT_NEEDED = gettext_lazy(
    "Registering needs your consent to the processing of your personal data."
)


@extend_schema_field(
    {
        "oneOf": [
            {"type": "string", "maxLength": MAX_ANSWER_LENGTH, "pattern": NO_NUL},
            {"type": "boolean"},
        ]
    }
)
class AnswerField(serializers.Field):
    """An answer: text (or an option, as written) or, for a yes/no question, a boolean."""

    default_error_messages = {"invalid": gettext_lazy("Answer with text, or yes or no.")}

    def to_internal_value(self, data):
        if isinstance(data, bool):
            return data
        # No NUL: PostgreSQL's jsonb cannot hold one.
        if isinstance(data, str) and len(data) <= MAX_ANSWER_LENGTH and "\x00" not in data:
            return data.strip()
        self.fail("invalid")

    def to_representation(self, value):
        return value


class RegistrationInput(serializers.Serializer):
    """What a registration form sends. The messages in a 400's `errors` are written for the
    registrant, in the requested language: show each next to its field (`answers.<key>` for a
    question's)."""

    full_name = full_name_field()
    email = email_field()
    organisation = OneLineField(required=False, max_length=200, default="")
    position = OneLineField(required=False, max_length=200, default="")
    audience = serializers.SlugField(
        required=False,
        allow_blank=True,
        max_length=100,
        default="",
        help_text=gettext_lazy("The slug of one of the event's audience categories."),
    )
    region = region_field()
    consent = consent_field(CONSENT_NEEDED)
    locale = locale_field(gettext_lazy("The language of the emails; the page's by default."))
    answers = serializers.DictField(
        child=AnswerField(),
        required=False,
        default=dict,
        help_text=gettext_lazy(
            "The answers to the event's own questions, by the question's `key`; answers to "
            "questions the event no longer asks are dropped."
        ),
    )
    website = bot_trap_field()

    def validate_full_name(self, value):
        return value.strip()

    def validate_consent(self, value):
        return must_be_true(value, CONSENT_NEEDED)


def _checked_answers(event: EventPage, answers: dict) -> dict:
    """The answers to this version's questions, checked; the field errors otherwise."""
    errors, kept = {}, {}
    for question in EventQuestion.objects.filter(page=event).order_by("sort_order"):
        key = str(question.translation_key)
        field = f"answers.{key}"
        value = answers.get(key)
        if value in (None, ""):
            if question.required:
                errors[field] = [_("Answer this question.")]
            continue
        if question.kind == EventQuestion.Kind.YES_NO and not isinstance(value, bool):
            errors[field] = [_("Answer yes or no.")]
        elif question.kind != EventQuestion.Kind.YES_NO and not isinstance(value, str):
            errors[field] = [_("Answer with text.")]
        elif question.kind == EventQuestion.Kind.CHOICE and value not in question.option_list:
            errors[field] = [_("Choose one of the options.")]
        else:
            kept[key] = value
    if errors:
        raise serializers.ValidationError(errors)
    return kept


class EventRegisterView(PublicFormView):
    """Register for an event (any of its translations). The answer is the same whether the
    address is new or registered already."""

    @extend_schema(
        operation_id="event_register",
        summary="Register for an event; a confirmation link is emailed",
        request=RegistrationInput,
        responses={
            202: schema.RegistrationAcceptedSerializer,
            **schema.problems(400, 404, 409, 413, 429, 503),
        },
        tags=["events"],
    )
    def post(self, request, page_id):
        refused = self.too_many_requests(request, "register")
        if refused is not None:
            return refused
        event = (
            EventPage.objects.filter(pk=page_id, public_entry__type="event")
            .select_related("locale")
            .first()
        )
        if event is None:
            raise NotFound(_("No published event has the id %(id)s.") % {"id": page_id})
        data = RegistrationInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        if values.get("website"):
            return Response(_accepted(), status=202)  # a bot: answer as usual, keep nothing
        audience = values["audience"]
        if audience and not AudienceCategory.objects.filter(slug=audience).exists():
            raise serializers.ValidationError({"audience": [_("Choose a category from the list.")]})
        register(
            event=event,
            full_name=values["full_name"],
            email=values["email"],
            organisation=values["organisation"],
            position=values["position"],
            audience=audience,
            region=values["region"],
            language=values.get("locale") or event.locale.language_code,
            answers=_checked_answers(event, values["answers"]),
            client_address=client_address(request),
        )
        return Response(_accepted(), status=202)


ACCEPTED_DETAIL = gettext_lazy(
    "Thank you. Unless this address is registered already, a confirmation link is on its way: "
    "the registration counts only once it is confirmed."
)


def _accepted():
    return {"status": "pending", "detail": str(ACCEPTED_DETAIL)}


def _token_schema(operation_id, summary):
    return extend_schema_view(
        post=extend_schema(
            operation_id=operation_id,
            summary=summary,
            request=TokenInput,
            responses={
                200: schema.RegistrationStateSerializer,
                **schema.problems(400, 409, 413, 503),
            },
            tags=["events"],
        )
    )


class RegistrationActionView(TokenActionView):
    """Acts on the registration an emailed token stands for; the answer is its status."""

    def post(self, request):
        data = TokenInput(data=request.data)
        data.is_valid(raise_exception=True)
        registration = self.act(token=data.validated_data["token"])
        return Response({"status": registration.status})


@_token_schema("registration_confirm", "Confirm a registration (with the emailed link's token)")
class RegistrationConfirmView(RegistrationActionView):
    """Confirm the email address of a registration: the registrant then has a seat, is on the
    waiting list, or awaits an organiser's approval (the answer's `status`). Confirming twice is
    harmless; a full event with no waiting list answers 409 and the link keeps working."""

    act = staticmethod(confirm_registration)


@_token_schema("registration_cancel", "Cancel a registration (with the emailed link's token)")
class RegistrationCancelView(RegistrationActionView):
    """Cancel a registration; a seat it held goes to the first person waiting."""

    act = staticmethod(cancel_registration)
