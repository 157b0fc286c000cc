"""Social posts in the admin: drafts from a page, links with UTM tags, approval by reviewers,
the live character counter, cancelling when the page goes, and the calendar."""

import zoneinfo
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.delete_page import DeletePageAction

from campaigns import social
from campaigns.models import SocialPost
from campaigns.signals import social_post_approved
from tests.conftest import publish, translate
from tests.factories import (
    AnalyticalArticlePageFactory,
    CampaignPageFactory,
    ImageFactory,
    SocialPostFactory,
)
from tests.test_translation_roles import client_for, member_of
from translations.roles import EDITORS, REVIEWERS

pytestmark = pytest.mark.django_db
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


@pytest.fixture
def article(article_index, campaign_index, locales):
    publish(article_index)
    publish(campaign_index)
    campaign = publish(CampaignPageFactory(parent=campaign_index, title="Равенство перед законом"))
    translate(campaign, locales["kk"])
    page = AnalyticalArticlePageFactory(
        parent=article_index,
        title="Закон о равенстве: что изменится",
        summary="Разбираем проект закона. " * 20,
        hero_image=ImageFactory(),
        campaign=campaign,
    )
    page = publish(page)
    kazakh = translate(page, locales["kk"])
    kazakh.title = "Теңдік туралы заң: не өзгереді"
    kazakh.save_revision().publish()
    return {"ru": page, "kk": kazakh, "campaign": campaign}


@pytest.fixture
def editor(db):
    return member_of(EDITORS, username="editor")


@pytest.fixture
def reviewer(db):
    return member_of(REVIEWERS, username="reviewer")


def test_a_page_gets_draft_posts_for_every_channel_and_language_linked_as_translations(
    client, editor, article
):
    client_for(client, editor)
    url = reverse("campaigns_social_drafts", args=[article["ru"].pk])
    assert (
        url
        in client.get(reverse("wagtailadmin_pages:edit", args=[article["ru"].pk])).content.decode()
    )
    response = client.post(url, {"publish_at": "2026-12-01 10:00"})
    assert response.status_code == 302
    posts = SocialPost.objects.select_related("locale")
    assert posts.count() == 10  # 5 channels × ru, kk
    for channel in SocialPost.Channel:
        ru, kk = (posts.get(channel=channel, locale__language_code=code) for code in ("ru", "kk"))
        assert ru.translation_key == kk.translation_key  # the kk post translates the ru one
        assert kk.text.startswith("Теңдік туралы заң") and ru.text.startswith("Закон о равенстве")
        assert ru.state == SocialPost.State.DRAFT
        # Stored in UTC, entered in Almaty time.
        assert ru.publish_at == datetime(2026, 12, 1, 10, 0, tzinfo=ALMATY)
        ru.full_clean()  # within every channel's limit
    x_post = posts.get(channel="x", locale__language_code="ru")
    assert len(x_post.text) <= 280 - social.X_LINK_LENGTH and x_post.text.endswith("…")
    # A second time changes nothing.
    client.post(url, {})
    assert posts.count() == 10


def test_instagram_is_skipped_for_a_page_without_an_image(client, editor, article):
    page = article["ru"]
    type(page).objects.filter(pk=page.pk).update(hero_image=None)
    client_for(client, editor)
    client.post(reverse("campaigns_social_drafts", args=[page.pk]), {})
    assert not SocialPost.objects.filter(channel="instagram").exists()
    assert SocialPost.objects.count() == 8


def test_the_link_points_at_the_posts_language_with_utm_tags_of_the_campaign(article, settings):
    settings.FRONTEND_BASE_URL = "https://tendik.kz"
    post = SocialPostFactory(page=article["ru"], locale=article["kk"].locale, channel="telegram")
    link = urlsplit(social.tagged_page_url(post))
    assert (link.scheme, link.netloc) == ("https", "tendik.kz")
    assert link.path.startswith("/kk/")
    assert parse_qs(link.query) == {
        "utm_source": ["telegram"],
        "utm_medium": ["social"],
        # The Russian slug of the campaign, whatever the post's language.
        "utm_campaign": [article["campaign"].slug],
    }


