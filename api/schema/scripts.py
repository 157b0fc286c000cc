"""The `script` query parameter, said in the contract once here (a drf-spectacular
postprocessing hook) for every operation whose view takes it (`takes_script`, api/views.py
PublicReadView): the public JSON reads. Their views read it outside their query serializers
(api/scripts.py), so no serializer of theirs could list it."""

from api.scripts import SCRIPT_PARAMETER
from cms.kazakh_script import SCRIPTS

DESCRIPTION = (
    "The script of Kazakh text in the answer: `cyrl` (Cyrillic, as stored) or `latn` (the 2021 "
    "Latin alphabet). Only Kazakh parts change (those whose `locale` is `kk`, or the whole answer "
    "asked with `locale=kk`): their text and rich text, never URLs, slugs, ids, markup or "
    "dates. Without it, an `Accept-Language` that asks for `kk-Latn` before any Kazakh or other "
    "Cyrillic language gets `latn`; anything else `cyrl`. The answer says `Vary: "
    "Accept-Language`, and a `latn` answer's ETag differs from the `cyrl` one's."
)
PARAMETER = {
    "in": "query",
    "name": SCRIPT_PARAMETER,
    "schema": {"type": "string", "enum": list(SCRIPTS)},
    "description": DESCRIPTION,
}


def script_parameter(result, generator, request, public):
    """POSTPROCESSING_HOOKS entry (cms/settings): see the module's docstring."""
    taking = {
        (path, method.lower())
        for path, _regex, method, callback in generator.endpoints or ()
        if getattr(getattr(callback, "cls", None), "takes_script", False)
    }
    for path, operations in result.get("paths", {}).items():
        for method, operation in operations.items():
            if (path, method) not in taking:
                continue
            parameters = operation.setdefault("parameters", [])
            if not any(each.get("name") == SCRIPT_PARAMETER for each in parameters):
                parameters.append(dict(PARAMETER, schema=dict(PARAMETER["schema"])))
    return result
