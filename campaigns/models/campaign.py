"""Campaigns: the NGO's projects, with their donors and partners."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import ActivityBlock, BodyBlock, IndicatorBlock
from cms.models import ContentPage, IndexPage

LIST_FEATURES = ["bold", "italic", "ol", "ul", "link"]


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
    subpage_types = ["campaigns.PetitionPage", "events.EventPage", "consultations.ConsultationPage"]

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
