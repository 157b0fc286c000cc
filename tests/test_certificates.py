"""Certificates (events/certificates.py): issued from the organiser's screen to whoever attended
under the event's rule, in their language, as a PDF whose text keeps every Kazakh letter;
emailed once however often the button is pressed or the task resumed; verified publicly by code
(API and website) with the name, the event and the dates and nothing else; revocable."""

import datetime
import io
import re
import zoneinfo

import pytest
from django.core import mail
from django.urls import reverse
from pypdf import PdfReader

from events import attendance, certificates
from events.models import Certificate, CertificateRun, Registration
from tests.conftest import publish, translate
from tests.factories import EventPageFactory, PartnerFactory
from tests.test_translation_roles import client_for, member_of
from translations.roles import EDITORS, TRANSLATORS

pytestmark = pytest.mark.django_db
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")
Status = Registration.Status
KAZAKH_LETTERS = "әғқңөұүһі"
KAZAKH_NAME = "Әсем Ғалымқызы Құрманбекова"
KAZAKH_TITLE = "Теңдік үшін құқықтық көмек: өңірлер, ғылым һәм тәжірибе"


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def organiser(db):
    return member_of(EDITORS, username="organiser")


@pytest.fixture
def seminar(event_index, locales):
    """A two-day seminar that is over, in ru and kk; three registrants: a Kazakh speaker present
    both days, a Russian speaker present both days, one present one day (not an attendee)."""
    publish(event_index)
    page = EventPageFactory(
        parent=event_index,
        title="Правовая помощь ради равенства",
        starts_at=datetime.datetime(2026, 10, 5, 10, tzinfo=ALMATY),
        ends_at=datetime.datetime(2026, 10, 6, 17, tzinfo=ALMATY),
        certificate_hours=16,
    )
    page.save()
    from events.models import EventPartner

    EventPartner.objects.create(page=page, partner=PartnerFactory(name="Фонд Сорос-Казахстан"))
    page = publish(page)
    kazakh = translate(page, locales["kk"])
    kazakh.title = KAZAKH_TITLE
    kazakh.save_revision().publish()
    people = {}
    for key, name, email, locale, days in (
        ("kk", KAZAKH_NAME, "asem@mail.kz", "kk", 2),
        ("ru", "Иван Петров", "ivan@mail.kz", "ru", 2),
        ("half", "Полдня Был", "half@mail.kz", "ru", 1),
    ):
        registration = Registration.objects.create(
            event_key=page.translation_key,
            full_name=name,
            email=email,
            organisation="Адвокатская контора",
            locale=locale,
            status=Status.CONFIRMED,
        )
        for offset in range(days):
            attendance.check_in(
                page, registration.pk, datetime.date(2026, 10, 5 + offset), user=None
            )
        people[key] = registration
    return page, people


def issue(client, page, capture):
    with capture(execute=True):
        return client.post(
            reverse("events_certificates", args=[page.pk]), {"action": "issue"}, follow=True
        )


def test_issuing_sends_each_attendee_a_pdf_in_their_language_with_kazakh_letters_intact(
    client, organiser, seminar, django_capture_on_commit_callbacks
):
    page, people = seminar
    mail.outbox.clear()
    answer = issue(client_for(client, organiser), page, django_capture_on_commit_callbacks)
    assert answer.status_code == 200
    run = CertificateRun.objects.get()
    assert (run.status, run.rows_total, run.rows_done, run.issued) == ("done", 2, 2, 2)
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"asem@mail.kz", "ivan@mail.kz"}  # not the one-day guest

    kazakh = by_recipient["asem@mail.kz"]
    assert KAZAKH_TITLE in kazakh.subject
    (name, data, kind) = kazakh.attachments[0]
    assert kind == "application/pdf" and name.startswith("certificate-")
    text = pdf_text(data)
    assert KAZAKH_NAME in text and KAZAKH_TITLE in text
    assert all(letter in text for letter in KAZAKH_LETTERS)
    assert "СЕРТИФИКАТ" in text and "16" in text and "Фонд Сорос-Казахстан" in text
    code = Certificate.objects.get(registration=people["kk"]).code
    assert code in text and f"/kk/certificates/{code}/" in text

    russian = pdf_text(by_recipient["ivan@mail.kz"].attachments[0][1])
    assert "Иван Петров" in russian and "Правовая помощь ради равенства" in russian
    assert "СЕРТИФИКАТ" in russian


