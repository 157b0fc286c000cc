"""The built-in website's Кирилл / Latyn switch on Kazakh pages (issue 23, website/scripts.py):
the choice is a cookie; a Latin page is Latin throughout (the API's text and the site's own
labels), its links and addresses unchanged; Russian pages never change."""

import re

import pytest

from cms.kazakh_script import to_latin
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db

COOKIE = "kk_script"


def text_of(html):
    """The visible words, tags dropped and spaces squeezed."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def hrefs(html):
    """Every link but the script switch's (which points at the other script)."""
    return [href for href in re.findall(r'href="([^"]*)"', html) if "/script/" not in href]


@pytest.fixture
def kazakh_article(published_site):
    article = published_site["kazakh_article"].specific
    article.title = "Құқық пен теңдік"
    article.summary = "Әділет туралы қысқаша"
    article.body = [
        ("paragraph", '<p>Бұл <a href="https://kk.wikipedia.org/wiki/Құқық">құқық</a>.</p>')
    ]
    return publish(article)


def test_switch_sets_the_cookie_and_goes_back(client, kazakh_article):
    response = client.get("/kk/script/latn/", {"next": kazakh_article.url})
    assert response.status_code == 302
    assert response["Location"] == kazakh_article.url
    cookie = response.cookies[COOKIE]
    assert cookie.value == "latn"
    assert int(cookie["max-age"]) == 365 * 24 * 60 * 60
    assert cookie["samesite"] == "Lax"
    assert "no-store" in response["Cache-Control"]
    back = client.get("/kk/script/cyrl/", {"next": kazakh_article.url})
    assert back.cookies[COOKIE].value == "cyrl"


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)", ""],
)
def test_switch_goes_only_to_a_path_of_this_site(client, target):
    response = client.get("/kk/script/latn/", {"next": target})
    assert response.status_code == 302
    assert response["Location"] == "/kk/"


@pytest.mark.parametrize("script", ["xyz", "LATN", "arab"])
def test_unknown_script_is_not_found_and_sets_nothing(client, home, script):
    response = client.get(f"/kk/script/{script}/", {"next": "/kk/"})
    assert response.status_code == 404
    assert COOKIE not in response.cookies


def test_a_latin_page_is_latin_throughout_with_its_links_unchanged(client, kazakh_article):
    cyrillic = client.get(kazakh_article.url)
    assert cyrillic.status_code == 200
    cyrillic_html = cyrillic.content.decode()
    assert '<html lang="kk">' in cyrillic_html
    assert "<h1>Құқық пен теңдік</h1>" in cyrillic_html
    assert "Cookie" in cyrillic["Vary"]

    client.cookies[COOKIE] = "latn"
    latin = client.get(kazakh_article.url)
    html = latin.content.decode()
    assert latin.status_code == 200
    assert '<html lang="kk-Latn">' in html
    assert "<h1>Qūqyq pen teñdık</h1>" in html
    assert "Ädılet turaly qysqaşa" in html
    assert "Cookie" in latin["Vary"]
    # The site's own labels too: the search box's placeholder and button.
    assert 'placeholder="Sait boiynşa ızdeu"' in html
    # Every link is the same as on the Cyrillic page, the one with Cyrillic in it included.
    assert hrefs(html) == hrefs(cyrillic_html)
    assert 'href="https://kk.wikipedia.org/wiki/Құқық"' in html
    # The switch: each name in its own script; the other languages' names as they are.
    assert '<strong lang="kk-Latn" translate="no" aria-current="true">Latyn</strong>' in html
    assert ">Кирилл</a>" in html
    assert "Русский" in html
    # No Kazakh Cyrillic left in what a reader reads, but the names kept on purpose.
    words = text_of(html).replace("Кирилл", "").replace("Русский", "")
    assert not re.search("[әғқңөұүһі]", words, re.IGNORECASE), words


def test_the_switch_on_a_kazakh_page_points_back_to_it(client, kazakh_article):
    html = client.get(kazakh_article.url).content.decode()
    assert '<strong lang="kk-Cyrl" translate="no" aria-current="true">Кирилл</strong>' in html
    link = re.search(
        r'<a href="([^"]+)" lang="kk-Latn" translate="no" rel="nofollow">Latyn</a>', html
    )
    assert link is not None
    target = link.group(1).replace("&amp;", "&")
    response = client.get(target)
    assert response.status_code == 302 and response["Location"] == kazakh_article.url


def test_russian_pages_are_unaffected(client, published_site, kazakh_article):
    article = published_site["article"]
    before = client.get(article.url).content
    client.cookies[COOKIE] = "latn"
    response = client.get(article.url)
    assert response.content == before
    html = before.decode()
    assert '<html lang="ru">' in html and 'class="scripts"' not in html


def test_latin_search_and_listings(client, kazakh_article, locales):
    client.cookies[COOKIE] = "latn"
    # The query is passed to the API as typed; the screen's own words are in Latin.
    response = client.get("/kk/search/", {"q": "qūqyq"})
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="kk-Latn">' in html
    assert 'value="qūqyq"' in html
    assert to_latin("Іздеу") in text_of(html)


def test_the_api_is_asked_for_latin_only_where_it_takes_it(client, kazakh_article, published_site):
    """The petition's page reads /api/v1/regions/ too, a view that takes `script`: its region
    names come in Latin; the page answers (no 400 from a view that takes no `script`)."""
    petition = published_site["petition"]
    kazakh_petition = translate(petition, published_site["kazakh_article"].locale)
    client.cookies[COOKIE] = "latn"
    response = client.get(kazakh_petition.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="kk-Latn">' in html
    assert re.search(r'<option value="almaty"[^>]*>Almaty</option>', html), html
    # The messages the form's script shows later are in Latin too.
    invalid = re.search(r'data-invalid="([^"]*)"', html).group(1)
    assert invalid and not re.search("[а-яәғқңөұүһі]", invalid, re.IGNORECASE), invalid
