"""Pydantic models of povcoop's data files at rest, derived from the registry.

One model per record kind; a data folder holds ``catalog.json`` (a :class:`ManifestRecord`)
and one JSON array per kind (``projects.json`` is a list of ``ProjectRecord``).
References between records are ids; the loader resolves them. These models only
describe and validate the files: they never become domain objects themselves.

No entity field is declared here: :func:`record_model` makes each model with
``pydantic.create_model`` from the entity class's fields (:func:`~povcoop._domain.fields.fields_of`):
each field's role gives its shape at rest (a link is an id, a date ISO text), its
:class:`~povcoop._domain.fields.AtRest` its constraints, its code scheme its pattern, its
description the JSON Schema's. A value class's model (evidence, a quantity) is made the
same way, when a field first needs it, so the order classes are defined in does not matter.

Conventions the loader relies on: every optional field defaults to ``None`` or an
empty list, so a record read as plain JSON and a validated record convert alike.

>>> RECORD_MODELS["projects"].__name__, RECORD_MODELS["projects"].model_fields["countries"].is_required()
('ProjectRecord', False)
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Annotated, Any, Final

import attrs
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    create_model,
    model_validator,
)

from povcoop._base.layout import KINDS
from povcoop._domain import fields as f
from povcoop._domain.entities import ENTITY_TYPES
from povcoop._domain.values import Evidence

_PARTIAL_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


def _check_partial_date(value: str) -> str:
    """Reject ``2021-02-30`` and ``2021-13``, which the pattern alone lets through."""
    match = _PARTIAL_DATE.match(value)
    if match is None:  # pragma: no cover - the pattern constraint runs first
        raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    datetime.date(int(year), int(month or 1), int(day or 1))
    return value


@attrs.frozen
class Ref:
    """Marks a field that holds the id of a record of ``kind`` (checked against the entities)."""

    kind: str


@attrs.frozen
class Scheme:
    """Marks a field that holds a code of ``scheme`` (checked against the entities)."""

    scheme: str


_SCHEME_PATTERNS: Final[dict[str, str]] = {
    "iso3166-1-alpha-3": r"^[A-Z]{3}$",
    "iso3166-1-alpha-2": r"^[A-Z]{2}$",
    "iso3166-1-numeric": r"^[0-9]{3}$",
    "un-m49": r"^[0-9]{3}$",
    "oecd-dac-region": r"^[0-9]{2,4}$",
    "oecd-dac-recipient": r"^[0-9]{2,4}$",
    "oecd-dac-crs-purpose": r"^[0-9]{5}$",
    "un-sdg-target": r"^[0-9]{1,2}\.[0-9a-z]{1,2}$",
    "iati-aid-type": r"^[A-H][0-9]{2}$",
}
"""The form of each code scheme's codes (a fact of the scheme, not of a field): a code of
another scheme is text of a few words, checked against its list by the checks."""


def _strings(rest: f.AtRest) -> StringConstraints:
    return StringConstraints(min_length=rest.min_length, max_length=rest.max_length, pattern=rest.pattern)


def _numbers(rest: f.AtRest) -> Any:
    return Field(ge=rest.ge, le=rest.le, gt=rest.gt)


def _scheme_text(scheme: str) -> StringConstraints:
    pattern = _SCHEME_PATTERNS.get(scheme)
    return _strings(f.SHORT_TEXT) if pattern is None else StringConstraints(pattern=pattern)


Slug = Annotated[str, _strings(f.SLUG)]
"""A lower-case kebab-case id: ``east-asia-poverty-reduction-demonstration``."""

CountryId = Annotated[str, _scheme_text("iso3166-1-alpha-3")]
"""A country's id: its ISO 3166-1 alpha-3 code."""

OrganizationRef = Annotated[Slug, Ref("organizations")]
"""A link to an organisation, for a model extended by hand (the derived models use :func:`ref_type`)."""
EntityRef = Annotated[
    str,
    StringConstraints(
        pattern=rf"^({'|'.join(KINDS)})/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$",
        max_length=220,
    ),
    Ref("*"),
]
"""A reference to an entity of any kind: ``"projects/east-asia-poverty-reduction-demonstration"``."""

Text = Annotated[str, _strings(f.LONG_TEXT)]
ShortText = Annotated[str, _strings(f.SHORT_TEXT)]
Quote = Annotated[str, _strings(f.QUOTE)]
_YEAR = r"(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_DATE_PATTERN = (
    rf"^(?:{_YEAR}(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1[0-9]|2[0-8]))?"
    r"|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31))?"
    rf"|{_LEAP_YEAR}-02-29)$"
)
"""Exactly the dates of the proleptic Gregorian calendar (years 1 to 9999) at year, month or day
precision, so that the JSON Schema rejects ``2021-13`` and ``2021-02-29`` as the loader does."""

