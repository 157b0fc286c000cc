"""Kazakh in Latin script on the way out (issue 23): any answer of a public read can be asked for
with its Kazakh text in the 2021 Latin alphabet (cms/kazakh_script.py), by `?script=latn` or by
an `Accept-Language` that asks for `kk-Latn`. Content is stored, indexed and cached in Cyrillic
only; the conversion is done on the finished answer, by the JSON renderer (api/responses.py),
and the answer's ETag and `Vary` say which script it is in (api/caching.py).

What is Kazakh in an answer: an object whose `locale` (or `language`) is "kk", and what it holds
unless something inside says another language; an object's member named after a language
(`names: {"ru": …, "kk": …}`); the whole answer when it was asked with `locale=kk`. What is
converted in those parts: string values. A string holding markup (`<` followed by a tag's first
character) is rich text and goes through `latin_html`, which changes only the text between tags
and the values of alt, title, placeholder and aria-label; every other string through `to_latin`,
which changes Cyrillic letters only (so dates, numbers and ASCII enum values stay as they are).
Rich text is recognised by its content rather than by its field's name because the contract
uses one name for both (`summary` is plain text on a page and HTML in an event's report,
`description` plain on a topic and HTML in a campaign's activity); for a string without markup
`latin_html` and `to_latin` give the same result, so the test only chooses the faster one.

Never converted, whatever their language: members that name or point at something (NEVER_KEYS,
and names ending in _url, _id, _at), strings that are addresses (a URL, a path, an email), and an
image's `title` (its name in the media library, kept in the editor's language, not the page's).
"""

import re

from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header
from rest_framework.exceptions import ValidationError

from cms.kazakh_script import CYRILLIC_SCRIPT, LATIN_SCRIPT, SCRIPTS, latin_html, to_latin
from cms.languages import LANGUAGE_CODES

SCRIPT_PARAMETER = "script"
KAZAKH = "kk"
LATIN_LANGUAGE_TAG = "kk-latn"  # as parse_accept_lang_header gives it: lower case

# Languages written in Cyrillic: a reader who asks for one of them before kk-Latn reads Cyrillic.
_CYRILLIC_LANGUAGES = frozenset({"ru", "uk", "be", "bg", "mk", "sr", "ky", "tg", "tt", "ba", "mn"})

NEVER_KEYS = frozenset(
    {
        "url", "slug", "anchor", "id", "type", "locale", "language", "href", "src", "email",
        "path", "location", "code", "kind", "state", "format", "level", "tags",
    }
)  # fmt: skip
NEVER_SUFFIXES = ("_url", "_id", "_at")
_ADDRESS = re.compile(
    r"^(?:https?://|ftp://|mailto:|tel:|/|[^\s@]+@[^\s@]+\.[^\s@]+$)", re.IGNORECASE
)
_MARKUP = re.compile(r"<[a-zA-Z/!?]")
_LANGUAGE_KEYS = frozenset(LANGUAGE_CODES)


def invalid_script_message() -> str:
    return _("Unknown script; use one of: %(scripts)s.") % {"scripts": ", ".join(SCRIPTS)}


def requested_script(request) -> str:
    """ "latn" or "cyrl": `?script=` when sent (any other value, an empty one too, is a 400
    ValidationError naming `script`), else "latn" when Accept-Language asks for kk-Latn before
    any Kazakh or other Cyrillic language, else "cyrl"."""
    params = getattr(request, "query_params", None) or request.GET
    if SCRIPT_PARAMETER in params:
        value = params.get(SCRIPT_PARAMETER)
        if value not in SCRIPTS:
            raise ValidationError({SCRIPT_PARAMETER: [invalid_script_message()]})
        return value
    return script_from_accept_language(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))


def script_from_accept_language(header: str) -> str:
    # Django's parser: ordered by quality, lower-cased, an unparsable header gives ().
    for tag, _quality in parse_accept_lang_header(header[:1000]):
        if tag == LATIN_LANGUAGE_TAG or tag.startswith(LATIN_LANGUAGE_TAG + "-"):
            return LATIN_SCRIPT
        primary = tag.split("-")[0]
        if primary == KAZAKH or primary in _CYRILLIC_LANGUAGES or "-cyrl" in tag:
            return CYRILLIC_SCRIPT
    return CYRILLIC_SCRIPT


def script_or_none(request) -> str | None:
    """requested_script, or None for a value the view will refuse."""
    try:
        return requested_script(request)
    except ValidationError:
        return None


def latin_data(data, *, kazakh: bool = False):
    """`data` (decoded JSON) with its Kazakh parts in Latin script; `kazakh`: the whole answer is
    Kazakh unless it says otherwise (it was asked with `locale=kk`). A new structure; `data` is
    left as it was."""
    return _convert(data, kazakh)


def _convert(value, kazakh: bool):
    if isinstance(value, dict):
        language = value.get("locale", value.get("language"))
        if isinstance(language, str):
            kazakh = language == KAZAKH
        image = "renditions" in value
        out = {}
        for key, item in value.items():
            if key in NEVER_KEYS or key.endswith(NEVER_SUFFIXES) or (image and key == "title"):
                out[key] = item
            elif key in _LANGUAGE_KEYS:
                out[key] = _convert(item, key == KAZAKH)
            else:
                out[key] = _convert(item, kazakh)
        return out
    if isinstance(value, list):
        return [_convert(item, kazakh) for item in value]
    if isinstance(value, str) and kazakh:
        return latin_text(value)
    return value


def latin_text(text: str) -> str:
    """One string of a Kazakh part: rich text through latin_html, an address as it is, any
    other through to_latin."""
    if not text or _ADDRESS.match(text):
        return text
    if _MARKUP.search(text):
        return latin_html(text)
    return to_latin(text)
