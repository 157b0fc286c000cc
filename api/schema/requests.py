"""What a request may hold, said in the contract once here (a drf-spectacular postprocessing
hook, after api.schema.errors) rather than by each serializer.

- A request field with a default is optional. drf-spectacular leaves it out of `required`
  but keeps its `default`, which generators such as openapi-typescript read as "always
  present" (right for answers, wrong for requests): in request bodies the default moves into
  the field's description.
- No request string may hold a NUL character: DRF's CharField refuses it (PostgreSQL could not
  store it), so every request string and string query parameter without a pattern of its own
  gets `^[^\\x00]*$`, and a client learns it from the contract rather than from a 400.
- Rules across fields, which a serializer's fields cannot say, are added to their component
  from across_fields() (after drf-spectacular's enum hook, which would otherwise fold a one-value
  enum here into the field's enum component).
"""

import copy
import functools
import sys

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
NO_NUL = "^[^\\x00]*$"


def character_class(belongs) -> str:
    """The body of a regular expression's character class (`[...]`) holding every code point
    for which `belongs(character)` is true, as ranges. Patterns in the contract spell their
    classes out: `\\s` does not mean the same characters in Python's re, in the fuzzer's
    generator and in JavaScript. BMP characters as \\uXXXX escapes, the others as themselves
    (read alike by Python and by JavaScript's `u` patterns)."""
    ranges, start = [], None
    for code in range(sys.maxunicode + 2):
        inside = code <= sys.maxunicode and belongs(chr(code))
        if inside and start is None:
            start = code
        elif not inside and start is not None:
            ranges.append((start, code - 1))
            start = None

    def char(code):
        return f"\\u{code:04x}" if code <= 0xFFFF else chr(code)

    return "".join(
        char(low) if low == high else f"{char(low)}-{char(high)}" for low, high in ranges
    )


@functools.cache
def spaces() -> str:
    """What str.strip() removes (and DRF's trim_whitespace), as a character class body."""
    return character_class(str.isspace)


def across_fields() -> dict:
    """Component name -> what to add to it."""
    # api/scheduler.py ResultInput.validate: a `failed` report says what went wrong (the API
    # trims the text, so at least one character besides spaces).
    says_something = {"type": "string", "pattern": f"[^{spaces()}]"}
    return {
        "ResultInput": {
            "anyOf": [
                {"properties": {"state": {"type": "string", "enum": ["posted"]}}},
                {"required": ["error"], "properties": {"error": says_something}},
            ]
        },
    }


def request_rules(result, generator, request, public):
    """POSTPROCESSING_HOOKS entry (cms/settings): see the module's docstring."""
    schemas = result.get("components", {}).get("schemas", {})
    for name, rules in across_fields().items():
        schemas[name].update(rules)
    for name in _request_components(result):
        _defaults_into_descriptions(schemas[name])
        for field in schemas[name].get("properties", {}).values():
            _no_nul(field)
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            if method in HTTP_METHODS:
                for parameter in operation.get("parameters", ()):
                    if parameter.get("in") in ("query", "header"):
                        _no_nul(parameter.get("schema", {}))
    return result


def _no_nul(field: dict) -> None:
    if field.get("type") == "string" and not {"pattern", "format", "enum"} & set(field):
        field["pattern"] = NO_NUL


def _request_components(result) -> list[str]:
    """Components that only request bodies use (an answer's defaults hold: it is sent whole)."""
    in_requests, in_responses = set(), set()
    for operations in result.get("paths", {}).values():
        for method, operation in operations.items():
            if method not in HTTP_METHODS:
                continue
            _refs(operation.get("requestBody", {}), in_requests)
            _refs(operation.get("responses", {}), in_responses)
    schemas = result.get("components", {}).get("schemas", {})
    for found in (in_requests, in_responses):
        pending = list(found)
        while pending:
            nested = set()
            _refs(schemas.get(pending.pop(), {}), nested)
            pending.extend(nested - found)
            found |= nested
    return sorted(in_requests - in_responses)


def _refs(node, found: set) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            _refs(value, found)
    elif isinstance(node, list):
        for value in node:
            _refs(value, found)


def _defaults_into_descriptions(component: dict) -> None:
    required = set(component.get("required", ()))
    for name, field in component.get("properties", {}).items():
        if name in required:
            continue
        default = _pop_defaults(field)
        if default is not None:
            shown = {True: "true", False: "false", "": '"" (empty)'}.get(default, repr(default))
            text = field.get("description", "")
            field["description"] = f"{text}\n\nOptional; default {shown}.".strip()


def _pop_defaults(field: dict):
    """Removes `default` from the field and the alternatives of its oneOf; returns it."""
    default = field.pop("default", None)
    for alternative in [*field.get("oneOf", ()), *field.get("anyOf", ())]:
        value = alternative.pop("default", None)
        default = value if default is None else default
    return copy.deepcopy(default)
