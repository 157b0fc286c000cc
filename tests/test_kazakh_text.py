"""The Kazakh text reads as one text: the glossary's terms, one name for each organisation,
treaty and person, no language name followed by «тілі»; and our catalogue, which Django reads
before Wagtail's, does not change what Wagtail's own strings say.

locale/kk/glossary.csv is the single source of terms and names; locale/kk/glossary-avoid.csv
lists the wrong variants found in review, each tied to a glossary term, as regular expressions
(case-insensitive) with a scope: `all` (our catalogues and the demo content) or `interface` (our
catalogues only, where the variant is wrong while it is right in a text: «жұмысқа алу» is hiring).
"""

import csv
import glob
import os
import re
from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize

from home.demo import content

LOCALE = Path(__file__).resolve().parent.parent / "locale"
KAZAKH_CATALOGUES = ("django.po", "wagtail.po", "wagtailjs.po", "djangocore.po")


def _rows(name):
    with open(LOCALE / "kk" / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def kazakh_catalogue_texts():
    for name in KAZAKH_CATALOGUES:
        for entry in polib.pofile(str(LOCALE / "kk" / "LC_MESSAGES" / name)):
            for text in (entry.msgstr, *entry.msgstr_plural.values()):
                if text:
                    yield f"{name}: {entry.msgid[:60]!r}", text


def kazakh_demo_texts():
    """The Kazakh side of every text of the demo content (home/demo/content/FORMAT.md)."""

    def walk(node, where):
        if isinstance(node, dict):
            # A web address (an event's Kazakh stream link) is not Kazakh text.
            if isinstance(node.get("kk"), str) and not node["kk"].startswith(
                ("http://", "https://")
            ):
                yield where, node["kk"]
            for key, child in node.items():
                yield from walk(child, f"{where}.{key}")
        elif isinstance(node, list | tuple):
            for index, child in enumerate(node):
                yield from walk(child, f"{where}[{index}]")

    for name in content.__all__:
        yield from walk(getattr(content, name), name)


def test_every_wrong_variant_names_a_glossary_term():
    terms = {row["english"] for row in _rows("glossary.csv")}
    avoided = _rows("glossary-avoid.csv")
    assert avoided
    assert {row["term"] for row in avoided} <= terms
    assert {row["scope"] for row in avoided} <= {"all", "interface"}
    glossary = {row["english"]: row["kazakh"] for row in _rows("glossary.csv")}
    for row in avoided:  # the glossary's own form is never one of its wrong variants
        assert not re.search(row["wrong"], glossary[row["term"]], re.IGNORECASE), row


def test_the_wrong_variants_of_glossary_terms_appear_nowhere():
    texts = {"interface": list(kazakh_catalogue_texts()), "all": []}
    texts["all"] = texts["interface"] + list(kazakh_demo_texts())
    found = []
    for row in _rows("glossary-avoid.csv"):
        pattern = re.compile(row["wrong"], re.IGNORECASE)
        for where, text in texts[row["scope"]]:
            for match in pattern.finditer(text):
                context = text[max(0, match.start() - 40) : match.end() + 40]
                found.append(f"{row['term']}: «{match.group()}» in {where}: …{context}…")
    assert not found, "\n".join(found)


# A placeholder that is a language's name («Қазақ тілі») must not be followed by «тілі»:
# «Қазақ тілі тіліне». Such strings put the name in brackets or after a colon instead. (A count
# of languages, «%(locales_count)s тіл», is a number.)
LANGUAGE_NAME_BEFORE_TILI = re.compile(
    r"(%\((?![a-z_]*count)[a-z_]*(locale|language|lang)[a-z_]*\)s"
    r"|\{[a-z_]*(locale|language)[a-z_]*\})\s+тіл"
)


def test_no_language_name_is_followed_by_tili():
    found = [
        f"{where}: {text}"
        for where, text in kazakh_catalogue_texts()
        if LANGUAGE_NAME_BEFORE_TILI.search(text)
    ]
    assert not found, "\n".join(found)


def _upstream_wagtail_translations(language):
    """{(msgctxt, msgid): translation} of Wagtail's and wagtail-localize's strings as the admin
    shows them: their own catalogues, with ours for what they lack (locale/*/wagtail.po)."""
    translations = {}
    for package in (wagtail, wagtail_localize):
        root = os.path.dirname(package.__file__)
        pattern = f"{root}/**/locale/{language}/LC_MESSAGES/django.po"
        for path in sorted(glob.glob(pattern, recursive=True)):
            for entry in polib.pofile(path):
                if entry.translated() and "fuzzy" not in entry.flags:
                    translations.setdefault((entry.msgctxt, entry.msgid), _text(entry))
    for name in ("wagtail.po", "djangocore.po"):
        path = LOCALE / language / "LC_MESSAGES" / name
        if path.exists():
            for entry in polib.pofile(str(path)):
                if entry.translated():
                    translations[(entry.msgctxt, entry.msgid)] = _text(entry)
    return translations


def _text(entry):
    return entry.msgstr or tuple(entry.msgstr_plural[n] for n in sorted(entry.msgstr_plural))


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_our_catalogue_says_what_wagtail_says_for_wagtails_own_strings(language):
    """Django reads our catalogue first, so an entry of ours with one of Wagtail's msgids is
    what Wagtail's screens show too: Wagtail's workflow state "In progress" read «Аударылуда»
    (being translated), wagtail-localize's "Target" column «Мақсатты мән». Where we mean
    something else we say so with a context (pgettext); where we mean the same, we say it the
    same way (and a better wording of Wagtail's goes into locale/*/wagtail.po too)."""
    upstream = _upstream_wagtail_translations(language)
    ours = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    differing = []
    shared = 0
    for entry in ours:
        key = (entry.msgctxt, entry.msgid)
        if key in upstream:
            shared += 1
            if _text(entry) != upstream[key]:
                differing.append(f"{key}: ours {_text(entry)!r}, Wagtail's {upstream[key]!r}")
    print(f"{language}: {shared} msgids shared with Wagtail's catalogues")
    assert shared > 20
    assert not differing, "\n".join(differing)
