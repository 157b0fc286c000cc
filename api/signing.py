"""Signing endpoints: thin views over campaigns/signing.py.

Answers never reveal whether an address has signed, and no error body, log line or URL
carries the signer's email.
"""

import functools
import ipaddress
import logging
import time
import unicodedata

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from api import schema
from api.errors import problem_response
from api.parsers import JSONParser
from api.query_parameters import KnownQueryParameters
from api.schema.requests import character_class, spaces
from campaigns.models import PetitionPage
from campaigns.signing import (
    confirm_signature,
    sign_petition,
    withdraw_signature,
)
from cms.languages import LANGUAGE_CODES
from cms.opt_in import client_hash
from cms.regions import REGION_CODES

logger = logging.getLogger(__name__)
MAX_BODY_BYTES = 10 * 1024
_PERIODS = {"s": 1, "m": 60, "h": 3600}


def client_address(request) -> str:
    """The client's address: the peer's, or, when the peer is a trusted proxy, the last
    address in X-Forwarded-For that is not one of our proxies."""
    peer = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if peer not in settings.TRUSTED_PROXIES or not forwarded:
        return peer
    for candidate in reversed([part.strip() for part in forwarded.split(",")]):
        try:
            ipaddress.ip_address(candidate)
        except ValueError:
            return peer  # a forged or broken header: trust only the peer
        if candidate not in settings.TRUSTED_PROXIES:
            return candidate
    return peer


def rate_limit_exceeded(request, scope: str = "sign") -> int | None:
    """Seconds to wait when this client has used up PETITION_RATE_LIMIT, else None. Each public
    form counts in its own `scope` (signing, registering), with the same limit.

    Counted in the shared cache. Without it (a Redis outage) signing goes on unthrottled
    rather than refusing everyone: the database still keeps one signature per address."""
    count, _slash, period = settings.PETITION_RATE_LIMIT.partition("/")
    limit, seconds = int(count), _PERIODS.get(period[:1], 60)
    window = int(time.time() // seconds)
    key = f"{scope}-rate:{client_hash(client_address(request))}:{window}"
    try:
        attempts = _count_attempt(key, seconds)
    except Exception:  # noqa: BLE001 - whatever the cache raised, it is unavailable
        logger.warning("Signing rate limit skipped: the cache is unavailable", exc_info=True)
        return None
    if attempts is not None and attempts > limit:
        return max(1, (window + 1) * seconds - int(time.time()))
    return None


def _count_attempt(key, seconds):
    if cache.add(key, 1, timeout=seconds + 1):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=seconds + 1)
        return 1


def _said_as(message, *codes):
    """DRF error messages for `codes`, all in one sentence a signer understands."""
    return dict.fromkeys(codes, message)


# A name is one line of letters: no line breaks, control or direction-override characters,
# which could rearrange what the admin and exports show.
NOT_IN_NAMES = {"Cc", "Cf", "Zl", "Zp"}


def _name_problem(value: str) -> str | None:
    if not value.strip():
        return _("Write your full name.")
    if any(unicodedata.category(char) in NOT_IN_NAMES for char in value):
        return _("Write your name on one line, without special characters.")
    return None


@functools.cache
def full_name_pattern() -> str:
    """The rule of _name_problem as a regular expression, for the contract (api/schema/
    signing.py): no character of NOT_IN_NAMES, and one at least besides spaces."""
    excluded = character_class(lambda char: unicodedata.category(char) in NOT_IN_NAMES)
    return f"^[^{excluded}]*[^{excluded}{spaces()}][^{excluded}]*$"


class FullNameField(serializers.CharField):
    """A signer's name, checked as sent (the contract's lengths count what is sent, so the
    spaces around it are trimmed only after, in SignatureInput.validate_full_name); its pattern
    in the contract is full_name_pattern() (api/schema/signing.py)."""

    def __init__(self, **kwargs):
        super().__init__(trim_whitespace=False, **kwargs)

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        problem = _name_problem(value)
        if problem:
            raise serializers.ValidationError(problem)
        return value


