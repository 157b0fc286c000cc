"""Contributions to a public consultation: thin views over consultations/contributions.py, built
like signing and registering (api/signing.py): the same rate-limit mechanism, field messages
written for people in the form's language, and answers that never say whether an address is
known.

Reading lists only published contributions, never an email, and no name of an author who chose
initials (api/payloads/consultations.py).
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import renderers, serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from api import schema
from api.payloads.consultations import contribution_payload, version_summary
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
)
from api.views import MAX_LIMIT, MAX_OFFSET, PublicReadView
from cms.languages import LANGUAGE_CODES
from consultations import package
from consultations.contributions import (
    ContributionError,
    confirm_contribution,
    confirm_support,
    contribute,
    published,
    support,
    supportable,
    with_support_count,
)
from consultations.models import ConsultationPage, Contribution, TextVersion
from consultations.versions import compare

MAX_TEXT = 5000
CONSENT_NEEDED = gettext_lazy(
    "Sending a contribution needs your consent to the processing of your personal data."
)
SUPPORT_CONSENT_NEEDED = gettext_lazy(
    "Supporting a proposal needs your consent to the processing of your personal data."
)


def _consultation(page_id) -> ConsultationPage:
    consultation = (
        ConsultationPage.objects.filter(pk=page_id, public_entry__type="consultation")
        .select_related("locale")
        .first()
    )
    if consultation is None:
        raise NotFound(_("No published consultation has the id %(id)s.") % {"id": page_id})
    return consultation


class ContributionInput(serializers.Serializer):
    """What a contribution form sends. The messages in a 400's `errors` are written for the
    author, in the requested language: show each next to its field."""

    kind = serializers.ChoiceField(
        choices=Contribution.Kind.values,
        error_messages={"invalid_choice": gettext_lazy("Choose a comment or a proposal.")},
    )
    article = serializers.UUIDField(
        help_text=gettext_lazy("The `id` of an article of the consultation's `text`."),
        error_messages={"invalid": gettext_lazy("Choose an article of the draft.")},
    )
    part = serializers.UUIDField(
        required=False,
        allow_null=True,
        default=None,
        help_text=gettext_lazy("The `id` of one of the article's parts, for a proposal on it."),
    )
    proposed_wording = serializers.CharField(
        required=False,
        allow_blank=True,
        default="",
        max_length=MAX_TEXT,
        help_text=gettext_lazy("A proposal's new wording of the article or part."),
    )
    text = serializers.CharField(
        max_length=MAX_TEXT,
        help_text=gettext_lazy("The comment, or the justification of a proposal."),
        error_messages={
            "required": gettext_lazy("Write your comment or justification."),
            "blank": gettext_lazy("Write your comment or justification."),
            "max_length": gettext_lazy("Write at most {max_length} characters."),
        },
    )
    full_name = full_name_field()
    organisation = OneLineField(required=False, max_length=200, default="")
    role = OneLineField(
        required=False,
        max_length=200,
        default="",
        help_text=gettext_lazy("The author's role: lawyer, researcher, member of parliament…"),
    )
    email = email_field()
    shown_as = serializers.ChoiceField(
        choices=Contribution.ShownAs.values,
        required=False,
        default=Contribution.ShownAs.FULL_NAME,
        help_text=gettext_lazy(
            "full_name: the author's name, organisation and role are public; initials: only "
            "initials are, and the moderators alone know who wrote it."
        ),
    )
    consent = consent_field(CONSENT_NEEDED)
    locale = locale_field(gettext_lazy("The language of the emails; the page's by default."))
    website = bot_trap_field()

    def validate_full_name(self, value):
        return value.strip()

    def validate_consent(self, value):
        return must_be_true(value, CONSENT_NEEDED)

    def validate(self, data):
        if data["kind"] == Contribution.Kind.PROPOSAL and not data["proposed_wording"].strip():
            raise serializers.ValidationError(
                {"proposed_wording": [_("Write the wording you propose.")]}
            )
        if not data["text"].strip():
            raise serializers.ValidationError({"text": [_("Write your comment or justification.")]})
        return data


ACCEPTED_DETAIL = gettext_lazy(
    "Thank you. A confirmation link is on its way to your address: the moderators read the "
    "contribution once it is confirmed, and publish it."
)
SUPPORT_DETAIL = gettext_lazy(
    "Thank you. Unless this address supported the proposal already, a confirmation link is on "
    "its way: the support counts only once it is confirmed."
)


class ContributionsQuery(serializers.Serializer):
    article = serializers.UUIDField(required=False, help_text=gettext_lazy("An article's `id`."))
    kind = serializers.ChoiceField(choices=Contribution.Kind.values, required=False)
    locale = serializers.ChoiceField(
        choices=LANGUAGE_CODES,
        required=False,
        help_text=gettext_lazy(
            "The language of dispositions' reasons; the page's by default. Contributions in "
            "every language are listed."
        ),
    )
    limit = serializers.IntegerField(required=False, min_value=1, max_value=MAX_LIMIT, default=20)
    offset = serializers.IntegerField(required=False, min_value=0, max_value=MAX_OFFSET, default=0)


class ContributionListView(PublicReadView):
    """The published contributions to a consultation (in every language), oldest first."""

    query_class = ContributionsQuery

    @extend_schema(
        operation_id="consultation_contributions",
        summary="The published contributions to a consultation",
        parameters=[ContributionsQuery],
        responses={200: schema.ContributionListSerializer, **schema.problems(400, 404, 503)},
        tags=["consultations"],
    )
    def get(self, request, page_id):
        query = self.query()
        consultation = _consultation(page_id)
        rows = published(consultation.translation_key)
        if query.get("article"):
            rows = rows.filter(article_id=query["article"])
        if query.get("kind"):
            rows = rows.filter(kind=query["kind"])
        total = rows.count()
        window = with_support_count(rows).order_by("published_at", "pk")
        window = window[query["offset"] : query["offset"] + query["limit"]]
        language = query.get("locale") or consultation.locale.language_code
        return Response(
            {
                "meta": {
                    "total_count": total,
                    "limit": query["limit"],
                    "offset": query["offset"],
                },
                "items": [contribution_payload(row, language) for row in window],
            }
        )


class ContributeView(PublicFormView):
    """Send a comment or a proposal on an article (any language version of the consultation)."""

    # A proposal's wording and justification, in Cyrillic escaped as \\uXXXX, run long.
    max_body_bytes = 64 * 1024

    @extend_schema(
        operation_id="consultation_contribute",
        summary="Send a comment or proposal; a confirmation link is emailed",
        request=ContributionInput,
        responses={
            202: schema.ContributionAcceptedSerializer,
            **schema.problems(400, 404, 409, 413, 429, 503),
        },
        tags=["consultations"],
    )
    def post(self, request, page_id):
        refused = self.too_many_requests(request, "contribute")
        if refused is not None:
            return refused
        consultation = _consultation(page_id)
        data = ContributionInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        if values.get("website"):
            return Response(_accepted(ACCEPTED_DETAIL), status=202)  # a bot: keep nothing
        try:
            contribute(
                consultation=consultation,
                article_id=values["article"],
                part_id=values["part"],
                kind=values["kind"],
                proposed_wording=values["proposed_wording"],
                text=values["text"],
                full_name=values["full_name"],
                organisation=values["organisation"],
                role=values["role"],
                email=values["email"],
                shown_as=values["shown_as"],
                language=values.get("locale") or consultation.locale.language_code,
                client_address=client_address(request),
            )
        except ContributionError as refusal:
            field = getattr(refusal, "field", None)
            if field is None:
                raise
            raise serializers.ValidationError({field: [str(refusal)]}) from None
        return Response(_accepted(ACCEPTED_DETAIL), status=202)


class SupportInput(serializers.Serializer):
    email = email_field()
    consent = consent_field(SUPPORT_CONSENT_NEEDED)
    locale = locale_field(gettext_lazy("The language of the confirmation email."))
    website = bot_trap_field()

    def validate_consent(self, value):
        return must_be_true(value, SUPPORT_CONSENT_NEEDED)


class SupportView(PublicFormView):
    """Support (+1) a published proposal; it counts once the emailed link is followed, once per
    address."""

    @extend_schema(
        operation_id="contribution_support",
        summary="Support a published proposal; a confirmation link is emailed",
        request=SupportInput,
        responses={
            202: schema.ContributionAcceptedSerializer,
            **schema.problems(400, 404, 409, 413, 429, 503),
        },
        tags=["consultations"],
    )
    def post(self, request, contribution_id):
        refused = self.too_many_requests(request, "support")
        if refused is not None:
            return refused
        contribution = supportable(contribution_id)  # 404 or 409 before any field error
        data = SupportInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        if values.get("website"):
            return Response(_accepted(SUPPORT_DETAIL), status=202)
        support(
            contribution=contribution,
            email=values["email"],
            language=values.get("locale") or request.LANGUAGE_CODE,
            client_address=client_address(request),
        )
        return Response(_accepted(SUPPORT_DETAIL), status=202)


def _accepted(detail):
    return {"status": "pending", "detail": str(detail)}


class ContributionConfirmView(TokenActionView):
    """Confirm a contribution's email address: it then awaits the moderators."""

    @extend_schema(
        operation_id="contribution_confirm",
        summary="Confirm a contribution (with the emailed link's token)",
        request=TokenInput,
        responses={
            200: schema.ContributionStateSerializer,
            **schema.problems(400, 413, 503),
        },
        tags=["consultations"],
    )
    def post(self, request):
        data = TokenInput(data=request.data)
        data.is_valid(raise_exception=True)
        contribution = confirm_contribution(token=data.validated_data["token"])
        return Response({"status": contribution.status})


