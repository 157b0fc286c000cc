"""The public verification of a certificate (events/certificates.py): given its code, it
confirms the holder's name, the event and its dates, and nothing else (no address, no
organisation, no other certificate). A revoked certificate answers 410 and names nobody."""

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from api import schema
from api.errors import problem_response
from api.models import PublicPage
from api.query_parameters import KnownQueryParameters
from cms.languages import language_order
from events.models import Certificate


class CertificateEventSerializer(serializers.Serializer):
    title = serializers.CharField(help_text="As on the certificate, in its language.")
    url = serializers.CharField(
        allow_null=True,
        help_text="Front-end path of the event in the certificate's language; null if not public.",
    )


class CertificateSerializer(serializers.Serializer):
    code = serializers.CharField()
    full_name = serializers.CharField()
    language = serializers.ChoiceField(choices=["ru", "kk", "en"])
    event = CertificateEventSerializer()
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()
    hours = serializers.IntegerField(allow_null=True)
    issued_on = serializers.DateField()


class CertificateView(KnownQueryParameters, APIView):
    authentication_classes = []
    permission_classes = []

    @extend_schema(
        operation_id="certificate_verify",
        summary="Verify a certificate of attendance by its code",
        description=(
            "200 with the holder's name, the event and its dates for a valid code; 404 for an "
            "unknown one; 410 `certificate-revoked` for a certificate the organisers revoked. "
            "Codes are case-insensitive; the dashes may be left out."
        ),
        responses={200: CertificateSerializer, **schema.problems(404, 410, 503)},
        tags=["events"],
    )
    def get(self, request, code):
        certificate = Certificate.objects.filter(code=normalise_code(code)).first()
        if certificate is None:
            raise NotFound(_("No certificate has this code."))
        if certificate.is_revoked:
            return problem_response(
                "certificate-revoked", _("This certificate was revoked by the organisers.")
            )
        response = Response(
            {
                "code": certificate.code,
                "full_name": certificate.full_name,
                "language": certificate.language,
                "event": {
                    "title": certificate.event_title,
                    "url": event_url(certificate.event_key, certificate.language),
                },
                "starts_on": certificate.starts_on,
                "ends_on": certificate.ends_on,
                "hours": certificate.hours,
                "issued_on": timezone.localdate(certificate.issued_at),
            }
        )
        # Never kept by a CDN: a revocation must show at once.
        response["Cache-Control"] = "no-store"
        return response


def normalise_code(code: str) -> str:
    """`abcd efgh-jklm` → `ABCD-EFGH-JKLM`: as people type it from paper."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def event_url(event_key, language: str):
    rows = list(PublicPage.objects.filter(translation_key=event_key).values("url", "language"))
    if not rows:
        return None
    chosen = min(
        rows, key=lambda row: (row["language"] != language, language_order(row["language"]))
    )
    return chosen["url"]
