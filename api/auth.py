"""Bearer-token authentication of machine clients (the social-media scheduler): Wagtail's own API
tokens (`manage.py api_tokens create --user scheduler --name ...`), sent as
`Authorization: Bearer <token>`."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions
from wagtail.models import APIToken


class BearerTokenAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer <token>` against Wagtail's APIToken digests (as Wagtail's own
    API v3 does); revoked tokens and inactive users are refused."""

    keyword = "Bearer"

    def authenticate(self, request):
        header = authentication.get_authorization_header(request).decode("latin-1").split()
        if not header or header[0].lower() != self.keyword.lower():
            return None
        if len(header) != 2:
            raise exceptions.AuthenticationFailed(
                _("Send the token as: Authorization: Bearer <token>.")
            )
        token = header[1]
        if not APIToken.validate_token_format(token):
            raise exceptions.AuthenticationFailed(_("This token is not valid."))
        api_token = (
            APIToken.objects.select_related("user")
            .filter(key_hash__in=APIToken.candidate_key_hashes(token), revoked_at__isnull=True)
            .first()
        )
        if api_token is None or not api_token.user.is_active:
            raise exceptions.AuthenticationFailed(_("This token is not valid or was revoked."))
        self._touch(api_token)
        return api_token.user, api_token

    def authenticate_header(self, request):
        return f'{self.keyword} realm="tendik-scheduler"'

    @staticmethod
    def _touch(api_token):
        interval = getattr(settings, "WAGTAILAPI_TOKEN_LAST_USED_INTERVAL", 60)
        now = timezone.now()
        if (
            api_token.last_used_at is None
            or (now - api_token.last_used_at).total_seconds() >= interval
        ):
            APIToken.objects.filter(pk=api_token.pk).update(last_used_at=now)


class BearerTokenScheme(OpenApiAuthenticationExtension):
    """How the OpenAPI document describes BearerTokenAuthentication."""

    target_class = BearerTokenAuthentication
    name = "schedulerToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "A Wagtail API token of the `scheduler` user: "
            "`manage.py api_tokens create --user scheduler --name <label>`.",
        }
