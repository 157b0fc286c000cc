"""/api/v1/pages/: lists, full pages of every type, and path resolution, over HTTP."""

import pytest
from wagtail.models import PageViewRestriction

from campaigns.models import PetitionPage
from tests import factories
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db


def ids(response):
    return [item["id"] for item in response.data_json["items"]]


def test_list_gives_summaries_of_published_pages_newest_first(api, published_site):
    response = api.get("/api/v1/pages/", {"locale": "ru", "type": "article"})
    assert response.status_code == 200
    article, target = published_site["article"], published_site["target"]
    assert ids(response) == [article.pk, target.pk]
    first = response.data_json["items"][0]
    assert first["url"] == "/ru/analitika/pochemu-nuzhen-zakon/"
    assert first["topics"] == [{"id": published_site["topic"].pk, "slug": "pravo", "name": "Право"}]
    assert set(first["image"]["renditions"]) == {"card", "wide", "og"}
    assert first["image"]["renditions"]["og"]["width"] == 1200
    assert first["image"]["renditions"]["og"]["height"] == 630
    assert first["image"]["renditions"]["card"]["url"].startswith("http://testserver/media/")
    assert response.data_json["meta"] == {"total_count": 2, "limit": 20, "offset": 0}


def test_list_filters_by_locale_type_topic_and_campaign(api, published_site):
    kazakh = api.get("/api/v1/pages/", {"locale": "kk"})
    assert published_site["kazakh_article"].pk in ids(kazakh)
    assert {item["locale"] for item in kazakh.data_json["items"]} == {"kk"}

    several = api.get("/api/v1/pages/", {"locale": "ru", "type": "video_clip,petition"})
    assert set(ids(several)) == {published_site["video"].pk, published_site["petition"].pk}

    on_topic = api.get("/api/v1/pages/", {"topic": "pravo", "locale": "ru"})
    assert ids(on_topic) == [published_site["article"].pk]

    campaign = published_site["campaign"]
    in_campaign = api.get("/api/v1/pages/", {"campaign": campaign.pk, "locale": "ru"})
    assert set(ids(in_campaign)) == {
        published_site["article"].pk,
        published_site["video"].pk,
        published_site["petition"].pk,
        published_site["event"].pk,
        published_site["consultation"].pk,
    }
    # The Kazakh article belongs to the same campaign, asked for by the Russian campaign's id.
    kazakh_in_campaign = api.get("/api/v1/pages/", {"campaign": campaign.pk, "locale": "kk"})
    assert ids(kazakh_in_campaign) == [published_site["kazakh_article"].pk]


def test_limit_and_offset_page_through_with_a_total(api, published_site):
    everything = api.get("/api/v1/pages/", {"locale": "ru", "limit": 100})
    total = everything.data_json["meta"]["total_count"]
    assert total == len(everything.data_json["items"]) >= 8
    second = api.get("/api/v1/pages/", {"locale": "ru", "limit": 3, "offset": 3})
    assert ids(second) == ids(everything)[3:6]
    beyond = api.get("/api/v1/pages/", {"locale": "ru", "offset": 500})
    assert beyond.data_json["items"] == [] and beyond.data_json["meta"]["total_count"] == total


def test_title_ordering_follows_the_kazakh_alphabet(api, article_index, locales):
    publish(article_index)
    kazakh_index = translate(article_index, locales["kk"])
    titles = ["Ұлттық заң", "Үкімет", "Әйелдер құқығы", "Ана тілі", "Бала", "Өкілдер", "Яғни"]
    for title in titles:
        publish(factories.AnalyticalArticlePageFactory(parent=kazakh_index, title=title))
    response = api.get("/api/v1/pages/", {"locale": "kk", "type": "article", "ordering": "title"})
    got = [item["title"] for item in response.data_json["items"]]
    assert got == ["Ана тілі", "Әйелдер құқығы", "Бала", "Өкілдер", "Ұлттық заң", "Үкімет", "Яғни"]
    backwards = api.get("/api/v1/pages/", {"locale": "kk", "type": "article", "ordering": "-title"})
    assert [item["title"] for item in backwards.data_json["items"]] == got[::-1]


