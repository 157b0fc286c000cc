"""A Kazakh-speaking editor or translator works in Kazakh: every string Wagtail,
wagtail-localize and Django show has a Kazakh translation, and the admin (pages and JavaScript)
speaks it once the user picks Қазақша. The strings Wagtail's own Russian catalogue lacks are
translated into Russian the same way."""

import csv
import re
from pathlib import Path

import polib
import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.translation import get_language_info
from wagtail.users.models import UserProfile

from cms.wagtail_catalogue import SHIPPED, catalogue_path, coverage

LOCALE = Path(__file__).resolve().parent.parent / "locale"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_upstream_string_the_admin_shows_is_translated(language):
    """Wagtail, wagtail-localize and Django fall back to English, or to Russian, for a string
    their catalogue lacks ("1-9 of 9 pages", "2 года" on the Kazakh admin): we ship those."""
    result = coverage(language)
    for name, (translated, total, _missing) in result.items():
        print(f"{language} {name}: {translated} of {total} strings upstream lacks translated")
    untranslated = {name: missing for name, (_t, _n, missing) in result.items() if missing}
    assert not untranslated, untranslated


def test_wagtails_new_strings_are_translated_in_kazakh_and_russian():
    from django.utils import translation

    msgid = "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"
    values = {"start_index": 1, "end_index": 9, "items_count": 9, "model_name": "x"}
    for language in ("kk", "ru"):
        with translation.override(language):
            text = translation.gettext(msgid) % values
        assert " of " not in text, (language, text)


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_translations_keep_every_placeholder_and_tag(language):
    placeholder = re.compile(r"%\([^)]+\)[sdif]|%[sdif]|\{[a-zA-Z0-9_]*\}|</?[a-zA-Z][^>]*>")
    broken = []
    for name in SHIPPED:
        path = catalogue_path(language, name)
        if not path.exists():
            continue
        for entry in polib.pofile(str(path)):
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
    catalogue = polib.pofile(str(catalogue_path("kk", "wagtail.po")))
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
    catalogue = {e.msgid: e.msgstr for e in polib.pofile(str(catalogue_path("kk", "wagtail.po")))}
    for msgid in ("Dashboard", "Pages", "Images", "Documents", "Settings"):
        if msgid in catalogue:
            assert catalogue[msgid] in html, msgid
    pages = unescape_json(kazakh_editor.get(reverse("wagtailadmin_explore_root")).content.decode())
    assert catalogue["Pages"] in pages


@pytest.mark.django_db
def test_the_admins_javascript_strings_are_kazakh(kazakh_editor):
    catalogue = polib.pofile(str(catalogue_path("kk", "wagtailjs.po")))
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


@pytest.mark.parametrize(
    ("language", "expected"), [("kk", "2 жыл, 3 ай"), ("ru", "2 года, 3 месяца")]
)
def test_time_spans_read_in_the_users_language(language, expected):
    """Wagtail's «updated 2 years ago» is Django's timesince, which Django's Kazakh catalogue
    lacks: it fell back to Russian («2 года бұрын») on the Kazakh admin."""
    import datetime

    from django.utils import translation
    from django.utils.timesince import timesince

    now = datetime.datetime(2026, 9, 21, tzinfo=datetime.UTC)
    with translation.override(language):
        text = timesince(datetime.datetime(2024, 6, 1, tzinfo=datetime.UTC), now)
    assert text.replace("\xa0", " ") == expected


@pytest.mark.parametrize(
    ("language", "expected"), [("kk", "бір минут бұрын"), ("ru", "1 минуту назад")]
)
def test_just_now_reads_in_the_users_language(language, expected):
    """Wagtail writes «sent to review a minute ago» with Django's naturaltime, whose app was not
    installed, so its catalogues were never loaded: English in every language."""
    import datetime

    from django.contrib.humanize.templatetags.humanize import naturaltime
    from django.utils import timezone, translation

    with translation.override(language):
        text = naturaltime(timezone.now() - datetime.timedelta(seconds=70))
    assert text.replace("\xa0", " ") == expected
