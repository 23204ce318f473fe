"""Entities as table rows: plain Python values (dicts, lists, strings, numbers) derived from the
registry, and the DataFrames built from them.

Links become ids, codes their code, dates ISO text, value objects dicts; nothing here needs a
third-party package until a DataFrame is asked for.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

import attrs

from povcoop._domain.entities import Entity
from povcoop._domain.values import Code, PartialDate


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Code | Entity):
        return value.code if isinstance(value, Code) else value.id
    if isinstance(value, PartialDate | datetime.date):
        return str(value)
    if attrs.has(type(value)):
        return {field.name: _plain(getattr(value, field.name)) for field in attrs.fields(type(value))}
    raise TypeError(f"no plain form for {type(value).__name__}")


def plain_row(entity: Entity) -> dict[str, Any]:
    """The entity's fields as a plain dict, in field order.

    >>> import povcoop
    >>> plain_row(povcoop.load().projects.get("east-asia-poverty-reduction-demonstration"))["countries"]
    ['LAO', 'KHM', 'MMR']
    """
    return {field.name: _plain(getattr(entity, field.name)) for field in attrs.fields(type(entity))}


def _need(module: str, extra: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(f'this needs {module}: pip install "povcoop[{extra}]"') from error


def to_pandas(entity_type: type[Entity], items: Iterable[Entity]) -> Any:
    """A pandas DataFrame of ``items``, one row per entity, indexed by id."""
    pandas = _need("pandas", "pandas")
    return pandas.DataFrame([plain_row(item) for item in items]).set_index("id", drop=False)


def to_polars(entity_type: type[Entity], items: Iterable[Entity]) -> Any:
    """A polars DataFrame of ``items``."""
    polars = _need("polars", "polars")
    return polars.DataFrame([plain_row(item) for item in items])


def to_arrow(entity_type: type[Entity], items: Iterable[Entity]) -> Any:
    """A pyarrow Table of ``items``."""
    pyarrow = _need("pyarrow", "arrow")
    return pyarrow.Table.from_pylist([plain_row(item) for item in items])