PATTERN_NAMES: Final[dict[str, str]] = {
    _DATE_PATTERN: "a real date of the form YYYY, YYYY-MM or YYYY-MM-DD",
    str(f.SLUG.pattern): "an id: lower-case letters and digits in words joined by '-'",
    rf"^({'|'.join(KINDS)})/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$": "a reference 'kind/id' (projects/my-project)",
}
"""What a message calls a pattern that does not speak for itself."""

DateText = Annotated[
    str,
    StringConstraints(pattern=_DATE_PATTERN),
    AfterValidator(_check_partial_date),
]
"""An ISO 8601 date of reduced precision: ``2021``, ``2020-09`` or ``2021-03-10``."""


class _Record(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False)


OPEN_TERM: Final = r"^[a-z0-9][a-z0-9 ,()'-]*[a-z0-9)]$"
"""A term of an open vocabulary outside the listed ones: lower-case words (``capacity building``)."""

TEXT_FILE: Final = r"^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*$"
"""A source's text file: a path relative to the data folder, inside it."""


def _basis_has_what_it_needs(record: Mapping[str, Any]) -> None:
    basis, quote = record.get("basis"), record.get("quote")
    if basis == "stated" and quote is None:
        raise ValueError("stated evidence needs a quote")
    if basis == "inferred" and record.get("note") is None:
        raise ValueError("inferred evidence needs a note giving the reasoning")
    if record.get("occurrence") is not None and quote is None:
        raise ValueError("occurrence needs a quote")
    if record.get("offset") is not None:
        if quote is None:
            raise ValueError("offset needs a quote")
        if record.get("occurrence") is not None:
            raise ValueError("give the quote's occurrence or its offset, not both")


RecordRule = Callable[[Mapping[str, Any]], None]
"""A rule over a whole record or object at rest (its fields given as a mapping): raises
``ValueError`` saying what is missing."""

RULES: Final[dict[type, RecordRule]] = {Evidence: _basis_has_what_it_needs}
"""The rules that no single field states, by domain class: what each basis of evidence needs."""

rule_of_model: Final[dict[type[BaseModel], RecordRule]] = {}
"""Each derived model's rule, for validators of the same records that build no model."""


def _id_text(kind: str) -> Any:
    """What an id of ``kind`` looks like at rest: the form its class's ``id`` field declares."""
    field = next(field for field in f.fields_of(ENTITY_TYPES[kind]) if field.name == "id")  # type: ignore[index]
    return _scheme_text(field.scheme) if field.scheme else _strings(field.rest or f.SHORT_TEXT)


@functools.cache
def ref_type(kind: str) -> Any:
    """The type at rest of a link to an entity of ``kind``: its id, marked :class:`Ref`."""
    return Annotated[str, _id_text(kind), Ref(kind)]


def _code_type(scheme: str) -> Any:
    return Annotated[str, _scheme_text(scheme), Scheme(scheme)]


def _value_type(field: f.Field) -> Any:
    vocabulary = field.vocab
    if vocabulary is not None and vocabulary.open:
        return Annotated[
            str, StringConstraints(pattern=OPEN_TERM, max_length=100), Field(examples=list(vocabulary.values))
        ]
    if vocabulary is not None:
        return field.value_type
    if field.scheme is not None:
        return _code_type(field.scheme)
    if field.value_type is str:
        return Annotated[str, _strings(field.rest or f.SHORT_TEXT)]
    if field.rest is not None:
        return Annotated[field.value_type, _numbers(field.rest)]
    return field.value_type


_ONE: Final[dict[str, Callable[[f.Field], Any]]] = {
    "value": _value_type,
    "texts": lambda field: Annotated[str, _strings(field.rest or f.SHORT_TEXT)],
    "date": lambda field: DateText,
    "link": lambda field: ref_type(field.target),
    "links": lambda field: ref_type(field.target),
    "refs": lambda field: EntityRef,
    "code": lambda field: _code_type(field.scheme),  # type: ignore[arg-type]
    "codes": lambda field: _code_type(field.scheme),  # type: ignore[arg-type]
    "nested": lambda field: record_model(field.nested),  # type: ignore[arg-type]
    "nested_list": lambda field: record_model(field.nested),  # type: ignore[arg-type]
    "evidence": lambda field: record_model(Evidence),
    "text": lambda field: Annotated[str, StringConstraints(pattern=TEXT_FILE, max_length=300)],
}
"""What one value of a field of each role is at rest (a link: its target's id; a nested value:
its class's model); a field of many values is a list of them."""


