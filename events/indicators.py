"""Campaign indicators computed from evidence: attendance at the campaign's events.

An indicator (cms.blocks.IndicatorBlock with source "computed") names audience categories
(slugs, the same in every language) and what to count:
- `people`: distinct people who attended (the same address at two events is one person, also
  after registrations are anonymised: Registration.person_key);
- `attendances`: attendees summed over events;
- `regions`: distinct regions the attendees came from.

The evidence is the campaign's events (every published, not cancelled event whose campaign is
any language version of this one), oldest first, each with its own count; `reached_on` is the
last day of the event at which the running figure first met the target. Computed on request
(the API overlays it on the stored page, api/responses.py), so a check-in moves it at once.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone

from events.attendance import Attendee, attendees
from events.models import EventPage

PEOPLE, ATTENDANCES, REGIONS = "people", "attendances", "regions"
MEASURES = (PEOPLE, ATTENDANCES, REGIONS)


@dataclass(frozen=True)
class IndicatorSpec:
    measure: str = PEOPLE
    audiences: tuple[str, ...] = ()  # slugs; empty: every attendee
    target: int | None = None


@dataclass
class Evidence:
    event_key: object
    starts_at: object
    ends_at: object
    region: str
    count: int
    by_audience: dict = field(default_factory=dict)
    by_region: dict = field(default_factory=dict)


@dataclass
class IndicatorFigure:
    achieved: int
    reached_on: date | None
    evidence: list[Evidence]


def campaign_event_keys(campaign_key) -> list:
    """The campaign's events that count: published, not cancelled, in any language, oldest
    first (each event once)."""
    rows = (
        EventPage.objects.filter(
            campaign__translation_key=campaign_key, live=True, is_cancelled=False
        )
        .order_by("starts_at", "translation_key")
        .values_list("translation_key", flat=True)
    )
    return list(dict.fromkeys(rows))


def compute(campaign_key, specs: list[IndicatorSpec]) -> list[IndicatorFigure]:
    """Each spec's figure for the campaign, in three queries whatever the number of specs."""
    keys = campaign_event_keys(campaign_key)
    events = {
        row["translation_key"]: row
        for row in EventPage.objects.filter(translation_key__in=keys, live=True)
        .order_by("pk")
        .values("translation_key", "starts_at", "ends_at", "region")
    }
    by_event = defaultdict(list)
    for attendee in attendees(keys):
        by_event[attendee.event_key].append(attendee)
    return [_figure(spec, keys, events, by_event) for spec in specs]


def _figure(spec, keys, events, by_event) -> IndicatorFigure:
    wanted = set(spec.audiences)
    seen_people, seen_regions, total = set(), set(), 0
    reached_on, evidence = None, []
    for key in keys:
        event = events[key]
        present: list[Attendee] = [
            each for each in by_event.get(key, []) if not wanted or each.audience in wanted
        ]
        if spec.measure == REGIONS:
            count = len({each.region for each in present if each.region})
            seen_regions |= {each.region for each in present if each.region}
            running = len(seen_regions)
        elif spec.measure == ATTENDANCES:
            count = len(present)
            total += count
            running = total
        else:
            count = len({each.person for each in present})
            seen_people |= {each.person for each in present}
            running = len(seen_people)
        by_audience, by_region = defaultdict(int), defaultdict(int)
        for each in present:
            by_audience[each.audience] += 1
            by_region[each.region] += 1
        evidence.append(
            Evidence(
                event_key=key,
                starts_at=event["starts_at"],
                ends_at=event["ends_at"],
                region=event["region"],
                count=count,
                by_audience=dict(by_audience),
                by_region=dict(by_region),
            )
        )
        if reached_on is None and spec.target and running >= spec.target:
            reached_on = timezone.localtime(event["ends_at"]).date()
    achieved = {REGIONS: len(seen_regions), ATTENDANCES: total}.get(spec.measure, len(seen_people))
    return IndicatorFigure(achieved=achieved, reached_on=reached_on, evidence=evidence)
