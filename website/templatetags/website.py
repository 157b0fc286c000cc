"""Filters for the built-in website's templates, which read API payloads (plain JSON)."""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext_lazy

from cms.safe_links import safe_link, strip_unsafe_links

register = template.Library()

# Each language's own name for itself, as the language switcher shows it; Django's list
# calls Kazakh «Қазақ», readers expect «Қазақша».
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}

BLOCK_TEMPLATES = {
    "heading", "paragraph", "quote", "image", "embed", "document", "table", "fact_box",
    "legal_references", "activity", "indicator",
}  # fmt: skip

PROVIDER_NAMES = {"youtube": "YouTube", "vimeo": "Vimeo"}

# What a card says it is, where a list mixes types (search, a topic, the home page).
TYPE_LABELS = {
    "home": pgettext_lazy("card type", "Home page"),
    "index": pgettext_lazy("card type", "Section"),
    "article": pgettext_lazy("card type", "Article"),
    "long_read": pgettext_lazy("card type", "Long read"),
    "video_clip": pgettext_lazy("card type", "Video"),
    "campaign": pgettext_lazy("card type", "Campaign"),
    "petition": pgettext_lazy("card type", "Petition"),
    "event": pgettext_lazy("card type", "Event"),
    "consultation": pgettext_lazy("card type", "Public consultation"),
    "standard": pgettext_lazy("card type", "Page"),
}


@register.filter
def rich_text(value):
    """The API's rich text as HTML, without an unsafe link target even in a payload stored
    before the API dropped them."""
    return mark_safe(strip_unsafe_links(value if isinstance(value, str) else ""))


@register.filter
def link_target(url):
    """`url` for an `href`, or "" when it is not a safe link target (cms/safe_links.py)."""
    return safe_link(url if isinstance(url, str) else None) or ""


@register.filter
def as_datetime(value):
    """An ISO 8601 date-time of the API (with its offset) as an aware datetime, for `date`."""
    return parse_datetime(value) if isinstance(value, str) else value


@register.filter
def as_date(value):
    return parse_date(value) if isinstance(value, str) else value


@register.filter
def language_name(code):
    return LANGUAGE_NAMES.get(code, code)


@register.filter
def block_template(block_type):
    # An unknown type (a newer API) is left out rather than breaking the page.
    if block_type in BLOCK_TEMPLATES:
        return f"website/blocks/{block_type}.html"
    return "website/blocks/unknown.html"


@register.filter
def provider_name(provider):
    return PROVIDER_NAMES.get(provider, provider or "")


@register.filter
def petition_state(state):
    from campaigns.models import PetitionPage

    return dict(PetitionPage.State.choices).get(state, state)


@register.filter
def event_kind(kind):
    from events.models import EventPage

    return dict(EventPage.Kind.choices).get(kind, kind)


@register.filter
def event_format(value):
    from events.models import EventPage

    return dict(EventPage.Format.choices).get(value, value)


@register.simple_tag
def google_calendar_url(event, link):
    """ "Add to Google Calendar" for an event payload: its times in UTC, its place and link."""
    from datetime import UTC
    from urllib.parse import urlencode

    def utc(value):
        moment = parse_datetime(value) if isinstance(value, str) else None
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if moment else ""

    place = ", ".join(
        part for part in (event.get("venue"), event.get("address"), event.get("city")) if part
    )
    query = {
        "action": "TEMPLATE",
        "text": event.get("title", ""),
        "dates": f"{utc(event.get('starts_at'))}/{utc(event.get('ends_at'))}",
        "details": "\n\n".join(part for part in (event.get("summary"), link) if part),
        "location": place or (event.get("stream_url") or ""),
        "ctz": settings.TIME_ZONE,
    }
    return "https://calendar.google.com/calendar/render?" + urlencode(query)


@register.simple_tag
def event_json_ld(event, link):
    """schema.org Event of an event payload, as JSON for a `<script type="application/ld+json">`
    (a data block: browsers do not run it, so the site's script policy allows it)."""
    import json

    modes = {
        "in_person": "https://schema.org/OfflineEventAttendanceMode",
        "online": "https://schema.org/OnlineEventAttendanceMode",
        "hybrid": "https://schema.org/MixedEventAttendanceMode",
    }
    places = []
    if event.get("format") != "online":
        address = {"@type": "PostalAddress", "addressCountry": "KZ"}
        if event.get("address"):
            address["streetAddress"] = event["address"]
        if event.get("city"):
            address["addressLocality"] = event["city"]
        places.append(
            {
                "@type": "Place",
                "name": event.get("venue") or event.get("city") or "",
                "address": address,
            }
        )
    if event.get("format") != "in_person" and event.get("stream_url"):
        places.append({"@type": "VirtualLocation", "url": event["stream_url"]})
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.get("title", ""),
        "description": event.get("summary", ""),
        "startDate": event.get("starts_at"),
        "endDate": event.get("ends_at"),
        "eventAttendanceMode": modes.get(event.get("format"), modes["in_person"]),
        "eventStatus": "https://schema.org/"
        + ("EventCancelled" if event.get("cancelled") else "EventScheduled"),
        "inLanguage": event.get("languages") or [event.get("locale")],
        "url": link,
        "location": places[0] if len(places) == 1 else places,
        "performer": [
            {"@type": "Person", "name": speaker["name"]} for speaker in event.get("speakers") or []
        ],
        "organizer": {"@type": "Organization", "name": "Tendik"},
    }
    if event.get("image"):
        data["image"] = event["image"]["renditions"]["wide"]["url"]
    # Inside <script>: "</" must not close it early.
    return mark_safe(json.dumps(data, ensure_ascii=False).replace("</", "<\\/"))