def _at_rest_type(field: f.Field) -> Any:
    """A field's type at rest, from its role (and, for a plain value, its type and constraints)."""
    one = _ONE[field.role](field)
    if field.role == "evidence":
        bounds = Field(min_length=1, max_length=1_000) if field.required else Field(max_length=1_000)
        return Annotated[list[one], bounds]  # type: ignore[valid-type]
    return list[one] if field.many else one  # type: ignore[valid-type]


def _declaration(cls: type, field: f.Field) -> tuple[Any, Any]:
    annotation = _at_rest_type(field)
    if field.required:
        return annotation, Field(description=field.doc)
    default = attrs.fields_dict(cls)[field.name].default
    if default == ():
        return annotation, Field(default=[], description=field.doc)
    if default is None:
        return annotation | None, Field(default=None, description=field.doc)
    return annotation, Field(default=default, description=field.doc)


def _first_paragraph(cls: type) -> str | None:
    doc = cls.__doc__
    return doc.strip().split("\n\n")[0].replace("\n", " ") if doc else None


def _checked_by(rule: RecordRule) -> Any:
    def check(record: BaseModel) -> BaseModel:
        rule(record.__dict__)
        return record

    return model_validator(mode="after")(check)


_models: dict[type, type[BaseModel]] = {}


def record_model(cls: type) -> type[BaseModel]:
    """The pydantic model of ``cls``'s records (or objects) at rest, derived from the registry:
    strict, no unknown field, frozen; ``Project`` gives ``ProjectRecord``.

    >>> from povcoop._domain.values import Quantity
    >>> model = record_model(Quantity)
    >>> model.model_validate({"number": 7.6, "unit": "people", "scale": 1000000, "type": "achieved"}).scale
    1000000
    """
    if cls in _models:
        return _models[cls]
    declared: dict[str, Any] = {}
    for field in f.fields_of(cls):
        if field.derived:
            continue  # computed at load (a quote's offsets), never at rest
        if field.role == "text":
            declared[field.at_rest] = (_at_rest_type(field) | None, Field(default=None, description=field.doc))
            continue
        declared[field.at_rest] = _declaration(cls, field)
    for extra in f.rest_only(cls):
        kept = f.without_none(extra.type)
        if extra.rest is not None:
            kept = Annotated[kept, _numbers(extra.rest)]
        declared[extra.name] = (kept | None, Field(default=None, description=extra.doc))
    rule = RULES.get(cls)
    validators = {"_rule": _checked_by(rule)} if rule is not None else None
    model: type[BaseModel] = create_model(
        f"{cls.__name__}Record",
        __base__=_Record,
        __doc__=_first_paragraph(cls),
        __module__=__name__,
        __validators__=validators,
        **declared,
    )
    if rule is not None:
        rule_of_model[model] = rule
    _models[cls] = model
    return model


class ManifestRecord(_Record):
    """``catalog.json``: what the folder is and which source is its release."""

    title: ShortText
    release: Slug
    data_version: Annotated[str, StringConstraints(pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")]
    """The version of the data, bumped whenever a data file changes."""
    data_version_date: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] | None = None
    """The day this data version was made (ISO 8601), for citations of the dataset."""
    license: ShortText | None = None


RECORD_MODELS: Final[dict[str, type[BaseModel]]] = {kind: record_model(cls) for kind, cls in ENTITY_TYPES.items()}
"""The model of one record of each kind."""


def _value_classes() -> dict[str, type]:
    found: dict[str, type] = {"Evidence": Evidence}
    waiting = list(ENTITY_TYPES.values())
    while waiting:
        for field in f.fields_of(waiting.pop(0)):
            if field.nested is not None and field.nested.__name__ not in found:
                found[field.nested.__name__] = field.nested
                waiting.append(field.nested)
    return found


VALUE_MODELS: Final[dict[str, type[BaseModel]]] = {name: record_model(cls) for name, cls in _value_classes().items()}
"""The model of each value object at rest, by the name of its domain class."""

if TYPE_CHECKING:  # what the type checker sees of the derived models: models to use and extend

    class EvidenceRecord(_Record): ...

    class ProjectRecord(_Record): ...

    class StatementRecord(_Record): ...

else:
    globals().update({model.__name__: model for model in (*RECORD_MODELS.values(), *VALUE_MODELS.values())})
