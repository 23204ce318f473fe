"""The tables of entities, of their links and of their evidence, and an entity as a plain row.

:func:`table_of` gives a kind's main table, :func:`link_tables_of` its link tables (one per
many-valued field), :func:`evidence_table` every piece of evidence, :func:`tidy_tables` every
table of a catalog; their columns come from the registry (:mod:`povcoop._views.specs`), and
:mod:`povcoop._views.frames` turns any of them into a DataFrame.

>>> import povcoop
>>> table = table_of(povcoop.Project, povcoop.load().projects)
>>> table.column("region_id").type, table.column("status").type, table.primary_key
('string', 'category', ('id',))
>>> table.data["country_ids"][1]
('LAO', 'KHM', 'MMR')
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final

import attrs

from povcoop._base.gc import gc_paused
from povcoop._domain.entities import Entity, Project
from povcoop._domain.fields import Field, fields_of
from povcoop._domain.values import Code, Evidence, PartialDate
from povcoop._views.reader import _columns
from povcoop._views.specs import (
    _CODE,
    _ID,
    _KIND,
    _NAME,
    _doc,
    _fields,
    _optional,
    _ref,
    _same,
    _singular,
    _Spec,
    _specs,
    _specs_of,
)
from povcoop._views.table import Column, ForeignKey, Table

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog


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
