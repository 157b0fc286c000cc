"""Registering for an event over HTTP (api/registrations.py, events/registrations.py): double
opt-in with the real SMTP server, seats and the waiting list, approval, the emails in the
registrant's language with their .ics, every error a problem, retention; and the capacity race
on PostgreSQL with real connections."""

import datetime
import json
import re
import zoneinfo
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from events import registrations
from events.emails import compose_registration_email
from events.models import EventPage, EventQuestion, Registration
from outbox.models import OutgoingEmail
from tests.conftest import publish, translate
from tests.factories import AudienceCategoryFactory, EventPageFactory

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")
EMAIL = "Dana.Nurlanovna@Example.KZ"
Status = Registration.Status


def in_days(days, hour=10):
    moment = datetime.datetime.now(ALMATY) + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


@pytest.fixture
def event(event_index):
    publish(event_index)
    return publish(
        EventPageFactory(
            parent=event_index,
            title="Семинар для адвокатов",
            starts_at=in_days(10),
            ends_at=in_days(10, 17),
            capacity=2,
            stream_url="https://www.youtube.com/@tendik-demo/live",
            format="hybrid",
        )
    )


def register(client, event_id, email=EMAIL, remote="10.0.0.1", accept_language=None, **changes):
    body = {
        "full_name": "Дана Нұрланқызы",
        "email": email,
        "organisation": "Адвокаттар алқасы",
        "position": "адвокат",
        "region": "shymkent",
        "consent": True,
        "locale": "ru",
        **changes,
    }
    return client.post(
        f"/api/v1/events/{event_id}/registrations/",
        json.dumps(body),
        content_type="application/json",
        REMOTE_ADDR=remote,
        **({"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}),
    )


def link_token(message, action="confirm") -> str:
    return re.search(rf"registration/{action}/\?token=([\w.:-]+)", message.body).group(1)


def act(client, action, token):
    return client.post(
        f"/api/v1/events/registrations/{action}/",
        json.dumps({"token": token}),
        content_type="application/json",
    )


def figures(client, event):
    answer = client.get(f"/api/v1/pages/{event.pk}/").json()
    return answer["registration_state"], answer["seats_left"]


def registered_and_confirmed(client, event, email, capture, **changes):
    """Registers `email` and follows the confirmation link; the registration."""
    mail.outbox.clear()
    with capture(execute=True):
        assert register(client, event.pk, email=email, **changes).status_code == 202
    (message,) = mail.outbox
    mail.outbox.clear()
    with capture(execute=True):
        assert act(client, "confirm", link_token(message)).status_code == 200
    return Registration.objects.get(email=email.lower())


@pytest.mark.django_db
def test_register_in_kazakh_over_smtp_get_an_ics_confirm_and_count_once(
    client,
    event,
    locales,
    smtp_server,
    django_capture_on_commit_callbacks,
):
    kazakh = translate(EventPage.objects.get(pk=event.pk), locales["kk"])
    EventPage.objects.filter(pk=kazakh.pk).update(title="Адвокаттарға арналған семинар")
    assert figures(client, event) == ("open", 2)
    with django_capture_on_commit_callbacks(execute=True):
        response = register(client, kazakh.pk, locale="kk")
    assert response.status_code == 202
    assert response.json()["status"] == "pending"
    assert EMAIL.lower() not in response.content.decode().lower()
    (message,) = smtp_server.messages
    assert message["To"] == EMAIL.lower()
    assert message["Subject"].strip() == ("Тіркелуіңізді растаңыз: Адвокаттарға арналған семинар")
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Сәлеметсіз бе!" in text and '<html lang="kk">' in html
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content_type() == "text/calendar"
    calendar = Calendar.from_ical(attachment.get_content())
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["summary"]) == "Адвокаттарға арналған семинар"
    assert entry.decoded("dtstart") == event.starts_at
    assert figures(client, event) == ("open", 2)  # not counted before confirmation

    token = re.search(r"token=([\w.:-]+)", text).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        assert act(client, "confirm", token).json() == {"status": "confirmed"}
    assert figures(client, event) == ("open", 1)
    assert figures(client, kazakh) == ("open", 1)  # the same seats in every language
    assert act(client, "confirm", token).json() == {"status": "confirmed"}  # idempotent

    # Registering again, in another language and case: still one registration, one seat.
    with django_capture_on_commit_callbacks(execute=True):
        assert register(client, event.pk, email=EMAIL.upper()).status_code == 202
    assert Registration.objects.count() == 1
    assert figures(client, event) == ("open", 1)
    seat_email = smtp_server.messages[1]
    assert seat_email["Subject"].strip().startswith("Сіз тіркелдіңіз")
    seat_text = seat_email.get_body(("plain",)).get_content()
    assert "https://www.youtube.com/@tendik-demo/live" in seat_text  # the online link
    assert "registration/cancel/?token=" in seat_text
    # No second confirmation request for a confirmed address.
    assert len(smtp_server.messages) == 2


@pytest.mark.django_db
def test_past_capacity_people_wait_in_order_and_a_cancellation_promotes_the_first_once(
    client, event, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    first = registered_and_confirmed(client, event, "a@example.kz", capture)
    registered_and_confirmed(client, event, "b@example.kz", capture)
    assert figures(client, event) == ("waiting_list", 0)
    third = registered_and_confirmed(client, event, "c@example.kz", capture, locale="kk")
    (waiting_email,) = mail.outbox
    assert third.status == Status.WAITING
    assert "күту тізімі" in waiting_email.subject.lower()
    fourth = registered_and_confirmed(client, event, "d@example.kz", capture)
    assert list(Registration.objects.waiting().values_list("pk", flat=True)) == [
        third.pk,
        fourth.pk,
    ]
    # The first registrant cancels with the link of their seat's email.
    with capture(execute=True):
        registrations._email(first.pk, first.email, "registered", "ru")
    cancel_token = link_token(mail.outbox[-1], "cancel")
    mail.outbox.clear()
    with capture(execute=True):
        assert act(client, "cancel", cancel_token).json() == {"status": "cancelled"}
    assert Registration.objects.get(pk=third.pk).status == Status.CONFIRMED
    assert Registration.objects.get(pk=fourth.pk).status == Status.WAITING
    subjects = sorted(message.subject for message in mail.outbox)
    assert len(subjects) == 2  # the cancellation, and the promotion in Kazakh
    assert any("орын босады" in subject for subject in subjects)
    with capture(execute=True):
        assert act(client, "cancel", cancel_token).json() == {"status": "cancelled"}
    assert Registration.objects.get(pk=fourth.pk).status == Status.WAITING  # not twice
    assert figures(client, event) == ("waiting_list", 0)


@pytest.mark.django_db
def test_an_organiser_approves_declines_and_promotes(
    client, event, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    EventPage.objects.filter(pk=event.pk).update(requires_approval=True, capacity=1)
    one = registered_and_confirmed(client, event, "one@example.kz", capture, locale="kk")
    two = registered_and_confirmed(client, event, "two@example.kz", capture)
    assert {one.status, two.status} == {Status.AWAITING_APPROVAL}
    assert figures(client, event) == ("open", 1)
    mail.outbox.clear()
    with capture(execute=True):
        registrations.approve(one.pk)
    (approved,) = mail.outbox
    assert approved.subject.startswith("Тіркелу мақұлданды")  # in the registrant's language
    assert approved.attachments[0][2] == "text/calendar"
    with capture(execute=True):
        assert registrations.approve(two.pk).status == Status.WAITING  # no seat left
    with pytest.raises(registrations.NotAllowedNow):
        registrations.promote(two.pk)  # no free seat: the capacity holds
    EventPage.objects.filter(translation_key=event.translation_key).update(capacity=2)
    with capture(execute=True):
        assert registrations.promote(two.pk).status == Status.CONFIRMED
    with pytest.raises(registrations.NotAllowedNow):
        registrations.approve(two.pk)
    three = registered_and_confirmed(client, event, "three@example.kz", capture)
    mail.outbox.clear()
    with capture(execute=True):
        registrations.decline(three.pk)
    assert Registration.objects.get(pk=three.pk).status == Status.DECLINED
    assert mail.outbox[0].subject.startswith("Регистрация отклонена")
    with capture(execute=True):
        registrations.cancel_by_organiser(one.pk)
    assert Registration.objects.get(pk=one.pk).status == Status.CANCELLED


@pytest.mark.django_db
def test_raising_the_capacity_and_publishing_seats_the_waiting(
    client, event, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    EventPage.objects.filter(pk=event.pk).update(capacity=1)
    registered_and_confirmed(client, event, "a@example.kz", capture)
    waiting = registered_and_confirmed(client, event, "b@example.kz", capture)
    assert waiting.status == Status.WAITING
    page = EventPage.objects.get(pk=event.pk)
    page.capacity = 5
    with capture(execute=True):
        publish(page)
    assert Registration.objects.get(pk=waiting.pk).status == Status.CONFIRMED


@pytest.mark.django_db
def test_the_event_payload_states_registration_and_its_questions(api, event, locales):
    page = EventPage.objects.get(pk=event.pk)
    page.event_questions.add(
        EventQuestion(label="Нужен ли перевод?", kind="yes_no", required=True),
        EventQuestion(label="Секция", kind="choice", options="Уголовная\nГражданская"),
    )
    event = publish(page)
    answer = api.get(f"/api/v1/pages/{event.pk}/").json()
    assert answer["registration_state"] == "open" and answer["seats_left"] == 2
    settings_ = answer["registration"]
    assert settings_["required"] is True and settings_["waiting_list"] is True
    assert [(q["kind"], q["required"]) for q in settings_["questions"]] == [
        ("yes_no", True),
        ("choice", False),
    ]
    assert settings_["questions"][1]["options"] == ["Уголовная", "Гражданская"]
    card = next(
        item
        for item in api.get("/api/v1/pages/", {"type": "event"}).json()["items"]
        if item["id"] == event.pk
    )
    assert (card["registration_state"], card["seats_left"]) == ("open", 2)


@pytest.mark.django_db
def test_answers_are_checked_against_the_events_questions(
    client, event, django_capture_on_commit_callbacks
):
    page = EventPage.objects.get(pk=event.pk)
    page.event_questions.add(
        EventQuestion(label="Нужен ли перевод?", kind="yes_no", required=True),
        EventQuestion(label="Секция", kind="choice", options="Уголовная\nГражданская"),
    )
    event = publish(page)
    yes_no, choice = (
        str(key)
        for key in EventQuestion.objects.values_list("translation_key", flat=True).order_by(
            "sort_order"
        )
    )
    refused = register(client, event.pk, answers={choice: "Налоговая"}, accept_language="kk")
    assert refused.status_code == 400
    errors = refused.json()["errors"]
    assert set(errors) == {f"answers.{yes_no}", f"answers.{choice}"}
    assert errors[f"answers.{yes_no}"] == ["Осы сұраққа жауап беріңіз."]
    with django_capture_on_commit_callbacks(execute=True):
        accepted = register(
            client, event.pk, answers={yes_no: True, choice: "Гражданская", "unknown": "x"}
        )
    assert accepted.status_code == 202
    assert Registration.objects.get().answers == {yes_no: True, choice: "Гражданская"}


@pytest.mark.django_db
def test_closed_full_unknown_invalid_and_throttled_registrations_are_problems(
    client, event, settings, django_capture_on_commit_callbacks
):
    def problem(response, status, kind):
        assert response.status_code == status
        assert response["Content-Type"] == "application/problem+json"
        assert response.json()["type"] == f"urn:tendik:problem:{kind}"
        return response.json()

    problem(register(client, 999999), 404, "not-found")
    body = problem(register(client, event.pk, email="nope", region="mars"), 400, "validation-error")
    assert set(body["errors"]) == {"email", "region"}
    problem(register(client, event.pk, consent=False), 400, "validation-error")
    problem(register(client, event.pk, audience="no-such-category"), 400, "validation-error")
    AudienceCategoryFactory(name="Адвокаты", slug="lawyers")
    assert register(client, event.pk, audience="lawyers").status_code == 202

    EventPage.objects.filter(pk=event.pk).update(registration_closes_at=timezone.now())
    body = problem(register(client, event.pk, accept_language="kk"), 409, "registration-closed")
    assert body["detail"] == "Бұл іс-шараға тіркелу жабық."
    assert figures(client, event)[0] == "closed"

    EventPage.objects.filter(pk=event.pk).update(
        registration_closes_at=None, capacity=1, has_waiting_list=False
    )
    capture = django_capture_on_commit_callbacks
    registered_and_confirmed(client, event, "first@example.kz", capture)
    assert figures(client, event) == ("full", 0)
    problem(register(client, event.pk, email="late@example.kz"), 409, "event-full")
    # One who registered before it filled up cannot take a seat past the capacity either.
    mail.outbox.clear()
    Registration.objects.filter(email=EMAIL.lower()).update(status=Status.UNCONFIRMED)
    with capture(execute=True):
        registrations._email(
            Registration.objects.get(email=EMAIL.lower()).pk, EMAIL, "confirm", "ru"
        )
    problem(act(client, "confirm", link_token(mail.outbox[0])), 409, "event-full")
    assert Registration.objects.get(email=EMAIL.lower()).status == Status.UNCONFIRMED

    problem(act(client, "confirm", "forged.token"), 400, "invalid-token")
    settings.PETITION_RATE_LIMIT = "2/m"
    register(client, event.pk, remote="10.9.9.9")
    register(client, event.pk, remote="10.9.9.9")
    throttled = problem(register(client, event.pk, remote="10.9.9.9"), 429, "too-many-requests")
    assert throttled["status"] == 429


@pytest.mark.django_db
def test_an_expired_confirmation_link_does_nothing(client, event, settings, monkeypatch):
    with_capture = register(client, event.pk)
    assert with_capture.status_code == 202
    registration = Registration.objects.get()
    token = registrations.CONFIRM_LINKS.issue(registration)
    later = timezone.now() + timedelta(days=settings.REGISTRATION_TOKEN_DAYS + 1)
    monkeypatch.setattr("django.core.signing.time.time", lambda: later.timestamp())
    assert act(client, "confirm", token).json()["type"] == "urn:tendik:problem:expired-token"
    assert Registration.objects.get().status == Status.UNCONFIRMED


@pytest.mark.django_db
def test_the_reminder_goes_the_day_before_and_only_to_people_with_a_seat(
    client, event, django_capture_on_commit_callbacks
):
    registration = registered_and_confirmed(
        client, event, "a@example.kz", django_capture_on_commit_callbacks, locale="kk"
    )
    reminder = OutgoingEmail.objects.get(kind="events.registration", context__message="reminder")
    assert reminder.next_attempt_at == event.starts_at - timedelta(days=1)
    assert reminder.sent_at is None  # waits for its day
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.utils.timezone.now", lambda: event.starts_at - timedelta(hours=20))
        composed = compose_registration_email(reminder.context)
    assert composed.subject.startswith("Ертең:")
    assert composed.attachments[0][0] == "event.ics"
    # Cancelled meanwhile: nothing to remind of.
    Registration.objects.filter(pk=registration.pk).update(status=Status.CANCELLED)
    assert compose_registration_email(reminder.context) is None


@pytest.mark.django_db
def test_registrant_data_is_erased_after_the_event_and_the_counts_stay(
    client, event, settings, django_capture_on_commit_callbacks
):
    registered_and_confirmed(
        client, event, "a@example.kz", django_capture_on_commit_callbacks, audience=""
    )
    register(client, event.pk, email="never-confirmed@example.kz")
    assert registrations.anonymise_past_events() == 0  # the event has not happened
    after = event.ends_at + timedelta(days=settings.REGISTRATION_RETENTION_DAYS + 1)
    assert registrations.anonymise_past_events(now=after) == 2
    (kept,) = Registration.objects.all()
    assert kept.status == Status.CONFIRMED and kept.region == "shymkent"
    assert kept.full_name == "" and kept.organisation == "" and kept.email.endswith("@invalid")
    assert not OutgoingEmail.objects.filter(to__icontains="example.kz").exists()
    assert registrations.anonymise_past_events(now=after) == 0


@pytest.mark.postgres
# Real commits, real connections per thread; the data migrations' rows are restored after.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_60_confirmations_at_once_fill_20_seats_and_10_cancellations_promote_exactly_10(
    settings,
    event_index,
    smtp_server,
):
    settings.PETITION_RATE_LIMIT = "100000/m"
    publish(event_index)
    event = publish(
        EventPageFactory(
            parent=event_index, capacity=20, starts_at=in_days(10), ends_at=in_days(10, 17)
        )
    )
    people = [f"lawyer{n}@example.kz" for n in range(60)]
    for email in people:
        assert register(Client(), event.pk, email=email).status_code == 202
    tokens = {
        message["To"]: re.search(
            r"token=([\w.:-]+)", message.get_body(("plain",)).get_content()
        ).group(1)
        for message in smtp_server.messages
    }
    assert len(tokens) == 60

    def confirm(email):
        try:
            return act(Client(), "confirm", tokens[email]).json()["status"]
        finally:
            connection.close()  # each thread has its own real connection

    with ThreadPoolExecutor(max_workers=16) as pool:
        statuses = Counter(pool.map(confirm, people))
    assert statuses == {"confirmed": 20, "waiting": 40}
    seats = Registration.objects.filter(status=Status.CONFIRMED)
    waiting = list(Registration.objects.waiting())
    assert seats.count() == 20 and len(waiting) == 40
    # In order: the waiting list follows the moments people confirmed, all after the seated.
    assert [each.queued_at for each in waiting] == sorted(each.queued_at for each in waiting)
    assert max(seat.seat_given_at for seat in seats) <= waiting[0].queued_at

    cancel_tokens = [registrations.CANCEL_LINKS.issue(registration) for registration in seats[:10]]
    first_ten_waiting = [each.pk for each in waiting[:10]]
    smtp_server.messages.clear()

    def cancel(token):
        try:
            return act(Client(), "cancel", token).json()["status"]
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=10) as pool:
        assert list(pool.map(cancel, cancel_tokens)) == ["cancelled"] * 10
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 20
    promoted = set(
        Registration.objects.filter(status=Status.CONFIRMED, queued_at__isnull=False).values_list(
            "pk", flat=True
        )
    )
    assert promoted == set(first_ten_waiting)  # exactly the first ten, each once
    promotion_emails = Counter(
        message["To"]
        for message in smtp_server.messages
        if "A seat has freed up" in message["Subject"] or "Освободилось место" in message["Subject"]
    )
    assert len(promotion_emails) == 10 and set(promotion_emails.values()) == {1}
    assert Registration.objects.waiting().count() == 30


@pytest.mark.django_db
def test_a_seat_taken_moves_the_etag_of_the_event_and_of_event_lists(
    client, event, django_capture_on_commit_callbacks
):
    def etags():
        return (
            client.get(f"/api/v1/pages/{event.pk}/")["ETag"],
            client.get("/api/v1/pages/", {"type": "event"})["ETag"],
            client.get("/api/v1/pages/", {"type": "article"})["ETag"],
        )

    before = etags()
    registered_and_confirmed(client, event, "a@example.kz", django_capture_on_commit_callbacks)
    after = etags()
    assert after[0] != before[0] and after[1] != before[1]
    assert after[2] == before[2]  # a list that cannot hold events keeps its ETag


@pytest.mark.django_db
def test_the_registrants_address_never_appears_in_answers_logs_or_urls(
    client, event, caplog, django_capture_on_commit_callbacks
):
    import logging

    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        answers = [
            register(client, event.pk),
            register(client, event.pk, region="atlantis"),
            register(client, event.pk, consent=False),
            client.get(f"/api/v1/pages/{event.pk}/"),
            client.get("/api/v1/pages/", {"type": "event"}),
        ]
    (message,) = mail.outbox
    with django_capture_on_commit_callbacks(execute=True):
        answers.append(act(client, "confirm", link_token(message)))
    for answer in answers:
        assert b"dana.nurlanovna" not in answer.content.lower()
    assert "dana.nurlanovna" not in caplog.text.lower()
    links = re.findall(r"https?://\S+", message.body)
    assert links and not any("dana" in link.lower() for link in links)
    registration = Registration.objects.get()
    assert registration.ip_hash and "10.0.0.1" not in registration.ip_hash
