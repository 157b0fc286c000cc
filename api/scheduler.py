"""/api/v1/scheduler/: the external social-media scheduler pulls due posts, claims one at a time
and reports what happened. Thin views over campaigns/social.py.

Authentication is Wagtail's own API tokens, sent as `Authorization: Bearer <token>` (api/auth.py);
the token's user needs `campaigns.schedule_socialpost` (the "Social scheduler" group has it).
"""

import hashlib
import json
import re
from datetime import UTC, datetime, timedelta

from django.core.validators import RegexValidator
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, permissions, serializers
from rest_framework.pagination import CursorPagination
from rest_framework.response import Response
from rest_framework.views import APIView
from wagtail.images import get_image_model

from api import schema
from api.auth import BearerTokenAuthentication
from api.errors import TYPE_PREFIX, domain_problem, problem_response
from api.models import PublicPage
from api.parsers import JSONParser
from api.query_parameters import KnownQueryParameters
from campaigns import social
from campaigns.models import SchedulerReceipt, SocialPost
from cms.frontend import front_end_url
from cms.languages import LANGUAGE_CODES, local_iso_time

MIN_LEASE, MAX_LEASE = 30, 3600


class CanSchedule(permissions.BasePermission):
    message = gettext_lazy("This token's user may not schedule social posts.")

    def has_permission(self, request, view):
        return bool(request.user and request.user.has_perm("campaigns.schedule_socialpost"))


class SchedulerView(KnownQueryParameters, APIView):
    authentication_classes = (BearerTokenAuthentication,)
    permission_classes = (permissions.IsAuthenticated, CanSchedule)
    parser_classes = (JSONParser,)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        # Per-scheduler answers: never stored by a shared cache.
        response.setdefault("Cache-Control", "private, no-store")
        return response


# -- posts as the scheduler sees them ---------------------------------------------------------


class PostImageSerializer(serializers.Serializer):
    url = serializers.URLField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    alt = serializers.CharField(allow_blank=True)

    class Meta:
        ref_name = "SocialPostImage"


class PostPageSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    url = serializers.CharField(allow_null=True)

    class Meta:
        ref_name = "SocialPostPage"


class PostSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    channel = serializers.ChoiceField(choices=SocialPost.Channel.choices)
    locale = serializers.CharField()
    state = serializers.ChoiceField(choices=SocialPost.State.choices)
    text = serializers.CharField()
    link = serializers.CharField(
        allow_null=True,
        help_text="The page in the post's language, with UTM tags; null unless the page is public.",
    )
    image = PostImageSerializer(
        allow_null=True,
        help_text="Cropped for the channel (Instagram 1080×1350, X 1600×900, else 1200×630).",
    )
    publish_at = serializers.DateTimeField(allow_null=True)
    page = PostPageSerializer(
        allow_null=True,
        help_text="Null unless visitors may see the page (not a draft, private or unpublished).",
    )
    attempts = serializers.IntegerField()
    lease_expires_at = serializers.DateTimeField(allow_null=True)
    external_id = serializers.CharField(allow_blank=True)
    external_url = serializers.CharField(allow_blank=True)

    class Meta:
        ref_name = "SocialPost"


def posts_for_scheduler(posts, request) -> list[dict]:
    """The posts as the scheduler sees them. A page is named (title, address, link) only if
    visitors may see it: a post must not leak a draft's or a private page's title or URL."""
    pages = {post.pk: post.localized_page for post in posts}
    public = set(
        PublicPage.objects.filter(
            page_id__in=[page.pk for page in pages.values() if page is not None]
        ).values_list("page_id", flat=True)
    )
    named = {key: page for key, page in pages.items() if page is not None and page.pk in public}
    slugs = {}  # campaign slugs, looked up once per answer
    return [_post_for_scheduler(post, named.get(post.pk), request, slugs) for post in posts]


def post_for_scheduler(post: SocialPost, request) -> dict:
    return posts_for_scheduler([post], request)[0]


