"""The strings Wagtail and wagtail-localize show in the admin, and our Kazakh translation of
them (locale/kk/LC_MESSAGES/wagtail.po and wagtailjs.po; neither package ships Kazakh).

The installed packages' Russian catalogues list every string (Russian is complete upstream), so
they are the reference: `manage.py sync_wagtail_catalogue` adds what an upgrade brought (with
the Russian text as a hint for the translator), and tests/test_kazakh_admin.py counts what is
still untranslated.
"""

import glob
import os
from pathlib import Path

import polib
import wagtail
import wagtail_localize
from django.conf import settings

PACKAGES = (wagtail, wagtail_localize)
FILES = {"django": "wagtail.po", "djangojs": "wagtailjs.po"}
REFERENCE_LANGUAGE = "ru"


def installed_entries() -> dict[str, dict]:
    """{domain: {(msgctxt, msgid): reference entry}} over every installed catalogue."""
    entries = {"django": {}, "djangojs": {}}
    for package in PACKAGES:
        root = os.path.dirname(package.__file__)
        pattern = f"{root}/**/locale/{REFERENCE_LANGUAGE}/LC_MESSAGES/*.po"
        for path in sorted(glob.glob(pattern, recursive=True)):
            domain = Path(path).stem
            for entry in polib.pofile(path):
                if not entry.obsolete:
                    entries[domain].setdefault((entry.msgctxt, entry.msgid), entry)
    return entries


def catalogue_path(language: str, domain: str) -> Path:
    return Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / FILES[domain]


def coverage(language: str) -> dict[str, tuple[int, int, list[str]]]:
    """{domain: (translated, total, some untranslated msgids)} against the installed packages."""
    result = {}
    for domain, expected in installed_entries().items():
        path = catalogue_path(language, domain)
        ours = {}
        if path.exists():
            ours = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(path)) if not e.obsolete}
        missing = [
            msgid
            for key in expected
            if not (key in ours and ours[key].translated() and "fuzzy" not in ours[key].flags)
            for msgid in [key[1]]
        ]
        result[domain] = (len(expected) - len(missing), len(expected), missing[:20])
    return result
