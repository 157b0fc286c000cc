"""List cards: what lists, searches and a campaign's related pages show of a page, read from
`PublicPage` rows (api/schema/cards.py declares them)."""

from dataclasses import dataclass

from api.models import PayloadDependency, PublicPage
from api.payloads.media import image_payloads
from cms.languages import local_iso_time
from events.models import EventPage

SUMMARY_FIELDS = (
    "page_id", "type", "language", "title", "slug", "url", "summary", "image_id",
    "first_published_at", "publication_date",
)  # fmt: skip


@dataclass
class Card:
    page_id: int
    data: dict
    dependencies: set[tuple[str, int]]


def cards(pages) -> list[Card]:
    """List cards of `PublicPage` rows in four queries (five when events are among them), read
    as plain values.

    Model instances and Django's prefetching would cost more than the queries themselves,
    so rows, images, renditions and topics are read with `values()`.
    """
    rows = list(pages.values(*SUMMARY_FIELDS))
    page_ids = [row["page_id"] for row in rows]
    image_ids = {row["image_id"] for row in rows if row["image_id"]}
    images = image_payloads(image_ids)
    topics = {}
    for link in (
        PublicPage.topics.through.objects.filter(publicpage_id__in=page_ids)
        .order_by("id")
        .values("publicpage_id", "topic_id", "topic__slug", "topic__name")
    ):
        topics.setdefault(link["publicpage_id"], []).append(
            {"id": link["topic_id"], "slug": link["topic__slug"], "name": link["topic__name"]}
        )
    events = _event_fields([row["page_id"] for row in rows if row["type"] == "event"])
    built = []
    for row in rows:
        page_topics = topics.get(row["page_id"], [])
        image = images.get(row["image_id"])
        dependencies = {(PayloadDependency.Kind.TOPIC, topic["id"]) for topic in page_topics}
        if image is not None:
            dependencies.add((PayloadDependency.Kind.IMAGE, image["id"]))
        data = {
            "id": row["page_id"],
            "type": row["type"],
            "locale": row["language"],
            "title": row["title"],
            "slug": row["slug"],
            "url": row["url"],
            "summary": row["summary"],
            "image": image,
            "first_published_at": local_iso_time(row["first_published_at"]),
            "publication_date": row["publication_date"],
            "topics": page_topics,
        }
        data.update(events.get(row["page_id"], {}))
        built.append(Card(row["page_id"], data, dependencies))
    return built


def _event_fields(page_ids) -> dict[int, dict]:
    """What an event's card shows besides the common fields (its page's fields, so stored with
    the card like the title), in one query for all of them; none without events."""
    if not page_ids:
        return {}
    fields = {}
    for event in EventPage.objects.filter(pk__in=page_ids).values(
        "pk", "kind", "format", "is_cancelled", "starts_at", "ends_at", "city"
    ):
        cancelled = event.pop("is_cancelled")
        fields[event.pop("pk")] = {
            **event,
            "cancelled": cancelled,
            "starts_at": local_iso_time(event["starts_at"]),
            "ends_at": local_iso_time(event["ends_at"]),
        }
    return fields
