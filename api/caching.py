"""Conditional requests for every read: ETag and Last-Modified come from the content version
(api/public_pages.py), so a client holding a fresh copy gets its 304 before any content is read."""

import time
import zlib
from datetime import UTC, datetime
from functools import wraps

from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import gettext as _

from api.errors import problem_response
from api.public_pages import CONTENT, SIGNATURES, current_content_version
from api.scripts import script_or_none
from cms.kazakh_script import LATIN_SCRIPT

CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300"


def conditional_read(view, *, with_signatures=False, with_clock=False):
    """`with_signatures`: the answers may show a petition's signature figures, so their ETag
    follows the signatures counter as well as the content one; a function of the request says
    it per request (a list shows figures only when it may list petitions). `with_clock`: the
    answer changes with time alone (upcoming events end), so the ETag follows the minute too.

    A view that takes `script` (api/scripts.py) answers in the script asked for by `?script=` or
    by Accept-Language: the answers say `Vary: Accept-Language`, and a Latin answer's ETag ends
    in "-latn", so a copy held in one script never gets a 304 for the other."""
    takes_script = getattr(getattr(view, "view_class", None), "takes_script", False)

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method not in {"GET", "HEAD"}:
            return view(request, *args, **kwargs)
        version, changed_at = current_content_version(CONTENT)
        # The version says "anything changed"; the path keeps representations apart.
        tag = str(version)
        if with_signatures is True or (callable(with_signatures) and with_signatures(request)):
            signatures, signed_at = current_content_version(SIGNATURES)
            tag = f"{version}s{signatures}"
            changed_at = max(changed_at, signed_at)
        if with_clock is True or (callable(with_clock) and with_clock(request)):
            minute = int(time.time() // 60)
            tag = f"{tag}m{minute}"
            changed_at = max(changed_at, datetime.fromtimestamp(minute * 60, tz=UTC))
        last_modified = int(changed_at.timestamp())
        # The time keeps ETags unique even if a restored database repeats a version number.
        path_hash = zlib.crc32(request.get_full_path().encode())
        # A script the view will refuse: no ETag matches, and the view answers its 400.
        script = script_or_none(request) if takes_script else None
        latin = "-latn" if script == LATIN_SCRIPT else ""
        etag = f'"{tag}.{last_modified:x}-{path_hash:08x}{latin}"'
        if takes_script and script is None:
            return view(request, *args, **kwargs)
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            if not_modified.status_code == 412:
                return problem_response(
                    "precondition-failed", _("The page changed since the version you hold.")
                )
            not_modified["ETag"] = etag
            not_modified["Last-Modified"] = http_date(last_modified)
            not_modified["Cache-Control"] = CACHE_CONTROL
            if takes_script:
                patch_vary_headers(not_modified, ("Accept-Language",))
            return not_modified
        response = view(request, *args, **kwargs)
        if response.status_code == 200:
            response["ETag"] = etag
            response["Last-Modified"] = http_date(last_modified)
            response["Cache-Control"] = CACHE_CONTROL
            if takes_script:
                patch_vary_headers(response, ("Accept-Language",))
        return response

    return wrapped
