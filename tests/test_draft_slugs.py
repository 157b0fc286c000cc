"""Every path that creates a page gives it a transliterated slug (issue 16, item 5b): Wagtail
cleans a draft through `minimal_clean`, which filled an empty slug with Django's `slugify`, so a
draft titled in Kazakh or Russian was saved with the slug "" and the next one failed with
"slug '' already in use"."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from articles.models import AnalyticalArticlePage
from tests.test_admin import add_article

pytestmark = pytest.mark.django_db


def draft(title):
    return AnalyticalArticlePage(
        title=title, live=False, publication_date=datetime.date(2024, 3, 8)
    )


def test_a_draft_created_in_code_without_a_slug_gets_a_transliterated_one(article_index):
    page = article_index.add_child(instance=draft("Қазақстандағы кемсітушілік"))
    assert Page.objects.get(pk=page.pk).slug == "qazaqstandaghy-kemsitushilik"
    assert not page.live


def test_a_second_draft_with_the_same_title_gets_a_numbered_slug(article_index):
    first = article_index.add_child(instance=draft("Дискриминация на работе"))
    second = article_index.add_child(instance=draft("Дискриминация на работе"))
    assert [Page.objects.get(pk=page.pk).slug for page in (first, second)] == [
        "diskriminatsiia-na-rabote",
        "diskriminatsiia-na-rabote-2",
    ]


def test_the_revision_of_a_new_draft_carries_the_same_slug_and_publishes_at_it(article_index):
    page = article_index.add_child(instance=draft("Әйелдер құқығы"))
    revision = page.save_revision()
    assert revision.content["slug"] == Page.objects.get(pk=page.pk).slug == "aielder-quqyghy"
    revision.publish()
    assert Page.objects.get(pk=page.pk).url_path.endswith("/aielder-quqyghy/")


def test_a_draft_whose_title_has_no_letters_is_refused_not_saved_without_a_slug(article_index):
    with pytest.raises(ValidationError) as refusal:
        article_index.add_child(instance=draft("— … —"))
    assert "slug" in refusal.value.message_dict
    assert not AnalyticalArticlePage.objects.exists()


def test_drafts_saved_from_the_admin_with_an_empty_slug_get_transliterated_slugs(
    admin_client, article_index
):
    # «Save draft» in the page editor, twice, with the slug left empty (no JavaScript).
    for _ in range(2):
        response = add_article(admin_client, article_index, title="Көші-қон құқығы", slug="")
        assert response.status_code == 302
    assert sorted(AnalyticalArticlePage.objects.values_list("slug", "live")) == [
        ("koshi-qon-quqyghy", False),
        ("koshi-qon-quqyghy-2", False),
    ]
