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
    # The date readers see on a card: the editor's publication date where the page type has one,
    # else the day (Almaty) the page was first published.
    publication_date = models.DateField(_("publication date"), null=True)
    campaign_key = models.UUIDField(_("campaign's translation key"), null=True, blank=True)
    topics = models.ManyToManyField("cms.Topic", related_name="+", blank=True)
    word_count = models.PositiveIntegerField(_("word count"), default=0)
    # Search terms (cms/search_text.py: each word exact and as its «~»-marked stem, Kazakh in
    # Latin script), space-separated with a space at each end so SQLite can match " term ".
    # The body is the summary and the rest of the page's searchable text.
    title_terms = models.TextField(_("title search terms"), blank=True, default="")
    body_terms = models.TextField(_("body search terms"), blank=True, default="")
    # PostgreSQL only (GIN-indexed, migration 0009): the same terms as lexemes, taken as they are
    # (no configuration stems them again). `search_vector` holds the title's and the body's,
    # `title_vector` the title's; api/search.py finds pages by the first and ranks by both.
    search_vector = SearchVectorField(null=True, blank=True)
    title_vector = SearchVectorField(null=True, blank=True)
    # The page's JSON as lists and the page endpoint serve it, built when the page is published
    # (api/stored_payloads.py) so that a read is a couple of queries and string joins. Parts that change
    # without the page being published (translations, breadcrumbs, link targets, signatures)
    # are left out or marked, and added per request (api/responses.py). NULL means "build on
    # the next read": a change to an image, topic, author, partner or document clears the
    # payloads of the pages that show it (see `PayloadDependency`).
    card_json = models.TextField(_("summary JSON"), null=True, blank=True)
    payload_json = models.TextField(_("page JSON"), null=True, blank=True)
    # Bumped whenever the payloads are rebuilt or cleared: a read that builds a missing payload
    # stores it only if nothing changed meanwhile, so it never writes back older content.
    payload_generation = models.PositiveIntegerField(_("payload generation"), default=0)

    class Meta:
        verbose_name = _("public page")
        verbose_name_plural = _("public pages")
        indexes = [
            models.Index(
                fields=["language", "-first_published_at"], name="api_public_lang_published"
            ),
            models.Index(fields=["language", "-publication_date"], name="api_public_lang_dated"),
            models.Index(fields=["language", "type"], name="api_public_lang_type"),
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


class PayloadDependency(models.Model):
    """An object outside the page (an image, a topic ...) that its stored JSON shows."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("image")
        DOCUMENT = "document", _("document")
        TOPIC = "topic", _("topic")
        AUTHOR = "author", _("author")
        PARTNER = "partner", _("partner")

    page = models.ForeignKey(PublicPage, on_delete=models.CASCADE, related_name="dependencies")
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(_("object id"))

    class Meta:
        verbose_name = _("payload dependency")
        verbose_name_plural = _("payload dependencies")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "kind", "object_id"], name="api_payload_dependency_unique"
            )
        ]
        indexes = [models.Index(fields=["kind", "object_id"], name="api_dependency_object")]

    def __str__(self):
        return f"{self.page_id} → {self.kind} {self.object_id}"


# Webhook subscriptions, deliveries and attempts live in the webhooks package (api/webhooks/);
# imported here so Django registers them with the api app.
from api.webhooks.models import (  # noqa: E402, F401
    PetitionGoalReached,
    WebhookAttempt,
    WebhookDelivery,
    WebhookSubscription,
)
