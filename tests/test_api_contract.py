"""frontend_contract/: the committed OpenAPI document matches the code, names every page and
block type, and the committed examples (real demo responses) satisfy it."""

import json
from pathlib import Path

import pytest
import yaml
from django.core.management import call_command
from openapi_schema_validator import OAS31Validator

from api.page_types import TYPE_NAMES
from api.schema.blocks import BODY_BLOCKS
from cms.blocks import BodyBlock
from tests.api_client import CONTRACT, contract, validate

EXAMPLES = Path(CONTRACT).parent / "examples"


def test_committed_openapi_matches_the_code(tmp_path):
    generated = tmp_path / "openapi.yaml"
    call_command(
        "spectacular", "--lang", "en", "--file", str(generated), "--validate", "--fail-on-warn"
    )
    assert yaml.safe_load(generated.read_text()) == contract(), (
        "frontend_contract/openapi.yaml is out of date: run `make openapi` and commit it"
    )


def test_every_page_type_is_a_named_schema_behind_a_discriminator():
    schemas = contract()["components"]["schemas"]
    page = schemas["Page"]
    assert page["discriminator"]["propertyName"] == "type"
    assert set(page["discriminator"]["mapping"]) == set(TYPE_NAMES)
    for ref in page["discriminator"]["mapping"].values():
        assert ref.split("/")[-1] in schemas
    detail = contract()["paths"]["/api/v1/pages/{page_id}/"]["get"]["responses"]["200"]
    assert detail["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Page"}


def test_every_body_block_has_a_named_schema_and_nothing_is_untyped():
    schemas = contract()["components"]["schemas"]
    mapping = schemas["BodyBlock"]["discriminator"]["mapping"]
    assert set(mapping) == set(BodyBlock.base_blocks) == set(BODY_BLOCKS)

    def walk(node, where):
        if isinstance(node, dict):
            if not node:
                raise AssertionError(f"untyped schema (any) at {where}")
            for name, child in node.get("properties", {}).items():
                walk(child, f"{where}.{name}")
            for key in ("items", "allOf", "oneOf", "anyOf"):
                if key in node:
                    children = node[key] if isinstance(node[key], list) else [node[key]]
                    for child in children:
                        walk(child, f"{where}[{key}]")
        return True

    for name, schema in schemas.items():
        walk(schema, name)


EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


def test_there_is_an_example_of_every_page_type():
    assert {path.stem.removeprefix("page-") for path in EXAMPLE_FILES} >= set(TYPE_NAMES)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda path: path.stem)
def test_examples_satisfy_the_contract(path):
    example = json.loads(path.read_text(encoding="utf-8"))
    _method, url = example["request"].split(" ", 1)
    answered_as = "application/problem+json" if example["status"] >= 400 else "application/json"
    validate(url, example["status"], example["body"], content_type=answered_as)
    if path.stem.startswith("page-"):
        assert example["body"]["type"] == path.stem.removeprefix("page-")


def test_the_schema_and_interactive_docs_are_served_without_a_cdn(client):
    schema = client.get("/api/v1/schema/")
    assert schema.status_code == 200
    document = yaml.safe_load(schema.content)
    assert document["openapi"].startswith("3.1")
    OAS31Validator.check_schema(
        {"$ref": "#/components/schemas/Page", "components": document["components"]}
    )
    docs = client.get("/api/v1/docs/")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "swagger-ui" in html and "cdn.jsdelivr.net" not in html and "unpkg.com" not in html
