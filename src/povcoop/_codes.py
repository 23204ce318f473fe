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
    codes: dict[str, str] = json.loads(resource.read_bytes())["codes"]
    with _lock:
        return _cache.setdefault(scheme, codes)


def code_name(scheme: str, code: str) -> str | None:
    """The official name of ``code`` in ``scheme``, or ``None`` when the list has no such code."""
    return code_list(scheme).get(code)
