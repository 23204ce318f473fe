"""Convert checked records into the linked domain: the one place where records become entities.

One converter, driven by the registry: each field's role says how its value at rest becomes
its value in the domain (an id becomes the linked entity, a code its :class:`Code` with its
official name, ISO text a :class:`PartialDate`, an object a value object). It takes plain JSON
values that have passed :func:`povcoop._loading.checks.check`, so every reference resolves and
every quote has its offsets. The one explicit override: sources cite sources (the release
evidences its own date), so their evidence is attached once every source exists.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from povcoop._base.gc import gc_paused
from povcoop._base.generated import kept_or_compiled
from povcoop._base.layout import Kind
from povcoop._domain.entities import Entity, Source
from povcoop._domain.fields import Field, fields_of, signature_of
from povcoop._domain.values import NAME_IN_LIST, QUOTE_AT_SPAN, Code, Evidence, PartialDate
from povcoop._loading.checks import Checked

Record = dict[str, Any]


def kind_order(types: Mapping[Kind, type[Entity]]) -> list[Kind]:
    """The kinds in an order where each comes after the kinds it links to (sources first:
    every piece of evidence links to one). A cycle between kinds is a programming error.

    >>> from povcoop._domain.entities import ENTITY_TYPES
    >>> kind_order(ENTITY_TYPES)[:3]
    ['sources', 'regions', 'countries']
    """
    return list(_kind_order(tuple(types.items())))


@functools.cache  # the registry's fields do not change: read once per set of classes, not per load
def _kind_order(types: tuple[tuple[Kind, type[Entity]], ...]) -> tuple[Kind, ...]:
    depends: dict[Kind, set[Kind]] = {}
    kinds = {kind for kind, _ in types}
    for kind, cls in types:
        targets = {target for target in _targets(cls, kinds) if target != kind}
        depends[kind] = targets - {"sources"} if kind == "sources" else targets | {"sources"}
    ordered: list[Kind] = []
    while len(ordered) < len(depends):
        ready = [k for k in depends if k not in ordered and depends[k] <= {*ordered}]
        if not ready:
            rest = [k for k in depends if k not in ordered]
            raise TypeError(f"the kinds {rest} link to each other in a cycle; the builder needs an order")
        ordered.append(ready[0])
    return tuple(ordered)


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


# -- the generated builder ---------------------------------------------------------------------
#
# Asking the registry about every field of every record would be most of a million-record load.
# The builder reads the registry once per class and generates a function that converts one
# record with straight-line code (kept in _kept_build.py, see povcoop._base.generated); it
# shares what is equal (codes, dates, tuples of links) so that a corpus costs its distinct
# values only. tests/test_performance_paths.py holds it equal to the naive interpreter of
# tests/reference_engine.py.

_Make = Callable[[Record, str, int, str], Any]


class _Context:
    """What the generated functions of one build share: the built tables, the spans, the texts
    and the caches of equal values."""

    def __init__(self, texts: Mapping[str, str], checked: Checked) -> None:
        self.texts = texts
        self.spans = checked.spans
        self.built: dict[str, dict[str, Any]] = {}
        self.makers: dict[tuple[type, bool], _Make] = {}
        self.codes: dict[str, dict[str, Code]] = {}
        self.dates: dict[str, PartialDate] = {}
        self.shared: dict[tuple[Any, ...], tuple[Any, ...]] = {}
        """One tuple for equal tuples of links, codes or texts, by what they are and their values
        at rest: an evidence's ``supports``, say, repeats a few field names across a corpus."""
        self.numbers: dict[int, int] = {}
        """Offsets: one int object per offset, however many quotes start there."""

    def maker(self, cls: type, skip_evidence: bool = False) -> _Make:
        found = self.makers.get((cls, skip_evidence))
        if found is None:
            found = self.makers[(cls, skip_evidence)] = _compiled(cls, skip_evidence)(self)
        return found

    def code(self, scheme: str) -> Callable[[str], Code]:
        cache = self.codes.setdefault(scheme, {})

        def make(value: str) -> Code:
            found = cache.get(value)
            if found is None:
                found = cache[value] = Code(scheme, value, NAME_IN_LIST)  # the name read when asked for
            return found

        return make

    def date(self, text: str) -> PartialDate:
        found = self.dates.get(text)
        if found is None:
            found = self.dates[text] = PartialDate.fromisoformat(text)
        return found

    def table(self, kind: str) -> dict[str, Any]:
        return self.built.setdefault(kind, {})

    def paths(self, at_rest: str) -> Callable[[str, int], str]:
        """``paths(prefix, i)`` is ``f"{prefix}{at_rest}[{i}]."``, without formatting at the top level."""
        known: list[str] = []

        def path(prefix: str, i: int) -> str:
            if prefix:
                return f"{prefix}{at_rest}[{i}]."
            while len(known) <= i:
                known.append(f"{at_rest}[{len(known)}].")
            return known[i]

        return path


_made: dict[tuple[type, bool], Callable[[_Context], _Make]] = {}
_made_lock = threading.Lock()

KEPT_MODULE: Final = "povcoop._loading._kept_build"


