"""The built-in website (website/): every page and every draft preview is rendered from the
API's payload, so the hub shows what a front-end would get, with no front-end at all."""

import re

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from api.models import PublicPage
from campaigns.models import PetitionPage
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
    assert "http://testserver/" not in html
    assert "Подпись" in text
    assert "Айгерім Сапарова" in text and "Право" in text
    assert payload["campaign"]["title"] in text  # the kicker above the title
    # Language switcher and alternates from the payload's `translations`.
    kazakh = published_site["kazakh_article"]
    assert f'<a href="{kazakh.url}" lang="kk" hreflang="kk">Қазақша</a>' in html
    assert f'<link rel="alternate" hreflang="kk" href="{kazakh.url}">' in html


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
    assert '<script src="/static/website/petition.js" defer></script>' in html

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
