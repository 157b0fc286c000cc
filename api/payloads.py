"""Builds the JSON of pages, images and StreamField blocks.

Plain functions over plain data: a list of 20 pages is built from a fixed handful of queries
(everything a payload refers to is gathered first, then fetched in one query per kind) and
without instantiating Wagtail blocks. `api/schema.py` declares the same shapes for OpenAPI;
tests validate every response against it.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from api.models import PublicPage
from api.page_types import SECTION_LISTS
from api.richtext import expand_links, linked_ids
from articles.models import VideoCaption
from campaigns.models import CampaignPartner
from cms.models import PageAuthor, reading_time_minutes
from cms.video import parse_video_url

# Renditions every image comes with: a listing card, a full-width picture, an Open Graph card.
RENDITIONS = {"card": "fill-640x360", "wide": "width-1600", "og": "fill-1200x630"}
TREE_STEP = 4  # treebeard's path step length, as Wagtail configures it


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
    """The reader's request and language, and what the payload's references resolved to."""

    def __init__(self, request, language):
        self.request = request
        self.language = language
        self.images = {}
        self.documents = {}
        self.page_urls = {}

    def absolute(self, url):
        if not url:
            return None
        return self.request.build_absolute_uri(url) if self.request is not None else url

    def resolve(self, references: References, entries=()):
        """Fetches images, documents and linked pages (entries: public rows already loaded)."""
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
            self.page_urls = _page_urls_for_reader(references.pages, self.language, entries)

    # -- pieces -------------------------------------------------------------------------

    def image(self, image):
        if image is None:
            return None
        renditions = _prefetched_renditions(image) or image.get_renditions(*RENDITIONS.values())
        return {
            "id": image.pk,
            "title": image.title,
            "alt": image.default_alt_text,
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

    def image_by_id(self, image_id):
        return self.image(self.images.get(image_id)) if image_id else None

    def document(self, document_id):
        document = self.documents.get(document_id)
        if document is None:
            return None
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
        return self.absolute(document.file.url) if document is not None else None

    def html(self, raw_html):
        return expand_links(raw_html or "", self.page_urls.get, self.document_url)


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


def _page_urls_for_reader(page_ids, language, entries=()):
    """Maps linked page ids to the front-end path of the linked page in the reader's language,
    falling back to the page itself; pages nobody may see map to nothing."""
    keys = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
    known = {(entry.translation_key, entry.language): entry.url for entry in entries}
    by_id = {entry.page_id: entry.url for entry in entries}
    missing = [key for key in keys.values() if (key, language) not in known]
    missing_ids = [page_id for page_id in page_ids if page_id not in by_id]
    if missing or missing_ids:
        for entry in PublicPage.objects.filter(
            Q(translation_key__in=missing) | Q(page_id__in=missing_ids)
        ).only("page_id", "translation_key", "language", "url"):
            known[(entry.translation_key, entry.language)] = entry.url
            by_id[entry.page_id] = entry.url
    return {
        page_id: known.get((key, language)) or by_id.get(page_id) for page_id, key in keys.items()
    }


# --- summaries ---------------------------------------------------------------------------


def topic_payload(topic):
    return {"id": topic.pk, "slug": topic.slug, "name": topic.name}


def summary_payload(entry: PublicPage, context: PayloadContext, topics=None):
    """A page as lists show it (topics: the entry's prefetched topics unless given)."""
    return {
        "id": entry.page_id,
        "type": entry.type,
        "locale": entry.language,
        "title": entry.title,
        "slug": entry.slug,
        "url": entry.url,
        "summary": entry.summary,
        "image": context.image(entry.image) if entry.image_id else None,
        "first_published_at": entry.first_published_at,
        "topics": [topic_payload(topic) for topic in (topics or entry.topics.all())],
    }


SUMMARY_FIELDS = (
    "page_id", "type", "language", "title", "slug", "url", "summary", "image_id",
    "first_published_at",
)  # fmt: skip


def summary_rows(pages, context: PayloadContext):
    """Summaries of a window of `PublicPage` rows in four queries, read as plain values.

    The hot path of every listing: model instances and Django's prefetching cost more than
    the queries themselves, so rows, images, renditions and topics are read with `values()`.
    """
    rows = list(pages.values(*SUMMARY_FIELDS))
    page_ids = [row["page_id"] for row in rows]
    image_ids = {row["image_id"] for row in rows if row["image_id"]}
    images = _image_payloads(image_ids, context)
    topics = {}
    for link in (
        PublicPage.topics.through.objects.filter(publicpage_id__in=page_ids)
        .order_by("id")
        .values("publicpage_id", "topic_id", "topic__slug", "topic__name")
    ):
        topics.setdefault(link["publicpage_id"], []).append(
            {"id": link["topic_id"], "slug": link["topic__slug"], "name": link["topic__name"]}
        )
    return [
        {
            "id": row["page_id"],
            "type": row["type"],
            "locale": row["language"],
            "title": row["title"],
            "slug": row["slug"],
            "url": row["url"],
            "summary": row["summary"],
            "image": images.get(row["image_id"]),
            "first_published_at": row["first_published_at"],
            "topics": topics.get(row["page_id"], []),
        }
        for row in rows
    ]


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
        "id", "title", "description", "width", "height"
    ):
        found = [newest.get((image["id"], spec)) for spec in RENDITIONS.values()]
        if not all(found):
            incomplete.append(image["id"])
            continue
        payloads[image["id"]] = {
            "id": image["id"],
            "title": image["title"],
            "alt": image["description"] or image["title"],
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
        return {
            "image": context.image(image),
            "caption": value.get("caption") or "",
            "alt": value.get("alt_text") or image.default_alt_text,
        }
    if kind == "embed":
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
                    "url": item.get("url") or None,
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


class PagePayload:
    """Assembles the full payload of one public page in a bounded number of queries."""

    def __init__(self, entry: PublicPage, page, request):
        self.entry = entry
        self.page = page
        self.context = PayloadContext(request, entry.language)
        self.references = References()

    def build(self):
        page, entry = self.page, self.entry
        kind = entry.type
        self.references.add_image(getattr(page, "hero_image_id", None))
        self.references.add_image(getattr(page, "social_image_id", None))
        for field_name in ("intro", "goals", "problems", "demand", "transcript"):
            self.references.add_html(getattr(page, field_name, ""))
        for stream_name in ("body", "chapters", "activities"):
            _collect_body(raw_stream(getattr(page, stream_name, None)), self.references)

        campaign_key = entry.campaign_key
        related_query = Q(campaign_key=page.translation_key, language=entry.language)
        entries = list(
            PublicPage.objects.filter(
                Q(translation_key=page.translation_key)
                | Q(tree_path__in=ancestor_paths(entry.tree_path))
                | (Q(translation_key=campaign_key) if campaign_key else Q(pk__in=[]))
                | (related_query if kind == "campaign" else Q(pk__in=[]))
            ).order_by("-first_published_at", "page_id")
        )
        related = [
            each
            for each in entries
            if kind == "campaign"
            and each.campaign_key == page.translation_key
            and each.language == entry.language
        ]
        for each in related:
            self.references.add_image(each.image_id)

        authors = partners = captions = []
        if kind in {"article", "long_read"}:
            authors = [
                link.author
                for link in PageAuthor.objects.filter(page=page)
                .select_related("author")
                .order_by("sort_order")
            ]
            for author in authors:
                self.references.add_image(author.photo_id)
        if kind == "campaign":
            partners = list(
                CampaignPartner.objects.filter(page=page)
                .select_related("partner")
                .order_by("sort_order")
            )
            for link in partners:
                self.references.add_image(link.partner.logo_id)
        if kind == "video_clip":
            self.references.add_image(page.thumbnail_id)
            if page.video_file_id:
                self.references.documents.add(page.video_file_id)
            captions = list(
                VideoCaption.objects.filter(page=page).select_related("file").order_by("language")
            )

        topics_by_page = self._topics([entry.page_id] + [each.page_id for each in related])
        self.context.resolve(self.references, entries)

        data = self._common(entries, topics_by_page.get(entry.page_id, []))
        builder = getattr(self, f"_{kind}")
        data.update(builder(page, authors=authors, partners=partners, captions=captions))
        if kind == "campaign":
            data["related"] = self._related(related, topics_by_page)
        return data

    def _topics(self, page_ids):
        through = PublicPage.topics.through
        topics = {}
        for link in (
            through.objects.filter(publicpage_id__in=page_ids)
            .select_related("topic")
            .order_by("id")
        ):
            topics.setdefault(link.publicpage_id, []).append(link.topic)
        return topics

    def _common(self, entries, topics):
        page, entry, context = self.page, self.entry, self.context
        by_path = {each.tree_path: each for each in entries}
        translations = sorted(
            (each for each in entries if each.translation_key == page.translation_key),
            key=lambda each: (
                ["ru", "kk", "en"].index(each.language)
                if each.language in {"ru", "kk", "en"}
                else 9
            ),
        )
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
            "first_published_at": page.first_published_at,
            "last_published_at": page.last_published_at,
            "meta": {
                "seo_title": page.seo_title or page.title,
                "search_description": page.search_description or getattr(page, "summary", ""),
                "social_image": social["renditions"]["og"] if social else None,
            },
            "translations": [
                {"locale": each.language, "id": each.page_id, "url": each.url, "title": each.title}
                for each in translations
            ],
            "breadcrumbs": [
                {
                    "id": by_path[path].page_id,
                    "title": by_path[path].title,
                    "url": by_path[path].url,
                }
                for path in ancestor_paths(entry.tree_path)
                if path in by_path
            ],
        }
        if hasattr(page, "summary"):
            data.update(
                {
                    "summary": page.summary,
                    "image": context.image_by_id(page.hero_image_id),
                    "topics": [topic_payload(topic) for topic in topics],
                    # Counted when the page was published, without building its blocks.
                    "reading_time_minutes": reading_time_minutes(entry.word_count),
                    "word_count": entry.word_count,
                }
            )
        if hasattr(page, "campaign_id"):
            data["campaign"] = self._campaign_link(entries)
        return data

    def _campaign_link(self, entries):
        key = self.entry.campaign_key
        if key is None:
            return None
        candidates = [each for each in entries if each.translation_key == key]
        chosen = next((c for c in candidates if c.language == self.entry.language), None)
        chosen = chosen or next((c for c in candidates if c.page_id == self.page.campaign_id), None)
        if chosen is None:
            return None
        return {"id": chosen.page_id, "title": chosen.title, "url": chosen.url}

    def _related(self, related, topics_by_page):
        groups = {"articles": [], "videos": [], "petitions": []}
        group_of = {
            "article": "articles",
            "long_read": "articles",
            "video_clip": "videos",
            "petition": "petitions",
        }
        for each in related:
            if each.type in group_of:
                # Related rows were loaded without their image; attach it from the context.
                each.image = self.context.images.get(each.image_id)
                groups[group_of[each.type]].append(
                    summary_payload(each, self.context, topics=topics_by_page.get(each.page_id, []))
                )
        return groups

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
                "photo": self.context.image_by_id(author.photo_id),
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
            "thumbnail": self.context.image_by_id(page.thumbnail_id),
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
                "url": link.partner.url or None,
                "logo": self.context.image_by_id(link.partner.logo_id),
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
        count = page.signature_count
        return {
            "addressee": page.addressee,
            "demand": self.context.html(page.demand),
            "body": stream_payload(raw_stream(page.body), self.context),
            "goal": page.goal,
            "signature_count": count,
            "percent": _percent(count, page.goal),
            "deadline": page.deadline,
            "state": page.state,
            "is_open": page.is_open,
            "consent_text": page.consent_text,
        }
