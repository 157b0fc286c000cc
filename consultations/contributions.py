"""Contributions to a consultation and their support: the rules, written once for the API, the
hub's own pages and the admin.

- Double opt-in as for signatures and registrations (cms/opt_in.py): a contribution reaches the
  moderators only once its author follows the emailed link; a support counts only once its
  address is confirmed, and the database keeps one per address and proposal.
- Nothing is public before a moderator publishes it (`publish`/`moderate`); publishing sends
  `contribution_published` after the change commits (the API's webhook), and every change to
  what the public sees sends `contributions_changed` (the API's ETags move on).
- Counts per article are keyed by the article's block id, the same in every language version.
"""

from collections import Counter
from uuid import UUID

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.errors import DomainError
from cms.opt_in import LinkExpired, LinkInvalid, LinkTokens, client_hash, normalise_email
from consultations.models import ConsultationPage, Contribution, Support
from consultations.signals import contribution_published, contributions_changed
from outbox.delivery import compose_email_later

CONTRIBUTION_EMAIL = "consultations.contribution"
CONTRIBUTION = "consultations.contribution"  # what outbox rows about a contribution are about
SUPPORT = "consultations.support"
CONFIRM_LINKS = LinkTokens(
    salt="consultations.contribution-confirm", days_setting="REGISTRATION_TOKEN_DAYS"
)
SUPPORT_LINKS = LinkTokens(
    salt="consultations.support-confirm", days_setting="REGISTRATION_TOKEN_DAYS"
)

Status = Contribution.Status
Disposition = Contribution.Disposition


class ContributionError(DomainError):
    kind = "contribution-error"


class ContributionsClosed(ContributionError):
    kind = "contributions-closed"


class UnknownArticle(ContributionError):
    """The article or part named is not in the consultation's text (the API answers it as a
    field error of `field`)."""

    field = "article"


class UnknownProposal(ContributionError):
    """No published contribution has this id: one awaiting moderation or hidden is not
    admitted to exist."""

    kind = "not-found"


class InvalidLink(ContributionError):
    kind = "invalid-token"


class ExpiredLink(ContributionError):
    kind = "expired-token"


class NotAllowed(ContributionError):
    kind = "conflict"


# Reading the text ----------------------------------------------------------------------------


def articles_of(consultation: ConsultationPage | None) -> dict[str, dict]:
    """{article block id: {"number", "title", "parts": [{"id", "number", "text"}]}} of the
    page's text, in the text's order (nothing for no page)."""
    found = {}
    if consultation is None:
        return found
    for chapter in consultation.text.raw_data:
        for article in (chapter.get("value") or {}).get("articles") or []:
            value = article.get("value") or {}
            found[str(article.get("id"))] = {
                "number": value.get("number") or "",
                "title": value.get("title") or "",
                "parts": [
                    {
                        "id": str(part.get("id")),
                        "number": (part.get("value") or {}).get("number") or "",
                        "text": (part.get("value") or {}).get("text") or "",
                    }
                    for part in value.get("parts") or []
                ],
            }
    return found


# Contributing --------------------------------------------------------------------------------


def contribute(
    *,
    consultation: ConsultationPage,
    article_id: UUID | str,
    kind: str,
    text: str,
    full_name: str,
    email: str,
    language: str,
    part_id: UUID | str | None = None,
    proposed_wording: str = "",
    organisation: str = "",
    role: str = "",
    shown_as: str = Contribution.ShownAs.FULL_NAME,
    client_address: str = "",
) -> Contribution:
    """Records an unconfirmed contribution and queues the email with its confirmation link."""
    if not consultation.takes_contributions():
        raise ContributionsClosed(_("This consultation does not take contributions now."))
    articles = articles_of(consultation)
    article = articles.get(str(article_id))
    if article is None:
        raise UnknownArticle(_("This article is not in the draft."))
    part_number = ""
    if part_id:
        part = next((part for part in article["parts"] if part["id"] == str(part_id)), None)
        if part is None:
            error = UnknownArticle(_("This part is not in the article."))
            error.field = "part"
            raise error
        part_number = part["number"]
    if kind == Contribution.Kind.PROPOSAL and not proposed_wording.strip():
        error = ContributionError(_("Write the wording you propose."))
        error.field = "proposed_wording"
        raise error
    with transaction.atomic():
        contribution = Contribution.objects.create(
            consultation_key=consultation.translation_key,
            article_id=article_id,
            part_id=part_id or None,
            article_number=article["number"],
            part_number=part_number,
            kind=kind,
            proposed_wording=proposed_wording.strip() if kind == Contribution.Kind.PROPOSAL else "",
            text=text.strip(),
            full_name=full_name.strip(),
            organisation=organisation.strip(),
            role=role.strip(),
            email=email,
            shown_as=shown_as,
            locale=language,
            ip_hash=client_hash(client_address),
        )
        _email(CONTRIBUTION, contribution.pk, contribution.email, language)
    return contribution


