"""The ``csv`` export: each flat table (the tidy tables, lists as link tables) as one CSV file.

``<table>.csv`` per table, UTF-8 without a byte-order mark, a header row of column names, RFC 4180
quoting (a value holding a comma, a quote or a line break is quoted), rows ending in CRLF. A cell
holds one value: text as it is (codes are text, so ``035`` keeps its zero), integers in decimal,
numbers in Python's shortest exact form (``INF``, ``-INF`` and ``NaN`` for the special values, as
Table Schema writes them), ``true``/``false``, dates in ISO 8601 (``2017-01-01``). **An empty cell
is a null**: no text in the catalog is empty (the record models forbid it), so an empty cell never
stands for one.

**No cell is a formula** (OWASP's advice on CSV injection): a text that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return, which a spreadsheet would run as a formula, is written
with an apostrophe before it (``'=HYPERLINK(...)``), and so is a text that starts with an
apostrophe, so that the rule reverses exactly: a text cell that starts with an apostrophe holds
the text after it (:func:`text_of_cell`). Numbers and dates are never escaped (``-5`` is a number).
"""

from __future__ import annotations

import csv
import datetime
import math
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from povcoop._export._flat import flat_tables
from povcoop._views.table import Table
from povcoop._views.tables import tidy_tables

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog


FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
"""The first characters that make a spreadsheet read a cell as a formula (OWASP)."""

ESCAPE: Final = "'"
"""What is written before a text that starts with one of :data:`FORMULA_STARTS` (or with itself)."""


_ESCAPED: Final = (*FORMULA_STARTS, ESCAPE)


def text_of_cell(text: str) -> str:
    """The text a text cell holds: the cell without the apostrophe :func:`cell` put before it.

    >>> text_of_cell(cell("=1+1")), text_of_cell(cell("'quoted'")), text_of_cell("plain")
    ('=1+1', "'quoted'", 'plain')
    """
    return text.removeprefix(ESCAPE)


def cell(value: Any) -> str:
    """The text of one value in a CSV cell (see the module's description).

    >>> [cell(v) for v in ("035", 7, 0.1, float("inf"), True, None, datetime.date(2017, 1, 1))]
    ['035', '7', '0.1', 'INF', 'true', '', '2017-01-01']
    >>> cell("=HYPERLINK(1)"), cell(-5)
    ("'=HYPERLINK(1)", '-5')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, str):
        if value == "":
            raise ValueError("an empty text would read back as a null")
        return ESCAPE + value if value.startswith(_ESCAPED) else value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(f"a CSV cell holds one value, not a {type(value).__name__}")


def _number(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    return repr(value)


def write_table(table: Table, path: Path) -> None:
    """Write ``table`` to the CSV file ``path``; a cell that is not one value is an error naming it."""
    with path.open("w", encoding="utf-8", newline="") as file:
        out = csv.writer(file)
        out.writerow(table.column_names)
        out.writerows(_cells(table))


def _cells(table: Table) -> Iterable[list[str]]:
    names = table.column_names
    for index, row in enumerate(table.rows()):
        try:
            yield [cell(value) for value in row]
        except (TypeError, ValueError) as error:
            column = next(name for name, value in zip(names, row, strict=True) if _bad(value))
            raise type(error)(f"{table.name}, row {index}, column {column}: {error}") from None


def _bad(value: Any) -> bool:
    try:
        cell(value)
    except (TypeError, ValueError):
        return True
    return False


def write_tables(tables: Iterable[Table], folder: Path) -> list[Path]:
    """Write each table to ``folder/<name>.csv``; the files written, in order."""
    paths = []
    for table in tables:
        path = folder / f"{table.name}.csv"
        write_table(table, path)
        paths.append(path)
    return paths


def write(catalog: Catalog, folder: Path) -> None:
    """Write ``catalog``'s flat tables into the empty ``folder``, one ``<table>.csv`` each.

    >>> import povcoop, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write(povcoop.load(), folder)
    >>> import csv
    >>> with (folder / "regions.csv").open(encoding="utf-8", newline="") as file:
    ...     [(row["id"], row["m49"]) for row in csv.DictReader(file)][:2]
    [('asia', '142'), ('africa', '002')]
    """
    write_tables(flat_tables(tidy_tables(catalog)).tables.values(), folder)
