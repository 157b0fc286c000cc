"""Kazakh in the 2021 Latin alphabet, for readers: the text of a page, not its address.

Two transliterations live side by side and answer different questions:

* `cms.transliteration` makes slugs and anchors. It writes lower-case ASCII without diacritics
  (қ→q, ә→a, ғ→gh, ш→sh, і→i), follows the passport table for Russian, and must never change:
  a slug that changed would break every link to the page.
* this module writes what a reader reads: the 2021 Kazakh Latin alphabet with its diacritics
  (ә→ä, ғ→ğ, ң→ñ, ш→ş, і→ı), keeping case, touching nothing that is not a Cyrillic letter. It can
  change with the alphabet, since nothing is stored in it; `to_cyrillic` reads a reader's Latin
  query back into Cyrillic for search.

Cyrillic → Latin (`to_latin`), the 42 letters of the Kazakh Cyrillic alphabet:

    а a   ә ä   б b   в v   г g   ғ ğ   д d   е e   ё io  ж j   з z   и i   й i   к k
    қ q   л l   м m   н n   ң ñ   о o   ө ö   п p   р r   с s   т t   у u   ұ ū   ү ü
    ф f   х h   һ h   ц ts  ч ch  ш ş   щ şş  ъ -   ы y   і ı   ь -   э e   ю iu  я ia

Casing: і is the dotless ı, whose capital is I; и and й are the dotted i, whose capital is İ
(U+0130). Python's str.upper()/lower() know neither rule ("ı".upper() is "I" but "i".upper() is
"I" too, and "İ".lower() is "i" followed by a combining dot), so every capital is spelled out in
the tables below. A capital that becomes two letters follows its word: «Юрист» → «Iurist»,
«ЮРИСТ» → «IURİST», «Щ» alone → «Şş». The digraphs io/iu/ia capitalise their i as a plain I
(«Iurist», as issue 23 fixes it), while и and й alone give İ.

Latin → Cyrillic (`to_cyrillic`) is a best guess, for what a reader types; the choices:

* şş → щ (ащы), ş → ш, ch → ч; a «c» on its own is left alone.
* ts → тс: Kazakh verb forms (айтса, кетсе) are far more common than ц, which only loanwords
  have, so ц is lost: полиция → politsiia → политсия.
* iu → ю everywhere (кию → kiiu, бюджет → biudjet).
* ia → я at the start of a word or after a vowel (ия, қиял, аяқ, дария), but и + а after a
  consonant, where Kazakh has no я and loanwords have иа (материал, медиа, диалог).
* io → ё only at the start of a word (ёлка); elsewhere и + о (миллион, регион, чемпион, радио).
* i → й after a vowel (ай, үйі, ұйым, сый, буйрық), otherwise и (ине, ақиқат, Дмитрий's final
  «ii» is и + й). An и after a vowel is lost: мозаика → mozaika → мозайка.
* h → х: һ is lost (гауһар → gauhar → гаухар, жиһаз → жихаз).
* e → е: э is lost (поэзия → poeziia → поезия); ъ and ь are dropped by `to_latin` and do not
  come back (подъезд → podezd → подезд, пьеса → pesa → песа).
* ı → і, y → ы, j → ж, ğ → ғ, q → қ, ñ → ң, ö → ө, ū → ұ, ü → ү, ä → ә; I → І, İ → И (or Й).
* The i of io/iu/ia may also be I or ı: `to_latin` capitalises it as I («Iurist», «IURİST»),
  which `kazakh_latin_lower` turns into ı («ıurist»), and a query lowered that way must still
  read. Kazakh writes no і right before у, а or о (our catalogues have none), so ıu, ıa, ıo
  mean nothing else. İ never starts them: «İordaniia» is Иордания.

Measured on the 3,161 distinct words of our Kazakh catalogues (locale/kk), to_cyrillic(to_latin(
word)) gives the word back for all but the documented losses (202 uses of words with ц, ь, ъ, э
or һ) and two names: Йорк (→ ёрк, io at the start of a word) and Армян (→ армиан, я after a
consonant).

The Latin side is stable: to_latin(to_cyrillic(latin)) == latin for anything `to_latin` wrote.
"""

import re
import unicodedata
from html.parser import HTMLParser

CYRILLIC_SCRIPT = "cyrl"
LATIN_SCRIPT = "latn"
SCRIPTS = (CYRILLIC_SCRIPT, LATIN_SCRIPT)

CYRILLIC_TO_LATIN = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū",
    "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "",
    "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}  # fmt: skip


