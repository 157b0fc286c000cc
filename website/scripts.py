"""Kazakh pages of the built-in site in Cyrillic or in Latin script (issue 23), as the reader
chooses with the Кирилл / Latyn switch in the page header.

- The choice is a cookie (`kk_script`, a year), set by `choose_script` at /<lang>/script/<script>/,
  which sends the reader back where they were (a path on this site only).
- `KazakhScriptMiddleware` reads it for pages under /kk/ (`request.kazakh_script`). The site then
  asks the API for Latin (website/api_client.py passes `script=latn` to the views that take it),
  and the middleware writes the rest of the page, the site's own labels, in Latin too with
  `latin_html`, so a page is never half in one script; what must stay as written (the switch's
  «Кирилл», other languages' names) is marked translate="no" in the templates. Such a page says
  `<html lang="kk-Latn">`, and every Kazakh page says `Vary: Cookie`.
- Content and its URLs are the same in both scripts: a link is never rewritten.
"""

import re

from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe

from cms.kazakh_script import CYRILLIC_SCRIPT, LATIN_SCRIPT, SCRIPTS, latin_html, to_latin
from website.errors import not_found

COOKIE = "kk_script"
COOKIE_AGE = 365 * 24 * 60 * 60  # a year, in seconds
KAZAKH = "kk"
# Attributes of the site's templates holding words the page's script shows later
# (website/static/website/public_form.js writes them into the page); latin_html converts only
# the attributes a reader sees as they are (alt, title, placeholder, aria-label).
_MESSAGE_ATTRIBUTES = re.compile(r'(\sdata-(?:invalid|failed|copied)=")([^"]*)(")')


def is_kazakh_path(path: str) -> bool:
    return translation.get_language_from_path(path) == KAZAKH


class KazakhScriptMiddleware:
    """After LocaleMiddleware and CommonMiddleware (which then counts the converted body's
    Content-Length)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        kazakh = is_kazakh_path(request.path_info)
        latin = kazakh and request.COOKIES.get(COOKIE) == LATIN_SCRIPT
        request.kazakh_script = LATIN_SCRIPT if latin else CYRILLIC_SCRIPT
        response = self.get_response(request)
        if not kazakh:
            return response
        # The same address answers in either script, by the cookie.
        patch_vary_headers(response, ("Cookie",))
        if latin and _is_html(response):
            charset = response.charset or "utf-8"
            response.content = latin_page(response.content.decode(charset)).encode(charset)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response


def latin_page(html: str) -> str:
    """A whole page of the site in Latin: its text, and the messages its script shows."""
    html = latin_html(html)
    return _MESSAGE_ATTRIBUTES.sub(
        lambda match: match.group(1) + to_latin(match.group(2)) + match.group(3), html
    )


def _is_html(response) -> bool:
    return (
        not getattr(response, "streaming", False)
        and response.get("Content-Type", "").startswith("text/html")
        and not response.has_header("Content-Disposition")
    )


@require_safe
def choose_script(request, script):
    """/<lang>/script/<cyrl|latn>/?next=<path>: keeps the reader's choice and sends them back to
    `next` (a path on this site; anything else, the language's home page). Any other script is
    not found."""
    if script not in SCRIPTS:
        return not_found(request)
    target = request.GET.get("next", "")
    safe = (
        target.startswith("/")
        and not target.startswith("//")
        and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    )
    if not safe:
        target = f"/{translation.get_language()}/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        COOKIE,
        script,
        max_age=COOKIE_AGE,
        samesite="Lax",
        secure=request.is_secure(),
        httponly=True,
    )
    # A redirect that sets a reader's cookie is nobody else's.
    patch_cache_control(response, private=True, no_store=True)
    return response
