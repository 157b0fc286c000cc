"""What a payload refers to (images, documents, linked pages): gathered before anything is
fetched, then fetched in one query per kind, and recorded as the payload's dependencies, so
that a change to one of them clears the stored JSON of the pages that show it."""

from dataclasses import dataclass, field

from wagtail.documents import get_document_model
from wagtail.models import Page

from api.models import PayloadDependency
from api.payloads.encoding import Marked, marked_media_url, page_link_marker, without_marks
from api.payloads.media import document_payload, image_payload, image_queryset
from api.richtext import expand_links, linked_ids

Kind = PayloadDependency.Kind


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
        if image is None:
            return None
        self.depends_on(Kind.IMAGE, image.pk)
        return image_payload(image, alt)

    def image_by_id(self, image_id, alt=""):
        return self.image(self.images.get(image_id), alt) if image_id else None

    def document(self, document_id):
        document = self.documents.get(document_id)
        if document is None:
            return None
        self.depends_on(Kind.DOCUMENT, document.pk)
        return document_payload(document)

    def document_url(self, document_id):
        document = self.documents.get(document_id)
        if document is None:
            return None
        self.depends_on(Kind.DOCUMENT, document.pk)
        return marked_media_url(document.file.url)

    def page_link(self, page_id):
        key = self.page_keys.get(page_id)
        return page_link_marker(key, page_id) if key else None

    def html(self, raw_html):
        return Marked(
            expand_links(without_marks(raw_html or ""), self.page_link, self.document_url)
        )
