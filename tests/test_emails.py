"""Emails the hub sends: in the reader's language, and every link at the one configured base URL
(WAGTAILADMIN_BASE_URL), never at the Site's hostname (`localhost` in the database)."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail

from tests.conftest import publish, translate
from tests.factories import AnalyticalArticlePageFactory, PetitionPageFactory
from translations.roles import EDITORS, REVIEWERS

pytestmark = pytest.mark.django_db

BASE_URL = "https://hub.tendik.kz"
LINK = re.compile(r"https?://[^\s\"'<>]+")


def links_in(message) -> list[str]:
    bodies = [message.body, *(content for content, _type in getattr(message, "alternatives", []))]
    return [link for body in bodies for link in LINK.findall(body)]


def person(username, group):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@tendik.kz", password="x"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def test_review_emails_link_to_the_configured_base_url_not_the_sites_hostname(
    client, settings, article_index, django_capture_on_commit_callbacks
):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    editor, reviewer = person("editor", EDITORS), person("reviewer", REVIEWERS)
    publish(article_index)
    article = AnalyticalArticlePageFactory(parent=article_index, title="Закон о равенстве")
    article.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        task_state = article.get_workflow().start(article, editor).current_task_state
    submitted = [message for message in mail.outbox if "reviewer@tendik.kz" in message.to]
    assert submitted, "the reviewers are told"
    mail.outbox.clear()

    client.force_login(reviewer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/pages/workflow/action/{article.pk}/approve/{task_state.pk}/", {"comment": ""}
        )
    assert response.status_code in {200, 302}
    approved = [message for message in mail.outbox if "editor@tendik.kz" in message.to]
    assert approved, "the editor hears that the page went live"
    links = [link for message in submitted + approved for link in links_in(message)]
    assert f"{BASE_URL}/ru/{article_index.slug}/{article.slug}/" in links
    assert all(link.startswith(BASE_URL + "/") for link in links), links


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("kk", "Қолыңыз расталғаннан кейін ғана есептеледі"),
        ("ru", "Подпись засчитывается только после подтверждения"),
        ("en", "Your signature counts only once it is confirmed"),
    ],
)
def test_the_confirmation_email_in_the_signers_language_says_it_counts_only_once_confirmed(
    client,
    settings,
    campaign_index,
    locales,
    language,
    sentence,
    django_capture_on_commit_callbacks,
):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index))
    version = petition if language == "ru" else translate(petition, locales[language])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/api/v1/petitions/{version.pk}/signatures/",
            json.dumps(
                {
                    "full_name": "Ержан",
                    "email": "erzhan@example.kz",
                    "region": "almaty",
                    "consent": True,
                    "locale": language,
                }
            ),
            content_type="application/json",
        )
    assert response.status_code == 202
    (message,) = mail.outbox
    html = message.alternatives[0][0]
    assert f'<html lang="{language}">' in html
    assert sentence in message.body and sentence in html
    # The hub's own confirm page, in the signer's language, at the one base URL.
    links = links_in(message)
    assert links and all(link.startswith(f"{BASE_URL}/{language}/") for link in links), links
    assert re.search(rf"{BASE_URL}/{language}/signatures/confirm/\?token=[\w.-]+", message.body)