def contribution_for_link(token: str, *, lock: bool = False) -> Contribution:
    rows = Contribution.objects.select_for_update() if lock else Contribution.objects.all()
    return _find(CONFIRM_LINKS, token, rows)


@transaction.atomic
def confirm_contribution(*, token: str) -> Contribution:
    """The author confirms their address: the contribution goes to the moderators. Confirming
    twice changes nothing."""
    contribution = contribution_for_link(token, lock=True)
    if contribution.status == Status.UNCONFIRMED:
        contribution.status = Status.PENDING
        contribution.email_confirmed_at = timezone.now()
        contribution.save(update_fields=["status", "email_confirmed_at"])
    return contribution


# Support -------------------------------------------------------------------------------------


def supportable(contribution_id: int) -> Contribution:
    """The published proposal `contribution_id` names; UnknownProposal (a contribution not
    published is not admitted to exist) or NotAllowed (a comment) otherwise."""
    contribution = (
        Contribution.objects.filter(pk=contribution_id, status=Status.PUBLISHED)
        .only("pk", "consultation_key", "kind")
        .first()
    )
    if contribution is None:
        raise UnknownProposal(
            _("No published proposal has the id %(id)s.") % {"id": contribution_id}
        )
    if contribution.kind != Contribution.Kind.PROPOSAL:
        raise NotAllowed(_("Only a published proposal can be supported."))
    return contribution


def support(
    *, contribution: Contribution, email: str, language: str, client_address: str = ""
) -> None:
    """Asks for a +1 on a published proposal (`supportable`): one row per address (the
    database decides), a confirmation link emailed while it is unconfirmed. The answer never
    says whether the address supported it already."""
    email = normalise_email(email)
    with transaction.atomic():
        Support.objects.bulk_create(
            [
                Support(
                    contribution_id=contribution.pk,
                    email=email,
                    locale=language,
                    ip_hash=client_hash(client_address),
                )
            ],
            ignore_conflicts=True,
        )
        row = Support.objects.get(contribution_id=contribution.pk, email=email)
        if row.confirmed_at is None:
            _email(SUPPORT, row.pk, email, language)


def support_for_link(token: str, *, lock: bool = False) -> Support:
    rows = Support.objects.select_for_update() if lock else Support.objects.all()
    return _find(SUPPORT_LINKS, token, rows.select_related("contribution"))


@transaction.atomic
def confirm_support(*, token: str) -> Support:
    row = support_for_link(token, lock=True)
    if row.confirmed_at is None:
        row.confirmed_at = timezone.now()
        row.save(update_fields=["confirmed_at"])
        key = row.contribution.consultation_key
        transaction.on_commit(
            lambda: contributions_changed.send(Contribution, consultation_key=key)
        )
    return row


# Moderation ----------------------------------------------------------------------------------


