"""Check-in at the door (events/check_in_views.py, events/attendance.py): ticking people present
per day through the admin screen, scanning the QR of a seat's email, undoing, walk-ins, the
attendance rule of a multi-day event, the page history, who may; and the campaign indicators
computed from that attendance (events/indicators.py, api/indicators.py), in the API with their
evidence and an ETag that moves with a check-in."""

import datetime
import re
import zoneinfo
from html import unescape

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from events import attendance
from events.models import Attendance, EventPage, Registration
from tests.conftest import publish, translate
from tests.factories import AudienceCategoryFactory, CampaignPageFactory, EventPageFactory
from tests.test_translation_roles import client_for, member_of
from translations.roles import EDITORS, TRANSLATORS

pytestmark = pytest.mark.django_db
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")
Status = Registration.Status


def almaty(year, month, day, hour):
    return datetime.datetime(year, month, day, hour, tzinfo=ALMATY)


def person(event, name, email, *, audience="lawyers", region="almaty", status=Status.CONFIRMED):
    return Registration.objects.create(
        event_key=event.translation_key,
        full_name=name,
        email=email,
        organisation="Коллегия адвокатов",
        audience=audience,
        region=region,
        locale="kk",
        status=status,
    )


@pytest.fixture
def categories(locales):
    return {
        "lawyers": AudienceCategoryFactory(name="Адвокаты", slug="lawyers"),
        "journalists": AudienceCategoryFactory(name="Журналисты", slug="journalists"),
        "bloggers": AudienceCategoryFactory(name="Блогеры", slug="bloggers"),
    }


@pytest.fixture
def training(event_index, locales, categories):
    """A three-day training, 10–12 March 2027 in Almaty time."""
    publish(event_index)
    return publish(
        EventPageFactory(
            parent=event_index,
            title="Құқықтық тренинг",
            starts_at=almaty(2027, 3, 10, 10),
            ends_at=almaty(2027, 3, 12, 17),
        )
    )


@pytest.fixture
def editor(db):
    return member_of(EDITORS, username="organiser")


def screen(event, day="2027-03-10"):
    return reverse("events_check_in", args=[event.pk]) + f"?day={day}"


def text(html) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def figure(html, name):
    return re.search(rf'data-figure="{name}">([^<]*)<', html).group(1)


def present(registration):
    return sorted(day.isoformat() for day in registration.attendances.values_list("day", flat=True))


def test_an_organiser_checks_people_in_by_day_undoes_and_the_page_history_says_so(
    client, editor, training
):
    aliya = person(training, "Әлия Сәрсенова", "aliya@mail.kz")
    waiting = person(training, "Дина Ахметова", "dina@mail.kz", status=Status.WAITING)
    organiser = client_for(client, editor)
    html = organiser.get(screen(training)).content.decode()
    assert "Әлия Сәрсенова" in html and "Дина Ахметова" not in html  # the confirmed only
    assert re.findall(r'\?day=(\d{4}-\d\d-\d\d)"', html)[:3] == [
        "2027-03-10",
        "2027-03-11",
        "2027-03-12",
    ]

    answer = organiser.post(
        screen(training),
        {"action": "check_in", "registration": aliya.pk, "day": "2027-03-11"},
        follow=True,
    )
    assert "Әлия Сәрсенова" in text(answer.content.decode())
    assert present(aliya) == ["2027-03-11"]
    assert figure(answer.content.decode(), "checked_in") == "1"
    # Twice is once.
    organiser.post(
        screen(training), {"action": "check_in", "registration": aliya.pk, "day": "2027-03-11"}
    )
    assert Attendance.objects.count() == 1
    # A day the event does not have, and someone without a seat, are refused with a message.
    refused = organiser.post(
        screen(training),
        {"action": "check_in", "registration": waiting.pk, "day": "2027-03-10"},
        follow=True,
    )
    assert "Дина Ахметова" in text(refused.content.decode()) and not waiting.attendances.exists()
    with pytest.raises(attendance.CheckInError):
        attendance.check_in(training, aliya.pk, datetime.date(2027, 3, 13), user=editor)

    organiser.post(
        screen(training),
        {"action": "undo", "registration": aliya.pk, "day": "2027-03-11"},
        follow=True,  # so its message is shown here, not on the history page
    )
    assert present(aliya) == []
    history = list(
        PageLogEntry.objects.filter(page=training, action__startswith="tendik.events")
        .order_by("pk")
        .values_list("action", "data", "user_id")
    )
    assert history == [
        ("tendik.events.check_in", {"registration": aliya.pk, "day": "2027-03-11"}, editor.pk),
        ("tendik.events.undo_check_in", {"registration": aliya.pk, "day": "2027-03-11"}, editor.pk),
    ]
    # The history names the registration by number, never the person.
    history_page = organiser.get(reverse("wagtailadmin_pages:history", args=[training.pk]))
    assert f"Отмечена регистрация {aliya.pk} на 2027-03-11" in text(history_page.content.decode())
    assert "Әлия" not in history_page.content.decode()


