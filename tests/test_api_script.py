"""Kazakh in Latin script from the API (issue 23): `?script=latn` or `Accept-Language: kk-Latn`
turns the Kazakh parts of an answer into the 2021 Latin alphabet; URLs, slugs, ids, markup and
other languages stay as they are; the ETag and Vary say which script an answer is in."""

import json

import pytest

from api.scripts import latin_data, requested_script, script_from_accept_language
from articles.models import AnalyticalArticlePage
from tests.conftest import publish

pytestmark = pytest.mark.django_db

TITLE = "Құқық пен теңдік"
TITLE_LATIN = "Qūqyq pen teñdık"
PARAGRAPH = (
    '<p>Бұл <a href="https://kk.wikipedia.org/wiki/Құқық" title="Құқық туралы">құқық</a> '
    'туралы. <img alt="Сурет" src="/media/сурет.png"></p>'
)
PARAGRAPH_LATIN = (
    '<p>Būl <a href="https://kk.wikipedia.org/wiki/Құқық" title="Qūqyq turaly">qūqyq</a> '
    'turaly. <img alt="Suret" src="/media/сурет.png"></p>'
)


@pytest.fixture
def kazakh_page(published_site):
    """The Kazakh translation of the site's article, with a Kazakh title, summary and rich text
    holding an external link with Cyrillic in its address."""
    page = AnalyticalArticlePage.objects.get(pk=published_site["kazakh_article"].pk)
    page.title = TITLE
    page.summary = "Қысқаша: әділет"
    page.body = [
        ("heading", {"text": "Заң не дейді", "level": "h2"}),
        ("paragraph", PARAGRAPH),
    ]
    return publish(page)


def _body(response):
    return json.loads(response.content)


def test_detail_in_latin_converts_text_and_rich_text_but_not_addresses(api, kazakh_page):
    cyrillic = api.get(f"/api/v1/pages/{kazakh_page.pk}/")
    latin = api.get(f"/api/v1/pages/{kazakh_page.pk}/", {"script": "latn"})
    assert latin.status_code == 200
    before, after = _body(cyrillic), _body(latin)
    assert before["title"] == TITLE
    assert after["title"] == TITLE_LATIN
    assert after["summary"] == "Qysqaşa: ädılet"
    assert after["meta"]["seo_title"] == to_latin_expected(before["meta"]["seo_title"])
    heading, paragraph = after["body"]
    assert heading["value"] == {"text": "Zañ ne deidı", "level": "h2"}
    # Markup, the href (with its Cyrillic) and src stay byte for byte; text and alt/title change.
    assert paragraph["value"] == PARAGRAPH_LATIN
    # What names or points at something is the same in both scripts.
    for key in ("id", "type", "locale", "url", "slug", "first_published_at"):
        assert after[key] == before[key]
    assert [block["id"] for block in after["body"]] == [block["id"] for block in before["body"]]
    assert [(t["id"], t["slug"]) for t in after["topics"]] == [
        (t["id"], t["slug"]) for t in before["topics"]
    ]
    # The Russian original among the translations keeps its Cyrillic; the Kazakh one changes.
    translations = {each["locale"]: each for each in after["translations"]}
    assert translations["ru"]["title"] == "Почему нужен закон"
    assert translations["kk"]["title"] == TITLE_LATIN
    assert translations["kk"]["url"] == kazakh_page.url
    # The image's name in the media library is the editor's, not the page's.
    assert after["image"]["title"] == before["image"]["title"] == "Картина"


def to_latin_expected(text):
    from cms.kazakh_script import to_latin

    return to_latin(text)


def test_list_and_find_in_latin(api, kazakh_page, published_site):
    listing = api.get("/api/v1/pages/", {"locale": "kk", "script": "latn"})
    titles = {item["id"]: item["title"] for item in _body(listing)["items"]}
    assert titles[kazakh_page.pk] == TITLE_LATIN
    card = next(item for item in _body(listing)["items"] if item["id"] == kazakh_page.pk)
    assert card["url"] == kazakh_page.url and card["slug"] == kazakh_page.slug

    found = api.get("/api/v1/pages/find/", {"path": kazakh_page.url, "script": "latn"})
    assert found.status_code == 200
    assert _body(found)["title"] == TITLE_LATIN
    assert _body(found)["body"][1]["value"] == PARAGRAPH_LATIN


