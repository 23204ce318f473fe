"""The ``datapackage`` export: the CSV files of the ``csv`` export, described by a Frictionless
Data Package (v2) in ``datapackage.json``.

Each flat table is a resource with a Table Schema: Table Schema types from the columns' logical
types (``string``, ``integer``, ``number``, ``boolean``, ``date``; a ``category`` is a ``string``
whose ``constraints.enum`` lists its vocabulary), each field's ``description`` from the registry,
codes as strings whose ``constraints.pattern`` is the shape of their code list's codes, the
primary key and the foreign keys. An empty cell is a null (``missingValues``). The package gives
the catalog's title, its data version, its licence, and the release as its source.

So that ``povcoop.load`` reads the package back into an equal catalog, it also holds what no
table does: each source's full text, as ``texts/<id>.<language>.txt`` (the layout of a data
folder), and, under the descriptor's own property ``povcoop``, the catalog's manifest and the
text file of each source (``{"manifest": {...}, "texts": {"<source id>": "texts/..."}}``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from povcoop._export._flat import Flat, Key, code_pattern, code_schemes, flat_tables
from povcoop._export.csv import write_tables
from povcoop._loading.write import text_file
from povcoop._views.table import Column, Table
from povcoop._views.tables import tidy_tables

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog
    from povcoop._domain.entities import Source

PROFILE: Final = "https://datapackage.org/profiles/2.0/datapackage.json"
"""The Data Package v2 profile the descriptor declares."""

_TYPES: Final[dict[str, str]] = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "date": "date",
    "category": "string",
}


def field_of(table: Table, column: Column, schemes: dict[tuple[str, str], str]) -> dict[str, Any]:
    """The Table Schema field of ``column`` of ``table``."""
    try:
        kind = _TYPES[column.type]
    except KeyError:
        raise TypeError(f"{table.name}.{column.name}: no Table Schema type for {column.type!r}") from None
    field: dict[str, Any] = {"name": column.name, "type": kind, "description": column.doc}
    constraints: dict[str, Any] = {}
    if column.name in table.primary_key:
        constraints["required"] = True
    if column.type == "category":
        constraints["enum"] = list(column.categories or ())
    scheme = schemes.get((table.name, column.name))
    if scheme is not None:
        constraints["pattern"] = code_pattern(scheme)
    if constraints:
        field["constraints"] = constraints
    return field


def _foreign_key(table: Table, key: Key) -> dict[str, Any]:
    reference: dict[str, Any] = {"fields": list(key.reference)}
    if key.table != table.name:  # a reference to the same resource names none (v2)
        reference = {"resource": key.table, **reference}
    return {"fields": list(key.columns), "reference": reference}


def schema_of(table: Table, keys: tuple[Key, ...], schemes: dict[tuple[str, str], str]) -> dict[str, Any]:
    """The Table Schema of ``table`` with its foreign ``keys``."""
    schema: dict[str, Any] = {
        "fields": [field_of(table, column, schemes) for column in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if keys:
        schema["foreignKeys"] = [_foreign_key(table, key) for key in keys]
    return schema


def _licence(text: str) -> dict[str, str]:
    """The licence as Data Package gives it: its identifier when the text starts with one."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9.+-]*-[0-9][0-9.]*", first):  # an SPDX-style id: CC-BY-4.0
        return {"name": first, "title": text}
    return {"title": text}


def _source(release: Source) -> dict[str, str]:
    # A descriptive title (the release has no headline) is marked as one, as citations mark it.
    title = f"[{release.title}] (a descriptive title)" if release.title_descriptive else release.title
    parts = [title or release.name]
    if release.publisher:
        parts.append(release.publisher)
    if release.published is not None:
        parts.append(str(release.published))
    if release.reporter:
        parts.append(f"reporter {release.reporter}")
    source = {"title": ", ".join(parts)}
    if release.url:
        source["path"] = release.url
    return source


def _name(text: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-") or "catalog"


def descriptor(catalog: Catalog, flat: Flat) -> dict[str, Any]:
    """The ``datapackage.json`` of ``catalog``'s flat tables."""
    from povcoop._base.version import __version__

    manifest = catalog.manifest
    schemes = code_schemes()
    licences = [_licence(manifest.license)] if manifest.license else []
    return {
        "$schema": PROFILE,
        "name": f"povcoop-{_name(manifest.release)}",
        "title": manifest.title,
        "description": (
            f"{manifest.title}, as the tidy tables of povcoop {__version__}: every list is a link table "
            "(one row per item); an empty cell is a null. A text cell that starts with an apostrophe holds "
            "the text after it: the apostrophe keeps a spreadsheet from running a text that starts with "
            "=, +, -, @, a tab or a carriage return as a formula (OWASP's advice on CSV injection)."
        ),
        "version": manifest.data_version,
        "povcoop": {
            "manifest": manifest.to_rest(),
            "texts": {s.id: text_file(s) for s in catalog.sources if s.text is not None},
        },
        **({"licenses": licences} if licences else {}),
        "sources": [_source(catalog.release)],
        "resources": [
            {
                "name": table.name,
                "type": "table",
                "path": f"{table.name}.csv",
                "scheme": "file",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": table.doc,
                "schema": schema_of(table, flat.keys[table.name], schemes),
            }
            for table in flat.tables.values()
        ],
    }


def write(catalog: Catalog, folder: Path) -> None:
    """Write ``catalog`` into the empty ``folder``: one CSV per flat table and ``datapackage.json``.

    >>> import povcoop, tempfile, pathlib, json
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write(povcoop.load(), folder)
    >>> package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    >>> package["version"], package["licenses"][0]["name"], package["resources"][0]["path"]
    ('0.5.0', 'CC-BY-4.0', 'sources.csv')
    """
    flat = flat_tables(tidy_tables(catalog))
    write_tables(flat.tables.values(), folder)
    write_texts(catalog, folder)
    text = json.dumps(descriptor(catalog, flat), ensure_ascii=False, indent=2)
    (folder / "datapackage.json").write_text(text + "\n", encoding="utf-8")


def write_texts(catalog: Catalog, folder: Path) -> None:
    """Write each source's full text to ``folder/texts/<id>.<language>.txt``, as it is."""
    for source in catalog.sources:
        if source.text is not None:
            target = folder / text_file(source)
            target.parent.mkdir(exist_ok=True)
            with open(target, "w", encoding="utf-8", newline="") as stream:
                stream.write(source.text)
