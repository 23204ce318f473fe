"""Entities as typed, tidy tables: one set of column definitions, derived from the registry, for
plain Python, pandas, polars and pyarrow alike.

A :class:`Table` is plain Python: a name, ordered :class:`Column` definitions (each with a
logical type), the values of each column, a primary key and foreign keys. :func:`table_of`
gives a kind's main table, :func:`tidy_tables` every table of a catalog (one per kind, plus the
link tables); :func:`to_pandas`, :func:`to_polars` and :func:`to_arrow` turn any table into a
DataFrame with an explicit schema, so that a column of nulls keeps its type.

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
  prefixed with the field's name (``poverty_line_amount``), except a metric's ``value``,
  whose ``number``, ``unit``, ``scale``, ``type`` and ``magnitude`` are the metric's columns;
* value objects (errata, memberships): a link table of their columns (``organization_members``);
* evidence: the first stated quote as ``quote``, ``quote_start``, ``quote_end`` and
  ``quote_source_id``; every piece of evidence of every entity is a row of ``entity_evidence``
  (``kind``, ``id``, ``position``, ...);
* a source's full text: left out (``Source.text`` holds it).

Codes an entity inherits are columns too (a project's ``all_dac_crs``, ``all_sdg_targets``).
A role this module does not know is a TypeError, never a silently missing column.

>>> import povcoop
>>> table = table_of(povcoop.Project, povcoop.load().projects)
>>> table.column("region_id").type, table.column("status").type, table.primary_key
('string', 'category', ('id',))
>>> table.data["country_ids"][1]
('LAO', 'KHM', 'MMR')
"""

from __future__ import annotations

import datetime
import keyword
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import count, repeat
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

import attrs

from povcoop._base.gc import gc_paused
from povcoop._domain.entities import Entity, Project
from povcoop._domain.fields import Field, fields_of
from povcoop._domain.values import Code, Evidence, PartialDate, Quantity

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog

LogicalType = Literal["string", "integer", "number", "boolean", "date", "category", "strings"]
"""A column's type: text, a whole number, a real number, true or false, a calendar date, a word
of a closed vocabulary (``category``), or a tuple of strings (``strings``)."""

LOGICAL_TYPES: Final[tuple[LogicalType, ...]] = (
    "string",
    "integer",
    "number",
    "boolean",
    "date",
    "category",
    "strings",
)

PRECISIONS: Final = ("year", "month", "day")
"""The values of a partial date's ``_precision`` column."""


@attrs.frozen
class Column:
    """One column of a :class:`Table`: its name, logical type and description.

    A ``category`` column also gives the values it may take, in order.

    >>> import povcoop
    >>> status = povcoop.load().projects.to_table().column("status")
    >>> status.type, status.categories
    ('category', ('planned', 'ongoing', 'completed', 'reported'))
    """

    name: str
    type: LogicalType
    doc: str
    categories: tuple[str, ...] | None = None


@attrs.frozen
class ForeignKey:
    """A column of a table that holds ids of another table's column.

    ``column`` holds values of ``table``'s ``reference`` column.

    >>> import povcoop
    >>> povcoop.load().projects.to_table().foreign_keys[0]
    ForeignKey(column='region_id', table='regions', reference='id')
    """

    column: str
    table: str
    reference: str = "id"


