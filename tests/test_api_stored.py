"""Pages are served from JSON stored at publish time (api/stored_payloads.py); these tests show that what
is stored follows every change an editor makes outside the page itself, and that editors'
text cannot forge the markers the stored JSON carries."""

import pytest

from api.models import PayloadDependency, PublicPage
from api.stored_payloads import invalidate, missing_payload
from tests import factories
from tests.conftest import publish

pytestmark = pytest.mark.django_db


def page(api, page_id):
    return api.get(f"/api/v1/pages/{page_id}/").data_json


def card(api, page_id, **filters):
    items = api.get("/api/v1/pages/", {"locale": "ru", "limit": 100, **filters}).data_json["items"]
    return next(item for item in items if item["id"] == page_id)


def stored(page_id):
    return PublicPage.objects.values("card_json", "payload_json").get(pk=page_id)


def test_publishing_stores_the_card_and_the_page(published_site):
    row = stored(published_site["article"].pk)
    assert "Почему нужен закон" in row["card_json"]
    assert "Что говорит закон" in row["payload_json"]
    # What changes without a publish is not stored but added per request.
    assert '"translations"' not in row["payload_json"]
    assert '"breadcrumbs"' not in row["payload_json"]


def test_an_image_edit_reaches_every_page_and_card_that_shows_it(api, published_site):
    article, long_read = published_site["article"], published_site["long_read"]
    image = published_site["image"]
    assert page(api, article.pk)["image"]["title"] == "Картина"
    image.title = "Митинг у здания парламента"
    image.save()
    # Only the pages showing the image lose their stored JSON.
    assert stored(article.pk)["payload_json"] is None
    assert stored(published_site["campaign"].pk)["payload_json"] is None
    assert stored(long_read.pk)["payload_json"] is not None

    shown = page(api, article.pk)
    assert shown["image"]["title"] == "Митинг у здания парламента"
    assert shown["body"][2]["value"]["image"]["title"] == "Митинг у здания парламента"
    assert shown["authors"][0]["photo"]["title"] == "Митинг у здания парламента"
    assert card(api, article.pk)["image"]["title"] == "Митинг у здания парламента"
    # The read stored what it built.
    assert "Митинг" in stored(article.pk)["payload_json"]
    assert "Митинг" in stored(article.pk)["card_json"]


def test_renaming_a_topic_author_or_partner_shows_without_republishing(api, published_site):
    article, campaign = published_site["article"], published_site["campaign"]
    page(api, article.pk), page(api, campaign.pk)
    topic = published_site["topic"]
    topic.name = "Права человека"
    topic.save()
    author = article.page_authors.get().author
    author.name = "Айгерім Сапарқызы"
    author.save()
    partner = campaign.campaign_partners.get().partner
    partner.name = "Фонд «Сорос-Қазақстан»"
    partner.save()

    shown = page(api, article.pk)
    assert [each["name"] for each in shown["topics"]] == ["Права человека"]
    assert [each["name"] for each in shown["authors"]] == ["Айгерім Сапарқызы"]
    assert [each["name"] for each in card(api, article.pk)["topics"]] == ["Права человека"]
    assert [each["name"] for each in page(api, campaign.pk)["donors"]] == ["Фонд «Сорос-Қазақстан»"]


def test_deleting_a_linked_document_removes_the_link_target(api, published_site):
    article = published_site["article"]
    document = published_site["document"]
    assert document.file.url in page(api, article.pk)["body"][1]["value"]
    document.delete()
    paragraph = page(api, article.pk)["body"][1]["value"]
    assert "<a>проект</a>" in paragraph
    assert "proekt-zakona" not in paragraph


def test_a_campaign_lists_pages_published_after_it(api, published_site):
    campaign = published_site["campaign"]
    page(api, campaign.pk)
    later = publish(factories.PetitionPageFactory(parent=campaign, title="Вторая петиция"))
    petitions = page(api, campaign.pk)["related"]["petitions"]
    assert later.pk in [each["id"] for each in petitions]
    later.unpublish()
    petitions = page(api, campaign.pk)["related"]["petitions"]
    assert later.pk not in [each["id"] for each in petitions]


def test_a_read_does_not_store_a_payload_built_before_a_change(published_site):
    """A read that found no payload builds one; if an editor changed something it shows while it
    was building, storing it would bring the old content back for good."""
    article = published_site["article"]
    invalidate(PayloadDependency.Kind.IMAGE, [published_site["image"].pk])
    generation = PublicPage.objects.get(pk=article.pk).payload_generation
    # The editor's change lands while the read is building the payload...
    invalidate(PayloadDependency.Kind.TOPIC, [published_site["topic"].pk])
    built = missing_payload(article.pk, generation)
    assert "Почему нужен закон" in built  # ...so the read answers with what it built,
    assert stored(article.pk)["payload_json"] is None  # but leaves it to the next read.

    generation = PublicPage.objects.get(pk=article.pk).payload_generation
    missing_payload(article.pk, generation)
    assert stored(article.pk)["payload_json"] is not None


def test_text_typed_by_editors_cannot_forge_stored_markers(api, article_index):
    """Media URLs and page links are stored with control characters as markers; the same
    characters in an editor's text are dropped, so they never turn into a host or a link."""
    publish(article_index)
    article = publish(
        factories.AnalyticalArticlePageFactory(
            parent=article_index,
            title="Заголовок \x01/media/x",
            slug="markery",
            summary="Кратко \x02" + "0" * 32 + ".1\x02",
            body=[("paragraph", '<p><a href="\x01/evil">ссылка</a> \x02</p>')],
        )
    )
    shown = api.get(f"/api/v1/pages/{article.pk}/")
    assert b"testserver/media/x" not in shown.content
    assert b"testserver/evil" not in shown.content
    assert shown.data_json["title"] == "Заголовок /media/x"
    assert "\x01" not in shown.content.decode() and "\x02" not in shown.content.decode()
    listed = api.get("/api/v1/pages/", {"locale": "ru"})
    assert b"\\u0001" not in listed.content and b"\\u0002" not in listed.content