def test_the_qr_code_of_the_seat_email_checks_the_person_in(client, editor, training):
    aliya = person(training, "Әлия Сәрсенова", "aliya@mail.kz")
    url = attendance.check_in_url(aliya, training)
    assert url.startswith("http") and "/check-in/?code=" in url
    organiser = client_for(client, editor)
    # The phone's camera app opens the link: the screen shows who it is.
    opened = organiser.get("/" + url.split("://", 1)[1].partition("/")[2])
    assert 'class="ci-people ci-scanned"' in opened.content.decode()
    # The in-page scanner (or a USB scanner) posts what it read: the whole link or the code.
    organiser.post(screen(training), {"action": "code", "code": url, "day": "2027-03-10"})
    assert present(aliya) == ["2027-03-10"]
    code = url.rpartition("code=")[2]
    organiser.post(screen(training), {"action": "code", "code": code, "day": "2027-03-11"})
    assert present(aliya) == ["2027-03-10", "2027-03-11"]
    # Another event's code, or a forged one, checks nobody in.
    other = publish(EventPageFactory(parent=training.get_parent(), starts_at=training.starts_at))
    stranger = person(other, "Чужой", "stranger@mail.kz")
    wrong = organiser.post(
        screen(training),
        {"action": "code", "code": attendance.check_in_code(stranger), "day": "2027-03-10"},
        follow=True,
    )
    assert not stranger.attendances.exists()
    assert "не относится к регистрации на это мероприятие" in text(wrong.content.decode())
    organiser.post(screen(training), {"action": "code", "code": "1.x.y", "day": "2027-03-10"})
    assert Attendance.objects.count() == 2


def test_the_seat_email_carries_the_check_in_qr_code(training):
    from events.emails import compose_registration_email

    aliya = person(training, "Әлия Сәрсенова", "aliya@mail.kz")
    email = compose_registration_email(
        {"registration": aliya.pk, "message": "registered", "language": "kk"}
    )
    attachments = {name: content for name, content, _type in email.attachments}
    assert attachments["check-in.png"][:8] == b"\x89PNG\r\n\x1a\n"
    assert "QR" in email.text
    # An online event has no door.
    EventPage.objects.filter(pk=training.pk).update(format=EventPage.Format.ONLINE)
    email = compose_registration_email(
        {"registration": aliya.pk, "message": "registered", "language": "kk"}
    )
    assert "check-in.png" not in [name for name, _content, _type in email.attachments]