def test_full_article_carries_meta_translations_authors_and_body(api, published_site):
    article = published_site["article"]
    response = api.get(f"/api/v1/pages/{article.pk}/")
    assert response.status_code == 200
    page = response.data_json
    assert page["type"] == "article" and page["locale"] == "ru"
    assert page["meta"]["seo_title"] == "Почему нужен закон"
    assert page["meta"]["social_image"]["width"] == 1200
    assert page["translations"] == [
        {
            "locale": "ru",
            "id": article.pk,
            "url": article.url,
            "title": article.title,
            "outdated": False,
        },
        {
            "locale": "kk",
            "id": published_site["kazakh_article"].pk,
            "url": published_site["kazakh_article"].url,
            "title": published_site["kazakh_article"].title,
            "outdated": False,
        },
    ]
    assert [crumb["url"] for crumb in page["breadcrumbs"]] == ["/ru/", "/ru/analitika/"]
    assert page["authors"][0]["name"] == "Айгерім Сапарова"
    assert page["authors"][0]["photo"]["renditions"]["card"]["width"] == 640
    assert page["campaign"]["url"] == published_site["campaign"].url
    assert [block["type"] for block in page["body"]] == ["heading", "paragraph", "image"]
    assert page["body"][2]["value"]["alt"] == "Подпись"  # no alt text of its own: the caption
    assert page["reading_time_minutes"] == 1


def test_rich_text_links_point_at_front_end_paths_in_the_readers_language(
    api, published_site, locales
):
    target = published_site["target"]
    document = published_site["document"]
    russian = api.get(f"/api/v1/pages/{published_site['article'].pk}/").data_json
    paragraph = russian["body"][1]["value"]
    assert f'href="{target.url}"' in paragraph
    assert f'href="http://testserver{document.file.url}"' in paragraph
    assert "linktype" not in paragraph

    kazakh_id = published_site["kazakh_article"].pk
    # No Kazakh version of the linked page yet: the link falls back to the Russian one.
    assert (
        'href="/ru/analitika/tsel/"'
        in api.get(f"/api/v1/pages/{kazakh_id}/").data_json["body"][1]["value"]
    )
    kazakh_target = translate(target, locales["kk"])
    kazakh = api.get(f"/api/v1/pages/{kazakh_id}/").data_json
    assert f'href="{kazakh_target.url}"' in kazakh["body"][1]["value"]

    target.unpublish()
    kazakh_target.unpublish()
    unlinked = api.get(f"/api/v1/pages/{kazakh_id}/").data_json["body"][1]["value"]
    assert "<a>статью</a>" in unlinked or "<a>" in unlinked
    assert "/tsel/" not in unlinked


def test_long_read_has_a_table_of_contents_and_reading_time(api, article_index):
    publish(article_index)
    words = " ".join(["слово"] * 450)
    long_read = publish(
        factories.LongReadPageFactory(
            parent=article_index,
            chapters=[
                (
                    "chapter",
                    {"title": "Введение", "anchor": "", "body": [("paragraph", f"<p>{words}</p>")]},
                ),
                ("chapter", {"title": "Введение", "anchor": "", "body": []}),
                ("chapter", {"title": "Итоги", "anchor": "itogi", "body": []}),
            ],
        )
    )
    page = api.get(f"/api/v1/pages/{long_read.pk}/").data_json
    assert page["table_of_contents"] == [
        {"title": "Введение", "anchor": "vvedenie"},
        {"title": "Введение", "anchor": "vvedenie-2"},
        {"title": "Итоги", "anchor": "itogi"},
    ]
    assert [chapter["anchor"] for chapter in page["chapters"]] == [
        "vvedenie",
        "vvedenie-2",
        "itogi",
    ]
    assert page["chapters"][0]["body"][0]["type"] == "paragraph"
    assert page["reading_time_minutes"] == 3  # 450+ words at 200 a minute


def test_video_clip_gives_provider_id_and_captions_without_network(api, video_index):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    publish(video_index)
    video = factories.VideoClipPageFactory(
        parent=video_index, video_url="https://youtu.be/dQw4w9WgXcQ?t=10", duration_seconds=154
    )
    track = get_document_model().objects.create(
        title="kk", file=ContentFile(b"WEBVTT\n", name="captions-kk.vtt")
    )
    video.captions.create(language="kk", file=track)
    publish(video)
    page = api.get(f"/api/v1/pages/{video.pk}/").data_json
    assert page["video"] == {
        "provider": "youtube",
        "video_id": "dQw4w9WgXcQ",
        "canonical_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "file": None,
    }
    assert page["duration_seconds"] == 154
    assert page["captions"] == [{"locale": "kk", "url": f"http://testserver{track.file.url}"}]


