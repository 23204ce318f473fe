"""The tidy tables with every cell a single value: what CSV, the Data Package and Excel hold.

A tidy table's list columns (``strings``: a project's ``country_ids``, its ``countries``, a
sector's ``dac_crs``, anyone's ``aliases``) have no place in a file of cells. Each is carried by a
link table with one row per item instead:

* a column the tidy tables already give a link table for is dropped: ``projects.country_ids``
  and ``projects.countries`` are ``project_countries.country_id`` (and the countries' names),
  ``sectors.dac_crs`` is ``sector_dac_crs.code``, ``statements.about`` is ``statement_about.ref``;
* any other list column gets a link table of its own, named like the others:
  ``project_aliases`` (``project_id``, ``position``, ``value``), ``source_authors``,
  ``metric_caveats``, and ``entity_evidence_supports`` (keyed by the evidence's ``kind``, ``id``
  and ``entity_evidence_position``).

:attr:`Flat.carried` says where each dropped column went, so that nothing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

import attrs

from povcoop._codes.lists import code_list
from povcoop._domain.entities import ENTITY_TYPES
from povcoop._views.specs import _fields
from povcoop._views.table import Column, ForeignKey, Table


@attrs.frozen
class Key:
    """A foreign key of one or more columns: ``columns`` hold values of ``table``'s ``reference``."""

    columns: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@attrs.frozen
class Carried:
    """Where a list column of a tidy table went: ``link``'s column ``item``, one row per item in
    order, keyed by the owner's key and ``position``. ``names`` is set when the column listed
    the names of the entities whose ids ``item`` holds: they are that table's ``name``."""

    table: str
    column: str
    link: str
    item: str
    names: str | None = None


@attrs.frozen
class Flat:
    """The flat tables (in the tidy tables' order, each new link table after its owner's others),
    their foreign keys, and where each list column went."""

    tables: dict[str, Table]
    keys: dict[str, tuple[Key, ...]]
    carried: tuple[Carried, ...]


def _noun(table: Table) -> str:
    entity_type = ENTITY_TYPES.get(table.name)  # type: ignore[call-overload]
    return entity_type.NOUN if entity_type is not None else table.name


def _owned(tables: Mapping[str, Table]) -> dict[str, list[Table]]:
    """The link tables of each table: keyed by an owner id and ``position``, the id a foreign key."""
    owned: dict[str, list[Table]] = {}
    for table in tables.values():
        if len(table.primary_key) == 2 and table.primary_key[1] == "position":
            for key in table.foreign_keys:
                if key.column == table.primary_key[0]:
                    owned.setdefault(key.table, []).append(table)
    return owned


def _carrier(table: Table, column: str, links: list[Table]) -> Carried | None:
    """The existing link table that carries ``column`` of ``table``, if any."""
    for link in links:
        owner = link.primary_key[0].removesuffix("_id")
        if link.name == f"{owner}_{column}":
            if "code" in link.column_names:
                return Carried(table.name, column, link.name, "code")
            if "ref" in link.column_names:
                return Carried(table.name, column, link.name, "ref")
            (target,) = (key for key in link.foreign_keys if key.column != link.primary_key[0])
            return Carried(table.name, column, link.name, target.column, target.table)
        item = column.removesuffix("s")
        if column.endswith("_ids") and item in link.column_names:
            return Carried(table.name, column, link.name, item)
    return None


def _own_link(table: Table, column: Column) -> tuple[Table, Key]:
    """A new link table for the list column ``column`` of ``table``: one row per item."""
    noun = _noun(table)
    owner: tuple[Column, ...]
    if table.primary_key == ("id",):
        owner = (Column(f"{noun}_id", "string", f"The {noun}."),)
    else:
        owner = tuple(
            attrs.evolve(table.column(name), name=f"{noun}_position" if name == "position" else name)
            for name in table.primary_key
        )
    position = Column("position", "integer", "The item's position in its list (from 0).")
    value = Column("value", "string", column.doc)
    data: dict[str, list[Any]] = {c.name: [] for c in (*owner, position, value)}
    keys = [table.data[name] for name in table.primary_key]
    for row, items in enumerate(table.data[column.name]):
        for index, item in enumerate(items or ()):
            for owner_column, values in zip(owner, keys, strict=True):
                data[owner_column.name].append(values[row])
            data["position"].append(index)
            data["value"].append(item)
    owner_names = tuple(c.name for c in owner)
    name = f"{noun}_{column.name}"
    foreign = (ForeignKey(owner_names[0], table.name),) if len(owner) == 1 else ()
    link = Table(name, column.doc, (*owner, position, value), data, (*owner_names, "position"), foreign)
    return link, Key(owner_names, table.name, table.primary_key)


