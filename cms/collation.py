"""Alphabetical order per language, the same in PostgreSQL, SQLite and Python.

PostgreSQL's default collation (and SQLite's binary one) put Kazakh letters after «я»
(«Әйелдер» after «Ярмарка»). PostgreSQL 15 ships ICU collations: `kk-x-icu` follows the
Kazakh alphabet (ё, і, ү after е, ы, ұ, as letters of their own), `ru-x-icu` the Russian one
(ё sorts with е; Cyrillic before Latin) and `en-x-icu` the root order (Latin before Cyrillic).
`alphabetical(field, language)` is the expression to order by in a query.

SQLite has no ICU, so `register_sqlite_collations` gives every SQLite connection collations of
the same names that compare by `sort_key`, a Python model of those ICU orders (letters first,
then accents, then case; spaces and punctuation before digits before letters, as ICU's
non-ignorable default has them). tests/test_kazakh_order.py checks that the model agrees with
PostgreSQL on a word list in every language. In-memory sorts (regions) use `sort_key` too.
"""

import unicodedata

from django.db.models import F
from django.db.models.functions import Collate

# The ICU collation of each content language, and the root order for no or another language.
COLLATIONS = {"kk": "kk-x-icu", "ru": "ru-x-icu", "en": "en-x-icu"}
NEUTRAL_COLLATION = "und-x-icu"

# The Kazakh Cyrillic alphabet (42 letters).
KAZAKH_CYRILLIC = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
# ICU's root order of the same letters (what ru-x-icu and en-x-icu use): і after и, ү before ұ,
# and ё not a letter of its own but е with a diaeresis (it comes apart under NFD, below).
ROOT_CYRILLIC = "аәбвгғдежзиійкқлмнңоөпрстуүұфхһцчшщъыьэюя"
LATIN = "abcdefghijklmnopqrstuvwxyz"
# Spaces, punctuation and symbols in ICU's root order, read from PostgreSQL 15
# (`ORDER BY c COLLATE "und-x-icu"`); they sort before digits, digits before letters.
PUNCTUATION = (
    "\t\n \xa0_-\u2013\u2014,;:!¡?¿.\u2026·'\u2018\u2019\"\u201c\u201d\u201e«»()[]{}§@*/\\&#%"
    "\u2022`^°+×<=>|~$€₸"
)
_PUNCTUATION_BASE = 1
_OTHER_SYMBOL_BASE = _PUNCTUATION_BASE + len(PUNCTUATION)
_DIGIT_BASE = _OTHER_SYMBOL_BASE + 0x110000
_LETTER_BASE = _DIGIT_BASE + 10
_GROUP_SIZE = 0x110000  # a script group has room for every code point
_CODE_WIDTH = 5  # base 36: 60 million weights, enough for four groups
# Script groups in order: Kazakh and Russian put Cyrillic first; ICU's root order (English and
# no language) is Latin, Greek, Cyrillic. Scripts not named come last, by code point.
_GROUPS = {
    "kk": ("CYRILLIC", "LATIN", "GREEK"),
    "ru": ("CYRILLIC", "LATIN", "GREEK"),
    None: ("LATIN", "GREEK", "CYRILLIC"),
}
_ALPHABETS = {"kk": {"CYRILLIC": KAZAKH_CYRILLIC, "LATIN": LATIN}}
_ALPHABETS["ru"] = _ALPHABETS[None] = {"CYRILLIC": ROOT_CYRILLIC, "LATIN": LATIN}
_PUNCTUATION_ORDER = {character: position for position, character in enumerate(PUNCTUATION)}


