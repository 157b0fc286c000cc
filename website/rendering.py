"""The built-in website: one plain HTML page per API payload.

Wagtail calls `serve` for a live page and `serve_preview` for an editor's draft
(cms/models.py hands both over to this module). Both render the payload the API gives the
website, `GET /api/v1/pages/{id}/` for a live page and the answer of `GET /api/v1/preview/` for a
draft, so the hub shows previews without any front-end and `make run` has a site to look at.
"""

import json

from csp.constants import SELF
from csp.decorators import csp_replace
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control

from api.preview import draft_answer
from website.api_client import api_get, same_origin_paths

LIST_PAGE_SIZE = 12
HOME_LATEST = 6
HOME_PETITIONS = 3
# What a section (index page) lists when its payload names no types.
DEFAULT_LISTED_TYPES = ("article", "long_read", "video_clip", "campaign", "petition")
# These pages have no inline script or style, so their policy drops the admin's 'unsafe-inline'
# (cms/settings): then a browser also refuses to run a `javascript:` link on them, drafts in the
# admin's preview included.
NO_INLINE_SCRIPT = csp_replace({"script-src": [SELF], "style-src": [SELF]})


@NO_INLINE_SCRIPT
def serve_page(request, page):
    """A live page. A page the API does not show (behind a view restriction the reader
    passed, or published a moment ago and not yet stored) is built from the object the same
    way a preview is."""
    answer = api_get(request, f"/api/v1/pages/{page.pk}/")
    if answer.ok:
        return render_payload(request, answer.data)
    response = render_payload(request, _payload_of(request, page))
    # Not public: no shared cache (a CDN, a proxy) may keep it for the next reader.
    patch_cache_control(response, private=True, no_store=True)
    return response


@NO_INLINE_SCRIPT
def serve_draft(request, page):
    """An editor's draft (the preview panel, "View draft"), never cached."""
    with translation.override(page.locale.language_code):
        response = render_payload(request, _payload_of(request, page), preview=True)
        response.render()
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response


def _payload_of(request, page) -> dict:
    return json.loads(same_origin_paths(request, draft_answer(request, page).text))


def render_payload(request, payload: dict, *, preview: bool = False) -> TemplateResponse:
    language = payload["locale"]
    context = {
        "page": payload,
        "preview": preview,
        "language": language,
        "navigation": _navigation(request, language),
        # The menu marks the section a page lives in.
        "section_ids": {crumb["id"] for crumb in payload.get("breadcrumbs") or ()},
    }
    kind = payload["type"]
    if kind == "home":
        context["latest"] = _cards(
            request, language, "article,long_read,video_clip,campaign", HOME_LATEST
        )
        context["petitions"] = _cards(request, language, "petition", HOME_PETITIONS)
    elif kind == "index":
        context["listing"] = _listing(request, payload)
    elif kind == "petition":
        regions = api_get(request, "/api/v1/regions/", locale=language)
        context["regions"] = regions.data["items"] if regions.ok else []
        # What a signer shares: the page's address as the reader reached it.
        context["share_url"] = request.build_absolute_uri(payload.get("url") or request.path)
    return TemplateResponse(request, [f"website/types/{kind}.html", "website/page.html"], context)


def _navigation(request, language):
    answer = api_get(request, "/api/v1/navigation/", locale=language)
    return answer.data["items"] if answer.ok else []


def _cards(request, language, types, limit):
    answer = api_get(request, "/api/v1/pages/", locale=language, type=types, limit=limit)
    return answer.data["items"] if answer.ok else []


def _listing(request, payload):
    """A section's list: its page types, newest first, with the reader's topic filter,
    search words and page number passed on to the API as they are."""
    page_number = request.GET.get("page", "1")
    number = int(page_number) if page_number.isdigit() and int(page_number) > 0 else 1
    topic = request.GET.get("topic", "")
    search = request.GET.get("q", "").strip()
    answer = api_get(
        request,
        "/api/v1/pages/",
        locale=payload["locale"],
        type=",".join(payload.get("lists_types") or DEFAULT_LISTED_TYPES),
        topic=topic,
        search=search,
        limit=LIST_PAGE_SIZE,
        offset=(number - 1) * LIST_PAGE_SIZE,
    )
    listing = {"topic": topic, "search": search, "items": [], "error": None, "pages": None}
    if not answer.ok:
        # The API's own words (a problem's detail), e.g. an unknown topic or a page too far.
        listing["error"] = (answer.data or {}).get("detail", "")
        return listing
    listing["items"] = answer.data["items"]
    total = answer.data["meta"]["total_count"]
    if total > LIST_PAGE_SIZE:
        paginator = Paginator(range(total), LIST_PAGE_SIZE)
        listing["pages"] = paginator.get_page(number)
    listing["topics"] = _topics(request, payload["locale"])
    return listing


def _topics(request, language):
    answer = api_get(request, "/api/v1/topics/", locale=language)
    return answer.data.get("items", []) if answer.ok else []
