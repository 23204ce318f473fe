"""The table exports (csv, the Data Package, Parquet, xlsx) and the json export hold no more
than the data: every date, status, code, percentage and number they write is one the data hold,
in the precision they hold it. Run on the shipped catalog and on a catalog from ``povcoop init``.

Each cell is read back by the format's own reader and checked by its column's type: a date
with its ``_precision`` column gives back the partial date the data hold (``2017`` is written
``2017-01-01`` with ``year``); positions are the order of a list; quote offsets lie in their
text; every other cell's numbers, dates and percentages are among those the data hold (their
files, the code lists' names of the codes they carry, a metric's magnitude: number x scale).
"""

from __future__ import annotations

import csv
import datetime
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import povcoop
from povcoop._catalog.template import write_template
from povcoop._export._flat import flat_tables
from povcoop._export.csv import text_of_cell
from povcoop._views.table import Table
from povcoop._views.tables import tidy_tables
from test_outputs_say_no_more import SHIPPED, _held, _written

Row = dict[str, Any]


@pytest.fixture(scope="module", params=["shipped", "init"])
def catalog_and_folder(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[povcoop.Catalog, Path]:
    if request.param == "shipped":
        return povcoop.load(), SHIPPED
    folder = write_template(tmp_path_factory.mktemp("init") / "mine")
    return povcoop.load(folder), folder


def _data_hold(cat: povcoop.Catalog, folder: Path) -> set[str]:
    held = _held(folder, cat)
    for collection in cat:
        for entity in collection:
            for code in povcoop.codes.carried(entity):
                held |= _written(code.name or "") | {code.code}
    for project in cat.projects:
        for origin in project.codes:
            held |= _written(origin.code.name or "")
    for metric in cat.metrics:
        magnitude = metric.value.magnitude
        held |= {repr(magnitude), f"{magnitude:g}"}
    return held


def _partial(day: Any, precision: Any) -> str:
    text = day.isoformat()[:10] if isinstance(day, datetime.date) else str(day)
    return {"year": text[:4], "month": text[:7]}.get(precision, text)


def _check_rows(table: Table, rows: list[Row], held: set[str], longest: int, what: str) -> int:
    """Check each cell of ``rows`` (``table``'s, as a format read them back); the cells checked."""
    types = {column.name: column.type for column in table.columns}
    checked = 0
    for number, row in enumerate(rows):
        for name, value in row.items():
            if value is None or value == "" or name not in types:
                continue
            checked += 1
            where = f"{what}: {table.name}, row {number}, column {name}: {value!r}"
            if name == "position" or name.endswith("_position"):
                assert int(value) >= 0, where
            elif types[name] == "integer" and name in ("start", "end", "quote_start", "quote_end"):
                assert 0 <= int(value) <= longest, where  # an offset in a source's text
            elif types[name] == "date":
                assert _partial(value, row.get(f"{name}_precision")) in held, where
            else:
                items = value if isinstance(value, list | tuple) else [value]
                for item in items:
                    text = _number_text(item) if isinstance(item, float) else str(item)
                    extra = _written(text) - held
                    assert not extra, f"{where} writes {sorted(extra)}, which the data do not hold"
    return checked


def _number_text(value: float) -> str:
    """A float as the data would write it: 10.0 in a float column (Parquet's, Excel's) is the 10 held."""
    return str(int(value)) if value.is_integer() else repr(value)


def _csv_rows(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as file:
        return [{k: text_of_cell(v) for k, v in row.items()} for row in csv.DictReader(file)]


def _longest(cat: povcoop.Catalog) -> int:
    return max(len(s.text or "") for s in cat.sources)


@pytest.mark.parametrize("format", ["csv", "datapackage"])
def test_the_csv_files_hold_only_the_data(
    catalog_and_folder: tuple[povcoop.Catalog, Path], format: str, tmp_path: Path
) -> None:
    cat, folder = catalog_and_folder
    held, flat = _data_hold(cat, folder), flat_tables(tidy_tables(cat))
    out = povcoop.export(cat, format, tmp_path / format)
    checked = sum(
        _check_rows(table, _csv_rows(out / f"{name}.csv"), held, _longest(cat), format)
        for name, table in flat.tables.items()
    )
    assert checked > 20


def test_the_parquet_files_hold_only_the_data(catalog_and_folder: tuple[povcoop.Catalog, Path], tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    cat, folder = catalog_and_folder
    held, tidy = _data_hold(cat, folder), tidy_tables(cat)
    out = povcoop.export(cat, "parquet", tmp_path / "parquet")
    checked = 0
    for path in sorted(out.glob("*.parquet")):
        table = tidy[path.stem]
        rows = parquet.read_table(path).to_pylist()
        checked += _check_rows(table, rows, held, _longest(cat), "parquet")
    assert checked > 20


def test_the_workbook_holds_only_the_data(catalog_and_folder: tuple[povcoop.Catalog, Path], tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    cat, folder = catalog_and_folder
    held, flat = _data_hold(cat, folder), flat_tables(tidy_tables(cat))
    out = povcoop.export(cat, "xlsx", tmp_path / "xlsx")
    workbook = openpyxl.load_workbook(out / "povcoop.xlsx", read_only=True)
    checked = 0
    for sheet in workbook.worksheets:
        table = next((t for name, t in flat.tables.items() if name[:31] == sheet.title), None)
        if table is None:
            continue  # README and columns: prose about the tables, checked by the outputs tests
        values = sheet.iter_rows(values_only=True)
        header = [str(name) for name in next(values)]
        rows = [dict(zip(header, row, strict=False)) for row in values]
        checked += _check_rows(table, rows, held, _longest(cat), "xlsx")
    assert checked > 20


def _json_values(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _json_values(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_values(item)
    else:
        yield value


def test_the_json_export_holds_only_the_data(catalog_and_folder: tuple[povcoop.Catalog, Path], tmp_path: Path) -> None:
    import json

    cat, folder = catalog_and_folder
    held = _data_hold(cat, folder)
    out = povcoop.export(cat, "json", tmp_path / "json")
    for path in sorted(out.glob("*.json")):
        for value in _json_values(json.loads(path.read_text(encoding="utf-8"))):
            if isinstance(value, bool) or value is None:
                continue
            text = repr(value) if isinstance(value, float) else str(value)
            assert not _written(text) - held, f"{path.name}: {value!r}"


def test_the_check_can_fail(catalog_and_folder: tuple[povcoop.Catalog, Path]) -> None:
    cat, folder = catalog_and_folder
    held, tidy = _data_hold(cat, folder), tidy_tables(cat)
    projects = tidy["projects"]
    invented = [{"id": "x", "status": "ongoing", "start": datetime.date(2021, 3, 10), "start_precision": "day"}]
    with pytest.raises(AssertionError):
        _check_rows(projects, invented, held - {"2021-03-10"}, _longest(cat), "a test")
    with pytest.raises(AssertionError, match="do not hold"):
        _check_rows(projects, [{"id": "x", "description": "33.34% of it"}], held, _longest(cat), "a test")
