"""The admin's event screens (events/admin_views.py): every event with its seats, one event's
figures, charts by category and region, the registration list with its search and filters, and
what organisers do: approve, decline, give a seat, cancel; who may; the dashboard panel."""

import datetime
import re
import zoneinfo
from html import unescape

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse

from events.models import Registration
from tests.conftest import publish, translate
from tests.factories import AudienceCategoryFactory, EventPageFactory
from tests.test_translation_roles import client_for, member_of
from translations.roles import EDITORS, REVIEWERS, TRANSLATORS

pytestmark = pytest.mark.django_db
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")
Status = Registration.Status


def in_days(days, hour=10):
    moment = datetime.datetime.now(ALMATY) + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


@pytest.fixture
def event(event_index, locales):
    publish(event_index)
    page = publish(
        EventPageFactory(
            parent=event_index,
            title="Тренинг для адвокатов",
            capacity=2,
            requires_approval=True,
            starts_at=in_days(5),
            ends_at=in_days(6, 17),
        )
    )
    translate(page, locales["kk"])
    AudienceCategoryFactory(name="Адвокаты", slug="lawyers")
    AudienceCategoryFactory(name="Журналисты", slug="journalists")
    rows = [
        ("Әлия Сәрсенова", "aliya@mail.kz", "lawyers", "almaty", Status.CONFIRMED),
        ("Ержан Қасымов", "erzhan@mail.kz", "lawyers", "shymkent", Status.CONFIRMED),
        ("Дина Ахметова", "dina@mail.kz", "journalists", "almaty", Status.WAITING),
        ("Марат Оспанов", "marat@mail.kz", "lawyers", "astana", Status.WAITING),
        ("Гүлнар Исаева", "gulnar@mail.kz", "journalists", "astana", Status.AWAITING_APPROVAL),
        ("Пока не подтвердил", "later@mail.kz", "", "almaty", Status.UNCONFIRMED),
    ]
    now = datetime.datetime.now(ALMATY)
    for n, (name, email, audience, region, status) in enumerate(rows):
        Registration.objects.create(
            event_key=page.translation_key,
            full_name=name,
            email=email,
            audience=audience,
            region=region,
            locale="kk" if n % 2 else "ru",
            status=status,
            # Joined the waiting list an hour ago, in this order.
            queued_at=(now - datetime.timedelta(hours=1, minutes=-n))
            if status == Status.WAITING
            else None,
        )
    return page


@pytest.fixture
def editor(db):
    return member_of(EDITORS, username="editor")


def screen(page):
    return reverse("events_registrations", args=[page.pk])


def text(html) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def figure(html, name):
    return re.search(rf'data-figure="{name}">([^<]*)<', html).group(1)


def row_of(html, registration):
    start = html.index(f'data-registration="{registration.pk}"')
    return html[start : html.index("</tr>", start)]


def act(client, page, action, registration):
    return client.post(
        screen(page), {"action": action, "registration": registration.pk}, follow=True
    )


def test_the_screen_shows_figures_charts_and_the_list_with_masked_addresses(client, editor, event):
    html = client_for(client, editor).get(screen(event)).content.decode()
    assert figure(html, "registered") == "6"
    assert figure(html, "confirmed") == "2" and figure(html, "seats_left") == "0"
    assert figure(html, "waiting") == "2" and figure(html, "awaiting_approval") == "1"
    audience = text(re.search(r'data-chart="audience">(.*?)</table>', html, re.S).group(1))
    assert audience.startswith("Адвокаты 3") and "Журналисты 2" in audience
    region = text(re.search(r'data-chart="region">(.*?)</table>', html, re.S).group(1))
    assert region.startswith("Алматы 3")
    assert "aliya@mail.kz" not in html and "a•••@mail.kz" in html
    dina = Registration.objects.get(email="dina@mail.kz")
    assert "(№ 1)" in text(row_of(html, dina))  # first on the waiting list
    # From the Kazakh version too: one screen per event.
    kazakh = event.get_translations().get()
    assert client.get(screen(kazakh)).content.decode().count("Әлия Сәрсенова") == 1


def test_searching_keeps_the_address_out_of_the_url_and_filters_by_status_and_category(
    client, editor, event
):
    client_for(client, editor)
    posted = client.post(screen(event), {"action": "search", "q": "Ахметова"})
    assert posted.status_code == 302 and "Ахметова" not in posted["Location"]
    html = client.get(posted["Location"]).content.decode()
    assert "Дина Ахметова" in html and "Әлия Сәрсенова" not in html
    posted = client.post(
        screen(event), {"action": "search", "status": "waiting", "audience": "lawyers"}
    )
    html = client.get(posted["Location"]).content.decode()
    assert "Марат Оспанов" in html and "Дина Ахметова" not in html


