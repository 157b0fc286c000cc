"""Full-text search per language: Russian and English stemming, Kazakh prefixes, ranking."""

import pytest

from api import queries
from api.models import PublicPage
from tests import factories
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(article_index, locales):
    publish(article_index)
    pages = {}

    def article(key, parent, title, summary, body="<p>Текст.</p>"):
        pages[key] = publish(
            factories.AnalyticalArticlePageFactory(
                parent=parent, title=title, summary=summary, body=[("paragraph", body)]
            )
        )

    article("ru_law", article_index, "Новые законы о равенстве", "Обзор законодательства.")
    article("ru_other", article_index, "Отчёт о конференции", "О законе говорили мало.")
    article("ru_court", article_index, "Судебная практика", "Решения судов за год.")
    kazakh_index = translate(article_index, locales["kk"])
    article("kk_rights", kazakh_index, "Әйелдердің құқықтары", "Құқықтары туралы шолу.")
    article("kk_court", kazakh_index, "Сот тәжірибесі", "Соттардың шешімдері.")
    english_index = translate(article_index, locales["en"])
    article("en_laws", english_index, "Equality laws explained", "Why lawmakers act.")
    article("en_other", english_index, "Conference report", "Judges discussed courts.")
    return pages


def found(api, query, locale):
    response = api.get("/api/v1/pages/", {"search": query, "locale": locale})
    assert response.status_code == 200
    return [item["id"] for item in response.data_json["items"]]


@pytest.mark.postgres
def test_russian_search_stems_and_ranks_title_matches_first(api, library):
    assert found(api, "закон", "ru") == [library["ru_law"].pk, library["ru_other"].pk]
    assert found(api, "суды", "ru") == [library["ru_court"].pk]


@pytest.mark.postgres
def test_kazakh_search_matches_word_prefixes(api, library):
    assert found(api, "құқық", "kk") == [library["kk_rights"].pk]
    assert found(api, "сот", "kk") == [library["kk_court"].pk]
    assert found(api, "ҚҰҚЫҚ", "kk") == [library["kk_rights"].pk]  # case does not matter


@pytest.mark.postgres
def test_english_search_stems(api, library):
    assert found(api, "law", "en") == [library["en_laws"].pk]
    assert found(api, "court", "en") == [library["en_other"].pk]


@pytest.mark.postgres
def test_search_stays_in_the_requested_language(api, library):
    assert library["kk_rights"].pk not in found(api, "закон", "ru")
    assert found(api, "конференции", "kk") == []
    everywhere = api.get("/api/v1/pages/", {"search": "court"}).data_json["items"]
    assert [item["id"] for item in everywhere] == [library["en_other"].pk]


@pytest.mark.postgres
def test_search_vectors_use_each_languages_configuration(library):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_vector::text FROM api_publicpage WHERE page_id = %s",
            [library["ru_law"].pk],
        )
        (vector,) = cursor.fetchone()
    assert "'закон'" in vector  # «законы» stemmed by the Russian configuration


def test_search_without_matches_is_an_empty_list_not_an_error(api, library):
    assert found(api, "zzzzqqq", "ru") == []
    assert found(api, "!!!", "kk") == []


def test_wagtail_backend_fallback_finds_pages_in_the_requested_language(library):
    """The path SQLite takes (Wagtail's database search backend), exercised on any database."""
    results = queries._search_wagtail_backend(PublicPage.objects.all(), "Судебная", "ru")
    assert [entry.page_id for entry in results] == [library["ru_court"].pk]
    assert list(queries._search_wagtail_backend(PublicPage.objects.all(), "Судебная", "kk")) == []
