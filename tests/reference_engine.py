"""A deliberately naive interpreter of the registry: the oracle of the engine's generated code.

povcoop's loader builds, checks and indexes records with code generated from the registry, once
per class (see ``povcoop.generated_source``). This module does the same work the slow, obvious
way: it asks the registry about every field of every record. tests/test_engine.py and
tests/test_performance_paths.py hold the generated code equal to it, on the shipped data and on
records made by hypothesis. It was the loader's own generic path until one engine served every
size; it lives here so that nothing in the package runs it.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from povcoop._base.errors import ProblemLog
from povcoop._base.layout import Kind
from povcoop._codes.lists import code_name
from povcoop._domain.entities import Entity, Source
from povcoop._domain.fields import Field, fields_of, locates_quote
from povcoop._domain.values import Code, Evidence, PartialDate
from povcoop._loading.build import kind_order
from povcoop._loading.checks import NO_BASE, Base, Checked, Location, _Checker

Record = dict[str, Any]

# -- building ------------------------------------------------------------------------------------


class _Builder:
    """Builds one entity or value object at a time, field by field."""

    def __init__(self, texts: Mapping[str, str], checked: Checked) -> None:
        self.texts = texts
        self.spans = checked.spans
        self.built: dict[str, dict[str, Any]] = {}

    def instance(self, cls: type, item: Record, where: Location, *, skip_evidence: bool = False) -> Any:
        kind, index, prefix = where
        values: dict[str, Any] = {}
        for field in fields_of(cls):
            raw = item.get(field.at_rest)
            if field.role == "evidence":
                if not skip_evidence:
                    values[field.name] = self.evidence(raw or (), (kind, index, prefix + field.at_rest))
            elif field.derived:
                span = self.spans.get((kind, index, prefix.rstrip(".")))
                if span is not None:
                    values[field.name] = span[0] if field.span == "start" else span[1]
            elif raw is not None:
                values[field.name] = self.convert(field, raw, (kind, index, prefix + field.at_rest))
        return cls(**values)

    def convert(self, field: Field, raw: Any, where: Location) -> Any:
        return _CONVERTERS[field.role](self, field, raw, where)

    def nested(self, field: Field, raw: Any, where: Location) -> Any:
        return self.instance(field.nested, raw, (where[0], where[1], where[2] + "."))  # type: ignore[arg-type]

    def nested_list(self, field: Field, raw: Any, where: Location) -> tuple[Any, ...]:
        kind, index, path = where
        return tuple(
            self.instance(field.nested, item, (kind, index, f"{path}[{i}]."))  # type: ignore[arg-type]
            for i, item in enumerate(raw)
        )

    def link(self, field: Field, raw: Any, where: Location) -> Any:
        return self.built[field.target][raw]  # type: ignore[index]

    def links(self, field: Field, raw: Any, where: Location) -> tuple[Any, ...]:
        table = self.built[field.target]  # type: ignore[index]
        return tuple(table[ref] for ref in raw)

    def refs(self, field: Field, raw: Any, where: Location) -> tuple[Any, ...]:
        return tuple(self.built[kind][ref_id] for kind, _, ref_id in (ref.partition("/") for ref in raw))

    def text(self, field: Field, raw: Any, where: Location) -> str | None:
        return self.texts.get(raw)

    def evidence(self, items: Any, where: Location) -> tuple[Evidence, ...]:
        kind, index, path = where
        return tuple(self.instance(Evidence, item, (kind, index, f"{path}[{i}].")) for i, item in enumerate(items))


def _code(builder: _Builder, field: Field, raw: Any, where: Location) -> Code:
    return Code(field.scheme, raw, code_name(field.scheme, raw))  # type: ignore[arg-type]


def _codes(builder: _Builder, field: Field, raw: Any, where: Location) -> tuple[Code, ...]:
    scheme: str = field.scheme  # type: ignore[assignment]
    return tuple(Code(scheme, value, code_name(scheme, value)) for value in raw)


_Converter = Callable[[_Builder, Field, Any, Location], Any]

_CONVERTERS: dict[str, _Converter] = {
    "value": lambda builder, field, raw, where: raw,
    "texts": lambda builder, field, raw, where: tuple(raw),
    "date": lambda builder, field, raw, where: PartialDate.fromisoformat(raw),
    "link": _Builder.link,
    "links": _Builder.links,
    "refs": _Builder.refs,
    "code": _code,
    "codes": _codes,
    "nested": _Builder.nested,
    "nested_list": _Builder.nested_list,
    "text": _Builder.text,
}
"""How each role's value at rest becomes its value in the domain."""


def build_reference(
    records: Mapping[Kind, list[Record]],
    texts: Mapping[str, str],
    checked: Checked,
    types: Mapping[Kind, type[Entity]],
) -> dict[Kind, tuple[Entity, ...]]:
    """The entities of each kind, linked, in the order of their files, field by field through
    the registry (what ``povcoop._loading.build.build`` makes with generated code)."""
    builder = _Builder(texts, checked)
    for kind in kind_order(types):
        cls = types[kind]
        table = builder.built.setdefault(kind, {})
        kind_records = records.get(kind, [])
        deferred = issubclass(cls, Source)
        for index in checked.order[kind]:
            record = kind_records[index]
            table[record["id"]] = builder.instance(cls, record, (kind, index, ""), skip_evidence=deferred)
        if deferred:
            for index, record in enumerate(kind_records):
                evidence = builder.evidence(record.get("evidence") or (), (kind, index, "evidence"))
                object.__setattr__(table[record["id"]], "evidence", evidence)
    return {kind: tuple(builder.built[kind][r["id"]] for r in records.get(kind, [])) for kind in types}


