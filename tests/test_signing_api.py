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


def sign(client, petition_id, remote="10.0.0.1", accept_language=None, **changes):
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
        **({"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}),
    )


def token_from(message) -> str:
    return re.search(r"token=([\w.-]+)", message.body).group(1)


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
    assert token not in database_text()  # nothing stored can confirm the signature

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


def test_every_link_sent_while_the_signature_is_pending_confirms_it(
    client, petition, travel, django_capture_on_commit_callbacks
):
    """People click the first email: signing again the next day must not break its link."""
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
    travel(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
    first, second = (token_from(message) for message in mail.outbox)
    assert first != second
    travel(days=2)
    with django_capture_on_commit_callbacks(execute=True):
        assert confirm(client, first).status_code == 200
    assert confirm(client, second).json() == {"status": "confirmed"}  # harmless afterwards
    assert Signature.objects.count() == 1 and count(client, petition) == 1


@pytest.fixture
def travel(monkeypatch):
    """Moves the clock that signs and checks link tokens (django.core.signing's) by some days."""
    import time as real_time
    from types import SimpleNamespace

    def to(days):
        offset = days * 86_400
        monkeypatch.setattr(
            "django.core.signing.time", SimpleNamespace(time=lambda: real_time.time() + offset)
        )

    return to


def withdraw(client, token):
    return client.post(
        "/api/v1/signatures/withdraw/",
        json.dumps({"token": token}),
        content_type="application/json",
    )


def test_expired_unknown_and_withdrawn_tokens(
    client, petition, travel, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
    token = token_from(mail.outbox[0])
    travel(days=8)  # SIGNATURE_TOKEN_DAYS is 7
    expired = confirm(client, token)
    assert expired.status_code == 400 and expired.json()["type"].endswith(":expired-token")
    unknown = confirm(client, "nonsense")
    assert unknown.status_code == 400 and unknown.json()["type"].endswith(":invalid-token")
    forged = confirm(client, token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb"))
    assert forged.status_code == 400 and forged.json()["type"].endswith(":invalid-token")

    travel(days=6)
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, token)
    assert count(client, petition) == 1
    with django_capture_on_commit_callbacks(execute=True):
        response = withdraw(client, token)
    assert response.json() == {"status": "withdrawn"}
    assert count(client, petition) == 0 and not Signature.objects.exists()
    assert confirm(client, token).json()["type"].endswith(":invalid-token")


def test_an_expired_link_cannot_withdraw_a_signature(
    client, petition, travel, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
    token = token_from(mail.outbox[0])
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, token)
    travel(days=8)
    refused = withdraw(client, token)
    assert refused.status_code == 400 and refused.json()["type"].endswith(":expired-token")
    assert Signature.objects.counted().count() == 1


def database_text():
    """Every stored value of signatures and outgoing emails, as one text."""
    rows = [*Signature.objects.values_list(), *OutgoingEmail.objects.values_list()]
    return json.dumps(rows, default=str, ensure_ascii=False)


def test_sent_and_withdrawn_signatures_leave_no_address_name_or_link_in_the_outbox(
    client, petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
    token = token_from(mail.outbox[0])
    email = OutgoingEmail.objects.get()
    # Sent: the record stays for a while (what, when) without the address or the link.
    assert email.sent_at is not None and email.to == "" and email.text == email.html == ""
    assert token not in database_text()
    with django_capture_on_commit_callbacks(execute=True):
        withdraw(client, token)
    assert not OutgoingEmail.objects.exists()
    assert EMAIL.lower() not in database_text() and "Айгерім" not in database_text()


def test_a_withdrawal_also_drops_a_confirmation_email_still_waiting_to_be_sent(
    client, petition, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
        sign(client, petition.pk, email="second@example.kz")
    assert OutgoingEmail.objects.filter(sent_at__isnull=True).count() == 2  # mail server down
    from campaigns.signing import signature_token

    signature = Signature.objects.get(email=EMAIL.lower())
    with django_capture_on_commit_callbacks(execute=True):
        assert withdraw(client, signature_token(signature)).status_code == 200
    (waiting,) = OutgoingEmail.objects.all()
    assert waiting.to == "second@example.kz"


def test_the_old_confirmation_emails_of_anonymised_signers_are_deleted(
    client, petition, settings, django_capture_on_commit_callbacks
):
    from campaigns.signing import anonymise_closed_petitions

    settings.SIGNATURE_RETENTION_DAYS = 0
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
        sign(client, petition.pk, email="second@example.kz")
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, token_from(mail.outbox[0]))
    assert OutgoingEmail.objects.count() == 2
    PetitionPage.objects.filter(pk=petition.pk).update(
        deadline=timezone.localdate() - timedelta(days=2)
    )
    assert anonymise_closed_petitions() == 2
    assert not OutgoingEmail.objects.exists()


def normalised_statements(queries):
    """The SQL a request ran, with every literal value blanked: what work it did, not on what."""
    statements = []
    for query in queries:
        sql = re.sub(r"'(?:[^']|'')*'", "?", query["sql"])
        sql = re.sub(r'"s\d+_x\d+"', "savepoint", sql)
        sql = re.sub(r"\b\d+(\.\d+)?\b", "?", sql)
        statements.append(sql)
    return statements


def test_signing_does_the_same_work_for_a_new_a_pending_and_a_confirmed_address(
    client, petition, django_capture_on_commit_callbacks
):
    """A confirmed address used to skip the email and the outbox row: its answer came faster
    (6.3 ms against 8.6 ms), which told whether someone had signed."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def statements_of(email):
        with CaptureQueriesContext(connection) as queries:
            with django_capture_on_commit_callbacks(execute=False):
                assert sign(client, petition.pk, email=email).status_code == 202
        return normalised_statements(queries.captured_queries)

    new = statements_of("new@example.kz")
    pending = statements_of("new@example.kz")
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk, email="done@example.kz")
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, token_from(mail.outbox[-1]))
    confirmed = statements_of("done@example.kz")
    assert new == pending == confirmed
    assert any("INSERT" in sql and "outbox_outgoingemail" in sql for sql in confirmed)


def test_the_signers_name_never_reaches_the_email(
    client, petition, django_capture_on_commit_callbacks
):
    lure = "Your Tendik account is suspended. Restore it at https://evil.example"
    with django_capture_on_commit_callbacks(execute=True):
        assert sign(client, petition.pk, full_name=lure).status_code == 202
    (message,) = mail.outbox
    assert "suspended" not in message.subject + message.body + message.alternatives[0][0]
    assert "evil.example" not in message.body


@pytest.mark.parametrize("name", ["Айгерім\nСапарова", "Айгерім\r\nBcc: x@y.z", "A\u202egnp.exe"])
def test_a_name_with_line_breaks_or_control_characters_is_refused(client, petition, name):
    response = sign(client, petition.pk, full_name=name)
    assert response.status_code == 400 and "full_name" in response.json()["errors"]
    assert not Signature.objects.exists()


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/petitions/{id}/signatures/",
        "/api/v1/signatures/confirm/",
        "/api/v1/signatures/withdraw/",
    ],
)
def test_deeply_nested_json_is_a_400_problem_not_a_500(client, petition, path):
    body = "[" * 5000 + "]" * 5000  # under the 10 KB limit, past Python's recursion limit
    response = client.post(path.format(id=petition.pk), body, content_type="application/json")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_addresses_of_one_ipv6_network_share_the_rate_limit(client, petition, settings):
    settings.PETITION_RATE_LIMIT = "3/m"
    answers = [
        sign(client, petition.pk, email=f"v6-{i}@example.kz", remote=f"2001:db8:1:2::{i + 1}")
        for i in range(6)
    ]
    assert [answer.status_code for answer in answers] == [202, 202, 202, 429, 429, 429]
    # Another /64 is another client; an IPv4-mapped address is its IPv4 address.
    assert (
        sign(client, petition.pk, email="o@example.kz", remote="2001:db8:1:3::1").status_code == 202
    )
    assert sign(client, petition.pk, email="p@example.kz", remote="10.9.9.9").status_code == 202
    assert (
        sign(client, petition.pk, email="q@example.kz", remote="::ffff:10.9.9.9").status_code == 202
    )
    for i in range(2):
        sign(client, petition.pk, email=f"r{i}@example.kz", remote="10.9.9.9")
    assert (
        sign(client, petition.pk, email="s@example.kz", remote="::ffff:10.9.9.9").status_code == 429
    )


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


def test_confirming_moves_the_etag_of_the_petition_and_its_lists_and_no_other(
    client, petition, django_capture_on_commit_callbacks
):
    from django.core.cache import cache

    detail = f"/api/v1/pages/{petition.pk}/"
    find = f"/api/v1/pages/find/?path={client.get(detail).json()['url']}"
    # Lists that may hold petitions show their counts on the cards; the others show none.
    petitions, everything = "/api/v1/pages/?type=petition", "/api/v1/pages/?locale=ru"
    articles = "/api/v1/pages/?locale=ru&type=article,long_read"
    urls = (detail, find, petitions, everything, articles)
    before = {url: client.get(url)["ETag"] for url in urls}
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
    with django_capture_on_commit_callbacks(execute=True):
        confirm(client, token_from(mail.outbox[0]))
    cache.clear()  # other processes see the new version within seconds; here at once
    after = {url: client.get(url) for url in urls}
    assert after[detail]["ETag"] != before[detail] and after[detail].json()["signature_count"] == 1
    assert after[find]["ETag"] != before[find]
    for listing in (petitions, everything):
        assert after[listing]["ETag"] != before[listing], listing
        (card,) = [item for item in after[listing].json()["items"] if item["id"] == petition.pk]
        assert card["signature_count"] == 1
        assert client.get(listing, HTTP_IF_NONE_MATCH=before[listing]).status_code == 200
    # A list without petitions shows no counts: its copies stay valid through a signing campaign.
    assert after[articles]["ETag"] == before[articles]
    assert client.get(articles, HTTP_IF_NONE_MATCH=before[articles]).status_code == 304


def test_the_hubs_own_confirm_page_asks_before_confirming(
    client, petition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sign(client, petition.pk)
    link = re.search(r"(http://\S+token=[\w.-]+)", mail.outbox[0].body).group(1)
    path = link.split("127.0.0.1:8000", 1)[1]
    page = client.get(path)
    assert page.status_code == 200 and b'type="submit"' in page.content
    assert count(client, petition) == 0  # opening the link (a mail scanner) signs nobody
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post("/signatures/confirm/", {"token": token_from(mail.outbox[0])})
    assert done.status_code == 200
    assert count(client, petition) == 1


# What a signer reads when a form is sent empty: a sentence per field, for people (no field
# names, no raw values such as DRF's `"" is not a valid choice.`), in the form's language.
HUMAN_ERRORS = {
    "kk": {
        "full_name": "Аты-жөніңізді жазыңыз.",
        "email": "Электрондық пошта мекенжайыңызды жазыңыз: растау сілтемесі соған жіберіледі.",
        "region": "Өңіріңізді тізімнен таңдаңыз.",
        "consent": "Қол қою үшін дербес деректеріңізді өңдеуге келісім қажет.",
    },
    "ru": {
        "full_name": "Укажите имя и фамилию.",
        "email": "Укажите адрес электронной почты: на него придёт ссылка для подтверждения.",
        "region": "Выберите регион из списка.",
        "consent": "Чтобы подписать, нужно согласие на обработку ваших персональных данных.",
    },
}


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_an_empty_form_gets_one_human_sentence_per_field(client, petition, language):
    response = sign(
        client,
        petition.pk,
        full_name="",
        email="",
        region="",
        consent=False,
        accept_language=language,
    )
    problem = response.json()
    assert response.status_code == 400
    assert problem["errors"] == {field: [text] for field, text in HUMAN_ERRORS[language].items()}
    assert not any(field in problem["detail"] for field in HUMAN_ERRORS[language])
    assert '""' not in json.dumps(problem, ensure_ascii=False)


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"email": "aigerim@"},
            "email",
            "Бұл электрондық пошта мекенжайына ұқсамайды, тексеріп шығыңыз.",
        ),
        ({"region": "atlantis"}, "region", "Өңіріңізді тізімнен таңдаңыз."),
        ({"full_name": "Ә" * 201}, "full_name", "Аты-жөніңіз 200 таңбадан аспауы керек."),
    ],
)
def test_a_wrong_answer_is_explained_without_repeating_it(
    client, petition, changes, field, message
):
    errors = sign(client, petition.pk, accept_language="kk", **changes).json()["errors"]
    assert errors == {field: [message]}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("kk", "қол расталғаннан кейін ғана есептеледі"),
        ("ru", "подпись засчитывается только после подтверждения"),
        ("en", "the signature counts only once it is confirmed"),
    ],
)
def test_the_accepted_answer_says_the_signature_counts_only_once_confirmed(
    client, petition, language, sentence
):
    response = sign(client, petition.pk, accept_language=language)
    assert response.status_code == 202 and sentence in response.json()["detail"]
