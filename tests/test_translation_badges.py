"""The admin's page listing shows each page's translation states as small badges."""

import hashlib
import re
from pathlib import Path

import pytest
import wagtail
from django.urls import reverse

from tests.conftest import publish, translate
from tests.factories import AnalyticalArticlePageFactory
from translations.templatetags import translation_workflow as badges_module

pytestmark = pytest.mark.django_db
UPSTREAM = (
    Path(wagtail.__file__).parent
    / "admin/templates/wagtailadmin/pages/listing/_page_title_cell.html"
)


def test_the_page_listing_shows_translation_badges_read_once_per_listing(
    admin_client, article_index, locales, monkeypatch
):
    publish(article_index)
    published = publish(AnalyticalArticlePageFactory(parent=article_index, title="Переведено"))
    translate(published, locales["kk"])
    draft_only = publish(AnalyticalArticlePageFactory(parent=article_index, title="Без перевода"))
    translate(draft_only, locales["en"], published=False)
    for n in range(20):
        publish(AnalyticalArticlePageFactory(parent=article_index, title=f"Статья {n}"))
    url = reverse("wagtailadmin_explore", args=[article_index.pk])
    calls = []
    original = badges_module.translation_status

    def counting(pages):
        rows = original(pages)
        calls.append(len(rows))
        return rows

    monkeypatch.setattr(badges_module, "translation_status", counting)
    html = admin_client.get(url).content.decode()
    badges = re.findall(r'<span class="tb-badge tb-(\w+)" title="[^"]*">(\w\w)</span>', html)
    assert ("source", "ru") in badges
    assert ("published", "kk") in badges and ("missing", "en") in badges
    assert ("in_progress", "en") in badges  # the English draft of «Без перевода»
    assert len([b for b in badges if b[1] == "ru"]) == 22
    # One status read (4 queries) for the whole listing, not one per row.
    assert calls == [22]


def test_our_copy_of_the_title_cell_template_matches_upstream():
    # translations/templates/wagtailadmin/pages/listing/_page_title_cell.html adds one line to
    # Wagtail's; an upgrade that changes Wagtail's must be looked at.
    digest = hashlib.sha256(UPSTREAM.read_bytes()).hexdigest()
    assert digest == "53c35850fc524f3d981562a9a23181ed0df8165d88f9c55f5441be6d11eb6a55", digest