@attrs.frozen(eq=False)
class Table:
    """A tidy table of plain Python values, stored by column.

    ``data`` maps each column's name to its values (one per row): ``str``, ``int``, ``float``,
    ``bool``, :class:`datetime.date`, a tuple of ``str`` for a ``strings`` column, or ``None``.

    >>> import povcoop
    >>> countries = table_of(povcoop.Country, povcoop.load().countries)
    >>> len(countries), countries.column("numeric").type, countries.data["numeric"][0]
    (12, 'string', '156')
    """

    name: str
    doc: str
    columns: tuple[Column, ...]
    data: Mapping[str, Sequence[Any]]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    def __len__(self) -> int:
        return len(self.data[self.columns[0].name]) if self.columns else 0

    def __repr__(self) -> str:
        return f"<Table {self.name!r}: {len(self)} rows, {len(self.columns)} columns>"

    @property
    def column_names(self) -> tuple[str, ...]:
        """The columns' names, in order."""
        return tuple(column.name for column in self.columns)

    def column(self, name: str) -> Column:
        """The column called ``name``; a KeyError naming the columns when there is none."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name} has no column {name!r}; columns: {', '.join(self.column_names)}")

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """The rows, each a tuple of values in the columns' order."""
        return zip(*(self.data[name] for name in self.column_names), strict=True)

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts, column name to value."""
        names = self.column_names
        return [dict(zip(names, row, strict=True)) for row in self.rows()]


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
        # per distinct key where the property's inputs are known (_COMPUTED_KEYS).
        read = _read_codes(field.name)
        keys = _COMPUTED_KEYS.get(field.name)
        return [_Spec(column, (*path, read if keys is None else _PerDistinct(read, keys)), _same)]
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
    # A metric's value is the figure itself: its number and unit are the metric's columns.
    inner = prefix if field.name == "value" else f"{prefix}{field.name}_"
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

_INHERITED_FROM: Final[tuple[Path, ...]] = (
    ("own_dac_crs", _identities),
    ("own_sdg_targets", _identities),
    ("sectors", _identities),
)
_COMPUTED_KEYS: Final[dict[str, tuple[Path, ...]]] = {
    "all_dac_crs": _INHERITED_FROM,
    "all_sdg_targets": _INHERITED_FROM,
}
"""What a project's inherited codes depend on (:attr:`Project.all_dac_crs`): its own codes and
its sectors. Both properties read the same keys, so that their distinct values are found once;
they are computed once per distinct key, not once per project."""


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


def _computed(cls: type, name: str, role: str) -> Field:
    """A field for a computed property (a project's inherited codes), described by its docstring."""
    prop = getattr(cls, name)
    doc = (prop.__doc__ or name).strip().splitlines()[0]
    scheme = next((f.scheme for f in fields_of(cls) if f"all_{f.name.removeprefix('own_')}" == name), None)
    annotation = "int | float" if role == "value" else "tuple[Code, ...]"
    return Field(
        name=name,
        at_rest=name,
        role=role,  # type: ignore[arg-type]
        doc=doc,
        target=None,
        scheme=scheme,
        criterion=None,
        nested=None,
        derived=True,
        required=False,
        type=annotation,
    )


_COMPUTED: Final[dict[type, tuple[tuple[str, str], ...]]] = {
    Project: (("all_dac_crs", "codes"), ("all_sdg_targets", "codes")),
    Quantity: (("magnitude", "value"),),
}
"""Properties worth a column, with the role their value has (the registry lists fields only)."""


def _fields(cls: type) -> tuple[Field, ...]:
    return fields_of(cls) + tuple(_computed(cls, name, role) for name, role in _COMPUTED.get(cls, ()))


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


def _build(
    name: str,
    doc: str,
    specs: Sequence[_Spec],
    items: Sequence[Any],
    primary_key: tuple[str, ...],
    extra_keys: Iterable[ForeignKey] = (),
    *,
    grouped: bool = False,
) -> Table:
    with gc_paused():
        data = _columns(specs, items, grouped=grouped)
    keys = tuple(extra_keys) + tuple(
        ForeignKey(spec.column.name, spec.target) for spec in specs if spec.target is not None
    )
    return Table(name, doc, tuple(spec.column for spec in specs), data, primary_key, keys)


def _columns(specs: Sequence[_Spec], items: Sequence[Any], *, grouped: bool = False) -> dict[str, Sequence[Any]]:
    """The values of each column of ``specs`` for the rows ``items``; with ``grouped``, a
    column read once per distinct key (:class:`_PerDistinct`) is left :class:`_Grouped`.

    Called with the garbage collector paused: the columns are kept, and the reader's
    intermediate values (keys, tuples of identities) are freed when this returns, before the
    collector runs again, so that it never walks them.
    """
    read = _Reader(items)
    if len(items) >= _GENERATE_FROM:
        read.read_first(_plan(specs))
    data: dict[str, Sequence[Any]] = {}
    for spec in specs:
        step = spec.path[-1] if spec.path else None
        if grouped and spec.convert is _same and isinstance(step, _PerDistinct):
            data[spec.column.name] = read.grouped(spec.path)
        else:
            data[spec.column.name] = spec.convert(read(spec.path))
    return data


Groups = tuple[list[int], list[int]]
"""Rows grouped by a key: each row's group, and the position of a row of each group."""


@attrs.frozen
class _Grouped(Sequence[Any]):
    """A column of a value per group of rows: ``values[groups[row]]`` at each row."""

    groups: list[int]
    values: Values

    def __len__(self) -> int:
        return len(self.groups)

    def __getitem__(self, row: Any) -> Any:
        if isinstance(row, slice):
            return [self.values[group] for group in self.groups[row]]
        return self.values[self.groups[row]]


class _Reader:
    """The values at each path from a table's rows, each path read once."""

    def __init__(self, items: Sequence[Any]) -> None:
        self._items = items if isinstance(items, list) else list(items)
        self._values: dict[Path, Values] = {(): self._items}
        self._groups: dict[tuple[Path, tuple[Path, ...]], Groups] = {}

    def read_first(self, plan: _Plan) -> None:
        """Read the rows' attributes and groups of ``plan`` in one loop, generated for it."""
        columns, groups = _generated_reader(plan)(self._items)
        kept = [name for name in plan.attributes if name not in plan.keyed_only]
        self._values.update(((name,), column) for name, column in zip(kept, columns, strict=True))
        self._groups.update(zip(plan.group_paths, groups, strict=True))

    def __call__(self, path: Path) -> Values:
        found = self._values.get(path)
        if found is None:
            step = path[-1]
            if isinstance(step, _PerDistinct):
                column = self.grouped(path)
                found = list(map(column.values.__getitem__, column.groups))
            elif callable(step):
                found = step(self(path[:-1]))
            elif len(path) == 1:  # a row itself is never None
                found = list(map(operator.attrgetter(step), self._items))
            else:
                found = _optional(operator.attrgetter(step))(self(path[:-1]))
            self._values[path] = found
        return found

    def grouped(self, path: Path) -> _Grouped:
        """The values at ``path``, which ends in a :class:`_PerDistinct` step, per group of rows."""
        step = path[-1]
        assert isinstance(step, _PerDistinct)
        owners = path[:-1]
        groups, firsts = self._distinct(owners, step.keys)
        if owners not in self._values and len(owners) == 1 and isinstance(owners[0], str):
            # An attribute only the keys needed: read it of a row of each group only.
            representatives = list(map(operator.attrgetter(owners[0]), map(self._items.__getitem__, firsts)))
        else:
            representatives = list(map(self(owners).__getitem__, firsts))
        return _Grouped(groups, step.read(representatives))

    def _distinct(self, owners: Path, keys: tuple[Path, ...]) -> Groups:
        """The owners at ``owners`` grouped by their keys (the values at ``keys`` from them)."""
        found = self._groups.get((owners, keys))
        if found is None:
            parts = [self((*owners, *key)) for key in keys]
            first_of_key: dict[Any, int] = {}
            keyed = parts[0] if len(parts) == 1 else zip(*parts, strict=True)
            first_of_row = list(map(first_of_key.setdefault, keyed, count()))
            firsts = list(first_of_key.values())
            group_of_first = dict(zip(firsts, count()))
            found = self._groups[owners, keys] = list(map(group_of_first.__getitem__, first_of_row)), firsts
        return found


# -- the generated reader --------------------------------------------------------------------------
#
# Read column by column, a table of 100,000 rows costs a pass over the rows per attribute and
# per key: reading an attribute of 100,000 objects scattered in memory costs more than using
# it. The generated reader reads every attribute a table needs, and the keys that group its
# rows, in one loop with straight-line code. tests/test_tables.py holds its tables equal to
# those read column by column.

_GENERATE_FROM = 1_000
"""From this many rows, a table's attributes are read by a loop generated for them (about a
millisecond to compile, once per table's columns)."""

_KEY_CODE: Final[dict[Any, str]] = {
    _identity: "id({v})",
    _identities: "() if not {v} else id({v}[0]) if len({v}) == 1 else tuple(map(id, {v}))",
}
"""The keys the generated reader computes, as code reading the value ``{v}`` (as the functions do)."""


@attrs.frozen
class _Plan:
    """What the generated reader reads: the rows' ``attributes`` (each kept as a column, or read
    for keys only), and the rows grouped by keys (each a tuple of (attribute, key function)
    pairs) for the reader's ``group_paths``."""

    attributes: tuple[str, ...]
    keyed_only: frozenset[str]
    groups: tuple[tuple[tuple[str, Any], ...], ...]
    group_paths: tuple[tuple[Path, tuple[Path, ...]], ...]


def _plan(specs: Iterable[_Spec]) -> _Plan:
    """The plan of the generated reader for ``specs``: the attributes their paths start with,
    and the groups of the :class:`_PerDistinct` steps whose keys are those of attributes."""
    kept: dict[str, None] = {}
    keyed: dict[str, None] = {}
    groups: dict[tuple[Path, tuple[Path, ...]], tuple[tuple[str, Any], ...]] = {}
    for spec in specs:
        path = spec.path
        grouped_by_attribute = False
        for position in (0, 1):
            step = path[position] if len(path) > position else None
            if not isinstance(step, _PerDistinct):
                continue
            # Keys of attributes: (key,) from the attribute the step follows, or (attribute, key) from the row.
            pairs = [_attribute_key((*path[:position], *key)) for key in step.keys]
            known = [pair for pair in pairs if pair is not None]
            if len(known) == len(pairs):
                groups[path[:position], step.keys] = tuple(known)
                keyed.update((name, None) for name, _ in known)
                grouped_by_attribute = position == 1
        if path and isinstance(path[0], str) and not (grouped_by_attribute and len(path) == 2):
            kept[path[0]] = None
    attributes = tuple({**kept, **keyed})
    return _Plan(attributes, frozenset(keyed) - set(kept), tuple(groups.values()), tuple(groups))


def _attribute_key(path: Path) -> tuple[str, Any] | None:
    """``(attribute, key function)`` when ``path`` is an attribute's key the generated reader knows."""
    if len(path) == 2 and isinstance(path[0], str) and path[1] in _KEY_CODE:
        return path[0], path[1]
    return None


_generated_readers: dict[tuple[Any, ...], Callable[[Sequence[Any]], tuple[list[Values], list[Groups]]]] = {}
"""By what the code depends on: the attributes and the keys of the groups, not the steps'
functions (a table made anew, a link table, has new ones each time)."""


def _generated_reader(plan: _Plan) -> Callable[[Sequence[Any]], tuple[list[Values], list[Groups]]]:
    """A function that reads ``plan`` from a sequence of rows in one loop: each kept
    attribute's values (as ``getattr``), and each group's :data:`Groups` (as :meth:`_Reader._distinct`)."""
    code_of = (plan.attributes, plan.keyed_only, plan.groups)
    found = _generated_readers.get(code_of)
    if found is None:
        for name in plan.attributes:
            if not name.isidentifier() or keyword.iskeyword(name):
                raise ValueError(f"not an attribute name: {name!r}")
        number = {name: n for n, name in enumerate(plan.attributes)}
        kept = [name for name in plan.attributes if name not in plan.keyed_only]
        pairs = dict.fromkeys(pair for group in plan.groups for pair in group)
        keyed = {name for name, _ in pairs}
        keys = {pair: f"k{n}" for n, pair in enumerate(pairs)}
        lines = ["def read(items):", "    rows = len(items)"]
        for name in kept:
            lines += [f"    c{number[name]} = []", f"    add{number[name]} = c{number[name]}.append"]
        for g in range(len(plan.groups)):
            lines += [
                f"    m{g} = {{}}",
                f"    get{g} = m{g}.get",
                f"    e{g} = None",
                f"    f{g} = []",
                f"    g{g} = [0] * rows",
            ]
        lines.append("    for position, item in enumerate(items):")
        for name, n in number.items():
            if name not in keyed:
                lines.append(f"        add{n}(item.{name})")
                continue
            lines.append(f"        v{n} = item.{name}")
            if name in kept:
                lines.append(f"        add{n}(v{n})")
        for (name, key), variable in keys.items():
            lines.append(f"        {variable} = {_KEY_CODE[key].format(v=f'v{number[name]}')}")
        for g, group in enumerate(plan.groups):
            key = keys[group[0]] if len(group) == 1 else f"({', '.join(keys[pair] for pair in group)},)"
            find = [
                f"group = get{g}({key})",
                "if group is None:",
                f"    group = m{g}[{key}] = len(f{g})",
                f"    f{g}.append(position)",
                f"g{g}[position] = group",
            ]
            if len(group) == 1:
                # Many rows may link nothing (None, or no items): their group is found without a key.
                name, function = group[0]
                present = f"v{number[name]} is not None" if function is _identity else f"v{number[name]}"
                lines.append(f"        if {present}:")
                lines += [f"            {line}" for line in find]
                lines += [
                    "        else:",
                    f"            if e{g} is None:",
                    f"                e{g} = len(f{g})",
                    f"                f{g}.append(position)",
                    f"            g{g}[position] = e{g}",
                ]
            else:
                lines += [f"        {line}" for line in find]
        columns = ", ".join(f"c{number[name]}" for name in kept)
        groups = ", ".join(f"(g{g}, f{g})" for g in range(len(plan.groups)))
        lines.append(f"    return [{columns}], [{groups}]")
        namespace: dict[str, Any] = {}
        exec(compile("\n".join(lines) + "\n", "<povcoop table reader>", "exec"), namespace)
        found = _generated_readers.setdefault(code_of, namespace["read"])
    return found


def table_of(entity_type: type[Entity], items: Iterable[Entity], *, grouped: bool = False) -> Table:
    """The main table of ``items`` (entities of ``entity_type``): one row per entity, keyed by
    ``id``. With ``grouped`` (for :func:`to_pandas` only), a column made once per distinct key
    is a :class:`_Grouped` sequence, which the DataFrame takes from without a list per column."""
    return _build(
        entity_type.KIND,
        (entity_type.__doc__ or "").strip().splitlines()[0],
        _specs_of(entity_type),
        items if isinstance(items, Sequence) else tuple(items),
        ("id",),
        grouped=grouped,
    )


# -- link tables ----------------------------------------------------------------------------------


@attrs.frozen
class _Row:
    """One row of a link table before its columns are read: the owner's id, the position of the
    item in the owner's field, and the item."""

    owner: str
    position: int
    item: Any


def _link_item(field: Field) -> list[_Spec]:
    name = f"{_singular(field)}_id"
    return [_Spec(Column(name, "string", _doc(field.doc, "an id")), ("item",), _optional(_ID), field.target)]


def _code_item(field: Field) -> list[_Spec]:
    return [
        _Spec(Column("code", "string", f"A {field.scheme} code."), ("item",), _optional(_CODE)),
        _Spec(Column("name", "string", "The code's official name."), ("item",), _optional(_NAME)),
    ]


def _ref_item(field: Field) -> list[_Spec]:
    return [
        _Spec(Column("ref", "string", _doc(field.doc, "kind/id")), ("item",), _optional(_ref)),
        _Spec(Column("ref_kind", "string", "The kind of the entity referred to."), ("item",), _optional(_KIND)),
        _Spec(Column("ref_id", "string", "The id of the entity referred to."), ("item",), _optional(_ID)),
    ]


def _nested_item(field: Field) -> list[_Spec]:
    assert field.nested is not None
    return _specs(field.nested, "", ("item",))


LINK_TABLE_ROLES: Final[dict[str, Callable[[Field], list[_Spec]]]] = {
    "links": _link_item,
    "codes": _code_item,
    "refs": _ref_item,
    "nested_list": _nested_item,
}
"""The roles whose fields get a link table, and the columns of one item of such a field."""


def _owner_specs(noun: str, kind: str) -> list[_Spec]:
    return [
        _Spec(Column(f"{noun}_id", "string", f"The {noun}."), ("owner",), _same, kind),
        _Spec(Column("position", "integer", "The item's position in its list (from 0)."), ("position",), _same),
    ]


def link_tables_of(entity_type: type[Entity], items: Iterable[Entity]) -> dict[str, Table]:
    """The link tables of ``items``: one per many-valued field (links, codes, references,
    value objects), named ``<noun>_<field>`` (``project_countries``)."""
    items = items if isinstance(items, Sequence) else tuple(items)
    noun = entity_type.NOUN
    tables: dict[str, Table] = {}
    for field in _fields(entity_type):
        item_specs = LINK_TABLE_ROLES.get(field.role)
        if item_specs is None:
            continue
        get = operator.attrgetter(field.name)
        rows = [_Row(entity.id, position, value) for entity in items for position, value in enumerate(get(entity))]
        name = f"{noun}_{field.name}"
        specs = _owner_specs(noun, entity_type.KIND) + item_specs(field)
        tables[name] = _build(name, field.doc, specs, rows, (f"{noun}_id", "position"))
        if field.role == "nested_list" and field.nested is not None and _has_evidence(field.nested):
            evidence = _nested_evidence_table(noun, entity_type.KIND, field, rows)
            tables[evidence.name] = evidence
    if issubclass(entity_type, Project):
        tables["project_codes"] = _project_codes_table(items)  # type: ignore[arg-type]
    return tables


def _origin(origin: Any) -> str:
    return "own" if isinstance(origin.via, Project) else "sector"


def _origin_sector(origin: Any) -> str | None:
    return None if isinstance(origin.via, Project) else origin.via.id


def _project_codes_table(items: Sequence[Project]) -> Table:
    """Every code of each project with where it comes from (:attr:`Project.codes`): its own
    (``origin`` ``own``) or one of its sectors' (``origin`` ``sector``, ``sector_id``)."""
    rows = [_Row(project.id, position, origin) for project in items for position, origin in enumerate(project.codes)]
    specs = [
        *_owner_specs("project", "projects"),
        _Spec(Column("scheme", "string", "The code list."), ("item",), _optional(lambda o: o.code.scheme)),
        _Spec(Column("code", "string", "The code."), ("item",), _optional(lambda o: o.code.code)),
        _Spec(Column("name", "string", "The code's official name."), ("item",), _optional(lambda o: o.code.name)),
        _Spec(
            Column("origin", "string", "own: the project's own code; sector: inherited from a sector."),
            ("item",),
            _optional(_origin),
        ),
        _Spec(
            Column("sector_id", "string", "The sector it is inherited from (empty for its own)."),
            ("item",),
            _optional(_origin_sector),
            "sectors",
        ),
    ]
    doc = "Every code of each project, its own and those it inherits from its sectors, with its origin."
    return _build("project_codes", doc, specs, rows, ("project_id", "position"))


def _has_evidence(cls: type) -> bool:
    return any(f.role == "evidence" for f in fields_of(cls))


@attrs.frozen
class _NestedEvidenceRow(_Row):
    within: int
    """The position of the value object (a membership) in its owner's field."""


def _nested_evidence_table(noun: str, kind: str, field: Field, items: Sequence[_Row]) -> Table:
    """Every piece of evidence of the value objects of ``field`` (an organisation's memberships):
    ``<value class>_evidence`` (``membership_evidence``: short enough for a sheet's name),
    keyed by the owner, the value object's position and the evidence's; the value objects'
    table keeps their first stated quote only."""
    rows = [
        _NestedEvidenceRow(row.owner, position, evidence, row.position)
        for row in items
        for position, evidence in enumerate(row.item.evidence)
    ]
    within = f"{field.name}_position"
    specs = [
        _Spec(Column(f"{noun}_id", "string", f"The {noun}."), ("owner",), _same, kind),
        _Spec(
            Column(within, "integer", f"The position in {field.name} of what the evidence supports."),
            ("within",),
            _same,
        ),
        _Spec(Column("position", "integer", "The evidence's position (from 0)."), ("position",), _same),
        *_specs(Evidence, "", ("item",)),
    ]
    doc = f"Why each of {field.name} is believed: quotes, inferences and outside sources."
    assert field.nested is not None
    name = f"{field.nested.__name__.lower()}_evidence"
    return _build(name, doc, specs, rows, (f"{noun}_id", within, "position"))


def _evidence_specs() -> list[_Spec]:
    return [
        _Spec(Column("kind", "string", "The kind of the entity the evidence supports."), ("kind",), _same),
        _Spec(Column("id", "string", "The id of the entity the evidence supports."), ("owner",), _same),
        _Spec(Column("position", "integer", "The evidence's position (from 0)."), ("position",), _same),
        *_specs(Evidence, "", ("item",)),
    ]


@attrs.frozen
class _EvidenceRow(_Row):
    kind: str


def evidence_table(collections: Iterable[tuple[type[Entity], Iterable[Entity]]]) -> Table:
    """Every piece of evidence of every entity: ``entity_evidence``, keyed by ``kind``, ``id``
    and ``position``; ``(kind, id)`` names the entity (``kind`` is the table it is in)."""
    rows = [
        _EvidenceRow(entity.id, position, evidence, entity_type.KIND)
        for entity_type, items in collections
        for entity in items
        for position, evidence in enumerate(entity.evidence)
    ]
    doc = "Why each record is believed: quotes, inferences and outside sources."
    return _build("entity_evidence", doc, _evidence_specs(), rows, ("kind", "id", "position"))


def tidy_tables(catalog: Catalog, *, grouped: bool = False) -> dict[str, Table]:
    """Every table of ``catalog``: one per kind (in the catalog's order), then each kind's link
    tables, then ``entity_evidence``. Ids join: ``project_countries.country_id`` is
    ``countries.id``; each table's :attr:`Table.foreign_keys` says so. ``grouped``: as for
    :func:`table_of`.

    >>> import povcoop
    >>> tables = tidy_tables(povcoop.load())
    >>> tables["project_countries"].foreign_keys[-1]
    ForeignKey(column='country_id', table='countries', reference='id')
    """
    collections = [(collection.entity_type, tuple(collection)) for collection in catalog]
    tables = {entity_type.KIND: table_of(entity_type, items, grouped=grouped) for entity_type, items in collections}
    for entity_type, items in collections:
        tables.update(link_tables_of(entity_type, items))
    tables["entity_evidence"] = evidence_table(collections)
    return tables


# -- DataFrames -----------------------------------------------------------------------------------


def _need(module: str, extra: str) -> Any:
    """Import ``module``, or an ImportError naming the extra that installs it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(f'this needs {module}: pip install "povcoop[{extra}]"') from error


def to_pandas(table: Table) -> Any:
    """A pandas DataFrame of ``table`` with typed columns, indexed by its primary key when that
    is one column (a kind's ``id``; link tables keep a plain range index).

    Types: ``string`` is pandas' ``string`` dtype (Python storage, which builds fastest),
    ``integer`` ``Int64``, ``number`` ``float64``, ``boolean`` ``boolean``, ``date``
    ``datetime64[s]``, ``category`` a Categorical with every value of the vocabulary in its
    order, ``strings`` an object column of Python lists.
    """
    pandas = _need("pandas", "pandas")
    import numpy

    dtypes: dict[LogicalType, Any] = {
        "string": pandas.StringDtype("python"),
        "integer": "Int64",
        "number": "float64",
        "boolean": "boolean",
        "date": "datetime64[s]",
    }
    group_arrays: dict[int, Any] = {}  # by the groups' identity: columns of one key share them

    def array_of(column: Column, values: Sequence[Any]) -> Any:
        if isinstance(values, _Grouped):
            groups = group_arrays.get(id(values.groups))
            if groups is None:
                groups = numpy.fromiter(values.groups, dtype=numpy.intp, count=len(values.groups))
                group_arrays[id(values.groups)] = groups
            return array_of(column, values.values).take(groups)
        if column.type == "category":
            categories = column.categories or ()
            code_of = {value: code for code, value in enumerate(categories)}
            codes = numpy.fromiter(map(code_of.get, values, repeat(-1)), dtype=numpy.int16, count=len(values))
            return pandas.Categorical.from_codes(codes, categories=categories)
        if column.type == "strings":
            # fromiter, not asarray: tuples of equal length must not become a 2-D array.
            return numpy.fromiter(values, dtype=object, count=len(values))
        return pandas.array(values, dtype=dtypes[column.type])

    columns = {column.name: array_of(column, table.data[column.name]) for column in table.columns}
    frame = pandas.DataFrame(columns, copy=False)
    if len(table.primary_key) == 1:
        frame = frame.set_index(table.primary_key[0])
    return frame


def frame_of(entity_type: type[Entity], items: Iterable[Entity]) -> Any:
    """:func:`to_pandas` of :func:`table_of`, with the garbage collector paused: the plain
    table's lists (one of 100,000 values per column) are freed before it runs again, so that it
    never walks them."""
    _need("pandas", "pandas")
    with gc_paused():
        return to_pandas(table_of(entity_type, items, grouped=True))


def frames_of(catalog: Catalog) -> dict[str, Any]:
    """:func:`to_pandas` of each of :func:`tidy_tables`, with the collector paused (see :func:`frame_of`)."""
    _need("pandas", "pandas")
    with gc_paused():
        return {name: to_pandas(table) for name, table in tidy_tables(catalog, grouped=True).items()}


def to_polars(table: Table) -> Any:
    """A polars DataFrame of ``table`` with an explicit schema (``category`` is an ``Enum``)."""
    polars = _need("polars", "polars")
    types: dict[LogicalType, Any] = {
        "string": polars.String,
        "integer": polars.Int64,
        "number": polars.Float64,
        "boolean": polars.Boolean,
        "date": polars.Date,
        "strings": polars.List(polars.String),
    }
    schema = {
        column.name: polars.Enum(list(column.categories or ())) if column.type == "category" else types[column.type]
        for column in table.columns
    }
    series = [polars.Series(name, table.data[name], dtype=dtype, strict=True) for name, dtype in schema.items()]
    return polars.DataFrame(series)


def arrow_schema(table: Table) -> Any:
    """The pyarrow schema of ``table`` (``category`` is a dictionary of int32 to string)."""
    pyarrow = _need("pyarrow", "arrow")
    types: dict[LogicalType, Any] = {
        "string": pyarrow.string(),
        "integer": pyarrow.int64(),
        "number": pyarrow.float64(),
        "boolean": pyarrow.bool_(),
        "date": pyarrow.date32(),
        "category": pyarrow.dictionary(pyarrow.int32(), pyarrow.string()),
        "strings": pyarrow.list_(pyarrow.string()),
    }
    fields = [pyarrow.field(column.name, types[column.type], metadata={"doc": column.doc}) for column in table.columns]
    return pyarrow.schema(fields, metadata={"name": table.name, "primary_key": ",".join(table.primary_key)})


def to_arrow(table: Table) -> Any:
    """A pyarrow Table of ``table`` with the schema of :func:`arrow_schema`."""
    pyarrow = _need("pyarrow", "arrow")
    schema = arrow_schema(table)
    arrays = []
    for column, field in zip(table.columns, schema, strict=True):
        values = table.data[column.name]
        if column.type == "category":
            categories = list(column.categories or ())
            position = {value: index for index, value in enumerate(categories)}
            indices = pyarrow.array([None if v is None else position[v] for v in values], type=pyarrow.int32())
            arrays.append(pyarrow.DictionaryArray.from_arrays(indices, pyarrow.array(categories, pyarrow.string())))
        else:
            arrays.append(pyarrow.array(values, type=field.type))
    return pyarrow.Table.from_arrays(arrays, schema=schema)


# -- plain rows -----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Entity):
        return value.id
    if isinstance(value, Code):
        return value.code
    if isinstance(value, PartialDate | datetime.date):
        return str(value)
    if attrs.has(type(value)):
        return {field.name: _plain(getattr(value, field.name)) for field in attrs.fields(type(value))}
    raise TypeError(f"no plain form for {type(value).__name__}")


def plain_row(entity: Entity) -> dict[str, Any]:
    """The entity's fields as a plain dict, in the registry's order: links as ids, codes as
    their text, dates as ISO text, value objects as dicts (plain rows, not the at-rest form).

    >>> import povcoop
    >>> plain_row(povcoop.load().projects.get("east-asia-poverty-reduction-demonstration"))["countries"]
    ['LAO', 'KHM', 'MMR']
    """
    return {field.name: _plain(getattr(entity, field.name)) for field in fields_of(type(entity))}
