"""Validation of a data file's parsed value by its record model: every error a located Problem
with a machine-readable code."""

from __future__ import annotations

import functools
from collections import Counter
from typing import Any

from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError, create_model
from pydantic_core import SchemaValidator, core_schema

from povcoop._errors import Problem, clip
from povcoop._layout import MANIFEST, Kind, file_of
from povcoop._records.models import PATTERN_NAMES, ManifestRecord

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
def _manifest_adapter() -> TypeAdapter[ManifestRecord]:
    return TypeAdapter(ManifestRecord)


def bundle_model(record_models: tuple[tuple[Kind, type[BaseModel]], ...]) -> type[BaseModel]:
    """A model of a whole data folder in one document: the manifest and every kind's records."""
    fields: dict[str, Any] = {"catalog": (ManifestRecord, ...)}
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


def validate_records(kind: Kind, model: type[BaseModel], value: list[Any], offset: int = 0) -> list[Problem]:
    """Check one kind's parsed array (or the part of it from ``offset``) against its record
    model; each error a located Problem."""
    try:
        _adapter(model).validate_python(value)
    except ValidationError as error:
        errors = error.errors(include_url=False, include_input=False)
        return [_problem(file_of(kind), e, value, offset) for e in errors]
    return []


def problem_codes(model: type[BaseModel], value: list[Any]) -> Counter[str]:
    """How many problems of each code :func:`validate_records` would find, without locating
    them (for a file whose problems are no longer kept, only counted)."""
    validator = plain_validator(model)
    try:
        (validator if validator is not None else _adapter(model)).validate_python(value)
    except ValidationError as error:
        return Counter(problem_code(e["type"]) for e in error.errors(include_url=False, include_input=False))
    return Counter()


def records_valid(model: type[BaseModel], value: list[Any]) -> bool | None:
    """Whether ``value`` is a valid array of ``model`` records, by :func:`plain_validator`
    (which builds no model objects), or ``None`` when the model has no plain validator;
    :func:`validate_records` says what is wrong."""
    validator = plain_validator(model)
    if validator is None:
        return None
    try:
        validator.validate_python(value)
    except ValidationError:
        return False
    return True


class _ModelView:
    """A record's values read as a model's attributes, for the model's own after-validators;
    the class attributes are the model's defaults."""


def _view_class(schema: Any) -> type:
    defaults = {}
    for name, field in schema["schema"]["fields"].items():
        inner = field["schema"]
        if inner["type"] == "default":
            defaults[name] = inner["default"] if "default" in inner else inner["default_factory"]()
    return type(f"{schema['cls'].__name__}View", (_ModelView,), defaults)


def _before(check: Any, view: type, with_info: bool) -> Any:
    """The model's after-validator ``check``, run before the fields are validated, on a view of
    the input dict. Equivalent for what is accepted: a record is accepted only when its fields
    are valid too, and then they are the values the model's validator would have read (strict
    mode converts nothing). Anything else the check raises rejects the record, and the model
    then says why.
    """
    new = object.__new__

    def before(value: Any, *info: Any) -> Any:
        if type(value) is not dict:
            return value  # the typed dict rejects it
        record: Any = new(view)
        record.__dict__ = value  # read through, not copied: the check only reads its fields
        try:
            check(record, *info)
        except ValueError:
            raise
        except Exception as error:
            raise ValueError(f"the model's validator failed: {error!r}") from None
        return value

    return {"type": "with-info" if with_info else "no-info", "function": before}


class _NotDerivable(Exception):
    """A model schema uses something a plain (typed-dict) schema cannot reproduce: the model
    itself validates then (see :func:`plain_validator`)."""


def _typed_dict(schema: Any) -> Any:
    inner = schema["schema"]
    if schema.get("custom_init") or schema.get("post_init") or inner["type"] != "model-fields":
        raise _NotDerivable(f"no plain schema for {schema.get('cls')}")
    if inner.get("computed_fields") or inner.get("model_validators"):
        raise _NotDerivable(f"no plain schema for {schema.get('cls')}")
    fields = {}
    for name, field in inner["fields"].items():
        value = field["schema"]
        optional = value["type"] == "default"
        # Without the default: an absent key stays absent, as in the parsed file.
        fields[name] = core_schema.typed_dict_field(
            _plain(value["schema"] if optional else value), required=not optional
        )
    config = schema.get("config", {})
    return core_schema.typed_dict_schema(
        fields,
        extra_behavior=config.get("extra_fields_behavior"),
        strict=config.get("strict"),
        config=config,
        ref=schema.get("ref"),
    )


def _plain(schema: Any) -> Any:
    """``schema`` with each model schema in it replaced by a typed-dict schema of the same
    fields, constraints and config, and each model after-validator run on a view of the dict."""
    if isinstance(schema, list):
        return [_plain(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    kind = schema.get("type")
    if kind == "model":
        return _typed_dict(schema)
    wrapped = schema.get("schema")
    if str(kind).startswith("function-") and isinstance(wrapped, dict) and wrapped.get("type") == "model":
        if kind != "function-after":
            raise _NotDerivable("only a model's after-validators can run on a view of its dict")
        function = schema["function"]
        with_info = function["type"] == "with-info"
        plain = {key: value for key, value in schema.items() if key not in ("schema", "function", "metadata")}
        return {
            **plain,
            "type": "function-before",
            "schema": _typed_dict(wrapped),
            "function": _before(function["function"], _view_class(wrapped), with_info),
        }
    return {key: value if key in ("metadata", "cls") else _plain(value) for key, value in schema.items()}


@functools.cache
def plain_validator(model: type[BaseModel]) -> SchemaValidator | None:
    """A validator of an array of ``model`` records that accepts and rejects exactly what the
    model does but yields plain dicts: derived from the model's own core schema (models become
    typed dicts; the model's after-validators run on a view of each input dict), so that the record
    models stay the one declaration. ``None`` when the model uses what cannot be derived (a
    custom ``__init__``, a wrap validator); :func:`records_valid` then uses the model itself.
    """
    try:
        schema = _plain(model.__pydantic_core_schema__)
    except _NotDerivable:
        return None
    return SchemaValidator(core_schema.list_schema(schema))


def validate_manifest(value: dict[str, Any]) -> list[Problem]:
    """Check ``catalog.json``'s parsed object against :class:`ManifestRecord`."""
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


def _problem(name: str, error: Any, value: Any, offset: int = 0) -> Problem:
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
        index=index + offset,
        id=clip(record_id) if isinstance(record_id, str) else None,
        field=field_path(place[1:]),
        code=code,
        message=message,
    )
