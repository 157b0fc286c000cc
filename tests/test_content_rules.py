"""Rules that live on the content models: validation editors meet in the admin, derived values."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from campaigns.models import SocialPost
from cms.models import READING_WORDS_PER_MINUTE
from tests.factories import (
    AnalyticalArticlePageFactory,
    CampaignPageFactory,
    ImageFactory,
    LongReadPageFactory,
    PetitionPageFactory,
    SocialPostFactory,
)

pytestmark = pytest.mark.django_db


def test_reading_time_is_derived_from_the_words_of_the_body(article_index):
    words = " ".join(["сөз"] * (READING_WORDS_PER_MINUTE * 3))
    article = AnalyticalArticlePageFactory(
        parent=article_index, summary="", body=[("paragraph", f"<p>{words}</p>")]
    )
    assert article.word_count == READING_WORDS_PER_MINUTE * 3
    assert article.reading_time_minutes == 3


def test_long_read_table_of_contents_has_unique_anchors(article_index):
    chapter = lambda title, anchor="": (  # noqa: E731
        "chapter",
        {"title": title, "anchor": anchor, "body": [("paragraph", "<p>Мәтін.</p>")]},
    )
    long_read = LongReadPageFactory(
        parent=article_index,
        chapters=[chapter("Кіріспе"), chapter("Кіріспе"), chapter("Заң", anchor="zan-zhobasy")],
    )
    assert long_read.table_of_contents == [
        {"title": "Кіріспе", "anchor": "kirispe"},
        {"title": "Кіріспе", "anchor": "kirispe-2"},
        {"title": "Заң", "anchor": "zan-zhobasy"},
    ]


def test_campaign_period_cannot_end_before_it_starts(campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index)
    campaign.period_end = campaign.period_start - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert "period_end" in error.value.message_dict


def test_petition_under_a_campaign_belongs_to_it(campaign_index):
    campaign = CampaignPageFactory(parent=campaign_index)
    petition = PetitionPageFactory(parent=campaign)
    petition.full_clean()
    assert petition.campaign == campaign


@pytest.mark.parametrize(
    ("state", "deadline", "is_open"),
    [
        ("open", datetime.date(2099, 1, 1), True),
        ("open", datetime.date(2000, 1, 1), False),
        ("open", None, True),
        ("closed", datetime.date(2099, 1, 1), False),
        ("delivered", None, False),
    ],
)
def test_petition_is_open_only_in_state_open_before_its_deadline(
    campaign_index, state, deadline, is_open
):
    petition = PetitionPageFactory.build(state=state, deadline=deadline)
    assert petition.is_open is is_open


@pytest.mark.parametrize(
    ("channel", "limit"),
    [("x", 280), ("telegram", 4096), ("facebook", 63_206), ("youtube", 5_000)],
)
def test_social_post_text_must_fit_the_channel(home, channel, limit):
    post = SocialPostFactory.build(page=home, channel=channel, text="қ" * (limit + 1))
    with pytest.raises(ValidationError) as error:
        post.full_clean()
    assert "text" in error.value.message_dict
    post.text = "қ" * limit
    post.full_clean()


def test_telegram_caption_with_an_image_is_limited_to_1024(home):
    post = SocialPostFactory.build(
        page=home, channel="telegram", text="а" * 1025, image=ImageFactory()
    )
    with pytest.raises(ValidationError):
        post.full_clean()


def test_instagram_post_needs_an_image(home):
    post = SocialPostFactory.build(page=home, channel="instagram", text="Жаңа мақала")
    with pytest.raises(ValidationError) as error:
        post.full_clean()
    assert "image" in error.value.message_dict


def test_translated_social_post_starts_as_a_draft(home, locales):
    post = SocialPostFactory(
        page=home, state=SocialPost.State.POSTED, external_id="123", attempts=2
    )
    kazakh = post.copy_for_translation(locales["kk"])
    assert (kazakh.state, kazakh.external_id, kazakh.attempts) == ("draft", "", 0)
    assert kazakh.text == post.text and kazakh.locale == locales["kk"]
