"""Validation of a data file's parsed value by its record model: every error a located Problem
with a machine-readable code."""

from __future__ import annotations

import functools
from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError, create_model

from povcoop._errors import Problem, clip
from povcoop._layout import MANIFEST, Kind, file_of
from povcoop._records.models import PATTERN_NAMES, Manifest

_CODES = {
    "extra_forbidden": "unknown-field",
    "missing": "missing-field",
    "literal_error": "not-in-vocabulary",
    "string_pattern_mismatch": "bad-format",
    "string_too_short": "too-short",
    "too_short": "too-short",
    "string_too_long": "too-long",
    "too_long": "too-long",
    "greater_than": "out-of-range",
    "greater_than_equal": "out-of-range",
    "less_than": "out-of-range",
    "less_than_equal": "out-of-range",
    "value_error": "invalid-value",
}


def problem_code(error_type: str) -> str:
    """The povcoop code of a pydantic error type: ``wrong-type`` for every ``*_type`` error,
    our name for the common ones, and pydantic's own (hyphenated) otherwise.

    >>> problem_code("extra_forbidden"), problem_code("string_type"), problem_code("url_parsing")
    ('unknown-field', 'wrong-type', 'url-parsing')
    """
    if error_type in _CODES:
        return _CODES[error_type]
    if error_type.endswith("_type") or error_type in ("int_from_float", "dict_attributes_type"):
        return "wrong-type"
    return error_type.replace("_", "-")


@functools.cache
def _adapter(model: type[BaseModel]) -> TypeAdapter[list[Any]]:
    return TypeAdapter(list[model])  # type: ignore[valid-type]


@functools.cache
def _manifest_adapter() -> TypeAdapter[Manifest]:
    return TypeAdapter(Manifest)


def bundle_model(record_models: tuple[tuple[Kind, type[BaseModel]], ...]) -> type[BaseModel]:
    """A model of a whole data folder in one document: the manifest and every kind's records."""
    fields: dict[str, Any] = {"catalog": (Manifest, ...)}
    fields.update({kind: (list[model], []) for kind, model in record_models})  # type: ignore[valid-type]
    return create_model(
        "Catalog",
        __config__=ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False),
        __doc__="A whole povcoop data folder in one document: the manifest and every kind's records.",
        **fields,
    )


def _place(loc: tuple[int | str, ...], value: Any, error_type: str) -> list[int | str]:
    """The part of pydantic's location that is a place in the data: pydantic also names union
    branches and validators there (``'str'``, ``'function-after[...]'``), which are not."""
    path: list[int | str] = []
    current = value
    for position, part in enumerate(loc):
        inside = isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        if inside or (isinstance(current, dict) and part in current):
            current = current[part]
        elif not (isinstance(part, str) and error_type == "missing" and position == len(loc) - 1):
            continue
        path.append(part)
    return path


def field_path(parts: list[int | str]) -> str | None:
    """``["evidence", 0, "quote"]`` -> ``"evidence[0].quote"``; a key that is not an identifier
    is quoted, so that every place has a name."""
    path = ""
    for part in parts:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part.isidentifier():
            name = clip(part, 40)
            path += f".{name}" if path else name
        else:
            path += f"[{clip(part, 40)!r}]"
    return path or None


def validate_records(kind: Kind, model: type[BaseModel], value: list[Any]) -> list[Problem]:
    """Check one kind's parsed array against its record model; each error a located Problem."""
    try:
        _adapter(model).validate_python(value)
    except ValidationError as error:
        return [_problem(file_of(kind), e, value) for e in error.errors(include_url=False, include_input=False)]
    return []


def validate_manifest(value: dict[str, Any]) -> list[Problem]:
    """Check ``catalog.json``'s parsed object against :class:`Manifest`."""
    try:
        _manifest_adapter().validate_python(value)
    except ValidationError as error:
        return [_problem(MANIFEST, e, value) for e in error.errors(include_url=False, include_input=False)]
    return []


def _message(error: Any) -> str:
    """Pydantic's message, but a pattern named for what it means: a date's pattern runs to
    three hundred characters and says nothing to a reader."""
    pattern = (error.get("ctx") or {}).get("pattern")
    if error["type"] == "string_pattern_mismatch" and isinstance(pattern, str):
        return f"not {PATTERN_NAMES.get(pattern, f'of the form {clip(pattern, 60)}')}"
    return str(error["msg"])


def _problem(name: str, error: Any, value: Any) -> Problem:
    error_type = str(error["type"])
    place = _place(tuple(error["loc"]), value, error_type)
    code = problem_code(error_type)
    message = _message(error)
    if name == MANIFEST or not place or not isinstance(place[0], int):
        return Problem(file=name, field=field_path(place), code=code, message=message)
    index = place[0]
    record = value[index]
    record_id = record.get("id") if isinstance(record, dict) else None
    return Problem(
        file=name,
        index=index,
        id=clip(record_id) if isinstance(record_id, str) else None,
        field=field_path(place[1:]),
        code=code,
        message=message,
    )