def test_russian_content_is_untouched_byte_for_byte(api, kazakh_page, published_site):
    article = published_site["article"]
    for path, params in (
        (f"/api/v1/pages/{article.pk}/", {}),
        ("/api/v1/pages/", {"locale": "ru"}),
        ("/api/v1/topics/", {"locale": "ru"}),
        ("/api/v1/navigation/", {"locale": "ru"}),
    ):
        cyrillic = api.get(path, params)
        latin = api.get(path, {**params, "script": "latn"})
        if path.startswith("/api/v1/pages/") and path != "/api/v1/pages/":
            # Only the Kazakh translation's title, among the page's translations, changes.
            before, after = _body(cyrillic), _body(latin)
            kazakh = [each for each in after["translations"] if each["locale"] == "kk"]
            assert kazakh[0]["title"] == TITLE_LATIN
            after["translations"] = before["translations"]
            assert after == before
        else:
            assert latin.content == cyrillic.content, path


def test_cyrillic_answers_are_byte_identical_with_or_without_script_cyrl(api, kazakh_page):
    plain = api.get(f"/api/v1/pages/{kazakh_page.pk}/")
    asked = api.get(f"/api/v1/pages/{kazakh_page.pk}/", {"script": "cyrl"})
    assert asked.content == plain.content
    assert TITLE in plain.content.decode()


def test_topics_navigation_and_regions_asked_in_kazakh(api, kazakh_page):
    navigation = _body(api.get("/api/v1/navigation/", {"locale": "kk", "script": "latn"}))
    cyrillic = _body(api.get("/api/v1/navigation/", {"locale": "kk"}))
    assert json.dumps(navigation) == json.dumps(latin_data(cyrillic, kazakh=True))
    assert navigation["locale"] == "kk"
    regions = _body(api.get("/api/v1/regions/", {"locale": "kk", "script": "latn"}))
    almaty = next(each for each in regions["items"] if each["code"] == "almaty")
    # The Kazakh name in Latin; the Russian and English names as they are.
    assert almaty["name"] == "Almaty"
    assert almaty["names"]["ru"] == "Алматы"
    assert almaty["names"]["kk"] == "Almaty"


def test_accept_language_asks_for_latin(api, kazakh_page):
    latin = api.get(f"/api/v1/pages/{kazakh_page.pk}/", **{"Accept-Language": "kk-Latn, kk;q=0.8"})
    assert _body(latin)["title"] == TITLE_LATIN
    assert "Accept-Language" in latin["Vary"]
    # Cyrillic asked first: Cyrillic.
    first = api.get(f"/api/v1/pages/{kazakh_page.pk}/", **{"Accept-Language": "ru, kk-Latn;q=0.5"})
    assert _body(first)["title"] == TITLE
    # ?script wins over the header.
    asked = api.get(
        f"/api/v1/pages/{kazakh_page.pk}/", {"script": "cyrl"}, **{"Accept-Language": "kk-Latn"}
    )
    assert _body(asked)["title"] == TITLE


def test_accept_language_rules():
    assert script_from_accept_language("kk-Latn") == "latn"
    assert script_from_accept_language("kk-latn-KZ, ru;q=0.5") == "latn"
    assert script_from_accept_language("en, kk-Latn;q=0.9") == "latn"
    assert script_from_accept_language("kk, kk-Latn;q=0.9") == "cyrl"
    assert script_from_accept_language("ru;q=0.9, kk-Latn;q=0.5") == "cyrl"
    assert script_from_accept_language("sr-Cyrl, kk-Latn;q=0.5") == "cyrl"
    assert script_from_accept_language("") == "cyrl"
    assert script_from_accept_language("en") == "cyrl"
    assert script_from_accept_language(";;;===") == "cyrl"


def test_etag_and_conditional_requests_per_script(api, kazakh_page):
    path = f"/api/v1/pages/find/?path={kazakh_page.url}"
    cyrillic = api.get(path)
    latin_by_header = api.get(path, **{"Accept-Language": "kk-Latn"})
    assert cyrillic["ETag"] != latin_by_header["ETag"]
    assert latin_by_header["ETag"].endswith('-latn"')
    # A Cyrillic copy is not a fresh Latin one: the whole answer, in Latin.
    refused = api.get(path, **{"Accept-Language": "kk-Latn"}, **{"If-None-Match": cyrillic["ETag"]})
    assert refused.status_code == 200
    assert _body(refused)["title"] == TITLE_LATIN
    held = api.get(
        path, **{"Accept-Language": "kk-Latn"}, **{"If-None-Match": latin_by_header["ETag"]}
    )
    assert held.status_code == 304
    assert "Accept-Language" in held["Vary"]
    # And the other way round.
    back = api.get(path, **{"If-None-Match": latin_by_header["ETag"]})
    assert back.status_code == 200 and _body(back)["title"] == TITLE
    assert api.get(path, **{"If-None-Match": cyrillic["ETag"]}).status_code == 304
    # ?script=latn has an ETag of its own too.
    detail = f"/api/v1/pages/{kazakh_page.pk}/"
    assert api.get(detail, {"script": "latn"})["ETag"] != api.get(detail)["ETag"]
    assert api.get(detail, {"script": "latn"})["ETag"].endswith('-latn"')