class OneLineField(serializers.CharField):
    """Optional one-line text (an organisation, a position): the rule of a name without
    requiring one. Its pattern in the contract is one_line_pattern() (api/schema/signing.py)."""

    def __init__(self, **kwargs):
        super().__init__(allow_blank=True, **kwargs)

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        if any(unicodedata.category(char) in NOT_IN_NAMES for char in value):
            raise serializers.ValidationError(
                _("Write this on one line, without special characters.")
            )
        return value


@functools.cache
def one_line_pattern() -> str:
    excluded = character_class(lambda char: unicodedata.category(char) in NOT_IN_NAMES)
    return f"^[^{excluded}]*$"


CONSENT_NEEDED = gettext_lazy("Signing needs your consent to the processing of your personal data.")


# The fields every public form asks the same way (signing, registering): one rule and one set
# of messages each.
def full_name_field():
    return FullNameField(
        min_length=1,
        max_length=200,
        error_messages={
            **_said_as(gettext_lazy("Write your full name."), "required", "null", "blank"),
            "max_length": gettext_lazy("Write your name in at most {max_length} characters."),
            "invalid": gettext_lazy("Write your name as text."),
        },
    )


def email_field():
    return serializers.EmailField(
        max_length=254,
        error_messages={
            **_said_as(
                gettext_lazy("Write your email address: the confirmation link goes there."),
                "required",
                "null",
                "blank",
            ),
            **_said_as(
                gettext_lazy("This does not look like an email address; check it."),
                "invalid",
                "max_length",
            ),
        },
    )


def region_field():
    return serializers.ChoiceField(
        choices=sorted(REGION_CODES),
        help_text=gettext_lazy("A code from /api/v1/regions/."),
        error_messages=_said_as(
            gettext_lazy("Choose your region from the list."), "required", "null", "invalid_choice"
        ),
    )


def consent_field(needed=CONSENT_NEEDED):
    return serializers.BooleanField(
        help_text=gettext_lazy("Must be true: consent to the processing of personal data."),
        error_messages=_said_as(needed, "required", "null", "invalid"),
    )


def locale_field(help_text):
    return serializers.ChoiceField(choices=LANGUAGE_CODES, required=False, help_text=help_text)


def bot_trap_field():
    return serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=500,
        help_text=gettext_lazy("Leave empty (a trap for bots)."),
    )


def must_be_true(value, message=CONSENT_NEEDED):
    if value is not True:
        raise serializers.ValidationError(message)
    return value


class SignatureInput(serializers.Serializer):
    """What a signing form sends. The messages in a 400's `errors` are written for the signer,
    in the requested language: show each one next to its field."""

    full_name = full_name_field()
    email = email_field()
    region = region_field()
    consent = consent_field()
    newsletter_opt_in = serializers.BooleanField(required=False, default=False)
    locale = locale_field(
        gettext_lazy("The language of the confirmation email; the page's by default.")
    )
    website = bot_trap_field()

    def validate_full_name(self, value):
        return value.strip()

    def validate_consent(self, value):
        return must_be_true(value)


class TokenInput(serializers.Serializer):
    token = serializers.CharField(min_length=1, max_length=200, trim_whitespace=False)


