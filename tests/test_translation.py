"""Translating through wagtail-localize puts pages in the right language tree and keeps the
synchronised fields (dates, numbers, media, links) equal to the Russian source."""

import pytest
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from articles.models import (
    AnalyticalArticlePage,
    ArticleIndexPage,
    LongReadPage,
    VideoClipPage,
    VideoIndexPage,
)
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    CampaignPartner,
    PetitionPage,
    SocialPost,
)
from cms.models import Author, PageAuthor, PageTopic, Partner, Topic
from home.models import HomePage
from tests.conftest import fill_every_segment

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    return page


def test_translating_the_home_subtree_creates_kk_and_en_pages_in_their_own_trees(
    admin_client, locales, home, russian_tree, submit_translation
):
    response = submit_translation(admin_client, home, locales)
    assert response.status_code == 302

    for code in ("kk", "en"):
        locale = locales[code]
        for source in (home, *russian_tree.values()):
            if not isinstance(source, Page):
                continue
            translated = source.get_translation(locale)
            assert translated.locale == locale
            # A draft until translated and published: never Russian text on the kk site.
            assert not translated.live
            # The translation's parent is the translation of the source's parent: same tree shape.
            if source.depth > 2:
                assert (
                    translated.get_parent().specific
                    == source.get_parent().get_translation(locale).specific
                )
            else:
                assert translated.get_parent().is_root()
        assert TranslationSource.objects.get_for_instance(russian_tree["article"]) is not None


def test_synchronised_fields_equal_the_source_in_every_language(
    admin_client, locales, home, russian_tree, submit_translation
):
    submit_translation(admin_client, home, locales)
    article, campaign = russian_tree["article"], russian_tree["campaign"]
    petition, video = russian_tree["petition"], russian_tree["video"]

    for code in ("kk", "en"):
        locale = locales[code]
        kk_article = article.get_translation(locale)
        assert kk_article.publication_date == article.publication_date
        assert kk_article.hero_image_id == article.hero_image_id
        assert kk_article.campaign_id == campaign.pk
        assert kk_article.localized_campaign == campaign.get_translation(locale)

        kk_campaign = campaign.get_translation(locale)
        assert (kk_campaign.period_start, kk_campaign.period_end) == (
            campaign.period_start,
            campaign.period_end,
        )
        assert [i.value["target"] for i in kk_campaign.indicators] == [40]

        kk_petition = petition.get_translation(locale)
        for field in ("goal", "deadline", "state", "offline_signature_count"):
            assert getattr(kk_petition, field) == getattr(petition, field), field

        kk_video = video.get_translation(locale)
        for field in ("video_url", "duration_seconds", "thumbnail_id", "publication_date"):
            assert getattr(kk_video, field) == getattr(video, field), field


def test_translated_page_links_to_topics_and_authors_in_its_own_language(
    admin_client, locales, home, russian_tree, submit_translation
):
    submit_translation(admin_client, home, locales)
    kk_article = russian_tree["article"].get_translation(locales["kk"])
    kk_topic = russian_tree["topic"].get_translation(locales["kk"])

    assert [topic.pk for topic in kk_article.topics] == [kk_topic.pk]
    assert kk_topic.locale == locales["kk"]
    assert [author.locale for author in kk_article.authors] == [locales["kk"]]


def test_a_translator_changes_text_but_not_the_synchronised_fields(
    admin_client,
    locales,
    home,
    russian_tree,
    submit_translation,
    django_capture_on_commit_callbacks,
):
    submit_translation(admin_client, home, locales)
    petition = russian_tree["petition"]
    source = TranslationSource.objects.get_for_instance(petition)
    kk = locales["kk"]
    title_segment = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.create(
        translation_of=title_segment.string,
        locale=kk,
        context=title_segment.context,
        data="Заңды қабылдаңыз",
    )
    translation = Translation.objects.get(source=source, target_locale=kk)
    fill_every_segment(translation)  # only a complete translation goes live
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    kk_petition = PetitionPage.objects.get(translation_key=petition.translation_key, locale=kk)
    assert kk_petition.title == "Заңды қабылдаңыз"
    assert kk_petition.goal == 10_000
    assert kk_petition.deadline == petition.deadline


def test_source_change_to_a_synchronised_field_reaches_translations_on_sync(
    admin_client,
    locales,
    home,
    russian_tree,
    submit_translation,
    django_capture_on_commit_callbacks,
):
    submit_translation(admin_client, home, locales)
    petition = russian_tree["petition"]
    petition.goal = 20_000
    publish(petition)
    # «Sync translated pages» after publishing the source: what wagtail-localize runs.
    source, _ = TranslationSource.update_or_create_from_instance(petition)
    with django_capture_on_commit_callbacks(execute=True):
        for translation in Translation.objects.filter(source=source):
            fill_every_segment(translation)
            translation.save_target(publish=True)

    for code in ("kk", "en"):
        assert (
            PetitionPage.objects.get(
                translation_key=petition.translation_key, locale=locales[code]
            ).goal
            == 20_000
        )


@pytest.mark.parametrize(
    "model",
    [
        HomePage,
        ArticleIndexPage,
        AnalyticalArticlePage,
        LongReadPage,
        VideoIndexPage,
        VideoClipPage,
        CampaignIndexPage,
        CampaignPage,
        PetitionPage,
        Topic,
        Author,
        Partner,
        PageTopic,
        PageAuthor,
        CampaignPartner,
        SocialPost,
    ],  # fmt: skip
)
def test_every_model_states_its_translatable_fields_and_they_exist(model):
    declared = model.translatable_fields
    for declaration in declared:
        declaration.get_field(model)  # raises FieldDoesNotExist for a typo
    assert "title" in {d.field_name for d in declared} or not issubclass(model, Page)


def test_a_subclass_extends_its_parents_translatable_fields_instead_of_replacing_them():
    for model in (AnalyticalArticlePage, LongReadPage, VideoClipPage, PetitionPage, CampaignPage):
        parent_fields = {d.field_name for d in model.__mro__[1].translatable_fields}
        assert parent_fields <= {d.field_name for d in model.translatable_fields}, model
