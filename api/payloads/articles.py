"""Articles, long reads and video clips. Their serializers are in api/schema/articles.py."""

from api.models import PayloadDependency
from api.payloads.blocks import collect_references, raw_stream, stream_payload
from api.payloads.builder import PageBuilder, by_sort_order
from api.payloads.encoding import marked_media_url
from articles.models import VideoCaption
from cms.models import PageAuthor


class AuthoredPageBuilder(PageBuilder):
    """A page type with authors, each shown with a photo."""

    def collect(self, references):
        links = (
            self.page.page_authors.all()
            if self.in_memory
            else PageAuthor.objects.filter(page=self.page).select_related("author")
        )
        self.authors = [link.author for link in sorted(links, key=by_sort_order)]
        for author in self.authors:
            references.add_image(author.photo_id)
            self.context.depends_on(PayloadDependency.Kind.AUTHOR, author.pk)

    def authors_payload(self):
        return [
            {
                "id": author.pk,
                "name": author.name,
                "role": author.role,
                "photo": self.context.image_by_id(author.photo_id, author.name),
            }
            for author in self.authors
        ]


class ArticlePageBuilder(AuthoredPageBuilder):
    def collect(self, references):
        super().collect(references)
        collect_references(raw_stream(self.page.body), references)

    def fields(self):
        return {
            "authors": self.authors_payload(),
            "publication_date": self.page.publication_date,
            "body": stream_payload(raw_stream(self.page.body), self.context),
        }


class LongReadPageBuilder(AuthoredPageBuilder):
    def collect(self, references):
        super().collect(references)
        collect_references(raw_stream(self.page.chapters), references)

    def fields(self):
        page = self.page
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
            "authors": self.authors_payload(),
            "publication_date": page.publication_date,
            "table_of_contents": toc,
            "chapters": chapters,
        }


class VideoClipPageBuilder(PageBuilder):
    def collect(self, references):
        page = self.page
        references.add_html(page.transcript)
        references.add_image(page.thumbnail_id)
        if page.video_file_id:
            references.documents.add(page.video_file_id)
        links = (
            page.captions.all()
            if self.in_memory
            else VideoCaption.objects.filter(page=page).select_related("file")
        )
        self.captions = sorted(links, key=lambda caption: caption.language)
        for caption in self.captions:
            self.context.depends_on(PayloadDependency.Kind.DOCUMENT, caption.file_id)

    def fields(self):
        page = self.page
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
                    "url": marked_media_url(caption.file.file.url),
                }
                for caption in self.captions
            ],
        }