class SupportConfirmView(TokenActionView):
    """Confirm a support: it then counts."""

    @extend_schema(
        operation_id="support_confirm",
        summary="Confirm a support (with the emailed link's token)",
        request=TokenInput,
        responses={200: schema.SupportStateSerializer, **schema.problems(400, 413, 503)},
        tags=["consultations"],
    )
    def post(self, request):
        data = TokenInput(data=request.data)
        data.is_valid(raise_exception=True)
        confirm_support(token=data.validated_data["token"])
        return Response({"status": "confirmed"})


# The package: the comparison table the NGO submits, as Word or PDF --------------------------

PACKAGE_DOCX = OpenApiResponse(
    response=OpenApiTypes.BINARY,
    description="The package as a Word document (.docx): the NGO's cover, then the comparison table.",
)
PACKAGE_PDF = OpenApiResponse(
    response=OpenApiTypes.BINARY,
    description="The package as PDF: the NGO's cover, then the comparison table.",
)


class DocxRenderer(renderers.BaseRenderer):
    media_type = package.DOCX_CONTENT_TYPE
    format = "docx"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class PdfRenderer(renderers.BaseRenderer):
    media_type = "application/pdf"
    format = "pdf"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return data


class PackageView(PublicReadView):
    """The package in the language of the consultation version `page_id` names: a row per
    article with accepted proposals, the same rows in every language (consultations/package.py).
    Authors appear as they chose to be shown; no address is in it."""

    make = None
    takes_script = False  # a file, not a JSON answer

    def package(self, page_id, extension, content_type):
        consultation = _consultation(page_id)
        content = self.make(consultation.translation_key, consultation.locale.language_code)
        response = Response(content, content_type=content_type)
        name = f"package-{consultation.pk}-{consultation.locale.language_code}.{extension}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