def test_organisers_approve_decline_give_seats_and_cancel_through_the_rules(
    client, editor, event, django_capture_on_commit_callbacks
):
    client_for(client, editor)
    gulnar = Registration.objects.get(email="gulnar@mail.kz")
    with django_capture_on_commit_callbacks(execute=True):
        act(client, event, "approve", gulnar)
    # No seat free: approved onto the waiting list, after those already waiting.
    assert Registration.objects.get(pk=gulnar.pk).status == Status.WAITING
    marat = Registration.objects.get(email="marat@mail.kz")
    refused = act(client, event, "promote", marat)
    assert "Свободных мест нет" in refused.content.decode()
    assert Registration.objects.get(pk=marat.pk).status == Status.WAITING
    aliya = Registration.objects.get(email="aliya@mail.kz")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        act(client, event, "cancel", aliya)
    assert Registration.objects.get(pk=aliya.pk).status == Status.CANCELLED
    # The seat went to the first person waiting (Dina), who was emailed, in Russian.
    assert Registration.objects.get(email="dina@mail.kz").status == Status.CONFIRMED
    assert any(
        message.to == ["dina@mail.kz"] and message.subject.startswith("Освободилось место")
        for message in mail.outbox
    )
    with django_capture_on_commit_callbacks(execute=True):
        act(client, event, "decline", marat)
    assert Registration.objects.get(pk=marat.pk).status == Status.DECLINED
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 2  # the capacity


def test_translators_cannot_open_it_and_addresses_need_their_own_permission(client, editor, event):
    translator = member_of(TRANSLATORS["kk"], username="kk")
    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
    refused = client_for(client, translator).get(screen(event))
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    aliya = Registration.objects.get(email="aliya@mail.kz")
    assert (
        client.post(screen(event), {"action": "cancel", "registration": aliya.pk}).status_code
        == 302
    )
    assert Registration.objects.get(pk=aliya.pk).status == Status.CONFIRMED
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("events_registrations_list") not in home  # no menu item either
    reviewer = member_of(REVIEWERS, username="reviewer")
    assert client_for(client, reviewer).get(screen(event)).status_code == 200
    editor.user_permissions.add(Permission.objects.get(codename="export_registrant_emails"))
    html = client_for(client, editor).get(screen(event)).content.decode()
    assert "aliya@mail.kz" in html


def test_the_list_of_events_and_the_dashboard_panel_show_seats_approval_and_waiting(
    client, editor, event
):
    client_for(client, editor)
    html = client.get(reverse("events_registrations_list")).content.decode()
    assert html.count(screen(event)) == 1  # the ru version, not the kk one
    row = html[html.index(f'data-event="{event.pk}"') :]
    assert figure(row, "confirmed") == "2 / 2" and figure(row, "waiting") == "2"
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = dashboard[dashboard.index('id="dashboard-upcoming-events-section"') :]
    assert re.search(r'data-figure="awaiting_approval"><span class="td-warning">1<', panel)
    assert figure(panel, "waiting") == "2"


def test_a_csv_export_is_written_by_a_task_with_progress_answers_and_emails_only_if_permitted(
    client, editor, event, django_capture_on_commit_callbacks
):
    import csv
    import io

    from events.models import EventQuestion, RegistrationExport

    page = event.__class__.objects.get(pk=event.pk)
    page.event_questions.add(EventQuestion(label="Нужен перевод?", kind="yes_no"))
    event = publish(page)
    key = str(EventQuestion.objects.get(page=event).translation_key)
    Registration.objects.filter(email="aliya@mail.kz").update(
        answers={key: True}, full_name="=HYPERLINK(1)"
    )
    client_for(client, editor)
    with django_capture_on_commit_callbacks(execute=True):
        posted = client.post(
            screen(event), {"action": "export", "status": "", "include_emails": "on"}
        )
    assert posted.status_code == 302
    export = RegistrationExport.objects.get()
    assert export.status == "done" and export.rows_total == export.rows_done == 6
    assert export.include_emails is False  # no permission for addresses
    status = client.get(reverse("events_export_status", args=[export.pk])).json()
    assert status["percent"] == 100 and status["download_url"]
    download = client.get(status["download_url"])
    text = b"".join(download.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][-1] == "Нужен перевод?" and "Email" not in rows[0]
    aliya = next(row for row in rows if row[0] == "'=HYPERLINK(1)")  # not a formula
    assert aliya[-1] == "Да" and "Адвокаты" in aliya
    assert "aliya@mail.kz" not in text
    # A file with registrant data goes only to whoever asked for it.
    other = member_of(REVIEWERS, username="other-reviewer")
    assert client_for(client, other).get(status["download_url"]).status_code == 404


def test_nobody_gets_a_seat_at_a_cancelled_event(client, editor, event):
    page = event.__class__.objects.get(pk=event.pk)
    page.is_cancelled = True
    publish(page)
    assert set(Registration.objects.values_list("status", flat=True)) == {Status.CANCELLED}
    Registration.objects.filter(email="gulnar@mail.kz").update(status=Status.AWAITING_APPROVAL)
    refused = act(
        client_for(client, editor),
        event,
        "approve",
        Registration.objects.get(email="gulnar@mail.kz"),
    )
    assert "Событие отменено: место дать нельзя." in refused.content.decode()
    assert not Registration.objects.filter(status=Status.CONFIRMED).exists()
