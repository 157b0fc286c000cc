"""Errors: RFC 9457 problem details (api/errors.py)."""

from rest_framework import serializers


class ProblemSerializer(serializers.Serializer):
    """RFC 9457 problem details."""

    type = serializers.CharField(help_text="A stable URN, e.g. urn:tendik:problem:not-found.")
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField()
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="Validation errors per parameter or field.",
    )


def problems(*statuses: int) -> dict:
    """The `responses` entries of an operation's errors: each status answers a problem."""
    return dict.fromkeys(statuses, ProblemSerializer)
