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
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.dateparse import parse_datetime

from api.preview import draft_answer
from cms.languages import LANGUAGE_CODES
from website.api_client import api_get, same_origin_paths

LIST_PAGE_SIZE = 12
HOME_LATEST = 6
HOME_PETITIONS = 3
# What a section (index page) lists when its payload names no types.
DEFAULT_LISTED_TYPES = ("article", "long_read", "video_clip", "campaign", "petition")
# Lists run newest first by the date their cards show (the editor's publication date).
CARD_ORDERING = "-publication_date"
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
        **site_chrome(request, language),
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
    elif kind == "event":
        starts, ends = parse_datetime(payload["starts_at"]), parse_datetime(payload["ends_at"])
        context["is_live"] = bool(starts and ends and starts <= timezone.now() <= ends)
        context["is_upcoming"] = bool(ends and timezone.now() <= ends)
        if payload.get("registration_state") in {"open", "waiting_list"}:
            context["regions"] = _regions(request, language)
    elif kind == "petition":
        context["regions"] = _regions(request, language)
        # What a signer shares: the page's address as the reader reached it.
        context["share_url"] = request.build_absolute_uri(payload.get("url") or request.path)
    return TemplateResponse(request, [f"website/types/{kind}.html", "website/page.html"], context)


def _regions(request, language) -> list[dict]:
    """The values of a form's region select, named in the page's language."""
    regions = api_get(request, "/api/v1/regions/", locale=language)
    return regions.data["items"] if regions.ok else []


def site_chrome(request, language) -> dict:
    """What every screen of the site shows around its content: the menu and the footer's pages
    (about us, contacts, privacy policy), from one read of /api/v1/navigation/."""
    answer = api_get(request, "/api/v1/navigation/", locale=language)
    if not answer.ok:
        return {"navigation": [], "footer_links": []}
    return {"navigation": answer.data["items"], "footer_links": answer.data.get("footer", [])}


def _cards(request, language, types, limit):
    answer = api_get(
        request,
        "/api/v1/pages/",
        locale=language,
        type=types,
        ordering=CARD_ORDERING,
        limit=limit,
    )
    return answer.data["items"] if answer.ok else []


def _listing(request, payload):
    """A section's list: its page types, newest first, with the reader's topic filter,
    search words and page number passed on to the API as they are. An events section lists
    what is coming first (soonest first), then what is over (latest first, page by page)."""
    if list(payload.get("lists_types") or ()) == ["event"]:
        upcoming = api_get(
            request,
            "/api/v1/pages/",
            locale=payload["locale"],
            upcoming="true",
            ordering="starts_at",
            limit=100,
        )
        return {
            "events": True,
            "upcoming": upcoming.data["items"] if upcoming.ok else [],
            **cards_page(
                request, locale=payload["locale"], upcoming="false", ordering="-starts_at"
            ),
        }
    topic = request.GET.get("topic", "")
    search = request.GET.get("q", "").strip()
    listing = {
        "topic": topic,
        "search": search,
        **cards_page(
            request,
            locale=payload["locale"],
            type=",".join(payload.get("lists_types") or DEFAULT_LISTED_TYPES),
            topic=topic,
            search=search,
        ),
    }
    if not listing["error"]:
        listing["topics"] = topics(request, payload["locale"])
    return listing


def page_number(request) -> int:
    """The reader's `?page=`, or 1 for anything but a plain number (int() refuses "²" and
    numbers of thousands of digits with an error)."""
    number = request.GET.get("page", "1")
    if number.isascii() and number.isdigit() and len(number) <= 9:
        return max(int(number), 1)
    return 1


def cards_page(request, **params) -> dict:
    """One page (the reader's `?page=`) of the cards /api/v1/pages/ lists for `params`:
    `items`, `total`, `pages` (a Django page, when there is more than one) and `error` (the
    API's own words when it refused the query, e.g. an unknown topic)."""
    number = page_number(request)
    if "ordering" not in params:
        # Searching ranks by relevance; otherwise the dates the cards show, newest first.
        params["ordering"] = None if params.get("search") else CARD_ORDERING
    answer = api_get(
        request,
        "/api/v1/pages/",
        limit=LIST_PAGE_SIZE,
        offset=(number - 1) * LIST_PAGE_SIZE,
        **params,
    )
    found = {"items": [], "total": 0, "pages": None, "error": None}
    if not answer.ok:
        # The API's own words (a problem's detail), e.g. an unknown topic or a page too far.
        found["error"] = (answer.data or {}).get("detail", "")
        return found
    found["items"] = answer.data["items"]
    found["total"] = total = answer.data["meta"]["total_count"]
    if total > LIST_PAGE_SIZE:
        found["pages"] = Paginator(range(total), LIST_PAGE_SIZE).get_page(number)
    return found


def topics(request, language):
    answer = api_get(request, "/api/v1/topics/", locale=language)
    return answer.data.get("items", []) if answer.ok else []


def render_screen(
    request, template, *, kind, language, title, context=None, status=200, chrome=None
):
    """A screen of the site that is not a page (search, a topic, not found), in the site's
    layout: `page` stands in for a payload with what the layout reads of one. The language
    switcher goes to each language's home page unless `context` brings `translations`;
    `chrome` is the menu and footer when the caller read them already (see `site_chrome`)."""
    context = dict(context or {})
    if chrome is None:
        chrome = site_chrome(request, language)
    translations = context.pop("translations", None) or [
        {"locale": code, "url": f"/{code}/"} for code in LANGUAGE_CODES
    ]
    page = {"type": kind, "locale": language, "title": title, "translations": translations}
    page.update(context.pop("page", {}))
    with translation.override(language):
        response = TemplateResponse(
            request,
            template,
            {"page": page, "language": language, **chrome, **context},
            status=status,
        )
        response.render()
    return response
