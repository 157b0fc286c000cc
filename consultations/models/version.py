"""Versions of a draft's text: v1 the draft as published, then the NGO's amended text, then the
law as adopted. Each is a snapshot of the published text in every language, taken when an editor
records it, so a later edit of the page never changes what a version said."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TextVersion(models.Model):
    class Kind(models.TextChoices):
        DRAFT = "draft", _("The draft as published")
        AMENDED = "amended", _("The NGO's amended text")
        ADOPTED = "adopted", _("The law as adopted")

    consultation_key = models.UUIDField(_("consultation"), db_index=True)
    number = models.PositiveSmallIntegerField(_("number"))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    # {language: {article block id: {"number", "title", "parts": [{"id", "number", "text"}]}}},
    # as consultations.contributions.articles_of reads a published version of the page.
    texts = models.JSONField(_("texts"), default=dict)
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("version of the text")
        verbose_name_plural = _("versions of the text")
        ordering = ["consultation_key", "number"]
        constraints = [
            # Two editors recording at once get v2 and v3, never two v2s.
            models.UniqueConstraint(
                fields=["consultation_key", "number"], name="consultations_one_version_number"
            )
        ]

    def __str__(self):
        return f"v{self.number} ({self.get_kind_display()})"
