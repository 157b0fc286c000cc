"""A campaign's computed indicators, filled into its answer on every request.

The stored payload (api/payloads/campaigns.py) carries each computed indicator's definition with
`achieved` null; this computes the figures (events/indicators.py) and names the evidence: each
event in the reader's language where it is public in it, else in the first language it is
public in, and `null` for an event nobody may see (its count still counts).
"""

from api.models import PublicPage
from cms.languages import language_order, local_iso_time
from cms.regions import region_name
from events.indicators import IndicatorSpec, compute


def has_computed(payload: str) -> bool:
    return '"source":"computed"' in payload


def fill(payload: dict, *, campaign_key, language: str) -> dict:
    """`payload` (a campaign's) with its computed indicators' figures and evidence."""
    computed = [each for each in payload.get("indicators", []) if each["source"] == "computed"]
    if not computed:
        return payload
    specs = [
        IndicatorSpec(
            measure=each["measure"],
            audiences=tuple(category["slug"] for category in each["audiences"]),
            target=each["target"],
        )
        for each in computed
    ]
    figures = compute(campaign_key, specs)
    events = _public_events({item.event_key for figure in figures for item in figure.evidence})
    for indicator, figure in zip(computed, figures, strict=True):
        target = indicator["target"]
        indicator.update(
            achieved=figure.achieved,
            percent=round(figure.achieved * 100 / target) if target else None,
            reached_on=figure.reached_on.isoformat() if figure.reached_on else None,
            evidence=[
                {
                    "event": _in_language(events.get(item.event_key, []), language),
                    "starts_at": local_iso_time(item.starts_at),
                    "ends_at": local_iso_time(item.ends_at),
                    "region": (
                        {"code": item.region, "name": region_name(item.region, language)}
                        if item.region
                        else None
                    ),
                    "count": item.count,
                }
                for item in figure.evidence
            ],
        )
    return payload


def _public_events(keys) -> dict:
    found = {}
    rows = PublicPage.objects.filter(translation_key__in=keys).values(
        "translation_key", "page_id", "title", "url", "language"
    )
    for row in rows:
        found.setdefault(row["translation_key"], []).append(row)
    return found


def _in_language(versions, language):
    if not versions:
        return None
    chosen = min(
        versions,
        key=lambda row: (row["language"] != language, language_order(row["language"])),
    )
    return {"id": chosen["page_id"], "title": chosen["title"], "url": chosen["url"]}