def test_a_walk_in_is_added_and_checked_in_and_a_registered_address_is_not_doubled(
    client, editor, training, categories
):
    organiser = client_for(client, editor)
    form = {
        "action": "walk_in",
        "day": "2027-03-10",
        "full_name": "Нұрлан Әбдіқадыров",
        "email": "Nurlan@Mail.kz",
        "organisation": "Қазақстан адвокаттар алқасы",
        "audience": "lawyers",
        "region": "turkistan",
        "language": "kk",
    }
    organiser.post(screen(training), form)
    walk_in = Registration.objects.get(email="nurlan@mail.kz")
    assert walk_in.walk_in and walk_in.status == Status.CONFIRMED and walk_in.locale == "kk"
    assert present(walk_in) == ["2027-03-10"]
    # The same person again on day two: one registration, two days.
    organiser.post(screen(training), {**form, "day": "2027-03-11"})
    assert Registration.objects.filter(email="nurlan@mail.kz").count() == 1
    assert present(walk_in) == ["2027-03-10", "2027-03-11"]
    # Someone who registered and cancelled, at the door after all: their seat back, checked in.
    gave_up = person(training, "Ержан Қасымов", "erzhan@mail.kz", status=Status.CANCELLED)
    organiser.post(screen(training), {**form, "email": "erzhan@mail.kz", "full_name": "Ержан"})
    gave_up.refresh_from_db()
    assert gave_up.status == Status.CONFIRMED and present(gave_up) == ["2027-03-10"]
    # A bad address is a form error, and nothing is saved.
    answer = organiser.post(screen(training), {**form, "email": "not-an-address"})
    assert answer.status_code == 200 and "error-message" in answer.content.decode()
    assert Registration.objects.count() == 2


def test_the_attendance_rule_decides_who_attended_a_multi_day_event(training, editor):
    every_day = [person(training, f"Участник {n}", f"p{n}@mail.kz") for n in range(4)]
    days = [datetime.date(2027, 3, 10 + offset) for offset in range(3)]
    attended_days = {0: 3, 1: 2, 2: 1, 3: 0}
    for n, registration in enumerate(every_day):
        for day in days[: attended_days[n]]:
            attendance.check_in(training, registration.pk, day, user=editor)

    def who():
        return sorted(
            each.registration_id for each in attendance.attendees([training.translation_key])
        )

    assert training.days == days
    assert who() == [every_day[0].pk]  # every day: only the one present all three days
    EventPage.objects.filter(pk=training.pk).update(
        attendance_rule="min_days", attendance_min_days=2
    )
    assert who() == [every_day[0].pk, every_day[1].pk]
    EventPage.objects.filter(pk=training.pk).update(attendance_min_days=1)
    assert who() == [every_day[0].pk, every_day[1].pk, every_day[2].pk]
    # More days than the event has means every day.
    EventPage.objects.filter(pk=training.pk).update(attendance_min_days=9)
    assert who() == [every_day[0].pk]
    # The rule is checked when the page is edited.
    page = EventPage.objects.get(pk=training.pk)
    page.attendance_min_days = None
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        page.clean()
    assert "attendance_min_days" in refused.value.message_dict


def test_only_organisers_reach_the_check_in_screen(client, training):
    aliya = person(training, "Әлия Сәрсенова", "aliya@mail.kz")
    translator = member_of(TRANSLATORS["kk"], username="translator")
    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
    refused = client_for(client, translator).get(screen(training))
    assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    answer = client.post(
        screen(training), {"action": "check_in", "registration": aliya.pk, "day": "2027-03-10"}
    )
    assert answer["Location"] == reverse("wagtailadmin_home") and not Attendance.objects.exists()
    client.logout()
    assert client.get(screen(training))["Location"].startswith(reverse("wagtailadmin_login"))


# Computed indicators -------------------------------------------------------------------------


@pytest.fixture
def campaign_with_events(campaign_index, event_index, locales, categories):
    """A campaign with two past trainings and one cancelled; a computed indicator of distinct
    journalists and bloggers, one of attendances, one of regions; a manual one."""
    publish(campaign_index)
    publish(event_index)
    campaign = publish(
        CampaignPageFactory(
            parent=campaign_index,
            indicators=[
                (
                    "indicator",
                    {
                        "label": "Обучено журналистов и блогеров",
                        "target": 3,
                        "source": "computed",
                        "measure": "people",
                        "audiences": [categories["journalists"], categories["bloggers"]],
                    },
                ),
                (
                    "indicator",
                    {
                        "label": "Участий",
                        "target": 10,
                        "source": "computed",
                        "measure": "attendances",
                        "audiences": [],
                    },
                ),
                (
                    "indicator",
                    {
                        "label": "Регионов",
                        "target": 2,
                        "source": "computed",
                        "measure": "regions",
                        "audiences": [],
                    },
                ),
                ("indicator", {"label": "Законов", "target": 1, "achieved": 0}),
            ],
        )
    )
    events = [
        publish(
            EventPageFactory(
                parent=event_index,
                title=f"Тренинг {n}",
                campaign=campaign,
                starts_at=almaty(2026, 5, 10 + n * 7, 10),
                ends_at=almaty(2026, 5, 10 + n * 7, 17),
                region=region,
                is_cancelled=n == 2,
            )
        )
        for n, region in enumerate(["almaty", "shymkent", "astana"])
    ]
    return campaign, events


