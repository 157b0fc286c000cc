"""Headless preview: the editor's draft, kept for a short while behind a token the website
uses to fetch it from `GET /api/v1/preview/?token=` in exactly the published payload's shape.

Wagtail's preview (the side panel and "View draft") calls `serve_preview` on the page being
edited, with the unsaved form's content. With FRONTEND_BASE_URL set, ours stores that draft and
sends the browser to the website's preview route with a token; without it, the hub renders the
draft itself (website/rendering.py).
"""

import secrets
from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from cms.models import PagePreview
from cms.tokens import token_hash


def create_preview_token(page) -> str:
    """Stores `page` (a draft, possibly never saved) and returns a token for it alone."""
    now = timezone.now()
    PagePreview.objects.filter(expires_at__lt=now).delete()  # previews are short-lived
    token = secrets.token_urlsafe(32)
    PagePreview.objects.create(
        token_hash=token_hash(token),
        content_type=ContentType.objects.get_for_model(page.specific_class or type(page)),
        page_id=page.pk,
        data=page.serializable_data(),
        expires_at=now + timedelta(seconds=settings.PREVIEW_TOKEN_SECONDS),
    )
    return token


def draft_for_token(token: str):
    """The draft page a token was made for, or None if it is unknown or expired."""
    if not token or len(token) > 200:
        return None
    preview = (
        PagePreview.objects.filter(token_hash=token_hash(token), expires_at__gt=timezone.now())
        .select_related("content_type")
        .first()
    )
    if preview is None:
        return None
    model = preview.content_type.model_class()
    return model.from_serializable_data(preview.data, check_fks=False, strict_fks=False)


def front_end_preview_url(page, token: str) -> str:
    query = urlencode(
        {
            "token": token,
            "locale": page.locale.language_code,
            "content_type": page._meta.label_lower,
        }
    )
    return f"{settings.FRONTEND_BASE_URL}/preview/?{query}"