def _capitals(latin: str) -> tuple[str, str]:
    """(Title form, all-capitals form) of a letter's Latin, with the Kazakh capitals of i and ı."""
    upper = {"i": "I", "ı": "I"}  # the i of io/iu/ia and ı; и/й's İ is set below
    letters = [upper.get(letter, letter.upper()) for letter in latin]
    return "".join(letters[:1]) + latin[1:], "".join(letters)


# Capital Cyrillic letter → (its Latin when the word is not in capitals, when it is).
CAPITAL_CYRILLIC_TO_LATIN = {
    cyrillic.upper(): _capitals(latin) for cyrillic, latin in CYRILLIC_TO_LATIN.items()
}
CAPITAL_CYRILLIC_TO_LATIN["И"] = ("İ", "İ")
CAPITAL_CYRILLIC_TO_LATIN["Й"] = ("İ", "İ")


def to_latin(text: str) -> str:
    """`text` with every Kazakh Cyrillic letter in the 2021 Latin alphabet, case kept; anything
    else (Latin, digits, punctuation, other scripts) untouched."""
    out = []
    for index, char in enumerate(text):
        latin = CYRILLIC_TO_LATIN.get(char)
        if latin is not None:
            out.append(latin)
            continue
        capitals = CAPITAL_CYRILLIC_TO_LATIN.get(char)
        if capitals is None:
            out.append(char)
            continue
        title, all_capitals = capitals
        out.append(all_capitals if _in_capitals(text, index) else title)
    return "".join(out)


def _in_capitals(text: str, index: int) -> bool:
    """Whether the capital at `index` belongs to a word written in capitals: the next letter is a
    capital too or, at the end of a word, the one before it is."""
    for neighbour in (index + 1, index - 1):
        if 0 <= neighbour < len(text) and text[neighbour].isalpha():
            return text[neighbour].isupper()
    return False


def kazakh_latin_lower(text: str) -> str:
    """`text` in lower case by the Kazakh Latin rules: I → ı and İ → i, then str.lower().

    str.lower() alone is wrong twice: it turns I (the capital of ı) into the dotted i, and İ into
    «i» followed by a combining dot above (U+0307), two code points that match nothing."""
    return text.replace("I", "ı").replace("İ", "i").lower()


LATIN_TO_CYRILLIC = {
    "a": "а", "ä": "ә", "b": "б", "v": "в", "g": "г", "ğ": "ғ", "d": "д", "e": "е", "j": "ж",
    "z": "з", "k": "к", "q": "қ", "l": "л", "m": "м", "n": "н", "ñ": "ң", "o": "о", "ö": "ө",
    "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "ū": "ұ", "ü": "ү", "f": "ф", "h": "х",
    "ş": "ш", "y": "ы", "ı": "і",
}  # fmt: skip

# Vowel letters: after one, i is й and ia is я (either script, for mixed queries).
_VOWELS = frozenset("aäeıioöuūüy" + "аәеёиоөуұүыіэюя")
_IOTATED = {"u": "ю", "a": "я", "o": "ё"}


def _latin_lower(char: str) -> str:
    return {"I": "ı", "İ": "i"}.get(char) or char.lower()


def to_cyrillic(text: str) -> str:
    """`text` in Kazakh Cyrillic, best guess (see the module's docstring for the rules and what
    they lose); case kept; what is not a letter of the Latin alphabet is left alone (the text is
    first put in Unicode's composed form, NFC, so «s» + combining cedilla reads as «ş»)."""
    # A query may come decomposed (s + U+0327) or through str.lower() (i + U+0307).
    text = unicodedata.normalize("NFC", text).replace("i\u0307", "i").replace("I\u0307", "İ")
    lower = [_latin_lower(char) for char in text]
    out = []
    index = 0
    while index < len(text):
        char, letter = text[index], lower[index]
        following = lower[index + 1] if index + 1 < len(text) else ""
        previous = lower[index - 1] if index > 0 and text[index - 1].isalpha() else ""
        length, cyrillic = 1, None
        if letter == "ş" and following == "ş":
            length, cyrillic = 2, "щ"
        elif letter == "c" and following == "h":
            length, cyrillic = 2, "ч"
        elif letter in ("i", "ı") and char != "İ" and following in _IOTATED:
            if (
                following == "u"
                or (following == "a" and (not previous or previous in _VOWELS))
                or (following == "o" and not previous)
            ):
                length, cyrillic = 2, _IOTATED[following]
        if cyrillic is None:
            if letter == "i":
                cyrillic = "й" if previous in _VOWELS else "и"
            else:
                cyrillic = LATIN_TO_CYRILLIC.get(letter)
        if cyrillic is None:
            out.append(char)
        else:
            out.append(cyrillic.upper() if char.isupper() else cyrillic)
        index += length
    return "".join(out)


