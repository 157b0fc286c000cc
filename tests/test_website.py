"""The built-in website (website/): every page and every draft preview is rendered from the
API's payload, so the hub shows what a front-end would get, with no front-end at all."""

import re

import pytest
from django.urls import reverse
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import PageViewRestriction

from api.models import PublicPage
from campaigns.models import PetitionPage
from cms.models import PageTopic
from tests.conftest import publish, translate
from tests.factories import AnalyticalArticlePageFactory, ImageFactory, PetitionPageFactory

pytestmark = pytest.mark.django_db


def html_of(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code, response.content[:500])
    return response, response.content.decode()


def text_of(html):
    """The visible words, tags dropped and spaces squeezed, for assertions about reading."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_every_page_type_renders_from_its_api_payload(client, api, published_site):
    for name in ("home", "article_index", "article", "long_read", "video", "campaign", "petition"):
        page = published_site[name]
        payload = api.get(f"/api/v1/pages/{page.pk}/").json()
        _response, html = html_of(client, payload["url"])
        assert f'<html lang="{payload["locale"]}">' in html, name
        assert f"<h1>{payload['title']}</h1>" in html, name
        assert f'class="type-{payload["type"]}"' in html, name


def test_an_article_shows_its_blocks_links_images_authors_and_topics(client, api, published_site):
    article = published_site["article"]
    payload = api.get(f"/api/v1/pages/{article.pk}/").json()
    _response, html = html_of(client, payload["url"])
    text = text_of(html)
    heading, paragraph, image = payload["body"]
    assert f'<h2 id="block-{heading["id"]}">Что говорит закон</h2>' in html
    # Links as the API resolved them: the page in the reader's language, the document's file.
    assert paragraph["value"].replace("http://testserver/", "/") in html
    assert f'href="{published_site["target"].url}"' in html
    # Media of the hub as paths: they reach it whatever host the reader (or the preview) used.
    wide = image["value"]["image"]["renditions"]["wide"]["url"]
    assert wide.startswith("http://testserver/media/")
    assert f'<img src="{wide.removeprefix("http://testserver")}"' in html
    assert "http://testserver/" not in html.split("<body", 1)[1]  # absolute only in the head
    assert "Подпись" in text
    assert "Айгерім Сапарова" in text and "Право" in text
    assert payload["campaign"]["title"] in text  # the kicker above the title
    # Language switcher and alternates from the payload's `translations`.
    kazakh = published_site["kazakh_article"]
    assert f'<a href="{kazakh.url}" lang="kk" hreflang="kk">Қазақша</a>' in html
    assert f'<link rel="alternate" hreflang="kk" href="http://testserver{kazakh.url}">' in html


def test_the_site_shows_what_the_api_answers_not_the_page_object(client, published_site):
    """The stored payload is the source: change it and the site follows, the page unchanged."""
    article = published_site["article"]
    entry = PublicPage.objects.get(page_id=article.pk)
    entry.payload_json = entry.payload_json.replace("Что говорит закон", "Так ответил API")
    entry.save(update_fields=["payload_json"])
    _response, html = html_of(client, article.url)
    assert "Так ответил API" in html
    assert "Что говорит закон" not in html


def test_a_kazakh_page_reads_in_kazakh(client, published_site):
    _response, html = html_of(client, published_site["kazakh_article"].url)
    assert '<html lang="kk">' in html
    assert '<strong lang="kk" aria-current="true">Қазақша</strong>' in html
    assert 'aria-label="Тілдер"' in html  # the language switcher's label
    assert "2023 ж. 1 наурыз" in html  # kk date format (cms/formats/kk), Almaty day


def test_the_site_root_is_the_home_page_with_the_latest_pages_and_petitions(client, published_site):
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/ru/"
    _response, html = html_of(client, "/ru/")
    text = text_of(html)
    for name in ("article", "long_read", "video", "campaign", "petition"):
        assert published_site[name].title in text, name
    assert "Петиции" in text and "Новое" in text


def test_a_section_lists_its_types_with_search_topics_and_pages(
    client, published_site, monkeypatch
):
    index = published_site["article_index"]
    _response, html = html_of(client, index.url)
    listed = re.findall(r'<li class="card card-(\w+)">', html)
    assert sorted(set(listed)) == ["article", "long_read"]  # the section's `lists_types`
    assert "Петиция" not in text_of(html)

    _response, html = html_of(client, index.url, data={"q": "закон"})
    assert "Почему нужен закон" in html and "Лонгрид" not in html
    _response, html = html_of(client, index.url, data={"topic": "pravo"})
    assert re.findall(r'<li class="card card-(\w+)">', html) == ["article"]
    assert '<option value="pravo" selected>Право</option>' in html

    # A bad filter gets the API's own explanation on the page, never a server error.
    _response, html = html_of(client, index.url, data={"topic": "нет такой"})
    assert 'class="error" role="alert"' in html

    monkeypatch.setattr("website.rendering.LIST_PAGE_SIZE", 2)
    _response, first = html_of(client, index.url)
    _response, second = html_of(client, index.url, data={"page": "2"})
    titles = {re.sub(r"\s+", " ", t) for t in re.findall(r'<a href="[^"]+">([^<]+)</a>\n', first)}
    assert 'rel="next" href="?page=2"' in first and 'rel="prev" href="?page=1"' in second
    assert len(re.findall(r'<li class="card', first)) == 2
    assert len(re.findall(r'<li class="card', second)) == 1  # 3 articles and long reads
    assert not any(title in second for title in titles if title.strip())
    _response, html = html_of(client, index.url, data={"page": "999"})
    assert 'class="error"' not in html and "Ничего не найдено." in html


def test_a_petition_shows_its_figures_and_a_signing_form_until_it_closes(client, published_site):
    petition = published_site["petition"]
    PetitionPage.objects.filter(pk=petition.pk).update(offline_signature_count=1250)
    _response, html = html_of(client, petition.url)
    assert '<progress max="5000" value="1250">25%</progress>' in html
    assert "1\xa0250 подписей" in html  # grouped the Russian way, with a no-break space
    form = re.search(r'<form class="sign"[^>]*>', html).group(0)
    assert f'data-endpoint="/api/v1/petitions/{petition.pk}/signatures/"' in form
    assert "data-preview" not in form
    # Its campaign is in the breadcrumbs already: no second link to it above the title.
    assert 'class="kicker"' not in html
    assert '<option value="almaty">' in html  # regions from /api/v1/regions/
    assert petition.consent_text in html
    assert '<script src="/static/website/public_form.js" defer></script>' in html

    PetitionPage.objects.filter(pk=petition.pk).update(state=PetitionPage.State.CLOSED)
    _response, html = html_of(client, petition.url)
    assert '<form class="sign"' not in html
    assert "Эта петиция больше не собирает подписи." in html


def test_text_from_editors_is_escaped_and_rich_text_is_kept(client, article_index):
    publish(article_index)
    page = publish(
        AnalyticalArticlePageFactory(
            parent=article_index,
            title="<script>alert(1)</script> Закон",
            summary='"><img src=x onerror=alert(1)>',
            body=[("paragraph", "<p>Абзац с <b>жирным</b> словом.</p>")],
        )
    )
    _response, html = html_of(client, page.url)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Закон" in html
    assert "<img src=x" not in html
    assert "<b>жирным</b>" in html


def test_a_page_renders_in_a_bounded_number_of_queries(
    client, published_site, django_assert_max_num_queries
):
    """Wagtail's routing takes one query per level of the tree, its site and restriction
    checks 3 more; the API's reads then take 3 (a page), plus the list (a section) or the
    signature figures and regions (a petition). Measured: 12, 14, 15."""
    pages = {"article": 12, "article_index": 14, "petition": 15}
    for name, most in pages.items():
        client.get(published_site[name].url)  # warm the content version cache
        with django_assert_max_num_queries(most):
            html_of(client, published_site[name].url)


# --- previews ----------------------------------------------------------------------------


def view_draft(client, page):
    return client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))


@pytest.fixture
def article(article_index):
    publish(article_index)
    return publish(
        AnalyticalArticlePageFactory(
            parent=article_index,
            title="Опубликованный заголовок",
            summary="Опубликовано.",
            hero_image=ImageFactory(),
        )
    )


def test_a_draft_previews_from_its_payload_while_readers_keep_the_published_text(
    admin_client, client, api, article
):
    draft = type(article).objects.get(pk=article.pk)
    draft.title = "Черновой заголовок"
    draft.body = [("paragraph", "<p>Новый абзац черновика.</p>")]
    draft.save_revision()

    response = view_draft(admin_client, article)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Черновой заголовок</h1>" in html
    assert "Новый абзац черновика." in html
    # Wagtail previews with a stand-in request for the Site's host (localhost:80 here), not the
    # editor's: images must still load from wherever the admin was opened.
    assert re.search(r'<img src="/media/images/[^"]+"', html)
    assert "http://localhost/" not in html
    assert 'class="preview-banner"' in html and '<meta name="robots" content="noindex">' in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]

    _response, public = html_of(client, article.url)
    assert "<h1>Опубликованный заголовок</h1>" in public and "preview-banner" not in public
    assert api.get(f"/api/v1/pages/{article.pk}/").json()["title"] == "Опубликованный заголовок"


def test_a_never_published_page_and_a_translation_draft_preview_in_their_language(
    admin_client, article, locales
):
    new_page = AnalyticalArticlePageFactory(
        parent=article.get_parent(), title="Ещё не опубликовано", live=False
    )
    new_page.save_revision()
    html = view_draft(admin_client, new_page).content.decode()
    assert "<h1>Ещё не опубликовано</h1>" in html and '<html lang="ru">' in html

    kazakh = translate(article, locales["kk"], published=False)
    kazakh.title = "Жаңа тақырып"
    kazakh.save_revision()
    html = view_draft(admin_client, kazakh).content.decode()
    assert '<html lang="kk">' in html and "<h1>Жаңа тақырып</h1>" in html
    assert 'aria-label="Тілдер"' in html  # the site's own words follow the draft's language


def test_a_petition_preview_has_its_signing_form_switched_off(admin_client, campaign_index):
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index, title="Петиция"))
    html = view_draft(admin_client, petition).content.decode()
    form = re.search(r'<form class="sign"[^>]*>', html).group(0)
    assert "data-preview" in form
    assert re.search(r'<button type="submit" disabled>', html)


def test_a_restricted_page_is_shown_only_to_those_allowed_and_never_cached(
    client, admin_client, article
):
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url)
    assert response.status_code == 302 and "login" in response["Location"]

    response, html = html_of(admin_client, article.url)
    assert "<h1>Опубликованный заголовок</h1>" in html
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


# --- site basics: not found, server error, search, topics, dates, head, footer ---------------


@pytest.fixture
def site_with_menu(published_site, locales):
    """The published site with its analytics section in the menu of ru and kk, and about us in
    the footer of both."""
    from tests.factories import StandardPageFactory

    index = published_site["article_index"]
    index.show_in_menus = True
    publish(index)
    # The Kazakh section made by translating the article is an alias: make it a page of its own.
    ConvertAliasPageAction(index.get_translation(locales["kk"])).execute(
        skip_permission_checks=True
    )
    kazakh_index = index.get_translation(locales["kk"]).specific
    kazakh_index.title = "Талдау"
    kazakh_index.show_in_menus = True
    publish(kazakh_index)
    about = publish(StandardPageFactory(parent=published_site["home"], title="О нас"))
    kazakh_about = translate(about, locales["kk"])
    kazakh_about.title = "Біз туралы"
    kazakh_about = publish(kazakh_about)
    return {**published_site, "about": about, "kazakh_about": kazakh_about}


def not_found_page(client, url):
    response = client.get(url)
    assert response.status_code == 404, (url, response.status_code)
    return response.content.decode()


@pytest.mark.parametrize(
    ("language", "heading", "section", "footer"),
    [
        ("kk", "Бет табылмады", "Талдау", "Біз туралы"),
        ("ru", "Страница не найдена", "Аналитика", "О нас"),
    ],
)
def test_an_unknown_address_gets_the_sites_not_found_page_in_the_language_of_its_prefix(
    client, site_with_menu, language, heading, section, footer, django_assert_max_num_queries
):
    for url in (f"/{language}/net-takoi-stranitsy/", f"/{language}/analitika/net-takoi/"):
        client.get(url)  # warm the content version cache
        # Wagtail's routing (a query per level it finds), then the menu. Measured: 7 to 9.
        with django_assert_max_num_queries(9):
            html = not_found_page(client, url)
        text = text_of(html)
        assert f'<html lang="{language}">' in html
        assert f"<h1>{heading}</h1>" in html
        assert "Not Found" not in html
        # The site's header, menu and footer, in that language.
        assert re.search(
            rf'<nav class="menu"[^>]*>\s*<a href="/{language}/[^"]+/">{section}</a>', html
        )
        assert f'action="/{language}/search/"' in html
        assert footer in text
        assert 'rel="canonical"' not in html and "hreflang" not in html.split("<body", 1)[0]


def test_an_address_without_a_language_goes_to_the_default_language_and_is_not_found_there(
    client, site_with_menu
):
    response = client.get("/net-takoi-stranitsy/")
    assert response.status_code == 302 and response["Location"] == "/ru/net-takoi-stranitsy/"
    assert "Страница не найдена" in not_found_page(client, response["Location"])


def test_other_not_found_answers_of_the_hub_are_the_sites_page_too(client, site_with_menu):
    """Django's handler404: a missing document is answered in the reader's language, not with
    Django's bare English "Not Found"."""
    response = client.get("/documents/999999/net.pdf", HTTP_ACCEPT_LANGUAGE="kk")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="kk">' in html and "<h1>Бет табылмады</h1>" in html


