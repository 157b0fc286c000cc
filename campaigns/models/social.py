"""Social-media posts announcing pages, and the scheduler's receipts for its reports."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class SocialPost(TranslatableMixin, models.Model):
    """A post announcing a page on one social channel; the kk post translates the ru one.

    Editors write drafts, a Reviewer approves them, and the external scheduler claims the due
    ones through /api/v1/scheduler/ (api/scheduler.py), posts them and reports back. The rules
    live in campaigns/social.py.
    """

    class Channel(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        TELEGRAM = "telegram", "Telegram"
        X = "x", "X"
        YOUTUBE = "youtube", _("YouTube community post")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", pgettext_lazy("social post", "Approved")
        CLAIMED = "claimed", _("Claimed by the scheduler")
        POSTED = "posted", _("Posted")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", pgettext_lazy("social post", "Cancelled")

    # Not yet out of the door: what unpublishing or deleting the page cancels.
    PENDING_STATES = (State.DRAFT, State.APPROVED, State.CLAIMED)
    # Editors may change the text only before the scheduler has it.
    EDITABLE_STATES = (State.DRAFT, State.APPROVED, State.FAILED, State.CANCELLED)

    # Character limits of each channel's post text.
    TEXT_LIMITS = {
        Channel.FACEBOOK: 63_206,
        Channel.INSTAGRAM: 2_200,
        Channel.TELEGRAM: 4_096,
        Channel.X: 280,
        Channel.YOUTUBE: 5_000,
    }
    # Telegram allows only this much text as the caption of an image.
    TELEGRAM_CAPTION_LIMIT = 1_024
    # The image each channel shows best: Instagram's 4:5 portrait, X's 16:9, a link card else.
    RENDITIONS = {
        Channel.FACEBOOK: "fill-1200x630",
        Channel.INSTAGRAM: "fill-1080x1350",
        Channel.TELEGRAM: "fill-1200x630",
        Channel.X: "fill-1600x900",
        Channel.YOUTUBE: "fill-1200x630",
    }

    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        # A deleted page leaves its posts behind, cancelled, as the record of what went out.
        null=True,
        on_delete=models.SET_NULL,
        related_name="social_posts",
        help_text=_("The page this post announces."),
    )
    text = models.TextField(_("text"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    publish_at = models.DateTimeField(
        _("publish at"), null=True, blank=True, help_text=_("Time in Almaty (UTC+5).")
    )
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.DRAFT)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    # The scheduler's API token that holds the post, and until when (a lease: a scheduler that
    # dies mid-way gives the post back to the queue when it runs out).
    claimed_by = models.ForeignKey(
        "wagtailcore.APIToken",
        verbose_name=_("claimed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    lease_expires_at = models.DateTimeField(_("lease expires at"), null=True, blank=True)
    posted_at = models.DateTimeField(_("posted at"), null=True, blank=True)
    external_id = models.CharField(_("ID on the channel"), max_length=200, blank=True)
    external_url = models.URLField(_("URL on the channel"), max_length=500, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("channel"),
        FieldPanel("page"),
        FieldPanel("text"),
        FieldPanel("image"),
        FieldPanel("publish_at"),
    ]
    translatable_fields = [
        SynchronizedField("channel"),
        SynchronizedField("page"),  # shown in the post's language via `localized_page`
        TranslatableField("text"),
        SynchronizedField("image"),
        SynchronizedField("publish_at"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("social post")
        verbose_name_plural = _("social posts")
        ordering = ["publish_at", "pk"]
        permissions = [
            ("approve_socialpost", _("Can approve social posts")),
            ("schedule_socialpost", _("Can claim and report social posts (the scheduler)")),
        ]
        indexes = [models.Index(fields=["state", "publish_at"], name="campaigns_social_due")]

    def __str__(self):
        return f"{self.get_channel_display()}: {self.text[:60]}"

    @property
    def localized_page(self):
        if self.page is None:
            return None
        if self.page.locale_id == self.locale_id:
            return self.page
        return self.page.get_translation_or_none(self.locale) or self.page

    @property
    def text_limit(self) -> int | None:
        if self.channel == self.Channel.TELEGRAM and self.image_id:
            return self.TELEGRAM_CAPTION_LIMIT
        return self.TEXT_LIMITS.get(self.channel)

    def clean(self):
        super().clean()
        errors = {}
        limit = self.text_limit
        if limit and len(self.text or "") > limit:
            errors["text"] = _(
                "%(channel)s allows at most %(limit)d characters here; this text has %(length)d."
            ) % {"channel": self.get_channel_display(), "limit": limit, "length": len(self.text)}
        if self.channel == self.Channel.INSTAGRAM and not self.image_id:
            errors["image"] = _("Instagram posts need an image.")
        if errors:
            raise ValidationError(errors)

    def copy_for_translation(self, locale, exclude_fields=None):
        # A translated post starts its own life: not yet approved, never posted.
        translation = super().copy_for_translation(locale, exclude_fields=exclude_fields)
        translation.state = self.State.DRAFT
        for field in ("approved_by", "claimed_by"):
            setattr(translation, field, None)
        for field in ("approved_at", "claimed_at", "lease_expires_at", "posted_at"):
            setattr(translation, field, None)
        translation.external_id = ""
        translation.external_url = ""
        translation.last_error = ""
        translation.note = ""
        translation.attempts = 0
        return translation


class SchedulerReceipt(models.Model):
    """The first answer to a scheduler's report, kept under its Idempotency-Key: a scheduler
    that retries after a timeout gets the same answer, and the post is not reported twice."""

    token = models.ForeignKey(
        "wagtailcore.APIToken", on_delete=models.CASCADE, related_name="+", verbose_name=_("token")
    )
    key = models.CharField(_("idempotency key"), max_length=200)
    request_hash = models.CharField(_("request hash"), max_length=64)
    status = models.PositiveSmallIntegerField(_("status"))
    body = models.TextField(_("body"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("scheduler receipt")
        verbose_name_plural = _("scheduler receipts")
        constraints = [
            models.UniqueConstraint(fields=["token", "key"], name="campaigns_one_receipt_per_key")
        ]
