"""Double opt-in, written once for every public form that takes an email address (signing a
petition, registering for an event):

- an address is compared in one normal form (`normalise_email`), which the database's unique
  constraint then keeps to one row per person;
- a client is known only by a salted hash of its network (`client_hash`);
- an emailed link carries a token signed with SECRET_KEY that names the row and the moment it
  was created (`LinkTokens`): nothing in the database can act for anyone, every link sent stays
  valid until it expires, and a token can never stand for a later row that reuses an id;
- the link points at the website's page, or at the hub's own when there is no website
  (`link_url`).
"""

import hashlib
import hmac
import ipaddress
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation


def normalise_email(email: str) -> str:
    """The form of an address used for uniqueness: Unicode NFC, no surrounding spaces, lower case."""
    return unicodedata.normalize("NFC", email).strip().lower()


def mask_email(email: str) -> str:
    """The first letter and the domain: enough for an organiser to spot a pattern, not to
    contact anyone."""
    name, _at, domain = email.partition("@")
    return f"{name[:1]}•••@{domain}"


def person_key(email: str) -> str:
    """A keyed hash of a normalised address: the same person across events and petitions once
    the address itself is erased (so distinct people still count), and nothing anyone can read
    an address back from without SECRET_KEY."""
    key = hashlib.sha256(f"person:{settings.SECRET_KEY}".encode()).digest()
    return hmac.new(key, normalise_email(email).encode(), hashlib.sha256).hexdigest()


def keyed_address(row, save_kwargs: dict) -> dict:
    """Before `row.save(**save_kwargs)` of a row holding a person's `email` and `person_key`
    (a registration, a contribution): the address in its normal form and its key, and the
    key saved too when only the email is. Returns the keyword arguments to save with."""
    row.email = normalise_email(row.email)
    row.person_key = person_key(row.email)
    update_fields = save_kwargs.get("update_fields")
    if update_fields is not None and "email" in update_fields:
        return {**save_kwargs, "update_fields": {*update_fields, "person_key"}}
    return save_kwargs


def client_network(address: str) -> str:
    """The network a client is known by: its IPv4 address, or the /64 of an IPv6 address (one
    household or server holds a whole /64 and may pick any address in it)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6 and ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def client_hash(address: str) -> str:
    """A salted hash of a client's network (client_network; the salt is derived from
    SECRET_KEY). The salt's text predates registrations: changing it would split the hashes
    stored for signatures from new ones."""
    if not address:
        return ""
    key = hashlib.sha256(f"signature-client:{settings.SECRET_KEY}".encode()).digest()
    return hmac.new(key, client_network(address).encode(), hashlib.sha256).hexdigest()


class LinkExpired(Exception):
    """An authentic token past its age; `reference` is what it named (id, created_at)."""

    def __init__(self, reference):
        super().__init__("expired link")
        self.reference = reference


class LinkInvalid(Exception):
    """A token this hub never issued (or cut short by an email program)."""


@dataclass(frozen=True)
class LinkTokens:
    """Tokens for the links of one kind of email; `salt` keeps each kind's tokens apart and
    `days_setting` names the setting that says how long a link works."""

    salt: str
    days_setting: str

    @property
    def max_age(self) -> timedelta:
        return timedelta(days=getattr(settings, self.days_setting))

    def _signer(self):
        # "." as separator: the token goes into URLs unescaped.
        return signing.TimestampSigner(salt=self.salt, sep=".")

    def issue(self, row) -> str:
        """A new token for `row` (any model with `created_at`), valid for max_age from now."""
        return self._signer().sign_object({"s": row.pk, "c": row.created_at.isoformat()})

    def read(self, token: str) -> tuple[int, datetime]:
        """(id, created_at) that `token` names; LinkExpired or LinkInvalid otherwise."""
        signer = self._signer()
        try:
            payload = signer.unsign_object(token or "", max_age=self.max_age)
        except signing.SignatureExpired:
            raise LinkExpired(_reference(signer.unsign_object(token))) from None
        except signing.BadSignature:
            raise LinkInvalid() from None
        reference = _reference(payload)
        if reference is None:
            raise LinkInvalid()
        return reference

    def find(self, token: str, rows):
        """The row of the queryset `rows` that `token` names; LinkInvalid when it is gone,
        LinkExpired (with `row` set when it still exists) when the link is too old."""
        try:
            row_id, created_at = self.read(token)
        except LinkExpired as expired:
            expired.row = (
                rows.model._default_manager.filter(
                    pk=expired.reference[0], created_at=expired.reference[1]
                ).first()
                if expired.reference
                else None
            )
            raise
        row = rows.filter(pk=row_id, created_at=created_at).first()
        if row is None:
            raise LinkInvalid()
        return row


def _reference(payload):
    try:
        return int(payload["s"]), datetime.fromisoformat(payload["c"])
    except (KeyError, TypeError, ValueError):
        return None


def link_url(*, website_path: str, hub_route: str, token: str, language: str) -> str:
    """An emailed link: the website's page at `/{language}/{website_path}?token=` when there is a
    website (FRONTEND_BASE_URL), else the hub's own page (`hub_route`, at its one base URL, in
    the recipient's language)."""
    if settings.FRONTEND_BASE_URL:
        return f"{settings.FRONTEND_BASE_URL}/{language}/{website_path}?token={token}"
    with translation.override(language):
        path = reverse(hub_route)
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}?token={token}"