def _compiled(cls: type, skip_evidence: bool) -> Callable[[_Context], _Make]:
    """The generated ``bind(context) -> make(item, kind, index, prefix)`` of ``cls``."""
    key = (cls, skip_evidence)
    found = _made.get(key)
    if found is None:
        with _made_lock:
            found = _made.get(key)
            if found is None:
                found = _made[key] = kept_or_compiled(
                    KEPT_MODULE,
                    builder_name(cls, skip_evidence),
                    signature_of(cls),
                    lambda with_source: builder_code(cls, skip_evidence, with_source=with_source),
                    f"builder of {cls.__name__}",
                )
    return found


def builder_name(cls: type, skip_evidence: bool = False) -> str:
    """The name of ``cls``'s generated builder (``build_Project``)."""
    return f"build_{cls.__name__}" + ("_without_evidence" if skip_evidence else "")


_EXPRESSIONS: dict[str, tuple[tuple[str, ...], str]] = {
    # role: (lines that bind what the conversion needs, once per build; the conversion of raw)
    "value": ((), "raw"),
    "texts": ((), "tuple(raw)"),
    "date": ((), "date(raw)"),
    "text": ((), "texts.get(raw)"),
    "link": (("table_{n} = context.table({target!r})",), "table_{n}[raw]"),
    "links": (
        ("table_{n} = context.table({target!r})",),
        "tuple([table_{n}[x] for x in raw])",
    ),
    "refs": ((), "tuple([built[k][i] for k, _, i in (r.partition('/') for r in raw)])"),
    "code": (("code_{n} = context.code({scheme!r})",), "code_{n}(raw)"),
    "codes": (
        ("code_{n} = context.code({scheme!r})",),
        "tuple([code_{n}(x) for x in raw])",
    ),
    "nested": ((), "make_{n}(raw, kind, index, prefix + {dotted!r})"),
    "nested_list": (
        ("path_{n} = context.paths({at_rest!r})",),
        "tuple([make_{n}(x, kind, index, path_{n}(prefix, i)) for i, x in enumerate(raw)])",
    ),
    "evidence": (
        ("path_{n} = context.paths({at_rest!r})",),
        "tuple([make_{n}(x, kind, index, path_{n}(prefix, i)) for i, x in enumerate(raw)])",
    ),
}
"""How the generated code converts each role's value at rest. The roles that nest an object
use ``make_{n}``, the builder of its class, bound on first use (a class of which a load has no
value costs nothing)."""

_SHARED = {"texts": "'texts'", "links": "{target!r}", "codes": "{scheme!r}"}
"""Roles whose tuples are shared: equal tuples of texts, links or codes are one object (the
key of the cache: what they are, then their values at rest)."""


_OWN_TEXT = "raw if len(raw) < 64 or raw.isascii() else fresh(raw)"
"""The compiled builder's conversion of a text value: a long non-ASCII text as a new ``str``.

Validating a user's records (pydantic-core, reading each string as UTF-8) attaches to each
non-ASCII string a cached UTF-8 copy that lives as long as the string: about 0.5 KB a project
of the corpus of ``benchmarks/``, kept by the entities for nothing. The new string has none; it
costs a copy, about a fiftieth of validating the file's bytes instead of the parsed strings
(which would leave the parsed strings without the copy, but parses each file twice). Strings of
under 64 characters are kept as they are: jiter shares equal short strings, which a copy would
unshare, and their cached copies are small."""


def _fresh(text: str) -> str:
    return text[:-1] + text[-1]  # a new string of the same characters: five times faster than decoding


def _default(cls: type, field: Field, default: Any, name: str, names: dict[str, Any]) -> str:
    """The expression of ``field``'s default in generated code, binding what it needs in ``names``."""
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:  # pragma: no cover - no field of the registry's has one
            raise TypeError(f"the builder cannot make the default of {cls.__name__}.{field.name}")
        names[name] = default.factory
        return f"{name}()"
    if default is attrs.NOTHING:
        return "None"  # not reached: validation requires the field
    names[name] = default
    return name


def builder_code(cls: type, skip_evidence: bool = False, *, with_source: bool = True) -> tuple[dict[str, Any], str]:
    """The names and the source of ``cls``'s generated builder, ``bind(context) -> make(item,
    kind, index, prefix)``; without ``with_source``, the names only (for kept code).

    >>> from povcoop._domain.values import Quantity
    >>> print(builder_code(Quantity)[1].splitlines()[0])
    def build_Quantity(context):
    """
    names: dict[str, Any] = {"cls": cls, "fresh": _fresh}
    defaults = {a.name: a.default for a in attrs.fields(cls)}
    for n, field in enumerate(fields_of(cls)):
        _default(cls, field, defaults[field.name], f"default_{n}", names)
        if field.role == "evidence" or field.nested is not None:
            names[f"nested_{n}"] = Evidence if field.role == "evidence" else field.nested
        if field.span == "quote":
            names["QUOTE_AT_SPAN"] = QUOTE_AT_SPAN
    return names, _builder_source(cls, skip_evidence, defaults) if with_source else ""


