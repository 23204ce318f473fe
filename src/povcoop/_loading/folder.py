"""A data folder, loaded: read, validate, check, build; every problem at once, or the entities.

>>> from importlib.resources import files
>>> loaded = load_folder(files("povcoop").joinpath("data"), trusted=True)
>>> loaded.manifest["release"], len(loaded.entities["regions"])
('cns-2021-03-10', 4)
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib.resources.abc import Traversable
from typing import Any, NamedTuple

from povcoop._domain.entities import ENTITY_TYPES, Entity
from povcoop._errors import DataError
from povcoop._layout import Kind
from povcoop._loading.build import build, gc_paused
from povcoop._loading.checks import check
from povcoop._loading.read import MAX_FILE_BYTES, read_folder
from povcoop._loading.validate import shape_problems, validate


class Loaded(NamedTuple):
    """A loaded folder: its manifest and the entities of each kind, in file order."""

    manifest: dict[str, Any]
    entities: dict[Kind, tuple[Entity, ...]]


def load_folder(
    root: Traversable,
    *,
    trusted: bool = False,
    types: Mapping[Kind, type[Entity]] = ENTITY_TYPES,
    record_models: Mapping[Kind, Any] | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> Loaded:
    """Load the data folder ``root``; ``trusted`` skips schema validation (the shipped data only).

    ``types`` and ``record_models`` give the entity class and the record model of each kind (the
    registry's; a test may extend them). Raises :class:`~povcoop.DataError` with every problem.
    """
    with gc_paused():  # every object made here is kept, or dropped at once on a failure
        raw, problems = read_folder(root, types, strict=not trusted, max_bytes=max_bytes)
        if trusted:
            invalid, found = shape_problems(raw)
        else:
            invalid, found = validate(raw, record_models)
        problems.extend(found)
        checked, found = check(raw.manifest, raw.records, raw.texts, raw.unreadable, invalid, types)
        problems.extend(found)
        if problems:
            raise DataError(problems)
        return Loaded(manifest=raw.manifest, entities=build(raw.records, raw.texts, checked, types))
