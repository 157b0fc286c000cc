"""Emails written when they are sent, not when they are queued.

A domain app registers a composer for a kind of email (in its AppConfig.ready); the outbox
calls it with the stored context at each attempt. A composer returns None when there is nothing
to send any more (the signature was confirmed or withdrawn meanwhile): the row is then dropped.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ComposedEmail:
    subject: str
    text: str
    html: str = ""
    # (file name, content, MIME type) of each attached file, e.g. an event's .ics.
    attachments: tuple[tuple[str, str | bytes, str], ...] = ()


Composer = Callable[[dict], ComposedEmail | None]
_composers: dict[str, Composer] = {}


def register_composer(kind: str, composer: Composer) -> None:
    _composers[kind] = composer


def compose(kind: str, context: dict) -> ComposedEmail | None:
    try:
        composer = _composers[kind]
    except KeyError:
        raise LookupError(
            f"No composer is registered for outgoing emails of kind {kind!r}"
        ) from None
    return composer(context)
