"""Signing a petition, confirming and withdrawing: the rules, written once for the API and the
hub's own confirm page.

- The database guarantees one signature per petition (all translations) per normalised email;
  a second submission is not an error, and its answer is the same as the first's, so nobody can
  find out whether an address signed. The request does the same work either way (insert or
  nothing, one read, one outbox row), so its timing tells nothing either.
- Double opt-in: a signature counts once the signer follows the emailed link. The link's token
  is signed with SECRET_KEY and names the signature and the moment it was issued: nothing in
  the database can confirm or withdraw anyone, every link sent while the signature is pending
  works until it expires (SIGNATURE_TOKEN_DAYS), and an expired one does nothing.
- The confirmation email goes through the outbox in the signature's transaction, and is
  written when it is sent (the token with it): see compose_confirmation_email.
"""

from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.dispatch import Signal
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from campaigns.models import COUNTED, PetitionPage, Signature, normalise_email
from cms.errors import DomainError
from cms.languages import SOURCE_LANGUAGE
from cms.opt_in import LinkExpired, LinkInvalid, LinkTokens, client_hash, link_url
from cms.tokens import token_hash
from outbox.composers import ComposedEmail
from outbox.delivery import compose_email_later, forget_emails_about

# Sent after a change to a public signature count commits. The API (which content apps never
# import) listens, to move its ETags on.
signature_count_changed = Signal()

CONFIRMATION_EMAIL = "campaigns.signature_confirmation"
SIGNATURE = "campaigns.signature"  # what outbox rows about a signature say they are about
TOKEN_SALT = "campaigns.signature-token"


class SigningError(DomainError):
    kind = "signing-error"


class PetitionClosed(SigningError):
    kind = "petition-closed"


class InvalidToken(SigningError):
    kind = "invalid-token"


class ExpiredToken(SigningError):
    kind = "expired-token"
    # The signature an expired link was mailed for, when it still exists: the confirm page
    # then points the signer to its petition to sign again.
    signature = None


SIGNATURE_LINKS = LinkTokens(salt=TOKEN_SALT, days_setting="SIGNATURE_TOKEN_DAYS")


def signature_token(signature: Signature) -> str:
    """A new link token for `signature`, valid for SIGNATURE_TOKEN_DAYS from now (cms/opt_in.py)."""
    return SIGNATURE_LINKS.issue(signature)


def confirm_url(token: str, language: str) -> str:
    """The website's confirm page, or the hub's own (/kk/signatures/confirm/)."""
    return link_url(
        website_path="signatures/confirm/",
        hub_route="signature-confirm",
        token=token,
        language=language,
    )


def sign_petition(
    *,
    petition: PetitionPage,
    full_name: str,
    email: str,
    region: str,
    language: str,
    newsletter_opt_in: bool = False,
    client_address: str = "",
) -> None:
    """Records a pending signature and queues its confirmation email. For an address that has
    signed already nothing changes; the queued email then sends a new link if the signature is
    still pending, and nothing if it is confirmed."""
    if not petition.is_open:
        raise PetitionClosed(_("This petition no longer takes signatures."))
    email = normalise_email(email)
    with transaction.atomic():
        # INSERT ... ON CONFLICT DO NOTHING: the unique constraint decides, in one statement.
        Signature.objects.bulk_create(
            [
                Signature(
                    petition_key=petition.translation_key,
                    full_name=full_name.strip(),
                    email=email,
                    region=region,
                    locale=language,
                    newsletter_opt_in=newsletter_opt_in,
                    ip_hash=client_hash(client_address),
                )
            ],
            ignore_conflicts=True,
        )
        signature_id = Signature.objects.values_list("pk", flat=True).get(
            petition_key=petition.translation_key, email=email
        )
        compose_email_later(
            to=email,
            kind=CONFIRMATION_EMAIL,
            context={"signature": signature_id, "petition": petition.pk, "language": language},
            about=(SIGNATURE, signature_id),
        )


def compose_confirmation_email(context: dict) -> ComposedEmail | None:
    """The confirmation email, written when it is sent, with a token issued then; nothing when
    the signature is gone or confirmed meanwhile. The signer's name is left out: it is whatever
    was typed into a public form, and this email goes to an address nobody has verified."""
    signature = (
        Signature.objects.filter(pk=context["signature"], confirmed_at__isnull=True)
        .only("pk", "created_at")
        .first()
    )
    petition = PetitionPage.objects.filter(pk=context["petition"]).select_related("locale").first()
    if signature is None or petition is None:
        return None
    language = context["language"]
    title = _title_in(petition, language)
    with translation.override(language):
        values = {
            "language": language,
            "petition_title": title,
            "confirm_url": confirm_url(signature_token(signature), language),
            "days": settings.SIGNATURE_TOKEN_DAYS,
        }
        return ComposedEmail(
            subject=_("Confirm your signature: %(title)s") % {"title": title},
            text=render_to_string("campaigns/email/confirm_signature.txt", values),
            html=render_to_string("campaigns/email/confirm_signature.html", values),
        )


