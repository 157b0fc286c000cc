"""What every operation's errors look like in the contract, added to the document once here
(a drf-spectacular postprocessing hook) rather than restated by each view.

- Every error is `application/problem+json` with the `Problem` schema (api/errors.py builds
  them), never `application/json`.
- Besides the errors a view declares (`schema.problems(404, 409)`), an operation may answer
  400 for a query parameter it does not take and 406 for an `Accept` without JSON; one with a
  body, 400 for malformed JSON and 415 for a body that is not JSON.

What requests may hold is in api/schema/requests.py.
"""

from api.errors import PROBLEM_CONTENT_TYPE

PROBLEM = {"$ref": "#/components/schemas/Problem"}

DESCRIPTIONS = {
    400: "The request is not valid; `errors` names each parameter or field.",
    401: "No valid token (`WWW-Authenticate: Bearer`).",
    403: "The token's user may not do this.",
    404: "Nothing was found here.",
    406: "The `Accept` header excludes JSON.",
    409: "The request conflicts with the current state; `type` says how.",
    413: "The request body is too large.",
    410: "It existed and was withdrawn (a revoked certificate); `type` says what.",
    415: "The request body is not JSON.",
    429: "Too many requests; wait for `Retry-After` seconds.",
    503: (
        "A dependency (the media store, the database) is unreachable for a moment; nothing "
        "was saved; try again after `Retry-After` seconds."
    ),
}
RETRY_AFTER = {
    "Retry-After": {
        "schema": {"type": "integer"},
        "description": "Seconds to wait before trying again.",
    }
}

# 503: the database can go away under any operation (a restart, a failover).
EVERY_OPERATION = (400, 406, 503)
WITH_BODY = (400, 415)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def problem_responses(result, generator, request, public):
    """POSTPROCESSING_HOOKS entry (cms/settings): see the module's docstring."""
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            if method not in HTTP_METHODS:
                continue
            responses = operation.setdefault("responses", {})
            statuses = set(EVERY_OPERATION)
            if "requestBody" in operation:
                statuses.update(WITH_BODY)
            for status in statuses:
                responses.setdefault(str(status), {})
            for status, response in responses.items():
                if int(status) >= 400:
                    responses[status] = _problem(int(status), response)
            operation["responses"] = dict(sorted(responses.items()))
    return result


def _problem(status: int, response: dict) -> dict:
    answer = {
        "content": {PROBLEM_CONTENT_TYPE: {"schema": PROBLEM}},
        "description": response.get("description") or DESCRIPTIONS.get(status, ""),
    }
    if status in (429, 503):
        answer["headers"] = RETRY_AFTER
    return answer
