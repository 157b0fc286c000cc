"""Events as iCalendar (RFC 5545): the feed of upcoming events, one event's file, and the
attachment of a registration email, all built here.

Each entry carries the event's link on the website (URL, and in the description, which is what
most calendar apps show), its place, and for an online event its stream, so a calendar entry is
enough to find the event again (decidim#11994)."""

import zoneinfo

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from cms.frontend import front_end_url

PRODUCT = "-//Tendik//Events//EN"


def calendar(events, *, name: str = "") -> bytes:
    """A VCALENDAR holding `events` (EventPage objects), with the Almaty time zone."""
    feed = Calendar()
    feed.add("prodid", PRODUCT)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("method", "PUBLISH")
    if name:
        feed.add("x-wr-calname", name)
    feed.add("x-wr-timezone", settings.TIME_ZONE)
    for page in events:
        feed.add_component(entry(page))
    feed.add_missing_timezones()
    return feed.to_ical()


def entry(page) -> Event:
    """One VEVENT. Its UID is the event's, whatever the language, so a calendar that imports
    the Kazakh and the Russian file keeps one entry."""
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    link = front_end_url(page)
    event = Event()
    event.add("uid", f"{page.translation_key}@tendik")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", page.starts_at.astimezone(zone))
    event.add("dtend", page.ends_at.astimezone(zone))
    event.add("summary", page.title)
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    place = ", ".join(part for part in (page.venue, page.address, page.city) if part)
    online = page.stream_url if page.format != page.Format.IN_PERSON else ""
    if place:
        event.add("location", place)
    elif online:
        event.add("location", online)
    if link:
        event.add("url", link)
    description = "\n\n".join(part for part in (page.summary, online, link) if part)
    if description:
        event.add("description", description)
    event.add("status", "CANCELLED" if page.is_cancelled else "CONFIRMED")
    return event
