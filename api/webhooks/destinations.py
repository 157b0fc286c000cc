"""Where a webhook may go. Its URL is read as the HTTP client reads it, its host resolved once
and every address checked (in production only public ones, unless WEBHOOK_ALLOWED_HOSTS lists
the host); the request then connects to those addresses only, so a DNS answer that changes in
between (DNS rebinding) is never used.
"""

import ipaddress
import re
import socket
from typing import NamedTuple
from urllib.parse import urlsplit

import requests
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from requests.adapters import HTTPAdapter
from urllib3.exceptions import NewConnectionError

# --- where a URL sends, and whether it may ------------------------------------------------------

# Characters that URL parsers read differently: urllib3 (which requests uses) ends the host at a
# backslash where urlsplit does not, and urlsplit drops tabs and newlines. A URL with one is
# refused rather than read one way and sent another.
_AMBIGUOUS_CHARACTERS = re.compile(r"[\\\s\x00-\x1f\x7f-\x9f]")
DEFAULT_PORTS = {"http": 80, "https": 443}
# IPv6 addresses that carry an IPv4 address in their last 32 bits and reach it through a
# translator: IPv4-compatible, and NAT64's well-known and local-use prefixes.
_IPV4_IN_LAST_32_BITS = [
    ipaddress.ip_network(prefix) for prefix in ("::/96", "64:ff9b::/96", "64:ff9b:1::/48")
]


class Destination(NamedTuple):
    """Where a webhook URL sends, read as the HTTP client reads it, and the addresses its host
    resolved to when it was checked: the request goes to one of these and nowhere else."""

    scheme: str
    host: str  # lower case, IDNA-encoded, an IPv6 address without brackets
    port: int
    addresses: tuple[str, ...]


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.sixtofour is not None:
        return ip.sixtofour
    if any(ip in network for network in _IPV4_IN_LAST_32_BITS):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone (fe80::1%eth0) aside
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return _is_public(str(ip.ipv4_mapped))  # the socket connects to that IPv4 address
        embedded = _embedded_ipv4(ip)
        if embedded is not None and not _is_public(str(embedded)):
            return False  # ::127.0.0.1, 2002:a00:7::, 64:ff9b::a00:7 reach non-public ones
    return ip.is_global and not ip.is_multicast


def _read_url(value: str) -> tuple[str, str, int]:
    """The scheme, host and port `value` sends to, as requests reads it; ValidationError if it is
    no URL for a webhook, whatever its host."""
    if _AMBIGUOUS_CHARACTERS.search(value):
        raise ValidationError(
            _(
                "The address may not contain spaces, control characters or backslashes (\\): "
                "programs read such an address differently."
            ),
            code="characters",
        )
    try:
        parts = urlsplit(value)
    except ValueError:  # brackets around something other than an IPv6 address
        raise ValidationError(_("Enter the address with its host name."), code="host") from None
    if parts.scheme not in ("http", "https"):
        raise ValidationError(_("Use an http:// or https:// address."), code="scheme")
    try:
        # The URL as requests will send it (IDNA, percent-decoding); its pool reads host and
        # port back out with urlsplit, as here.
        prepared = requests.PreparedRequest()
        prepared.prepare_url(value, None)
        sent = urlsplit(prepared.url)
        host, port = (sent.hostname or ""), (sent.port or DEFAULT_PORTS[parts.scheme])
    except (requests.RequestException, ValueError, UnicodeError):
        host, port, sent = "", 0, parts
    if "@" in parts.netloc or "@" in sent.netloc:
        raise ValidationError(
            _(
                "Leave the user name and password out of the address: the receiver checks the "
                "X-Tendik-Signature header instead."
            ),
            code="userinfo",
        )
    if not host:
        raise ValidationError(_("Enter the address with its host name."), code="host")
    return parts.scheme, host, port


def _addresses_of(host: str, port: int) -> tuple[str, ...]:
    """Every address `host` resolves to, in the resolver's order; OSError if none."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return tuple(dict.fromkeys(info[4][0] for info in found))


def webhook_destination(url: str) -> Destination:
    """Where a webhook to `url` may go now: its host resolved once and each address checked.
    In development any address; in production only public ones, unless WEBHOOK_ALLOWED_HOSTS
    lists the host. Checked before each attempt, since DNS changes; the attempt then connects to
    these addresses only, so an answer that changes in between (DNS rebinding) is never used."""
    scheme, host, port = _read_url(url)
    try:
        addresses = _addresses_of(host, port)
    except (OSError, UnicodeError, ValueError):
        raise ValidationError(
            _("%(host)s could not be resolved."), code="unresolved", params={"host": host}
        ) from None
    if settings.PRODUCTION and host not in settings.WEBHOOK_ALLOWED_HOSTS:
        private = sorted(address for address in addresses if not _is_public(address))
        if private:
            # The hub must not become a way into the network it runs in.
            raise ValidationError(
                _(
                    "%(host)s is a private or local address (%(addresses)s). Webhooks go only "
                    "to public addresses, unless the server's WEBHOOK_ALLOWED_HOSTS setting "
                    "lists it."
                ),
                code="private",
                params={"host": host, "addresses": ", ".join(private)},
            )
    return Destination(scheme, host, port, addresses)


def validate_webhook_url(value: str) -> None:
    """http or https, with no user name, password or characters that parsers read differently.
    In development any host (a receiver on 127.0.0.1 is how one tests); in production only
    hosts on public addresses, unless WEBHOOK_ALLOWED_HOSTS lists them."""
    if settings.PRODUCTION:
        webhook_destination(value)
    else:
        _read_url(value)


# --- connecting only there ----------------------------------------------------------------------


class CheckedAddressAdapter(HTTPAdapter):
    """Connects only to the addresses the destination was checked with, the first that takes
    the connection, whatever the host name resolves to by then; the request still names the host
    (Host header, and for https the TLS server name and the name the certificate must bear)."""

    def __init__(self, destination: Destination):
        super().__init__(max_retries=0)
        self.destination = destination
        self.address = destination.addresses[0]

    def send(self, request, **kwargs):
        *others, last = self.destination.addresses
        for address in others:
            self.address = address
            try:
                return super().send(request, **kwargs)
            except requests.ConnectionError as error:
                if not _never_connected(error):
                    raise
        self.address = last
        return super().send(request, **kwargs)

    def get_connection_with_tls_context(self, request, verify, proxies=None, cert=None):
        host_params, pool_kwargs = self.build_connection_pool_key_attributes(request, verify, cert)
        destination = self.destination
        scheme, host = host_params["scheme"], host_params["host"]
        port = host_params["port"] or DEFAULT_PORTS.get(scheme)
        if (scheme, host, port) != (destination.scheme, destination.host, destination.port):
            raise requests.exceptions.InvalidURL("not the destination that was checked")
        if scheme == "https":
            pool_kwargs["server_hostname"] = host
        return self.poolmanager.connection_from_host(
            host=self.address, port=port, scheme=scheme, pool_kwargs=pool_kwargs
        )


def _never_connected(error: requests.ConnectionError) -> bool:
    """Whether the request failed before a connection was made (nothing was sent)."""
    reason = getattr(error.args[0] if error.args else None, "reason", None)
    return isinstance(error, requests.ConnectTimeout) or isinstance(reason, NewConnectionError)


def host_header(destination: Destination) -> str:
    """The Host header of a request to `destination`: the port only when not the default."""
    host = f"[{destination.host}]" if ":" in destination.host else destination.host
    if destination.port == DEFAULT_PORTS[destination.scheme]:
        return host
    return f"{host}:{destination.port}"
