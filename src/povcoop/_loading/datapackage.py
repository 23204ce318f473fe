"""A povcoop Data Package export, read back: its tables turned into records, then loaded as a
data folder is (validated, checked, built), so that ``load(export(cat, "datapackage", p)) == cat``.

The tables are those of the ``datapackage`` export, named from the registry as the export names
them: a kind's main table (``projects.csv``: one row per record), one link table per list field
(``project_countries``, ``sector_dac_crs``, ``organization_members``, each keyed by the owner's
id and ``position``), ``entity_evidence`` (and ``membership_evidence``) for evidence,
and the link tables of the lists inside those (``entity_evidence_supports``). Each cell is read
with its Table Schema type; a text cell that starts with an apostrophe holds the text after it
(the export's escape of a formula); an empty cell is a null. The descriptor's ``povcoop``
property gives the manifest and each source's text file.

A package that is not a povcoop export (no ``povcoop`` property, a table missing) is a
``DataError`` that says so; anything the records then lack or hold wrongly is reported by the
same checks as a data folder's, each problem at the kind's table (``projects.csv``), its row
(the record's index, from 0) and the field as a data folder names it.

>>> import povcoop, tempfile, pathlib
>>> folder = povcoop.export(povcoop.load(), "datapackage", pathlib.Path(tempfile.mkdtemp()) / "package")
>>> raw, problems = read_package(folder)
>>> problems, raw.manifest["release"], raw.records["projects"][1]["countries"]
([], 'cns-2021-03-10', ['LAO', 'KHM', 'MMR'])
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from povcoop._base.errors import DataError, Problem, shorten
from povcoop._base.layout import Kind, file_of
from povcoop._domain.entities import ENTITY_TYPES, Entity
from povcoop._domain.fields import Field, fields_of, locates_quote
from povcoop._domain.values import Evidence
from povcoop._loading.checks import NO_BASE, Base
from povcoop._loading.folder import Loaded, load_raw
from povcoop._loading.read import MAX_FILE_BYTES, MAX_TOTAL_BYTES, RawData, _FolderReader, _Unreadable
from povcoop._loading.write import _occurrence

DESCRIPTOR: Final = "datapackage.json"
"""The file that makes a folder a Data Package."""

ESCAPE: Final = "'"
"""What the export writes before a text that a spreadsheet would run as a formula (and before a
text that starts with itself): a text cell that starts with it holds the text after it."""

Row = dict[str, Any]


def is_package(folder: Path) -> bool:
    """Whether ``folder`` is a Data Package (it holds ``datapackage.json``) rather than a data folder."""
    return (folder / DESCRIPTOR).is_file() and not (folder / "catalog.json").exists()


def _number(text: str) -> int | float:
    special = {"INF": float("inf"), "-INF": float("-inf"), "NaN": float("nan")}.get(text)
    if special is not None:
        return special
    # a whole number is written without a point (7600000), a float with one (0.2, 7.0)
    return int(text) if text.lstrip("-").isdigit() else float(text)


_CELLS: Final[dict[str, Callable[[str], Any]]] = {
    "string": lambda text: text.removeprefix(ESCAPE),
    "integer": int,
    "number": _number,
    "boolean": {"true": True, "false": False}.__getitem__,
}
"""How a cell of each Table Schema type is read (the export's ``cell`` reversed); a date stays
ISO text, as a record holds it."""


def _typed(kind: str, text: str) -> Any:
    """A cell's value by its Table Schema type; an empty cell is a null."""
    if text == "":
        return None
    read = _CELLS.get(kind)
    return text if read is None else read(text)


class _Tables:
    """The package's tables, read on first use, each as a list of rows (dicts of typed values)."""

    def __init__(self, reader: _FolderReader, descriptor: Mapping[str, Any]) -> None:
        self._reader = reader
        self._resources = {
            r["name"]: r
            for r in descriptor.get("resources", ())
            if isinstance(r, dict) and isinstance(r.get("name"), str)
        }
        self._read: dict[str, list[Row]] = {}
        self._grouped: dict[tuple[str, tuple[str, ...]], dict[tuple[Any, ...], list[Row]]] = {}
        self.missing: list[str] = []

    def rows(self, name: str) -> list[Row]:
        found = self._read.get(name)
        if found is None:
            found = self._read[name] = self._rows(name)
        return found

    def _rows(self, name: str) -> list[Row]:
        resource = self._resources.get(name)
        if resource is None:
            self.missing.append(name)
            return []
        path = resource.get("path")
        if not isinstance(path, str):
            self.missing.append(name)
            return []
        try:
            text = self._reader.text(path)
        except _Unreadable as error:
            self._reader.problems.append(Problem(file=shorten(path), code=error.code, message=error.message))
            return []
        types = {f["name"]: f.get("type", "string") for f in resource.get("schema", {}).get("fields", ())}
        reader = csv.reader(io.StringIO(text, newline=""))
        header = next(reader, [])
        return [
            {column: _typed(types.get(column, "string"), cell) for column, cell in zip(header, cells, strict=False)}
            for cells in reader
        ]

    def owned(self, name: str, key: tuple[str, ...]) -> dict[tuple[Any, ...], list[Row]]:
        """The rows of the link table ``name`` by the owner's ``key`` columns, in position order."""
        found = self._grouped.get((name, key))
        if found is None:
            found = {}
            for row in sorted(self.rows(name), key=lambda r: r.get("position") or 0):
                found.setdefault(tuple(row.get(column) for column in key), []).append(row)
            self._grouped[name, key] = found
        return found


class _Records:
    """Rows of the tables back into records at rest, field by field from the registry."""

    def __init__(self, tables: _Tables, texts: Mapping[str, str]) -> None:
        self.tables = tables
        self.texts = texts  # source id -> text file
        self.source_texts: dict[str, str] = {}  # source id -> its text, once read

    def entity(self, cls: type[Entity], row: Row) -> dict[str, Any]:
        noun, kind = cls.NOUN, cls.KIND
        record = self.item(cls, row, "", owner=(f"{noun}_", (row.get("id"),)))
        evidence = self.tables.owned("entity_evidence", ("kind", "id")).get((kind, row.get("id")), [])
        if evidence:
            supports = ("entity_evidence_supports", ("kind", "id", "entity_evidence_position"))
            record["evidence"] = [
                self.evidence(e, (kind, row.get("id"), e.get("position")), supports) for e in evidence
            ]
        if cls.KIND == "sources" and row.get("id") in self.texts:
            record["text_file"] = self.texts[row["id"]]
        return record

    def item(self, cls: type, row: Row, prefix: str, *, owner: tuple[str, tuple[Any, ...]] | None) -> dict[str, Any]:
        """The record (or value object) of class ``cls`` from ``row``'s columns named ``prefix + name``;
        list fields from the link tables ``<owner prefix><field>`` keyed by ``owner``'s key."""
        record: dict[str, Any] = {}
        for field in fields_of(cls):
            if field.derived or field.role in ("evidence", "text"):
                continue
            value = self.field(cls, field, row, prefix, owner)
            if value is not None and value != []:
                record[field.at_rest] = value
        return record

    def field(self, cls: type, field: Field, row: Row, prefix: str, owner: tuple[str, tuple[Any, ...]] | None) -> Any:
        name = prefix + field.name
        if field.role in ("value", "code"):
            return row.get(name)
        if field.role == "link":
            return row.get(f"{name}_id")
        if field.role == "date":
            return _partial_date(row.get(name), row.get(f"{name}_precision"))
        if field.role == "nested":
            assert field.nested is not None
            inner = prefix if field.flatten else f"{name}_"  # a metric's value is the metric's columns
            return self.item(field.nested, row, inner, owner=None) or None
        if owner is None:
            return None  # a list inside a value object (an evidence's supports): its caller reads it
        return self.listed(cls, field, owner)

    def listed(self, cls: type, field: Field, owner: tuple[str, tuple[Any, ...]]) -> list[Any]:
        """The items of the list field ``field``, from its link table, in order."""
        table_prefix, key = owner
        table = table_prefix + field.name
        rows = self.tables.owned(table, (f"{table_prefix}id",)).get(key, [])
        if field.role == "nested_list":
            assert field.nested is not None
            return [self.nested_item(field.nested, table, key, r) for r in rows]
        column = _ITEM_COLUMNS.get(field.role)
        if field.role == "links":
            column = f"{field.criterion or field.name}_id"
        if column is None:
            raise TypeError(f"{cls.__name__}.{field.name}: no way back from the tables for role {field.role!r}")
        return [r.get(column) for r in rows]

    def nested_item(self, cls: type, table: str, key: tuple[Any, ...], row: Row) -> dict[str, Any]:
        record = self.item(cls, row, "", owner=None)
        if any(f.role == "evidence" for f in fields_of(cls)):
            owner_column = f"{table.split('_', 1)[0]}_id"
            within = f"{table.split('_', 1)[1]}_position"
            evidence_table = f"{cls.__name__.lower()}_evidence"  # as the tables name it: membership_evidence
            rows = self.tables.owned(evidence_table, (owner_column, within)).get((*key, row.get("position")), [])
            supports = (f"{evidence_table}_supports", (owner_column, within, f"{evidence_table}_position"))
            record["evidence"] = [
                self.evidence(e, (*key, row.get("position"), e.get("position")), supports) for e in rows
            ]
        if locates_quote(cls) and row.get("start") is not None:
            self.locate(record, self.owner_source, row["start"])  # an erratum: in its own source's text
        return record

    owner_source: str | None = None
    """The source whose errata are being read (their quotes are located in its text)."""

    def evidence(self, row: Row, key: tuple[Any, ...], supports: tuple[str, tuple[str, ...]]) -> dict[str, Any]:
        record = self.item(Evidence, row, "", owner=None)
        table, columns = supports
        found = [r.get("value") for r in self.tables.owned(table, columns).get(key, [])]
        if found:
            record["supports"] = found
        if row.get("start") is not None:
            self.locate(record, row.get("source_id"), row["start"])
        return record

    def locate(self, record: dict[str, Any], source: Any, start: int) -> None:
        """Give ``record`` the ``occurrence`` of its quote that starts at ``start``, where the
        quote occurs more than once in the text of ``source`` (as the writer does)."""
        text = self.source_texts.get(source) if isinstance(source, str) else None
        if text is not None and isinstance(record.get("quote"), str):
            occurrence = _occurrence(text, record["quote"], start)
            if occurrence is not None:
                record["occurrence"] = occurrence


_ITEM_COLUMNS: Final = {"texts": "value", "codes": "code", "refs": "ref"}
"""The column of a link table that holds the item, by the list field's role (a link's is
``<criterion>_id``: ``country_id``)."""


def _partial_date(day: Any, precision: Any) -> str | None:
    """The partial date a ``date`` column and its ``_precision`` give: ``2017`` for ``2017-01-01, year``."""
    if not isinstance(day, str):
        return None
    return {"year": day[:4], "month": day[:7]}.get(precision, day) if isinstance(precision, str) else day


def read_package(
    root: Path,
    types: Mapping[Kind, type[Entity]] = ENTITY_TYPES,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
) -> tuple[RawData, list[Problem]]:
    """The records, manifest and texts of the Data Package at ``root``, as a data folder's read
    gives them, with the problems of reading it (files as the folder reader reads them: inside
    the folder, of bounded size)."""
    reader = _FolderReader(root, strict=True, max_bytes=max_bytes, max_total_bytes=max_total_bytes)
    descriptor = reader.json_file(DESCRIPTOR, optional=False)
    own = descriptor.get("povcoop") if isinstance(descriptor, dict) else None
    empty: dict[Kind, list[Any]] = {kind: [] for kind in types}
    if not isinstance(own, dict) or not isinstance(own.get("manifest"), dict):
        if isinstance(descriptor, dict):
            message = (
                "not a povcoop Data Package: its descriptor has no 'povcoop' property with the manifest "
                '(povcoop reads back what povcoop.export(catalog, "datapackage", path) writes)'
            )
            reader.problems.append(Problem(file=DESCRIPTOR, field="povcoop", code="missing-field", message=message))
        return RawData({}, empty, {}, frozenset()), reader.problems
    tables = _Tables(reader, descriptor)
    listed = own.get("texts")
    texts: dict[str, str] = {}
    if isinstance(listed, dict):
        texts = {k: v for k, v in listed.items() if isinstance(k, str) and isinstance(v, str)}
    records = _Records(tables, texts)
    source_rows = tables.rows("sources") if "sources" in types else []
    ids = [r.get("id") for r in source_rows]
    sources = [{"id": i, "text_file": texts[i]} for i in ids if isinstance(i, str) and i in texts]
    read_texts, unreadable = reader.texts(sources)
    records.source_texts = {s["id"]: read_texts[s["text_file"]] for s in sources if s["text_file"] in read_texts}
    by_kind: dict[Kind, list[Any]] = {}
    for kind, cls in types.items():
        built = []
        for row in tables.rows(kind):
            records.owner_source = row.get("id") if kind == "sources" else None
            built.append(records.entity(cls, row))
        by_kind[kind] = built
    for name in tables.missing:
        message = f"the descriptor lists no readable resource {shorten(name)}, which a povcoop export holds"
        reader.problems.append(Problem(file=DESCRIPTOR, field="resources", code="file-not-found", message=message))
    return RawData(dict(own["manifest"]), by_kind, read_texts, unreadable), reader.problems


__all__ = ["DESCRIPTOR", "is_package", "load_package", "read_package"]


def load_package(
    root: Path,
    *,
    base: Base = NO_BASE,
    types: Mapping[Kind, type[Entity]] = ENTITY_TYPES,
    max_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
) -> Loaded:
    """Load the Data Package at ``root`` as a data folder is loaded (validate, check, build), onto
    ``base`` if given. Raises :class:`~povcoop.DataError` with every problem."""
    raw, problems = read_package(root, types, max_bytes=max_bytes, max_total_bytes=max_total_bytes)
    if not raw.manifest:  # no descriptor, or not povcoop's: nothing else can be read
        raise DataError(problems)
    try:
        return load_raw(raw, problems, types=types, base=base)
    except DataError as error:  # name the package's table (a record is its row, from 0), not a folder's file
        tables = {file_of(kind): f"{kind}.csv" for kind in types}
        raise DataError([attrs.evolve(p, file=tables.get(p.file or "", p.file)) for p in error.problems]) from None
