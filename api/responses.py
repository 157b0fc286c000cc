"""Answers of the page endpoints, joined from stored JSON (api/stored_payloads.py) and per-request parts.

A list is its cards joined as text; a page is its stored payload plus what changes without it
being published — its published translations, its breadcrumbs, its campaign, a campaign's
related pages and a petition's signature figures — all read in one query or two. The markers
the stored JSON carries (api/payloads/) are then replaced: media URLs get the request's host,
internal links the path of the linked page in the reader's language.
"""

import html
import json
import re
from datetime import UTC, datetime
from uuid import UUID

from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from rest_framework import renderers
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from api import indicators
from api.models import PublicPage
from api.page_types import CAMPAIGN_CONTENT_TYPES, RELATED_GROUPS
from api.payloads.consultations import contribution_payload, version_summary
from api.payloads.pages import ancestor_paths
from api.scripts import latin_data
from api.stored_payloads import missing_cards, missing_payload
from campaigns.models import PetitionPage, petition_is_open
from campaigns.queries import with_public_signature_count
from cms.kazakh_script import LATIN_SCRIPT
from cms.languages import SOURCE_LANGUAGE, language_order
from consultations.contributions import accepted_proposals, article_counts
from consultations.models import TextVersion
from events.attendance import attendee_count
from events.models import EventPage, days_needed, event_days
from events.queries import SEAT_FIELDS, seat_figures, seats_taken, with_seats_taken
from translations.status import is_outdated

# How the markers look once JSON-encoded: "\u0001/media/..." and
# <a href=\"\u0002{translation key}.{page id}\u0002\">.
_MEDIA_MARK = '"\\u0001'
_PAGE_LINK = re.compile(r'<a href=\\"\\u0002([0-9a-f]{32})\.(\d+)\\u0002\\">')
_ENTRY_FIELDS = (
    "page_id", "translation_key", "language", "url", "title", "tree_path", "last_published_at",
)  # fmt: skip


class PreRenderedJSON:
    """A response body already in JSON; `JSONRenderer` passes it through."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


class JSONRenderer(renderers.JSONRenderer):
    """Passes pre-rendered JSON through. An answer asked for in Latin script (api/scripts.py;
    the view sets `request.script`) is converted here, last, so that stored payloads, caches and
    cyrl answers never see Latin: a cyrl answer costs one attribute read more."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        request = (renderer_context or {}).get("request")
        if getattr(request, "script", None) == LATIN_SCRIPT and _succeeded(renderer_context):
            if isinstance(data, PreRenderedJSON):
                text = dumps(latin_data(json.loads(data.text), kazakh=request.kazakh_answer))
                return text.encode()
            data = latin_data(data, kazakh=request.kazakh_answer)
        elif isinstance(data, PreRenderedJSON):
            return data.text.encode()
        return super().render(data, accepted_media_type, renderer_context)


def _succeeded(renderer_context) -> bool:
    response = renderer_context.get("response")
    return response is not None and 200 <= response.status_code < 300


def dumps(data) -> str:
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))


def _finish(text: str, request) -> PreRenderedJSON:
    if _MEDIA_MARK in text:
        text = text.replace(_MEDIA_MARK, '"' + request.build_absolute_uri("/")[:-1])
    return PreRenderedJSON(text)


def _cards(rows) -> list[tuple[int, str]]:
    """(page id, card JSON) of (page id, card JSON, generation, type) rows, in order, building
    the cards not stored yet. A petition's card gets its figures as they are now (one query for
    all of them), like its page: a delivered petition must not look open in a list."""
    missing = {page_id: generation for page_id, card, generation, _ in rows if card is None}
    built = missing_cards(missing) if missing else {}
    petitions = [page_id for page_id, _card, _generation, kind in rows if kind == "petition"]
    figures = _petition_figures(petitions, card=True) if petitions else {}
    events = [page_id for page_id, _card, _generation, kind in rows if kind == "event"]
    if events:
        figures.update(_event_figures(events))
    cards = []
    for page_id, card, _generation, _kind in rows:
        card = card or built.get(page_id)
        if card is None:
            continue
        if page_id in figures:
            card = card[:-1] + "," + dumps(figures[page_id])[1:]
        cards.append((page_id, card))
    return cards


