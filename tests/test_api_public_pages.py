"""The API's table of public pages, kept current by signals, always equals a rebuild from the
page tree — stored JSON included — whatever editors did in between."""

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from api.models import PublicPage
from api.public_pages import front_end_path
from api.stored import fill_missing
from tests import factories
from tests.conftest import publish, translate

pytestmark = pytest.mark.django_db

COMPARED = [
    "page_id", "language", "translation_key", "type", "title", "sort_title", "slug", "url",
    "tree_path", "depth", "show_in_menus", "summary", "image_id", "campaign_key", "word_count",
]  # fmt: skip


def snapshot():
    fill_missing()  # what reads would build for the pages whose stored JSON was cleared
    rows = {
        row["page_id"]: row
        for row in PublicPage.objects.values(*COMPARED, "card_json", "payload_json")
    }
    topics = {
        entry.page_id: sorted(entry.topics.values_list("pk", flat=True))
        for entry in PublicPage.objects.all()
    }
    return rows, topics


def test_signals_keep_the_table_equal_to_a_rebuild(
    published_site, locales, django_capture_on_commit_callbacks
):
    site = published_site
    with django_capture_on_commit_callbacks(execute=True):
        # A slug change moves the URL of everything below.
        index = site["article_index"]
        index.slug = "analitika-i-issledovaniia"
        publish(index)
        translate(site["long_read"], locales["en"])
        site["video"].move(site["home"], pos="last-child")
        site["target"].unpublish()
        site["long_read"].create_alias(parent=site["home"], update_slug="kopiia")
        PageViewRestriction.objects.create(
            page=site["campaign"], restriction_type=PageViewRestriction.LOGIN
        )
        factories.AnalyticalArticlePageFactory(parent=index, title="Черновик", live=False)
        Page.objects.get(pk=site["petition"].pk).delete()
        # Snippets shown inside stored JSON.
        site["image"].title = "Картина маслом"
        site["image"].save()
        site["topic"].name = "Права человека"
        site["topic"].save()
    by_signals = snapshot()
    assert by_signals[0], "the scenario leaves public pages"
    call_command("index_public_pages", stdout=open("/dev/null", "w"))
    assert snapshot() == by_signals


def test_every_url_in_the_table_is_what_wagtail_serves(client, published_site):
    for entry in PublicPage.objects.select_related("page"):
        page = entry.page.specific
        assert entry.url == page.url == front_end_path(page)
        assert client.get(entry.url).status_code == 200


def test_a_private_section_hides_its_pages_until_the_restriction_is_lifted(published_site):
    restriction = PageViewRestriction.objects.create(
        page=published_site["article_index"], restriction_type=PageViewRestriction.LOGIN
    )
    assert not PublicPage.objects.filter(page_id=published_site["article"].pk).exists()
    restriction.delete()
    assert PublicPage.objects.filter(page_id=published_site["article"].pk).exists()