def moderate(
    contribution: Contribution,
    *,
    status: str,
    disposition: str = "",
    reason: dict | None = None,
    merged_into: Contribution | None = None,
    outcome: str = "",
) -> Contribution:
    """Records a moderator's decision: published or not, and the disposition of a proposal with
    its reason in each language, and later what the state did with it (`outcome`). Merging names a published contribution on the same
    consultation; a published contribution sends `contribution_published` once."""
    if status not in (Status.PENDING, Status.PUBLISHED, Status.HIDDEN):
        raise NotAllowed(_("An unconfirmed contribution cannot be moderated."))
    if disposition == Disposition.MERGED:
        if merged_into is None:
            raise NotAllowed(_("Choose the contribution this one is merged into."))
        if (
            merged_into.pk == contribution.pk
            or merged_into.consultation_key != contribution.consultation_key
        ):
            raise NotAllowed(
                _("A contribution can be merged only into another of the same consultation.")
            )
    else:
        merged_into = None
    with transaction.atomic():
        row = Contribution.objects.select_for_update().get(pk=contribution.pk)
        if row.status == Status.UNCONFIRMED:
            raise NotAllowed(_("An unconfirmed contribution cannot be moderated."))
        first_publication = status == Status.PUBLISHED and row.published_at is None
        now = timezone.now()
        row.status = status
        row.disposition = disposition
        row.disposition_reason = {
            language: text.strip() for language, text in (reason or {}).items() if text.strip()
        }
        row.merged_into = merged_into
        row.outcome = outcome
        row.moderated_at = now
        if first_publication:
            row.published_at = now
        row.save()
        key = row.consultation_key
        transaction.on_commit(
            lambda: contributions_changed.send(Contribution, consultation_key=key)
        )
        if first_publication:
            pk = row.pk
            transaction.on_commit(
                lambda: contribution_published.send(Contribution, contribution_id=pk)
            )
    return row


# What the public sees ------------------------------------------------------------------------


def published(consultation_key):
    return Contribution.objects.filter(consultation_key=consultation_key, status=Status.PUBLISHED)


def with_support_count(contributions):
    return contributions.annotate(
        support_count=Count("supports", filter=Q(supports__confirmed_at__isnull=False))
    )


def accepted_proposals(consultation_key):
    """The published proposals the NGO took up, wholly or partly, in the order they came."""
    return with_support_count(
        published(consultation_key).filter(
            kind=Contribution.Kind.PROPOSAL,
            disposition__in=(Disposition.ACCEPTED, Disposition.PARTLY_ACCEPTED),
        )
    ).order_by("created_at", "pk")


def article_counts(consultation_key) -> dict[str, dict[str, int]]:
    """{article block id: {"comments", "proposals", "supports"}} of the published contributions,
    whatever language they were written in. Two queries."""
    counts: dict[str, Counter] = {}
    # Ordered, so an answer is the same bytes on any copy of the database (a restore).
    rows = (
        published(consultation_key)
        .values("article_id", "kind")
        .annotate(n=Count("pk"))
        .order_by("article_id", "kind")
    )
    for row in rows:
        field = "proposals" if row["kind"] == Contribution.Kind.PROPOSAL else "comments"
        counts.setdefault(str(row["article_id"]), Counter())[field] += row["n"]
    supports = (
        Support.objects.filter(
            contribution__consultation_key=consultation_key,
            contribution__status=Status.PUBLISHED,
            confirmed_at__isnull=False,
        )
        .values("contribution__article_id")
        .annotate(n=Count("pk"))
        .order_by("contribution__article_id")
    )
    for row in supports:
        counts.setdefault(str(row["contribution__article_id"]), Counter())["supports"] += row["n"]
    return {
        article: {field: counter[field] for field in ("comments", "proposals", "supports")}
        for article, counter in counts.items()
    }


def awaiting_moderation():
    """{consultation translation key: how many contributions await a moderator}."""
    rows = (
        Contribution.objects.filter(status=Status.PENDING)
        .values("consultation_key")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {row["consultation_key"]: row["n"] for row in rows}


# Links and emails ----------------------------------------------------------------------------


def _find(links: LinkTokens, token: str, rows):
    try:
        return links.find(token, rows)
    except LinkExpired:
        raise ExpiredLink(_("This link has expired. Send your contribution again.")) from None
    except LinkInvalid:
        raise InvalidLink(
            _("This link is not valid. Check that you opened the whole link from the email.")
        ) from None


def _email(about: str, row_id: int, to: str, language: str) -> None:
    compose_email_later(
        to=to,
        kind=CONTRIBUTION_EMAIL,
        context={"about": about, "id": row_id, "language": language},
        about=(about, row_id),
    )