def page_list(pages, limit: int, offset: int, request) -> PreRenderedJSON:
    """`{"meta": ..., "items": [cards]}` for a window of a queryset of `PublicPage` rows.

    Two queries: the count reads only the index, and the window then stops after `limit` rows
    of the ordering's index (a window function counting alongside would read every row).
    """
    total = pages.count()
    rows = []
    if offset < total:
        window = pages.values_list("page_id", "card_json", "payload_generation", "type")
        rows = list(window[offset : offset + limit])
    meta = {"total_count": total, "limit": limit, "offset": offset}
    items = ",".join(card for _page_id, card in _cards(rows))
    return _finish(f'{{"meta":{dumps(meta)},"items":[{items}]}}', request)


def page_detail(request, **lookup) -> PreRenderedJSON | None:
    """The full payload of the public page matching `lookup` (page_id= or url=), or None."""
    ((field, value),) = lookup.items()
    row = _read_row(field, value)
    if row is None:
        return None
    payload = row["payload_json"] or missing_payload(row["page_id"], row["payload_generation"])
    if payload is None:
        return None  # unpublished between the two reads
    return _finish(_with_request_parts(row, payload), request)


def preview_detail(request, payload: str, page) -> PreRenderedJSON:
    """A draft's payload (built from the object, api/preview.py) with the parts every page
    answer adds: those of the published page when there is one, else empty ones."""
    row = _read_row("page_id", page.pk) if page.pk else None
    if row is not None:
        return _finish(_with_request_parts(row, payload), request)
    kind = _type_of(payload)
    parts = {"translations": [], "breadcrumbs": []}
    if kind in CAMPAIGN_CONTENT_TYPES:
        parts["campaign"] = None
    if kind == "petition":
        parts.update({"signature_count": 0, "percent": 0, "is_open": True})
    if kind == "event":
        # The draft's own settings, with the seats taken so far.
        fields = {field: getattr(page, field) for field in SEAT_FIELDS}
        parts.update(seat_figures({**fields, "seats_taken": seats_taken(page.translation_key)}))
        parts["attendee_count"] = (
            attendee_count(page.translation_key, needed=page.days_needed) if page.pk else 0
        )
    if kind == "consultation":
        parts.update(_consultation_parts(page.translation_key, page.locale.language_code))
    text = payload[:-1] + "," + dumps(parts)[1:]
    if kind == "campaign" and indicators.has_computed(text):
        text = dumps(
            indicators.fill(
                json.loads(text),
                campaign_key=page.translation_key,
                language=page.locale.language_code,
            )
        )
    if kind == "campaign":
        empty = dumps({group: [] for group in dict.fromkeys(RELATED_GROUPS.values())})
        text = text[:-1] + ',"related":' + empty + "}"
    return _finish(text, request)


def _type_of(payload: str) -> str:
    return json.loads(payload).get("type", "")


def _with_request_parts(row, payload: str) -> str:
    if row["type"] == "campaign" and indicators.has_computed(payload):
        payload = dumps(
            indicators.fill(
                json.loads(payload), campaign_key=row["translation_key"], language=row["language"]
            )
        )
    links = {(key, int(page_id)) for key, page_id in _PAGE_LINK.findall(payload)}
    keys = {row["translation_key"].hex, *(key for key, _ in links)}
    if row["campaign_key"] is not None:
        keys.add(row["campaign_key"].hex)
    entries = _read_entries(keys, ancestor_paths(row["tree_path"]))
    parts = {
        "translations": _translations(row, entries),
        "breadcrumbs": _breadcrumbs(row, entries),
    }
    if row["type"] in CAMPAIGN_CONTENT_TYPES:
        parts["campaign"] = _campaign_link(row, entries)
    if row["type"] == "petition":
        # Nothing when the petition went between the two reads; its row goes with it.
        parts.update(_petition_figures([row["page_id"]]).get(row["page_id"], NO_FIGURES))
    if row["type"] == "event":
        parts.update(
            _event_figures([row["page_id"]], with_attendees=True).get(
                row["page_id"], {**NO_SEATS, "attendee_count": 0}
            )
        )
    if row["type"] == "consultation":
        parts.update(_consultation_parts(row["translation_key"], row["language"]))
    text = payload[:-1] + "," + dumps(parts)[1:]
    if row["type"] == "campaign":
        text = text[:-1] + ',"related":' + _related(row) + "}"
    if links:
        text = _link_targets(text, row["language"], entries)
    return text