def _code(weight: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    for _ in range(_CODE_WIDTH):
        weight, remainder = divmod(weight, 36)
        out = digits[remainder] + out
    return out


_LEVEL_SEPARATOR = _code(0)  # below every weight: a string sorts before its extensions


def _letter_weight(character: str, language) -> int:
    script = unicodedata.name(character, "").split(" ")[0]
    groups = _GROUPS[language]
    group = groups.index(script) if script in groups else len(groups)
    alphabet = _ALPHABETS[language].get(script, "")
    position = alphabet.find(character)
    # A letter outside the alphabet (Ukrainian є, Greek) follows it by code point.
    position = position if position >= 0 else len(alphabet) + ord(character)
    return _LETTER_BASE + group * _GROUP_SIZE + min(position, _GROUP_SIZE - 1)


def _primary(character: str, language) -> int | None:
    """The weight of a character without its accents and case; None if ICU ignores it."""
    if character in _PUNCTUATION_ORDER:
        return _PUNCTUATION_BASE + _PUNCTUATION_ORDER[character]
    if character.isdigit():
        return _DIGIT_BASE + unicodedata.digit(character, 0)
    if character.isspace():
        return _PUNCTUATION_BASE + _PUNCTUATION_ORDER[" "]
    if unicodedata.category(character) in ("Mn", "Me", "Cf", "Cc"):
        return None  # a stray mark, a zero-width or control character weighs nothing
    if not character.isalnum():
        return _OTHER_SYMBOL_BASE + ord(character)
    return _letter_weight(character, language)


def _units(text: str):
    """The characters to weigh, each with 2 if it stands for a compatibility variant (ICU
    sorts «№» as «No» and «ﬁ» as «fi», told apart from them only at the case level)."""
    for character in text:
        if character in _PUNCTUATION_ORDER:
            yield character, 0
            continue
        compatible = unicodedata.normalize("NFKD", character)
        if compatible == unicodedata.normalize("NFD", character):
            yield character, 0
        else:
            for part in unicodedata.normalize("NFC", compatible):
                yield part, 2


def sort_key(text: str, language: str | None = None, max_length: int | None = 400) -> str:
    """A key whose string order is `language`'s alphabetical order (ICU's, as PostgreSQL has it).

    Three levels, as ICU compares them: the letters (Kazakh or root alphabet), then the accents
    (ё after е in Russian), then the case (lower before upper). `max_length` cuts the key for a
    column of bounded width; comparing needs the whole key (`max_length=None`).
    """
    language = language if language in ("kk", "ru") else None  # English is the root order
    primaries, accents, cases = [], [], []
    for character, variant in _units(unicodedata.normalize("NFC", text)):
        lower = character.lower()
        if lower == "й" or (lower == "ё" and language == "kk"):
            base, marks = lower, ""
        else:
            decomposed = unicodedata.normalize("NFD", lower)
            base, marks = decomposed[0], decomposed[1:]
        weight = _primary(base, language)
        if weight is None:
            continue
        primaries.append(_code(weight))
        # No accent weighs least; otherwise the first mark's code point orders the accents.
        accents.append(_code(1 + (ord(marks[0]) if marks else 0)))
        cases.append(_code((2 if character != lower else 1) + variant))
    key = _LEVEL_SEPARATOR.join(["".join(primaries), "".join(accents), "".join(cases)])
    return key if max_length is None else key[:max_length]


def collation_for(language: str | None) -> str:
    """The ICU collation of a content language; the root order for none or an unknown one."""
    return COLLATIONS.get(language, NEUTRAL_COLLATION)


def alphabetical(field, language: str | None = None) -> Collate:
    """`field` (a name or an expression) in `language`'s alphabetical order, for order_by."""
    expression = F(field) if isinstance(field, str) else field
    return Collate(expression, collation_for(language))


def _compare(language):
    def compare(left: str, right: str) -> int:
        left_key = sort_key(left, language, max_length=None)
        right_key = sort_key(right, language, max_length=None)
        return (left_key > right_key) - (left_key < right_key)

    return compare


def register_sqlite_collations(sender, connection, **kwargs):
    """`connection_created` receiver: the ICU collation names, modelled in Python, on SQLite."""
    if connection.vendor != "sqlite":
        return
    for language, name in [*COLLATIONS.items(), (None, NEUTRAL_COLLATION)]:
        connection.connection.create_collation(name, _compare(language))