def _post_for_scheduler(post: SocialPost, page, request, slugs: dict) -> dict:
    image = None
    if post.image is not None:
        rendition = post.image.get_rendition(SocialPost.RENDITIONS[post.channel])
        url = rendition.url
        image = {
            "url": request.build_absolute_uri(url) if url.startswith("/") else url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": post.image.default_alt_text,
        }
    return {
        "id": post.pk,
        "channel": post.channel,
        "locale": post.locale.language_code,
        "state": post.state,
        "text": post.text,
        "link": social.tagged_page_url(post, slugs) if page is not None else None,
        "image": image,
        "publish_at": local_iso_time(post.publish_at),
        "page": (
            {"id": page.pk, "title": page.title, "url": front_end_url(page)}
            if page is not None
            else None
        ),
        "attempts": post.attempts,
        "lease_expires_at": local_iso_time(post.lease_expires_at),
        "external_id": post.external_id,
        "external_url": post.external_url,
    }


# An Idempotency-Key: 1 to 200 printable ASCII characters, spaces inside but not at the ends
# (spaces and tabs around the header's value are not part of it). In the contract as its pattern.
IDEMPOTENCY_KEY = re.compile(r"^[ \t]*[!-~]([ -~]{0,198}[!-~])?[ \t]*$")


# -- the queue --------------------------------------------------------------------------------


class AnyDateTimeField(serializers.DateTimeField):
    """A date-time the contract takes (any RFC 3339 one) and the server too: one so far in the
    past or future that it leaves UTC's range (0001-01-01T00:25+01:00) is that end of time, not
    a 400."""

    def enforce_timezone(self, value):
        try:
            return super().enforce_timezone(value)
        except serializers.ValidationError:
            if value.year == datetime.min.year:
                return datetime.min.replace(tzinfo=UTC)
            if value.year == datetime.max.year:
                return datetime.max.replace(tzinfo=UTC)
            raise


class QueueQuery(serializers.Serializer):
    due_before = AnyDateTimeField(required=False, help_text="Default: now.")
    channel = serializers.ChoiceField(choices=SocialPost.Channel.choices, required=False)
    locale = serializers.ChoiceField(choices=LANGUAGE_CODES, required=False)
    state = serializers.ChoiceField(
        choices=[(state.value, state.label) for state in social.SCHEDULER_STATES],
        required=False,
        default=SocialPost.State.APPROVED,
        error_messages={
            "invalid_choice": gettext_lazy(
                "A scheduler may list approved, claimed, posted or failed posts, not “{input}”."
            )
        },
        help_text=(
            "Default `approved`: the posts to claim (claimed ones whose lease ran out included). "
            "`claimed`, `posted`, `failed`: the posts this token claimed."
        ),
    )
    cursor = serializers.CharField(
        required=False,
        trim_whitespace=False,
        help_text="Opaque: copy it from `next` or `previous`; any other value is a 400.",
    )
    # Read by QueuePagination; validated here, so a bad limit is a 400, not the default.
    limit = serializers.IntegerField(
        required=False, min_value=1, max_value=200, help_text="Posts per page; default 50."
    )


class QueuePagination(CursorPagination):
    ordering = ("publish_at", "id")
    page_size = 50
    max_page_size = 200
    page_size_query_param = "limit"

    def decode_cursor(self, request):
        try:
            return super().decode_cursor(request)
        except exceptions.NotFound as error:
            raise exceptions.ValidationError(
                {"cursor": [_("This cursor is not valid.")]}
            ) from error


class QueueSerializer(serializers.Serializer):
    next = serializers.CharField(allow_null=True)
    previous = serializers.CharField(allow_null=True)
    results = PostSerializer(many=True)

    class Meta:
        ref_name = "SocialPostQueue"