@pytest.mark.parametrize("value", ["xyz", "", "LATN", "latin"])
def test_unknown_script_is_a_problem(api, kazakh_page, value):
    for path in (f"/api/v1/pages/{kazakh_page.pk}/", "/api/v1/pages/", "/api/v1/topics/"):
        response = api.get(path, {"script": value})
        assert response.status_code == 400
        assert response["Content-Type"] == "application/problem+json"
        problem = json.loads(response.content)
        assert problem["type"] == "urn:tendik:problem:validation-error"
        assert "script" in problem["errors"]


def test_files_do_not_take_script(api, published_site):
    response = api.get("/api/v1/events/calendar.ics", {"script": "latn"})
    assert response.status_code == 400
    assert "script" in json.loads(response.content)["errors"]


def test_cyrillic_reads_take_no_more_queries(api, kazakh_page, django_assert_num_queries):
    """Asking for a script costs no query: the conversion works on the finished answer. (What a
    page answer costs in all is asserted in tests/test_api_pages.py.)"""
    detail = f"/api/v1/pages/{kazakh_page.pk}/"
    for params in ({}, {"script": "cyrl"}, {"script": "latn"}):
        api.get(detail, params)  # warm
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for name, params in (("plain", {}), ("cyrl", {"script": "cyrl"}), ("latn", {"script": "latn"})):
        with CaptureQueriesContext(connection) as queries:
            assert api.get(detail, params).status_code == 200
        counts[name] = len(queries)
    assert counts["plain"] == counts["cyrl"] == counts["latn"]
    list_counts = {}
    for params in ({"locale": "kk"}, {"locale": "kk", "script": "latn"}):
        with CaptureQueriesContext(connection) as queries:
            api.get("/api/v1/pages/", params)
        list_counts[params.get("script", "cyrl")] = len(queries)
    assert list_counts["cyrl"] == list_counts["latn"]
    with django_assert_num_queries(2):  # the count and the window, as without a script
        api.get("/api/v1/pages/", {"locale": "kk", "type": "article", "script": "latn"})


def test_latin_data_keeps_what_names_or_points():
    data = {
        "locale": "kk",
        "title": "Әділет",
        "slug": "адилет",
        "url": "/kk/әділет/",
        "page_id": 5,
        "created_at": "2026-01-01",
        "email": "құқық@example.kz",
        "link": "https://kk.wikipedia.org/wiki/Құқық",
        "contact": "адам@мысал.kz",
        "count": 3,
        "empty": None,
        "names": {"ru": "Правосудие", "kk": "Әділет", "en": "Justice"},
        "items": [{"locale": "ru", "title": "Право", "children": [{"title": "Закон"}]}],
        "tags": ["құқық"],
    }
    out = latin_data(data)
    assert out["title"] == "Ädılet"
    for key in ("slug", "url", "page_id", "created_at", "email", "link", "contact", "tags"):
        assert out[key] == data[key], key
    assert out["count"] == 3 and out["empty"] is None
    assert out["names"] == {"ru": "Правосудие", "kk": "Ädılet", "en": "Justice"}
    # A Russian object keeps its text, and so do the objects inside it.
    assert out["items"] == data["items"]
    assert data["title"] == "Әділет"  # the input is left as it was
    # Nothing says Kazakh: nothing changes, unless the answer was asked in Kazakh.
    assert latin_data({"title": "Әділет"}) == {"title": "Әділет"}
    assert latin_data({"title": "Әділет"}, kazakh=True) == {"title": "Ädılet"}


def test_requested_script_without_a_view(rf):
    assert requested_script(rf.get("/", {"script": "latn"})) == "latn"
    assert requested_script(rf.get("/", HTTP_ACCEPT_LANGUAGE="kk-Latn")) == "latn"
    assert requested_script(rf.get("/")) == "cyrl"
