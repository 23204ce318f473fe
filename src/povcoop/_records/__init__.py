"""Records: the pydantic models of the data files, their validation and their JSON Schema.

Importing this package imports pydantic (tens of milliseconds): only a user's file, a schema
request or the test suite does; the shipped catalog loads without it.
"""

from __future__ import annotations

import functools
from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError, create_model

from povcoop._errors import Problem
from povcoop._layout import KINDS, MANIFEST, Kind, file_of
from povcoop._records.models import (
    ConceptRecord,
    CountryRecord,
    EventRecord,
    InitiativeRecord,
    Manifest,
    MetricRecord,
    OrganizationRecord,
    PersonRecord,
    ProjectRecord,
    RegionRecord,
    SectorRecord,
    SourceRecord,
    StatementRecord,
)

RECORD_MODELS: dict[Kind, type[BaseModel]] = {
    "sources": SourceRecord,
    "people": PersonRecord,
    "organizations": OrganizationRecord,
    "regions": RegionRecord,
    "countries": CountryRecord,
    "sectors": SectorRecord,
    "concepts": ConceptRecord,
    "initiatives": InitiativeRecord,
    "projects": ProjectRecord,
    "metrics": MetricRecord,
    "events": EventRecord,
    "statements": StatementRecord,
}
"""The model of one record of each kind."""

_FILE_KINDS: dict[str, Kind] = {file_of(kind): kind for kind in KINDS}
_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


@functools.cache
def _adapter(kind: Kind) -> TypeAdapter[list[Any]]:
    return TypeAdapter(list[RECORD_MODELS[kind]])  # type: ignore[valid-type]


@functools.cache
def _bundle_model() -> type[BaseModel]:
    fields: dict[str, Any] = {"catalog": (Manifest, ...)}
    fields.update({kind: (list[RECORD_MODELS[kind]], []) for kind in KINDS})  # type: ignore[valid-type]
    return create_model(
        "Catalog",
        __config__=ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False),
        __doc__="A whole povcoop data folder in one document: the manifest and every kind's records.",
        **fields,
    )


def _field_path(parts: tuple[int | str, ...]) -> str | None:
    path = ""
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or None


def validate_file(name: str, value: Any) -> list[Problem]:
    """Check a data file's parsed JSON value against its model; every error becomes a located
    Problem. The value the loader goes on with is the one checked, so no record escapes."""
    adapter: TypeAdapter[Any] = TypeAdapter(Manifest) if name == MANIFEST else _adapter(_FILE_KINDS[name])
    try:
        adapter.validate_python(value, strict=True)
    except ValidationError as error:
        return [_problem(name, e, value) for e in error.errors(include_url=False)]
    return []


_BRANCH_TAGS = frozenset({"int", "float", "str", "bool", "none", "list", "dict"})


def _is_field_name(part: str) -> bool:
    return part.isidentifier() and part.islower() and part not in _BRANCH_TAGS


def _problem(name: str, error: Any, value: Any) -> Problem:
    loc: tuple[int | str, ...] = tuple(error["loc"])
    # Pydantic names union branches and validators in the path ('int', 'function-after[...]',
    # 'EvidenceRecord'); field names are lower-case identifiers, so drop anything else.
    loc = tuple(part for part in loc if isinstance(part, int) or _is_field_name(part))
    message = str(error["msg"])
    if name == MANIFEST or not loc or not isinstance(loc[0], int):
        return Problem(file=name, field=_field_path(loc), message=message)
    index = loc[0]
    record = value[index] if isinstance(value, list) and index < len(value) else None
    record_id = record.get("id") if isinstance(record, dict) else None
    return Problem(
        file=name,
        index=index,
        id=record_id if isinstance(record_id, str) else None,
        field=_field_path(loc[1:]),
        message=message,
    )


def json_schema(kind: Kind | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one kind's file, or of a whole folder as one document."""
    if kind is None:
        schema = _bundle_model().model_json_schema()
    else:
        if kind not in RECORD_MODELS:
            raise ValueError(f"unknown kind {kind!r}; kinds: {', '.join(KINDS)}")
        schema = _adapter(kind).json_schema()
        schema["title"] = f"povcoop {kind}"
        schema["description"] = f"The file {file_of(kind)}: a JSON array of {kind} records."
    return {"$schema": _SCHEMA_DIALECT, **schema}


__all__ = ["RECORD_MODELS", "json_schema", "validate_file"]
