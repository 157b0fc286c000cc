"""Editors can create pages only where they belong."""

import pytest
from wagtail.models import Page

from articles.models import (
    AnalyticalArticlePage,
    ArticleIndexPage,
    LongReadPage,
    VideoClipPage,
    VideoIndexPage,
)
from campaigns.models import CampaignIndexPage, CampaignPage, PetitionPage
from consultations.models import ConsultationPage
from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from tests.factories import CampaignPageFactory

pytestmark = pytest.mark.django_db


def allowed_children(model):
    return set(model.allowed_subpage_models())


def test_home_holds_the_four_sections_and_standard_pages():
    assert allowed_children(HomePage) == {
        ArticleIndexPage,
        VideoIndexPage,
        CampaignIndexPage,
        EventIndexPage,
        StandardPage,
    }
    assert allowed_children(StandardPage) == set()


def test_analytics_section_holds_articles_and_long_reads():
    assert allowed_children(ArticleIndexPage) == {AnalyticalArticlePage, LongReadPage}


def test_video_section_holds_only_video_clips():
    assert allowed_children(VideoIndexPage) == {VideoClipPage}


def test_campaigns_section_holds_campaigns_and_petitions():
    assert allowed_children(CampaignIndexPage) == {CampaignPage, PetitionPage}


def test_petition_may_live_under_a_campaign_or_the_campaigns_section():
    assert set(PetitionPage.allowed_parent_page_models()) == {CampaignPage, CampaignIndexPage}
    assert allowed_children(CampaignPage) == {PetitionPage, EventPage, ConsultationPage}


def test_a_consultation_lives_under_its_campaign_and_has_no_children():
    assert set(ConsultationPage.allowed_parent_page_models()) == {CampaignPage}
    assert allowed_children(ConsultationPage) == set()


def test_an_event_may_live_under_the_events_section_or_a_campaign():
    assert allowed_children(EventIndexPage) == {EventPage}
    assert set(EventPage.allowed_parent_page_models()) == {EventIndexPage, CampaignPage}


@pytest.mark.parametrize(
    "leaf", [AnalyticalArticlePage, LongReadPage, VideoClipPage, PetitionPage, EventPage]
)
def test_content_pages_have_no_children(leaf):
    assert allowed_children(leaf) == set()


def test_articles_cannot_be_created_outside_the_analytics_section(home, video_index):
    assert not AnalyticalArticlePage.can_create_at(home)
    assert not AnalyticalArticlePage.can_create_at(video_index)


def test_one_section_of_each_kind_per_home(home, article_index):
    assert not ArticleIndexPage.can_create_at(home)
    assert VideoIndexPage.can_create_at(home)


def test_no_fourth_home_page_while_each_language_has_one(home):
    root = Page.get_first_root_node()
    assert HomePage.can_create_at(root)  # kk and en homes do not exist yet
    for code in ("kk", "en"):
        home.copy_for_translation(home.locale.__class__.objects.get(language_code=code))
    assert not HomePage.can_create_at(root)


def test_admin_offers_only_allowed_page_types(admin_client, campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index)
    response = admin_client.get(f"/admin/pages/{campaign.pk}/add_subpage/")
    # A campaign holds petitions and events.
    offered = response.content.decode()
    assert "/campaigns/petitionpage/" in offered and "/events/eventpage/" in offered
    assert "/articles/analyticalarticlepage/" not in offered

    response = admin_client.get(f"/admin/pages/{campaign_index.pk}/add_subpage/")
    assert response.status_code == 200
    offered = response.content.decode()
    assert "/campaigns/campaignpage/" in offered
    assert "/campaigns/petitionpage/" in offered
    assert "/articles/analyticalarticlepage/" not in offered


def test_admin_refuses_a_page_type_in_the_wrong_place(admin_client, campaign_index):
    url = f"/admin/pages/add/articles/analyticalarticlepage/{campaign_index.pk}/"
    response = admin_client.post(url, {"title": "Статья не на месте", "slug": "ne-na-meste"})
    # Wagtail answers a permission denial by sending the user back to the dashboard.
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not AnalyticalArticlePage.objects.exists()
