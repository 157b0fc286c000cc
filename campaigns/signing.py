"""Signing a petition, confirming and withdrawing: the rules, written once for the API and the
hub's own confirm page.

- The database guarantees one signature per petition (all translations) per normalised email;
  a second submission is not an error, and its answer is the same as the first's, so nobody can
  find out whether an address signed.
- Double opt-in: a signature counts once the signer follows the emailed link. Only a hash of
  that token is stored; it expires after SIGNATURE_TOKEN_DAYS.
- The confirmation email goes through the outbox in the signature's transaction.
"""

import hashlib
import hmac
import secrets
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.dispatch import Signal
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from campaigns.models import COUNTED, PetitionPage, Signature, normalise_email
from outbox.delivery import send_email_later

# Sent after a change to a public signature count commits. The API (which content apps never
# import) listens, to move its ETags on.
signature_count_changed = Signal()


class SigningError(Exception):
    kind = "signing-error"


class PetitionClosed(SigningError):
    kind = "petition-closed"


class InvalidToken(SigningError):
    kind = "invalid-token"


class ExpiredToken(SigningError):
    kind = "expired-token"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def client_hash(address: str) -> str:
    """A salted hash of a client address (the salt is derived from SECRET_KEY)."""
    if not address:
        return ""
    key = hashlib.sha256(f"signature-client:{settings.SECRET_KEY}".encode()).digest()
    return hmac.new(key, address.encode(), hashlib.sha256).hexdigest()


def confirm_url(token: str, language: str) -> str:
    if settings.FRONTEND_BASE_URL:
        return f"{settings.FRONTEND_BASE_URL}/{language}/signatures/confirm/?token={token}"
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "http://127.0.0.1:8000"
    return f"{base.rstrip('/')}{reverse('signature-confirm')}?token={token}"


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
    """Records a pending signature and mails its confirmation link; for an address that has
    signed already it mails a new link if still pending, and does nothing if confirmed."""
    if not petition.is_open:
        raise PetitionClosed(_("This petition no longer takes signatures."))
    email = normalise_email(email)
    token = secrets.token_urlsafe(32)
    expires = timezone.now() + timedelta(days=settings.SIGNATURE_TOKEN_DAYS)
    with transaction.atomic():
        try:
            with transaction.atomic():  # a savepoint: the constraint may refuse the row
                Signature.objects.create(
                    petition_key=petition.translation_key,
                    full_name=full_name.strip(),
                    email=email,
                    region=region,
                    locale=language,
                    newsletter_opt_in=newsletter_opt_in,
                    token_hash=token_hash(token),
                    token_expires_at=expires,
                    ip_hash=client_hash(client_address),
                )
        except IntegrityError:
            renewed = Signature.objects.filter(
                petition_key=petition.translation_key, email=email, confirmed_at__isnull=True
            ).update(token_hash=token_hash(token), token_expires_at=expires)
            if not renewed:
                return  # confirmed already: counted once, and nothing to tell
        _mail_confirmation(petition, email, full_name, token, language)


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


def _mail_confirmation(petition, email, full_name, token, language):
    title = _title_in(petition, language)
    with translation.override(language):
        context = {
            "full_name": full_name.strip(),
            "petition_title": title,
            "confirm_url": confirm_url(token, language),
            "days": settings.SIGNATURE_TOKEN_DAYS,
        }
        send_email_later(
            to=email,
            subject=_("Confirm your signature: %(title)s") % {"title": title},
            text=render_to_string("campaigns/email/confirm_signature.txt", context),
            html=render_to_string("campaigns/email/confirm_signature.html", context),
        )


def _signature_for(token: str) -> Signature:
    signature = (
        Signature.objects.select_for_update().filter(token_hash=token_hash(token or "")).first()
    )
    if signature is None:
        raise InvalidToken(_("This link is not valid. Sign the petition again to get a new one."))
    return signature


@transaction.atomic
def confirm_signature(*, token: str) -> Signature:
    """Confirms the signature the token was mailed for; confirming twice changes nothing."""
    signature = _signature_for(token)
    if signature.confirmed_at is not None:
        return signature
    if signature.token_expires_at and signature.token_expires_at < timezone.now():
        raise ExpiredToken(_("This link has expired. Sign the petition again to get a new one."))
    signature.confirmed_at = timezone.now()
    signature.save(update_fields=["confirmed_at"])
    transaction.on_commit(_signatures_changed)
    return signature


@transaction.atomic
def withdraw_signature(*, token: str) -> None:
    """The signer takes their signature back: the row, with their data, is deleted."""
    signature = _signature_for(token)
    was_counted = signature.confirmed_at is not None
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
    sources = PetitionPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    for petition in sources:
        closed = closed_since(petition)
        if closed is None or closed > cutoff:
            continue
        signatures = Signature.objects.filter(
            petition_key=petition.translation_key, anonymised_at__isnull=True
        )
        with transaction.atomic():
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
