"""Public consultations on draft laws: the draft as structured text (blocks.py) in ru, kk and
en, aligned article by article, under the campaign it serves.

Phases: a consultation being prepared is a Wagtail draft (not published: hidden); once
published it is *presented*, then *open for contributions* between its dates, then *closed*,
then in *follow-up* (the package was submitted and the NGO follows what becomes of it).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy as pgettext
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.blocks import BodyBlock
from cms.models import CampaignContentPage
from consultations.blocks import SectionBlock


class ConsultationPage(CampaignContentPage):
    class Phase(models.TextChoices):
        PRESENTED = "presented", _("Presented")
        OPEN = "open", _("Open for contributions")
        CLOSED = "closed", pgettext("consultation", "Closed")
        FOLLOW_UP = "follow_up", _("Follow-up")

    act_title = models.CharField(
        _("title of the act"),
        max_length=500,
        help_text=_("As the draft names itself: «О Совете по обеспечению равенства…»."),
    )
    state_body = models.CharField(
        _("state body"), max_length=300, blank=True, help_text=_("Who drafted or holds the act.")
    )
    official_url = models.URLField(
        _("official link"),
        blank=True,
        help_text=_("The draft's page on legalacts.egov.kz or another official site."),
    )
    phase = models.CharField(
        _("phase"), max_length=16, choices=Phase.choices, default=Phase.PRESENTED
    )
    opens_at = models.DateTimeField(_("contributions open"), null=True, blank=True)
    closes_at = models.DateTimeField(_("contributions close"), null=True, blank=True)
    text = StreamField(
        [("section", SectionBlock())],
        verbose_name=_("text of the draft"),
        blank=True,
        help_text=_("Chapters, articles and parts; import them from Word with *Import from Word*."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("about the consultation"), blank=True)
    # The advocacy trace: what became of the package once the NGO submitted it.
    submitted_on = models.DateField(_("submitted on"), null=True, blank=True)
    submitted_to = models.CharField(
        _("submitted to"),
        max_length=300,
        blank=True,
        help_text=_("The addressee: the state body or official the package went to."),
    )
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    answer_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("official answer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome_summary = models.TextField(
        _("outcome"),
        blank=True,
        help_text=_("What became of the proposals: adopted into the law, or why not."),
    )

    content_panels = CampaignContentPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("act_title"),
                FieldRowPanel([FieldPanel("state_body"), FieldPanel("official_url")]),
                FieldPanel("phase"),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
            ],
            heading=_("The draft act"),
        ),
        FieldPanel("body"),
        FieldPanel("text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("submitted_on"), FieldPanel("submitted_to")]),
                FieldRowPanel([FieldPanel("answered_on"), FieldPanel("answer_document")]),
                FieldPanel("outcome_summary"),
            ],
            heading=_("After submission"),
        ),
    ]
    search_fields = CampaignContentPage.search_fields + [
        index.SearchField("act_title"),
        index.SearchField("text"),
        index.SearchField("body"),
    ]
    translatable_fields = CampaignContentPage.translatable_fields + [
        TranslatableField("act_title"),
        TranslatableField("state_body"),
        SynchronizedField("official_url"),
        SynchronizedField("phase"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        TranslatableField("text"),
        TranslatableField("body"),
        SynchronizedField("submitted_on"),
        TranslatableField("submitted_to"),
        SynchronizedField("answered_on"),
        SynchronizedField("answer_document"),
        TranslatableField("outcome_summary"),
    ]
    reading_time_fields = ("summary", "body")

    parent_page_types = ["campaigns.CampaignPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("public consultation")
        verbose_name_plural = _("public consultations")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Contributions cannot close before they open.")})
        if self.submitted_on and self.answered_on and self.answered_on < self.submitted_on:
            raise ValidationError(
                {"answered_on": _("The answer cannot come before the package was submitted.")}
            )

    def full_clean(self, *args, **kwargs):
        # A consultation lives under its campaign, so it belongs to it.
        if self.campaign_id is None and self.path:
            parent = self.get_parent().specific
            if parent._meta.label == "campaigns.CampaignPage":
                self.campaign = parent
        super().full_clean(*args, **kwargs)

    def takes_contributions(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.phase == self.Phase.OPEN
            and (self.opens_at is None or self.opens_at <= now)
            and (self.closes_at is None or now < self.closes_at)
        )
