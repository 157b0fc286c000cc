"""An API client for tests that checks every JSON answer against the committed contract.

`frontend_contract/openapi.yaml` is what front-end developers build against; each response a
test receives is validated against the schema of its operation and status, so a payload that
drifts from the document fails the test that produced it.
"""

import json
import re
from functools import cache
from pathlib import Path

import yaml
from jsonschema.exceptions import best_match
from openapi_schema_validator import OAS31Validator

CONTRACT = Path(__file__).resolve().parents[1] / "frontend_contract" / "openapi.yaml"


@cache
def contract() -> dict:
    return yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))


@cache
def _path_patterns():
    patterns = []
    for template in contract()["paths"]:
        regex = "^" + re.sub(r"\{[^}]+\}", r"[^/]+", template) + "$"
        patterns.append((re.compile(regex), template))
    return patterns


def schema_for(
    path: str, status: int, method: str = "get", content_type: str = "application/json"
) -> dict:
    for regex, template in _path_patterns():
        if regex.match(path):
            responses = contract()["paths"][template][method]["responses"]
            response = responses.get(str(status))
            if response is None:
                raise AssertionError(f"{method.upper()} {template} documents no {status} answer")
            content = response.get("content", {})
            if content_type not in content:
                raise AssertionError(
                    f"{method.upper()} {template} documents its {status} answer as "
                    f"{', '.join(content)}, not {content_type}"
                )
            return content[content_type]["schema"]
    raise AssertionError(f"{path} is not in the contract")


def validate(
    path: str, status: int, body, method: str = "get", content_type: str = "application/json"
) -> None:
    path = path.split("?", 1)[0]
    schema = {
        **schema_for(path, status, method, content_type),
        "components": contract()["components"],
    }
    error = best_match(OAS31Validator(schema).iter_errors(body))
    if error is not None:
        raise AssertionError(
            f"{path} ({status}) breaks the contract at {error.json_path}: {error.message}"
        )


class ContractClient:
    """Wraps Django's test client: `get` returns the response after validating its body."""

    def __init__(self, client):
        self.client = client

    def get(self, path, data=None, **headers):
        response = self.client.get(path, data or {}, headers=headers)
        if response.status_code != 304:
            assert response["Content-Type"] in {"application/json", "application/problem+json"}, (
                response["Content-Type"]
            )
            body = json.loads(response.content)
            if response.status_code < 500:
                validate(path, response.status_code, body, content_type=response["Content-Type"])
            response.data_json = body
        return response
