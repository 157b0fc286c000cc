"""Our own interface strings ship complete in Russian and Kazakh."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from campaigns.models import CampaignPage

CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


def test_ru_and_kk_catalogues_exist():
    assert {path.parts[-3] for path in CATALOGUES} >= {"ru", "kk"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_catalogue_is_complete_and_has_no_fuzzy_entries(path):
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    print(f"{path.parts[-3]}: {catalogue.percent_translated()}% of {len(catalogue)} strings")
    assert not untranslated and not fuzzy, (untranslated, fuzzy)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ru", "кампания"), ("kk", "науқан"), ("en", "campaign")],
)
def test_model_names_appear_in_the_users_language(language, expected):
    with translation.override(language):
        assert str(CampaignPage._meta.verbose_name).lower() == expected


def test_kazakh_plural_forms_for_reading_time():
    with translation.override("kk"):
        text = translation.ngettext("%(minutes)s minute read", "%(minutes)s minutes read", 5)
    assert text % {"minutes": 5} == "оқу уақыты 5 минут"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("kk", "2026 ж. 21 қыркүйек"), ("ru", "21 сентября 2026 г."), ("en", "Sept. 21, 2026")],
)
def test_dates_read_naturally_in_each_language(language, expected):
    import datetime

    from django.utils.formats import date_format

    with translation.override(language):
        assert date_format(datetime.date(2026, 9, 21)) == expected
