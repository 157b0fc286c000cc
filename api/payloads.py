"""Builds the stored JSON of pages: list cards and full pages (see `PublicPage.card_json`).

Plain functions over plain data: the cards of many pages are built from a fixed handful of
queries (everything a payload refers to is gathered first, then fetched in one query per kind)
and without instantiating Wagtail blocks. `api/schema.py` declares the same shapes for OpenAPI;
tests validate every response against it.

What is stored must not depend on the request or on other pages' state, so two things are
written as markers and filled in per request by api/responses.py:
- media URLs relative to this server start with MEDIA_MARK (made absolute with the request's host);
- internal page links are `<a href="PAGE_MARK{translation key}.{page id}PAGE_MARK">`, pointed at
  the linked page's published version in the reader's language when it is read.
"""

import json
import re
from dataclasses import dataclass, field

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from api.models import PayloadDependency, PublicPage
from api.page_types import SECTION_LISTS
from api.richtext import expand_links, linked_ids
from articles.models import VideoCaption
from campaigns.models import CampaignPartner
from cms.models import PageAuthor, reading_time_minutes
from cms.safe_links import safe_link
from cms.video import parse_video_url

# Renditions every image comes with: a listing card, a full-width picture, an Open Graph card.
RENDITIONS = {"card": "fill-640x360", "wide": "width-1600", "og": "fill-1200x630"}
TREE_STEP = 4  # treebeard's path step length, as Wagtail configures it

MEDIA_MARK = "\x01"
PAGE_MARK = "\x02"
_MARKS = re.compile("[\x01\x02]")
Kind = PayloadDependency.Kind


class Marked(str):
    """A string the builder made, which may carry markers; every other string is cleaned of
    them before storing, so content typed by an editor can never fake one."""


def localtime(value):
    return timezone.localtime(value).isoformat() if value else None


def encode(data) -> str:
    """The stored JSON text of a payload (compact, UTF-8 as is, markers escaped as \\u0001)."""
    return json.dumps(
        _clean(data), cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")
    )


def _clean(value):
    if isinstance(value, Marked):
        return str(value)
    if isinstance(value, str):
        return _MARKS.sub("", value)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
    return value


def image_queryset():
    return get_image_model().objects.prefetch_renditions(*RENDITIONS.values())


@dataclass
class References:
    """What a payload links to, gathered before anything is fetched."""

    images: set[int] = field(default_factory=set)
    documents: set[int] = field(default_factory=set)
    pages: set[int] = field(default_factory=set)

    def add_html(self, raw_html):
        pages, documents = linked_ids(raw_html or "")
        self.pages |= pages
        self.documents |= documents

    def add_image(self, image_id):
        if image_id:
            self.images.add(image_id)


class PayloadContext:
    """What a payload's references resolved to, and which outside objects it showed."""

    def __init__(self):
        self.images = {}
        self.documents = {}
        self.page_keys = {}
        self.dependencies: set[tuple[str, int]] = set()

    @staticmethod
    def absolute(url):
        if not url:
            return None
        # Storage URLs such as S3's are absolute already; local ones get the reader's host.
        return Marked(MEDIA_MARK + url) if url.startswith("/") else url

    def depends_on(self, kind, object_id):
        if object_id:
            self.dependencies.add((kind, object_id))

    def resolve(self, references: References):
        """Fetches images, documents and the translation keys of linked pages."""
        if references.images:
            self.images = {
                image.pk: image for image in image_queryset().filter(pk__in=references.images)
            }
        if references.documents:
            self.documents = {
                document.pk: document
                for document in get_document_model().objects.filter(pk__in=references.documents)
            }
        if references.pages:
            self.page_keys = dict(
                Page.objects.filter(pk__in=references.pages).values_list("pk", "translation_key")
            )

    # -- pieces -------------------------------------------------------------------------

    def image(self, image, alt=""):
        """`alt`: written for this use of the image, in the page's language. Never the image's
        title or description: those are the library's, in the language of whoever uploaded it."""
        if image is None:
            return None
        self.depends_on(Kind.IMAGE, image.pk)
        renditions = _prefetched_renditions(image) or image.get_renditions(*RENDITIONS.values())
        return {
            "id": image.pk,
            "title": image.title,
            "alt": alt,
            "width": image.width,
            "height": image.height,
            "renditions": {
                name: {
                    "url": self.absolute(renditions[spec].url),
                    "width": renditions[spec].width,
                    "height": renditions[spec].height,
                }
                for name, spec in RENDITIONS.items()
            },
        }

    def image_by_id(self, image_id, alt=""):
        return self.image(self.images.get(image_id), alt) if image_id else None

    def document(self, document_id):
        document = self.documents.get(document_id)
        if document is None:
            return None
        self.depends_on(Kind.DOCUMENT, document.pk)
        return {
            "id": document.pk,
            "title": document.title,
            "url": self.absolute(document.file.url),
            "filename": document.filename,
            "extension": document.file_extension.lower(),
            "size": document.file_size,
        }

    def document_url(self, document_id):
        document = self.documents.get(document_id)
        if document is None:
            return None
        self.depends_on(Kind.DOCUMENT, document.pk)
        return self.absolute(document.file.url)

    def page_link(self, page_id):
        key = self.page_keys.get(page_id)
        return f"{PAGE_MARK}{key.hex}.{page_id}{PAGE_MARK}" if key else None

    def html(self, raw_html):
        return Marked(
            expand_links(_MARKS.sub("", raw_html or ""), self.page_link, self.document_url)
        )


