"""The base of the errors a domain rule raises when it refuses something: a closed petition, an
expired link, a social post another scheduler holds.

Each app derives its own (campaigns/signing.py, campaigns/social.py). The API answers every one
in one place (api/errors.py): `kind` is the problem's type, the message its detail.
"""


class DomainError(Exception):
    """A rule of the domain refused. `kind` names the rule for machines, stable across releases;
    the message says it for people, in the active language."""

    kind: str