def test_campaign_lists_period_donors_indicators_and_its_own_pages(api, published_site):
    campaign = published_site["campaign"]
    draft = factories.AnalyticalArticlePageFactory(
        parent=published_site["article_index"], title="Черновик", campaign=campaign, live=False
    )
    draft.save_revision()
    page = api.get(f"/api/v1/pages/{campaign.pk}/").data_json
    assert page["period"] == {"start": "2022-09-01", "end": "2024-02-28"}
    assert [donor["name"] for donor in page["donors"]] == ["Фонд Сорос-Казахстан"]
    assert page["partners"] == []
    assert page["indicators"] == [
        {
            "label": "Обучено журналистов",
            "target": 40,
            "achieved": 40,
            "percent": 100,
            "source": "manual",
            "measure": None,
            "audiences": [],
            "reached_on": None,
            "evidence": [],
        }
    ]
    related = page["related"]
    assert [item["id"] for item in related["articles"]] == [published_site["article"].pk]
    assert [item["id"] for item in related["videos"]] == [published_site["video"].pk]
    assert [item["id"] for item in related["petitions"]] == [published_site["petition"].pk]
    assert all(item["locale"] == "ru" for group in related.values() for item in group)


def test_petition_count_is_shared_by_translations_and_no_signer_data_leaks(
    api, published_site, locales
):
    petition = published_site["petition"]
    PetitionPage.objects.filter(pk=petition.pk).update(offline_signature_count=5)
    kazakh = translate(PetitionPage.objects.get(pk=petition.pk), locales["kk"])
    from django.utils import timezone

    factories.SignatureFactory(
        petition_key=petition.translation_key,
        email="secret.signer@example.kz",
        full_name="Тайный Подписант",
        confirmed_at=timezone.now(),
    )
    factories.SignatureFactory(petition_key=petition.translation_key, locale="kk")  # unconfirmed
    for page_id in (petition.pk, kazakh.pk):
        response = api.get(f"/api/v1/pages/{page_id}/")
        assert response.data_json["signature_count"] == 6
        assert response.data_json["goal"] == 5000
        assert response.data_json["percent"] == 0
        assert response.data_json["state"] == "open" and response.data_json["is_open"] is True
        assert b"secret.signer" not in response.content
        assert "Тайный".encode() not in response.content


def test_petition_cards_carry_their_figures_so_a_delivered_petition_does_not_look_open(
    api, published_site, locales, django_assert_num_queries
):
    import datetime

    from django.utils import timezone

    campaign = published_site["campaign"]
    delivered = publish(
        factories.PetitionPageFactory(
            parent=campaign,
            title="Петиция 2021 года",
            goal=5000,
            deadline=datetime.date(2021, 12, 10),
            state=PetitionPage.State.DELIVERED,
            offline_signature_count=1250,
        )
    )
    expired = publish(
        factories.PetitionPageFactory(parent=campaign, deadline=datetime.date(2022, 1, 1))
    )
    kazakh = translate(PetitionPage.objects.get(pk=delivered.pk), locales["kk"])
    factories.SignatureFactory(
        petition_key=delivered.translation_key, locale="kk", confirmed_at=timezone.now()
    )
    listing = api.get("/api/v1/pages/", {"locale": "ru", "type": "petition"})
    cards = {card["id"]: card for card in listing.data_json["items"]}  # checked by the contract
    assert {
        key: cards[delivered.pk][key]
        for key in ("goal", "deadline", "state", "signature_count", "percent", "is_open")
    } == {
        "goal": 5000,
        "deadline": "2021-12-10",
        "state": "delivered",
        "signature_count": 1251,
        "percent": 25,
        "is_open": False,
    }
    assert cards[expired.pk]["state"] == "open" and cards[expired.pk]["is_open"] is False
    assert cards[published_site["petition"].pk]["is_open"] is True
    # The same figures in every language, as on the petition's page.
    kazakh_card = api.get("/api/v1/pages/", {"locale": "kk", "type": "petition"}).data_json
    assert kazakh_card["items"][0]["id"] == kazakh.pk
    assert kazakh_card["items"][0]["signature_count"] == 1251
    # Other cards stay as they were; a campaign's related petitions get the figures too.
    article = api.get("/api/v1/pages/", {"locale": "ru", "type": "article"}).data_json
    assert "signature_count" not in article["items"][0]
    related = api.get(f"/api/v1/pages/{campaign.pk}/").data_json["related"]["petitions"]
    assert {card["id"]: card["state"] for card in related}[delivered.pk] == "delivered"
    # One more query for all the petitions of a list: the count, the window, the figures.
    api.get("/api/v1/pages/", {"type": "petition"})
    with django_assert_num_queries(3):
        api.get("/api/v1/pages/", {"type": "petition"})