def test_reviewers_approve_complete_posts_and_editors_cannot(client, editor, reviewer, article):
    post = SocialPostFactory(page=article["ru"], channel="telegram", publish_at=None)
    approve = reverse("campaigns_social_approve", args=[post.pk])
    client_for(client, editor)
    assert client.post(approve).status_code in (302, 403)
    post.refresh_from_db()
    assert post.state == SocialPost.State.DRAFT

    client_for(client, reviewer)
    response = client.get(approve)
    assert response.status_code == 200 and response.context["problems"]  # no time set
    client.post(approve)
    post.refresh_from_db()
    assert post.state == SocialPost.State.DRAFT

    post.publish_at = timezone.now() + timedelta(hours=1)
    post.save()
    heard = []
    social_post_approved.connect(
        lambda **kwargs: heard.append(kwargs), weak=False, dispatch_uid="t"
    )
    try:
        assert client.post(approve).status_code == 302
    finally:
        social_post_approved.disconnect(dispatch_uid="t")
    post.refresh_from_db()
    assert (post.state, post.approved_by) == (SocialPost.State.APPROVED, reviewer)
    assert heard and heard[0]["post"].pk == post.pk


def test_editing_an_approved_post_needs_approval_again_and_a_claimed_one_cannot_change(
    client, editor, article
):
    post = SocialPostFactory(
        page=article["ru"],
        channel="facebook",
        publish_at=timezone.now(),
        state=SocialPost.State.APPROVED,
    )
    client_for(client, editor)
    edit = reverse("wagtailsnippets_campaigns_socialpost:edit", args=[post.pk])
    form = client.get(edit)
    html = form.content.decode()
    assert "data-social-counter" in html and "social-post-counter.js" in html
    data = {
        "channel": "facebook",
        "page": article["ru"].pk,
        "text": "Новый текст",
        "publish_at": "2026-12-01 10:00",
    }
    assert client.post(edit, data).status_code == 302
    post.refresh_from_db()
    assert (post.text, post.state) == ("Новый текст", SocialPost.State.DRAFT)

    SocialPost.objects.filter(pk=post.pk).update(state=SocialPost.State.CLAIMED)
    response = client.post(edit, {**data, "text": "Ещё текст"})
    assert response.status_code == 200
    post.refresh_from_db()
    assert post.text == "Новый текст"


def test_text_over_the_channels_limit_is_a_form_error(client, editor, article):
    client_for(client, editor)
    response = client.post(
        reverse("wagtailsnippets_campaigns_socialpost:add"),
        {
            "channel": "x",
            "page": article["ru"].pk,
            "text": "ә" * 281,
            "locale": article["ru"].locale_id,
        },
    )
    assert response.status_code == 200
    assert "280" in str(response.context["form"].errors["text"])
    assert not SocialPost.objects.exists()


def test_unpublishing_or_deleting_a_page_cancels_its_pending_posts_in_that_language(article):
    ru_draft = SocialPostFactory(page=article["ru"], channel="x")
    ru_posted = SocialPostFactory(page=article["ru"], channel="facebook", state="posted")
    kk_approved = SocialPostFactory(
        page=article["kk"], locale=article["kk"].locale, channel="x", state="approved"
    )
    article["kk"].unpublish()
    for post in (ru_draft, ru_posted, kk_approved):
        post.refresh_from_db()
    assert (ru_draft.state, ru_posted.state, kk_approved.state) == ("draft", "posted", "cancelled")
    assert kk_approved.note

    DeletePageAction(article["ru"].specific, user=None).execute(skip_permission_checks=True)
    ru_draft.refresh_from_db()
    ru_posted.refresh_from_db()
    assert (ru_draft.state, ru_draft.page_id) == ("cancelled", None)
    assert (ru_posted.state, ru_posted.page_id) == ("posted", None)  # kept as the record


def test_the_calendar_shows_upcoming_posts_per_channel_on_their_almaty_day(client, editor, article):
    today = timezone.localdate()
    late_evening = datetime(today.year, today.month, today.day, 23, 30, tzinfo=ALMATY)
    SocialPostFactory(
        page=article["ru"], channel="x", publish_at=late_evening, text="Вечерний пост"
    )
    SocialPostFactory(
        page=article["ru"], channel="x", publish_at=late_evening, state="cancelled", text="Отменён"
    )
    client_for(client, editor)
    response = client.get(reverse("campaigns_social_calendar"))
    assert response.status_code == 200
    first_week, second_week = response.context["weeks"]
    x_row = next(row for row in first_week["rows"] if row["channel"] == "x")
    assert [post.text for post in x_row["cells"][0]] == ["Вечерний пост"]  # today, not tomorrow
    # Two weeks as two tables of seven days, so every day fits the screen.
    assert [len(week["days"]) for week in (first_week, second_week)] == [7, 7]
    assert response.content.decode().count('<table class="sc-calendar">') == 2
    assert response.content.decode().count('aria-current="date"') == 1
    assert (
        client.get(reverse("campaigns_social_calendar"), {"start": "nonsense"}).status_code == 200
    )
