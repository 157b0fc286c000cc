"""Events: trainings, workshops, seminars, conferences, public discussions and webinars.

Times, capacity and registration settings are shared by every language version; texts are
translated, and so are the stream and recording links: the Russian stream is on YouTube and the
Kazakh one on Facebook.
"""

from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import RICH_TEXT_FEATURES, BodyBlock, DocumentBlock, ImageBlock
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
    is_cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_(
            "The event will not take place. Once published, registration closes and every "
            "registrant is emailed."
        ),
    )
    takes_registrations = models.BooleanField(
        _("takes registrations"),
        default=True,
        help_text=_("Off for an event anyone may simply join, such as an open stream."),
    )
    has_waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("Past capacity, people join a waiting list and get a seat when one frees up."),
    )

    class AttendanceRule(models.TextChoices):
        EVERY_DAY = "every_day", _("Present every day")
        MIN_DAYS = "min_days", _("Present at least a number of days")

    attendance_rule = models.CharField(
        _("who attended"),
        max_length=16,
        choices=AttendanceRule.choices,
        default=AttendanceRule.EVERY_DAY,
        help_text=_("Decides who counts as an attendee and gets a certificate."),
    )
    attendance_min_days = models.PositiveSmallIntegerField(
        _("days needed"),
        null=True,
        blank=True,
        help_text=_("With “at least a number of days”: how many checked-in days are enough."),
    )
    certificate_hours = models.PositiveSmallIntegerField(
        _("hours on the certificate"),
        null=True,
        blank=True,
        help_text=_("Academic hours the certificate states; left empty, it states none."),
    )
    report_summary = RichTextField(
        _("how it went"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("The closing report's summary, written after the event."),
    )
    report_photos = StreamField(
        [("image", ImageBlock())], verbose_name=_("photos from the event"), blank=True
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
                FieldPanel("is_cancelled"),
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
                FieldRowPanel([FieldPanel("takes_registrations"), FieldPanel("capacity")]),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
                FieldRowPanel([FieldPanel("requires_approval"), FieldPanel("has_waiting_list")]),
            ],
            heading=_("Registration"),
        ),
        InlinePanel("event_questions", label=_("Questions for registrants")),
        FieldPanel("body"),
        FieldPanel("programme"),
        InlinePanel("event_speakers", label=_("Speakers")),
        InlinePanel("event_partners", label=_("Partners")),
        FieldPanel("materials"),
        MultiFieldPanel(
            [FieldPanel("stream_url"), FieldPanel("recording_url")],
            heading=_("Stream and recording (this language)"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("attendance_rule"), FieldPanel("attendance_min_days")]),
                FieldPanel("certificate_hours"),
                FieldPanel("report_summary"),
                FieldPanel("report_photos"),
            ],
            heading=_("After the event"),
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
        SynchronizedField("is_cancelled"),
        TranslatableField("city"),
        TranslatableField("venue"),
        TranslatableField("address"),
        SynchronizedField("region"),
        TranslatableField("event_audiences"),
        SynchronizedField("capacity"),
        SynchronizedField("registration_opens_at"),
        SynchronizedField("registration_closes_at"),
        SynchronizedField("requires_approval"),
        SynchronizedField("takes_registrations"),
        SynchronizedField("has_waiting_list"),
        TranslatableField("event_questions"),
        TranslatableField("body"),
        TranslatableField("programme"),
        TranslatableField("event_speakers"),
        TranslatableField("event_partners"),
        TranslatableField("materials"),
        TranslatableField("stream_url"),
        TranslatableField("recording_url"),
        SynchronizedField("attendance_rule"),
        SynchronizedField("attendance_min_days"),
        SynchronizedField("certificate_hours"),
        TranslatableField("report_summary"),
        TranslatableField("report_photos"),
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
        if self.attendance_rule == self.AttendanceRule.MIN_DAYS and not self.attendance_min_days:
            errors["attendance_min_days"] = _("Say how many days are enough.")
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
    def days(self) -> list[date]:
        """The calendar days of the event in Almaty (TIME_ZONE): check-in is by day."""
        return event_days(self.starts_at, self.ends_at)

    @property
    def days_needed(self) -> int:
        """Checked-in days that make someone an attendee under the event's rule."""
        return days_needed(
            rule=self.attendance_rule, min_days=self.attendance_min_days, days=len(self.days)
        )

    @property
    def is_upcoming(self) -> bool:
        return self.ends_at >= timezone.now()

    def registration_is_open(self, now=None) -> bool:
        """Whether the event takes registrations now: it asks for them, the window (if any) is
        open, and it has not ended."""
        now = now or timezone.now()
        return not self.is_cancelled and registration_window_open(
            takes_registrations=self.takes_registrations,
            opens_at=self.registration_opens_at,
            closes_at=self.registration_closes_at,
            ends_at=self.ends_at,
            now=now,
        )


def event_days(starts_at, ends_at) -> list[date]:
    """Each calendar day from the start to the end, in Almaty (TIME_ZONE)."""
    first = timezone.localtime(starts_at).date()
    last = max(timezone.localtime(ends_at).date(), first)
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


def days_needed(*, rule: str, min_days: int | None, days: int) -> int:
    """`EventPage.days_needed`, for code that reads only these fields: every day, or at least
    `min_days` (never more than the event has)."""
    if rule == EventPage.AttendanceRule.MIN_DAYS and min_days:
        return max(1, min(min_days, days))
    return max(days, 1)


def registration_window_open(*, takes_registrations, opens_at, closes_at, ends_at, now) -> bool:
    """`EventPage.registration_is_open`, for code that reads only these fields."""
    return (
        takes_registrations
        and (opens_at is None or opens_at <= now)
        and (closes_at is None or now < closes_at)
        and now < ends_at
    )


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


class EventQuestion(TranslatableMixin, Orderable):
    """A question of the event's own on its registration form. Its label and options are
    translated; registrants' answers are keyed by the question's translation key, so answers
    given in ru, kk and en land in one column."""

    class Kind(models.TextChoices):
        TEXT = "text", _("Text")
        CHOICE = "choice", _("Choice")
        YES_NO = "yes_no", _("Yes or no")

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="event_questions")
    label = models.CharField(_("question"), max_length=300)
    kind = models.CharField(_("kind of answer"), max_length=16, choices=Kind.choices)
    options = models.TextField(
        _("options"),
        blank=True,
        help_text=_("For a choice: one option per line, in the same order in every language."),
    )
    required = models.BooleanField(pgettext_lazy("a question", "required"), default=False)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("required")]),
        FieldPanel("label"),
        FieldPanel("options"),
    ]
    translatable_fields = [
        TranslatableField("label"),
        SynchronizedField("kind"),
        TranslatableField("options"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["sort_order"]

    @property
    def option_list(self) -> list[str]:
        return [line.strip() for line in self.options.splitlines() if line.strip()]

    def clean(self):
        super().clean()
        if self.kind == self.Kind.CHOICE and len(self.option_list) < 2:
            raise ValidationError({"options": _("A choice needs at least two options.")})