def _title_in(petition, language):
    if petition.locale.language_code == language:
        return petition.title  # the page row holds the live title
    translated = (
        PetitionPage.objects.filter(
            translation_key=petition.translation_key, locale__language_code=language, live=True
        )
        .values_list("title", flat=True)
        .first()
    )
    return translated or petition.title


def signature_for_link(token: str) -> Signature:
    """The signature an emailed link stands for, read without changing anything (the hub's
    confirm page shows it before the signer acts); InvalidToken or ExpiredToken otherwise."""
    return _signature_for(token, lock=False)


def _signature_for(token: str, *, lock: bool = True) -> Signature:
    """The signature a link's token stands for (locked unless `lock` is False); InvalidToken or
    ExpiredToken otherwise."""
    invalid = InvalidToken(_("This link is not valid. Sign the petition again to get a new one."))
    expired = ExpiredToken(_("This link has expired. Sign the petition again to get a new one."))
    signatures = Signature.objects.select_for_update() if lock else Signature.objects.all()
    try:
        return SIGNATURE_LINKS.find(token, signatures)
    except LinkExpired as error:
        expired.signature = error.row
        raise expired from None
    except LinkInvalid:
        return _legacy_signature_for(token, invalid, expired, signatures)


def _legacy_signature_for(token, invalid, expired, signatures):
    """Links mailed before signed tokens carried a random token whose hash is on the row; they
    keep working until they expire (SIGNATURE_TOKEN_DAYS), and nothing new is stored so."""
    signature = signatures.filter(token_hash=token_hash(token or "")).first()
    if signature is None:
        raise invalid
    if signature.token_expires_at is None or signature.token_expires_at < timezone.now():
        expired.signature = signature
        raise expired
    return signature


def petition_signed(signature: Signature) -> PetitionPage | None:
    """The live version of the petition `signature` is for, in the signer's language when
    there is one, else in the source language, else any."""
    versions = PetitionPage.objects.filter(
        translation_key=signature.petition_key, live=True
    ).select_related("locale")
    return min(
        versions,
        key=lambda page: (
            page.locale.language_code != signature.locale,
            page.locale.language_code != SOURCE_LANGUAGE,
        ),
        default=None,
    )


@transaction.atomic
def confirm_signature(*, token: str) -> Signature:
    """Confirms the signature the token was mailed for; confirming twice changes nothing."""
    signature = _signature_for(token)
    if signature.confirmed_at is not None:
        return signature
    signature.confirmed_at = timezone.now()
    signature.save(update_fields=["confirmed_at"])
    transaction.on_commit(_signatures_changed)
    return signature


@transaction.atomic
def withdraw_signature(*, token: str) -> None:
    """The signer takes their signature back: the row, with their data, is deleted, and so is
    every email about it."""
    signature = _signature_for(token)
    was_counted = signature.confirmed_at is not None
    forget_emails_about(SIGNATURE, [signature.pk])
    signature.delete()
    if was_counted:
        transaction.on_commit(_signatures_changed)


def _signatures_changed():
    signature_count_changed.send(sender=Signature)


def closed_since(petition: PetitionPage):
    """When a petition stopped taking signatures, or None while it takes them.

    A passed deadline closes it at the end of that day (Almaty); a petition closed or delivered
    by an editor counts from its last publish, which can only make the moment later, never
    erase data early.
    """
    moments = []
    if petition.deadline is not None and petition.deadline < timezone.localdate():
        end_of_day = datetime.combine(petition.deadline, time.max)
        moments.append(timezone.make_aware(end_of_day))
    if petition.state != PetitionPage.State.OPEN and petition.last_published_at is not None:
        moments.append(petition.last_published_at)
    return min(moments) if moments else None


def anonymise_closed_petitions(*, now=None) -> int:
    """Erases signer data of petitions closed more than SIGNATURE_RETENTION_DAYS ago: counted
    signatures keep their region and dates (so counts and charts stay), unconfirmed and
    invalidated ones go.
    Returns how many signatures were touched."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.SIGNATURE_RETENTION_DAYS)
    touched = 0
    sources = PetitionPage.objects.filter(locale__language_code=SOURCE_LANGUAGE)
    for petition in sources:
        closed = closed_since(petition)
        if closed is None or closed > cutoff:
            continue
        signatures = Signature.objects.filter(
            petition_key=petition.translation_key, anonymised_at__isnull=True
        )
        with transaction.atomic():
            forget_emails_about(SIGNATURE, signatures.values("pk"))
            deleted, _by_model = signatures.exclude(COUNTED).delete()
            touched += deleted
            touched += signatures.update(
                full_name="",
                # Unique per petition, as the constraint needs, and says nothing about anyone.
                email=Concat(Value("anonymised-"), Cast("pk", CharField()), Value("@invalid")),
                newsletter_opt_in=False,
                ip_hash="",
                token_hash=None,
                token_expires_at=None,
                anonymised_at=now,
            )
    return touched