def test_issuing_twice_or_resuming_after_a_crash_sends_nothing_more(
    client, organiser, seminar, django_capture_on_commit_callbacks
):
    page, people = seminar
    organiser_client = client_for(client, organiser)
    issue(organiser_client, page, django_capture_on_commit_callbacks)
    sent = len(mail.outbox)
    issue(organiser_client, page, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == sent == 2
    assert Certificate.objects.count() == 2
    assert CertificateRun.objects.order_by("pk").last().issued == 0

    # A task that died after the first certificate: resuming issues the rest, once.
    Certificate.objects.filter(registration=people["ru"]).delete()
    crashed = CertificateRun.objects.create(
        event_key=page.translation_key, status=CertificateRun.Status.RUNNING, rows_total=2
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        certificates.issue_certificates.call(crashed.pk)
    assert [message.to for message in mail.outbox] == [["ivan@mail.kz"]]
    with django_capture_on_commit_callbacks(execute=True):
        certificates.issue_certificates.call(crashed.pk)  # already done: nothing
    assert len(mail.outbox) == 1
    # The database holds one certificate per registration whatever the code does.
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            registration=people["ru"],
            event_key=page.translation_key,
            language="ru",
            full_name="Двойник",
            event_title="x",
            starts_on=datetime.date(2026, 10, 5),
            ends_on=datetime.date(2026, 10, 6),
        )


def test_the_verification_page_and_api_for_a_valid_an_unknown_and_a_revoked_code(
    api, client, organiser, seminar, django_capture_on_commit_callbacks
):
    page, people = seminar
    issue(client_for(client, organiser), page, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(registration=people["kk"])
    client.logout()

    answer = api.get(f"/api/v1/certificates/{certificate.code}/")
    assert answer.status_code == 200
    body = answer.data_json
    assert set(body) == {
        "code", "full_name", "language", "event", "starts_on", "ends_on", "hours", "issued_on"
    }  # fmt: skip
    assert body["full_name"] == KAZAKH_NAME and body["event"]["title"] == KAZAKH_TITLE
    assert body["event"]["url"].startswith("/kk/")
    assert (body["starts_on"], body["ends_on"], body["hours"]) == ("2026-10-05", "2026-10-06", 16)
    assert "asem@mail.kz" not in answer.content.decode()
    assert "Адвокатская" not in answer.content.decode()
    # Typed from paper: lower case, no dashes.
    typed = certificate.code.replace("-", "").lower()
    assert api.get(f"/api/v1/certificates/{typed}/").data_json["code"] == certificate.code
    website = client.get(f"/kk/certificates/{certificate.code}/")
    assert website.status_code == 200
    assert KAZAKH_NAME in website.content.decode() and KAZAKH_TITLE in website.content.decode()

    unknown = api.get("/api/v1/certificates/AAAA-BBBB-CCCC/")
    assert unknown.status_code == 404
    assert unknown["Content-Type"] == "application/problem+json"
    assert client.get("/kk/certificates/AAAA-BBBB-CCCC/").status_code == 404

    # An organiser revokes it: it says so, and names nobody.
    client_for(client, organiser).post(
        reverse("events_certificates", args=[page.pk]),
        {"action": "revoke", "certificate": certificate.pk},
    )
    client.logout()
    revoked = api.get(f"/api/v1/certificates/{certificate.code}/")
    assert revoked.status_code == 410
    assert revoked.data_json["type"].endswith("certificate-revoked")
    assert KAZAKH_NAME not in revoked.content.decode()
    page_html = client.get(f"/ru/certificates/{certificate.code}/")
    assert page_html.status_code == 410 and KAZAKH_NAME not in page_html.content.decode()
    # A revoked certificate's email, had it not gone yet, is not sent.
    from events.emails import compose_certificate_email

    assert compose_certificate_email({"certificate": certificate.pk}) is None


def test_the_organisers_screen_shows_progress_pdfs_and_is_refused_to_translators(
    client, organiser, seminar, django_capture_on_commit_callbacks
):
    page, people = seminar
    organiser_client = client_for(client, organiser)
    html = organiser_client.get(reverse("events_certificates", args=[page.pk])).content.decode()
    assert re.search(r'data-figure="attendees">2<', html)
    issue(organiser_client, page, django_capture_on_commit_callbacks)
    run = CertificateRun.objects.get()
    status = organiser_client.get(reverse("events_certificate_run", args=[run.pk])).json()
    assert status["percent"] == 100 and status["rows_done"] == 2 and status["download_url"]
    everything = organiser_client.get(status["download_url"])
    assert everything["Content-Type"] == "application/pdf"
    assert len(PdfReader(io.BytesIO(everything.content)).pages) == 2

    translator = member_of(TRANSLATORS["kk"], username="kk-translator")
    refused = client_for(client, translator).get(reverse("events_certificates", args=[page.pk]))
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    assert client.get(status["download_url"]).status_code == 302
    assert client.get(reverse("events_certificate_run", args=[run.pk])).status_code == 302


def test_an_event_that_has_not_begun_issues_nothing(client, organiser, event_index):
    publish(event_index)
    future = publish(
        EventPageFactory(
            parent=event_index,
            starts_at=datetime.datetime.now(ALMATY) + datetime.timedelta(days=3),
            ends_at=datetime.datetime.now(ALMATY) + datetime.timedelta(days=3, hours=6),
        )
    )
    answer = client_for(client, organiser).post(
        reverse("events_certificates", args=[future.pk]), {"action": "issue"}, follow=True
    )
    assert "после начала мероприятия" in answer.content.decode()  # the organiser's Russian
    assert not CertificateRun.objects.exists()