def _prefetched_renditions(image):
    """The renditions `image_queryset()` prefetched, by filter spec, when all are there.

    Wagtail's `get_renditions` re-parses every filter spec and hashes the focal point on each
    call, which costs more than the rest of a list item; the newest rendition of a spec is the
    one made for the image's current focal point.
    """
    prefetched = getattr(image, "prefetched_renditions", None)
    if prefetched is None:
        return None
    newest = {}
    for rendition in prefetched:
        current = newest.get(rendition.filter_spec)
        if current is None or rendition.pk > current.pk:
            newest[rendition.filter_spec] = rendition
    if not all(spec in newest for spec in RENDITIONS.values()):
        return None  # some rendition was never made: let Wagtail make it
    return newest


# --- summaries ---------------------------------------------------------------------------


def topic_payload(topic):
    return {"id": topic.pk, "slug": topic.slug, "name": topic.name}


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
    """List cards of `PublicPage` rows in four queries, read as plain values.

    Model instances and Django's prefetching would cost more than the queries themselves,
    so rows, images, renditions and topics are read with `values()`.
    """
    rows = list(pages.values(*SUMMARY_FIELDS))
    page_ids = [row["page_id"] for row in rows]
    image_ids = {row["image_id"] for row in rows if row["image_id"]}
    images = _image_payloads(image_ids, PayloadContext())
    topics = {}
    for link in (
        PublicPage.topics.through.objects.filter(publicpage_id__in=page_ids)
        .order_by("id")
        .values("publicpage_id", "topic_id", "topic__slug", "topic__name")
    ):
        topics.setdefault(link["publicpage_id"], []).append(
            {"id": link["topic_id"], "slug": link["topic__slug"], "name": link["topic__name"]}
        )
    built = []
    for row in rows:
        page_topics = topics.get(row["page_id"], [])
        image = images.get(row["image_id"])
        dependencies = {(Kind.TOPIC, topic["id"]) for topic in page_topics}
        if image is not None:
            dependencies.add((Kind.IMAGE, image["id"]))
        data = {
            "id": row["page_id"],
            "type": row["type"],
            "locale": row["language"],
            "title": row["title"],
            "slug": row["slug"],
            "url": row["url"],
            "summary": row["summary"],
            "image": image,
            "first_published_at": localtime(row["first_published_at"]),
            "publication_date": row["publication_date"],
            "topics": page_topics,
        }
        built.append(Card(row["page_id"], data, dependencies))
    return built


