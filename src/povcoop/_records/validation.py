"""Validation of a data file's parsed value by its record model: every error a located Problem
with a machine-readable code."""

from __future__ import annotations

import functools
import operator
import types
import typing
from collections import Counter
from typing import Any

import typing_extensions
from pydantic import AfterValidator, BaseModel, ConfigDict, TypeAdapter, ValidationError, create_model

from povcoop._base.errors import Problem, clip
from povcoop._base.layout import MANIFEST, Kind, file_of
from povcoop._records.models import PATTERN_NAMES, ManifestRecord, rule_of_model

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


def _plain_type(annotation: Any) -> Any:
    """``annotation`` with each record model in it replaced by its plain (typed-dict) form."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _plain_form(annotation)
    arguments = typing.get_args(annotation)
    if not arguments:
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return typing.Annotated[(_plain_type(arguments[0]), *annotation.__metadata__)]
    if origin in (typing.Union, types.UnionType):
        return functools.reduce(operator.or_, map(_plain_type, arguments))
    if origin is list:
        return list[_plain_type(arguments[0])]  # type: ignore[misc]
    return annotation


@functools.cache
def _plain_form(model: type[BaseModel]) -> Any:
    """A typed dict of ``model``'s fields, read through pydantic's public ``model_fields``: the
    same types, constraints and config, each optional field not required (an absent key stays
    absent, as in the parsed file), and the model's record rule (:data:`rule_of_model`) run on
    the dict after its fields are valid, as the model runs it."""
    if not model.__pydantic_complete__:
        model.model_rebuild()  # a model that names one defined below it: resolved now, by pydantic
    fields = {}
    for name, info in model.model_fields.items():
        annotation = (
            typing.Annotated[(_plain_type(info.annotation), *info.metadata)]
            if info.metadata
            else _plain_type(info.annotation)
        )
        fields[name] = (
            typing_extensions.Required[annotation] if info.is_required() else typing_extensions.NotRequired[annotation]
        )
    make: Any = typing_extensions.TypedDict  # called, not subclassed: the fields are known at run time
    plain: Any = make(f"{model.__name__}Dict", fields)
    config = model.model_config
    plain.__pydantic_config__ = ConfigDict(
        strict=bool(config.get("strict")),
        extra=config.get("extra"),
        allow_inf_nan=config.get("allow_inf_nan", True),
    )
    rule = next((rule_of_model[klass] for klass in model.__mro__ if klass in rule_of_model), None)
    if rule is None:
        return plain
    return typing.Annotated[plain, AfterValidator(_keeping(rule))]


def _keeping(rule: Any) -> Any:
    def check(record: dict[str, Any]) -> dict[str, Any]:
        rule(record)
        return record

    return check


@functools.cache
def plain_validator(model: type[BaseModel]) -> TypeAdapter[list[Any]] | None:
    """A validator of an array of ``model`` records that accepts and rejects exactly what the
    model does but yields plain dicts (it builds no model objects): a ``TypeAdapter`` over a
    typed dict made from the model's public field descriptions, so that the record models stay
    the one declaration. ``None`` when the model has its own validators, which only the model
    runs (the derived models carry theirs as record rules); :func:`records_valid` then uses the
    model itself.
    """
    if _own_validators(model):
        return None
    # Built as a runtime alias, not a type expression: the item form is made at run time,
    # which static checkers cannot read (and mypy versions disagree on how to say so).
    array_form: Any = types.GenericAlias(list, (_plain_form(model),))
    return TypeAdapter(array_form)


def _own_validators(model: type[BaseModel]) -> bool:
    """Whether a model has validators besides its record rule (which a typed dict runs too),
    as its documented ``__pydantic_decorators__`` lists them."""
    decorators = model.__pydantic_decorators__
    ruled = any(klass in rule_of_model for klass in model.__mro__)
    others = [name for name in decorators.model_validators if not (ruled and name == "_rule")]
    return bool(others or decorators.field_validators or decorators.validators or decorators.root_validators)


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
