"""Alphabetical order for Russian and Kazakh titles that every database sorts the same way.

PostgreSQL's default collation (and SQLite's binary one) put Kazakh letters after «я»
(«Әйелдер» after «Ярмарка»). `sort_key` maps each letter to a fixed-width code in the Kazakh
Cyrillic alphabet, which keeps the Russian order as a subsequence, so a plain ORDER BY on the
stored key gives the order a Kazakh or Russian reader expects in both databases.
"""

import unicodedata

# The Kazakh Cyrillic alphabet (42 letters); Russian is the same list without the nine
# Kazakh-only letters, so its order is preserved.
KAZAKH_CYRILLIC = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
LATIN = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"

# Digits first, then Cyrillic, then Latin, the way Russian and Kazakh dictionaries list them.
_ORDER = {
    character: position for position, character in enumerate(DIGITS + KAZAKH_CYRILLIC + LATIN)
}
_CODE_WIDTH = 4  # "0000"–"zzzz" in base 36 leaves room for every Unicode code point


def _code(position: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    for _ in range(_CODE_WIDTH):
        position, remainder = divmod(position, 36)
        out = digits[remainder] + out
    return out


_SPACE_CODE = _code(0)  # words sort before their extensions: «Право» before «Правовой»
_LETTER_BASE = 1
_OTHER_BASE = _LETTER_BASE + len(_ORDER)


def sort_key(text: str, max_length: int = 400) -> str:
    """A case-insensitive key whose byte order is Kazakh/Russian alphabetical order."""
    codes = []
    for character in unicodedata.normalize("NFC", text.strip().lower()):
        if character in _ORDER:
            codes.append(_code(_LETTER_BASE + _ORDER[character]))
        elif character.isspace() or not character.isalnum():
            if codes and codes[-1] != _SPACE_CODE:
                codes.append(_SPACE_CODE)  # punctuation and spaces separate words only
        else:
            codes.append(_code(min(_OTHER_BASE + ord(character), 36**_CODE_WIDTH - 1)))
    return "".join(codes)[:max_length]
