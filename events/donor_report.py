"""The donor report of a campaign: its indicators with their evidence, as a printable admin page
and as an XLSX workbook (openpyxl): the indicators (target, achieved, date reached), and for
the campaign's events their dates, places and participants per audience category and region.

Counts only, unless the user holds `events.export_registrant_emails` (the personal-data
permission): then a sheet of the participants (name, organisation, category, region, address)
is added. The figures are the ones the API shows (events/indicators.py), written once.

The campaign is read by its lazy model name: campaigns sits beside events, not below it.
"""

import io
from collections import Counter

from django.apps import apps
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from cms.blocks import IndicatorBlock
from cms.csv_exports import csv_cell
from cms.regions import region_name
from events.attendance import attendees
from events.indicators import IndicatorSpec, campaign_event_keys, compute
from events.models import EventPage, Registration
from events.queries import audience_names


def campaign_model():
    return apps.get_model("campaigns", "CampaignPage")


def _version(pages, language):
    return next((page for page in pages if page.locale.language_code == language), pages[0])


def campaign_report(campaign, language: str) -> dict:
    """Everything both outputs show, in `language` where translated."""
    names = audience_names(language)
    indicators = []
    for block in campaign.indicators:
        value = block.value
        computed = value.get("source") == IndicatorBlock.COMPUTED
        indicators.append(
            {
                "label": value["label"],
                "target": value["target"],
                "computed": computed,
                "measure": value.get("measure") or IndicatorBlock.PEOPLE,
                "audiences": [category.slug for category in value.get("audiences") or []],
                "achieved": None if computed else value.get("achieved"),
                "reached_on": None,
                "evidence": [],
            }
        )
    computed = [each for each in indicators if each["computed"]]
    specs = [
        IndicatorSpec(
            measure=each["measure"], audiences=tuple(each["audiences"]), target=each["target"]
        )
        for each in computed
    ]
    keys = campaign_event_keys(campaign.translation_key)
    versions = {}
    for page in EventPage.objects.filter(translation_key__in=keys).select_related("locale"):
        versions.setdefault(page.translation_key, []).append(page)
    events = {key: _version(versions[key], language) for key in keys}
    for indicator, figure in zip(computed, compute(campaign.translation_key, specs), strict=True):
        indicator.update(
            achieved=figure.achieved,
            reached_on=figure.reached_on,
            evidence=[(events[item.event_key], item.count) for item in figure.evidence],
        )
    for indicator in indicators:
        target, achieved = indicator["target"], indicator["achieved"]
        indicator["percent"] = (
            round(achieved * 100 / target) if target and achieved is not None else None
        )
        indicator["audience_names"] = [names.get(slug, slug) for slug in indicator["audiences"]]

    present = attendees(keys)
    rows = []
    for key in keys:
        here = [each for each in present if each.event_key == key]
        event = events[key]
        by_audience = Counter(names.get(each.audience, each.audience) or "—" for each in here)
        by_region = Counter(region_name(each.region, language) or "—" for each in here)
        rows.append(
            {
                "event": event,
                "dates": _dates(event),
                "place": ", ".join(part for part in (event.venue, event.city) if part),
                "region": region_name(event.region, language),
                "attendees": len(here),
                "by_audience": dict(by_audience),
                "by_region": dict(by_region),
                # Busiest first, for the page (a template cannot call Counter.most_common).
                "audience_list": by_audience.most_common(),
                "region_list": by_region.most_common(),
            }
        )
    return {
        "campaign": campaign,
        "indicators": indicators,
        "events": rows,
        "attendee_ids": [each.registration_id for each in present],
        "audience_columns": sorted({name for row in rows for name in row["by_audience"]}),
        "region_columns": sorted({name for row in rows for name in row["by_region"]}),
    }


def _dates(event) -> str:
    first, last = (
        timezone.localtime(event.starts_at).date(),
        timezone.localtime(event.ends_at).date(),
    )
    if first == last:
        return formats.date_format(first, "SHORT_DATE_FORMAT")
    return f"{formats.date_format(first, 'SHORT_DATE_FORMAT')} – {formats.date_format(last, 'SHORT_DATE_FORMAT')}"


def report_xlsx(report: dict, *, with_people: bool, language: str) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Indicators")[:31]
    _rows(
        sheet,
        [
            _("Indicator"),
            pgettext("indicator", "Source"),
            pgettext("indicator", "Target"),
            _("Achieved"),
            "%",
            _("Target reached on"),
            _("Audience categories"),
        ],
        [
            [
                each["label"],
                _("Computed from attendance") if each["computed"] else _("Typed in"),
                each["target"],
                each["achieved"],
                each["percent"],
                each["reached_on"],
                ", ".join(each["audience_names"]),
            ]
            for each in report["indicators"]
        ],
    )
    evidence = book.create_sheet(_("Evidence")[:31])
    _rows(
        evidence,
        [_("Indicator"), _("Event"), _("Dates"), _("Place"), _("Count")],
        [
            [each["label"], event.title, _dates(event), event.city, count]
            for each in report["indicators"]
            for event, count in each["evidence"]
        ],
    )
    events = book.create_sheet(_("Events")[:31])
    audiences, regions = report["audience_columns"], report["region_columns"]
    _rows(
        events,
        [_("Event"), _("Dates"), _("Place"), _("Region"), _("Participants"), *audiences, *regions],
        [
            [
                row["event"].title,
                row["dates"],
                row["place"],
                row["region"],
                row["attendees"],
                *(row["by_audience"].get(name, 0) for name in audiences),
                *(row["by_region"].get(name, 0) for name in regions),
            ]
            for row in report["events"]
        ],
    )
    if with_people:
        people = book.create_sheet(_("Participants")[:31])
        names = audience_names(language)
        titles = {row["event"].translation_key: row["event"].title for row in report["events"]}
        order = {row["event"].translation_key: n for n, row in enumerate(report["events"])}
        registrations = sorted(
            Registration.objects.filter(pk__in=report["attendee_ids"]),
            key=lambda each: (order.get(each.event_key, 0), each.full_name, each.pk),
        )
        _rows(
            people,
            [
                _("Event"),
                _("Full name"),
                _("Organisation"),
                _("Audience category"),
                _("Region"),
                _("Email"),
            ],
            [
                [
                    titles.get(each.event_key, ""),
                    each.full_name,
                    each.organisation,
                    names.get(each.audience, each.audience),
                    region_name(each.region, language),
                    each.email,
                ]
                for each in registrations
            ],
        )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rows(sheet, header, rows):
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        # Text a spreadsheet would run as a formula is written as text (csv_cell's rule).
        sheet.append([csv_cell(value) if isinstance(value, str) else value for value in row])
    for index, column in enumerate(sheet.columns, start=1):
        width = max((len(str(cell.value or "")) for cell in column), default=8)
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width + 2, 8), 60)
