"""The ``where()`` criteria of each entity class, derived from the registry.

A field declared with ``criterion="country"`` offers that criterion: a link matches the linked
ids, a code its code, a value itself. A class's ``CRITERIA`` add those no single field gives
(a project's ``organization`` is a partner or an implementer).
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, TypeAlias

import attrs

from povcoop._base.generated import kept_or_compiled
from povcoop._domain.fields import Field, fields_of, names_of, ref_key, signature_of

ANY_KIND = "*"
"""The target of a criterion on references to any kind (its keys are ``"kind/id"``)."""


@attrs.frozen
class ResolvedCriterion:
    """A ``where()`` criterion resolved from a field or from a class's declared
    :class:`povcoop._domain.fields.Criterion`: how ``where()`` reads an entity's keys for one
    criterion, the kind its ids name, the values of its closed vocabulary, a description and,
    for codes, their code list."""

    keys: Callable[[Any], Iterable[Any]]
    target: str | None
    vocabulary: tuple[str, ...] | None
    doc: str
    scheme: str | None = None


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


_criteria: dict[type, Mapping[str, ResolvedCriterion]] = {}


def criteria_of(cls: type) -> Mapping[str, ResolvedCriterion]:
    """Every criterion of the entity class ``cls``, by name.

    >>> from povcoop._domain.entities import Project
    >>> criteria_of(Project)["country"].target
    'countries'
    """
    known = _criteria.get(cls)
    if known is not None:
        return known
    found: dict[str, ResolvedCriterion] = {}
    for field in fields_of(cls):
        if field.criterion is not None:
            target = ANY_KIND if field.role == "refs" else field.target
            vocab = field.vocab
            # An open vocabulary's values are examples, not limits: where() takes any.
            closed = None if vocab is None or vocab.open else vocab.values
            found[field.criterion] = ResolvedCriterion(_keys_of(field), target, closed, field.doc, field.scheme)
    extra: Mapping[str, Any] = getattr(cls, "CRITERIA", {})
    for name, spec in extra.items():
        vocabulary = spec.vocabulary if hasattr(spec, "vocabulary") else None
        found[name] = ResolvedCriterion(spec.keys, spec.target, vocabulary, spec.doc, getattr(spec, "scheme", None))
    return _criteria.setdefault(cls, found)


_SINGLE_KEY = {"link": "{v}.id", "code": "{v}.code", "date": "str({v})", "value": None}
"""Roles whose field gives at most one key: the expression of the key from the value ``{v}``
(``None``: the value itself, ``None`` included, as :data:`_KEYS` reads it)."""
_MANY_KEYS = {"links": "{v}.id", "refs": "ref_key({v})", "codes": "{v}.code", "texts": "{v}"}
"""Roles whose field gives a key per item of a tuple: the key of the item ``{v}``."""

Positions: TypeAlias = "tuple[int] | array[int]"  # array is subscriptable from Python 3.12
"""The positions of the entities that hold a key, in order. A key held by one entity maps to
that entity's own one-position tuple, the same object in every index (a collection of 100,000
entities has some 400,000 such keys: ids, names, aliases); a key held by more, to an array of
C ints (4 bytes a position, where a list takes 8 and an int object each: a project appears
under some ten such keys, its sectors', codes' and partners' among them)."""

POSITIONS_TYPECODE: Final = "I"
"""The array type of a key's positions when more than one entity holds it: unsigned, 4 bytes."""


def compact(grown: list[tuple[dict[Any, Any], Any]]) -> None:
    """Turn the lists of positions that the generated index builder grew (each ``(index,
    key)`` once) into arrays, once the indexes are whole."""
    for index, key in grown:
        index[key] = array(POSITIONS_TYPECODE, index[key])


IndexBuilder = Callable[..., tuple[list[dict[Any, Positions]], dict[str, Positions]]]
"""``build(items, normalize, wanted=None)``: every criterion's index (in :func:`criteria_of`'s
order) and the name index of ``items``, made in one pass; ``wanted`` (a flag per criterion, then
one for the names) leaves the others empty."""

_builders: dict[type, IndexBuilder] = {}
_builders_lock = threading.Lock()


def index_builder(cls: type) -> IndexBuilder:
    """A function, generated once per class from the registry and the class's ``CRITERIA``,
    that builds every index of a sequence of ``cls`` entities in one loop: each criterion's keys
    read by straight-line code, not a call per criterion and entity. Equivalent to reading each
    :attr:`ResolvedCriterion.keys` (tested on the shipped data and on generated entities)."""
    found = _builders.get(cls)
    if found is None:
        with _builders_lock:
            found = _builders.get(cls)
            if found is None:
                found = _builders[cls] = kept_or_compiled(
                    KEPT_MODULE,
                    indexes_name(cls),
                    indexes_signature(cls),
                    lambda with_source: indexes_code(cls, with_source=with_source),
                    f"indexes of {cls.__name__}",
                )
    return found


KEPT_MODULE: Final = "povcoop._catalog._kept_indexes"


def indexes_name(cls: type) -> str:
    """The name of ``cls``'s generated index builder (``index_Project``)."""
    return f"index_{cls.__name__}"


def indexes_signature(cls: type) -> str:
    """What the index builder of ``cls`` is generated from: its fields and its criteria."""
    return f"{signature_of(cls)} {tuple(criteria_of(cls))!r} {[field.name for field in names_of(cls)]!r}"


def indexes_code(cls: type, *, with_source: bool = True) -> tuple[dict[str, Any], str]:
    """The names and the source of ``cls``'s generated index builder (see :func:`index_builder`).

    >>> from povcoop._domain.entities import Region
    >>> print(indexes_code(Region)[1].splitlines()[0])
    def index_Region(items, normalize, wanted=None):
    """
    criteria = criteria_of(cls)
    fields = {field.criterion: field for field in fields_of(cls) if field.criterion is not None}
    extra: Mapping[str, Any] = getattr(cls, "CRITERIA", {})
    names: dict[str, Any] = {"ref_key": ref_key, "compact": compact}
    for number, name in enumerate(criteria):
        field = fields.get(name) if name not in extra else None
        if field is None or (field.role not in _SINGLE_KEY and field.role not in _MANY_KEYS):
            names[f"keys{number}"] = criteria[name].keys
    return names, _indexes_source(cls) if with_source else ""


def _add(lines: list[str], index: str, key: str, indent: str, *, once: bool) -> None:
    """Code adding ``position`` under ``key`` to ``index`` (see :data:`Positions`); ``once``:
    this entity gives one key for the index, so its position cannot be there yet."""
    lines += [
        f"{indent}p = {index}.get({key})",
        f"{indent}if p is None:",
        f"{indent}    {index}[{key}] = single",
        f"{indent}else:" if once else f"{indent}elif p[-1] != position:",
        f"{indent}    if type(p) is list:",
        f"{indent}        p.append(position)",
        f"{indent}    else:",
        f"{indent}        {index}[{key}] = [p[0], position]",
        f"{indent}        grown.append(({index}, {key}))",
    ]


def _indexes_source(cls: type) -> str:
    criteria = criteria_of(cls)
    fields = {field.criterion: field for field in fields_of(cls) if field.criterion is not None}
    extra: Mapping[str, Any] = getattr(cls, "CRITERIA", {})
    indexes = [f"i{number}" for number in range(len(criteria))]
    wanted = [f"w{number}" for number in range(len(criteria))]
    lines = [f"def {indexes_name(cls)}(items, normalize, wanted=None):"]
    lines += [f"    {index} = {{}}" for index in indexes]
    lines += [
        f"    {', '.join([*wanted, 'wnames'])}, = wanted or ({'True, ' * (len(criteria) + 1)})",
        "    names = {}",
        "    normalized = {}",
        "    grown = []",
        "    for position, item in enumerate(items):",
        "        single = (position,)",
    ]
    for number, name in enumerate(criteria):
        index = indexes[number]
        field = fields.get(name) if name not in extra else None
        block: list[str] = []
        if field is not None and field.role in _SINGLE_KEY:
            block.append(f"        k = item.{field.name}")
            read = _SINGLE_KEY[field.role]
            if read is None:
                _add(block, index, "k", " " * 8, once=True)
            else:
                block += ["        if k is not None:", f"            k = {read.format(v='k')}"]
                _add(block, index, "k", " " * 12, once=True)
        elif field is not None and field.role in _MANY_KEYS:
            block.append(f"        for k in item.{field.name}:")
            read = _MANY_KEYS[field.role]
            if read != "{v}":
                block.append(f"            k = {read.format(v='k')}")
            _add(block, index, "k", " " * 12, once=False)
        else:
            inputs = getattr(extra.get(name), "inputs", ())
            if inputs:  # the keys of equal inputs (one object each, as loaded), read once
                memo = f"memo{number}"
                lines[1:1] = [f"    {memo} = {{}}"]
                held = ", ".join(f"id(item.{field})" for field in inputs)
                block += [
                    f"        found = {memo}.get(({held},))",
                    "        if found is None:",
                    f"            found = {memo}[({held},)] = keys{number}(item)",
                    "        for k in found:",
                ]
            else:
                block.append(f"        for k in keys{number}(item):")
            _add(block, index, "k", " " * 12, once=False)
        lines += [f"        if {wanted[number]}:", *("    " + line for line in block)]
    searched = names_of(cls)
    texts = ", ".join(f"*item.{field.name}" if field.many else f"item.{field.name}" for field in searched)
    optional = any(field.optional for field in searched)
    block = [
        f"        for text in ({texts},):",
        "            if not text:" if optional else "            if False:",
        "                continue",
        "            key = normalized.get(text)",
        "            if key is None:",
        "                key = normalized[text] = normalize(text)",
        "            if key:",
    ]
    _add(block, "names", "key", " " * 16, once=False)
    lines += ["        if wnames:", *("    " + line for line in block)]
    lines += ["    compact(grown)", f"    return [{', '.join(indexes)}], names"]
    return "\n".join(lines) + "\n"
