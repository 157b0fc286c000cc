"""Events (events/, api/payloads/events.py, api/calendars.py, the built-in site): the content,
its payload and card, the list's event filters, and the calendar files."""

import datetime
import json
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from icalendar import Calendar

from events.models import EventPage
from tests.conftest import publish, translate
from tests.factories import EventPageFactory, almaty

pytestmark = pytest.mark.django_db
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


def ids(response):
    return [item["id"] for item in response.json()["items"]]


def in_days(days, hour=10):
    moment = datetime.datetime.now(ALMATY) + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


@pytest.fixture
def events(event_index, locales):
    publish(event_index)
    past = publish(
        EventPageFactory(
            parent=event_index,
            title="Прошедший тренинг",
            kind="training",
            starts_at=in_days(-30),
            ends_at=in_days(-29, 17),
        )
    )
    soon = publish(
        EventPageFactory(
            parent=event_index,
            title="Ближайший вебинар",
            kind="webinar",
            format="online",
            city="",
            venue="",
            address="",
            stream_url="https://www.youtube.com/@tendik-demo/live",
            starts_at=in_days(3),
            ends_at=in_days(3, 12),
        )
    )
    later = publish(
        EventPageFactory(
            parent=event_index,
            title="Семинар для юристов",
            starts_at=in_days(20),
            ends_at=in_days(21, 17),
        )
    )
    draft = EventPageFactory(parent=event_index, title="Черновик события", live=False)
    return {"past": past, "soon": soon, "later": later, "draft": draft}


def test_an_event_cannot_end_before_it_starts_nor_close_registration_before_opening(
    event_index,
):
    event = EventPageFactory.build(
        title="Наоборот", starts_at=almaty(2027, 3, 15, 10), ends_at=almaty(2027, 3, 14, 10)
    )
    event.registration_opens_at = almaty(2027, 3, 1)
    event.registration_closes_at = almaty(2027, 2, 1)
    with pytest.raises(ValidationError) as refused:
        event.clean()
    assert set(refused.value.message_dict) == {"ends_at", "registration_closes_at"}


def test_an_event_under_a_campaign_belongs_to_it(published_site):
    from tests.factories import EventPageFactory as Factory

    campaign = published_site["campaign"]
    event = Factory.build(title="Обсуждение концепции")
    campaign.add_child(instance=event)
    event.full_clean()
    assert event.campaign_id == campaign.pk


def test_the_event_payload_follows_the_contract_with_programme_speakers_and_materials(
    api, published_site
):
    event = published_site["event"]
    body = api.get(f"/api/v1/pages/{event.pk}/").data_json
    assert body["type"] == "event"
    assert (body["kind"], body["format"], body["city"]) == ("conference", "hybrid", "Алматы")
    assert body["starts_at"] == "2027-03-15T10:00:00+05:00"
    assert body["region"] == {"code": "almaty", "name": "Алматы"}
    assert [audience["name"] for audience in body["audiences"]] == ["Журналисты"]
    (day,) = body["programme"]
    (session,) = day["sessions"]
    assert (session["starts_at"], session["language"], session["speakers"][0]["name"]) == (
        "10:00:00",
        "kk",
        "Айгерім Сапарова",
    )
    assert body["speakers"][0]["photo"]["renditions"]["card"]["url"].startswith("http")
    assert body["materials"][0]["value"]["document"]["url"]
    assert body["stream_url"] == "https://www.youtube.com/@tendik-demo/live"
    assert body["campaign"]["id"] == published_site["campaign"].pk
    campaign = api.get(f"/api/v1/pages/{published_site['campaign'].pk}/").data_json
    assert [card["id"] for card in campaign["related"]["events"]] == [event.pk]


def test_the_kazakh_version_keeps_times_and_capacity_and_has_its_own_stream(
    api, published_site, locales
):
    event = published_site["event"]
    kazakh = translate(event, locales["kk"], published=False)
    kazakh.title = "Теңдік туралы конференция"
    kazakh.stream_url = "https://www.facebook.com/tendik.demo/live"
    kazakh = publish(kazakh)
    body = api.get(f"/api/v1/pages/{kazakh.pk}/").data_json
    assert body["stream_url"] == "https://www.facebook.com/tendik.demo/live"
    assert (body["starts_at"], body["capacity"]) == ("2027-03-15T10:00:00+05:00", 40)
    assert body["region"]["name"] == "Алматы"
    russian = api.get(f"/api/v1/pages/{event.pk}/").data_json
    assert russian["stream_url"] == "https://www.youtube.com/@tendik-demo/live"


def test_event_cards_say_when_where_and_what(api, events):
    body = api.get("/api/v1/pages/", {"type": "event", "locale": "ru"}).data_json
    card = next(item for item in body["items"] if item["id"] == events["soon"].pk)
    assert (card["kind"], card["format"], card["city"]) == ("webinar", "online", "")
    assert card["starts_at"] == in_days(3).isoformat()


def test_upcoming_events_come_soonest_first_and_past_ones_latest_first(api, events):
    upcoming = api.get("/api/v1/pages/", {"upcoming": "true"})
    assert ids(upcoming) == [events["soon"].pk, events["later"].pk]
    past = api.get("/api/v1/pages/", {"upcoming": "false"})
    assert ids(past) == [events["past"].pk]
    assert events["draft"].pk not in ids(api.get("/api/v1/pages/", {"type": "event"}))


