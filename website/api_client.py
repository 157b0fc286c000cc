"""Reads /api/v1/ in process, through the very views the website calls over HTTP.

The built-in website renders what the API answers, not the page objects, so what an editor
sees on the hub (and in the preview without a website) is what a front-end gets: a field the
API leaves out cannot show up here either.
"""

import io
import json
from urllib.parse import urlencode

from django.core.handlers.wsgi import WSGIRequest
from django.urls import resolve

from cms.kazakh_script import LATIN_SCRIPT

# What the API needs from the reader's request: its host and scheme (absolute media URLs)
# and its address (rate limits); nothing of the session or cookies.
_KEPT_META = ("SERVER_NAME", "SERVER_PORT", "HTTP_HOST", "REMOTE_ADDR", "wsgi.url_scheme")


class ApiAnswer:
    def __init__(self, status: int, data):
        self.status = status
        self.data = data

    @property
    def ok(self) -> bool:
        return self.status == 200


def api_get(request, path: str, **params) -> ApiAnswer:
    """GET `path` (under /api/v1/) with query `params` (None values left out). On a Kazakh page
    the reader wants in Latin (website/scripts.py), the views that take `script` get
    `script=latn`."""
    match = resolve(path)
    view_class = getattr(match.func, "view_class", None)
    if getattr(request, "kazakh_script", None) == LATIN_SCRIPT and getattr(
        view_class, "takes_script", False
    ):
        params["script"] = LATIN_SCRIPT
    query = urlencode({key: value for key, value in params.items() if value not in (None, "")})
    environ = {key: request.META[key] for key in _KEPT_META if key in request.META}
    environ.update(
        {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path,
            "SCRIPT_NAME": "",
            "QUERY_STRING": query,
            "HTTP_ACCEPT": "application/json",
            "wsgi.input": io.BytesIO(b""),
        }
    )
    environ.setdefault("wsgi.url_scheme", "https" if request.is_secure() else "http")
    environ.setdefault("SERVER_NAME", "127.0.0.1")
    environ.setdefault("SERVER_PORT", "80")
    sub_request = WSGIRequest(environ)
    response = match.func(sub_request, *match.args, **match.kwargs)
    if hasattr(response, "render"):
        response.render()
    text = same_origin_paths(request, response.content.decode() or "null")
    return ApiAnswer(response.status_code, json.loads(text))


def same_origin_paths(request, text: str) -> str:
    """The API's absolute URLs on this hub (media, documents) as paths, in a JSON text.

    The built-in website is served by the hub itself, so a path always reaches it; an absolute
    URL might not: Wagtail renders previews with a stand-in request carrying the Site's
    hostname (`localhost:80` on a laptop), not the address the editor's browser used.
    Addresses elsewhere (S3, a CDN) stay as they are."""
    origin = request.build_absolute_uri("/")[:-1]
    return text.replace(f'"{origin}/', '"/')
