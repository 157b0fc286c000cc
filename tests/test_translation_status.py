"""A translation's state (missing → in progress → ready → published → outdated) as the admin
report, a translator's dashboard queue and the public API show it."""

import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.conftest import fill_every_segment
from translations.roles import TRANSLATORS
from translations.status import State, translation_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def kk_translator(db):
    user = get_user_model().objects.create_user(
        username="aigerim", email="aigerim@tendik.kz", password="x"
    )
    user.groups.add(Group.objects.get(name=TRANSLATORS["kk"]))
    return user


def translation_into(page, code):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=code
    )


def translate_everything(translation, text="Қазақша мәтін"):
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": text},
        )


def publish_kazakh(home, django_capture_on_commit_callbacks):
    """Publishes every Kazakh translation of the tree (what reviewers approve)."""
    with django_capture_on_commit_callbacks(execute=True):
        for translation in Translation.objects.filter(target_locale__language_code="kk"):
            fill_every_segment(translation, "Аударма")  # only complete translations go live
            translation.save_target(publish=True)


def state_of(page, code):
    source = Page.objects.get(pk=page.pk)
    return translation_status([source], [code])[0].cells[code]


def test_states_follow_the_work_from_missing_to_published(
    admin_client,
    locales,
    home,
    russian_tree,
    submit_translation,
    django_capture_on_commit_callbacks,
):
    article = russian_tree["article"]
    assert state_of(article, "kk").state == State.MISSING
    submit_translation(admin_client, home, locales)
    cell = state_of(article, "kk")
    assert cell.state == State.IN_PROGRESS and cell.percent == 0
    translation = translation_into(article, "kk")
    segment = StringSegment.objects.filter(source=translation.source).first()
    StringTranslation.objects.create(
        translation_of=segment.string, locale=locales["kk"], context=segment.context, data="Бір"
    )
    assert 0 < state_of(article, "kk").percent < 100
    translate_everything(translation)
    cell = state_of(article, "kk")
    assert cell.state == State.READY and cell.percent == 100
    publish_kazakh(home, django_capture_on_commit_callbacks)
    assert state_of(article, "kk").state == State.PUBLISHED
    assert state_of(article, "en").state == State.IN_PROGRESS


def test_republishing_the_source_makes_the_translation_outdated_everywhere_until_synced_and_published(
    admin_client,
    client,
    api,
    kk_translator,
    locales,
    home,
    russian_tree,
    submit_translation,
    django_capture_on_commit_callbacks,
):
    submit_translation(admin_client, home, locales)
    article = russian_tree["article"]
    translate_everything(translation_into(article, "kk"))
    publish_kazakh(home, django_capture_on_commit_callbacks)
    kazakh = article.get_translation(locales["kk"])

    def api_says_outdated():
        page = api.get(f"/api/v1/pages/{article.pk}/").data_json
        by_locale = {each["locale"]: each["outdated"] for each in page["translations"]}
        assert by_locale["ru"] is False
        return by_locale["kk"]

    def report_cell():
        html = admin_client.get("/admin/translations/status/", {"language": "kk"}).content.decode()
        row = html[html.index(article.title) :]
        return row[: row.index("</tr>")]

    def in_queue():
        client.force_login(kk_translator)
        html = client.get("/admin/").content.decode()
        queue = html[html.index("translation-queue-kk") :]
        return 'data-state="outdated"' in queue and article.title in queue

    assert not api_says_outdated()
    assert "tw-published" in report_cell()

    article.title = "Зачем нужен закон о равенстве"
    article.save_revision().publish()
    assert api_says_outdated()
    assert "tw-outdated" in report_cell()
    assert "/admin/localize/update/" in report_cell()  # the cell links to the sync screen
    assert in_queue()

    # Syncing alone updates the draft; readers still see the old text, so it stays outdated.
    source_id = translation_into(article, "kk").source_id
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/localize/update/{source_id}/", {})
    assert api_says_outdated()
    # Syncing and publishing (the sync screen's own checkbox) clears it, once the changed title
    # is translated: an untranslated segment would go live in Russian, so that is refused.
    translate_everything(translation_into(article, "kk"))
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(f"/admin/localize/update/{source_id}/", {"publish_translations": "on"})
    assert not api_says_outdated()
    assert "tw-published" in report_cell()
    assert type(kazakh).objects.get(pk=kazakh.pk).live


def test_a_translator_starts_a_missing_translation_from_the_queue(
    kk_translator, locales, home, russian_tree, django_capture_on_commit_callbacks
):
    # The Kazakh home exists (an administrator made the tree) but nothing below it.
    kk_home = home.copy_for_translation(locales["kk"])
    article = russian_tree["article"]
    # A browser's request: the queue's «Translate» form must carry its CSRF token.
    client = Client(enforce_csrf_checks=True)
    client.force_login(kk_translator)
    dashboard = client.get("/admin/").content.decode()
    queue = dashboard[dashboard.index("translation-queue-kk") :]
    assert article.title in queue
    action = f"/admin/translations/page/{article.pk}/translate/kk/"
    form = queue[queue.index(f'action="{action}"') :]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form[: form.index("</form>")])
    assert token, "the queue's form has no CSRF token"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action, {"csrfmiddlewaretoken": token[1]})
    kazakh = article.get_translation(locales["kk"])
    assert response.status_code == 302 and response["Location"].endswith(f"/{kazakh.pk}/edit/")
    assert not kazakh.live and kazakh.get_parent().get_parent().pk == kk_home.pk
    # Not into English, which is not theirs.
    response = client.post(f"/admin/translations/page/{article.pk}/translate/en/")
    assert response.status_code in {302, 403}
    assert not article.has_translation(locales["en"])


def test_the_report_filters_by_language_state_type_and_campaign(
    admin_client, locales, home, russian_tree, submit_translation
):
    submit_translation(admin_client, home, locales)
    petition, article = russian_tree["petition"], russian_tree["article"]
    from django.contrib.contenttypes.models import ContentType

    petition_type = ContentType.objects.get_for_model(type(petition)).pk
    html = admin_client.get("/admin/translations/status/", {"type": petition_type}).content.decode()
    assert petition.title in html and article.title not in html
    campaign = russian_tree["campaign"]
    html = admin_client.get("/admin/translations/status/", {"campaign": campaign.pk}).content
    assert petition.title in html.decode() and russian_tree["video"].title not in html.decode()
    html = admin_client.get(
        "/admin/translations/status/?" + urlencode({"state": "published"})
    ).content.decode()
    assert 'class="tw-grid"' not in html  # nothing is published in kk or en yet
    bad = admin_client.get("/admin/translations/status/", {"state": "nonsense", "type": "x"})
    assert bad.status_code == 200  # a bad filter is ignored, not an error page