def test_events_filter_by_kind_format_and_the_days_they_touch(api, events):
    assert ids(api.get("/api/v1/pages/", {"kind": "webinar"})) == [events["soon"].pk]
    assert ids(api.get("/api/v1/pages/", {"format": "online"})) == [events["soon"].pk]
    # A two-day seminar touches its second day too.
    second_day = in_days(21).date().isoformat()
    assert ids(api.get("/api/v1/pages/", {"date_from": second_day, "date_to": second_day})) == [
        events["later"].pk
    ]
    # A reversed span is one no event touches (the contract cannot forbid it).
    assert ids(api.get("/api/v1/pages/", {"date_from": second_day, "date_to": "2000-01-01"})) == []
    assert api.get("/api/v1/pages/", {"kind": "party"}).status_code == 400
    # The calendar's first and last days bound nothing, and never overflow.
    every = api.get("/api/v1/pages/", {"date_from": "0001-01-01", "date_to": "9999-12-31"})
    assert sorted(ids(every)) == sorted(events[name].pk for name in ("past", "soon", "later"))


def test_an_upcoming_list_is_not_served_from_an_earlier_minute(client, events):
    first = client.get("/api/v1/pages/", {"upcoming": "true"})
    plain = client.get("/api/v1/pages/", {"type": "event"})
    assert "m" in first["ETag"].split(".")[0]  # the minute is part of the tag
    assert "m" not in plain["ETag"].split(".")[0]


def parse(response) -> Calendar:
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_the_calendar_feed_holds_upcoming_published_events_with_their_links(client, events):
    feed = parse(client.get("/api/v1/events/calendar.ics", {"locale": "ru"}))
    entries = feed.walk("VEVENT")
    assert [str(entry["SUMMARY"]) for entry in entries] == [
        "Ближайший вебинар",
        "Семинар для юристов",
    ]
    soon = entries[0]
    assert soon.decoded("DTSTART") == in_days(3)
    assert str(soon["DTSTART"].params["TZID"]) == "Asia/Almaty"
    assert str(soon["UID"]) == f"{events['soon'].translation_key}@tendik"
    assert str(soon["URL"]).endswith(events["soon"].url_path.split("/", 2)[2])
    # Online: the stream is where it happens, and in the text calendar apps show.
    assert str(soon["LOCATION"]) == "https://www.youtube.com/@tendik-demo/live"
    assert "https://www.youtube.com/@tendik-demo/live" in str(soon["DESCRIPTION"])
    assert feed.walk("VTIMEZONE")


def test_one_events_calendar_file_and_none_for_a_draft(client, events):
    entry = parse(client.get(f"/api/v1/events/{events['later'].pk}/calendar.ics")).walk("VEVENT")
    assert [str(each["SUMMARY"]) for each in entry] == ["Семинар для юристов"]
    assert str(entry[0]["LOCATION"]) == "Отель «Казахстан», пр. Достык, 52/2, Алматы"
    missing = client.get(f"/api/v1/events/{events['draft'].pk}/calendar.ics")
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/problem+json"
    article = client.get("/api/v1/events/1/calendar.ics")
    assert article.status_code == 404


def test_the_events_section_lists_upcoming_then_past_and_the_page_has_calendar_and_json_ld(
    client, events, event_index
):
    section = client.get(event_index.url)
    assert section.status_code == 200
    html = section.content.decode()
    assert html.index("Ближайший вебинар") < html.index("Семинар для юристов")
    assert html.index("Семинар для юристов") < html.index("Прошедший тренинг")
    assert "Черновик события" not in html
    page = client.get(events["later"].url).content.decode()
    assert f"/api/v1/events/{events['later'].pk}/calendar.ics" in page
    assert "https://calendar.google.com/calendar/render?action=TEMPLATE" in page
    data = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert (data["@type"], data["name"], data["startDate"]) == (
        "Event",
        "Семинар для юристов",
        events["later"].starts_at.astimezone(ALMATY).isoformat(),
    )
    assert data["location"]["address"]["addressLocality"] == "Алматы"


def test_the_stream_link_shows_only_while_the_event_is_live(client, event_index):
    publish(event_index)
    live = publish(
        EventPageFactory(
            parent=event_index,
            title="Идёт сейчас",
            format="online",
            stream_url="https://www.youtube.com/@tendik-demo/live",
            starts_at=in_days(0, 0) - datetime.timedelta(days=1),
            ends_at=in_days(1, 23),
        )
    )
    later = publish(
        EventPageFactory(
            parent=event_index,
            title="Будет потом",
            format="online",
            stream_url="https://www.youtube.com/@tendik-demo/live",
            starts_at=in_days(5),
            ends_at=in_days(5, 12),
        )
    )
    assert 'class="live"' in client.get(live.url).content.decode()
    assert 'class="live"' not in client.get(later.url).content.decode()
    assert EventPage.objects.get(pk=later.pk).is_upcoming


def test_a_cancelled_event_says_so_on_its_page_in_json_ld_and_in_calendars(client, events):
    soon = EventPage.objects.get(title="Ближайший вебинар")
    soon.is_cancelled = True
    soon = publish(soon)
    html = client.get(soon.url).content.decode()
    assert "Это событие отменено." in html
    assert '"eventStatus": "https://schema.org/EventCancelled"' in html
    (entry,) = parse(client.get(f"/api/v1/events/{soon.pk}/calendar.ics")).walk("VEVENT")
    assert str(entry["status"]) == "CANCELLED"
    answer = client.get(f"/api/v1/pages/{soon.pk}/").json()
    assert answer["cancelled"] is True and answer["registration_state"] == "closed"
