"""Convert checked records into the linked domain: the one place where records become entities.

One converter, driven by the registry: each field's role says how its value at rest becomes
its value in the domain (an id becomes the linked entity, a code its :class:`Code` with its
official name, ISO text a :class:`PartialDate`, an object a value object). It takes plain JSON
values that have passed :func:`povcoop._loading.checks.check`, so every reference resolves and
every quote has its offsets. The one explicit override: sources cite sources (the release
evidences its own date), so their evidence is attached once every source exists.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from povcoop._codes import code_name
from povcoop._domain.entities import Entity, Source
from povcoop._domain.fields import Field, fields_of
from povcoop._domain.values import Code, Evidence, PartialDate
from povcoop._layout import Kind
from povcoop._loading.checks import Checked, Location

Record = dict[str, Any]


def kind_order(types: Mapping[Kind, type[Entity]]) -> list[Kind]:
    """The kinds in an order where each comes after the kinds it links to (sources first:
    every piece of evidence links to one). A cycle between kinds is a programming error."""
    depends: dict[Kind, set[Kind]] = {}
    for kind, cls in types.items():
        targets = {target for target in _targets(cls, set(types)) if target != kind}
        depends[kind] = targets - {"sources"} if kind == "sources" else targets | {"sources"}
    ordered: list[Kind] = []
    while len(ordered) < len(depends):
        ready = [k for k in depends if k not in ordered and depends[k] <= {*ordered}]
        if not ready:
            rest = [k for k in depends if k not in ordered]
            raise TypeError(f"the kinds {rest} link to each other in a cycle; the builder needs an order")
        ordered.append(ready[0])
    return ordered


def _targets(cls: type, kinds: set[Kind]) -> set[Kind]:
    """The kinds ``cls`` links to; references to any kind (``refs``) need every kind built."""
    found: set[Kind] = set()
    for field in fields_of(cls):
        if field.target is not None:
            found.add(field.target)
        if field.role == "refs":
            found |= kinds
        if field.nested is not None:
            found |= _targets(field.nested, kinds)
    return found


class _Builder:
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
                    values[field.name] = span[0] if field.name == "start" else span[1]
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


def build(
    records: Mapping[Kind, list[Record]],
    texts: Mapping[str, str],
    checked: Checked,
    types: Mapping[Kind, type[Entity]],
) -> dict[Kind, tuple[Entity, ...]]:
    """The entities of each kind, linked, in the order of their files."""
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
                # The one mutation of a frozen entity, before anyone can see it (see the module's note).
                object.__setattr__(table[record["id"]], "evidence", evidence)
    return {kind: tuple(builder.built[kind][r["id"]] for r in records.get(kind, [])) for kind in types}
