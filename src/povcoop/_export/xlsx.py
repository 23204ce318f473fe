"""The ``xlsx`` export: an Excel workbook, one sheet per flat table (lists as link tables).

The first sheet, ``README``, gives the release (title, outlet, date, reporter), the licence, the
data version and povcoop's version, and what each sheet holds; ``columns`` describes every
column of every sheet; then one sheet per table, a header row of column names and one row per
record. Text is stored as text with the number format ``@`` (so a code such as ``035`` keeps its
zero and a text starting with ``=`` is never a formula), dates as dates (``yyyy-mm-dd``), and a
null as an empty cell. A sheet's name is its table's, shortened to Excel's 31 characters where
longer; then a ``sheets`` sheet maps each sheet to its table. Needs openpyxl:
``pip install "povcoop[xlsx]"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from povcoop._base.extras import need
from povcoop._export._flat import flat_tables
from povcoop._views.table import Table
from povcoop._views.tables import tidy_tables

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog

FILE: Final = "povcoop.xlsx"
"""The workbook's file name."""

SHEET_NAME_LIMIT: Final = 31
CELL_LIMIT: Final = 32_767
"""The most characters Excel holds in one cell."""

_TEXT: Final = "@"
_DATE: Final = "yyyy-mm-dd"


def sheet_names(tables: Iterable[str], taken: Iterable[str] = ()) -> dict[str, str]:
    """A sheet name for each table name: itself, or shortened to 31 characters with a number
    that keeps it unique (Excel compares sheet names without case).

    >>> sheet_names(["projects", "a" * 40, "a" * 35])
    {'projects': 'projects', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa~1', \
'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaa~2'}
    """
    used = {name.lower() for name in taken}
    names: dict[str, str] = {}
    for table in tables:
        name = re.sub(r"[][:*?/\\]", "_", table)  # characters Excel refuses in a sheet's name
        stem = name
        number = 0
        while len(name) > SHEET_NAME_LIMIT or name.lower() in used:
            number += 1
            suffix = f"~{number}"
            name = stem[: SHEET_NAME_LIMIT - len(suffix)] + suffix
        used.add(name.lower())
        names[table] = name
    return names


def _value(table: Table, row: int, column: str, value: Any) -> Any:
    if isinstance(value, tuple | list | dict):
        raise TypeError(f"{table.name}, row {row}, column {column}: a cell holds one value, not a list")
    if isinstance(value, str) and len(value) > CELL_LIMIT:
        raise ValueError(f"{table.name}, row {row}, column {column}: over Excel's {CELL_LIMIT} characters a cell")
    return value


def _bold(cell: Any, font: Any) -> Any:
    cell.font = font
    return cell


def _write_sheet(sheet: Any, table: Table) -> None:
    cell_class = need("openpyxl.cell", "xlsx").Cell
    bold = need("openpyxl.styles", "xlsx").Font(bold=True)
    sheet.append([_bold(cell_class(sheet, value=name), bold) for name in table.column_names])
    sheet.freeze_panes = "A2"
    formats = [
        _TEXT if column.type in ("string", "category") else _DATE if column.type == "date" else None
        for column in table.columns
    ]
    names = table.column_names
    for index, row in enumerate(table.rows()):
        cells = []
        for name, number_format, value in zip(names, formats, row, strict=True):
            cell = cell_class(sheet, value=_value(table, index, name, value))
            if number_format is not None:
                cell.number_format = number_format
            if number_format == _TEXT and value is not None:
                cell.data_type = "s"  # text, even when it starts with "=" (never a formula)
            cells.append(cell)
        # the row's cells are made before they are added: looking them up after (sheet[max_row])
        # computes the sheet's last row from every cell, which made the export quadratic in rows
        sheet.append(cells)


def _write_rows(sheet: Any, header: list[str], rows: Iterable[list[Any]]) -> None:
    cell_class = need("openpyxl.cell", "xlsx").Cell
    bold = need("openpyxl.styles", "xlsx").Font(bold=True)
    sheet.append([_bold(cell_class(sheet, value=name), bold) for name in header])
    for row in rows:
        cells = []
        for value in row:
            cell = cell_class(sheet, value=value)
            if isinstance(value, str):
                cell.number_format = _TEXT
                cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)


def _readme(catalog: Catalog, tables: Mapping[str, Table], sheets: Mapping[str, str]) -> list[list[Any]]:
    from povcoop._base.version import __version__

    release = catalog.release
    manifest = catalog.manifest
    about: list[list[Any]] = [
        ["title", manifest.title],
        [
            "release",
            f"[{release.title}] (a descriptive title: the release has none)"
            if release.title_descriptive
            else release.title or release.name,
        ],
        ["outlet", release.publisher],
        ["date", str(release.published) if release.published is not None else None],
        ["reporter", release.reporter],
        ["licence", manifest.license],
        ["data version", manifest.data_version],
        ["povcoop version", __version__],
        ["nulls", "An empty cell is a null (no value known)."],
        ["lists", "A list is a link table: one row per item, keyed by its owner and its position (from 0)."],
        ["columns", "The sheet 'columns' describes every column of every sheet."],
    ]
    about.append([None, None])
    about.append(["sheet", "what it holds"])
    about.extend([sheets[name], f"{table.doc} ({len(table)} rows; table {name})"] for name, table in tables.items())
    return about


def write(catalog: Catalog, folder: Path) -> None:
    """Write ``catalog`` into the empty ``folder`` as the workbook ``povcoop.xlsx``.

    >>> import povcoop, tempfile, pathlib, openpyxl
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write(povcoop.load(), folder)
    >>> book = openpyxl.load_workbook(folder / FILE)
    >>> regions = book["regions"]
    >>> m49 = [cell.value for cell in regions[1]].index("m49") + 1
    >>> book.sheetnames[:3], regions.cell(3, m49).value, regions.cell(3, m49).number_format
    (['README', 'columns', 'sources'], '002', '@')
    """
    openpyxl = need("openpyxl", "xlsx")
    tables = flat_tables(tidy_tables(catalog)).tables
    meta = ("README", "columns", "sheets")
    sheets = sheet_names(tables, taken=meta)
    book = openpyxl.Workbook(write_only=False)
    readme = book.active
    readme.title = "README"
    _write_rows(readme, ["about", "value"], _readme(catalog, tables, sheets))
    columns = book.create_sheet("columns")
    _write_rows(
        columns,
        ["sheet", "column", "type", "description"],
        ([sheets[name], c.name, c.type, c.doc] for name, table in tables.items() for c in table.columns),
    )
    for name, table in tables.items():
        _write_sheet(book.create_sheet(sheets[name]), table)
    if any(sheet != name for name, sheet in sheets.items()):
        _write_rows(book.create_sheet("sheets"), ["sheet", "table"], ([s, n] for n, s in sheets.items()))
    book.save(folder / FILE)
