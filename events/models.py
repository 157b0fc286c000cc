"""Events: trainings, workshops, seminars, conferences, public discussions and webinars.

Times, capacity and registration settings are shared by every language version; texts are
translated, and so are the stream and recording links: the Russian stream is on YouTube and the
Kazakh one on Facebook.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import BodyBlock, DocumentBlock
from cms.models import CampaignContentPage, IndexPage, SlugFromTitleMixin
from cms.regions import REGIONS
from events.blocks import ProgrammeDayBlock

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def region_choices():
    """The regions named in the language of whoever reads the form (evaluated when shown)."""
    language = get_language() or settings.LANGUAGE_CODE
    return [(region.code, region.name(language[:2])) for region in REGIONS]


def _language_sets():
    codes = [code for code, _name in settings.LANGUAGES]
    sets = [(code,) for code in codes]
    sets += [(a, b) for i, a in enumerate(codes) for b in codes[i + 1 :]]
    sets.append(tuple(codes))
    return [(",".join(codes_), codes_) for codes_ in sets]


class AudienceCategory(TranslatableMixin, SlugFromTitleMixin, index.Indexed, models.Model):
    """Who an event is for (journalists, lawyers, …): a translatable list editors extend."""

    name = models.CharField(pgettext_lazy("name of a thing", "name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        allow_unicode=False,
        help_text=_("Left empty, it is made from the name."),
    )

    slug_source_field = "name"
    panels = [FieldPanel("name"), FieldPanel("slug")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("audience category")
        verbose_name_plural = _("audience categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="events_audience_slug")
        ]

    def __str__(self):
        return self.name


class EventIndexPage(IndexPage):
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("events section")
        verbose_name_plural = _("events sections")


class EventPage(CampaignContentPage):
    class Kind(models.TextChoices):
        TRAINING = "training", _("Training")
        WORKSHOP = "workshop", _("Workshop")
        SEMINAR = "seminar", _("Seminar")
        CONFERENCE = "conference", _("Conference")
        PUBLIC_DISCUSSION = "public_discussion", _("Public discussion")
        WEBINAR = "webinar", _("Webinar")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    format = models.CharField(_("format"), max_length=16, choices=Format.choices)
    starts_at = models.DateTimeField(_("starts at"), help_text=_("Almaty time."))
    ends_at = models.DateTimeField(_("ends at"), help_text=_("Almaty time; may be days later."))
    languages = models.CharField(
        _("languages of the event"),
        max_length=16,
        choices=[(value, value) for value, _codes in _language_sets()],
        default=settings.LANGUAGE_CODE,
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    region = models.CharField(
        _("region"),
        max_length=64,
        blank=True,
        choices=region_choices,
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    registration_opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    requires_approval = models.BooleanField(
        _("registrations need approval"),
        default=False,
        help_text=_("An organiser approves or declines each registration."),
    )
    programme = StreamField([("day", ProgrammeDayBlock())], verbose_name=_("programme"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("about the event"), blank=True)
    materials = StreamField(
        [("document", DocumentBlock())], verbose_name=_("materials"), blank=True
    )
    # Per language: each version of the event has its own stream and recording.
    stream_url = models.URLField(
        _("live stream link"),
        blank=True,
        help_text=_("This language's stream, e.g. YouTube for Russian, Facebook for Kazakh."),
    )
    recording_url = models.URLField(
        _("recording link"),
        blank=True,
        help_text=_("This language's recording, once there is one."),
    )

    content_panels = CampaignContentPage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("format")]),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("languages"),
            ],
            heading=_("What and when"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("region")]),
                FieldPanel("venue"),
                FieldPanel("address"),
            ],
            heading=_("Where"),
        ),
        InlinePanel("event_audiences", label=_("Audience")),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
                FieldPanel("requires_approval"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("body"),
        FieldPanel("programme"),
        InlinePanel("event_speakers", label=_("Speakers")),
        InlinePanel("event_partners", label=_("Partners")),
        FieldPanel("materials"),
        MultiFieldPanel(
            [FieldPanel("stream_url"), FieldPanel("recording_url")],
            heading=_("Stream and recording (this language)"),
        ),
    ]
    search_fields = CampaignContentPage.search_fields + [
        index.SearchField("body"),
        index.SearchField("programme"),
        index.SearchField("city"),
        index.FilterField("starts_at"),
        index.FilterField("kind"),
    ]
    translatable_fields = CampaignContentPage.translatable_fields + [
        SynchronizedField("kind"),
        SynchronizedField("format"),
        SynchronizedField("starts_at"),
        SynchronizedField("ends_at"),
        SynchronizedField("languages"),
        TranslatableField("city"),
        TranslatableField("venue"),
        TranslatableField("address"),
        SynchronizedField("region"),
        TranslatableField("event_audiences"),
        SynchronizedField("capacity"),
        SynchronizedField("registration_opens_at"),
        SynchronizedField("registration_closes_at"),
        SynchronizedField("requires_approval"),
        TranslatableField("body"),
        TranslatableField("programme"),
        TranslatableField("event_speakers"),
        TranslatableField("event_partners"),
        TranslatableField("materials"),
        TranslatableField("stream_url"),
        TranslatableField("recording_url"),
    ]
    reading_time_fields = ("summary", "body")

    parent_page_types = ["events.EventIndexPage", "campaigns.CampaignPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("An event cannot end before it starts.")
        opens, closes = self.registration_opens_at, self.registration_closes_at
        if opens and closes and closes < opens:
            errors["registration_closes_at"] = _("Registration cannot close before it opens.")
        if errors:
            raise ValidationError(errors)

    def full_clean(self, *args, **kwargs):
        # An event created under a campaign belongs to it unless the editor says otherwise.
        if self.campaign_id is None and self.path:
            parent = self.get_parent().specific
            if parent._meta.label == "campaigns.CampaignPage":
                self.campaign = parent
        super().full_clean(*args, **kwargs)

    @property
    def language_codes(self) -> list[str]:
        return self.languages.split(",") if self.languages else []

    @property
    def is_upcoming(self) -> bool:
        return self.ends_at >= timezone.now()


class EventAudience(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="event_audiences")
    audience = models.ForeignKey(
        AudienceCategory,
        verbose_name=_("audience category"),
        on_delete=models.CASCADE,
        related_name="event_links",
    )

    panels = [FieldPanel("audience")]
    translatable_fields = [TranslatableField("audience")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        ordering = ["sort_order"]


class EventSpeaker(TranslatableMixin, Orderable):
    """A speaker: an Author (name, role as affiliation, biography, photo)."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="event_speakers")
    speaker = models.ForeignKey(
        "cms.Author", verbose_name=_("speaker"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("speaker")]
    translatable_fields = [TranslatableField("speaker")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")
        ordering = ["sort_order"]


class EventPartner(TranslatableMixin, Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="event_partners")
    partner = models.ForeignKey(
        "cms.Partner", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("partner")]
    translatable_fields = [TranslatableField("partner")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["sort_order"]
