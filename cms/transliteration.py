"""Kazakh and Russian Cyrillic written in Latin letters, for slugs and anchors.

Django's `slugify` drops what it cannot decompose to ASCII: it turns «ә» into nothing and loses
«қ» entirely, so «Қазақстандағы» would become «azastanda». We map every Cyrillic letter first:
Russian by the ICAO Doc 9303 table used in Kazakhstani and Russian passports, Kazakh-specific
letters by the 2021 Kazakh Latin alphabet written without diacritics (ә→a, ғ→gh, қ→q, ң→ng,
ө→o, ұ→u, ү→u, һ→h, і→i). Anything else falls back to anyascii (a Wagtail dependency).
"""

import re

from anyascii import anyascii
from django.utils.text import slugify

CYRILLIC_TO_LATIN = {
    # Russian, ICAO Doc 9303
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu",
    "я": "ia",
    # Kazakh-specific letters
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "і": "i",
}  # fmt: skip

_CYRILLIC_LETTER = re.compile("[" + "".join(CYRILLIC_TO_LATIN) + "]")


def transliterate(text: str) -> str:
    """Return `text` in lower-case ASCII, Kazakh and Russian letters by the table above."""
    latin = _CYRILLIC_LETTER.sub(lambda match: CYRILLIC_TO_LATIN[match.group()], text.lower())
    return anyascii(latin)


# Wagtail's limit for a page's slug; a longer title loses whole words from its end.
SLUG_MAX_LENGTH = 255


def make_slug(text: str, max_length: int | None = SLUG_MAX_LENGTH) -> str:
    """An ASCII slug for a title in any of our languages: «Қазақстандағы кемсітушілік» →
    ``qazaqstandaghy-kemsitushilik``. Cut to `max_length` between words, never inside one
    (unless a single word is longer than that); `None` keeps it whole."""
    slug = slugify(transliterate(text)).strip("-")
    if max_length is None or len(slug) <= max_length:
        return slug
    whole_words = slug[: max_length + 1].rsplit("-", 1)[0].rstrip("-")
    if whole_words and len(whole_words) <= max_length:
        return whole_words
    return slug[:max_length].rstrip("-")
