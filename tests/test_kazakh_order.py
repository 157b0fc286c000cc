"""Alphabetical order per language (issue 23, part 5): Kazakh titles, topics, authors and regions
follow the Kazakh alphabet, Russian and English keep their own order, on PostgreSQL (ICU
collations) and on SQLite (the same collations modelled in Python, cms/collation.py).

The last test runs this module again on SQLite in a subprocess, so one PostgreSQL run checks
both databases.
"""

import pytest
from django.db import connection
from django.urls import reverse

from cms import regions
from cms.collation import COLLATIONS, NEUTRAL_COLLATION, sort_key
from tests import factories
from tests.conftest import publish, run_again_on_sqlite, translate

pytestmark = pytest.mark.django_db

# 55 Kazakh words in the Kazakh alphabet's order (а ә б в г ғ д е ё ж з и й к қ л м н ң о ө п р
# с т у ұ ү ф х һ ц ч ш щ ъ ы і ь э ю я), every letter in at least one of them. Neighbours
# that the database's default collation or the Russian order would swap: Ел/Ёлка (ё a letter of
# its own), Көл/Кітап and Ыдыс/Іле (і after ы), Ұлт/Үй (ұ before ү), Хат/Һижра, Жанар/Жаңа.
KAZAKH_WORDS = [
    "Ағаш",
    "Ана",
    "Әдебиет",
    "Әке",
    "Бағдарлама",
    "Бала",
    "Вагон",
    "Газет",
    "Ғалым",
    "Дала",
    "Егемендік",
    "Ел",
    "Ёлка",
    "Жанар",
    "Жаңа",
    "Заң",
    "Иман",
    "Йогурт",
    "Көл",
    "Кітап",
    "Қала",
    "Қыз",
    "Лақ",
    "Мектеп",
    "Наурыз",
    "Объект",
    "Оқу",
    "Өзен",
    "Өнер",
    "Пальто",
    "Пікір",
    "Рақмет",
    "Сағат",
    "Сәлем",
    "Тау",
    "Ту",
    "Тіл",
    "Ұлт",
    "Ұшақ",
    "Үй",
    "Үкімет",
    "Фабрика",
    "Хат",
    "Һижра",
    "Цирк",
    "Чемпион",
    "Шай",
    "Шаруа",
    "Щётка",
    "Ыдыс",
    "Іле",
    "Іні",
    "Эколог",
    "Юрист",
    "Ядро",
]
# Russian: ё sorts with е (Ёж before Елена, Ёлка before Ель); Latin after Cyrillic.
RUSSIAN_WORDS = ["Ёж", "Елена", "Ёлка", "Ель", "Журнал", "Ясли", "Almaty"]
# English: accents after the letters (Echo before Éclair before Eco), Cyrillic after Latin.
ENGLISH_WORDS = ["apple", "Banana", "Echo", "Éclair", "Eco", "zebra", "Алматы"]


def test_the_word_list_covers_every_kazakh_letter():
    letters = set("".join(KAZAKH_WORDS).lower())
    assert set("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя") <= letters
    assert len(KAZAKH_WORDS) >= 50


@pytest.mark.postgres
@pytest.mark.parametrize("language", ["kk", "ru", "en", None])
def test_the_python_key_agrees_with_postgresql_icu(language):
    """sort_key (SQLite's collations, the regions) orders as PostgreSQL's ICU collation does:
    cases, accents, ё, digits, punctuation and mixed scripts included."""
    words = [
        *KAZAKH_WORDS,
        *RUSSIAN_WORDS,
        *ENGLISH_WORDS,
        *["ель", "ёж", "ЕЛЬ", "её", "ёе", "Ab", "ab", "AB", "résumé", "resume", "Resume"],
        *["10 лет", "2 года", "№ 5", "«Право»", "Право", "право", "Правовой", "а б", "а-б"],
        *["аб", "co-op", "coop", "co op", "α", "Ω", "ї", "Әйелдер", "Ярмарка", "Қазақстан"],
    ]
    collation = COLLATIONS.get(language, NEUTRAL_COLLATION)
    values = ", ".join(["(%s)"] * len(words))
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT w FROM (VALUES {values}) AS v(w) ORDER BY w COLLATE "{collation}"', words
        )
        in_postgresql = [row[0] for row in cursor.fetchall()]
    in_python = sorted(words, key=lambda word: sort_key(word, language, max_length=None))
    assert in_python == in_postgresql


def publish_titles(article_index, locale, titles):
    index = translate(article_index, locale)
    # Created out of order, so that neither id nor creation order gives the expected list.
    for title in sorted(titles, key=lambda title: title[::-1]):
        publish(factories.AnalyticalArticlePageFactory(parent=index, title=title))
    return index


def titles(api, language, ordering):
    response = api.get(
        "/api/v1/pages/",
        {"locale": language, "type": "article", "ordering": ordering, "limit": 100},
    )
    assert response.status_code == 200
    return [item["title"] for item in response.data_json["items"]]


def test_kazakh_titles_follow_the_kazakh_alphabet(api, article_index, locales):
    publish(article_index)
    publish_titles(article_index, locales["kk"], KAZAKH_WORDS)
    assert titles(api, "kk", "title") == KAZAKH_WORDS
    assert titles(api, "kk", "-title") == KAZAKH_WORDS[::-1]


