"""A data folder, loaded: read, validate, check, build; every problem at once, or the entities.

A folder may also be loaded onto a base (the shipped catalog): its records then refer to the
base's entities and quote the base's texts, and a record with a base entity's id must equal it.

>>> from importlib.resources import files
>>> loaded = load_folder(files("povcoop").joinpath("data"), trusted=True)
>>> loaded.manifest["release"], len(loaded.entities["regions"])
('cns-2021-03-10', 4)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from importlib.resources.abc import Traversable
from typing import Any, NamedTuple

import attrs

from povcoop._domain.entities import ENTITY_TYPES, Entity
from povcoop._errors import DataError, Problem, ProblemLog, clip
from povcoop._layout import Kind, file_of
from povcoop._loading.build import build, gc_paused
from povcoop._loading.checks import NO_BASE, Base, check
from povcoop._loading.read import MAX_FILE_BYTES, MAX_TOTAL_BYTES, RawData, read_file, read_folder
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
    record_models: Mapping[str, Any] | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
    base: Base = NO_BASE,
) -> Loaded:
    """Load the data folder ``root``; ``trusted`` skips schema validation (the shipped data only).

    ``types`` and ``record_models`` give the entity class and the record model of each kind (the
    registry's; a test may extend them). ``base`` holds entities the records may refer to; the
    result holds the folder's own entities only. Raises :class:`~povcoop.DataError` with every
    problem.
    """
    with gc_paused():  # every object made here is kept, or dropped at once on a failure
        raw, problems = read_folder(
            root, types, strict=not trusted, max_bytes=max_bytes, max_total_bytes=max_total_bytes
        )
        return _load(raw, problems, trusted=trusted, types=types, record_models=record_models, base=base)


def load_file(
    root: Traversable,
    name: str,
    kind: Kind,
    manifest: Mapping[str, Any],
    *,
    base: Base,
    types: Mapping[Kind, type[Entity]] = ENTITY_TYPES,
    max_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
) -> Loaded:
    """Load the one file ``name`` of ``root``, a JSON array of records of ``kind``, onto ``base``;
    ``manifest`` stands for the folder's (the base's: a lone file has none). Source texts are
    read below ``root``."""
    raw, problems = read_file(root, name, kind, types, max_bytes=max_bytes, max_total_bytes=max_total_bytes)
    raw = raw._replace(manifest=dict(manifest))
    try:
        with gc_paused():
            return _load(raw, problems, trusted=False, types=types, record_models=None, base=base)
    except DataError as error:  # name the file as the user did, not as a folder would
        usual = file_of(kind)
        raise DataError([attrs.evolve(p, file=name) if p.file == usual else p for p in error.problems]) from None


def load_records(
    manifest: Mapping[str, Any], records: dict[Kind, list[Any]], texts: dict[str, str], *, base: Base = NO_BASE
) -> Loaded:
    """Load records made in memory (dicts at rest, as a folder's files would hold them) and their
    source texts (by ``text_file``) through every stage a user's folder goes through: the IATI
    reader's way into the pipeline."""
    raw = RawData(manifest=dict(manifest), records=records, texts=texts, unreadable=frozenset())
    with gc_paused():
        return _load(raw, [], trusted=False, types=ENTITY_TYPES, record_models=None, base=base)


def _load(
    raw: RawData,
    problems: list[Problem],
    *,
    trusted: bool,
    types: Mapping[Kind, type[Entity]],
    record_models: Mapping[str, Any] | None,
    base: Base,
) -> Loaded:
    log = ProblemLog()
    log.extend(problems)
    if trusted:
        invalid, found = shape_problems(raw)
    else:
        invalid, found = validate(raw, record_models)
    log.extend(found)
    if log.full:  # more problems than a load lists: the later passes' would not be listed either
        message = "the checks of links, codes, quotes and meaning did not run: too many problems before them"
        raise DataError([*log.all(), Problem(code="checks-not-run", message=message)])
    checked, found = check(raw.manifest, raw.records, raw.texts, raw.unreadable, invalid, types, base, trusted=trusted)
    log.extend(found)
    if not trusted:
        from povcoop._loading.meaning import meaning_problems  # users' data only: not on the shipped path

        log.extend(meaning_problems(raw.records, invalid, types))
    if log:
        raise DataError(log.all())
    entities = build(raw.records, raw.texts, checked, types, base, consume=True)
    if not base:
        return Loaded(manifest=raw.manifest, entities=entities)
    conflicts = list(conflicting(base, entities))
    if conflicts:
        raise DataError(conflicts)
    return Loaded(manifest=raw.manifest, entities=entities)


def conflicting(base: Base, entities: Mapping[Kind, Iterable[Entity]]) -> Iterable[Problem]:
    """A ``conflicting-id`` problem for each entity whose id the base has for a different entity.

    The same entity twice is no conflict (it is merged once); a different one is never silently
    replaced.
    """
    for kind, items in entities.items():
        known = base.get(kind, {})
        for index, entity in enumerate(items):
            other = known.get(entity.id)
            if other is None or other == entity:
                continue
            differ = [a.name for a in attrs.fields(type(entity)) if getattr(entity, a.name) != getattr(other, a.name)]
            message = (
                f"the base has a different {entity.NOUN} with this id (fields that differ: "
                f"{', '.join(differ) or 'its type'}); give the record another id, or make it equal"
            )
            yield Problem(
                file=file_of(kind),
                index=index,
                id=clip(entity.id),
                code="conflicting-id",
                message=message,
            )