class PostQueueView(SchedulerView):
    http_method_names = ["get", "head", "options"]
    query_class = QueueQuery

    @extend_schema(
        operation_id="scheduler_posts",
        summary="Approved social posts due for posting",
        parameters=[QueueQuery],
        responses={
            200: QueueSerializer,
            **schema.problems(400, 401, 403, 503),
        },
        tags=["scheduler"],
    )
    def get(self, request):
        values = self.query()
        posts = social.due(
            before=values.get("due_before"),
            channel=values.get("channel", ""),
            locale=values.get("locale", ""),
            state=values["state"],
            token=request.auth,
        ).prefetch_related(_renditions())
        paginator = QueuePagination()
        window = paginator.paginate_queryset(posts, request, view=self)
        body = {
            "next": paginator.get_next_link(),
            "previous": paginator.get_previous_link(),
            "results": posts_for_scheduler(window, request),
        }
        # The ETag is the answer itself: it moves with every claim, report or edit.
        etag = (
            '"' + hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:32] + '"'
        )
        if etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, headers={"ETag": etag, "Cache-Control": "private, no-cache"})


def _renditions():
    from django.db.models import Prefetch

    images = get_image_model().objects.prefetch_renditions(*set(SocialPost.RENDITIONS.values()))
    return Prefetch("image", queryset=images)


# -- claims and reports -----------------------------------------------------------------------


class ClaimInput(serializers.Serializer):
    lease_seconds = serializers.IntegerField(
        min_value=MIN_LEASE,
        max_value=MAX_LEASE,
        required=False,
        help_text="How long to hold the post; default SOCIAL_POST_LEASE_SECONDS (300).",
    )


def requested_lease(request) -> timedelta | None:
    """The lease a claim asks for, or None for the default. A body is optional: `curl -X POST`
    with none asks for the default."""
    has_body = request.META.get("CONTENT_LENGTH") not in (None, "", "0")
    data = ClaimInput(data=request.data if has_body else {})
    data.is_valid(raise_exception=True)
    seconds = data.validated_data.get("lease_seconds")
    return timedelta(seconds=seconds) if seconds else None


class PostClaimView(SchedulerView):
    http_method_names = ["post", "options"]

    @extend_schema(
        operation_id="scheduler_claim",
        summary="Hold a post for posting (a lease); asking again renews it",
        request=ClaimInput,
        responses={
            200: PostSerializer,
            **schema.problems(400, 401, 403, 404, 409, 503),
        },
        tags=["scheduler"],
    )
    def post(self, request, post_id):
        lease = requested_lease(request)
        try:
            post = social.claim(post_id, token=request.auth, lease=lease)
        except SocialPost.DoesNotExist as missing:
            raise exceptions.NotFound(
                _("There is no social post %(id)s.") % {"id": post_id}
            ) from missing
        return Response(post_for_scheduler(post, request))


class ClaimNextQuery(serializers.Serializer):
    channel = serializers.ChoiceField(choices=SocialPost.Channel.choices, required=False)
    locale = serializers.ChoiceField(choices=LANGUAGE_CODES, required=False)


class PostClaimNextView(SchedulerView):
    """Claims the oldest due post in one step: for schedulers that would otherwise all read
    the same queue page and race for the same posts."""

    http_method_names = ["post", "options"]
    query_class = ClaimNextQuery

    @extend_schema(
        operation_id="scheduler_claim_next",
        summary="Hold the oldest due post (204 when none is due)",
        parameters=[ClaimNextQuery],
        request=ClaimInput,
        responses={
            200: PostSerializer,
            204: None,
            **schema.problems(400, 401, 403, 503),
        },
        tags=["scheduler"],
    )
    def post(self, request):
        query = self.query()
        lease = requested_lease(request)
        post = social.claim_next(
            token=request.auth,
            channel=query.get("channel", ""),
            locale=query.get("locale", ""),
            lease=lease,
        )
        if post is None:
            return Response(status=204)
        return Response(post_for_scheduler(post, request))


