"""Roles and review workflows per language tree, exercised through the admin's own views."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import WorkflowPage
from wagtail_localize.models import StringSegment, Translation

from cms.models import Topic
from tests.conftest import fill_every_segment
from tests.factories import TopicFactory
from translations.roles import (
    EDITORIAL_REVIEW,
    EDITORS,
    REVIEWERS,
    SOCIAL_SCHEDULER,
    TRANSLATION_REVIEW,
    TRANSLATORS,
)

pytestmark = pytest.mark.django_db


def member_of(*group_names, username=None):
    username = username or "-".join(name.split()[-1].lower() for name in group_names)
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@tendik.kz", password="x"
    )
    user.groups.set(Group.objects.filter(name__in=group_names))
    return user


@pytest.fixture
def people(db):
    return {
        "editor": member_of(EDITORS, username="editor"),
        "kk": member_of(TRANSLATORS["kk"], username="kk-translator"),
        "en": member_of(TRANSLATORS["en"], username="en-translator"),
        "reviewer": member_of(REVIEWERS, username="reviewer"),
    }


@pytest.fixture
def translated(admin_client, locales, home, russian_tree, submit_translation):
    """The Russian tree submitted for translation into kk and en (drafts in their trees)."""
    submit_translation(admin_client, home, locales)
    article = russian_tree["article"]
    return {
        "ru": article,
        "kk": article.get_translation(locales["kk"]).specific,
        "en": article.get_translation(locales["en"]).specific,
    }


def client_for(client, user):
    client.force_login(user)
    return client


def test_the_migration_creates_the_roles_and_a_workflow_per_language_tree(
    home, locales, translated
):
    names = set(Group.objects.values_list("name", flat=True))
    assert {EDITORS, REVIEWERS, SOCIAL_SCHEDULER, *TRANSLATORS.values()} <= names
    assert "Moderators" not in names  # Wagtail's default moderation is replaced
    workflows = {
        each.page.locale.language_code: each.workflow.name
        for each in WorkflowPage.objects.select_related("page__locale", "workflow")
    }
    # kk and en homes were made after the migration, by translating the Russian one.
    assert workflows == {"ru": EDITORIAL_REVIEW, "kk": TRANSLATION_REVIEW, "en": TRANSLATION_REVIEW}


def test_a_kazakh_translator_works_only_in_the_kazakh_tree_and_never_publishes(
    client, people, translated
):
    translator = client_for(client, people["kk"])
    assert translator.get(f"/admin/pages/{translated['kk'].pk}/edit/").status_code == 200
    for other in ("ru", "en"):
        response = translator.get(f"/admin/pages/{translated[other].pk}/edit/")
        assert response.status_code in {302, 403}, other  # Wagtail redirects with a message
        assert translated[other].specific_class.objects.get(pk=translated[other].pk).title

    translation = Translation.objects.get(
        source__object_id=translated["ru"].translation_key,
        target_locale=translated["kk"].locale,
    )
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    response = translator.put(
        f"/admin/localize/translate/{translation.pk}/strings/{title.pk}/edit/",
        urlencode({"value": "Заң не үшін қажет"}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 201
    # Publishing from the translation editor is refused (Wagtail redirects with a message).
    response = translator.post(f"/admin/pages/{translated['kk'].pk}/edit/", {"action": "publish"})
    assert response.status_code in {302, 403}
    assert not type(translated["kk"]).objects.get(pk=translated["kk"].pk).live


def test_a_submitted_translation_reaches_the_reviewers_who_approve_and_publish(
    client, people, translated, django_capture_on_commit_callbacks
):
    kk_page = translated["kk"]
    translation = Translation.objects.get(
        source__object_id=translated["ru"].translation_key, target_locale=kk_page.locale
    )
    translator = client_for(client, people["kk"])
    # Every segment, as the editor needs before it submits.
    for segment in StringSegment.objects.filter(source=translation.source):
        value = "Заң не үшін қажет" if segment.context.path == "title" else "Қазақша мәтін"
        translator.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            urlencode({"value": value}),
            content_type="application/x-www-form-urlencoded",
        )
    edit_page = translator.get(f"/admin/pages/{kk_page.pk}/edit/").content.decode()
    submit_url = f"/admin/translations/{translation.pk}/submit-for-review/"
    assert submit_url in edit_page  # the button in the page header
    assert translator.get(submit_url).status_code == 200
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(submit_url)
    assert response.status_code == 302
    page = type(kk_page).objects.get(pk=kk_page.pk)
    assert page.workflow_in_progress and not page.live
    assert page.get_latest_revision_as_object().title == "Заң не үшін қажет"
    recipients = {address for message in mail.outbox for address in message.to}
    # Wagtail also tells superusers (the admin who requested the translations here).
    assert "reviewer@tendik.kz" in recipients
    assert not recipients & {
        "kk-translator@tendik.kz",
        "editor@tendik.kz",
        "en-translator@tendik.kz",
    }
    assert "Заң не үшін қажет" in mail.outbox[0].subject + mail.outbox[0].body

    reviewer = client_for(client, people["reviewer"])
    task_state = page.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""}
        )
    assert response.status_code in {200, 302}
    page = type(kk_page).objects.get(pk=kk_page.pk)
    assert page.live and page.title == "Заң не үшін қажет"


def test_an_editor_publishes_in_russian_but_not_in_the_translations(client, people, translated):
    editor = client_for(client, people["editor"])
    assert editor.get(f"/admin/pages/{translated['ru'].pk}/edit/").status_code == 200
    assert editor.get(f"/admin/pages/{translated['kk'].pk}/edit/").status_code in {302, 403}
    ru_page = translated["ru"]
    assert ru_page.permissions_for_user(people["editor"]).can_publish()
    assert not translated["kk"].permissions_for_user(people["editor"]).can_edit()
    for code in ("ru", "kk", "en"):
        assert translated[code].permissions_for_user(people["reviewer"]).can_publish()
        assert not translated[code].permissions_for_user(people["kk"]).can_publish()


def test_translators_edit_snippets_of_their_own_language_only(client, people, locales):
    kazakh = TopicFactory(name="Теңдік", slug="tendik", locale=locales["kk"])
    russian = TopicFactory(name="Равенство", slug="ravenstvo", locale=locales["ru"])
    translator = client_for(client, people["kk"])
    assert translator.get(f"/admin/snippets/cms/topic/edit/{kazakh.pk}/").status_code == 200
    response = translator.post(
        f"/admin/snippets/cms/topic/edit/{russian.pk}/",
        {"name": "Взлом", "slug": "vzlom", "description": ""},
    )
    assert response.status_code == 302
    assert Topic.objects.get(pk=russian.pk).name == "Равенство"


def test_our_copy_of_the_translation_editor_template_matches_upstream():
    """translations/templates/wagtail_localize/admin/edit_translation.html copies wagtail-localize's
    template to add the review button; an upgrade that changes the original must be merged."""
    import hashlib
    from pathlib import Path

    import wagtail_localize

    upstream = Path(wagtail_localize.__file__).parent / (
        "templates/wagtail_localize/admin/edit_translation.html"
    )
    assert hashlib.sha256(upstream.read_bytes()).hexdigest() == (
        "52b849c00b09876c0fb0e7314a762f1eebb1c4212120828c61c1350a301a5ba7"
    ), "wagtail-localize changed edit_translation.html: merge it into our copy, then update this"


def test_approving_a_translation_whose_source_was_unpublished_is_refused_with_the_reason(
    client, people, translated, django_capture_on_commit_callbacks
):
    kk_page = translated["kk"]
    translation = Translation.objects.get(
        source__object_id=translated["ru"].translation_key, target_locale=kk_page.locale
    )
    fill_every_segment(translation)
    translator = client_for(client, people["kk"])
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(f"/admin/translations/{translation.pk}/submit-for-review/")
    translated["ru"].unpublish()

    reviewer = client_for(client, people["reviewer"])
    page = type(kk_page).objects.get(pk=kk_page.pk)
    task_state = page.current_workflow_task_state
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
            {"comment": ""},
            follow=True,
        )
    assert response.status_code == 200
    assert any(page.title in str(message) for message in response.context["messages"])
    page = type(kk_page).objects.get(pk=kk_page.pk)
    assert not page.live and page.workflow_in_progress  # nothing lost: still awaiting review


def test_an_editor_who_asks_for_one_translation_goes_back_to_the_section(
    client, admin_client, people, locales, home, russian_tree, django_capture_on_commit_callbacks
):
    """wagtail-localize opens the new translation's editor, which editors may not use (the
    kk tree is the translators'): they would land on "permission denied"."""
    article = russian_tree["article"]

    def translate_into(user_client, code):
        with django_capture_on_commit_callbacks(execute=True):
            return user_client.post(
                f"/admin/localize/submit/page/{article.pk}/",
                {"locales": [locales[code].pk], "include_subtree": ""},
            )

    response = translate_into(client_for(client, people["editor"]), "kk")
    assert article.has_translation(locales["kk"])
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{article.get_parent().pk}/"
    followed = client.get(response["Location"], follow=True)
    assert followed.status_code == 200 and article.title in followed.content.decode()

    # Whoever may edit the translation still goes straight to it, as upstream does.
    response = translate_into(admin_client, "en")
    english = article.get_translation(locales["en"])
    assert response["Location"] == f"/admin/pages/{english.pk}/edit/"