def test_the_api_and_the_admin_keep_their_own_not_found_answers(client, admin_client, home):
    response = client.get("/api/v1/net-takogo/")
    assert response.status_code == 404 and response["Content-Type"] == "application/problem+json"
    # Django's locale middleware used to send this to /ru/admin/…, a page of the site.
    response = admin_client.get("/admin/net-takogo-ekrana/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "page404" in html and 'class="site-header"' not in html


def test_a_server_error_gets_the_sites_page_in_the_language_of_its_prefix_with_its_menu(
    site_with_menu,
):
    from django.test import Client

    kazakh = site_with_menu["kazakh_article"]
    # A stored payload a crash left broken: the page cannot be read, the menu still can.
    PublicPage.objects.filter(page_id=kazakh.pk).update(payload_json='{"broken":')
    response = Client(raise_request_exception=False).get(kazakh.url)
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="kk">' in html and "<h1>Қате орын алды</h1>" in html
    assert re.search(r'<nav class="menu"[^>]*>\s*<a href="/kk/[^"]+/">Талдау</a>', html)
    assert "Server Error" not in html


def test_the_header_searches_the_whole_site_in_the_readers_language(
    client, site_with_menu, django_assert_max_num_queries
):
    _response, html = html_of(client, site_with_menu["article"].url)
    assert re.search(
        r'<form class="site-search" role="search" method="get" action="/ru/search/">', html
    )
    _response, html = html_of(client, site_with_menu["kazakh_article"].url)
    assert 'action="/kk/search/"' in html and 'placeholder="Сайт бойынша іздеу"' in html

    client.get("/ru/search/", {"q": "закон"})
    # the menu, the search and its cards, and the figures of the petitions among them: measured 6
    with django_assert_max_num_queries(6):
        _response, html = html_of(client, "/ru/search/", data={"q": "закон"})
    text = text_of(html)
    # Every type the words are found in, each card saying what it is.
    found = set(re.findall(r'<li class="card card-(\w+)">', html))
    assert {"article", "campaign"} <= found, found
    assert "Почему нужен закон" in text and "Закон о равенстве" in text
    assert "Статья" in text and "Кампания" in text
    assert "Результаты поиска по запросу «закон»" in text
    assert '<meta name="robots" content="noindex">' in html
    # The language switcher keeps the words.
    assert 'href="/kk/search/?q=%D0%B7%D0%B0%D0%BA%D0%BE%D0%BD"' in html

    kazakh = site_with_menu["kazakh_article"]
    _response, html = html_of(client, "/kk/search/", data={"q": "закон"})
    assert '<html lang="kk">' in html and f'<a href="{kazakh.url}">' in html
    links = re.findall(r'<li class="card card-\w+">.*?<a href="([^"]+)">', html, re.S)
    assert links and all(link.startswith("/kk/") for link in links)  # Kazakh pages only


@pytest.mark.parametrize(
    "params",
    [{"q": "x" * 500}, {"q": "\x00"}, {"q": "закон", "page": "²"}, {"q": "закон", "page": "9" * 5000},
     {"q": "закон", "page": "999999999"}, {"q": "   "}, {}],
)  # fmt: skip
def test_bad_search_input_never_breaks_the_search_page(client, site_with_menu, params):
    response = client.get("/ru/search/", params)
    assert response.status_code == 200, response.content[:300]


@pytest.mark.parametrize("number", ["²", "9" * 5000])
def test_a_page_number_python_cannot_read_is_the_first_page_of_a_section(
    client, published_site, number
):
    """str.isdigit() accepts "²", which int() refuses, and int() refuses numbers of thousands
    of digits: each used to answer a 500."""
    _response, html = html_of(client, published_site["article_index"].url, data={"page": number})
    assert published_site["article"].title in html


def test_a_search_without_words_offers_the_topics_to_browse(client, site_with_menu):
    _response, html = html_of(client, "/ru/search/")
    assert '<a class="topic" href="/ru/topics/pravo/">Право <span class="count">' in html


def test_topic_chips_link_to_a_listing_of_every_page_of_that_topic(
    client, site_with_menu, django_assert_max_num_queries
):
    article = site_with_menu["article"]
    campaign = site_with_menu["campaign"]
    campaign.page_topics.add(PageTopic(topic=site_with_menu["topic"]))
    publish(campaign)
    _response, html = html_of(client, article.url)
    assert '<a class="topic" href="/ru/topics/pravo/">Право</a>' in html
    _response, html = html_of(client, site_with_menu["article_index"].url)
    card = re.search(r'<li class="card card-article">.*?</li>', html, re.S).group(0)
    assert '<a class="topic" href="/ru/topics/pravo/">Право</a>' in card

    client.get("/ru/topics/pravo/")
    with django_assert_max_num_queries(5):  # topics, the menu, the list and its cards: measured 5
        _response, html = html_of(client, "/ru/topics/pravo/")
    assert "<h1>Право</h1>" in html and '<html lang="ru">' in html
    assert sorted(re.findall(r'<li class="card card-(\w+)">', html)) == ["article", "campaign"]
    assert '<link rel="canonical" href="http://testserver/ru/topics/pravo/">' in html

    assert "Страница не найдена" in not_found_page(client, "/ru/topics/net-takoi-temy/")
    # The Russian topic's slug names no Kazakh topic.
    assert "Бет табылмады" in not_found_page(client, "/kk/topics/pravo/")


def card_of(html, title):
    return re.search(rf'<li class="card [^"]+">(?:(?!</li>).)*>{title}</a>.*?</li>', html, re.S)[0]


def test_cards_are_dated_by_the_editors_publication_date(client, site_with_menu, article_index):
    """The article's publication date (1 March 2023), not the day it went live (today)."""
    import datetime

    article = site_with_menu["article"]
    older = publish(
        AnalyticalArticlePageFactory(
            parent=article_index,
            title="Архивная статья",
            publication_date=datetime.date(2019, 5, 6),
        )
    )
    for url in ("/ru/", article_index.url, "/ru/topics/pravo/", "/ru/search/?q=закон"):
        _response, html = html_of(client, url)
        card = card_of(html, article.title)
        assert '<time datetime="2023-03-01">1 марта 2023 г.</time>' in card, url
    _response, html = html_of(client, article_index.url)
    assert '<time datetime="2019-05-06">6 мая 2019 г.</time>' in card_of(html, older.title)
    # Newest first by that date: the 2019 article comes last although it went live last.
    titles = re.findall(r'<li class="card card-\w+">.*?<a href="[^"]+">([^<]+)</a>', html, re.S)
    assert titles[-1] == older.title and article.title in titles


def test_an_indicator_without_a_result_shows_a_dash_not_zero(client, site_with_menu):
    campaign = site_with_menu["campaign"]
    campaign.indicators = [
        ("indicator", {"label": "Обучено журналистов", "target": 40, "achieved": None}),
        ("indicator", {"label": "Обучено юристов", "target": 40, "achieved": 0}),
    ]
    publish(campaign)
    _response, html = html_of(client, campaign.url)
    untold, zero = re.findall(r'<div class="indicator">.*?</div>', html, re.S)
    assert "Обучено журналистов" in untold and "—" in untold
    assert "0 / 40" not in untold and "<progress" not in untold
    assert "Результат пока не указан; цель: 40" in untold
    assert "0 / 40" in zero  # a reported zero is a result


def test_the_head_has_absolute_social_image_canonical_and_hreflang_with_x_default(
    client, site_with_menu, settings
):
    article, kazakh = site_with_menu["article"], site_with_menu["kazakh_article"]
    _response, html = html_of(client, kazakh.url)
    head = html.split("<body", 1)[0]
    image = re.search(r'<meta property="og:image" content="([^"]+)">', head).group(1)
    assert image.startswith("http://testserver/media/images/")
    assert f'<link rel="canonical" href="http://testserver{kazakh.url}">' in head
    assert f'<link rel="alternate" hreflang="ru" href="http://testserver{article.url}">' in head
    assert f'<link rel="alternate" hreflang="kk" href="http://testserver{kazakh.url}">' in head
    # x-default: the Russian version, as /api/v1/sitemap/ says.
    assert (
        f'<link rel="alternate" hreflang="x-default" href="http://testserver{article.url}">' in head
    )

    # With a website of its own, the hub's pages point search engines at it.
    settings.FRONTEND_BASE_URL = "https://tendik.example.kz"
    _response, html = html_of(client, kazakh.url)
    assert f'<link rel="canonical" href="https://tendik.example.kz{kazakh.url}">' in html
    assert f'hreflang="x-default" href="https://tendik.example.kz{article.url}">' in html


def test_the_footer_links_about_contacts_and_privacy_in_the_readers_language(
    client, site_with_menu
):
    about, kazakh_about = site_with_menu["about"], site_with_menu["kazakh_article"]
    _response, html = html_of(client, site_with_menu["article"].url)
    footer = re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)
    assert f'<a href="{about.url}">О нас</a>' in footer
    _response, html = html_of(client, kazakh_about.url)
    footer = re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)
    assert f'<a href="{site_with_menu["kazakh_about"].url}">Біз туралы</a>' in footer
    # The page itself renders like any other, from its payload.
    _response, html = html_of(client, about.url)
    assert 'class="type-standard"' in html and "Текст страницы." in html
    assert '<a href="/ru/o-nas/" aria-current="page">О нас</a>' in html


def test_the_site_has_its_own_favicon_and_sets_no_cookie_for_readers(client, site_with_menu):
    """The privacy policy says readers get no cookie and nothing is fetched from elsewhere."""
    from django.contrib.staticfiles import finders

    response, html = html_of(client, site_with_menu["kazakh_article"].url)
    assert '<link rel="icon" href="/static/website/favicon.svg" type="image/svg+xml">' in html
    svg = open(finders.find("website/favicon.svg"), encoding="utf-8").read()
    assert svg.startswith("<svg") and "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    for url in (site_with_menu["petition"].url, "/ru/search/?q=закон", "/ru/net/"):
        assert not client.get(url).cookies, url
    assert not response.cookies
