"""Column specifications derived from the registry: for each field of an entity or value class
(:func:`~povcoop._domain.fields.fields_of`, and the computed columns it declares), the columns it
becomes and the path from a row's object to their values.

How each field of the registry (:func:`~povcoop._domain.fields.fields_of`) becomes columns, by
its role:

* a value: one column, typed by its annotation (``string``, ``integer``, ``number``,
  ``boolean``); a word of a closed vocabulary is a ``category`` with the vocabulary's values,
  a word of an open one (a project's ``type``) a ``string``: any value a user's data hold;
* texts (aliases, authors, caveats): one ``strings`` column (a tuple of strings per row);
* a partial date (``start``): two columns, ``start`` (a ``date``: the first day the partial
  date can mean, so ``2017`` is 1 January 2017) and ``start_precision`` (``year``, ``month`` or
  ``day``), which together give the partial date back;
* a link (``region``): ``region_id`` (the id, a foreign key) and ``region`` (the name);
* links (``countries``): ``country_ids`` and ``countries`` (tuples of ids and of names, named by
  the field's ``where()`` criterion), and a link table ``project_countries``
  (``project_id``, ``position``, ``country_id``);
* a code (``m49``): its code as a ``string`` (leading zeros kept: ``"035"``);
* codes (``dac_crs``): a ``strings`` column, and a link table ``sector_dac_crs``
  (``sector_id``, ``position``, ``code``, ``name``);
* references to entities of any kind (``refs``): ``"kind/id"`` strings, and a link table with
  ``ref``, ``ref_kind`` and ``ref_id``;
* a value object (a metric's ``value``, its ``poverty_line``): its own fields' columns,
  prefixed with the field's name (``poverty_line_amount``), except one the registry flattens
  (``f.nested(..., flatten=True)``: a metric's ``value``, whose ``number``, ``unit``, ``scale``,
  ``type`` and ``magnitude`` are the metric's columns);
* value objects (errata, memberships): a link table of their columns (``organization_members``);
* evidence: the first stated quote as ``quote``, ``quote_start``, ``quote_end`` and
  ``quote_source_id``; every piece of evidence of every entity is a row of ``entity_evidence``
  (``kind``, ``id``, ``position``, ...);
* a source's full text: left out (``Source.text`` holds it).

The properties a class declares in its ``COMPUTED`` are columns too, by the role declared
(:func:`~povcoop._domain.fields.computed_of`: a project's inherited codes, ``all_dac_crs`` and
``all_sdg_targets``; a quantity's ``magnitude``).
A role this module does not know is a TypeError, never a silently missing column.

>>> import povcoop
>>> [column.name for column in columns_of(povcoop.Region)][:4]
['id', 'name', 'name_zh', 'aliases']
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any, Final, TypeAlias

import attrs

from povcoop._domain.entities import Entity
from povcoop._domain.fields import Field, computed_of, fields_of
from povcoop._views.table import Column, LogicalType

PRECISIONS: Final = ("year", "month", "day")
"""The values of a partial date's ``_precision`` column."""


# -- column definitions from the registry ---------------------------------------------------------

Values = list[Any]
Convert = Callable[[Values], Values]
Step: TypeAlias = "str | Callable[[Values], Values] | _PerDistinct"
"""A step from a column of objects to a column of values: an attribute's name (``None`` stays
``None``), a function of the whole column, or a :class:`_PerDistinct`."""
Path = tuple[Step, ...]


@attrs.frozen
class _Spec:
    """A column, the path from a row's object to the values it is made of, and how to turn those
    values into the column's (a whole column at a time: columns sharing a path read it once)."""

    column: Column
    path: Path
    convert: Convert
    target: str | None = None
    """The table a column of ids points to (a foreign key)."""


def _same(values: Values) -> Values:
    return values


def _optional(then: Callable[[Any], Any]) -> Convert:
    return lambda values: [None if value is None else then(value) for value in values]


def _each(then: Callable[[Any], Any]) -> Convert:
    # One item is the common case (a project in one country, in one sector): a tuple built in
    # place, without a map object. Otherwise map, not a nested comprehension: no frame per row
    # on Python 3.11. Tuples, not lists: immutable like the entities.
    return lambda values: [
        () if not value else (then(value[0]),) if len(value) == 1 else tuple(map(then, value)) for value in values
    ]


def _identity(values: Values) -> Values:
    """Each object's identity: a key that hashes fast (an entity hashes by its fields) and tells
    apart equal-looking objects of other catalogs. The objects outlive the keys (a table's rows
    hold them), so no identity is reused while the keys are in use."""
    return list(map(id, values))


def _identities(values: Values) -> Values:
    """Each tuple's items' identities (see :func:`_identity`): a tuple of them, or one alone."""
    return [() if not value else id(value[0]) if len(value) == 1 else tuple(map(id, value)) for value in values]


_VALUE_TYPES: Final[dict[Any, LogicalType]] = {
    str: "string",
    int: "integer",
    float: "number",
    int | float: "number",
    bool: "boolean",
}


