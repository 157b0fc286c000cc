"""A Kazakh-speaking editor or translator works in Kazakh: every string Wagtail and
wagtail-localize show has a Kazakh translation, and the admin (pages and JavaScript) speaks it
once the user picks Қазақша."""

import csv
import re
from pathlib import Path

import polib
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import get_language_info
from wagtail.users.models import UserProfile

from cms.wagtail_catalogue import catalogue_path, coverage, installed_entries

LOCALE = Path(__file__).resolve().parent.parent / "locale"


def test_every_wagtail_and_wagtail_localize_string_has_a_kazakh_translation():
    result = coverage("kk")
    for domain, (translated, total, _missing) in result.items():
        print(f"kk {domain}: {translated} of {total} Wagtail/wagtail-localize strings translated")
    untranslated = {domain: missing for domain, (_t, _n, missing) in result.items() if missing}
    assert not untranslated, untranslated


def test_translations_keep_every_placeholder_and_tag():
    placeholder = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{[a-zA-Z0-9_]*\}|</?[a-zA-Z][^>]*>")
    broken = []
    for domain in installed_entries():
        for entry in polib.pofile(str(catalogue_path("kk", domain))):
            if entry.obsolete or not entry.translated():
                continue
            source = sorted(placeholder.findall(entry.msgid_plural or entry.msgid))
            singular = sorted(placeholder.findall(entry.msgid))
            targets = [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values()
            for target in targets:
                if sorted(placeholder.findall(target)) not in (source, singular):
                    broken.append((entry.msgid, target))
    assert not broken, broken[:10]


def glossary():
    with open(LOCALE / "kk" / "glossary.csv", encoding="utf-8") as handle:
        return {row["english"]: row["kazakh"] for row in csv.DictReader(handle)}


@pytest.mark.parametrize(
    ("msgid", "term"),
    [
        ("Draft", "draft"),
        ("Publish", "publish"),
        ("Translations", "translation"),
        ("Translate", "translate"),
        ("Page", "page"),
        ("History", "history"),
        ("Dashboard", "dashboard"),
        ("Workflow", "workflow"),
        ("Images", "image"),
        ("Documents", "document"),
        ("Snippets", "snippet"),
        ("Settings", "settings"),
        ("Collection", "collection"),
    ],
)
def test_the_glossarys_terms_are_used(msgid, term):
    kazakh_stem = glossary()[term].split()[0][:4].lower()
    catalogue = polib.pofile(str(catalogue_path("kk", "django")))
    translations = [e.msgstr for e in catalogue if e.msgid == msgid and not e.msgctxt]
    assert translations, f"{msgid!r} is not in the catalogue"
    assert all(kazakh_stem in text.lower() for text in translations), (msgid, translations)


def unescape_json(html):
    """The admin's menu comes as JSON with \\uXXXX escapes; read it as text."""
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda match: chr(int(match.group(1), 16)), html)


@pytest.fixture
def kazakh_editor(db, client):
    user = get_user_model().objects.create_superuser("aigerim", "a@example.kz", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "kk"
    profile.save()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_a_user_who_picks_kazakh_gets_the_admin_in_kazakh(kazakh_editor):
    account = kazakh_editor.get(reverse("wagtailadmin_account"))
    # Wagtail names each language in itself, from Django's table: «Қазақ».
    assert get_language_info("kk")["name_local"] in account.content.decode()
    html = unescape_json(kazakh_editor.get(reverse("wagtailadmin_home")).content.decode())
    assert 'lang="kk"' in html
    catalogue = {e.msgid: e.msgstr for e in polib.pofile(str(catalogue_path("kk", "django")))}
    for msgid in ("Dashboard", "Pages", "Images", "Documents", "Settings"):
        if msgid in catalogue:
            assert catalogue[msgid] in html, msgid
    pages = unescape_json(kazakh_editor.get(reverse("wagtailadmin_explore_root")).content.decode())
    assert catalogue["Pages"] in pages


@pytest.mark.django_db
def test_the_admins_javascript_strings_are_kazakh(kazakh_editor):
    catalogue = polib.pofile(str(catalogue_path("kk", "djangojs")))
    sample = next(
        e for e in catalogue if e.translated() and not e.msgid_plural and len(e.msgid) > 8
    )
    for url in (
        reverse("wagtailadmin_javascript_catalog"),
        reverse("wagtail_localize:javascript_catalog"),
    ):
        body = kazakh_editor.get(url).content.decode("unicode_escape")
        assert '"' + sample.msgid in body or sample.msgstr in body, url
    body = kazakh_editor.get(reverse("wagtail_localize:javascript_catalog")).content.decode(
        "unicode_escape"
    )
    localize = [e for e in catalogue if "wagtail_localize" in (e.comment or "") and e.translated()]
    if localize:
        assert localize[0].msgstr in body
