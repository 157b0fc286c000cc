"""Signing end to end with a real SMTP server on 127.0.0.1, and under concurrency on PostgreSQL."""

import json
import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client

from campaigns.models import PetitionPage, Signature
from outbox.models import OutgoingEmail
from tests.conftest import publish, translate
from tests.factories import PetitionPageFactory


def sign(client, page_id, email, locale="ru"):
    return client.post(
        f"/api/v1/petitions/{page_id}/signatures/",
        json.dumps(
            {
                "full_name": "Ержан",
                "email": email,
                "region": "shymkent",
                "consent": True,
                "locale": locale,
            }
        ),
        content_type="application/json",
    )


@pytest.mark.django_db
def test_the_confirmation_arrives_over_smtp_in_the_signers_language(
    client, smtp_server, campaign_index, locales, django_capture_on_commit_callbacks
):
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index, title="Примите закон"))
    kazakh = translate(PetitionPage.objects.get(pk=petition.pk), locales["kk"])
    PetitionPage.objects.filter(pk=kazakh.pk).update(title="Заңды қабылдаңыз")
    with django_capture_on_commit_callbacks(execute=True):
        assert sign(client, kazakh.pk, "erzhan@example.kz", locale="kk").status_code == 202
    (message,) = smtp_server.messages
    assert message["To"] == "erzhan@example.kz"
    assert message["Subject"].strip() == "Қолыңызды растаңыз: Заңды қабылдаңыз"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Сәлеметсіз бе!" in text and "Қолымды растау" in html
    assert "Ержан" not in text + html  # whatever a stranger typed as a name is not mailed
    assert '<html lang="kk">' in html
    token = re.search(r"token=([\w.-]+)", text).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/api/v1/signatures/confirm/",
            json.dumps({"token": token}),
            content_type="application/json",
        )
    assert response.status_code == 200
    for page in (petition, kazakh):
        assert client.get(f"/api/v1/pages/{page.pk}/").json()["signature_count"] == 1
    sent = OutgoingEmail.objects.get()
    # The record stays a while; the address and the link with its token do not.
    assert sent.sent_at is not None and sent.to == "" and token not in sent.text + sent.html


@pytest.mark.postgres
# Real commits, real connections per thread; the data migrations' rows are restored after.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_200_signers_and_50_duplicates_at_once_make_exactly_200_signatures(
    settings, campaign_index, smtp_server
):
    settings.PETITION_RATE_LIMIT = "100000/m"
    publish(campaign_index)
    petition = publish(PetitionPageFactory(parent=campaign_index))
    emails = [f"signer{n}@example.kz" for n in range(200)]
    submissions = emails + [email.upper() for email in emails[:50]]  # the same people again

    def submit(email):
        try:
            return sign(Client(), petition.pk, email).status_code
        finally:
            connection.close()  # each thread has its own real connection

    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(submit, submissions))
    assert statuses == [202] * 250  # 0 errors
    assert Signature.objects.filter(petition_key=petition.translation_key).count() == 200
    # 0 lost emails: one per submission (a pending signer who signs again gets a new link),
    # each delivered to the SMTP server.
    assert OutgoingEmail.objects.count() == 250
    assert not OutgoingEmail.objects.filter(sent_at__isnull=True).exists()
    assert len(smtp_server.messages) == 250
