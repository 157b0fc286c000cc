"""What people say about a draft's articles: comments and proposals, and the support (+1) a
published proposal gets.

A contribution names its consultation by the page's translation key and its article (and part)
by block id: both are the same in the ru, kk and en texts, so a Kazakh proposal on article 5 and
a Russian one count on the same article. Nothing is public before a moderator publishes it, and
the author's email and name (when they chose initials) never leave the admin.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.opt_in import keyed_address, mask_email, normalise_email


class Contribution(models.Model):
    class Kind(models.TextChoices):
        COMMENT = "comment", pgettext_lazy("on a draft law", "Comment")
        PROPOSAL = "proposal", pgettext_lazy("on a draft law", "Proposal")

    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Email not confirmed")
        PENDING = "pending", _("Awaiting moderation")
        PUBLISHED = "published", pgettext_lazy("a contribution", "Published")
        HIDDEN = "hidden", pgettext_lazy("a contribution", "Not published")

    class Disposition(models.TextChoices):
        ACCEPTED = "accepted", pgettext_lazy("a proposal", "Accepted")
        PARTLY_ACCEPTED = "partly_accepted", pgettext_lazy("a proposal", "Partly accepted")
        REJECTED = "rejected", pgettext_lazy("a proposal", "Rejected")
        MERGED = "merged", pgettext_lazy("a proposal", "Merged into another")

    class Outcome(models.TextChoices):
        ADOPTED = "adopted", _("Adopted into the law")
        NOT_ADOPTED = "not_adopted", _("Not adopted")

    class ShownAs(models.TextChoices):
        FULL_NAME = "full_name", _("My full name and organisation")
        INITIALS = "initials", _("My initials only")

    consultation_key = models.UUIDField(
        _("consultation"), db_index=True, help_text=_("The translation key of the consultation.")
    )
    article_id = models.UUIDField(_("article"), help_text=_("The article's block id."))
    part_id = models.UUIDField(_("part"), null=True, blank=True)
    # As the article and part were numbered when the contribution came: the text may change.
    article_number = models.CharField(_("article number"), max_length=16)
    part_number = models.CharField(_("part number"), max_length=16, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    proposed_wording = models.TextField(_("proposed wording"), blank=True)
    text = models.TextField(
        _("comment or justification"), help_text=_("A comment, or why the wording should change.")
    )
    full_name = models.CharField(_("full name"), max_length=200)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=200, blank=True)
    email = models.EmailField(_("email"), max_length=254)
    shown_as = models.CharField(
        _("shown publicly as"), max_length=16, choices=ShownAs.choices, default=ShownAs.FULL_NAME
    )
    locale = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.UNCONFIRMED
    )
    disposition = models.CharField(
        _("disposition"), max_length=16, choices=Disposition.choices, blank=True
    )
    # {language: text}: the reason is read in the reader's language (api/), falling back to the
    # source language's.
    disposition_reason = models.JSONField(_("reason"), default=dict, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged",
    )
    # The advocacy trace: what the state did with the proposal, once the package was answered.
    outcome = models.CharField(_("outcome"), max_length=16, choices=Outcome.choices, blank=True)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)
    email_confirmed_at = models.DateTimeField(_("email confirmed at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)
    ip_hash = models.CharField(_("client hash"), max_length=64, blank=True)
    person_key = models.CharField(_("person key"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["consultation_key", "status", "article_id"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(disposition="merged", merged_into__isnull=False)
                | ~Q(disposition="merged"),
                name="consultations_merged_names_its_target",
            ),
            models.CheckConstraint(
                condition=~Q(merged_into=models.F("pk")),
                name="consultations_not_merged_into_itself",
            ),
        ]
        permissions = [
            ("export_contributor_emails", _("Can export contributors' email addresses")),
        ]

    def __str__(self):
        return _("%(kind)s on article %(number)s by %(name)s") % {
            "kind": self.get_kind_display(),
            "number": self.article_number,
            "name": self.public_name,
        }

    def save(self, *args, **kwargs):
        super().save(*args, **keyed_address(self, kwargs))

    @property
    def public_name(self) -> str:
        return (
            self.full_name if self.shown_as == self.ShownAs.FULL_NAME else initials(self.full_name)
        )

    @property
    def masked_email(self) -> str:
        return mask_email(self.email)

    def reason_in(self, language: str) -> str:
        from cms.languages import SOURCE_LANGUAGE

        reasons = self.disposition_reason or {}
        return reasons.get(language) or reasons.get(SOURCE_LANGUAGE) or ""


def initials(full_name: str) -> str:
    """«Әсем Ғалымқызы Құрманбекова» → «Ә. Ғ. Қ.»: upper-cased first letters (Kazakh ones
    included), one per word."""
    return " ".join(f"{word[0].upper()}." for word in full_name.split() if word[:1].isalpha())


class Support(models.Model):
    """A +1 for a published proposal; counts once its email is confirmed, once per address."""

    contribution = models.ForeignKey(
        Contribution,
        verbose_name=_("contribution"),
        on_delete=models.CASCADE,
        related_name="supports",
    )
    email = models.EmailField(_("email"), max_length=254)
    locale = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("email confirmed at"), null=True, blank=True)
    ip_hash = models.CharField(_("client hash"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "email"], name="consultations_one_support_per_email"
            )
        ]

    def __str__(self):
        return f"+1 #{self.contribution_id}"

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)
