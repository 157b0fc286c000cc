"""Full pages: the fields every page has, joined with those of its type's builder
(api/payloads/registry.py). api/schema/pages.py declares the same fields."""

from api.models import PayloadDependency, PublicPage
from api.payloads.references import PayloadContext, References
from api.payloads.registry import PAGE_BUILDERS
from cms.languages import local_iso_time
from cms.models import reading_time_minutes

TREE_STEP = 4  # treebeard's path step length, as Wagtail configures it


def ancestor_paths(tree_path: str) -> list[str]:
    """Tree paths of a page's ancestors below the root, home first."""
    return [tree_path[:length] for length in range(2 * TREE_STEP, len(tree_path), TREE_STEP)]


def topic_payload(topic):
    return {"id": topic.pk, "slug": topic.slug, "name": topic.name}


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
        self.builder = PAGE_BUILDERS[entry.type](page, self.context, in_memory=in_memory)

    def build(self) -> dict:
        page = self.page
        self.references.add_image(getattr(page, "hero_image_id", None))
        self.references.add_image(getattr(page, "social_image_id", None))
        self.builder.collect(self.references)
        topics = self._topics()
        for topic in topics:
            self.context.depends_on(PayloadDependency.Kind.TOPIC, topic.pk)
        self.context.resolve(self.references)

        data = self._common(topics)
        data.update(self.builder.fields())
        return data

    @property
    def dependencies(self):
        return self.context.dependencies

    def _topics(self):
        if self.in_memory:
            return [link.topic for link in self.page.page_topics.all()]
        return [
            link.topic
            for link in PublicPage.topics.through.objects.filter(publicpage_id=self.entry.page_id)
            .select_related("topic")
            .order_by("id")
        ]

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
            "first_published_at": local_iso_time(page.first_published_at),
            "last_published_at": local_iso_time(page.last_published_at),
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