@register.filter
def duration(seconds):
    """`754` → `12:34`; `3725` → `1:02:05`."""
    if not isinstance(seconds, int) or seconds < 0:
        return ""
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


@register.filter
def filesize(size):
    from django.template.defaultfilters import filesizeformat

    return filesizeformat(size) if isinstance(size, int) else ""


@register.filter
def type_label(kind):
    return TYPE_LABELS.get(kind, "")


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` (a path of the hub, or already absolute) as an absolute URL, for link previews."""
    if not isinstance(url, str) or not url:
        return ""
    request = context.get("request")
    return request.build_absolute_uri(url) if request is not None else url


@register.simple_tag(takes_context=True)
def site_url(context, path):
    """The public address of a front-end path, for canonical and hreflang links: on the
    website (FRONTEND_BASE_URL) when there is one, else on this hub."""
    path = link_target(path)
    if not path.startswith("/"):
        return path
    if settings.FRONTEND_BASE_URL:
        return settings.FRONTEND_BASE_URL.rstrip("/") + path
    return absolute_url(context, path)


@register.simple_tag
def search_url(language):
    """The site's search in `language` (/kk/search/)."""
    with translation.override(language):
        return reverse("site-search")


@register.simple_tag
def topic_url(slug, language):
    """The listing of a topic, by its slug, in `language` (/kk/topics/<slug>/)."""
    if not slug:
        return ""
    with translation.override(language):
        try:
            return reverse("site-topic", kwargs={"slug": slug})
        except NoReverseMatch:
            return ""


CONSULTATION_PHASES = {
    "presented": pgettext_lazy("consultation phase", "Presented"),
    "open": pgettext_lazy("consultation phase", "Open for contributions"),
    "closed": pgettext_lazy("consultation phase", "Closed"),
    "follow_up": pgettext_lazy("consultation phase", "Follow-up"),
}


@register.filter
def consultation_phase(value):
    """A consultation's phase (the API's value) in the reader's language."""
    return CONSULTATION_PHASES.get(value, value)


DISPOSITIONS = {
    "accepted": pgettext_lazy("a proposal", "Accepted"),
    "partly_accepted": pgettext_lazy("a proposal", "Partly accepted"),
    "rejected": pgettext_lazy("a proposal", "Rejected"),
    "merged": pgettext_lazy("a proposal", "Merged into another"),
}


TIMELINE_STEPS = {
    "presented": pgettext_lazy("consultation step", "The draft presented"),
    "opened": pgettext_lazy("consultation step", "Contributions opened"),
    "closed": pgettext_lazy("consultation step", "Contributions closed"),
    "submitted": pgettext_lazy("consultation step", "Proposals submitted"),
    "answered": pgettext_lazy("consultation step", "Official answer received"),
}
OUTCOMES = {
    "adopted": pgettext_lazy("a proposal", "Adopted into the law"),
    "not_adopted": pgettext_lazy("a proposal", "Not adopted"),
}


VERSION_KINDS = {
    "draft": pgettext_lazy("version of a text", "The draft as published"),
    "amended": pgettext_lazy("version of a text", "The NGO's amended text"),
    "adopted": pgettext_lazy("version of a text", "The law as adopted"),
}


@register.filter
def version_kind(value):
    """What a version of a draft's text is (the API's value) in the reader's language."""
    return VERSION_KINDS.get(value, value)


@register.filter
def timeline_step(value):
    """A step of a consultation's timeline (the API's value) in the reader's language."""
    return TIMELINE_STEPS.get(value, value)


@register.filter
def proposal_outcome(value):
    """What the state did with a proposal (the API's value) in the reader's language."""
    return OUTCOMES.get(value, value or "")


@register.filter
def disposition(value):
    """What the NGO did with a proposal (the API's value) in the reader's language."""
    return DISPOSITIONS.get(value, value or "")


@register.simple_tag
def article_figures(article_counts, article_id):
    """The published contributions on one article, from the page's `article_counts`."""
    for row in article_counts or []:
        if row.get("article") == article_id:
            return row
    return {"comments": 0, "proposals": 0, "supports": 0}


@register.filter
def takes_contributions(page) -> bool:
    """Whether a consultation takes contributions now: open, and between its dates."""
    from django.utils import timezone

    if page.get("phase") != "open":
        return False
    now = timezone.now()
    opens, closes = as_datetime(page.get("opens_at")), as_datetime(page.get("closes_at"))
    return (opens is None or opens <= now) and (closes is None or now < closes)
