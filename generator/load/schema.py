"""Front matter checked against the JSON Schemas in `schemas/`.

The same files serve editors (through a `yaml-language-server` comment) and
`dossier check`; here each schema error becomes a contributor's message at
the line and column of the offending key or value.
"""

from __future__ import annotations

import difflib
import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, ValidationError, validators

from .. import schemas
from ..model.content import KEY
from ..model.diagnostics import Diagnostic, error
from ..model.vocabulary import meanings_hint
from .frontmatter import Document

_TYPE_NAMES = {"string": "text", "integer": "a whole number", "number": "a decimal number",
               "array": "a list",
               "object": "a mapping", "boolean": "true or false"}


@cache
def schema(kind: str) -> dict[str, Any]:
    text = resources.files(schemas).joinpath(f"{kind}.schema.json").read_text()
    return json.loads(text)


def _whole_number(_checker: object, value: object) -> bool:
    """JSON Schema counts 1.0 as an integer; a YAML `1.0` is no count of ours."""
    return isinstance(value, int) and not isinstance(value, bool)


_Validator = validators.extend(
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _whole_number))


@cache
def _validator(kind: str) -> Any:
    return _Validator(schema(kind))


def validate(doc: Document, kind: str) -> list[Diagnostic]:
    """Every schema problem of `doc`, one diagnostic for each value."""
    errors = sorted(_validator(kind).iter_errors(doc.data),
                    key=lambda e: (list(map(str, e.path)), e.validator != "minLength"))
    seen: set[tuple[str, ...]] = set()
    found = []
    for err in errors:  # a blank url is blank; it need not also be a bad address
        path = tuple(map(str, err.absolute_path))
        if path not in seen or err.validator == "additionalProperties":
            found.append(_diagnostic(doc, err))
        seen.add(path)
    return found


def _properties(err: ValidationError) -> dict[str, Any]:
    schema = err.schema if isinstance(err.schema, dict) else {}
    properties = schema.get("properties", {})
    return properties if isinstance(properties, dict) else {}


def _known_keys(err: ValidationError) -> list[str]:
    return sorted(_properties(err))


def _diagnostic(doc: Document, err: ValidationError) -> Diagnostic:
    path = tuple(err.absolute_path)
    field = _field_name(path)
    if err.validator == "additionalProperties":
        keys = err.instance if isinstance(err.instance, dict) else {}
        extra = sorted(set(keys) - set(_properties(err)))
        key = extra[0]
        line, col = doc.where(*path, key, KEY)
        close = difflib.get_close_matches(key, _known_keys(err), n=1)
        hint = f"did you mean '{close[0]}'?" if close else \
            "known fields: " + ", ".join(_known_keys(err))
        return error(doc.path, line, col, f"unknown field '{key}'", hint)
    line, col = doc.where(*path)
    if err.validator == "required":
        missing = err.message.split("'")[1]
        return error(doc.path, line, col,
                     f"missing required field '{missing}' in {_entry(path)}")
    if err.validator == "type":
        value = err.validator_value
        wanted = [str(w) for w in value] if isinstance(value, list) else [str(value)]
        names = " or ".join(_TYPE_NAMES.get(w, w) for w in wanted)
        got = _TYPE_NAMES.get(_json_type(err.instance), _json_type(err.instance))
        return error(doc.path, line, col, f"{field} must be {names}, not {got}")
    if err.validator == "enum":
        options = [str(v) for v in err.validator_value] \
            if isinstance(err.validator_value, list) else []
        close = [c for c in difflib.get_close_matches(str(err.instance), options, n=2)
                 if not _negates(str(err.instance), c)][:1]
        hint = f"did you mean '{close[0]}'?" if close else meanings_hint(options)
        return error(doc.path, line, col,
                     f"{field} must be one of {', '.join(options)}; got '{err.instance}'", hint)
    if err.validator == "minLength":
        return error(doc.path, line, col, f"{field} is blank",
                     "fill it in, or delete the line if the report does not say")
    if err.validator == "pattern" and field == "'url'":
        return error(doc.path, line, col, f"url '{err.instance}' is not an http(s) address",
                     "write the full address, starting with https:// or http://")
    if err.validator == "pattern" and field == "'wikidata'":
        return error(doc.path, line, col, f"'{err.instance}' is not a Wikidata id",
                     "write the item id alone, like Q43")
    return error(doc.path, line, col, f"{field}: {err.message}")


def _negates(value: str, option: str) -> bool:
    """"unconfirmed" is near "confirmed" in spelling and opposite in sense."""
    value = value.lower().replace(" ", "").replace("-", "")
    return any(value == prefix + option for prefix in ("un", "in", "non", "not", "dis"))


# The lists of entries in front matter, and what a contributor calls an entry.
_ENTRIES = {"annotations": "annotation", "relations": "relation"}


def _field_name(path: tuple[Any, ...]) -> str:
    """'published', or 'stance' of annotation 3, counted as a contributor counts."""
    if len(path) >= 3 and path[0] in _ENTRIES and isinstance(path[1], int):
        return f"'{path[2]}' of {_ENTRIES[path[0]]} {path[1] + 1}"
    return "'" + (".".join(str(p) for p in path if not isinstance(p, int)) or "front matter") + "'"


def _entry(path: tuple[Any, ...]) -> str:
    """Where a missing field belongs: 'annotation 2', 'item 1 of 'via' of
    annotation 2', 'relation 1', or 'front matter'."""
    if len(path) < 2 or path[0] not in _ENTRIES or not isinstance(path[1], int):
        return "front matter"
    entry = f"{_ENTRIES[path[0]]} {path[1] + 1}"
    if len(path) >= 4 and isinstance(path[3], int):
        return f"item {path[3] + 1} of '{path[2]}' of {entry}"
    return entry


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "empty"
    return {str: "string", int: "integer", float: "number", list: "array",
            dict: "object"}.get(type(value), type(value).__name__)
