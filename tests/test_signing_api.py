"""Signing a petition over HTTP: double opt-in by email, once per person across translations,
every error a problem, and the signer's address never in a response or a log line."""

import json
import logging
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from campaigns.models import PetitionPage, Signature
from outbox.delivery import deliver_due
from outbox.models import OutgoingEmail
from tests.conftest import publish, translate
from tests.factories import PetitionPageFactory

pytestmark = pytest.mark.django_db

EMAIL = "Aigerim.Saparova@Example.KZ"


@pytest.fixture
def petition(campaign_index):
    publish(campaign_index)
    return publish(PetitionPageFactory(parent=campaign_index, title="Примите закон", goal=100))


def sign(client, petition_id, remote="10.0.0.1", **changes):
    body = {
        "full_name": "Айгерім Сапарова",
        "email": EMAIL,
        "region": "almaty",
        "consent": True,
        "locale": "ru",
        **changes,
    }
    return client.post(
        f"/api/v1/petitions/{petition_id}/signatures/",
        json.dumps(body),
        content_type="application/json",
        REMOTE_ADDR=remote,
    )


def token_from(message) -> str:
    return re.search(r"token=([\w-]+)", message.body).group(1)


def confirm(client, token):
    return client.post(
        "/api/v1/signatures/confirm/", json.dumps({"token": token}), content_type="application/json"
    )


def count(client, petition):
    return client.get(f"/api/v1/pages/{petition.pk}/").json()["signature_count"]


def test_sign_then_confirm_from_the_email_counts_once(
    client, petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign(client, petition.pk, locale="kk")
    assert response.status_code == 202
    assert count(client, petition) == 0  # not before confirmation
    (message,) = mail.outbox
    assert message.to == [EMAIL.lower()]
    assert "Қолыңызды растаңыз" in message.subject  # Kazakh, as the signer asked
    assert message.alternatives and "token=" in message.alternatives[0][0]
    token = token_from(message)
    assert not Signature.objects.filter(token_hash=token).exists()  # only its hash is stored

    with django_capture_on_commit_callbacks(execute=True):
        assert confirm(client, token).json() == {"status": "confirmed"}
    assert count(client, petition) == 1
    assert confirm(client, token).status_code == 200  # idempotent
    assert count(client, petition) == 1


def test_the_same_person_counts_once_across_translations_and_resubmissions(
    client, petition, locales, django_capture_on_commit_callbacks
):
    kazakh = translate(PetitionPage.objects.get(pk=petition.pk), locales["kk"])
    english = translate(PetitionPage.objects.get(pk=petition.pk), locales["en"])
    with django_capture_on_commit_callbacks(execute=True):
        first = sign(client, petition.pk)
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, token_from(mail.outbox[0]))
    mail.outbox.clear()
    answers = []
    for page, email in ((kazakh, f"  {EMAIL.upper()} "), (english, EMAIL), (petition, EMAIL)):
        with django_capture_on_commit_callbacks(execute=True):
            answers.append(sign(client, page.pk, email=email))
    assert {answer.status_code for answer in answers} == {202}
    assert {answer.content for answer in answers} == {first.content}  # nothing to probe
    assert Signature.objects.count() == 1
    assert mail.outbox == []  # confirmed already: no new email
    for page in (petition, kazakh, english):
        assert count(client, page) == 1


def test_a_pending_signer_who_signs_again_gets_a_new_link(
    client, petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
        sign(client, petition.pk)
    first, second = (token_from(message) for message in mail.outbox)
    assert confirm(client, first).status_code == 400  # replaced by the newer link
    assert confirm(client, second).status_code == 200
    assert Signature.objects.count() == 1


def test_expired_unknown_and_withdrawn_tokens(client, petition, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
    token = token_from(mail.outbox[0])
    Signature.objects.update(token_expires_at=timezone.now() - timedelta(minutes=1))
    expired = confirm(client, token)
    assert expired.status_code == 400 and expired.json()["type"].endswith(":expired-token")
    unknown = confirm(client, "nonsense")
    assert unknown.status_code == 400 and unknown.json()["type"].endswith(":invalid-token")

    Signature.objects.update(token_expires_at=timezone.now() + timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, token)
    assert count(client, petition) == 1
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v1/signatures/withdraw/",
            json.dumps({"token": token}),
            content_type="application/json",
        )
    assert response.json() == {"status": "withdrawn"}
    assert count(client, petition) == 0 and not Signature.objects.exists()


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"email": "not-an-email"}, "email"),
        ({"region": "atlantis"}, "region"),
        ({"consent": False}, "consent"),
        ({"full_name": ""}, "full_name"),
        ({"locale": "de"}, "locale"),
    ],
)
def test_invalid_input_is_a_problem_with_field_errors(client, petition, changes, field):
    response = sign(client, petition.pk, **changes)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert field in response.json()["errors"]
    assert not Signature.objects.exists()


