"""Finds interface words of the wrong language in a rendered admin screen.

A screen's interface text is its visible text (text nodes, options, screen-reader text, the
labels in the JSON the admin's scripts render: the sidebar, the translation editor) and the
attributes a person reads (title, aria-label, placeholder, alt, tooltips). Content is taken out first: every text stored in the database (page titles, names,
image titles, translations ...) is content, except the names our code stores and translates at
display time (workflows, tasks, groups: translations/display_names.py).

What is left is flagged, on a Kazakh screen:
- a Russian word: one that our Russian catalogues (ours, Wagtail's, Django's) use and our
  Kazakh ones never do ("Язык", "Все", "Переводы" ...), or one with ё/щ, which Kazakh words
  do not have outside Russian loans;
- any word in Latin letters not on ALLOWED_LATIN.
On a Russian screen: a word with a Kazakh letter (ә ғ қ ң ө ұ ү һ і) or one only our Kazakh
catalogues use, and any Latin word not on ALLOWED_LATIN.

ALLOWED_LATIN is the allow-list: names of products and formats, keyboard keys, and the names of
the admin's languages written in themselves (the language picker shows «English» to everyone).
Single letters (keys in the shortcuts dialog, «v8.0»), web addresses and code names
(«articles.analyticalarticlepage») are not words.
"""

import glob
import json
import os
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import django
import polib
import wagtail
import wagtail_localize
from django.apps import apps
from django.db import models

LOCALE = Path(__file__).resolve().parent.parent / "locale"

ALLOWED_LATIN = {
    # products, formats and protocols
    "Wagtail", "CSV", "XLSX", "PDF", "PO", "URL", "API", "ID", "HTML", "JSON", "SEO", "HMAC",
    "SHA", "HTTP", "HTTPS", "WebVTT", "VTT", "YouTube", "Vimeo", "Facebook", "Instagram",
    "Telegram", "UTC", "JavaScript", "CMS", "Draftail", "Markdown", "OpenAPI", "RSS", "SVG", "GIF",
    "JPEG", "JPG", "PNG", "WebP", "WEBP", "AVIF", "HEIC", "Gmail", "iCal", "Word", "docx", "Excel",
    # keyboard keys shown in the shortcuts dialog
    "Ctrl", "Alt", "Shift", "Esc", "Cmd", "Option", "Enter", "Tab",
    # the admin's languages named in themselves (Account → Language)
    "English",
}  # fmt: skip
LANGUAGE_SELF_NAMES = {"ru": {"Русский"}, "kk": {"Қазақша", "Қазақ"}}

KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
RUSSIAN_ONLY_LETTERS = re.compile("[ёщЁЩ]")
WORD = re.compile(r"[^\W\d_]+")
LATIN = re.compile(r"[A-Za-z]")
READ_ATTRIBUTES = {
    "title", "aria-label", "aria-description", "placeholder", "alt", "label",
    "data-w-tooltip-content-value", "data-w-progress-active-value",
}  # fmt: skip
# Names our code stores and translates when it shows them: interface, not content.
INTERFACE_ROWS = {("wagtailcore", "workflow"), ("wagtailcore", "task"), ("auth", "group")}
# Rows that are codes, logs or machinery, never shown as they are stored.
SKIPPED_APPS = {"django_tasks_db", "sessions", "axes", "admin", "auth", "contenttypes"}
# Web addresses and code names («articles.analyticalarticlepage» in a report) are not words.
CODE = re.compile(r"\b(?:https?://|www\.)\S+|(?<![\w-])[a-z_]+\.[a-z_]+\b")