def test_find_resolves_locale_prefixed_paths(api, published_site):
    kazakh = published_site["kazakh_article"]
    response = api.get("/api/v1/pages/find/", {"path": kazakh.url})
    assert response.status_code == 200
    assert response.data_json["id"] == kazakh.pk and response.data_json["locale"] == "kk"
    without_slash = api.get("/api/v1/pages/find/", {"path": kazakh.url.rstrip("/")})
    assert without_slash.data_json["id"] == kazakh.pk
    home = api.get("/api/v1/pages/find/", {"path": "/ru/"})
    assert home.data_json["type"] == "home"
    assert api.get("/api/v1/pages/find/", {"path": "/kk/no-such-page/"}).status_code == 404
    assert api.get("/api/v1/pages/find/", {"path": "/de/"}).status_code == 400
    assert api.get("/api/v1/pages/find/").status_code == 400


def test_find_answers_a_redirect_after_a_slug_change(
    api, published_site, django_capture_on_commit_callbacks
):
    article = published_site["article"]
    old_url = article.url
    article.slug = "novyi-adres"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail makes redirects on commit
        article.save_revision().publish()
    response = api.get("/api/v1/pages/find/", {"path": old_url})
    assert response.status_code == 200
    assert response.data_json == {
        "type": "redirect",
        "path": old_url,
        "location": "/ru/analitika/novyi-adres/",
        "permanent": True,
    }
    moved = api.get("/api/v1/pages/find/", {"path": "/ru/analitika/novyi-adres/"})
    assert moved.data_json["id"] == article.pk


def test_drafts_private_pages_and_unpublished_translations_are_never_public(
    api, published_site, locales
):
    article = published_site["article"]
    index = published_site["article_index"]
    draft = factories.AnalyticalArticlePageFactory(parent=index, title="Черновик", live=False)
    draft.save_revision()
    english = translate(article, locales["en"], published=False)
    private = publish(factories.AnalyticalArticlePageFactory(parent=index, title="Закрытая"))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    listed = ids(api.get("/api/v1/pages/", {"limit": 100}))
    for hidden in (draft, english, private):
        assert hidden.pk not in listed
        assert api.get(f"/api/v1/pages/{hidden.pk}/").status_code == 404
    assert api.get("/api/v1/pages/find/", {"path": "/ru/analitika/zakrytaia/"}).status_code == 404
    locales_listed = [
        t["locale"] for t in api.get(f"/api/v1/pages/{article.pk}/").data_json["translations"]
    ]
    assert locales_listed == ["ru", "kk"]  # the English draft is not even mentioned

    # A restriction on a section hides everything below it.
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    assert api.get(f"/api/v1/pages/{article.pk}/").status_code == 404
    assert article.pk not in ids(api.get("/api/v1/pages/", {"limit": 100}))


def test_unpublishing_hides_a_page_and_its_aliases(api, published_site):
    target = published_site["target"]
    alias = target.create_alias(parent=published_site["home"], update_slug="psevdonim")
    assert api.get(f"/api/v1/pages/{alias.pk}/").status_code == 200
    target.unpublish()
    assert api.get(f"/api/v1/pages/{target.pk}/").status_code == 404
    assert api.get(f"/api/v1/pages/{alias.pk}/").status_code == 404
