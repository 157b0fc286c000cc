"""Analytical articles, long reads, video clips and the section pages that hold them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import BodyBlock, ChapterBlock
from cms.models import CampaignContentPage, IndexPage
from cms.transliteration import make_slug
from cms.video import parse_video_url


class ArticleIndexPage(IndexPage):
    subpage_types = ["articles.AnalyticalArticlePage", "articles.LongReadPage"]

    class Meta:
        verbose_name = _("analytics section")
        verbose_name_plural = _("analytics sections")


class AnalyticalArticlePage(CampaignContentPage):
    publication_date = models.DateField(
        _("publication date"), help_text=_("The date shown to readers.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = CampaignContentPage.content_panels + [
        InlinePanel("page_authors", label=_("Authors")),
        FieldPanel("publication_date"),
        FieldPanel("body"),
    ]
    search_fields = CampaignContentPage.search_fields + [index.SearchField("body")]
    translatable_fields = CampaignContentPage.translatable_fields + [
        TranslatableField("page_authors"),
        SynchronizedField("publication_date"),
        TranslatableField("body"),
    ]
    reading_time_fields = ("summary", "body")

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("analytical article")
        verbose_name_plural = _("analytical articles")


class LongReadPage(CampaignContentPage):
    publication_date = models.DateField(_("publication date"))
    chapters = StreamField(
        [("chapter", ChapterBlock())],
        verbose_name=_("chapters"),
        help_text=_("Each chapter becomes an entry of the table of contents."),
    )

    content_panels = CampaignContentPage.content_panels + [
        InlinePanel("page_authors", label=_("Authors")),
        FieldPanel("publication_date"),
        FieldPanel("chapters"),
    ]
    search_fields = CampaignContentPage.search_fields + [index.SearchField("chapters")]
    translatable_fields = CampaignContentPage.translatable_fields + [
        TranslatableField("page_authors"),
        SynchronizedField("publication_date"),
        TranslatableField("chapters"),
    ]
    reading_time_fields = ("summary", "chapters")

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("long read")
        verbose_name_plural = _("long reads")

    @property
    def table_of_contents(self) -> list[dict]:
        """Chapter titles and unique anchors, in order."""
        entries, used = [], set()
        # From the stored data: building the blocks would fetch every chapter's images.
        for chapter in self.chapters.raw_data:
            value = chapter["value"]
            base = value.get("anchor") or make_slug(value.get("title", "")) or "chapter"
            anchor, suffix = base, 2
            while anchor in used:
                anchor, suffix = f"{base}-{suffix}", suffix + 1
            used.add(anchor)
            entries.append({"title": value.get("title", ""), "anchor": anchor})
        return entries


class VideoIndexPage(IndexPage):
    subpage_types = ["articles.VideoClipPage"]

    class Meta:
        verbose_name = _("video section")
        verbose_name_plural = _("video sections")


class VideoClipPage(CampaignContentPage):
    publication_date = models.DateField(_("publication date"))
    video_url = models.URLField(
        _("video URL"),
        blank=True,
        help_text=_("A YouTube or Vimeo link. Leave empty when uploading the video file."),
    )
    video_file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An uploaded video file, used when there is no external URL."),
    )
    duration_seconds = models.PositiveIntegerField(_("duration, seconds"), null=True, blank=True)
    thumbnail = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("thumbnail"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    transcript = RichTextField(_("transcript"), blank=True, features=["bold", "italic", "ol", "ul"])

    content_panels = CampaignContentPage.content_panels + [
        FieldPanel("publication_date"),
        MultiFieldPanel(
            [
                FieldPanel("video_url"),
                FieldPanel("video_file"),
                FieldPanel("duration_seconds"),
                FieldPanel("thumbnail"),
            ],
            heading=_("Video"),
        ),
        FieldPanel("transcript"),
        InlinePanel("captions", label=_("Captions (WebVTT)")),
    ]
    search_fields = CampaignContentPage.search_fields + [index.SearchField("transcript")]
    translatable_fields = CampaignContentPage.translatable_fields + [
        SynchronizedField("publication_date"),
        SynchronizedField("video_url"),
        SynchronizedField("video_file"),
        SynchronizedField("duration_seconds"),
        SynchronizedField("thumbnail"),
        TranslatableField("transcript"),
        # One set of caption tracks (one per language) serves every translation.
        SynchronizedField("captions"),
    ]
    reading_time_fields = ("summary",)

    parent_page_types = ["articles.VideoIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("video clip")
        verbose_name_plural = _("video clips")

    @property
    def external_video(self):
        return parse_video_url(self.video_url) if self.video_url else None

    def clean(self):
        super().clean()
        if not self.video_url and not self.video_file_id:
            raise ValidationError(
                {"video_url": _("Give a YouTube or Vimeo link, or choose an uploaded video file.")}
            )
        if self.video_url and self.external_video is None:
            raise ValidationError(
                {"video_url": _("Only YouTube and Vimeo video links are supported.")}
            )


class VideoCaption(Orderable):
    """A WebVTT caption track of a video in one language."""

    page = ParentalKey(VideoClipPage, on_delete=models.CASCADE, related_name="captions")
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    file = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("WebVTT file"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("language"), FieldPanel("file")]

    class Meta(Orderable.Meta):
        verbose_name = _("caption track")
        verbose_name_plural = _("caption tracks")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="articles_one_caption_track_per_language"
            )
        ]

    def clean(self):
        super().clean()
        if self.file_id and not self.file.file.name.lower().endswith(".vtt"):
            raise ValidationError({"file": _("Caption tracks must be WebVTT (.vtt) files.")})
