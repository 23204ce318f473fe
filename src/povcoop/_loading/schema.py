"""The JSON Schema (draft 2020-12) of the data files: the records' shapes, the registry's words.

The pydantic record models give the structure; each property's ``description`` comes from the
entity field it is stored for, so the schema and ``help()`` say the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from povcoop._domain.entities import ENTITY_TYPES, Entity
from povcoop._domain.fields import fields_of
from povcoop._domain.iati import IATI_VALUES
from povcoop._domain.values import Erratum, Evidence, Membership, PovertyLine, Quantity
from povcoop._errors import shorten
from povcoop._layout import Kind

DIALECT = "https://json-schema.org/draft/2020-12/schema"

_VALUE_TYPES: dict[str, type] = {
    "EvidenceRecord": Evidence,
    "ErratumRecord": Erratum,
    "MembershipRecord": Membership,
    "QuantityRecord": Quantity,
    "PovertyLineRecord": PovertyLine,
    **{f"{cls.__name__}Record": cls for cls in IATI_VALUES},
}
_RECORD_ONLY = {
    "occurrence": "Which occurrence of the quote in the source's text is meant (1-based); needed "
    "only when the quote occurs more than once. The loader turns it into offsets.",
}


def _describe(definitions: Mapping[str, Any], types: Mapping[Kind, type[Entity]]) -> None:
    from povcoop._records.models import RECORD_MODELS

    classes: dict[str, type] = dict(_VALUE_TYPES)
    classes.update({RECORD_MODELS[kind].__name__: cls for kind, cls in types.items() if kind in RECORD_MODELS})
    for name, definition in definitions.items():
        cls = classes.get(name)
        if cls is None:
            continue
        if cls.__doc__ and "description" not in definition:
            definition["description"] = cls.__doc__.strip().split("\n\n")[0].replace("\n", " ")
        docs = {field.at_rest: field.doc for field in fields_of(cls)}
        for prop, schema in definition.get("properties", {}).items():
            doc = docs.get(prop) or _RECORD_ONLY.get(prop)
            if doc:
                schema["description"] = doc


def json_schema(kind: str | None = None, types: Mapping[Kind, type[Entity]] = ENTITY_TYPES) -> dict[str, Any]:
    """The JSON Schema of one kind's file, or of a whole folder as one document."""
    from pydantic import TypeAdapter

    from povcoop._records.models import RECORD_MODELS
    from povcoop._records.validation import bundle_model

    if kind is None:
        models = tuple((k, RECORD_MODELS[k]) for k in types)
        schema = bundle_model(models).model_json_schema()
    else:
        if kind not in RECORD_MODELS:
            raise ValueError(f"unknown kind {shorten(kind)}; kinds: {', '.join(RECORD_MODELS)}")
        model: Any = RECORD_MODELS[kind]
        schema = TypeAdapter(list[model]).json_schema()
        schema["title"] = f"povcoop {kind}"
        schema["description"] = f"The file {kind}.json: a JSON array of {kind} records."
    _describe(schema.get("$defs", {}), types)
    _anchor_patterns(schema)
    return {"$schema": DIALECT, **schema}


def _anchor_patterns(schema: Any) -> None:
    """End every pattern at the very end of the text, as the loader's regular expressions do.

    The loader's ``$`` matches only at the end; in Python's ``re`` (which JSON Schema validators
    written in Python use) it also matches before a final newline, so ``"asia\n"`` would pass
    the schema. ``(?!\n)`` after it means the same in Python and in ECMA-262 (JSON Schema's
    dialect), where ``$`` already matches only at the end.
    """
    if isinstance(schema, dict):
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and pattern.endswith("$"):
            schema["pattern"] = pattern + "(?!\\n)"
        for value in schema.values():
            _anchor_patterns(value)
    elif isinstance(schema, list):
        for value in schema:
            _anchor_patterns(value)
