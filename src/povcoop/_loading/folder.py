"""A data folder, loaded: read, validate, check, build; every problem at once, or the entities.

A folder may also be loaded onto a base (the shipped catalog): its records then refer to the
base's entities and quote the base's texts, and a record with a base entity's id must equal it.

A kind given as a JSON Lines file (``projects.jsonl``) is loaded in batches when its records
cannot link to records of their own kind: the kinds before it (in the order in which kinds link
to each other) are loaded first and serve the batches as their base, each batch is read, checked
and built and its parsed records dropped, and the kinds after it load onto it. Problems of a
JSON Lines file are located by line number; ids are checked unique across every batch.

>>> from importlib.resources import files
>>> loaded = load_folder(files("povcoop").joinpath("data"), trusted=True)
>>> loaded.manifest["release"], len(loaded.entities["regions"])
('cns-2021-03-10', 4)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from importlib.resources.abc import Traversable
from typing import Any, NamedTuple

import attrs

from povcoop._base.errors import DataError, Problem, ProblemLog, clip
from povcoop._base.gc import gc_paused
from povcoop._base.layout import MANIFEST, Kind, file_of
from povcoop._domain.entities import ENTITY_TYPES, Entity
from povcoop._domain.fields import fields_of
from povcoop._loading.build import build, kind_order
from povcoop._loading.checks import NO_BASE, Base, check
from povcoop._loading.read import (
    BATCH,
    MAX_FILE_BYTES,
    MAX_TOTAL_BYTES,
    Batch,
    Made,
    Packed,
    RawData,
    lines_file_of,
    read_file,
    read_folder,
)
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
    batch: int = BATCH,
) -> Loaded:
    """Load the data folder ``root``; ``trusted`` skips schema validation (the shipped data only).

    ``types`` and ``record_models`` give the entity class and the record model of each kind (the
    registry's; a test may extend them). ``base`` holds entities the records may refer to; the
    result holds the folder's own entities only. ``batch`` records of a JSON Lines file are
    loaded at once (see the module's note). Raises :class:`~povcoop.DataError` with every
    problem.
    """
    with gc_paused():  # every object made here is kept, or dropped at once on a failure
        raw, problems = read_folder(
            root,
            types,
            strict=not trusted,
            max_bytes=max_bytes,
            max_total_bytes=max_total_bytes,
            batched=batched_kinds(types),
        )
        stages = _Stages(raw, problems, trusted=trusted, types=types, record_models=record_models, base=base)
        return stages.load(batch)


def batched_kinds(types: Mapping[Kind, type[Entity]]) -> frozenset[Kind]:
    """The kinds whose JSON Lines file is loaded in batches: every kind but the sources (their
    texts are read before any quote is located) and the kinds whose records may link to records
    of their own kind (a batch could not check those links); those are read whole.

    >>> sorted(batched_kinds(ENTITY_TYPES))  # doctest: +NORMALIZE_WHITESPACE
    ['concepts', 'countries', 'events', 'people', 'projects', 'regions', 'sectors']
    """
    return _batched_kinds(tuple(types.items()))


@functools.cache  # the registry's fields do not change: read once per set of classes, not per load
def _batched_kinds(types: tuple[tuple[Kind, type[Entity]], ...]) -> frozenset[Kind]:
    return frozenset(kind for kind, cls in types if kind != "sources" and not _links_to(cls, kind))


def _links_to(cls: type, kind: Kind) -> bool:
    for field in fields_of(cls):
        if field.target == kind or field.role == "refs":
            return True
        if field.nested is not None and _links_to(field.nested, kind):
            return True
    return False


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
    """Load the one file ``name`` of ``root``, a JSON array of records of ``kind`` (or a JSON
    Lines file, its name ending in ``.jsonl``), onto ``base``; ``manifest`` stands for the
    folder's (the base's: a lone file has none). Source texts are read below ``root``."""
    raw, problems = read_file(root, name, kind, types, max_bytes=max_bytes, max_total_bytes=max_total_bytes)
    raw = raw._replace(manifest=dict(manifest))
    try:
        with gc_paused():
            return _Stages(raw, problems, trusted=False, types=types, record_models=None, base=base).load(BATCH)
    except DataError as error:  # name the file as the user did, not as a folder would
        usual = lines_file_of(kind) if kind in raw.lines else file_of(kind)
        raise DataError([attrs.evolve(p, file=name) if p.file == usual else p for p in error.problems]) from None


def load_raw(raw: RawData, problems: list[Problem], *, types: Mapping[Kind, type[Entity]], base: Base) -> Loaded:
    """Validate, check and build records read by another reader (a Data Package's tables), as a
    user's folder is, onto ``base``."""
    with gc_paused():
        return _Stages(raw, problems, trusted=False, types=types, record_models=None, base=base).load(BATCH)


def load_records(
    manifest: Mapping[str, Any],
    records: Mapping[Kind, list[Any] | Packed],
    texts: dict[str, str],
    *,
    base: Base = NO_BASE,
    batch: int = BATCH,
) -> Loaded:
    """Load records made in memory (dicts at rest, as a folder's files would hold them) and their
    source texts (by ``text_file``) through every stage a user's folder goes through: the IATI
    reader's way into the pipeline.

    The kinds a JSON Lines file would load in batches (:func:`batched_kinds`) are loaded
    ``batch`` records at a time, and their lists are emptied as they are: each batch's records
    are dropped once built, so that the records and the entities built from them do not all
    coexist. A kind's records may come :class:`Packed` (a reader that makes them all before the
    load holds them so): they are then loaded in the batches they were packed in. Problems name
    each record by its index in its list, as unbatched.
    """
    batchable = batched_kinds(ENTITY_TYPES)
    every = {kind: [] if kind in batchable else _whole(records.get(kind, [])) for kind in ENTITY_TYPES}
    made = {kind: Made(kind, records[kind]) for kind in batchable if records.get(kind)}
    raw = RawData(manifest=dict(manifest), records=every, texts=texts, unreadable=frozenset(), batched=made)
    with gc_paused():
        return _Stages(raw, [], trusted=False, types=ENTITY_TYPES, record_models=None, base=base).load(batch)


def _whole(records: list[Any] | Packed) -> list[Any]:
    """The records of a kind loaded whole, unpacked if they came packed."""
    return records if isinstance(records, list) else [record for part in records.unpacked() for record in part]


class _StandIn:
    """What a later stage's checks see of a record whose stage could not be built (it had
    problems): its id resolves references, and a source's text locates quotes."""

    __slots__ = ("text",)

    def __init__(self, text: str | None = None) -> None:
        self.text = text


_RECORD_IN_MESSAGE = re.compile(r"\brecord (\d+)\b")


class _Stages:
    """One load: the kinds in stages, each checked and built onto the stages before it.

    Without JSON Lines files loaded in batches, there is one stage (every kind): read problems,
    validation, checks, meaning, then the build, as always. A kind loaded in batches is a
    stage of its own between the kinds it links to and the kinds that may link to it."""

    def __init__(
        self,
        raw: RawData,
        problems: list[Problem],
        *,
        trusted: bool,
        types: Mapping[Kind, type[Entity]],
        record_models: Mapping[str, Any] | None,
        base: Base,
    ) -> None:
        self.raw = raw
        self.trusted = trusted
        self.types = types
        self.record_models = record_models
        self.base = base
        self.log = ProblemLog()
        self.log.extend(problems)
        self.unread = {(p.file, p.index) for p in problems if p.index is not None}
        """Lines of JSON Lines files whose problem the reader reported (their slot holds ``None``)."""
        self.known: dict[Kind, dict[str, Any]] = {kind: dict(entities) for kind, entities in base.items()}
        """What later stages may link to: the base's entities, then each stage's (or stand-ins)."""
        self.entities: dict[Kind, list[Entity]] = {kind: [] for kind in types}

    def stages(self) -> list[tuple[tuple[Kind, ...], Kind | None]]:
        """The stages in order: the kinds loaded whole together, or one kind loaded in batches."""
        stages: list[tuple[tuple[Kind, ...], Kind | None]] = []
        whole: list[Kind] = []
        for kind in kind_order(self.types):
            if kind in self.raw.batched:
                stages += [(tuple(whole), None)] if whole else []
                stages.append(((kind,), kind))
                whole = []
            else:
                whole.append(kind)
        return [*stages, (tuple(whole), None)] if whole or not stages else stages

    def load(self, batch: int) -> Loaded:
        stages = self.stages()
        for number, (kinds, batched) in enumerate(stages):
            if batched is None:
                records = {kind: self.raw.records[kind] for kind in kinds}
                manifest = self.raw.manifest if number == 0 else {}
                self.stage(records, first=number == 0, manifest=manifest, last=number == len(stages) - 1)
            else:
                self.batches(batched, batch)
            if self.log.full:  # more problems than a load lists: the later passes' would not be listed either
                message = "the checks of links, codes, quotes and meaning did not run: too many problems before them"
                raise DataError([*self.log.all(), Problem(code="checks-not-run", message=message)])
        if self.log:
            raise DataError(self.log.all())
        entities = {kind: tuple(self.entities[kind]) for kind in self.types}
        return Loaded(manifest=self.raw.manifest, entities=entities)

    def batches(self, kind: Kind, size: int) -> None:
        lines = self.raw.batched[kind]
        name = lines.name
        seen: dict[str, int] = {}
        for part in lines.batches(size):
            self.unread.update((p.file, p.index) for p in part.problems if p.index is not None)
            self.log.extend(part.problems)
            self.unique_ids(part, seen, name, lines.FIRST)
            self.stage({kind: part.records}, first=False, manifest={}, part=part)
        if not self.later_records(kind):
            return
        if self.log:
            self.known.setdefault(kind, {}).update((record_id, _StandIn()) for record_id in seen)
        else:
            self.known.setdefault(kind, {}).update((entity.id, entity) for entity in self.entities[kind])

    def unique_ids(self, part: Batch, seen: dict[str, int], name: str, first_number: int) -> None:
        """Report the ids of ``part`` that an earlier line of the file (or record of the list)
        has (``seen``: the first line of each id, numbered from ``first_number``); a method of
        its own, so that no record outlives its batch in a local."""
        numbered = "line" if first_number else "record"
        for position, record in enumerate(part.records):
            record_id = record.get("id") if isinstance(record, dict) else None
            if not isinstance(record_id, str):
                continue
            line = part.start + position + first_number
            first = seen.setdefault(record_id, line)
            if first != line:
                message = f"duplicate id: {numbered} {first} has it too"
                problem = Problem(
                    file=name, index=line, id=clip(record_id), field="id", code="duplicate-id", message=message
                )
                self.log.append(problem)

    def later_records(self, kind: Kind) -> bool:
        """Whether any kind after ``kind`` has records (they may link to it)."""
        order = kind_order(self.types)
        return any(self.raw.records[k] or k in self.raw.batched for k in order[order.index(kind) + 1 :])

    def stage(
        self,
        records: dict[Kind, list[Any]],
        *,
        first: bool,
        manifest: dict[str, Any],
        part: Batch | None = None,
        last: bool = False,
    ) -> None:
        """Check the ``records`` (a stage's kinds, or one batch of a kind); build them when the
        load has found no problem so far, else make stand-ins for the stages after."""
        raw = self.raw._replace(records=records, manifest=manifest)
        found: Iterable[Problem]
        if self.trusted:
            invalid, found = shape_problems(raw)
        else:
            invalid, found = validate(raw, self.record_models, self.types)
        self.extend(found, part)
        if self.log.full:
            return
        known: Base = self.known
        checked, found = check(
            self.raw.manifest, records, raw.texts, raw.unreadable, invalid, self.types, known, trusted=self.trusted
        )
        self.extend(found, part, later=not first)
        if not self.trusted:
            from povcoop._loading.meaning import meaning_problems  # users' data only: not on the shipped path

            self.extend(meaning_problems(records, invalid, self.types), part)
        if self.log:
            if not last:
                self.stand_in(records, part)
            return
        built = build(records, raw.texts, checked, self.types, known, consume=True)
        if self.base:
            conflicts = list(conflicting(self.base, {kind: built[kind] for kind in records}))
            if conflicts:
                self.extend(conflicts, part)
                return
        for kind in records:
            self.entities[kind] += built[kind]
            if part is None and not last:
                self.known.setdefault(kind, {}).update((entity.id, entity) for entity in built[kind])

    def stand_in(self, records: dict[Kind, list[Any]], part: Batch | None) -> None:
        if part is not None:
            return  # a batched kind's stand-ins are made from its ids once every batch is read
        for kind, items in records.items():
            table = self.known.setdefault(kind, {})
            for record in items:
                record_id = record.get("id") if isinstance(record, dict) else None
                if isinstance(record_id, str) and record_id not in table:
                    text_file = record.get("text_file")
                    table[record_id] = _StandIn(self.raw.texts.get(text_file) if isinstance(text_file, str) else None)

    def extend(self, problems: Iterable[Problem], part: Batch | None, *, later: bool = False) -> None:
        """Add a pass's problems, located in the files as the user wrote them: a JSON Lines
        file's by line number. A later stage's problems of the manifest were the first stage's;
        a batch's duplicate ids are found across batches; a line the reader could not read
        reports nothing more."""
        start = 0 if part is None else part.start
        relocated = ProblemLog()
        for problem in problems:
            if later and problem.file == MANIFEST:
                continue
            moved = self.relocate(problem, start)
            if moved.index is not None and (moved.file, moved.index) in self.unread:
                continue
            if part is not None and moved.code == "duplicate-id":
                continue
            relocated.append(moved)
        if isinstance(problems, ProblemLog):
            for (file, code), count in problems.omitted.items():
                relocated.omitted[(self.relocate_file(file), code)] += count
                relocated.found += count
        self.log.extend(relocated)

    def relocate_file(self, file: str | None) -> str | None:
        for kind in self.raw.lines:
            if file == file_of(kind):
                return lines_file_of(kind)
        return file

    def relocate(self, problem: Problem, start: int) -> Problem:
        file = self.relocate_file(problem.file)
        if problem.index is not None and file == problem.file and start:  # a batch of records made in memory
            message = _RECORD_IN_MESSAGE.sub(lambda m: f"record {start + int(m.group(1))}", problem.message)
            return attrs.evolve(problem, index=start + problem.index, message=message)
        if file == problem.file or problem.index is None:
            return attrs.evolve(problem, file=file) if file != problem.file else problem
        message = _RECORD_IN_MESSAGE.sub(lambda m: f"line {start + int(m.group(1)) + 1}", problem.message)
        return attrs.evolve(problem, file=file, index=start + problem.index + 1, message=message)


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
