"""Signing a petition (api/signing.py): the answers that are not problems."""

from rest_framework import serializers


class SigningAcceptedSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["pending"])
    detail = serializers.CharField()


class SigningStateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["confirmed", "withdrawn"])