# -- checking ------------------------------------------------------------------------------------


def check_fields(
    self: Any, kind: Kind, index: int, record: dict[str, Any], *, cls: type, item: dict[str, Any], prefix: str
) -> None:
    """The walk over ``cls``'s fields in ``item``, field by field through the registry
    (``self`` is the loader's checker, whose methods say what is wrong)."""
    for field in fields_of(cls):
        value = item.get(field.at_rest)
        if value is None or field.derived:
            continue
        path = prefix + field.at_rest
        if not self.quotes_only:
            if field.target is not None:
                self.check_links(kind, index, record, field, value, path)
            elif field.role == "refs":
                self.check_refs(kind, index, record, value, path)
            if field.scheme is not None:
                self.check_codes(kind, index, record, field.scheme, value, path)
        if field.role == "evidence":
            for i, evidence in enumerate(value):
                check_fields(self, kind, index, record, cls=Evidence, item=evidence, prefix=f"{path}[{i}].")
                self.check_evidence(kind, index, record, evidence, f"{path}[{i}]")
        elif field.role in ("nested", "nested_list") and field.nested is not None:
            items = value if field.role == "nested_list" else [value]
            for i, nested in enumerate(items):
                where = f"{path}[{i}]" if field.role == "nested_list" else path
                if locates_quote(field.nested):
                    self.check_own_quote(kind, index, record, nested, where)
                check_fields(self, kind, index, record, cls=field.nested, item=nested, prefix=where + ".")


def check_reference(
    manifest: Mapping[str, Any],
    records: Mapping[Kind, list[Any]],
    texts: Mapping[str, str],
    unreadable: frozenset[str],
    invalid: frozenset[tuple[Kind, int]],
    types: Mapping[Kind, type[Entity]],
    base: Base = NO_BASE,
    *,
    trusted: bool = False,
) -> tuple[Checked, ProblemLog]:
    """What ``povcoop._loading.checks.check`` finds, each record's fields walked through the
    registry instead of checked by generated code."""
    checker = _Checker(records, texts, unreadable, invalid, types, base, quotes_only=trusted)
    checker.check_ids()
    for kind, cls in types.items():
        for index, record in checker.valid_records(kind):
            check_fields(checker, kind, index, record, cls=cls, item=record, prefix="")
    if not trusted:
        checker.check_manifest(manifest)
        checker.check_invalid_records()
        checker.check_country_codes()
    checker.locate_pending()
    order = checker.order_and_cycles()
    return Checked(spans=checker.spans, order=order), checker.problems


# -- indexing ------------------------------------------------------------------------------------


def indexes_reference(entities: tuple[Any, ...], cls: type) -> tuple[list[dict[Any, Any]], dict[str, Any]]:
    """Every criterion's index (in ``criteria_of``'s order) and the name index of
    ``entities``, each criterion's keys read by its own function, entity by entity."""
    from povcoop._catalog.collection import _names_of, normalize
    from povcoop._catalog.criteria import criteria_of

    singles = [(position,) for position in range(len(entities))]
    indexes = _build_index(entities, [c.keys for c in criteria_of(cls).values()], singles)
    names: dict[str, Any] = {}
    normalized: dict[str, str] = {}
    for position, item in enumerate(entities):
        for text in _names_of(item):
            key = normalized.get(text)
            if key is None:
                key = normalized[text] = normalize(text)
            if key:
                _add(names, key, position, singles[position])
    for index in (*indexes, names):
        _as_arrays(index)
    return indexes, names


def _as_arrays(index: dict[Any, Any]) -> None:
    """A key's positions, when more than one entity holds it, as an array of C ints."""
    for key, positions in index.items():
        if isinstance(positions, list):
            index[key] = array("I", positions)


def _build_index(
    items: tuple[Any, ...], readers: list[Callable[[Any], Iterable[Any]]], singles: Sequence[tuple[int]] | None = None
) -> list[dict[Any, Any]]:
    """One index (key -> positions, in order, each once) per reader of keys, in one pass over
    ``items``; each position is one int object, shared by every index that holds it, and
    ``singles[position]`` (made here if not given) the entity's one-position tuple."""
    indexes: list[dict[Any, Any]] = [{} for _ in readers]
    pairs = list(zip(readers, indexes, strict=True))
    for position, item in enumerate(items):
        single = (position,) if singles is None else singles[position]
        for keys_of, index in pairs:
            for key in keys_of(item):
                _add(index, key, position, single)
    return indexes


def _add(index: dict[Any, Any], key: Any, position: int, single: tuple[int]) -> None:
    """Add ``position`` under ``key`` (see :data:`~povcoop._catalog.criteria.Any`);
    ``single`` is ``(position,)``, one tuple for all the entity's keys."""
    positions = index.get(key)
    if positions is None:
        index[key] = single
    elif positions[-1] != position:  # a key an entity gives twice counts once
        if type(positions) is list:
            positions.append(position)
        else:
            index[key] = [positions[0], position]