def indicator_figures(api, campaign, language_page=None):
    page = language_page or campaign
    answer = api.get(f"/api/v1/pages/{page.pk}/")
    return answer, {item["label"]: item for item in answer.data_json["indicators"]}


def test_a_computed_indicator_equals_an_independent_count_and_moves_with_check_in(
    api, client, campaign_with_events, editor, django_capture_on_commit_callbacks
):
    campaign, (first, second, cancelled) = campaign_with_events
    day1, day2 = datetime.date(2026, 5, 10), datetime.date(2026, 5, 17)
    # The same journalist at both trainings is one person and two attendances.
    people = [
        (first, "Асель", "asel@mail.kz", "journalists", "almaty", True),
        (first, "Бауыржан", "baur@mail.kz", "bloggers", "karaganda", True),
        (first, "Данияр", "daniyar@mail.kz", "lawyers", "almaty", True),
        (first, "Еркін", "erkin@mail.kz", "journalists", "almaty", False),  # did not come
        (second, "Асель", "ASEL@mail.kz", "journalists", "almaty", True),
        (second, "Гаухар", "gaukhar@mail.kz", "journalists", "shymkent", True),
        (cancelled, "Жанна", "zhanna@mail.kz", "journalists", "astana", True),
    ]
    rows = []
    for event, name, email, audience, region, came in people:
        registration = person(event, name, email, audience=audience, region=region)
        rows.append((event, registration, came))
        if came and event is not cancelled:
            day = day1 if event is first else day2
            attendance.check_in(event, registration.pk, day, user=editor)

    # Counted independently of the code under test: who came, minus the cancelled event.
    came = [(event, reg) for event, reg, did in rows if did and event is not cancelled]
    journalists = {
        reg.email.lower() for _e, reg in came if reg.audience in {"journalists", "bloggers"}
    }
    regions = {reg.region for _e, reg in came}
    answer, figures = indicator_figures(api, campaign)
    people_figure = figures["Обучено журналистов и блогеров"]
    assert people_figure["source"] == "computed" and people_figure["measure"] == "people"
    assert people_figure["achieved"] == len(journalists) == 3
    assert people_figure["percent"] == 100
    assert people_figure["reached_on"] == "2026-05-17"  # the second training made it three
    assert [item["count"] for item in people_figure["evidence"]] == [2, 2]
    assert [item["event"]["id"] for item in people_figure["evidence"]] == [first.pk, second.pk]
    assert {item["slug"] for item in people_figure["audiences"]} == {"journalists", "bloggers"}
    assert figures["Участий"]["achieved"] == len(came) == 5
    assert figures["Участий"]["reached_on"] is None
    assert figures["Регионов"]["achieved"] == len(regions) == 3
    assert figures["Законов"] == {
        "label": "Законов",
        "target": 1,
        "achieved": 0,
        "percent": 0,
        "source": "manual",
        "measure": None,
        "audiences": [],
        "reached_on": None,
        "evidence": [],
    }
    assert "asel@mail.kz" not in answer.content.decode()

    # Undoing a check-in moves the figure and the ETag, without a publish.
    etag = answer["ETag"]
    gaukhar = next(reg for _e, reg, _d in rows if reg.full_name == "Гаухар")
    organiser = client_for(client, editor)
    with django_capture_on_commit_callbacks(execute=True):
        organiser.post(
            reverse("events_check_in", args=[second.pk]) + "?day=2026-05-17",
            {"action": "undo", "registration": gaukhar.pk, "day": "2026-05-17"},
        )
    client.logout()
    again, figures = indicator_figures(api, campaign)
    assert again["ETag"] != etag
    assert figures["Обучено журналистов и блогеров"]["achieved"] == 2
    assert figures["Обучено журналистов и блогеров"]["reached_on"] is None
    assert (
        client.get(f"/api/v1/pages/{campaign.pk}/", HTTP_IF_NONE_MATCH=again["ETag"]).status_code
        == 304
    )


