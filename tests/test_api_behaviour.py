"""How /api/v1/ behaves: problem+json errors, conditional requests, bounded queries, and the
topic, navigation and sitemap endpoints."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.public_pages import CONTENT_VERSION_CACHE_KEY, current_content_version
from tests import factories
from tests.api_client import contract
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def problem(response, status, kind):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    body = json.loads(response.content)
    assert body["type"] == f"urn:tendik:problem:{kind}"
    assert body["status"] == status and body["title"] and body["detail"]
    return body


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"locale": "de"}, "locale"),
        ({"type": "blog"}, "type"),
        ({"type": "article,blog"}, "type"),
        ({"limit": "0"}, "limit"),
        ({"limit": "101"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"ordering": "author"}, "ordering"),
        ({"campaign": "x"}, "campaign"),
        ({"topic": "not a slug!"}, "topic"),
    ],
)
def test_bad_list_parameters_are_a_validation_problem_naming_the_field(client, query, field):
    body = problem(client.get("/api/v1/pages/", query), 400, "validation-error")
    assert list(body["errors"]) == [field]
    assert body["errors"][field][0]


def test_unknown_ids_paths_and_endpoints_are_not_found_problems(client, home):
    problem(client.get("/api/v1/pages/999999/"), 404, "not-found")
    problem(client.get("/api/v1/pages/find/", {"path": "/kk/joq/"}), 404, "not-found")
    problem(client.get("/api/v1/nothing-here/"), 404, "not-found")
    body = problem(client.get("/api/v1/pages"), 404, "not-found")
    assert "/api/v1/pages/" in body["detail"]  # the missing slash is pointed out
    problem(client.get("/api/v2/pages/"), 404, "not-found")


def test_wrong_method_and_unacceptable_accept_are_problems_not_html(client, home):
    body = problem(client.post("/api/v1/pages/", {}), 405, "method-not-allowed")
    assert "POST" in body["detail"]
    response = client.delete("/api/v1/pages/1/")
    problem(response, 405, "method-not-allowed")
    assert "GET" in response["Allow"]
    problem(client.get("/api/v1/pages/", headers={"Accept": "text/html"}), 406, "not-acceptable")
    ok = client.get("/api/v1/pages/", headers={"Accept": "text/html, application/json;q=0.9"})
    assert ok.status_code == 200 and ok["Content-Type"] == "application/json"


def test_problems_follow_the_documented_schema(client, home):
    from openapi_schema_validator import OAS31Validator

    schema = {"$ref": "#/components/schemas/Problem", "components": contract()["components"]}
    for response in (
        client.get("/api/v1/pages/", {"limit": 0}),
        client.get("/api/v1/pages/424242/"),
        client.put("/api/v1/topics/"),
    ):
        OAS31Validator(schema).validate(json.loads(response.content))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    params=st.dictionaries(
        st.sampled_from(
            [
                "locale",
                "type",
                "topic",
                "campaign",
                "search",
                "ordering",
                "limit",
                "offset",
                "path",
                "x",
            ]
        ),
        st.text(max_size=30),
        max_size=5,
    ),
    endpoint=st.sampled_from(
        ["/api/v1/pages/", "/api/v1/pages/find/", "/api/v1/topics/", "/api/v1/navigation/"]
    ),
)
def test_no_query_string_produces_a_server_error_or_html(client, home, params, endpoint):
    response = client.get(endpoint, params)
    assert response.status_code in {200, 400, 404}
    assert response["Content-Type"] in {"application/json", PROBLEM}


# --- conditional requests --------------------------------------------------------------------


def test_reads_carry_etag_last_modified_and_cache_control_and_answer_304(api, published_site):
    url = f"/api/v1/pages/{published_site['article'].pk}/"
    first = api.get(url)
    assert first["Cache-Control"] == "public, max-age=60, stale-while-revalidate=300"
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert etag and last_modified

    again = api.client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again["ETag"] == etag
    since = api.client.get(url, headers={"If-Modified-Since": last_modified})
    assert since.status_code == 304
    for other in (
        "/api/v1/pages/",
        "/api/v1/topics/",
        "/api/v1/sitemap/",
        "/api/v1/navigation/?locale=ru",
    ):
        response = api.get(other)
        assert response["ETag"] and response["ETag"] != etag
        assert api.client.get(other, headers={"If-None-Match": response["ETag"]}).status_code == 304


def test_a_conditional_hit_reads_no_content(client, published_site):
    url = "/api/v1/pages/?locale=ru"
    etag = client.get(url)["ETag"]
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert len(queries) == 0


@pytest.mark.parametrize("change", ["publish", "unpublish", "move", "delete", "topic"])
def test_publishing_unpublishing_moving_or_deleting_changes_every_etag(
    client, published_site, change, django_capture_on_commit_callbacks
):
    urls = ["/api/v1/pages/?locale=ru", f"/api/v1/pages/{published_site['campaign'].pk}/"]
    etags = [client.get(url)["ETag"] for url in urls]
    target = published_site["target"]
    with django_capture_on_commit_callbacks(execute=True):
        if change == "publish":
            target.title = "Новая цель"
            target.save_revision().publish()
        elif change == "unpublish":
            target.unpublish()
        elif change == "move":
            target.move(published_site["home"], pos="last-child")
        elif change == "delete":
            target.delete()
        else:
            published_site["topic"].name = "Права человека"
            published_site["topic"].save()
    for url, etag in zip(urls, etags, strict=True):
        response = client.get(url, headers={"If-None-Match": etag})
        assert response.status_code == 200, url
        assert response["ETag"] != etag


def test_errors_are_not_cached(client, home):
    response = client.get("/api/v1/pages/999999/")
    assert "ETag" not in response and response["Cache-Control"] == "no-store"


# --- query counts ---------------------------------------------------------------------------


@pytest.fixture
def many_articles(published_site):
    index = published_site["article_index"]
    image, topic = published_site["image"], published_site["topic"]
    other_topic = factories.TopicFactory(name="Суд")
    from cms.models import PageTopic

    for number in range(110):
        article = factories.AnalyticalArticlePageFactory(
            parent=index,
            title=f"Статья номер {number}",
            hero_image=image if number % 2 else factories.ImageFactory(),
        )
        article.page_topics.add(PageTopic(topic=topic), PageTopic(topic=other_topic))
        publish(article)
    return published_site


def count_queries(client, url):
    client.get(url)  # the first request may create image renditions
    current_content_version()  # read (and cached) once per few seconds, whatever the request
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), json.loads(response.content)


def test_list_queries_do_not_grow_with_the_page_size(client, many_articles):
    ten, small = count_queries(client, "/api/v1/pages/?locale=ru&limit=10")
    hundred, large = count_queries(client, "/api/v1/pages/?locale=ru&limit=100")
    assert len(small["items"]) == 10 and len(large["items"]) == 100
    assert all(
        item["image"] and item["topics"]
        for item in large["items"][:100]
        if item["type"] == "article"
    )
    assert ten == hundred <= 10
    # Cards are stored JSON (api/stored_payloads.py): a count and one read of the window.
    assert ten == 2
    searched, _ = count_queries(client, "/api/v1/pages/?locale=ru&limit=100&search=статья")
    assert searched <= 10


@pytest.mark.parametrize(
    "kind",
    ["home", "article", "kazakh_article", "long_read", "video", "campaign", "petition", "event"],
)
def test_a_full_page_takes_at_most_twelve_queries(client, published_site, kind):
    page_id = published_site[kind].pk
    queries, _ = count_queries(client, f"/api/v1/pages/{page_id}/")
    assert queries <= 12
    by_path, _ = count_queries(client, f"/api/v1/pages/find/?path={published_site[kind].url}")
    assert by_path <= 12
    # The stored payload, then translations, breadcrumbs, campaign and link targets in one
    # query; a campaign adds its related pages, their petitions' figures and their events'
    # seats, a petition its signature count, an event its seats and who attended.
    figures = {"campaign": 3, "petition": 1, "event": 2}.get(kind, 0)
    assert queries == by_path == 2 + figures


# --- topics, navigation, sitemap --------------------------------------------------------------


def test_topics_are_listed_per_language_in_alphabetical_order_with_page_counts(
    api, published_site, locales
):
    factories.TopicFactory(name="Әділет", slug="adilet", locale=locales["kk"])
    factories.TopicFactory(name="Азамат", slug="azamat", locale=locales["kk"])
    factories.TopicFactory(name="Бостандық", slug="bostandyq", locale=locales["kk"])
    kazakh = api.get("/api/v1/topics/", {"locale": "kk"}).data_json
    assert [topic["name"] for topic in kazakh["items"]] == ["Азамат", "Әділет", "Бостандық"]
    russian = api.get("/api/v1/topics/", {"locale": "ru"}).data_json
    pravo = next(topic for topic in russian["items"] if topic["slug"] == "pravo")
    # The Russian article and its Kazakh translation (which still links the Russian topic).
    assert pravo["page_count"] == 2


def test_navigation_is_the_home_page_with_the_sections_shown_in_menus(api, published_site):
    index = published_site["article_index"]
    index.show_in_menus = True
    publish(index)
    menu = api.get("/api/v1/navigation/", {"locale": "ru"}).data_json
    assert menu["locale"] == "ru"
    [home] = menu["items"]
    assert home["url"] == "/ru/" and home["type"] == "home"
    assert [child["url"] for child in home["children"]] == ["/ru/analitika/"]
    assert home["children"][0]["children"] == []
    kazakh = api.get("/api/v1/navigation/", {"locale": "kk"}).data_json
    assert [item["url"] for item in kazakh["items"]] == ["/kk/"]
    assert api.get("/api/v1/navigation/").status_code == 400  # the language is required


def test_navigation_lists_the_standard_pages_below_the_home_page_as_the_footer(
    api, published_site, locales
):
    home = published_site["home"]
    about = publish(factories.StandardPageFactory(parent=home, title="О нас"))
    privacy = publish(factories.StandardPageFactory(parent=home, title="Конфиденциальность"))
    shown = factories.StandardPageFactory(parent=home, title="Контакты", show_in_menus=True)
    shown = publish(shown)
    menu = api.get("/api/v1/navigation/", {"locale": "ru"}).data_json
    assert [link["url"] for link in menu["footer"]] == [about.url, privacy.url, shown.url]
    assert menu["footer"][0] == {
        "id": about.pk,
        "type": "standard",
        "title": "О нас",
        "url": about.url,
    }
    # A standard page is in the menu only when an editor marks it "show in menus".
    [ru_home] = menu["items"]
    assert [child["url"] for child in ru_home["children"]] == [shown.url]
    kazakh_about = translate(about, locales["kk"])
    kazakh = api.get("/api/v1/navigation/", {"locale": "kk"}).data_json
    assert [link["url"] for link in kazakh["footer"]] == [kazakh_about.url]


def test_cards_carry_the_editors_publication_date_and_lists_order_by_it(
    api, published_site, article_index
):
    """An article written in 2019 and published today is dated 2019, and sorts after one
    dated 2023, whatever order they went live in."""
    import datetime

    old = publish(
        factories.AnalyticalArticlePageFactory(
            parent=article_index, title="Архив", publication_date=datetime.date(2019, 5, 6)
        )
    )
    cards = {
        card["id"]: card
        for card in api.get("/api/v1/pages/", {"locale": "ru", "limit": 50}).data_json["items"]
    }
    assert cards[old.pk]["publication_date"] == "2019-05-06"
    assert cards[old.pk]["first_published_at"].startswith(str(datetime.date.today().year))
    article = published_site["article"]
    assert cards[article.pk]["publication_date"] == str(article.publication_date)
    # A type without a publication date is dated by the day it first went live (Almaty).
    campaign = published_site["campaign"]
    from django.utils import timezone

    expected = timezone.localdate(campaign.first_published_at).isoformat()
    assert cards[campaign.pk]["publication_date"] == expected

    dated = api.get(
        "/api/v1/pages/", {"locale": "ru", "type": "article", "ordering": "-publication_date"}
    ).data_json["items"]
    assert dated[-1]["id"] == old.pk
    assert [card["publication_date"] for card in dated] == sorted(
        (card["publication_date"] for card in dated), reverse=True
    )
    newest_live = api.get("/api/v1/pages/", {"locale": "ru", "type": "article"}).data_json
    assert newest_live["items"][0]["id"] == old.pk  # the default stays: newest first live


def test_sitemap_lists_every_public_url_with_lastmod_and_alternates(api, published_site, locales):
    english = translate(published_site["target"], locales["en"], published=False)
    sitemap = api.get("/api/v1/sitemap/").data_json
    urls = {item["url"]: item for item in sitemap["items"]}
    assert sitemap["meta"]["total_count"] == len(urls)
    article = urls[published_site["article"].url]
    assert article["lastmod"].endswith("+05:00")  # Almaty time
    assert article["alternates"] == [
        {"locale": "ru", "url": published_site["article"].url},
        {"locale": "kk", "url": published_site["kazakh_article"].url},
        {"locale": "x-default", "url": published_site["article"].url},
    ]
    kazakh = urls[published_site["kazakh_article"].url]
    assert kazakh["alternates"] == article["alternates"]
    assert not any("/en/" in url for url in urls if english.url and url == english.url)
    assert english.pk not in [item.get("id") for item in sitemap["items"]]


def test_content_version_survives_a_cache_flush(client, published_site):
    from django.core.cache import cache

    etag = client.get("/api/v1/pages/")["ETag"]
    cache.delete(CONTENT_VERSION_CACHE_KEY)
    assert client.get("/api/v1/pages/", headers={"If-None-Match": etag}).status_code == 304


def test_problem_titles_follow_the_readers_language(client, home):
    kazakh = client.get("/api/v1/pages/", {"limit": 0}, headers={"Accept-Language": "kk"})
    assert json.loads(kazakh.content)["title"] == "Сұрау параметрлері жарамсыз"
    russian = client.get("/api/v1/pages/", {"limit": 0}, headers={"Accept-Language": "ru"})
    assert json.loads(russian.content)["title"] == "Недопустимые параметры запроса"
    english = client.get("/api/v1/pages/", {"limit": 0}, headers={"Accept-Language": "en"})
    assert json.loads(english.content)["title"] == "Invalid request"


def test_head_answers_like_get_without_a_body(client, published_site):
    get = client.get("/api/v1/pages/")
    head = client.head("/api/v1/pages/")
    assert head.status_code == 200 and head.content == b""
    assert head["ETag"] == get["ETag"]