# Text inside these elements is code or markup and stays as written.
_VERBATIM_ELEMENTS = frozenset({"script", "style", "code", "pre"})
# Elements without an end tag (a translate="no" on them keeps nothing after them).
_VOID_ELEMENTS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)  # fmt: skip
# Attributes whose value a reader sees (or hears) as text.
_TEXT_ATTRIBUTES = frozenset({"alt", "title", "placeholder", "aria-label"})

_TAG_NAME = re.compile(r"<[^\s/>]+")
# One attribute of a start tag, after html.parser's own tolerant pattern (attrfind_tolerant).
_ATTRIBUTE = re.compile(
    r"""(?:\s|/(?!>))*(?P<name>[^\s/>][^\s/=>]*)"""
    r"""(?:(?P<equals>\s*=+\s*)(?P<value>'[^']*'|"[^"]*"|(?!['"])[^>\s]*))?"""
)


def _latin_start_tag(tag: str) -> str:
    """The raw start tag with only the values of _TEXT_ATTRIBUTES in Latin; every other byte kept."""
    match = _TAG_NAME.match(tag)
    if match is None:
        return tag
    out = [match.group()]
    position = match.end()
    while True:
        match = _ATTRIBUTE.match(tag, position)
        if match is None or match.end() == position:
            break
        if match.group("value") and match.group("name").lower() in _TEXT_ATTRIBUTES:
            start = match.start("value")
            out.append(tag[position:start] + to_latin(match.group("value")))
        else:
            out.append(match.group())
        position = match.end()
    out.append(tag[position:])
    return "".join(out)


class _Events(HTMLParser):
    """Records where each piece of the input starts, and which pieces are text to convert."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        line_starts = [0]
        for found in re.finditer("\n", source):
            line_starts.append(found.end())
        self.line_starts = line_starts
        # (offset, kind, payload): kind is "text", "tag" or "raw".
        self.events: list[tuple[int, str, str]] = []
        self.verbatim_depth = 0
        self.kept: list[str] = []  # open elements marked translate="no" (and same-named inside)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _record(self, kind: str, payload: str = "") -> None:
        self.events.append((self._offset(), kind, payload))

    def handle_starttag(self, tag, attrs):
        # HTML's translate="no": this element's text is written as it is (a name in its own
        # script, «Кирилл» on the script switch), until its end tag.
        kept = ("translate", "no") in attrs and tag not in _VOID_ELEMENTS
        if kept or self.kept:
            self._record("raw")
        else:
            self._record("tag", self.get_starttag_text() or "")
        if kept or (self.kept and tag == self.kept[-1]):
            self.kept.append(tag)
        if tag in _VERBATIM_ELEMENTS:
            self.verbatim_depth += 1

    def handle_startendtag(self, tag, attrs):
        if self.kept:
            self._record("raw")
        else:
            self._record("tag", self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        self._record("raw")
        if tag in _VERBATIM_ELEMENTS and self.verbatim_depth:
            self.verbatim_depth -= 1
        if self.kept and tag == self.kept[-1]:
            self.kept.pop()

    def handle_data(self, data):
        self._record("raw" if self.verbatim_depth or self.kept else "text", data)

    def _keep_as_written(self, *_):
        self._record("raw")

    # Entities, character references, comments, declarations: written as they are.
    handle_entityref = handle_charref = handle_comment = _keep_as_written
    handle_decl = handle_pi = unknown_decl = _keep_as_written


def latin_html(html: str) -> str:
    """An HTML fragment with its text in Latin: only text nodes (and the values of alt, title,
    placeholder and aria-label) change, except inside an element marked translate="no". Tags,
    other attributes, entities and character references, comments, and whatever is inside
    <script>, <style>, <code> and <pre> stay byte for byte; the markup is never re-serialised.
    A character reference to a Cyrillic letter (&#1179;) stays Cyrillic.

    Each parser event is located in the source (getpos) and the source is cut between events, so
    every byte of the input is emitted exactly once whatever the parser makes of malformed
    markup; only the data of a text event, or a start tag the parser reports verbatim, is
    rewritten."""
    parser = _Events(html)
    parser.feed(html)
    parser.close()
    events = parser.events
    starts = [start for start, _, _ in events]
    if starts != sorted(starts):  # never seen; cutting the source would lose or repeat bytes
        return html
    out = [html[: events[0][0]] if events else html]
    for number, (start, kind, payload) in enumerate(events):
        end = events[number + 1][0] if number + 1 < len(events) else len(html)
        piece = html[start:end]
        if kind != "raw" and payload and piece.startswith(payload):
            converted = to_latin(payload) if kind == "text" else _latin_start_tag(payload)
            piece = converted + piece[len(payload) :]
        out.append(piece)
    return "".join(out)
