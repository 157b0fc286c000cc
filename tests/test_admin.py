"""The admin screens editors use every day open without errors for every type of content."""

import pytest
from django.urls import reverse

from articles.models import AnalyticalArticlePage
from cms.models import Topic
from tests.factories import AuthorFactory, TopicFactory

pytestmark = pytest.mark.django_db


def test_editor_creates_a_kazakh_titled_article_and_gets_an_ascii_slug(admin_client, article_index):
    # The editor leaves the slug empty (no JavaScript here): the server transliterates it.
    response = admin_client.post(
        f"/admin/pages/add/articles/analyticalarticlepage/{article_index.pk}/",
        {
            "title": "Қазақстандағы кемсітушілік",
            "slug": "",
            "summary": "Қысқаша мазмұны.",
            "publication_date": "2023-02-14",
            "page_topics-TOTAL_FORMS": "0",
            "page_topics-INITIAL_FORMS": "0",
            "page_topics-MIN_NUM_FORMS": "0",
            "page_topics-MAX_NUM_FORMS": "1000",
            "page_authors-TOTAL_FORMS": "0",
            "page_authors-INITIAL_FORMS": "0",
            "page_authors-MIN_NUM_FORMS": "0",
            "page_authors-MAX_NUM_FORMS": "1000",
            "body-count": "1",
            "body-0-type": "paragraph",
            "body-0-value": '{"blocks":[{"key":"a","type":"unstyled","depth":0,"text":"Мәтін.","inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}',
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    article = AnalyticalArticlePage.objects.get()
    assert article.slug == "qazaqstandaghy-kemsitushilik"
    assert article.locale.language_code == "ru"


def test_title_without_letters_and_empty_slug_is_a_form_error_not_a_crash(
    admin_client, article_index
):
    response = admin_client.post(
        f"/admin/pages/add/articles/analyticalarticlepage/{article_index.pk}/",
        {
            "title": "— ! …",
            "slug": "",
            "publication_date": "2023-02-14",
            "page_topics-TOTAL_FORMS": "0",
            "page_topics-INITIAL_FORMS": "0",
            "page_authors-TOTAL_FORMS": "0",
            "page_authors-INITIAL_FORMS": "0",
            "body-count": "0",
        },
    )
    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert not AnalyticalArticlePage.objects.exists()


def test_editor_adds_topics_and_authors_inline(admin_client, article_index):
    topic, author = TopicFactory(name="Кемсітушілік"), AuthorFactory(name="Асель Нурланова")
    response = admin_client.post(
        f"/admin/pages/add/articles/analyticalarticlepage/{article_index.pk}/",
        {
            "title": "Статья с темой",
            "slug": "statia-s-temoi",
            "summary": "",
            "publication_date": "2023-02-14",
            "page_topics-TOTAL_FORMS": "1",
            "page_topics-INITIAL_FORMS": "0",
            "page_topics-MIN_NUM_FORMS": "0",
            "page_topics-MAX_NUM_FORMS": "1000",
            "page_topics-0-topic": str(topic.pk),
            "page_topics-0-ORDER": "1",
            "page_topics-0-DELETE": "",
            "page_topics-0-id": "",
            "page_authors-TOTAL_FORMS": "1",
            "page_authors-INITIAL_FORMS": "0",
            "page_authors-MIN_NUM_FORMS": "0",
            "page_authors-MAX_NUM_FORMS": "1000",
            "page_authors-0-author": str(author.pk),
            "page_authors-0-ORDER": "1",
            "page_authors-0-DELETE": "",
            "page_authors-0-id": "",
            "body-count": "0",
        },
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    article = AnalyticalArticlePage.objects.get()
    assert article.topics == [topic] and article.authors == [author]
    # The child rows take the page's language, so translations can map them.
    assert article.page_topics.get().locale == article.locale


def test_topic_snippet_gets_a_transliterated_slug(admin_client, locales):
    response = admin_client.post(
        reverse("wagtailsnippets_cms_topic:add") + "?locale=kk",
        {"name": "Көші-қон", "slug": "", "description": ""},
    )
    assert response.status_code == 302
    topic = Topic.objects.get()
    assert (topic.slug, topic.locale.language_code) == ("koshi-qon", "kk")


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_cms_topic:list",
        "wagtailsnippets_cms_author:list",
        "wagtailsnippets_cms_partner:list",
        "wagtailsnippets_campaigns_socialpost:list",
        "wagtailsnippets_campaigns_socialpost:add",
    ],
)
def test_snippet_screens_open(admin_client, url_name):
    assert admin_client.get(reverse(url_name)).status_code == 200


@pytest.mark.parametrize(
    "model_path",
    [
        "articles/analyticalarticlepage",
        "articles/longreadpage",
        "campaigns/campaignpage",
        "campaigns/petitionpage",
    ],
)
def test_create_forms_open_for_every_content_type(
    admin_client, article_index, campaign_index, model_path
):
    parent = article_index if model_path.startswith("articles") else campaign_index
    response = admin_client.get(f"/admin/pages/add/{model_path}/{parent.pk}/")
    assert response.status_code == 200


def test_video_create_form_opens(admin_client, video_index):
    assert (
        admin_client.get(f"/admin/pages/add/articles/videoclippage/{video_index.pk}/").status_code
        == 200
    )


def test_locales_screen_lists_the_three_languages(admin_client):
    response = admin_client.get("/admin/locales/")
    assert response.status_code == 200
    html = response.content.decode()
    for name in ("Русский", "Казахский", "Английский"):
        assert name in html


def test_a_topic_is_translated_through_wagtail_localize(admin_client, locales):
    topic = TopicFactory(name="Кемсітушілік")
    response = admin_client.post(
        f"/admin/localize/submit/snippet/cms/topic/{topic.pk}/",
        {"locales": [locales["kk"].pk, locales["en"].pk]},
    )
    assert response.status_code == 302
    assert {t.locale.language_code for t in topic.get_translations()} == {"kk", "en"}
