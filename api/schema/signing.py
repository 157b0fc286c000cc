"""Signing a petition (api/signing.py): the answers that are not problems."""

from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from rest_framework import serializers

from api.schema.enums import ACCEPTED_STATUSES, REGISTRANT_STATUSES, SIGNATURE_LINK_STATUSES


class FullNameFieldExtension(OpenApiSerializerFieldExtension):
    """A signer's name: its rule (one line, no control or format characters, not only spaces)
    as the pattern of the field, so a form or a client can check it before sending."""

    target_class = "api.signing.FullNameField"

    def map_serializer_field(self, auto_schema, direction):
        from api.signing import full_name_pattern

        schema = auto_schema._map_serializer_field(self.target, direction, bypass_extensions=True)
        return {**schema, "pattern": full_name_pattern()}


class OneLineFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "api.signing.OneLineField"

    def map_serializer_field(self, auto_schema, direction):
        from api.signing import one_line_pattern

        schema = auto_schema._map_serializer_field(self.target, direction, bypass_extensions=True)
        return {**schema, "pattern": one_line_pattern()}


class SigningAcceptedSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=ACCEPTED_STATUSES)
    detail = serializers.CharField()


class SigningStateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=SIGNATURE_LINK_STATUSES)


class RegistrationAcceptedSerializer(SigningAcceptedSerializer):
    pass


class RegistrationStateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=REGISTRANT_STATUSES,
        help_text=(
            "awaiting_approval: an organiser decides; confirmed: a seat is held; waiting: on the "
            "waiting list; cancelled; declined; unconfirmed: not confirmed yet."
        ),
    )
