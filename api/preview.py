"""`GET /api/v1/preview/?token=`: a draft, for the website's preview route (cms/preview.py
makes the token when an editor presses Preview). The answer has exactly the shape of
`pages/{id}/`; it is never cached, and a missing, forged or expired token is a 401 problem."""

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from api import schema
from api.errors import problem_response
from api.payloads.encoding import encode
from api.payloads.pages import PagePayload
from api.public_pages import public_entry
from api.query_parameters import KnownQueryParameters
from api.responses import PreRenderedJSON, preview_detail
from cms.preview import draft_for_token


def draft_answer(request, page) -> PreRenderedJSON:
    """The answer for a draft (a page object, possibly never saved): the payload a publish
    would store, plus the parts every page answer adds. The hub's own preview renders it too."""
    payload = encode(PagePayload(public_entry(page), page, in_memory=True).build())
    return preview_detail(request, payload, page)


class PreviewView(KnownQueryParameters, APIView):
    more_query_parameters = ("token",)
    authentication_classes = ()
    permission_classes = (AllowAny,)
    http_method_names = ["get", "head", "options"]

    @extend_schema(
        operation_id="preview",
        summary="A draft page for the website's preview, by the token in the preview link",
        parameters=[
            OpenApiParameter(
                "token", OpenApiTypes.STR, required=True, description="From the preview link."
            )
        ],
        responses={200: schema.PageSerializer, **schema.problems(401, 503)},
    )
    def get(self, request):
        page = draft_for_token(request.query_params.get("token", ""))
        if page is None:
            return problem_response(
                "invalid-preview-token",
                _("This preview link is unknown or has expired. Press Preview again."),
            )
        return Response(
            draft_answer(request, page),
            headers={"Cache-Control": "private, no-store", "X-Robots-Tag": "noindex"},
        )
