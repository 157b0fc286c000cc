"""Snippets used everywhere (Topic, Author, Partner) and the mixin every content page shares."""

import math

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.forms import TransliteratedSlugPageForm
from cms.frontend import front_end_base_url
from cms.languages import source_of
from cms.transliteration import make_slug

# Average reading speed for the derived reading time, in words per minute; the same figure
# works for Russian, Kazakh and English prose at the length of our articles.
READING_WORDS_PER_MINUTE = 200


def reading_time_minutes(word_count: int) -> int:
    return max(1, math.ceil(word_count / READING_WORDS_PER_MINUTE))


class SlugFromTitleMixin(models.Model):
    """Fills an empty `slug` from `name`/`title` with our Kazakh/Russian transliteration."""

    slug_source_field = "name"

    def fill_empty_slug(self):
        if not self.slug:
            self.slug = make_slug(getattr(self, self.slug_source_field) or "", max_length=100)

    def full_clean(self, *args, **kwargs):
        self.fill_empty_slug()  # before validation, so uniqueness is checked on the real slug
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.fill_empty_slug()
        super().save(*args, **kwargs)

    class Meta:
        abstract = True


class Topic(TranslatableMixin, SlugFromTitleMixin, index.Indexed, models.Model):
    name = models.CharField(pgettext_lazy("name of a thing", "name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_("Used in URLs and API filters. Leave empty to derive it from the name."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("slug"),
        TranslatableField("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="cms_topic_unique_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class Author(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(pgettext_lazy("name of a person", "name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("bio"), FieldPanel("photo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("role"),
        TranslatableField("bio"),
        SynchronizedField("photo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Partner(TranslatableMixin, index.Indexed, models.Model):
    """A donor or partner organisation of the NGO's campaigns."""

    name = models.CharField(pgettext_lazy("name of a thing", "name"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    url = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("url"), FieldPanel("logo")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("url"),
        SynchronizedField("logo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PageTopic(TranslatableMixin, Orderable):
    """A page's topic. A child row (not a many-to-many) so that wagtail-localize points the
    Kazakh page at the Kazakh topic instead of the Russian one."""

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="page_topics")
    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="page_links"
    )

    panels = [FieldPanel("topic")]
    translatable_fields = [TranslatableField("topic")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order"]


class PageAuthor(TranslatableMixin, Orderable):
    """An author of a page, in the order the byline shows them."""

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="page_authors")
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.CASCADE, related_name="page_links"
    )

    panels = [FieldPanel("author")]
    translatable_fields = [TranslatableField("author")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["sort_order"]


class TransliteratedSlugPage(Page):
    """Gives every page of ours an ASCII slug transliterated from its title when left empty.

    Wagtail's own fallback is Django's `slugify`, which drops Kazakh letters (қ, ә ...).
    """

    base_form_class = TransliteratedSlugPageForm

    def serve(self, request, *args, **kwargs):
        """The hub is headless: its own site renders the API's payload of this page
        (website/rendering.py), for `make run` and for anyone without a front-end. Named by a
        setting, not imported: cms is below website. Wagtail has checked the page's view
        restrictions by now (a `before_serve_page` hook would run ahead of that check)."""
        return import_string(settings.BUILT_IN_SITE_PAGE_VIEW)(request, self)

    def get_url_parts(self, request=None):
        """Wagtail's parts of this page's URL, rooted at the configured base URL (the website's,
        else the hub's) instead of the Site's hostname: `full_url` is what Wagtail's emails
        ("You can view the page here") link to, and `localhost` reaches nobody."""
        parts = super().get_url_parts(request)
        if parts is None:
            return None
        site_id, _site_root_url, page_path = parts
        return site_id, front_end_base_url(), page_path

    def serve_preview(self, request, mode_name):
        """With a website (FRONTEND_BASE_URL): its preview route, with a token for this draft
        (cms/preview.py). Without one: the built-in website renders the draft's payload."""
        if not settings.FRONTEND_BASE_URL:
            return import_string(settings.BUILT_IN_SITE_DRAFT_VIEW)(request, self)
        from cms.preview import create_preview_token, front_end_preview_url

        response = HttpResponseRedirect(front_end_preview_url(self, create_preview_token(self)))
        response["Cache-Control"] = "no-store"
        response["Referrer-Policy"] = "no-referrer"  # the token is in the URL
        return response

    def fill_empty_slug(self):
        """Before Wagtail fills it with Django's `slugify`, which drops Kazakh and Russian letters
        (a draft titled in Cyrillic got the slug "", and the next one "slug '' already in use")."""
        parent_is_known = bool(self.path or getattr(self, "_cached_parent_obj", None))
        if self.slug or not parent_is_known or not self.title:
            return
        base_slug = make_slug(self.title)
        if not base_slug:
            raise ValidationError(
                {"slug": _("Enter a slug: the title has no letters or digits to make one from.")}
            )
        self.slug = self._get_autogenerated_slug(base_slug)

    def full_clean(self, *args, **kwargs):
        self.fill_empty_slug()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        # What Wagtail runs instead of full_clean when a draft is saved.
        self.fill_empty_slug()
        super().minimal_clean()

    def publish(self, revision, *args, **kwargs):
        # Every publish but the admin editor's goes through here (bulk actions, workflows,
        # scheduled publishing, wagtail-localize); translations/wagtail_hooks.py turns the same
        # refusal into a message in the editors (wagtail-localize#553, #634).
        reason = translation_publish_refusal(self)
        if reason:
            raise PublishBeforeSourceError(reason)
        return super().publish(revision, *args, **kwargs)

    class Meta:
        abstract = True


class PublishBeforeSourceError(PermissionDenied):
    """A translation may not go live before the page it translates."""


def translation_progress(page: Page) -> tuple[int, int] | None:
    """(segments, translated segments) of the wagtail-localize translation `page` is the target
    of, or None when it is not one (a source page, or a translation no longer synced)."""
    from wagtail_localize.models import Translation

    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .only("pk", "source_id", "target_locale_id")
        .first()
    )
    return translation.get_progress() if translation is not None else None


def translation_publish_refusal(page: Page) -> str | None:
    """Why `page` may not be published now, or None: a translation goes live after its source,
    and only with every segment translated (else readers get Russian text under lang="kk")."""
    source = source_of(page)
    if source is not None and not source.live:
        return _(
            "«%(title)s» translates a page that is not published yet. Publish the source "
            "first, then its translations."
        ) % {"title": page.title}
    progress = translation_progress(page) if source is not None else None
    if progress is not None and progress[1] < progress[0]:
        return untranslated_refusal(page.title, *progress)
    return None


def untranslated_refusal(title: str, total: int, translated: int) -> str:
    missing = total - translated
    return ngettext(
        "«%(title)s» is %(percent)s%% translated: %(missing)s segment of %(total)s has no "
        "translation yet. Translate it first.",
        "«%(title)s» is %(percent)s%% translated: %(missing)s segments of %(total)s have no "
        "translation yet. Translate them first.",
        missing,
    ) % {
        "title": title,
        "percent": translated * 100 // total if total else 100,
        "missing": missing,
        "total": total,
    }


class ContentPage(TransliteratedSlugPage):
    """What every content page shares: lead, images, topics, SEO and the derived reading time."""

    summary = models.TextField(
        _("summary"),
        max_length=500,
        blank=True,
        help_text=_("The lead: one or two plain sentences shown in listings and link previews."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the hero image shows, for readers who cannot see it, in this page's language. "
            "Leave empty if the image is only decoration."
        ),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when the page is shared; 1200×630 works best. Defaults to the hero image."
        ),
    )

    search_fields = Page.search_fields + [index.SearchField("summary")]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        # One chooser, searchable, in which several topics are ticked at once (not a modal per
        # topic).
        MultipleChooserPanel("page_topics", label=_("Topics"), chooser_field_name="topic"),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("social_image")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        SynchronizedField("hero_image"),
        # Written per page and translated: the image library's title is in one language only.
        TranslatableField("hero_image_alt"),
        SynchronizedField("social_image"),
        TranslatableField("page_topics"),
    ]

    # Fields whose text counts towards the reading time; subclasses add theirs.
    reading_time_fields: tuple[str, ...] = ("summary",)

    class Meta:
        abstract = True

    @property
    def topics(self):
        return [link.topic for link in self.page_topics.all()]

    @property
    def authors(self):
        """The byline, in order (empty for page types without authors)."""
        return [link.author for link in self.page_authors.all()]

    @property
    def word_count(self) -> int:
        words = 0
        for field_name in self.reading_time_fields:
            value = getattr(self, field_name)
            if hasattr(value, "stream_block"):
                text = " ".join(value.stream_block.get_searchable_content(value))
            else:
                text = strip_tags(str(value or ""))
            words += len(text.split())
        return words

    @property
    def reading_time_minutes(self) -> int:
        return reading_time_minutes(self.word_count)


class CampaignContentPage(ContentPage):
    """A content page that may belong to a campaign (articles, long reads, videos, petitions)."""

    campaign = models.ForeignKey(
        "campaigns.CampaignPage",
        verbose_name=_("campaign"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The campaign this page belongs to, if any."),
    )

    content_panels = ContentPage.content_panels + [FieldPanel("campaign")]
    # Links to pages stay synchronised (wagtail-localize's own choice for pages): translating an
    # article must not require its campaign to be translated first. Readers get the campaign in
    # their language through `localized_campaign`.
    translatable_fields = ContentPage.translatable_fields + [SynchronizedField("campaign")]

    class Meta:
        abstract = True

    @property
    def localized_campaign(self):
        """The campaign in this page's language, or the source campaign if not translated."""
        if self.campaign is None:
            return None
        return self.campaign.get_translation_or_none(self.locale) or self.campaign


class IndexPage(TransliteratedSlugPage):
    """A section page (analytics, video, campaigns) that lists its children; one per home page."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
    ]
    parent_page_types = ["home.HomePage"]

    class Meta:
        abstract = True

    @classmethod
    def can_create_at(cls, parent):
        # One section of each kind per language tree.
        return super().can_create_at(parent) and not cls.objects.child_of(parent).exists()


class PagePreview(models.Model):
    """A draft as it stood when an editor pressed Preview, for the website to fetch with a
    short-lived token (`GET /api/v1/preview/?token=`, api/preview.py). Only a hash of the token
    is kept; each token shows one draft of one page."""

    token_hash = models.CharField(max_length=64, unique=True)
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    data = models.JSONField(encoder=DjangoJSONEncoder)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("page preview")
        verbose_name_plural = _("page previews")