class PackageDocxView(PackageView):
    renderer_classes = (DocxRenderer,)
    make = staticmethod(package.package_docx)

    @extend_schema(
        operation_id="consultation_package_docx",
        summary="The consultation's package (comparison table) as Word",
        responses={(200, package.DOCX_CONTENT_TYPE): PACKAGE_DOCX, **schema.problems(404, 503)},
        tags=["consultations"],
    )
    def get(self, request, page_id):
        return self.package(page_id, "docx", package.DOCX_CONTENT_TYPE)


class PackagePdfView(PackageView):
    renderer_classes = (PdfRenderer,)
    make = staticmethod(package.package_pdf)

    @extend_schema(
        operation_id="consultation_package_pdf",
        summary="The consultation's package (comparison table) as PDF",
        responses={(200, "application/pdf"): PACKAGE_PDF, **schema.problems(404, 503)},
        tags=["consultations"],
    )
    def get(self, request, page_id):
        return self.package(page_id, "pdf", "application/pdf")


# Versions of the text ------------------------------------------------------------------------


class VersionsQuery(serializers.Serializer):
    older = serializers.IntegerField(
        min_value=1, max_value=32767, help_text=gettext_lazy("The older version's number.")
    )
    newer = serializers.IntegerField(
        min_value=1, max_value=32767, help_text=gettext_lazy("The newer version's number.")
    )


class VersionCompareView(PublicReadView):
    """Two recorded versions of the text compared article by article (by the articles' ids, the
    same in every language), in the language of the version `page_id` names: each article's
    change and, for a changed one, its words as runs kept, removed and added."""

    query_class = VersionsQuery

    @extend_schema(
        operation_id="consultation_versions_compare",
        summary="Two versions of a consultation's text, compared article by article",
        parameters=[VersionsQuery],
        responses={200: schema.VersionComparisonSerializer, **schema.problems(400, 404, 503)},
        tags=["consultations"],
    )
    def get(self, request, page_id):
        query = self.query()
        consultation = _consultation(page_id)
        versions = {
            version.number: version
            for version in TextVersion.objects.filter(
                consultation_key=consultation.translation_key,
                number__in=(query["older"], query["newer"]),
            )
        }
        missing = [n for n in (query["older"], query["newer"]) if n not in versions]
        if missing:
            raise NotFound(
                _("This consultation has no version %(number)s.") % {"number": missing[0]}
            )
        older, newer = versions[query["older"]], versions[query["newer"]]
        language = consultation.locale.language_code
        return Response(
            {
                "older": version_summary(older),
                "newer": version_summary(newer),
                "articles": compare(older, newer, language),
            }
        )