def _value_type(field: Field) -> LogicalType:
    if field.vocabulary is not None:
        # an open vocabulary's listed values are only the known ones: a category of them would
        # turn any other value into a null (pandas) or an error (Arrow, polars, Parquet)
        return "string" if field.open_vocabulary else "category"
    try:
        return _VALUE_TYPES[field.value_type]
    except (KeyError, TypeError):
        raise TypeError(f"no column type for the field {field.name!r} of type {field.type!r}") from None


def _singular(field: Field) -> str:
    return field.criterion or field.name


def _first_stated(values: Values) -> Values:
    """The first stated piece of each tuple of evidence that has a quote, as four columns: its
    quote, the quote's start and end, and its source's id (``None`` where there is none).

    One loop for the four: a located quote is a slice of its source's text, made when read.
    """
    quotes: Values = []
    starts: Values = []
    ends: Values = []
    sources: Values = []
    add_quote, add_start, add_end, add_source = quotes.append, starts.append, ends.append, sources.append
    for evidence in values:
        for item in evidence:
            if item.basis == "stated":
                quote = item.quote
                if quote:
                    add_quote(quote)
                    add_start(item.start)
                    add_end(item.end)
                    add_source(item.source.id)
                    break
        else:
            add_quote(None)
            add_start(None)
            add_end(None)
            add_source(None)
    return [quotes, starts, ends, sources]


_QUOTE, _QUOTE_START, _QUOTE_END, _QUOTE_SOURCE = map(operator.itemgetter, range(4))
"""Steps to each of the columns of :func:`_first_stated`."""


Columns = Callable[[Field, str, Path], list[_Spec]]


def _value_columns(field: Field, prefix: str, path: Path) -> list[_Spec]:
    kind = _value_type(field)
    categories = field.vocabulary if kind == "category" else None
    return [_Spec(Column(prefix + field.name, kind, field.doc, categories), (*path, field.name), _same)]


def _texts_columns(field: Field, prefix: str, path: Path) -> list[_Spec]:
    return [_Spec(Column(prefix + field.name, "strings", field.doc), (*path, field.name), _same)]


def _date_columns(field: Field, prefix: str, path: Path) -> list[_Spec]:
    name = prefix + field.name
    at = (*path, field.name)
    return [
        _Spec(
            Column(name, "date", _doc(field.doc, "the first day it can mean")),
            (*at, _per_object(_optional(operator.methodcaller("first_day")))),
            _same,
        ),
        _Spec(
            Column(f"{name}_precision", "category", f"How much of {name} is known.", PRECISIONS),
            (*at, _per_object(_optional(operator.attrgetter("precision")))),
            _same,
        ),
    ]


def _link_columns(field: Field, prefix: str, path: Path) -> list[_Spec]:
    name = prefix + field.name
    at = (*path, field.name)
    return [
        _Spec(
            Column(f"{name}_id", "string", _doc(field.doc, "its id")),
            (*at, _per_object(_optional(_ID))),
            _same,
            field.target,
        ),
        _Spec(Column(name, "string", _doc(field.doc, "its name")), (*at, _per_object(_optional(_NAME))), _same),
    ]


def _links_columns(field: Field, prefix: str, path: Path) -> list[_Spec]:
    at = (*path, field.name)
    ids = Column(f"{prefix}{_singular(field)}_ids", "strings", _doc(field.doc, "their ids"))
    return [
        _Spec(ids, (*at, _per_objects(_each(_ID))), _same),
        _Spec(
            Column(prefix + field.name, "strings", _doc(field.doc, "their names")),
            (*at, _per_objects(_each(_NAME))),
            _same,
        ),
    ]


def _code_columns(field: Field, prefix: str, path: Path) -> list[_Spec]:
    doc = _doc(field.doc, f"{field.scheme} code")
    return [
        _Spec(Column(prefix + field.name, "string", doc), (*path, field.name, _per_object(_optional(_CODE))), _same)
    ]


def _codes_columns(field: Field, prefix: str, path: Path) -> list[_Spec]:
    doc = _doc(field.doc, f"{field.scheme} codes")
    column = Column(prefix + field.name, "strings", doc)
    if field.derived:
        # A computed property makes new tuples of codes: read to their texts at once, and once
        # per distinct combination of its inputs where the registry names them (Field.inputs).
        read = _read_codes(field.name)
        keys = tuple((source.name, _identities if source.many else _identity) for source in field.inputs)
        return [_Spec(column, (*path, _PerDistinct(read, keys) if keys else read), _same)]
    return [_Spec(column, (*path, field.name, _per_objects(_each(_CODE))), _same)]


def _read_codes(name: str) -> Convert:
    get = operator.attrgetter(name)
    return lambda owners: [tuple(map(_CODE, get(owner))) for owner in owners]


