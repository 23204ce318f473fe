"""The standard code systems the data link to, read from the code lists shipped in ``data/codes``.

Each list is one JSON file per scheme (``oecd-dac-crs-purpose.json``...), a subset or copy of an
official list with its attribution inside (see ``data/codes/README.md``). Lists are read on first
use and kept: they are small and never change while the process runs.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Mapping
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Final

SCHEMES: Final = (
    "iso3166-1-alpha-2",
    "iso3166-1-alpha-3",
    "iso3166-1-numeric",
    "un-m49",
    "oecd-dac-crs-purpose",
    "oecd-dac-crs-category",
    "oecd-dac-region",
    "oecd-dac-recipient",
    "un-sdg-goal",
    "un-sdg-target",
    "iati-aid-type",
    "iati-activity-status",
)
"""The code schemes povcoop ships and checks codes against."""

_lock = threading.Lock()
_cache: dict[str, Mapping[str, str]] = {}
_parents: dict[str, Mapping[str, str]] = {}


@functools.cache
def _folder() -> Traversable:
    return files("povcoop").joinpath("data", "codes")


def code_list(scheme: str) -> Mapping[str, str]:
    """The codes of ``scheme`` with their English names; a KeyError for an unknown scheme.

    >>> code_list("un-sdg-target")["1.1"][:25]
    'By 2030, eradicate extrem'
    """
    found = _cache.get(scheme)
    if found is not None:
        return found
    if scheme not in SCHEMES:
        raise KeyError(f"unknown code scheme {scheme!r}; known: {', '.join(SCHEMES)}")
    resource = _folder().joinpath(f"{scheme}.json")
    document = json.loads(resource.read_bytes())
    with _lock:
        _parents.setdefault(scheme, document.get("parents", {}))
        return _cache.setdefault(scheme, document["codes"])


def code_name(scheme: str, code: str) -> str | None:
    """The official name of ``code`` in ``scheme``, or ``None`` when the list has no such code."""
    return code_list(scheme).get(code)


def parent_of(scheme: str, code: str) -> tuple[str, str] | None:
    """The scheme and code of the code that ``code`` of ``scheme`` lies under, or ``None``.

    A DAC CRS purpose code lies under its three-digit category, an SDG target under its goal,
    an M49 region under the region its list names.

    >>> parent_of("oecd-dac-crs-purpose", "31120"), parent_of("un-sdg-target", "1.1"), parent_of("un-m49", "035")
    (('oecd-dac-crs-category', '311'), ('un-sdg-goal', '1'), ('un-m49', '142'))
    """
    if scheme == "oecd-dac-crs-purpose":
        return ("oecd-dac-crs-category", code[:3]) if code[:3] in code_list("oecd-dac-crs-category") else None
    if scheme == "un-sdg-target":
        goal = code.partition(".")[0]
        return ("un-sdg-goal", goal) if goal in code_list("un-sdg-goal") else None
    if scheme == "un-m49":
        code_list(scheme)
        parent = _parents[scheme].get(code)
        return None if parent is None else (scheme, parent)
    return None


def children_of(scheme: str, code: str) -> list[tuple[str, str]]:
    """The scheme and code of every code directly under ``code`` of ``scheme``, in list order.

    >>> children_of("un-sdg-goal", "1")[:2]
    [('un-sdg-target', '1.1'), ('un-sdg-target', '1.2')]
    """
    if scheme == "oecd-dac-crs-category":
        return [("oecd-dac-crs-purpose", c) for c in code_list("oecd-dac-crs-purpose") if c[:3] == code]
    if scheme == "un-sdg-goal":
        return [("un-sdg-target", c) for c in code_list("un-sdg-target") if c.partition(".")[0] == code]
    if scheme == "un-m49":
        code_list(scheme)
        return [(scheme, child) for child, parent in _parents[scheme].items() if parent == code]
    return []


def descendants_of(scheme: str, code: str) -> list[tuple[str, str]]:
    """Every code under ``code``, children first, then theirs (breadth first)."""
    found: list[tuple[str, str]] = []
    queue = children_of(scheme, code)
    while queue:
        item = queue.pop(0)
        found.append(item)
        queue.extend(children_of(*item))
    return found