def test_closed_unknown_oversized_and_bot_submissions(client, petition, campaign_index):
    PetitionPage.objects.filter(pk=petition.pk).update(state=PetitionPage.State.CLOSED)
    closed = sign(client, petition.pk)
    assert closed.status_code == 409 and closed.json()["type"].endswith(":petition-closed")
    past = publish(
        PetitionPageFactory(
            parent=campaign_index, deadline=timezone.localdate() - timedelta(days=1)
        )
    )
    assert sign(client, past.pk).status_code == 409
    assert sign(client, 999_999).status_code == 404
    assert sign(client, campaign_index.pk).status_code == 404  # not a petition
    PetitionPage.objects.filter(pk=petition.pk).update(state=PetitionPage.State.OPEN)
    assert sign(client, petition.pk, full_name="x" * 11_000).status_code == 413
    bot = sign(client, petition.pk, website="http://spam.example")
    assert bot.status_code == 202 and not Signature.objects.exists()


def test_too_many_attempts_from_one_client_wait(client, petition, settings):
    settings.PETITION_RATE_LIMIT = "3/m"
    answers = [sign(client, petition.pk, email=f"s{i}@example.kz").status_code for i in range(4)]
    assert answers == [202, 202, 202, 429]
    limited = sign(client, petition.pk, email="s5@example.kz")
    assert int(limited["Retry-After"]) >= 1
    # Another client is not held back.
    assert sign(client, petition.pk, email="s6@example.kz", remote="10.0.0.2").status_code == 202


def test_forwarded_addresses_count_only_behind_a_trusted_proxy(client, petition, settings):
    settings.PETITION_RATE_LIMIT = "1/m"

    def via_proxy(email, forwarded):
        return client.post(
            f"/api/v1/petitions/{petition.pk}/signatures/",
            json.dumps({"full_name": "А", "email": email, "region": "astana", "consent": True}),
            content_type="application/json",
            REMOTE_ADDR="192.0.2.10",
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    # Untrusted proxy: its forwarded header is ignored, so both share the proxy's address.
    assert via_proxy("a@example.kz", "203.0.113.1").status_code == 202
    assert via_proxy("b@example.kz", "203.0.113.2").status_code == 429
    settings.TRUSTED_PROXIES = ["192.0.2.10"]
    assert via_proxy("c@example.kz", "203.0.113.3").status_code == 202
    assert via_proxy("d@example.kz", "203.0.113.4").status_code == 202


def test_the_signers_address_never_appears_in_answers_or_logs(
    client, petition, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        answers = [
            sign(client, petition.pk),
            sign(client, petition.pk, region="atlantis"),
            sign(client, petition.pk, consent=False),
            client.get(f"/api/v1/pages/{petition.pk}/"),
            client.get("/api/v1/pages/", {"type": "petition"}),
        ]
    for answer in answers:
        assert b"aigerim" not in answer.content.lower()
    assert "aigerim" not in caplog.text.lower()
    signature = Signature.objects.get()
    assert signature.ip_hash and "10.0.0.1" not in signature.ip_hash


def test_a_mail_server_outage_keeps_the_signature_and_retries(
    client, petition, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with django_capture_on_commit_callbacks(execute=True):
        assert sign(client, petition.pk).status_code == 202
    assert Signature.objects.count() == 1
    email = OutgoingEmail.objects.get()
    assert email.sent_at is None and email.attempts == 1 and email.next_attempt_at > timezone.now()
    assert "aigerim" not in email.last_error.lower()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert deliver_due() == (0, 0)  # not due yet: back-off
    OutgoingEmail.objects.update(next_attempt_at=timezone.now())
    assert deliver_due() == (1, 0)
    assert len(mail.outbox) == 1 and OutgoingEmail.objects.get().sent_at is not None


def test_confirming_moves_the_etag_of_the_petition_and_no_other(
    client, petition, django_capture_on_commit_callbacks
):
    from django.core.cache import cache

    detail, listing = f"/api/v1/pages/{petition.pk}/", "/api/v1/pages/?locale=ru"
    find = f"/api/v1/pages/find/?path={client.get(detail).json()['url']}"
    before = {url: client.get(url)["ETag"] for url in (detail, listing, find)}
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, token_from(mail.outbox[0]))
    cache.clear()  # other processes see the new version within seconds; here at once
    after = {url: client.get(url) for url in (detail, listing, find)}
    assert after[detail]["ETag"] != before[detail] and after[detail].json()["signature_count"] == 1
    assert after[find]["ETag"] != before[find]
    # A listing shows no counts: its cached copies stay valid through a signing campaign.
    assert after[listing]["ETag"] == before[listing]
    assert client.get(listing, HTTP_IF_NONE_MATCH=before[listing]).status_code == 304


def test_the_hubs_own_confirm_page_asks_before_confirming(
    client, petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
    link = re.search(r"(http://\S+token=[\w-]+)", mail.outbox[0].body).group(1)
    path = link.split("127.0.0.1:8000", 1)[1]
    page = client.get(path)
    assert page.status_code == 200 and b'type="submit"' in page.content
    assert count(client, petition) == 0  # opening the link (a mail scanner) signs nobody
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post("/signatures/confirm/", {"token": token_from(mail.outbox[0])})
    assert done.status_code == 200
    assert count(client, petition) == 1
