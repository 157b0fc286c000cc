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


def make_slug(text: str, max_length: int = 255) -> str:
    """An ASCII slug for a title in any of our languages: «Қазақстандағы кемсітушілік» →
    ``qazaqstandaghy-kemsitushilik``."""
    slug = slugify(transliterate(text))
    return slug[:max_length].rstrip("-")