def flat_tables(tables: Mapping[str, Table]) -> Flat:
    """The tables with every list column moved to a link table (see the module's description).

    >>> import povcoop
    >>> from povcoop._views.tables import tidy_tables
    >>> flat = flat_tables(tidy_tables(povcoop.load()))
    >>> "country_ids" in flat.tables["projects"].column_names, flat.tables["project_aliases"].column_names
    (False, ('project_id', 'position', 'value'))
    """
    owned = _owned(tables)
    flat: dict[str, Table] = {}
    keys: dict[str, tuple[Key, ...]] = {}
    carried: list[Carried] = []
    added: list[tuple[Table, Key]] = []
    for table in tables.values():
        kept = []
        for column in table.columns:
            if column.type != "strings":
                kept.append(column)
                continue
            found = _carrier(table, column.name, owned.get(table.name, []))
            if found is None:
                link, key = _own_link(table, column)
                added.append((link, key))
                found = Carried(table.name, column.name, link.name, "value")
            carried.append(found)
        names = {c.name for c in kept}
        flat[table.name] = attrs.evolve(
            table,
            columns=tuple(kept),
            data={name: values for name, values in table.data.items() if name in names},
        )
        keys[table.name] = tuple(Key((k.column,), k.table, (k.reference,)) for k in table.foreign_keys)
    for link, key in added:
        if link.name in flat:
            raise TypeError(f"the list column {link.name} would replace the table of that name")
        flat[link.name] = link
        keys[link.name] = (key,)
    return Flat(flat, keys, tuple(carried))


def code_schemes() -> dict[tuple[str, str], str]:
    """The code scheme of each column of codes, by table and column (from the registry).

    >>> schemes = code_schemes()
    >>> schemes[("countries", "numeric")], schemes[("countries", "id")], schemes[("sector_dac_crs", "code")]
    ('iso3166-1-numeric', 'iso3166-1-alpha-3', 'oecd-dac-crs-purpose')
    """
    schemes: dict[tuple[str, str], str] = {}
    for kind, entity_type in ENTITY_TYPES.items():
        for field in _fields(entity_type):
            if field.scheme is None:
                continue
            if field.role in ("code", "value"):  # a value with a scheme: a country's alpha_2
                schemes[(kind, field.name)] = field.scheme
            elif field.role == "codes":
                schemes[(f"{entity_type.NOUN}_{field.name}", "code")] = field.scheme
    return schemes


_CLASSES: Final = (
    ("0123456789", "[0-9]"),
    ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "[A-Z]"),
    ("abcdefghijklmnopqrstuvwxyz", "[a-z]"),
)


def _shape(code: str) -> str:
    """A code's shape as a regular expression: ``"035"`` is ``[0-9]{3}``, ``"1.a"`` ``[0-9]\\.[a-z]``."""
    parts: list[tuple[str, int]] = []
    for char in code:
        part = next((cls for chars, cls in _CLASSES if char in chars), re.escape(char))
        if parts and parts[-1][0] == part:
            parts[-1] = (part, parts[-1][1] + 1)
        else:
            parts.append((part, 1))
    return "".join(part if count == 1 else f"{part}{{{count}}}" for part, count in parts)


def code_pattern(scheme: str) -> str:
    """A regular expression every code of ``scheme`` matches whole: the shapes of its codes.

    >>> code_pattern("un-m49"), code_pattern("iso3166-1-alpha-2"), code_pattern("oecd-dac-crs-purpose")
    ('^[0-9]{3}$', '^[A-Z]{2}$', '^[0-9]{5}$')
    """
    shapes = sorted({_shape(code) for code in code_list(scheme)})
    return f"^{shapes[0]}$" if len(shapes) == 1 else f"^(?:{'|'.join(shapes)})$"