def test_the_kazakh_campaign_names_its_categories_and_events_in_kazakh(
    api, campaign_with_events, categories, locales, editor
):
    campaign, (first, _second, _cancelled) = campaign_with_events
    kazakh_category = categories["journalists"].copy_for_translation(locales["kk"])
    kazakh_category.name = "Журналистер"
    kazakh_category.save()
    kazakh_event = translate(first, locales["kk"])
    kazakh_event.title = "Тренинг (қазақша)"
    kazakh_event.save_revision().publish()
    kazakh_campaign = translate(campaign, locales["kk"])
    registration = person(first, "Асель", "asel@mail.kz", audience="journalists")
    attendance.check_in(first, registration.pk, datetime.date(2026, 5, 10), user=editor)
    _answer, figures = indicator_figures(api, campaign, kazakh_campaign)
    computed = figures["Обучено журналистов и блогеров"]
    assert computed["achieved"] == 1
    assert "Журналистер" in [item["name"] for item in computed["audiences"]]
    assert computed["evidence"][0]["event"]["title"] == "Тренинг (қазақша)"


def test_the_closing_report_counts_attendees_walk_ins_regions_and_organisations(
    client, editor, training
):
    days = [datetime.date(2027, 3, 10 + offset) for offset in range(3)]
    for n, (organisation, region) in enumerate(
        [("Коллегия адвокатов", "almaty"), ("Коллегия адвокатов", "astana"), ("Kazakhstan Bar", "")]
    ):
        registration = person(training, f"Участник {n}", f"p{n}@mail.kz", region=region)
        Registration.objects.filter(pk=registration.pk).update(organisation=organisation)
        for day in days:
            attendance.check_in(training, registration.pk, day, user=editor)
    attendance.add_walk_in(
        training,
        day=days[0],
        user=editor,
        full_name="Пришёл сам",
        email="walkin@mail.kz",
        organisation="Университет",
        region="shymkent",
        language="ru",
    )
    EventPage.objects.filter(pk=training.pk).update(
        attendance_rule="min_days", attendance_min_days=1
    )
    html = client_for(client, editor).get(reverse("events_report", args=[training.pk]))
    html = html.content.decode()
    assert figure(html, "attendees") == "4" and figure(html, "walk_ins") == "1"
    assert figure(html, "regions") == "3" and figure(html, "organisations") == "3"
    organisations = text(re.search(r'data-table="organisations">(.*?)</table>', html, re.S)[1])
    assert organisations.startswith("Коллегия адвокатов 2")
    days_chart = text(re.search(r'data-chart="days">(.*?)</table>', html, re.S)[1])
    assert days_chart.split()[-1] == "3" and " 4 " in f" {days_chart} "


