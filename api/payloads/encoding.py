"""The stored JSON text of a payload, and the markers it carries.

What is stored must not depend on the request or on other pages' state, so two things are
written as markers and filled in per request by api/responses.py:
- media URLs relative to this server start with MEDIA_MARK (made absolute with the request's host);
- internal page links are `<a href="PAGE_MARK{translation key}.{page id}PAGE_MARK">`, pointed at
  the linked page's published version in the reader's language when it is read.
"""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder

MEDIA_MARK = "\x01"
PAGE_MARK = "\x02"
_MARKS = re.compile("[\x01\x02]")


class Marked(str):
    """A string the builder made, which may carry markers; every other string is cleaned of
    them before storing, so content typed by an editor can never fake one."""


def marked_media_url(url):
    if not url:
        return None
    # Storage URLs such as S3's are absolute already; local ones get the reader's host.
    return Marked(MEDIA_MARK + url) if url.startswith("/") else url


def page_link_marker(translation_key, page_id) -> str:
    return f"{PAGE_MARK}{translation_key.hex}.{page_id}{PAGE_MARK}"


def without_marks(text: str) -> str:
    return _MARKS.sub("", text)


def encode(data) -> str:
    """The stored JSON text of a payload (compact, UTF-8 as is, markers escaped as \\u0001)."""
    return json.dumps(
        _clean(data), cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":")
    )


def _clean(value):
    if isinstance(value, Marked):
        return str(value)
    if isinstance(value, str):
        return without_marks(value)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
    return value
