"""Campaigns, petitions with their signatures, and social-media posts."""

import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.regions import region_name
from cms.blocks import ActivityBlock, BodyBlock, IndicatorBlock
from cms.models import CampaignContentPage, ContentPage, IndexPage

LIST_FEATURES = ["bold", "italic", "ol", "ul", "link"]


def private_storage():
    """STORAGES["private"]: files no URL serves (signature exports). A callable, so the storage
    is picked when used and migrations do not record its location."""
    return storages["private"]


class CampaignIndexPage(IndexPage):
    subpage_types = ["campaigns.CampaignPage", "campaigns.PetitionPage"]

    class Meta:
        verbose_name = _("campaigns section")
        verbose_name_plural = _("campaigns sections")


class CampaignPage(ContentPage):
    """One of the NGO's projects: who funds it, when, what it wants and what it achieved."""

    period_start = models.DateField(_("start of the implementation period"))
    period_end = models.DateField(_("end of the implementation period"), null=True, blank=True)
    goals = RichTextField(_("goals"), blank=True, features=LIST_FEATURES)
    problems = RichTextField(_("problems it addresses"), blank=True, features=LIST_FEATURES)
    activities = StreamField(
        [("activity", ActivityBlock())], verbose_name=_("activities"), blank=True
    )
    indicators = StreamField(
        [("indicator", IndicatorBlock())],
        verbose_name=_("indicators"),
        blank=True,
        help_text=_("Measurable results: target and achieved, e.g. journalists trained."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = ContentPage.content_panels + [
        FieldRowPanel(
            [FieldPanel("period_start"), FieldPanel("period_end")],
            heading=_("Implementation period"),
        ),
        InlinePanel("campaign_partners", label=_("Donors and partners")),
        FieldPanel("goals"),
        FieldPanel("problems"),
        FieldPanel("activities"),
        FieldPanel("indicators"),
        FieldPanel("body"),
    ]
    search_fields = ContentPage.search_fields + [
        index.SearchField("goals"),
        index.SearchField("problems"),
        index.SearchField("body"),
    ]
    translatable_fields = ContentPage.translatable_fields + [
        SynchronizedField("period_start"),
        SynchronizedField("period_end"),
        TranslatableField("campaign_partners"),
        TranslatableField("goals"),
        TranslatableField("problems"),
        TranslatableField("activities"),
        TranslatableField("indicators"),
        TranslatableField("body"),
    ]
    reading_time_fields = ("summary", "goals", "problems", "activities", "body")

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = ["campaigns.PetitionPage"]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The period cannot end before it starts.")})

    def partners_with_role(self, role):
        return [link.partner for link in self.campaign_partners.all() if link.role == role]

    @property
    def donors(self):
        return self.partners_with_role(CampaignPartner.Role.DONOR)

    @property
    def partners(self):
        return self.partners_with_role(CampaignPartner.Role.PARTNER)


class CampaignPartner(TranslatableMixin, Orderable):
    class Role(models.TextChoices):
        DONOR = "donor", _("Donor")
        PARTNER = "partner", _("Partner")

    page = ParentalKey(CampaignPage, on_delete=models.CASCADE, related_name="campaign_partners")
    partner = models.ForeignKey(
        "cms.Partner", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.PARTNER)

    panels = [FieldPanel("partner"), FieldPanel("role")]
    translatable_fields = [TranslatableField("partner"), SynchronizedField("role")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("donor or partner")
        verbose_name_plural = _("donors and partners")
        ordering = ["sort_order"]


class PetitionPage(CampaignContentPage):
    class State(models.TextChoices):
        OPEN = "open", _("Open for signatures")
        CLOSED = "closed", _("Closed")
        DELIVERED = "delivered", _("Delivered to the addressee")

    addressee = models.CharField(
        _("addressee"), max_length=300, help_text=_("To whom the petition is addressed.")
    )
    demand = RichTextField(_("demand"), features=LIST_FEATURES)
    body = StreamField(BodyBlock(), verbose_name=_("why it matters"), blank=True)
    goal = models.PositiveIntegerField(_("signature goal"))
    deadline = models.DateField(_("deadline"), null=True, blank=True)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.OPEN)
    offline_signature_count = models.PositiveIntegerField(
        _("signatures collected offline"),
        default=0,
        help_text=_("Paper signatures; added to the online count."),
    )
    consent_text = models.TextField(
        _("consent to personal data processing"),
        help_text=_("What signers agree to; shown next to the consent checkbox."),
    )

    content_panels = CampaignContentPage.content_panels + [
        FieldPanel("addressee"),
        FieldPanel("demand"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("goal"), FieldPanel("offline_signature_count")]),
                FieldRowPanel([FieldPanel("deadline"), FieldPanel("state")]),
            ],
            heading=_("Signatures"),
        ),
        FieldPanel("consent_text"),
    ]
    search_fields = CampaignContentPage.search_fields + [
        index.SearchField("demand"),
        index.SearchField("body"),
    ]
    # Petition settings are shared by every language version; texts are translated.
    translatable_fields = CampaignContentPage.translatable_fields + [
        TranslatableField("addressee"),
        TranslatableField("demand"),
        TranslatableField("body"),
        SynchronizedField("goal"),
        SynchronizedField("deadline"),
        SynchronizedField("state"),
        SynchronizedField("offline_signature_count"),
        TranslatableField("consent_text"),
    ]
    reading_time_fields = ("summary", "demand", "body")

    parent_page_types = ["campaigns.CampaignPage", "campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("petition")
        verbose_name_plural = _("petitions")

    def full_clean(self, *args, **kwargs):
        # A petition created under a campaign belongs to it unless the editor says otherwise.
        if self.campaign_id is None and self.path:
            parent = self.get_parent().specific
            if isinstance(parent, CampaignPage):
                self.campaign = parent
        super().full_clean(*args, **kwargs)

    @property
    def is_open(self) -> bool:
        if self.state != self.State.OPEN:
            return False
        return self.deadline is None or self.deadline >= timezone.localdate()

    @property
    def signature_count(self) -> int:
        """Confirmed signatures over every language version, plus paper signatures."""
        online = Signature.objects.counted().filter(petition_key=self.translation_key).count()
        return online + self.offline_signature_count


def normalise_email(email: str) -> str:
    """The form of an address used for uniqueness: Unicode NFC, no surrounding spaces, lower case."""
    return unicodedata.normalize("NFC", email).strip().lower()


# The states of a signature as conditions, written once for filters and counts alike.
COUNTED = models.Q(confirmed_at__isnull=False, invalidated_at__isnull=True)
PENDING = models.Q(confirmed_at__isnull=True, invalidated_at__isnull=True)
INVALIDATED = models.Q(invalidated_at__isnull=False)


class SignatureQuerySet(models.QuerySet):
    def counted(self):
        """The signatures that count: confirmed by the signer and not invalidated by an editor."""
        return self.filter(COUNTED)


class Signature(models.Model):
    """One person's signature of a petition, shared by all its language versions.

    Keyed to the petition's `translation_key`, not to one page, so the ru, kk and en versions
    count together. Signer data never leaves the admin.
    """

    petition_key = models.UUIDField(
        _("petition"), db_index=True, help_text=_("The translation key of the petition page.")
    )
    full_name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254)
    region = models.CharField(_("region"), max_length=64, blank=True)
    locale = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    newsletter_opt_in = models.BooleanField(_("wants the newsletter"), default=False)
    created_at = models.DateTimeField(_("signed at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    # Only a hash of the token mailed to the signer (campaigns/signing.py): the database alone
    # cannot confirm or withdraw anyone's signature.
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True, null=True)
    token_expires_at = models.DateTimeField(_("token expires at"), null=True, blank=True)
    # A salted hash, never the address itself: enough to spot abuse from one client.
    ip_hash = models.CharField(_("client hash"), max_length=64, blank=True)
    # Set when the signer's name and address were erased, some time after the petition closed.
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)
    # Set by an editor who found the signature abusive (e.g. a throwaway email domain): it stays,
    # so signing again with that address changes nothing, but it no longer counts.
    invalidated_at = models.DateTimeField(_("invalidated at"), null=True, blank=True)
    invalidation_reason = models.CharField(_("why it was invalidated"), max_length=200, blank=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        constraints = [
            # The database, not application code, guarantees one signature per person.
            models.UniqueConstraint(
                fields=["petition_key", "email"], name="campaigns_one_signature_per_email"
            )
        ]
        indexes = [models.Index(fields=["petition_key", "confirmed_at"])]
        permissions = [
            ("export_signature_emails", _("Can export signers' email addresses")),
        ]

    def __str__(self):
        return f"{self.full_name} ({self.created_at:%Y-%m-%d})"

    class State(models.TextChoices):
        PENDING = "pending", _("Awaiting confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        INVALIDATED = "invalidated", _("Invalidated")

    @property
    def masked_email(self) -> str:
        """The domain and the first letter: enough to spot a pattern, not to contact anyone."""
        name, _at, domain = self.email.partition("@")
        return f"{name[:1]}•••@{domain}"

    @property
    def region_name(self) -> str:
        return region_name(self.region, translation.get_language() or settings.LANGUAGE_CODE)

    def get_state_display(self) -> str:
        return self.State(self.state).label

    @property
    def state(self) -> str:
        if self.invalidated_at is not None:
            return self.State.INVALIDATED
        return self.State.CONFIRMED if self.confirmed_at is not None else self.State.PENDING

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)


class SignatureExport(models.Model):
    """A CSV file of one petition's signatures, written by a background task with its progress
    recorded as it goes; kept in private storage, downloadable only by whoever asked for it."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Being written")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    petition_key = models.UUIDField(_("petition"), db_index=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    include_emails = models.BooleanField(_("with email addresses"), default=False)
    signature_state = models.CharField(
        _("signatures"), max_length=16, blank=True, choices=Signature.State.choices
    )
    language = models.CharField(_("language"), max_length=8, default="ru")
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    rows_total = models.PositiveIntegerField(_("rows"), default=0)
    rows_done = models.PositiveIntegerField(_("rows written"), default=0)
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="signature-exports/", blank=True
    )
    created_at = models.DateTimeField(_("requested at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("signature export")
        verbose_name_plural = _("signature exports")
        ordering = ["-created_at"]

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return round(self.rows_done * 100 / self.rows_total) if self.rows_total else 0


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