def _image_payloads(image_ids, context: PayloadContext):
    """Image payloads by id from two value queries; images missing a rendition go through
    Wagtail, which makes it."""
    if not image_ids:
        return {}
    image_model = get_image_model()
    rendition_model = image_model.get_rendition_model()
    storage = rendition_model._meta.get_field("file").storage
    newest = {}
    for rendition in rendition_model.objects.filter(
        image_id__in=image_ids, filter_spec__in=RENDITIONS.values()
    ).values("id", "image_id", "filter_spec", "file", "width", "height"):
        key = (rendition["image_id"], rendition["filter_spec"])
        if key not in newest or rendition["id"] > newest[key]["id"]:
            newest[key] = rendition
    payloads, incomplete = {}, []
    for image in image_model.objects.filter(pk__in=image_ids).values(
        "id", "title", "width", "height"
    ):
        found = [newest.get((image["id"], spec)) for spec in RENDITIONS.values()]
        if not all(found):
            incomplete.append(image["id"])
            continue
        payloads[image["id"]] = {
            "id": image["id"],
            "title": image["title"],
            # A card's image sits beside the page's title, which names the same link.
            "alt": "",
            "width": image["width"],
            "height": image["height"],
            "renditions": {
                name: {
                    "url": context.absolute(storage.url(rendition["file"])),
                    "width": rendition["width"],
                    "height": rendition["height"],
                }
                for name, rendition in zip(RENDITIONS, found, strict=True)
            },
        }
    for image in image_queryset().filter(pk__in=incomplete):
        payloads[image.pk] = context.image(image)
    return payloads


# --- StreamField ---------------------------------------------------------------------------


def _collect_body(blocks, references: References):
    for block in blocks:
        value = block.get("value")
        kind = block.get("type")
        if kind in {"paragraph"}:
            references.add_html(value)
        elif kind == "fact_box":
            references.add_html(value.get("body"))
        elif kind == "image":
            references.add_image(value.get("image"))
        elif kind == "document" and value.get("document"):
            references.documents.add(value["document"])
        elif kind == "chapter":
            _collect_body(value.get("body") or [], references)
        elif kind == "activity":
            references.add_html(value.get("description"))


def _percent(achieved, target):
    if achieved is None or not target:
        return None
    return round(achieved * 100 / target)


def _block_value(kind, value, context: PayloadContext):
    """The API value of one stored block, or None to leave the block out (e.g. a deleted image)."""
    if kind == "heading":
        return {"text": value.get("text", ""), "level": value.get("level") or "h2"}
    if kind == "paragraph":
        return context.html(value)
    if kind == "quote":
        return {"quote": value.get("quote", ""), "attribution": value.get("attribution") or ""}
    if kind == "image":
        image = context.images.get(value.get("image"))
        if image is None:
            return None
        # Both are translated with the page; no text at all means decoration.
        alt = value.get("alt_text") or value.get("caption") or ""
        return {
            "image": context.image(image, alt),
            "caption": value.get("caption") or "",
            "alt": alt,
        }
    if kind == "embed":
        if safe_link(value) is None:
            return None  # e.g. a translator's javascript: override: nothing to show
        video = parse_video_url(value or "")
        return {
            "url": value or "",
            "provider": video.provider if video else None,
            "video_id": video.video_id if video else None,
        }
    if kind == "document":
        document = context.document(value.get("document"))
        if document is None:
            return None
        return {"document": document, "title": value.get("title") or document["title"]}
    if kind == "table":
        return {
            "caption": value.get("table_caption") or "",
            "first_row_is_header": bool(value.get("first_row_is_table_header")),
            "first_col_is_header": bool(value.get("first_col_is_header")),
            "rows": [
                ["" if cell is None else str(cell) for cell in row] for row in value.get("data", [])
            ],
        }
    if kind == "fact_box":
        return {"title": value.get("title", ""), "body": context.html(value.get("body"))}
    if kind == "legal_references":
        return {
            "items": [
                {
                    "title": item.get("title", ""),
                    "citation": item.get("citation") or "",
                    "url": safe_link(item.get("url")),
                }
                # ListBlock items are stored as {"type": "item", "value": ...} since Wagtail 2.16
                for item in (
                    raw.get("value", raw) if isinstance(raw, dict) and "value" in raw else raw
                    for raw in value.get("items", [])
                )
            ]
        }
    if kind == "activity":
        return {
            "title": value.get("title", ""),
            "description": context.html(value.get("description")),
        }
    if kind == "indicator":
        target, achieved = value.get("target"), value.get("achieved")
        return {
            "label": value.get("label", ""),
            "target": target,
            "achieved": achieved,
            "percent": _percent(achieved, target),
        }
    raise ValueError(f"No API representation for block type {kind!r}")


