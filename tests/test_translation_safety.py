"""Syncing warns before it overwrites hand edits, and no translation goes live before its source
(wagtail-localize#876, #553, #634)."""

import pytest
from wagtail_localize.models import Translation

from cms.models import PublishBeforeSourceError
from tests.conftest import fill_every_segment

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated(admin_client, locales, home, russian_tree, submit_translation):
    submit_translation(admin_client, home, locales)
    article = russian_tree["article"]
    kazakh = article.get_translation(locales["kk"]).specific
    # Complete, so that only the source's state decides here.
    fill_every_segment(
        Translation.objects.get(
            source__object_id=article.translation_key, target_locale=locales["kk"]
        )
    )
    return article, kazakh


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_the_sync_screen_lists_fields_edited_by_hand_first(admin_client, translated):
    article, kazakh = translated
    source_id = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=kazakh.locale
    ).source_id
    clean = admin_client.get(f"/admin/localize/update/{source_id}/")
    assert clean.status_code == 200
    assert not [m for m in messages_of(clean) if "Заголовок" in m]

    # Someone edits the Kazakh page outside the translation editor (here: in code).
    kazakh.title = "Заң не үшін керек (қолмен)"
    kazakh.summary = "Қолмен жазылған аңдатпа"
    kazakh.save_revision()
    warned = messages_of(admin_client.get(f"/admin/localize/update/{source_id}/"))
    hand_edit = next(m for m in warned if "Заголовок" in m)
    # The admin speaks Russian by default: Заголовок (title), Анонс (summary), not the body.
    assert "Заголовок" in hand_edit and "Анонс" in hand_edit and "Основной текст" not in hand_edit


def test_a_translation_cannot_be_published_before_its_source(
    admin_client, translated, django_capture_on_commit_callbacks
):
    article, kazakh = translated
    article.unpublish()
    # From the translation editor, the translator reads why.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/pages/{kazakh.pk}/edit/", {"action": "publish"}, follow=True
        )
    assert any(
        kazakh.title in message and "не опубликована" in message
        for message in messages_of(response)
    )
    assert not type(kazakh).objects.get(pk=kazakh.pk).live
    # Every other way (workflows, bulk actions, scheduled publishing, code) is refused too.
    with pytest.raises(PublishBeforeSourceError):
        kazakh.save_revision().publish()
    assert not type(kazakh).objects.get(pk=kazakh.pk).live

    article.save_revision().publish()
    kazakh.save_revision().publish()
    assert type(kazakh).objects.get(pk=kazakh.pk).live
