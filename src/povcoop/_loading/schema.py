"""The JSON Schema (draft 2020-12) of the data files: the records' shapes, the registry's words.

The record models are derived from the registry, descriptions included: each property's
``description`` is the doc of the entity field it is stored for, so the schema and ``help()``
say the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from povcoop._base.errors import shorten
from povcoop._base.layout import KINDS, Kind
from povcoop._domain.entities import ENTITY_TYPES, Entity

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema(kind: str | None = None, types: Mapping[Kind, type[Entity]] = ENTITY_TYPES) -> dict[str, Any]:
    """The JSON Schema of one kind's file, or of a whole folder as one document: the record
    models derived from ``types``' registry, descriptions included."""
    from pydantic import TypeAdapter

    from povcoop._records.models import record_model
    from povcoop._records.validation import bundle_model

    if kind is None:
        models = tuple((k, record_model(cls)) for k, cls in types.items())
        schema = bundle_model(models).model_json_schema()
    else:
        if kind not in KINDS or kind not in types:
            raise ValueError(f"unknown kind {shorten(kind)}; kinds: {', '.join(types)}")
        model: Any = record_model(types[kind])
        schema = TypeAdapter(list[model]).json_schema()
        schema["title"] = f"povcoop {kind}"
        schema["description"] = f"The file {kind}.json: a JSON array of {kind} records."
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