class ResultInput(serializers.Serializer):
    state = serializers.ChoiceField(
        choices=[(SocialPost.State.POSTED, "posted"), (SocialPost.State.FAILED, "failed")]
    )
    external_id = serializers.CharField(
        max_length=200, required=False, allow_blank=True, default=""
    )
    # A web address or nothing. A CharField with the rule as a pattern rather than a URLField:
    # the contract can then say exactly which strings are taken (`format: uri` cannot).
    external_url = serializers.CharField(
        max_length=500,
        required=False,
        allow_blank=True,
        default="",
        trim_whitespace=False,
        validators=[
            RegexValidator(
                r"^(https?://[^\x00-\x20\x7f-\x9f/?#]+[^\x00-\x20\x7f-\x9f]*)?$",
                message=gettext_lazy("Enter a web address starting with http:// or https://."),
            )
        ],
    )
    error = serializers.CharField(max_length=2000, required=False, allow_blank=True, default="")

    def validate(self, values):
        if values["state"] == SocialPost.State.FAILED and not values["error"]:
            raise serializers.ValidationError({"error": [_("Say what went wrong.")]})
        return values


class PostResultView(SchedulerView):
    http_method_names = ["post", "options"]

    @extend_schema(
        operation_id="scheduler_result",
        summary="Report a held post as posted or failed (needs an Idempotency-Key header)",
        request=ResultInput,
        parameters=[
            OpenApiParameter(
                "Idempotency-Key",
                OpenApiTypes.STR,
                OpenApiParameter.HEADER,
                required=True,
                pattern=IDEMPOTENCY_KEY.pattern,
                description=(
                    "Unique per report; repeating it returns the first answer. 1 to 200 "
                    "printable ASCII characters (spaces and tabs around it are not part of it)."
                ),
            )
        ],
        responses={
            200: PostSerializer,
            **schema.problems(400, 401, 403, 404, 409, 503),
        },
        tags=["scheduler"],
    )
    def post(self, request, post_id):
        key = request.headers.get("Idempotency-Key", "")
        if not IDEMPOTENCY_KEY.fullmatch(key):
            return problem_response(
                "idempotency-key-missing",
                _("Send an Idempotency-Key header (at most 200 characters) with every report."),
            )
        key = key.strip(" \t")
        data = ResultInput(data=request.data)
        data.is_valid(raise_exception=True)
        fingerprint = hashlib.sha256(
            json.dumps([post_id, data.validated_data], sort_keys=True).encode()
        ).hexdigest()
        try:
            with transaction.atomic():
                receipt = SchedulerReceipt.objects.filter(token=request.auth, key=key).first()
                if receipt is None:
                    status, body = self._report(request, post_id, data.validated_data)
                    SchedulerReceipt.objects.create(
                        token=request.auth,
                        key=key,
                        request_hash=fingerprint,
                        status=status,
                        body=json.dumps(body, ensure_ascii=False),
                    )
                    return _answer(status, body)
        except IntegrityError:
            # The same key at the same moment: this attempt is rolled back, the first stands.
            receipt = SchedulerReceipt.objects.get(token=request.auth, key=key)
        if receipt.request_hash != fingerprint:
            return problem_response(
                "idempotency-key-reused",
                _("This Idempotency-Key was used for a different report."),
            )
        response = _answer(receipt.status, json.loads(receipt.body))
        response["Idempotent-Replayed"] = "true"
        return response

    def _report(self, request, post_id, values):
        try:
            post = social.report(post_id, token=request.auth, **values)
        except SocialPost.DoesNotExist as missing:
            raise exceptions.NotFound(
                _("There is no social post %(id)s.") % {"id": post_id}
            ) from missing
        except social.SocialPostError as error:
            # Kept as the receipt: a retried report gets this same refusal.
            problem = domain_problem(error)
            return problem.status_code, json.loads(problem.content)
        return 200, post_for_scheduler(post, request)


def _answer(status, body):
    if status >= 400:
        return problem_response(body["type"].removeprefix(TYPE_PREFIX), body["detail"])
    return Response(body, status=status)