@attrs.frozen
class _PerDistinct:
    """A step that reads ``read`` of one owner per distinct key and gives that value to every
    owner with the key: for a value that depends on nothing but what the ``keys`` (paths from
    the owners, each to hashable values) read.

    Rows link a few entities, codes and dates many times over (the loader makes one object of
    equal ones): what is made of them is made once per distinct object, and rows that link the
    same ones share one tuple of their ids."""

    read: Convert
    keys: tuple[Path, ...]


def _per_object(read: Convert) -> _PerDistinct:
    """``read`` once per distinct object (by identity)."""
    return _PerDistinct(read, ((_identity,),))


def _per_objects(read: Convert) -> _PerDistinct:
    """``read`` once per distinct tuple of objects (by their identities)."""
    return _PerDistinct(read, ((_identities,),))


def _refs_columns(field: Field, prefix: str, path: Path) -> list[_Spec]:
    doc = _doc(field.doc, "kind/id")
    return [_Spec(Column(prefix + field.name, "strings", doc), (*path, field.name), _each(_ref))]


def _nested_columns(field: Field, prefix: str, path: Path) -> list[_Spec]:
    assert field.nested is not None
    # A flattened value object (a metric's value, the figure itself): its columns are its owner's.
    inner = prefix if field.flatten else f"{prefix}{field.name}_"
    return _specs(field.nested, inner, (*path, field.name))


def _evidence_columns(field: Field, prefix: str, path: Path) -> list[_Spec]:
    stated = (*path, field.name, _first_stated)
    quote = f"{prefix}quote"
    return [
        _Spec(Column(quote, "string", "The first stated quote of its evidence."), (*stated, _QUOTE), _same),
        _Spec(
            Column(f"{quote}_start", "integer", "Offset of that quote in its source's text."),
            (*stated, _QUOTE_START),
            _same,
        ),
        _Spec(Column(f"{quote}_end", "integer", "Offset just past that quote."), (*stated, _QUOTE_END), _same),
        _Spec(
            Column(f"{quote}_source_id", "string", "The source of that quote."),
            (*stated, _QUOTE_SOURCE),
            _same,
            "sources",
        ),
    ]


def _no_columns(field: Field, prefix: str, path: Path) -> list[_Spec]:
    # Value objects listed (errata, memberships) are link tables; a source's text stays in Source.text.
    return []


_ID: Final = operator.attrgetter("id")
_NAME: Final = operator.attrgetter("name")
_CODE: Final = operator.attrgetter("code")
_KIND: Final = operator.attrgetter("KIND")


def _ref(entity: Entity) -> str:
    return f"{entity.KIND}/{entity.id}"


COLUMNS_BY_ROLE: Final[dict[str, Columns]] = {
    "value": _value_columns,
    "texts": _texts_columns,
    "date": _date_columns,
    "link": _link_columns,
    "links": _links_columns,
    "code": _code_columns,
    "codes": _codes_columns,
    "refs": _refs_columns,
    "nested": _nested_columns,
    "nested_list": _no_columns,
    "evidence": _evidence_columns,
    "text": _no_columns,
}
"""How a field of each role becomes columns (see the module's description)."""


def _fields(cls: type) -> tuple[Field, ...]:
    """The fields of ``cls`` and the computed columns it declares (the registry's both).

    The computed columns are read once per distinct combination of the inputs of them all (a
    project's own codes and its sectors): a key finer than each one needs, but one grouping of
    the rows serves every one.
    """
    computed = computed_of(cls)
    shared = tuple(dict.fromkeys(source for field in computed for source in field.inputs))
    return fields_of(cls) + tuple(attrs.evolve(field, inputs=shared) if field.inputs else field for field in computed)


def _specs(cls: type, prefix: str = "", path: Path = ()) -> list[_Spec]:
    specs: list[_Spec] = []
    quotes: list[_Spec] = []  # last: the quote reads best after the facts it supports
    for field in _fields(cls):
        try:
            columns = COLUMNS_BY_ROLE[field.role]
        except KeyError:
            raise TypeError(f"no columns for {cls.__name__}.{field.name}: unknown role {field.role!r}") from None
        (quotes if field.role == "evidence" else specs).extend(columns(field, prefix, path))
    return specs + quotes


def _doc(doc: str, what: str) -> str:
    return f"{doc.rstrip('.')} ({what})."


_main_specs: dict[type, tuple[_Spec, ...]] = {}


def columns_of(cls: type) -> tuple[Column, ...]:
    """The columns of the main table of the entity class ``cls``, in order.

    >>> import povcoop
    >>> [c.name for c in columns_of(povcoop.Region)][:4]
    ['id', 'name', 'name_zh', 'aliases']
    """
    return tuple(spec.column for spec in _specs_of(cls))


def _specs_of(cls: type) -> tuple[_Spec, ...]:
    found = _main_specs.get(cls)
    if found is None:
        found = tuple(_specs(cls))
        names = [spec.column.name for spec in found]
        clashes = sorted({name for name in names if names.count(name) > 1})
        if clashes:
            raise TypeError(f"{cls.__name__} gives several columns called {', '.join(clashes)}")
        found = _main_specs.setdefault(cls, found)
    return found
