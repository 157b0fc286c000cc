"""Text normalisation for full-text search in Russian, Kazakh and English.

PostgreSQL stems Russian and English; it has no Kazakh stemmer, so Kazakh text is indexed with
the `simple` configuration after the normalisation below and queried by word prefix («құқық»
finds «құқықтары»).
"""

import re
import unicodedata

# PostgreSQL text-search configuration per content language.
SEARCH_CONFIGS = {"ru": "russian", "kk": "simple", "en": "english"}
# Languages without a stemmer: queried by prefix.
PREFIX_MATCH_LANGUAGES = {"kk"}

_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_search_text(text: str) -> str:
    """NFC, lower case, «ё» read as «е», and only word characters kept."""
    text = unicodedata.normalize("NFC", text or "").lower().replace("ё", "е")
    return " ".join(_WORD.findall(text))


def search_terms(query: str, max_terms: int = 12) -> list[str]:
    """The words of a reader's query, normalised like the indexed text."""
    return normalise_search_text(query).split()[:max_terms]


def prefix_tsquery(query: str) -> str:
    """A `to_tsquery('simple', …)` string matching every word of `query` as a prefix."""
    # Terms only hold word characters, so nothing in them is tsquery syntax.
    return " & ".join(f"{term}:*" for term in search_terms(query))
