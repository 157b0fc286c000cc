"""No query string reaches a log: queries carry secrets (confirmation and preview tokens, signed
storage links) and whatever someone searched for. Paths stay, for tracing."""

import logging
import re

# A path or URL and its query: everything from "?" to the next space, quote or "#" goes.
_QUERY = re.compile(r"((?:https?://[^\s/?#\"']+)?/[^\s?#\"']*)\?[^\s#\"']*")


def without_query(text: str) -> str:
    return _QUERY.sub(r"\1", text)


class QueryStringFilter(logging.Filter):
    """Takes query strings out of a record's message (request lines of runserver and gunicorn)
    and replaces the request Django attaches to its records, whose repr a JSON formatter would
    print query and all, by its method and path."""

    def filter(self, record):
        request = getattr(record, "request", None)
        if hasattr(request, "method") and isinstance(getattr(request, "path", None), str):
            record.request = f"{request.method} {request.path}"
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record: its formatter will report it
            return True
        if "?" in message:
            record.msg, record.args = without_query(message), ()
        return True
