"""The digest stored in place of a secret token (a preview link's, a signature link's): the
database never holds the token itself, so reading it grants nothing."""

import hashlib


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
