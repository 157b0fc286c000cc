"""The admin screens editors use every day open without errors for every type of content."""

import pytest
from django.urls import reverse

from articles.models import AnalyticalArticlePage
from cms.models import Topic
from tests.factories import AuthorFactory, TopicFactory

pytestmark = pytest.mark.django_db


def inline_forms(prefix, rows):
    """The management form and rows of an inline panel (topics, authors) as the admin posts them."""
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(rows)),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data.update({f"{prefix}-{index}-{key}": value for key, value in row.items()})
        data.update(
            {
                f"{prefix}-{index}-ORDER": str(index + 1),
                f"{prefix}-{index}-DELETE": "",
                f"{prefix}-{index}-id": "",
            }
        )
    return data


def add_article(client, parent, *, topics=(), authors=(), **fields):
    data = {"summary": "", "publication_date": "2023-02-14", "body-count": "0", **fields}
    data |= inline_forms("page_topics", [{"topic": str(topic.pk)} for topic in topics])
    data |= inline_forms("page_authors", [{"author": str(author.pk)} for author in authors])
    return client.post(f"/admin/pages/add/articles/analyticalarticlepage/{parent.pk}/", data)


def test_editor_creates_a_kazakh_titled_article_and_gets_an_ascii_slug(admin_client, article_index):
    # The editor leaves the slug empty (no JavaScript here): the server transliterates it.
    body = '{"blocks":[{"key":"a","type":"unstyled","depth":0,"text":"Мәтін.","inlineStyleRanges":[],"entityRanges":[]}],"entityMap":{}}'
    response = add_article(
        admin_client,
        article_index,
        title="Қазақстандағы кемсітушілік",
        slug="",
        summary="Қысқаша мазмұны.",
        **{"body-count": "1", "body-0-type": "paragraph", "body-0-value": body},
        **{"body-0-deleted": "", "body-0-order": "0", "body-0-id": ""},
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    article = AnalyticalArticlePage.objects.get()
    assert article.slug == "qazaqstandaghy-kemsitushilik"
    assert article.locale.language_code == "ru"


def test_title_without_letters_and_empty_slug_is_a_form_error_not_a_crash(
    admin_client, article_index
):
    response = add_article(admin_client, article_index, title="— ! …", slug="")
    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    assert not AnalyticalArticlePage.objects.exists()


def test_editor_adds_topics_and_authors_inline(admin_client, article_index):
    topic, author = TopicFactory(name="Кемсітушілік"), AuthorFactory(name="Асель Нурланова")
    response = add_article(
        admin_client,
        article_index,
        title="Статья с темой",
        slug="statia-s-temoi",
        topics=[topic],
        authors=[author],
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


def test_topics_are_picked_several_at_once_in_one_searchable_chooser(admin_client, article_index):
    """Issue 16, item 11: one modal per topic was the only way; the topics panel now opens one
    chooser in which several topics are searched for and ticked together."""
    article_index.save_revision().publish()
    for name in ("Дискриминация", "Домашнее насилие", "Мигранты"):
        TopicFactory(name=name)
    form = admin_client.get(
        f"/admin/pages/add/articles/analyticalarticlepage/{article_index.pk}/"
    ).content.decode()
    assert '"type": "MultipleChooserPanel"' in form and '"relationName": "page_topics"' in form
    chooser = admin_client.get("/admin/snippets/choose/cms/topic/", {"multiple": "1", "q": "дом"})
    assert chooser.status_code == 200
    body = chooser.json()["html"]
    assert "Домашнее насилие" in body and "Мигранты" not in body
    assert 'type="checkbox"' in body  # several at once
