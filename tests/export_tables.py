"""Helpers for the export tests: read flat tables back from CSV, rebuild the tidy tables' lists
from the link tables, and compare tables value by value and type by type."""

from __future__ import annotations

import csv
import datetime
import decimal
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from povcoop._export._flat import Flat
from povcoop._export.csv import text_of_cell
from povcoop._views.table import Table

Data = dict[str, list[Any]]
"""A table's values by column."""

PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "category": (str,),
    "integer": (int,),
    "number": (float, int),
    "boolean": (bool,),
    "date": (datetime.date,),
    "strings": (tuple,),
}


def parse_cell(text: str, kind: str) -> Any:
    """A CSV cell's value, by the column's logical type (the documented conventions)."""
    if text == "":
        return None
    parse: dict[str, Callable[[str], Any]] = {
        "string": text_of_cell,
        "category": text_of_cell,
        "integer": int,
        "number": lambda t: float({"INF": "inf", "-INF": "-inf", "NaN": "nan"}.get(t, t)),
        "boolean": {"true": True, "false": False}.__getitem__,
        "date": datetime.date.fromisoformat,
    }
    return parse[kind](text)


def read_csv(path: Path, table: Table) -> Data:
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == list(table.column_names), path.name
    kinds = [column.type for column in table.columns]
    columns = list(zip(*rows[1:], strict=True)) if rows[1:] else [() for _ in kinds]
    return {
        name: [parse_cell(text, kind) for text in texts]
        for name, kind, texts in zip(table.column_names, kinds, columns, strict=True)
    }


def plain(value: Any) -> Any:
    """A value read by a library, as the tidy tables hold it (frictionless reads numbers as Decimal)."""
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, list):
        return tuple(value)
    return value


def assert_same_data(table: Table, data: Mapping[str, Sequence[Any]]) -> None:
    """``data`` holds ``table``'s columns and values, each of its column's Python type."""
    assert list(data) == list(table.column_names), table.name
    for column in table.columns:
        expected = list(table.data[column.name])
        actual = [plain(value) for value in data[column.name]]
        assert actual == expected, f"{table.name}.{column.name}"
        for value in actual:
            assert value is None or isinstance(value, PYTHON_TYPES[column.type]), (table.name, column.name, value)
            assert not (column.type == "number" and isinstance(value, bool))


def restore(flat: Flat, data: Mapping[str, Data]) -> dict[str, Data]:
    """The tidy tables' values rebuilt from flat ones: each list column from its link table, in
    the tidy tables' column order."""
    restored: dict[str, Data] = {name: dict(values) for name, values in data.items()}
    for carried in flat.carried:
        link = flat.tables[carried.link]
        owner = flat.tables[carried.table]
        key_columns = [name for name in link.primary_key if name != "position"]
        keys = list(zip(*(data[carried.table][name] for name in owner.primary_key), strict=True))
        items: dict[tuple[Any, ...], list[tuple[int, Any]]] = {key: [] for key in keys}
        rows = data[carried.link]
        for index, position in enumerate(rows["position"]):
            key = tuple(rows[name][index] for name in key_columns)
            items[key].append((position, rows[carried.item][index]))
        values = [tuple(item for _, item in sorted(items[key])) for key in keys]
        if carried.names is not None:
            names = dict(zip(data[carried.names]["id"], data[carried.names]["name"], strict=True))
            values = [tuple(names[item] for item in row) for row in values]
        restored[carried.table][carried.column] = values
    return restored


def assert_restores(tidy: Mapping[str, Table], flat: Flat, data: Mapping[str, Data]) -> None:
    """The flat tables' values give back every tidy table whole, lists included."""
    restored = restore(flat, data)
    for name, table in tidy.items():
        assert set(restored[name]) == set(table.column_names), name
        assert_same_data(table, {column: restored[name][column] for column in table.column_names})
