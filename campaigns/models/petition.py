"""Petitions with their signatures, shared by every language version, and their CSV exports."""

from datetime import date

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from campaigns.models.campaign import LIST_FEATURES, CampaignPage
from cms.blocks import BodyBlock
from cms.csv_exports import CsvExport
from cms.languages import SOURCE_LANGUAGE
from cms.models import CampaignContentPage
from cms.opt_in import mask_email, normalise_email
from cms.regions import region_name


def private_storage():
    """STORAGES["private"]: files no URL serves (signature exports). A callable, so the storage
    is picked when used and migrations do not record its location."""
    return storages["private"]


def petition_is_open(*, state: str, deadline: date | None) -> bool:
    """A petition takes signatures while its state is open and its deadline, if it has one, is
    today or later (Almaty): `PetitionPage.is_open`, for code that reads only these fields."""
    return state == PetitionPage.State.OPEN and (
        deadline is None or deadline >= timezone.localdate()
    )


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
        return petition_is_open(state=self.state, deadline=self.deadline)

    @property
    def signature_count(self) -> int:
        """Confirmed signatures over every language version, plus paper signatures."""
        # Imported here because campaigns.queries reads these models.
        from campaigns.queries import public_signature_count

        return public_signature_count(self)


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
        return mask_email(self.email)

    @property
    def region_name(self) -> str:
        return region_name(self.region, translation.get_language() or SOURCE_LANGUAGE)

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


class SignatureExport(CsvExport):
    """A CSV file of one petition's signatures, written by a background task with its progress
    recorded as it goes (cms/csv_exports.py); kept in private storage, downloadable only by
    whoever asked for it."""

    petition_key = models.UUIDField(_("petition"), db_index=True)
    signature_state = models.CharField(
        _("signatures"), max_length=16, blank=True, choices=Signature.State.choices
    )
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="signature-exports/", blank=True
    )

    class Meta(CsvExport.Meta):
        verbose_name = _("signature export")
        verbose_name_plural = _("signature exports")