class SigningView(KnownQueryParameters, APIView):
    authentication_classes = ()
    permission_classes = (AllowAny,)
    parser_classes = (JSONParser,)
    http_method_names = ["post", "options"]
    max_body_bytes = MAX_BODY_BYTES

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        length = request.META.get("CONTENT_LENGTH") or "0"
        if (length.isdigit() and int(length) > self.max_body_bytes) or len(
            request._request.body
        ) > self.max_body_bytes:
            raise PayloadTooLarge()

    def handle_exception(self, exc):
        if isinstance(exc, PayloadTooLarge):
            return problem_response(
                "payload-too-large",
                _("A request body may be at most %(size)s KB.")
                % {"size": self.max_body_bytes // 1024},
            )
        return super().handle_exception(exc)


class PayloadTooLarge(Exception):
    pass


ACCEPTED = {
    "status": "pending",
    "detail": gettext_lazy(
        "Thank you. Unless this address has signed already, a confirmation link is on its way: "
        "the signature counts only once it is confirmed."
    ),
}


class PublicFormView(SigningView):
    """The view of a form people fill in (signing, registering): its errors are written for
    them, in the form's language."""

    validation_detail = gettext_lazy(
        "Some answers need correcting: see the message next to each of them."
    )

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # Asked in no language (no Accept-Language), the answer speaks the form's `locale`:
        # a Kazakh form gets Kazakh messages even from a client that sends no header.
        if "HTTP_ACCEPT_LANGUAGE" not in request.META and isinstance(request.data, dict):
            locale = request.data.get("locale")
            if isinstance(locale, str) and locale in LANGUAGE_CODES:
                translation.activate(locale)

    def too_many_requests(self, request, scope):
        """A 429 problem when this client has used up the rate limit of `scope`, else None."""
        wait = rate_limit_exceeded(request, scope)
        if wait is None:
            return None
        return problem_response(
            "too-many-requests",
            _("Too many attempts from your connection. Try again in %(seconds)s s.")
            % {"seconds": wait},
            headers={"Retry-After": str(wait)},
        )


class PetitionSignView(PublicFormView):
    """Sign a petition (any of its translations). The answer is the same whether the address
    is new, pending or confirmed."""

    @extend_schema(
        operation_id="petition_sign",
        summary="Sign a petition; a confirmation link is emailed",
        request=SignatureInput,
        responses={
            202: schema.SigningAcceptedSerializer,
            **schema.problems(400, 404, 409, 413, 429),
        },
    )
    def post(self, request, page_id):
        refused = self.too_many_requests(request, "sign")
        if refused is not None:
            return refused
        # One query: a public petition, with only what signing reads.
        petition = (
            PetitionPage.objects.filter(pk=page_id, public_entry__type="petition")
            .select_related("locale")
            .only(*SIGNING_FIELDS)
            .first()
        )
        if petition is None:
            raise NotFound(_("No published petition has the id %(id)s.") % {"id": page_id})
        data = SignatureInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        if values.get("website"):
            return Response(_accepted(), status=202)  # a bot: answer as usual, keep nothing
        sign_petition(
            petition=petition,
            full_name=values["full_name"],
            email=values["email"],
            region=values["region"],
            language=values.get("locale") or petition.locale.language_code,
            newsletter_opt_in=values["newsletter_opt_in"],
            client_address=client_address(request),
        )
        return Response(_accepted(), status=202)


SIGNING_FIELDS = (
    "title",
    "translation_key",
    "state",
    "deadline",
    "locale__language_code",
)


def _accepted():
    return {"status": ACCEPTED["status"], "detail": str(ACCEPTED["detail"])}


class TokenActionView(SigningView):
    """Acts on the signature an emailed token stands for (subclasses say how)."""

    status = ""

    @staticmethod
    def act(token):
        raise NotImplementedError

    def post(self, request):
        data = TokenInput(data=request.data)
        data.is_valid(raise_exception=True)
        self.act(token=data.validated_data["token"])
        return Response({"status": self.status})


def _token_schema(operation_id, summary):
    return extend_schema_view(
        post=extend_schema(
            operation_id=operation_id,
            summary=summary,
            request=TokenInput,
            responses={200: schema.SigningStateSerializer, **schema.problems(400, 413)},
        )
    )


@_token_schema("signature_confirm", "Confirm a signature")
class SignatureConfirmView(TokenActionView):
    """Confirm a signature with the token from its email. Confirming twice is harmless."""

    status = "confirmed"
    act = staticmethod(confirm_signature)


@_token_schema("signature_withdraw", "Withdraw a signature")
class SignatureWithdrawView(TokenActionView):
    """Withdraw a signature with the token from its email: it and its data are deleted."""

    status = "withdrawn"
    act = staticmethod(withdraw_signature)