# The page endpoint's two reads, in SQL written out once: building them with the ORM on every
# request cost more than running them (and this endpoint is what the website calls most).
_ROW_FIELDS = (
    "page_id", "payload_json", "payload_generation", "translation_key", "tree_path", "language",
    "type", "campaign_key",
)  # fmt: skip


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _read_row(field: str, value):
    """The page's row and when wagtail-localize last read its source (`synced_at`, from which
    and the source's last publish translations/status.py tells whether a translation is
    outdated)."""
    if field not in {"page_id", "url"}:
        raise ValueError(field)
    sql = (
        f"SELECT {', '.join('p.' + name for name in _ROW_FIELDS)}, "
        f"(SELECT s.last_updated_at FROM {_table(TranslationSource)} s "
        f"JOIN {_table(Locale)} l ON l.id = s.locale_id "
        f"WHERE s.object_id = p.translation_key AND l.language_code = %s) "
        f"FROM {_table(PublicPage)} p WHERE p.{field} = %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [SOURCE_LANGUAGE, value])
        found = cursor.fetchone()
    if found is None:
        return None
    row = dict(zip((*_ROW_FIELDS, "synced_at"), found, strict=True))
    row["translation_key"] = _uuid(row["translation_key"])
    row["campaign_key"] = _uuid(row["campaign_key"])
    row["synced_at"] = _datetime(row["synced_at"])
    return row


def _read_entries(keys, tree_paths) -> list[dict]:
    """Public rows of the given translation keys (hex) and tree paths."""
    key_field = PublicPage._meta.get_field("translation_key")
    keys = [key_field.get_db_prep_value(UUID(key), connection) for key in keys]
    conditions = [f"translation_key IN ({', '.join(['%s'] * len(keys))})"]
    if tree_paths:
        conditions.append(f"tree_path IN ({', '.join(['%s'] * len(tree_paths))})")
    sql = (
        f"SELECT {', '.join(_ENTRY_FIELDS)} FROM {_table(PublicPage)} "
        f"WHERE {' OR '.join(conditions)}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*keys, *tree_paths])
        rows = cursor.fetchall()
    entries = []
    for found in rows:
        entry = dict(zip(_ENTRY_FIELDS, found, strict=True))
        entry["translation_key"] = _uuid(entry["translation_key"])
        entry["last_published_at"] = _datetime(entry["last_published_at"])
        entries.append(entry)
    return entries


def _uuid(value):
    if value is None or isinstance(value, UUID):
        return value
    return UUID(str(value))


def _datetime(value):
    """A timezone-aware datetime from what the database driver returned (SQLite: text)."""
    if value is None or (isinstance(value, datetime) and timezone.is_aware(value)):
        return value
    parsed = value if isinstance(value, datetime) else parse_datetime(str(value))
    return timezone.make_aware(parsed, UTC) if timezone.is_naive(parsed) else parsed


def _translations(row, entries):
    own = sorted(
        (each for each in entries if each["translation_key"] == row["translation_key"]),
        key=lambda each: language_order(each["language"]),
    )
    # A source that is not public has no newer published version for anyone to lag behind.
    source = next((each for each in own if each["language"] == SOURCE_LANGUAGE), None)
    return [
        {
            "locale": each["language"],
            "id": each["page_id"],
            "url": each["url"],
            "title": each["title"],
            "outdated": source is not None
            and each is not source
            and is_outdated(
                source_published_at=source["last_published_at"],
                synced_at=row["synced_at"],
                live=True,
                published_at=each["last_published_at"],
            ),
        }
        for each in own
    ]


def _breadcrumbs(row, entries):
    by_path = {each["tree_path"]: each for each in entries}
    return [
        {
            "id": by_path[path]["page_id"],
            "title": by_path[path]["title"],
            "url": by_path[path]["url"],
        }
        for path in ancestor_paths(row["tree_path"])
        if path in by_path
    ]


def _campaign_link(row, entries):
    """The page's campaign in the reader's language, else in the first language it is public in."""
    candidates = sorted(
        (each for each in entries if each["translation_key"] == row["campaign_key"]),
        key=lambda each: (each["language"] != row["language"], language_order(each["language"])),
    )
    if not candidates:
        return None
    chosen = candidates[0]
    return {"id": chosen["page_id"], "title": chosen["title"], "url": chosen["url"]}


def _related(row) -> str:
    """A campaign's public articles, videos and petitions in its language, newest first."""
    rows = list(
        PublicPage.objects.filter(
            campaign_key=row["translation_key"],
            language=row["language"],
            type__in=list(RELATED_GROUPS),
        )
        .order_by("-first_published_at", "page_id")
        .values_list("page_id", "card_json", "payload_generation", "type")
    )
    types = {page_id: kind for page_id, _card, _generation, kind in rows}
    groups = {group: [] for group in dict.fromkeys(RELATED_GROUPS.values())}
    for page_id, card in _cards(rows):
        groups[RELATED_GROUPS[types[page_id]]].append(card)
    return "{" + ",".join(f'"{group}":[{",".join(items)}]' for group, items in groups.items()) + "}"


NO_FIGURES = {"signature_count": 0, "percent": None, "is_open": False}


def _petition_figures(page_ids, *, card=False) -> dict[int, dict]:
    """Each petition's public signature count (campaigns/queries.py), in one query; for a card
    also the goal, deadline and state its page payload stores (a card is stored without them)."""
    petitions = with_public_signature_count(PetitionPage.objects.filter(pk__in=page_ids)).values(
        "pk", "public_signature_count", "goal", "state", "deadline"
    )
    figures = {}
    for petition in petitions:
        count = petition["public_signature_count"]
        shown = {key: petition[key] for key in ("goal", "deadline", "state")} if card else {}
        figures[petition["pk"]] = {
            **shown,
            "signature_count": count,
            "percent": round(count * 100 / petition["goal"]) if petition["goal"] else None,
            "is_open": petition_is_open(state=petition["state"], deadline=petition["deadline"]),
        }
    return figures


NO_SEATS = {"registration_state": "closed", "seats_left": None}


def _event_figures(page_ids, *, with_attendees=False) -> dict[int, dict]:
    """Each event's registration state and seats left (events/queries.py), in one query; for a
    page also who attended under its rule (events/attendance.py), in one more."""
    rule_fields = ("translation_key", "starts_at", "attendance_rule", "attendance_min_days")
    events = with_seats_taken(EventPage.objects.filter(pk__in=page_ids)).values(
        "pk", "seats_taken", *SEAT_FIELDS, *(rule_fields if with_attendees else ())
    )
    now = timezone.now()
    figures = {}
    for event in events:
        figures[event["pk"]] = seat_figures(event, now)
        if with_attendees:
            needed = days_needed(
                rule=event["attendance_rule"],
                min_days=event["attendance_min_days"],
                days=len(event_days(event["starts_at"], event["ends_at"])),
            )
            figures[event["pk"]]["attendee_count"] = attendee_count(
                event["translation_key"], needed=needed
            )
    return figures


def _consultation_parts(consultation_key, language: str) -> dict:
    """What people said about the draft, whatever language they wrote in: the published
    contributions counted per article, the proposals accepted, and the versions of the text
    recorded so far. Four queries."""
    counts = article_counts(consultation_key)
    return {
        "versions": [
            version_summary(version)
            for version in TextVersion.objects.filter(consultation_key=consultation_key).defer(
                "texts"
            )
        ],
        "article_counts": [{"article": article, **figures} for article, figures in counts.items()],
        "accepted_proposals": [
            contribution_payload(row, language) for row in accepted_proposals(consultation_key)
        ],
    }


def _link_targets(text: str, language: str, entries) -> str:
    """Points each marked link at the linked page in the reader's language, falling back to the
    linked page itself; a link to a page nobody may see keeps its text and loses its target."""
    by_key = {(each["translation_key"].hex, each["language"]): each["url"] for each in entries}
    by_id = {each["page_id"]: each["url"] for each in entries}

    def replace(match):
        key, page_id = match.group(1), int(match.group(2))
        url = by_key.get((key, language)) or by_id.get(page_id)
        if url is None:
            return "<a>"
        return '<a href=\\"' + json.dumps(html.escape(url), ensure_ascii=False)[1:-1] + '\\">'

    return _PAGE_LINK.sub(replace, text)