def test_russian_and_english_titles_keep_their_own_order(api, article_index, locales):
    publish(article_index)
    for title in sorted(RUSSIAN_WORDS):
        publish(factories.AnalyticalArticlePageFactory(parent=article_index, title=title))
    publish_titles(article_index, locales["en"], ENGLISH_WORDS)
    assert titles(api, "ru", "title") == RUSSIAN_WORDS
    assert titles(api, "ru", "-title") == RUSSIAN_WORDS[::-1]
    assert titles(api, "en", "title") == ENGLISH_WORDS
    assert titles(api, "en", "-title") == ENGLISH_WORDS[::-1]


def test_topics_follow_their_languages_alphabet(api, locales):
    for name in sorted(KAZAKH_WORDS, key=len):
        factories.TopicFactory(locale=locales["kk"], name=name)
    for name in sorted(RUSSIAN_WORDS, reverse=True):
        factories.TopicFactory(locale=locales["ru"], name=name)
    kazakh = api.get("/api/v1/topics/", {"locale": "kk"}).data_json["items"]
    assert [topic["name"] for topic in kazakh] == KAZAKH_WORDS
    russian = api.get("/api/v1/topics/", {"locale": "ru"}).data_json["items"]
    assert [topic["name"] for topic in russian] == RUSSIAN_WORDS


def admin_listing(client, url, params):
    """The names on every page of an admin listing (20 to a page)."""
    names, number = [], 1
    while True:
        response = client.get(url, {**params, "p": number})
        assert response.status_code == 200
        names += [item.name for item in response.context["object_list"]]
        if not response.context["page_obj"].has_next():
            return names
        number += 1


@pytest.mark.parametrize("model", ["author", "topic", "partner"])
def test_the_admins_listing_follows_the_listed_locales_alphabet(admin_client, locales, model):
    factory = {
        "author": factories.AuthorFactory,
        "topic": factories.TopicFactory,
        "partner": factories.PartnerFactory,
    }[model]
    for name in sorted(KAZAKH_WORDS, key=len):
        factory(locale=locales["kk"], name=name)
    for name in sorted(RUSSIAN_WORDS, reverse=True):
        factory(locale=locales["ru"], name=name)
    url = reverse(f"wagtailsnippets_cms_{model}:list")
    assert admin_listing(admin_client, url, {"locale": "kk"}) == KAZAKH_WORDS
    backwards = admin_listing(admin_client, url, {"locale": "kk", "ordering": "-name"})
    assert backwards == KAZAKH_WORDS[::-1]
    russian = admin_listing(admin_client, url, {"locale": "ru", "ordering": "name"})
    assert russian == RUSSIAN_WORDS


def test_the_page_explorer_sorted_by_title_follows_the_kazakh_alphabet(
    admin_client, article_index, locales
):
    publish(article_index)
    index = publish_titles(article_index, locales["kk"], KAZAKH_WORDS[:30])
    explorer = reverse("wagtailadmin_explore", args=[index.pk])
    listed = admin_client.get(explorer, {"ordering": "title"}).context["object_list"]
    assert [page.title for page in listed] == KAZAKH_WORDS[:30]
    backwards = admin_client.get(explorer, {"ordering": "-title"}).context["object_list"]
    assert [page.title for page in backwards] == KAZAKH_WORDS[:30][::-1]


def test_regions_follow_each_languages_alphabet(api, monkeypatch):
    """Russian names with ё keep the Russian order (Ёлкинская before Ельцовская), Kazakh names
    the Kazakh one (Ы before І), English its own (É with E), in the list the API gives."""
    extra = (
        regions.Region("x1", "Ельцовская область", "Іле облысы", "Elk Region", regions.REGION),
        regions.Region("x2", "Ёлкинская область", "Ыбырай облысы", "Éclair Region", regions.REGION),
    )
    monkeypatch.setattr(regions, "REGIONS", regions.REGIONS + extra)
    russian = [region.name("ru") for region in regions.regions_in_order("ru")]
    assert russian.index("Ёлкинская область") < russian.index("Ельцовская область")
    kazakh = [region.name("kk") for region in regions.regions_in_order("kk")]
    assert kazakh.index("Ыбырай облысы") < kazakh.index("Іле облысы")
    english = [region.name("en") for region in regions.regions_in_order("en")]
    assert english.index("Éclair Region") < english.index("Elk Region")
    # The real list through the API: Kazakh order (Қ after К, Ұ before Ү, Ш after Ү).
    items = api.get("/api/v1/regions/", {"locale": "kk"}).data_json["items"]
    names = [item["name"] for item in items if item["kind"] == "region"]
    assert names == sorted(names, key=lambda name: sort_key(name, "kk", max_length=None))
    assert names.index("Жетісу облысы") < names.index("Қарағанды облысы")
    assert names.index("Ұлытау облысы") < names.index("Шығыс Қазақстан облысы")


@pytest.mark.postgres
def test_the_same_orderings_hold_on_sqlite():
    """This module again, on SQLite (no DATABASE_URL): the collations registered in Python
    must give the very orders PostgreSQL's ICU gives above."""
    result = run_again_on_sqlite(__file__, timeout=900)
    summary = result.stdout.strip().splitlines()[-1]
    # Everything but the PostgreSQL comparisons (4) and this test ran, and passed.
    assert " passed" in summary and "failed" not in summary and "error" not in summary
    passed = int(summary.split(" passed")[0].split()[-1])
    assert passed >= 9, summary
