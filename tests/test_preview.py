"""Headless preview: "View draft" (and the preview panel) send the editor to the website's
preview route with a token; `GET /api/v1/preview/?token=` answers the draft in the shape of a
published page, and only while the token is fresh."""

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.models import PagePreview
from tests.conftest import publish, translate
from tests.factories import AnalyticalArticlePageFactory, PetitionPageFactory

pytestmark = pytest.mark.django_db
WEBSITE = "https://tendik.kz"


@pytest.fixture
def website(settings):
    settings.FRONTEND_BASE_URL = WEBSITE


@pytest.fixture
def article(article_index):
    publish(article_index)
    return publish(
        AnalyticalArticlePageFactory(
            parent=article_index, title="Опубликованный заголовок", summary="Опубликовано."
        )
    )


def view_draft(admin_client, page):
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 302, response.content[:300]
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == f"{WEBSITE}/preview/"
    assert response["Referrer-Policy"] == "no-referrer"
    return parse_qs(location.query)


def test_view_draft_sends_the_editor_to_the_website_with_a_token_for_the_draft(
    admin_client, api, website, article
):
    draft = type(article).objects.get(pk=article.pk)
    draft.title = "Черновой заголовок"
    draft.summary = "Черновик, ещё не опубликован."
    draft.save_revision()

    query = view_draft(admin_client, article)
    assert query["locale"] == ["ru"]
    preview = api.get("/api/v1/preview/", {"token": query["token"][0]})
    assert preview.status_code == 200
    assert preview["Cache-Control"] == "private, no-store"
    body = preview.json()
    assert (body["id"], body["type"], body["title"]) == (
        article.pk,
        "article",
        "Черновой заголовок",
    )
    assert body["summary"] == "Черновик, ещё не опубликован."
    # The published page is unchanged for readers.
    published = api.get(f"/api/v1/pages/{article.pk}/").json()
    assert published["title"] == "Опубликованный заголовок"
    # Same shape as the published answer: every key of one is in the other.
    assert set(body) == set(published)


def test_a_translation_draft_and_a_never_published_page_preview_in_their_language(
    admin_client, api, website, article, locales, campaign_index
):
    kazakh = translate(article, locales["kk"], published=False)
    kazakh.title = "Жоба тақырыбы"
    kazakh.save_revision()
    query = view_draft(admin_client, kazakh)
    body = api.get("/api/v1/preview/", {"token": query["token"][0]}).json()
    assert (body["locale"], body["title"]) == ("kk", "Жоба тақырыбы")

    publish(campaign_index)
    petition = PetitionPageFactory(parent=campaign_index, live=False, title="Новая петиция")
    petition.save_revision()
    query = view_draft(admin_client, petition)
    body = api.get("/api/v1/preview/", {"token": query["token"][0]}).json()
    assert (body["type"], body["title"], body["signature_count"]) == (
        "petition",
        "Новая петиция",
        0,
    )


def test_missing_forged_and_expired_tokens_get_a_401_problem(admin_client, api, website, article):
    token = view_draft(admin_client, article)["token"][0]
    for bad in ({}, {"token": "forged-" + token[7:]}, {"token": "x" * 500}):
        response = api.get("/api/v1/preview/", bad)
        assert response.status_code == 401, bad
        assert response.json()["type"].endswith("invalid-preview-token")
    PagePreview.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert api.get("/api/v1/preview/", {"token": token}).status_code == 401


def test_tokens_expire_after_the_setting(admin_client, website, article, settings):
    settings.PREVIEW_TOKEN_SECONDS = 600
    view_draft(admin_client, article)
    preview = PagePreview.objects.get()
    assert (
        timedelta(seconds=590) < preview.expires_at - preview.created_at <= timedelta(seconds=600)
    )


def test_without_a_website_the_hub_renders_the_draft_itself(admin_client, article):
    draft = type(article).objects.get(pk=article.pk)
    draft.title = "Черновой заголовок"
    draft.save_revision()
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[article.pk]))
    assert response.status_code == 200
    assert "Черновой заголовок" in response.content.decode()
    assert not PagePreview.objects.exists()
