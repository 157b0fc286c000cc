"""Roles hold on wagtail-localize's own paths too (issue 15, findings 1, 3, 4 and 14): every
request goes over HTTP as a browser sends it, CSRF checks on, as users of the real roles."""

import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Page, PageLogEntry
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.models import Topic
from tests.factories import TopicFactory
from translations.roles import EDITORS, REVIEWERS, TRANSLATORS

pytestmark = pytest.mark.django_db


def browser_for(user):
    """A client that behaves like a browser: CSRF enforced, the token taken from a form."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.get("/admin/")  # sets the CSRF cookie, as any admin page does
    return client


def csrf(client):
    return client.cookies["csrftoken"].value


def form_post(client, url, data=None):
    return client.post(url, {**(data or {}), "csrfmiddlewaretoken": csrf(client)})


def editor_put(client, url, value):
    """What wagtail-localize's translation editor sends for a segment."""
    return client.put(
        url,
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
        HTTP_X_CSRFTOKEN=csrf(client),
    )


def refused(response):
    """Wagtail's admin answers a refusal with 403, or redirects to the dashboard with
    "permission denied" (its wrapper around admin URLs)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def member_of(group_name, username):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@tendik.kz", password="x"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def people(db):
    return {
        "editor": member_of(EDITORS, "editor"),
        "reviewer": member_of(REVIEWERS, "reviewer"),
        "kk": member_of(TRANSLATORS["kk"], "kk-translator"),
        "en": member_of(TRANSLATORS["en"], "en-translator"),
    }


@pytest.fixture
def translated(admin_client, locales, home, russian_tree, submit_translation):
    """The Russian tree with kk and en drafts of every page (not live)."""
    submit_translation(admin_client, home, locales)
    article = russian_tree["article"]
    return {
        "ru": article,
        "kk": article.get_translation(locales["kk"]).specific,
        "en": article.get_translation(locales["en"]).specific,
    }


def translation_of(page, code):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code=code
    )


def translate_every_segment(translation, text="Қазақша мәтін"):
    for segment in StringSegment.objects.filter(source=translation.source):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": text},
        )


def live(page):
    return Page.objects.get(pk=page.pk).live


# --- 1. «Sync translated pages» publishes only for whoever may publish ---------------------------


def test_an_editor_syncing_with_publish_immediately_publishes_no_translation(
    people, translated, django_capture_on_commit_callbacks
):
    article = translated["ru"]
    translate_every_segment(translation_of(article, "kk"))  # kk complete, en untouched
    source = TranslationSource.objects.get(object_id=article.translation_key)
    editor = browser_for(people["editor"])
    with django_capture_on_commit_callbacks(execute=True):
        response = form_post(
            editor, f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
        )
    assert response.status_code == 302
    assert not live(translated["kk"]) and not live(translated["en"])
    assert not PageLogEntry.objects.filter(
        action="wagtail.publish",
        user=people["editor"],
        page__locale__language_code__in=["kk", "en"],
    ).exists()
    # The complete kk translation went to Translation review instead; the en one, with nothing
    # translated, stays with its translator.
    kazakh = Page.objects.get(pk=translated["kk"].pk)
    assert kazakh.workflow_in_progress
    assert kazakh.get_latest_revision_as_object().title == "Қазақша мәтін"
    assert not Page.objects.get(pk=translated["en"].pk).workflow_in_progress
    messages = [str(m) for m in editor.get("/admin/").context["messages"]]
    assert any("Translation review" in m or "Проверка перевода" in m for m in messages), messages


def test_a_reviewer_syncing_with_publish_immediately_publishes_complete_translations_only(
    people, translated, django_capture_on_commit_callbacks
):
    article = translated["ru"]
    translate_every_segment(translation_of(article, "kk"))
    source = TranslationSource.objects.get(object_id=article.translation_key)
    reviewer = browser_for(people["reviewer"])
    with django_capture_on_commit_callbacks(execute=True):
        form_post(reviewer, f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert live(translated["kk"])
    assert not live(translated["en"])  # nothing of it is translated: not published in Russian


# --- 3. «Convert to alias» needs publish rights ----------------------------------------------------


def test_a_kazakh_translator_cannot_put_a_page_live_by_converting_it_to_an_alias(
    people, translated
):
    kazakh = translated["kk"]
    translator = browser_for(people["kk"])
    url = f"/admin/localize/page/{kazakh.pk}/convert_to_alias/"
    assert refused(translator.get(url))
    assert refused(form_post(translator, url))
    kazakh = Page.objects.get(pk=kazakh.pk)
    assert kazakh.alias_of_id is None and not kazakh.live
    # The translation editor does not offer it to them.
    editor_html = translator.get(f"/admin/pages/{kazakh.pk}/edit/").content.decode()
    assert "convert_to_alias" not in editor_html
    # A reviewer, who may publish, still can.
    reviewer = browser_for(people["reviewer"])
    response = form_post(reviewer, url)
    assert response.status_code == 302
    kazakh = Page.objects.get(pk=kazakh.pk)
    assert kazakh.alias_of_id == translated["ru"].pk and kazakh.live


# --- 4. Snippet translations stay in the translator's language ------------------------------------


@pytest.fixture
def topic_in_english(admin_client, locales, django_capture_on_commit_callbacks):
    """A Russian topic translated into English with wagtail-localize (what an editor does)."""
    topic = TopicFactory(name="Равенство", slug="ravenstvo", locale=locales["ru"])
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            f"/admin/localize/submit/snippet/cms/topic/{topic.pk}/",
            {"locales": [locales["en"].pk]},
        )
    english = topic.get_translation(locales["en"])
    return topic, english, translation_of(topic, "en")


def test_a_kazakh_translator_cannot_write_into_english_snippet_translations(
    people, topic_in_english
):
    _topic, english, translation = topic_in_english
    translator = browser_for(people["kk"])
    base = f"/admin/localize/translate/{translation.pk}"
    name = StringSegment.objects.get(source=translation.source, context__path="name")
    assert refused(editor_put(translator, f"{base}/strings/{name.pk}/edit/", "PWNED by kk"))
    assert not StringTranslation.objects.filter(data__contains="PWNED").exists()
    for override in OverridableSegment.objects.filter(source=translation.source):
        assert refused(editor_put(translator, f"{base}/overrides/{override.pk}/edit/", "x"))
    assert refused(translator.get(f"{base}/pofile/download/"))
    assert refused(form_post(translator, f"{base}/disable/"))
    assert Translation.objects.get(pk=translation.pk).enabled
    # Our PO upload too, however good the file.
    po = translator_po(translation, "po-injected")
    upload = translator.post(
        f"{base}/pofile/upload/", {"file": po, "csrfmiddlewaretoken": csrf(translator)}
    )
    assert refused(upload)
    assert Topic.objects.get(pk=english.pk).slug != "po-injected"
    # The English translator, whose language it is, still works on it.
    assert browser_for(people["en"]).get(f"{base}/pofile/download/").status_code == 200


def translator_po(translation, text):
    from django.core.files.uploadedfile import SimpleUploadedFile

    po = translation.export_po()
    for entry in po:
        entry.msgstr = text
    return SimpleUploadedFile("topic.po", str(po).encode(), content_type="text/x-gettext")


# --- 14. A refused translation-editor call is a 403, not a 500 ------------------------------------


def test_a_refused_call_to_the_translation_editor_answers_403_not_500(people, translated, caplog):
    english = translation_of(translated["ru"], "en")
    title = StringSegment.objects.get(source=english.source, context__path="title")
    translator = browser_for(people["kk"])
    with caplog.at_level("ERROR"):
        response = editor_put(
            translator, f"/admin/localize/translate/{english.pk}/strings/{title.pk}/edit/", "x"
        )
    assert refused(response)
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


def test_drf_maps_djangos_permission_denied_to_a_403_problem(people, translated, caplog):
    """wagtail-localize's editor views run in DRF with our exception handler: a Django
    PermissionDenied from inside them (here: an en translator on the kk page, refused by
    wagtail-localize's own check) is a 403 problem, never a 500 with a traceback."""
    kazakh = translation_of(translated["ru"], "kk")
    title = StringSegment.objects.get(source=kazakh.source, context__path="title")
    from django.core.exceptions import PermissionDenied

    from api.errors import exception_handler

    response = exception_handler(PermissionDenied(), {})
    assert response.status_code == 403
    assert response["Content-Type"] == "application/problem+json"
    # And over HTTP, through wagtail-localize's own page check.
    outsider = browser_for(member_of(EDITORS, "second-editor"))
    with caplog.at_level("ERROR"):
        response = editor_put(
            outsider, f"/admin/localize/translate/{kazakh.pk}/strings/{title.pk}/edit/", "x"
        )
    assert response.status_code == 403
    assert not [record for record in caplog.records if record.levelname == "ERROR"]
    assert re.search("permission", response.content.decode(), re.I)