def _builder_source(cls: type, skip_evidence: bool, defaults: dict[str, Any]) -> str:
    setup: list[str] = []
    lazy: list[str] = []
    body: list[str] = []
    arguments: list[str] = []
    if any(field.derived for field in fields_of(cls)):  # start and end: the span located at check time
        body.append("span = spans.get((kind, index, prefix[:-1]))")
    for n, field in enumerate(fields_of(cls)):
        value = f"v{n}"
        missing = _default(cls, field, defaults[field.name], f"default_{n}", {})
        arguments.append(f"{field.name}={value}")
        if field.derived:
            if field.span is None:  # pragma: no cover - a new kind of derived field must be taught
                raise TypeError(f"the builder does not know the derived field {cls.__name__}.{field.name}")
            at = 0 if field.span == "start" else 1
            body.append(f"{value} = {missing} if span is None else number(span[{at}], span[{at}])")
            continue
        if field.role == "evidence" and skip_evidence:
            body.append(f"{value} = {missing}")
            continue
        if field.role not in _EXPRESSIONS:  # pragma: no cover - a new role must be taught to the builder
            raise TypeError(f"the builder does not know the role {field.role!r} of {cls.__name__}.{field.name}")
        lines, expression = _EXPRESSIONS[field.role]
        if field.role == "value" and field.value_type is str:
            expression = _OWN_TEXT
        if field.span == "quote":  # located in its source's text: a slice of it
            expression = f"QUOTE_AT_SPAN if span is not None else {expression}"
        words = {"n": n, "target": field.target, "scheme": field.scheme, "at_rest": field.at_rest}
        words["dotted"] = field.at_rest + "."
        setup += [line.format(**words) for line in lines]
        if expression == "raw" and missing == "None":  # a plain value, absent as None
            body.append(f"{value} = get({field.at_rest!r})")
            continue
        body += [f"raw = get({field.at_rest!r})", "if raw is None:", f"    {value} = {missing}"]
        if field.role in _SHARED:  # one tuple for equal ones, made on the first
            body += [
                "elif raw:",
                f"    key = ({_SHARED[field.role].format(**words)}, *raw)",
                f"    {value} = shared.get(key)",
                f"    if {value} is None:",
                f"        {value} = shared[key] = {expression.format(**words)}",
                "else:",
                f"    {value} = ()",
            ]
        elif field.role in ("nested", "nested_list", "evidence"):
            lazy.append(f"make_{n}")
            body += [
                "else:",
                f"    if make_{n} is None:",
                f"        make_{n} = context.maker(nested_{n})",
                f"    {value} = {expression.format(**words)}",
            ]
        else:
            body += ["else:", f"    {value} = {expression.format(**words)}"]
    source = "\n".join(
        [
            f"def {builder_name(cls, skip_evidence)}(context):",
            "    spans = context.spans; texts = context.texts; built = context.built",
            "    date = context.date; shared = context.shared",
            "    number = context.numbers.setdefault",
            *("    " + line for line in setup),
            *(f"    {name} = None" for name in lazy),
            "    def make(item, kind, index, prefix):",
            *([f"        nonlocal {', '.join(lazy)}"] if lazy else []),
            "        get = item.get",
            *("        " + line for line in body),
            f"        return cls({', '.join(arguments)})",
            "    return make",
        ]
    )
    return source + "\n"


def build(
    records: Mapping[Kind, list[Record]],
    texts: Mapping[str, str],
    checked: Checked,
    types: Mapping[Kind, type[Entity]],
    base: Mapping[Kind, Mapping[str, Entity]] | None = None,
    *,
    consume: bool = False,
) -> dict[Kind, tuple[Entity, ...]]:
    """The entities of each kind, linked, in the order of their files.

    ``base`` holds entities (by kind and id) the records may link to; the result holds the
    records' own entities only. With ``consume``, each record is dropped from ``records`` once
    built (a load's records are not used again): the memory of a million parsed records is
    reused for the entities instead of being held beside them to the end.
    """
    context = _Context(texts, checked)
    for kind, known in (base or {}).items():
        context.built[kind] = dict(known)
    result: dict[Kind, tuple[Entity, ...]] = {}
    with gc_paused():
        for kind in kind_order(types):
            cls = types[kind]
            table = context.table(kind)
            kind_records = records.get(kind, [])
            deferred = issubclass(cls, Source)
            make = context.maker(cls, deferred)
            in_order: list[Any] = [None] * len(kind_records)
            drop = consume and not deferred  # a source's evidence is built from its record after
            for index in checked.order[kind]:
                record = kind_records[index]
                in_order[index] = table[record["id"]] = make(record, kind, index, "")
                if drop:
                    kind_records[index] = None  # type: ignore[call-overload]
            if deferred:
                make_evidence = context.maker(Evidence)
                paths = context.paths("evidence")
                for index, record in enumerate(kind_records):
                    items = record.get("evidence") or ()
                    evidence = tuple(make_evidence(x, kind, index, paths("", i)) for i, x in enumerate(items))
                    # The one mutation of a frozen entity, before anyone can see it (see the module's note).
                    object.__setattr__(in_order[index], "evidence", evidence)
            result[kind] = tuple(in_order)
        return {kind: result[kind] for kind in types}
