"""Entities as plain Python values (dicts, lists, strings, numbers): the tables' raw material.

Links become ids, codes their code, dates ISO text, value objects dicts; nothing here needs a
third-party package.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from povcoop._domain import Code, PartialDate


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Code):
        return value.code
    if isinstance(value, PartialDate | datetime.date):
        return str(value) if isinstance(value, PartialDate) else value.isoformat()
    if hasattr(value, "KIND"):  # a linked entity
        return value.id
    if attrs.has(type(value)):
        return {field.name: _plain(getattr(value, field.name)) for field in attrs.fields(type(value))}
    raise TypeError(f"no plain form for {type(value).__name__}")


def to_record(entity: Any) -> dict[str, Any]:
    """The entity's fields as a plain dict, in field order.

    >>> import povcoop
    >>> to_record(povcoop.load().projects.get("east-asia-poverty-reduction-demonstration"))["countries"]
    ['LAO', 'KHM', 'MMR']
    """
    return {field.name: _plain(getattr(entity, field.name)) for field in attrs.fields(type(entity))}
