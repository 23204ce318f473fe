"""The layout of a povcoop data folder: which file holds which kind of record.

A folder holds ``catalog.json`` (the manifest), one JSON array per kind named
``<kind>.json`` (a missing file is an empty kind), source texts under ``texts/``,
and, in the shipped data, the code lists under ``codes/``.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

Kind = Literal[
    "sources",
    "people",
    "organizations",
    "regions",
    "countries",
    "sectors",
    "concepts",
    "initiatives",
    "projects",
    "metrics",
    "events",
    "statements",
]

KINDS: Final[tuple[Kind, ...]] = get_args(Kind)
"""Every record kind, in the order the summary and exports list them."""

MANIFEST: Final = "catalog.json"


def file_of(kind: Kind) -> str:
    """The file name that holds records of ``kind``: ``file_of("projects") == "projects.json"``."""
    return f"{kind}.json"
