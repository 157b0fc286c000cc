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
