"""The ``where()`` criteria of each entity class, derived from the registry.

A field declared with ``criterion="country"`` offers that criterion: a link matches the linked
ids, a code its code, a value itself. A class's ``CRITERIA`` add those no single field gives
(a project's ``organization`` is a partner or an implementer).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from povcoop._domain.fields import Field, fields_of, ref_key

ANY_KIND = "*"
"""The target of a criterion on references to any kind (its keys are ``"kind/id"``)."""


@attrs.frozen
class Criterion:
    """How ``where()`` reads an entity's keys for one criterion, the kind its ids name, the
    values of its closed vocabulary and a description."""

    keys: Callable[[Any], Iterable[Any]]
    target: str | None
    vocabulary: tuple[str, ...] | None
    doc: str


def _optional(read: Callable[[Any], Any]) -> Callable[[Any], Iterable[Any]]:
    return lambda value: () if value is None else (read(value),)


_KEYS: dict[str, Callable[[Any], Iterable[Any]]] = {
    "link": _optional(lambda linked: linked.id),
    "links": lambda linked: [item.id for item in linked],
    "refs": lambda linked: [ref_key(item) for item in linked],
    "code": _optional(lambda code: code.code),
    "codes": lambda codes: [code.code for code in codes],
    "texts": lambda texts: texts,
    "date": _optional(str),
    "value": lambda value: (value,),
}
"""What a field's value offers ``where()``, by its role: ids, codes, ISO dates, itself."""


def _keys_of(field: Field) -> Callable[[Any], Iterable[Any]]:
    name = field.name
    keys = _KEYS[field.role]
    return lambda entity: keys(getattr(entity, name))


_criteria: dict[type, Mapping[str, Criterion]] = {}


def criteria_of(cls: type) -> Mapping[str, Criterion]:
    """Every criterion of the entity class ``cls``, by name.

    >>> from povcoop._domain.entities import Project
    >>> criteria_of(Project)["country"].target
    'countries'
    """
    known = _criteria.get(cls)
    if known is not None:
        return known
    found: dict[str, Criterion] = {}
    for field in fields_of(cls):
        if field.criterion is not None:
            target = ANY_KIND if field.role == "refs" else field.target
            # An open vocabulary's values are examples, not limits: where() takes any.
            closed = None if field.open_vocabulary else field.vocabulary
            found[field.criterion] = Criterion(_keys_of(field), target, closed, field.doc)
    extra: Mapping[str, Any] = getattr(cls, "CRITERIA", {})
    for name, spec in extra.items():
        vocabulary = spec.vocabulary if hasattr(spec, "vocabulary") else None
        found[name] = Criterion(spec.keys, spec.target, vocabulary, spec.doc)
    return _criteria.setdefault(cls, found)
