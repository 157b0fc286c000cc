"""A translation goes to review and live only when every segment is translated (issue 16, item 3):
otherwise readers of /en/… get Russian text under lang="en". The reviewer sees how much is done."""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.frontend import front_end_url
from cms.models import PublishBeforeSourceError
from translations.roles import REVIEWERS, TRANSLATORS

pytestmark = pytest.mark.django_db


def member_of(group, username):
    user = get_user_model().objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def english(admin_client, locales, home, russian_tree, submit_translation):
    """The article's English draft, nothing of it translated yet."""
    submit_translation(admin_client, home, locales)
    article = russian_tree["article"]
    page = article.get_translation(locales["en"]).specific
    translation = Translation.objects.get(
        source__object_id=article.translation_key, target_locale=locales["en"]
    )
    return page, translation


def translate(translation, *, only=None):
    segments = StringSegment.objects.filter(source=translation.source).order_by("order")
    # A translated title gives the slug too (cms/translated_slugs.py): `only` leaves it out.
    for segment in segments.exclude(context__path="title")[:only] if only else segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": "English text"},
        )
    return segments.count()


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_an_untranslated_english_page_cannot_be_submitted_for_review(
    client, english, django_capture_on_commit_callbacks
):
    page, translation = english
    client.force_login(member_of(TRANSLATORS["en"], "en-translator"))
    submit = f"/admin/translations/{translation.pk}/submit-for-review/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit, follow=True)
    assert any("0%" in message and "не переведены" in message for message in messages_of(response))
    assert not Page.objects.get(pk=page.pk).workflow_in_progress

    total = translate(translation, only=1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submit, follow=True)
    percent = 100 // total
    assert any(f"{percent}%" in message for message in messages_of(response))
    assert not Page.objects.get(pk=page.pk).workflow_in_progress

    translate(translation)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(submit)
    assert Page.objects.get(pk=page.pk).workflow_in_progress


def test_no_path_publishes_an_untranslated_page(
    client, english, django_capture_on_commit_callbacks
):
    page, translation = english
    reviewer = member_of(REVIEWERS, "reviewer")
    client.force_login(reviewer)
    # Started in code, past the submit button: the reviewer's approval is refused, with why.
    workflow = page.get_workflow()
    page.save_revision(user=reviewer)
    task_state = workflow.start(page, reviewer).current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
            {"comment": ""},
            follow=True,
        )
    assert any("0%" in message for message in messages_of(response))
    assert not Page.objects.get(pk=page.pk).live
    # The translation editor's own Publish, and a bulk publish.
    client.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})
    client.post(
        "/admin/bulk/wagtailcore/page/publish/?" + urlencode({"id": page.pk}),
        {},
    )
    assert not Page.objects.get(pk=page.pk).live
    # And code (scheduled publishing, a workflow elsewhere).
    with pytest.raises(PublishBeforeSourceError):
        page.specific_class.objects.get(pk=page.pk).save_revision().publish()
    assert not Page.objects.get(pk=page.pk).live

    translate(translation)
    translation.save_target(publish=False)
    page = page.specific_class.objects.get(pk=page.pk)
    page.get_latest_revision().publish()
    assert Page.objects.get(pk=page.pk).live


def test_the_reviewer_sees_how_much_of_a_translation_is_done(client, english):
    page, translation = english
    total = translate(translation, only=1)
    client.force_login(member_of(REVIEWERS, "reviewer"))
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f"Переведено: {100 // total}% (1 из {total} сегментов)" in html
    # In Kazakh for a reviewer who works in Kazakh.
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="reviewer"))
    profile.preferred_language = "kk"
    profile.save()
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert f"Аударылды: {100 // total}% ({total} сегменттің 1)" in html


def test_approving_a_page_says_it_is_published_with_a_link_to_it(
    client, english, django_capture_on_commit_callbacks
):
    page, translation = english
    translate(translation)
    reviewer = member_of(REVIEWERS, "reviewer")
    client.force_login(reviewer)
    page.save_revision(user=reviewer)
    task_state = page.get_workflow().start(page, reviewer).current_task_state
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
            {"comment": ""},
            HTTP_X_REQUESTED_WITH="XMLHttpRequest",  # as the dashboard's modal sends it
        )
    assert response.status_code == 200 and response.json()["step"] == "success"
    page = Page.objects.get(pk=page.pk)
    assert page.live
    html = client.get(response.json()["redirect"] or "/admin/", follow=True).content.decode()
    assert f"Страница «{page.title}» одобрена и опубликована." in html
    assert f'href="{front_end_url(page)}"' in html and "Смотреть на сайте" in html