def test_the_donor_report_shows_indicators_and_evidence_and_names_people_only_with_permission(
    client, campaign_with_events, editor
):
    import io

    from django.contrib.auth.models import Permission
    from openpyxl import load_workbook

    campaign, (first, second, _cancelled) = campaign_with_events
    for event, name, email, audience, region, day in (
        (first, "Асель Нұрлан", "asel@mail.kz", "journalists", "almaty", 10),
        (second, "Гаухар", "gaukhar@mail.kz", "bloggers", "shymkent", 17),
        (second, "Данияр", "daniyar@mail.kz", "lawyers", "shymkent", 17),
    ):
        registration = person(event, name, email, audience=audience, region=region)
        attendance.check_in(event, registration.pk, datetime.date(2026, 5, day), user=editor)
    organiser = client_for(client, editor)
    html = organiser.get(reverse("events_donor_report", args=[campaign.pk])).content.decode()
    first_row = re.search(r'data-indicator="1">(.*?)</tr>', html, re.S)[1]
    assert re.search(r'data-figure="achieved">2<', first_row)  # two journalists and bloggers
    assert "Тренинг 0" in html and "Тренинг 1" in html and "Тренинг 2" not in html  # cancelled
    assert "Асель" not in html
    events_table = text(re.search(r'data-table="events">(.*?)</table>', html, re.S)[1])
    assert "Журналисты: 1" in events_table and "Блогеры: 1, Адвокаты: 1" in events_table

    def workbook():
        answer = organiser.get(reverse("events_donor_report_xlsx", args=[campaign.pk]))
        assert answer["Content-Type"].startswith("application/vnd.openxmlformats")
        return load_workbook(io.BytesIO(answer.content))

    book = workbook()
    assert book.sheetnames == ["Показатели", "Подтверждение", "События"]
    indicators = list(book["Показатели"].iter_rows(values_only=True))
    assert indicators[1][0] == "Обучено журналистов и блогеров" and indicators[1][3] == 2
    events = list(book["События"].iter_rows(values_only=True))
    header = events[0]
    second_row = dict(zip(header, events[2], strict=True))
    assert second_row["Участники"] == 2 and second_row["Блогеры"] == 1
    everything = " ".join(
        str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row
    )
    assert "Асель" not in everything and "@mail.kz" not in everything

    editor.user_permissions.add(Permission.objects.get(codename="export_registrant_emails"))
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.get(pk=editor.pk)
    organiser = client_for(client, editor)
    book = workbook()
    people = list(book["Участники"].iter_rows(values_only=True))
    assert ("Тренинг 0", "Асель Нұрлан") == people[1][:2] and people[1][-1] == "asel@mail.kz"


def test_the_website_shows_computed_results_with_evidence_and_the_events_attendance(
    client, campaign_with_events, editor
):
    campaign, (first, _second, _cancelled) = campaign_with_events
    registration = person(first, "Асель", "asel@mail.kz", audience="journalists")
    attendance.check_in(first, registration.pk, datetime.date(2026, 5, 10), user=editor)
    html = client.get(campaign.url).content.decode()
    results = text(re.search(r"<h2>Результаты</h2>(.*?)</section>", html, re.S)[1])
    assert "Обучено журналистов и блогеров 33% 1 / 3 (33%)" in results
    assert "Подсчитано по участию в наших мероприятиях" in results
    assert "Тренинг 0 (10 мая 2026 г.): 1" in results
    event_html = client.get(first.url).content.decode()
    assert "Участвовал 1 человек." in text(event_html)
    assert "Асель" not in event_html


def test_a_campaigns_computed_indicators_read_in_queries_that_do_not_grow_with_events(
    client, campaign_with_events, editor, event_index
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    campaign, (first, second, _cancelled) = campaign_with_events

    def queries():
        client.get(f"/api/v1/pages/{campaign.pk}/")  # stored JSON built on the first read
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"/api/v1/pages/{campaign.pk}/").status_code == 200
        return len(captured)

    for n, event in enumerate((first, second)):
        registration = person(event, f"Участник {n}", f"p{n}@mail.kz", audience="journalists")
        attendance.check_in(event, registration.pk, event.days[0], user=editor)
    few = queries()
    for n in range(4):
        event = publish(
            EventPageFactory(
                parent=event_index,
                campaign=campaign,
                starts_at=almaty(2026, 6, 1 + n, 10),
                ends_at=almaty(2026, 6, 2 + n, 17),
            )
        )
        for k in range(3):
            registration = person(event, f"Ещё {n}-{k}", f"m{n}-{k}@mail.kz", audience="bloggers")
            for day in event.days:
                attendance.check_in(event, registration.pk, day, user=editor)
    assert queries() == few, "the campaign's answer costs more queries with more events"
    print(f"campaign answer: {few} queries")
    assert few <= 12
