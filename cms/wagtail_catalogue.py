"""The strings Wagtail, wagtail-localize and Django show in the admin, and our translations of
those their own catalogues leave out.

Neither Wagtail nor wagtail-localize ships Kazakh; Django's Kazakh catalogues translate about
half of its strings, and Wagtail's Russian one lags behind its English source (strings new in a
release, such as "1-9 of 9 pages"). A string an upstream catalogue lacks falls back to the
source (English) or, through Django's fallback, to Russian (`LANGUAGE_CODE`). So we ship the
missing ones, per language, in locale/<language>/LC_MESSAGES/:

- wagtail.po and wagtailjs.po: Wagtail's and wagtail-localize's strings (server, JavaScript);
- djangocore.po: Django's own strings the admin shows (forms and validators, dates and time
  spans, passwords), from django/conf and the contrib apps below.

The upstream English catalogues list every string (they are the sources) and the Russian ones
give the translator a hint. `manage.py sync_wagtail_catalogue` adds what an upgrade brought;
tests/test_kazakh_admin.py counts what is still untranslated. compile_translations merges these
files into our django.mo and djangojs.mo.
"""

import glob
import os
from functools import cache
from pathlib import Path

import django
import polib
import wagtail
import wagtail_localize
from django.conf import settings

SOURCE_LANGUAGE = "en"
HINT_LANGUAGE = "ru"
DJANGO_LOCALE_DIRS = ("conf", "contrib/auth", "contrib/contenttypes", "contrib/humanize")


def _package_locale_dirs(package) -> list[str]:
    root = os.path.dirname(package.__file__)
    return sorted(glob.glob(f"{root}/**/locale", recursive=True))


def _django_locale_dirs() -> list[str]:
    root = os.path.dirname(django.__file__)
    return [f"{root}/{folder}/locale" for folder in DJANGO_LOCALE_DIRS]


# Our file: (gettext domain, the upstream locale folders whose strings it translates).
SHIPPED = {
    "wagtail.po": ("django", "wagtail"),
    "wagtailjs.po": ("djangojs", "wagtail"),
    "djangocore.po": ("django", "django"),
}
# Which file each gettext domain's extra catalogues merge into (compile_translations).
MERGED_INTO = {"django": ["wagtail.po", "djangocore.po"], "djangojs": ["wagtailjs.po"]}


@cache
def _locale_dirs(origin: str, installed_only: bool = False) -> tuple[str, ...]:
    """The upstream locale folders; with `installed_only`, those Django loads: the installed
    apps' (wagtail_localize.locales replaces wagtail.locales, whose catalogue is then unread)."""
    if origin == "django":
        return tuple(_django_locale_dirs())
    folders = _package_locale_dirs(wagtail) + _package_locale_dirs(wagtail_localize)
    if installed_only:
        from django.apps import apps

        app_paths = {app.path for app in apps.get_app_configs()}
        folders = [folder for folder in folders if os.path.dirname(folder) in app_paths]
    return tuple(folders)


def _upstream_files(
    origin: str, domain: str, language: str, installed_only: bool = False
) -> list[str]:
    return [
        path
        for folder in _locale_dirs(origin, installed_only)
        for path in [f"{folder}/{language}/LC_MESSAGES/{domain}.po"]
        if os.path.exists(path)
    ]


def upstream_catalogue_paths(language: str) -> list[str]:
    """Every installed upstream catalogue of `language` (what gettext falls back on)."""
    return [
        path
        for origin in ("wagtail", "django")
        for domain in ("django", "djangojs")
        for path in _upstream_files(origin, domain, language)
    ]


@cache
def _entries(origin: str, domain: str, language: str, installed_only: bool = False) -> dict:
    entries = {}
    for path in _upstream_files(origin, domain, language, installed_only):
        for entry in polib.pofile(path):
            if not entry.obsolete:
                entries.setdefault((entry.msgctxt, entry.msgid), entry)
    return entries


@cache
def _translated_upstream(domain: str, language: str) -> frozenset:
    """The (msgctxt, msgid) that some installed upstream catalogue translates into `language`;
    gettext merges every app's catalogue, so any one of them is enough."""
    return frozenset(
        key
        for origin in ("wagtail", "django")
        for key, entry in _entries(origin, domain, language, installed_only=True).items()
        if entry.translated() and "fuzzy" not in entry.flags
    )


def reference_entries(name: str, installed_only: bool = False) -> dict:
    """{(msgctxt, msgid): entry} of every string our file `name` may have to translate, with the
    Russian entry where there is one (its text is the translator's hint); with
    `installed_only`, the strings of the installed apps, the ones the admin can show."""
    domain, origin = SHIPPED[name]
    entries = {
        **_entries(origin, domain, SOURCE_LANGUAGE, installed_only),
        **_entries(origin, domain, HINT_LANGUAGE, installed_only),
    }
    if origin == "django":  # a string Wagtail also has is in wagtail.po already
        wagtail_keys = reference_entries("wagtail.po").keys()
        entries = {key: entry for key, entry in entries.items() if key not in wagtail_keys}
    return entries


def missing_upstream(name: str, language: str) -> dict:
    """The strings of `name` the admin can show that no catalogue Django reads translates into
    `language`."""
    domain = SHIPPED[name][0]
    translated = _translated_upstream(domain, language)
    return {
        key: entry
        for key, entry in reference_entries(name, installed_only=True).items()
        if key not in translated
    }


def catalogue_path(language: str, name: str) -> Path:
    return Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / name


def coverage(language: str) -> dict[str, tuple[int, int, list[str]]]:
    """{file: (translated, total, some untranslated msgids)}: of the strings upstream leaves
    untranslated in `language`, how many our file translates."""
    result = {}
    for name in SHIPPED:
        expected = missing_upstream(name, language)
        path = catalogue_path(language, name)
        ours = {}
        if path.exists():
            ours = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(path)) if not e.obsolete}
        missing = [
            key[1]
            for key in expected
            if not (key in ours and ours[key].translated() and "fuzzy" not in ours[key].flags)
        ]
        result[name] = (len(expected) - len(missing), len(expected), missing[:20])
    return result