class _Text(HTMLParser):
    """The interface text of an HTML page: a list of strings, one per text node or attribute."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self._skip, self._json = [], 0, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style", "textarea"):
            self._skip += 1
            self._json = tag == "script" and attrs.get("type") == "application/json"
        for name, value in attrs.items():
            if value and name in READ_ATTRIBUTES:
                self.parts.append(value)
            elif value and name == "data-props":  # wagtail-localize's translation editor
                self.parts.extend(_json_labels(value))
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in ("script", "style", "textarea") and self._skip:
            self._skip -= 1
            self._json = False

    def handle_data(self, data):
        if self._json:
            self.parts.extend(_json_labels(data))
        elif not self._skip and data.strip():
            self.parts.append(data)


# The keys whose values a person reads, in the JSON the admin's scripts render: the sidebar's
# menu, and the translation editor's tabs, fields and the comment under each translation.
JSON_TEXT_KEYS = {"label", "footer_text", "display_name", "displayName", "field", "comment"}


def _json_labels(data):
    """The texts a person reads in a JSON props script or attribute."""
    try:
        value = json.loads(data)
    except ValueError:
        return []
    found = []

    def walk(node, key=None):
        if isinstance(node, dict):
            for name, child in node.items():
                walk(child, name)
        elif isinstance(node, list):
            for child in node:
                walk(child, key)
        elif isinstance(node, str) and key in JSON_TEXT_KEYS:
            found.append(node)

    walk(value)
    return found


def interface_text(html: str) -> list[str]:
    parser = _Text()
    parser.feed(html)
    return parser.parts


def _words(text):
    return [match.group() for match in WORD.finditer(text)]


def _upstream_catalogues(language):
    roots = [os.path.dirname(package.__file__) for package in (wagtail, wagtail_localize, django)]
    return [
        path
        for root in roots
        for path in glob.glob(f"{root}/**/locale/{language}/LC_MESSAGES/*.po", recursive=True)
    ]


@cache
def _catalogue_words(language: str) -> frozenset:
    """Every word of the translations our catalogues, Wagtail's and Django's give `language`."""
    paths = [*sorted((LOCALE / language / "LC_MESSAGES").glob("*.po"))]
    paths += _upstream_catalogues(language)
    words = set()
    for path in paths:
        for entry in polib.pofile(str(path)):
            texts = [entry.msgstr, *entry.msgstr_plural.values()]
            for text in texts:
                # Placeholders and tags are not words of the language.
                text = re.sub(r"%\([^)]*\)\w|\{[^}]*\}|<[^>]*>|&\w+;", " ", text)
                words.update(word.lower() for word in _words(text))
    return frozenset(words)


def russian_only_words() -> frozenset:
    return _catalogue_words("ru") - _catalogue_words("kk")


def kazakh_only_words() -> frozenset:
    return _catalogue_words("kk") - _catalogue_words("ru")


def database_content() -> dict[str, list[tuple[str, ...]]]:
    """Every text stored in the database, as word sequences indexed by their first word."""
    texts = set()
    for model in apps.get_models():
        meta = model._meta
        if meta.app_label in SKIPPED_APPS and (meta.app_label, meta.model_name) not in {
            ("auth", "user"),
        }:
            continue
        if (meta.app_label, meta.model_name) in INTERFACE_ROWS or meta.proxy:
            continue
        fields = [
            field.attname
            for field in meta.concrete_fields
            if isinstance(field, models.CharField | models.TextField | models.FileField)
            and not field.choices
        ]
        if fields:
            for row in model._default_manager.values_list(*fields):
                for value in row:
                    if isinstance(value, str) and value:
                        texts.update({value, value.rsplit("/", 1)[-1]})  # file names too
    # Place names are content too, though kept in code (cms/regions.py): the official Russian
    # name of a region may hold Kazakh letters («Область Жетісу»).
    from cms.regions import REGIONS

    texts.update(name for region in REGIONS for name in (region.ru, region.kk, region.en))
    # Images' tags are stored by taggit under their own model; rich text and stream blocks are
    # stored as JSON: their strings come through wagtail-localize's segments above.
    index = {}
    for text in texts:
        words = tuple(_words(text))
        if words:
            index.setdefault(words[0], []).append(words)
    for sequences in index.values():
        sequences.sort(key=len, reverse=True)
    return index


def _without_content(words, content, truncated=False):
    """The words of `words` that are not part of a stored text appearing there in full, or cut
    short with "…" at the end of `words` (listings shorten long titles)."""
    kept, position = [], 0
    while position < len(words):
        for sequence in content.get(words[position], ()):
            window = tuple(words[position : position + len(sequence)])
            if window == sequence or (
                truncated
                and _is_cut_from(window, sequence)
                and position + len(window) == len(words)
            ):
                position += len(window)
                break
        else:
            kept.append(words[position])
            position += 1
    return kept


def _is_cut_from(window, sequence):
    return (
        len(window) < len(sequence)
        and window[:-1] == sequence[: len(window) - 1]
        and sequence[len(window) - 1].startswith(window[-1])
    )


def foreign_words(html: str, language: str, content) -> list[tuple[str, str]]:
    """(word, the text it was found in) for each interface word not of `language`."""
    russian, kazakh = russian_only_words(), kazakh_only_words()
    allowed = ALLOWED_LATIN | LANGUAGE_SELF_NAMES["kk" if language == "ru" else "ru"]
    found = []
    for part in interface_text(html):
        text = CODE.sub(" ", part)
        truncated = text.rstrip().endswith(("…", "..."))
        for word in _without_content(_words(text), content, truncated):
            # Single letters are keyboard keys («Ctrl + b») and versions («v8.0»).
            if word in allowed or len(word) == 1:
                continue
            lower = word.lower()
            if LATIN.search(word):
                foreign = True
            elif language == "kk":
                foreign = lower in russian or bool(RUSSIAN_ONLY_LETTERS.search(word))
            else:
                foreign = bool(KAZAKH_LETTERS.search(word)) or lower in kazakh
            if foreign:
                found.append((word, " ".join(part.split())[:120]))
    return found