def stream_payload(blocks, context: PayloadContext):
    out = []
    for block in blocks:
        value = _block_value(block["type"], block.get("value"), context)
        if value is not None:
            out.append({"type": block["type"], "id": block.get("id"), "value": value})
    return out


def raw_stream(stream_value):
    return list(stream_value.raw_data) if stream_value is not None else []


# --- full pages ----------------------------------------------------------------------------


def ancestor_paths(tree_path: str) -> list[str]:
    """Tree paths of a page's ancestors below the root, home first."""
    return [tree_path[:length] for length in range(2 * TREE_STEP, len(tree_path), TREE_STEP)]


def _sort_order(link):
    return link.sort_order if link.sort_order is not None else 0


class PagePayload:
    """Builds the stored part of one public page's payload in a bounded number of queries.

    Left out, because they change without this page being published, and added per request by
    api/responses.py: `translations`, `breadcrumbs`, `campaign`, a campaign's `related` pages
    and a petition's signature figures.
    """

    def __init__(self, entry: PublicPage, page, *, in_memory: bool = False):
        """`in_memory`: `page` is a draft (a preview) whose related rows (authors, partners,
        captions, topics) are read from the object, not from the database."""
        self.entry = entry
        self.page = page
        self.in_memory = in_memory
        self.context = PayloadContext()
        self.references = References()

    def build(self) -> dict:
        page, entry = self.page, self.entry
        kind = entry.type
        self.references.add_image(getattr(page, "hero_image_id", None))
        self.references.add_image(getattr(page, "social_image_id", None))
        for field_name in ("intro", "goals", "problems", "demand", "transcript"):
            self.references.add_html(getattr(page, field_name, ""))
        for stream_name in ("body", "chapters", "activities"):
            _collect_body(raw_stream(getattr(page, stream_name, None)), self.references)

        authors = partners = captions = []
        if kind in {"article", "long_read"}:
            links = (
                page.page_authors.all()
                if self.in_memory
                else PageAuthor.objects.filter(page=page).select_related("author")
            )
            authors = [link.author for link in sorted(links, key=_sort_order)]
            for author in authors:
                self.references.add_image(author.photo_id)
                self.context.depends_on(Kind.AUTHOR, author.pk)
        if kind == "campaign":
            links = (
                page.campaign_partners.all()
                if self.in_memory
                else CampaignPartner.objects.filter(page=page).select_related("partner")
            )
            partners = sorted(links, key=_sort_order)
            for link in partners:
                self.references.add_image(link.partner.logo_id)
                self.context.depends_on(Kind.PARTNER, link.partner_id)
        if kind == "video_clip":
            self.references.add_image(page.thumbnail_id)
            if page.video_file_id:
                self.references.documents.add(page.video_file_id)
            links = (
                page.captions.all()
                if self.in_memory
                else VideoCaption.objects.filter(page=page).select_related("file")
            )
            captions = sorted(links, key=lambda caption: caption.language)
            for caption in captions:
                self.context.depends_on(Kind.DOCUMENT, caption.file_id)

        if self.in_memory:
            topics = [link.topic for link in page.page_topics.all()]
        else:
            topics = [
                link.topic
                for link in PublicPage.topics.through.objects.filter(publicpage_id=entry.page_id)
                .select_related("topic")
                .order_by("id")
            ]
        for topic in topics:
            self.context.depends_on(Kind.TOPIC, topic.pk)
        self.context.resolve(self.references)

        data = self._common(topics)
        builder = getattr(self, f"_{kind}")
        data.update(builder(page, authors=authors, partners=partners, captions=captions))
        return data

    @property
    def dependencies(self):
        return self.context.dependencies

    def _common(self, topics):
        page, entry, context = self.page, self.entry, self.context
        social_image = context.images.get(getattr(page, "social_image_id", None)) or (
            context.images.get(getattr(page, "hero_image_id", None))
        )
        social = context.image(social_image)
        data = {
            "id": page.pk,
            "type": entry.type,
            "locale": entry.language,
            "url": entry.url,
            "title": page.title,
            "slug": page.slug,
            "first_published_at": localtime(page.first_published_at),
            "last_published_at": localtime(page.last_published_at),
            "meta": {
                "seo_title": page.seo_title or page.title,
                "search_description": page.search_description or getattr(page, "summary", ""),
                "social_image": social["renditions"]["og"] if social else None,
            },
        }
        if hasattr(page, "summary"):
            data.update(
                {
                    "summary": page.summary,
                    "image": context.image_by_id(page.hero_image_id, page.hero_image_alt),
                    "topics": [topic_payload(topic) for topic in topics],
                    # Counted when the page was published, without building its blocks.
                    "reading_time_minutes": reading_time_minutes(entry.word_count),
                    "word_count": entry.word_count,
                }
            )
        return data

    # -- one builder per page type ------------------------------------------------------

    def _home(self, page, **_):
        return {"intro": self.context.html(page.intro)}

    def _index(self, page, **_):
        return {
            "intro": self.context.html(page.intro),
            "lists_types": list(SECTION_LISTS.get(page.specific_class, ())),
        }

    def _authors(self, authors):
        return [
            {
                "id": author.pk,
                "name": author.name,
                "role": author.role,
                "photo": self.context.image_by_id(author.photo_id, author.name),
            }
            for author in authors
        ]

    def _article(self, page, authors, **_):
        return {
            "authors": self._authors(authors),
            "publication_date": page.publication_date,
            "body": stream_payload(raw_stream(page.body), self.context),
        }

    def _long_read(self, page, authors, **_):
        toc = page.table_of_contents
        chapters = []
        for entry, block in zip(toc, raw_stream(page.chapters), strict=False):
            value = block.get("value") or {}
            chapters.append(
                {
                    "title": value.get("title", ""),
                    "anchor": entry["anchor"],
                    "body": stream_payload(value.get("body") or [], self.context),
                }
            )
        return {
            "authors": self._authors(authors),
            "publication_date": page.publication_date,
            "table_of_contents": toc,
            "chapters": chapters,
        }

    def _video_clip(self, page, captions, **_):
        external = page.external_video
        return {
            "publication_date": page.publication_date,
            "video": {
                "provider": external.provider if external else "file",
                "video_id": external.video_id if external else None,
                "canonical_url": external.canonical_url if external else None,
                "file": self.context.document(page.video_file_id),
            },
            "duration_seconds": page.duration_seconds,
            # A still of the video: described by the hero's alt when it is the same image.
            "thumbnail": self.context.image_by_id(
                page.thumbnail_id,
                page.hero_image_alt if page.thumbnail_id == page.hero_image_id else "",
            ),
            "transcript": self.context.html(page.transcript),
            "captions": [
                {
                    "locale": caption.language,
                    "url": self.context.absolute(caption.file.file.url),
                }
                for caption in captions
            ],
        }

    def _partners(self, links, role):
        return [
            {
                "id": link.partner.pk,
                "name": link.partner.name,
                "url": safe_link(link.partner.url),
                "logo": self.context.image_by_id(link.partner.logo_id, link.partner.name),
            }
            for link in links
            if link.role == role
        ]

    def _campaign(self, page, partners, **_):
        return {
            "period": {"start": page.period_start, "end": page.period_end},
            "goals": self.context.html(page.goals),
            "problems": self.context.html(page.problems),
            "activities": stream_payload(raw_stream(page.activities), self.context),
            "indicators": [
                item["value"] for item in stream_payload(raw_stream(page.indicators), self.context)
            ],
            "body": stream_payload(raw_stream(page.body), self.context),
            "donors": self._partners(partners, CampaignPartner.Role.DONOR),
            "partners": self._partners(partners, CampaignPartner.Role.PARTNER),
        }

    def _petition(self, page, **_):
        return {
            "addressee": page.addressee,
            "demand": self.context.html(page.demand),
            "body": stream_payload(raw_stream(page.body), self.context),
            "goal": page.goal,
            # signature_count, percent and is_open change without a publish: api/responses.py.
            "deadline": page.deadline,
            "state": page.state,
            "consent_text": page.consent_text,
        }

    def _standard(self, page, **_):
        return {"body": stream_payload(raw_stream(page.body), self.context)}
