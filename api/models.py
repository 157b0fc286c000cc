"""The API's read model: one row per page a visitor may see, kept current by signals.

A listing mixes seven page types whose shared fields (summary, image) live in seven tables;
reading them through Wagtail's `specific()` costs a query per type. `PublicPage` holds what a
list, a search, a sitemap and a menu need in one table, so those stay at a fixed number of
queries. Only published, unrestricted pages get a row: a draft cannot leak from a query that
never sees it. `api/public_pages.py` writes the rows; `manage.py index_public_pages` rebuilds
them from scratch.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PublicPage(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="public_entry",
        verbose_name=_("page"),
    )
    language = models.CharField(_("language"), max_length=8)
    translation_key = models.UUIDField(_("translation key"), db_index=True)
    type = models.CharField(_("type"), max_length=16)
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255)
    sort_title = models.CharField(_("sort key of the title"), max_length=400)
    slug = models.SlugField(_("slug"), max_length=255)
    url = models.CharField(_("front-end path"), max_length=1024, unique=True)
    tree_path = models.CharField(_("tree path"), max_length=255)
    depth = models.PositiveIntegerField(_("depth"))
    show_in_menus = models.BooleanField(_("show in menus"), default=False)
    summary = models.TextField(_("summary"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    first_published_at = models.DateTimeField(_("first published at"), null=True)
    last_published_at = models.DateTimeField(_("last published at"), null=True)
    campaign_key = models.UUIDField(_("campaign's translation key"), null=True, blank=True)
    topics = models.ManyToManyField("cms.Topic", related_name="+", blank=True)
    word_count = models.PositiveIntegerField(_("word count"), default=0)
    search_text = models.TextField(_("search text"), blank=True)
    # Filled on PostgreSQL only (with the page language's configuration); SQLite searches
    # through Wagtail's database backend instead.
    search_vector = SearchVectorField(null=True, blank=True)

    class Meta:
        verbose_name = _("public page")
        verbose_name_plural = _("public pages")
        indexes = [
            models.Index(
                fields=["language", "-first_published_at"], name="api_public_lang_published"
            ),
            models.Index(fields=["language", "type"], name="api_public_lang_type"),
            models.Index(fields=["language", "sort_title"], name="api_public_lang_title"),
            models.Index(fields=["campaign_key"], name="api_public_campaign"),
            models.Index(fields=["tree_path"], name="api_public_tree_path"),
        ]

    def __str__(self):
        return self.url


class ContentVersion(models.Model):
    """A counter bumped on every change to public content; ETags and Last-Modified derive
    from it, so a conditional request is answered without reading any content."""

    number = models.PositiveBigIntegerField(default=0)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("content version")
        verbose_name_plural = _("content versions")

    def __str__(self):
        return f"{self.number} ({self.changed_at:%Y-%m-%d %H:%M:%S})"
