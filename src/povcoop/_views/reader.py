"""The row reader: the values at each path of a table's column specifications, each path read once
and each value made of distinct objects made once (:class:`_Reader`), the rows' attributes and
the keys the columns need read first by one generated loop (:func:`_generated_reader`).

>>> import povcoop
>>> from povcoop._views.specs import _specs_of
>>> list(_columns(_specs_of(povcoop.Region), list(povcoop.load().regions))["id"][:2])
['asia', 'africa']
"""

from __future__ import annotations

import contextlib
import keyword
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import count
from typing import Any, Final

import attrs

from povcoop._base.generated import kept_or_compiled
from povcoop._views.specs import Path, Values, _identities, _identity, _optional, _PerDistinct, _same, _Spec


def _columns(specs: Sequence[_Spec], items: Sequence[Any], *, grouped: bool = False) -> dict[str, Sequence[Any]]:
    """The values of each column of ``specs`` for the rows ``items``; with ``grouped``, a
    column read once per distinct key (:class:`_PerDistinct`) is left :class:`_Grouped`.

    Called with the garbage collector paused: the columns are kept, and the reader's
    intermediate values (keys, tuples of identities) are freed when this returns, before the
    collector runs again, so that it never walks them.
    """
    read = _Reader(items)
    plan = _plan(specs)
    if _recorded:
        _recorded[-1].append(plan)
    read.read_first(plan)
    data: dict[str, Sequence[Any]] = {}
    for spec in specs:
        step = spec.path[-1] if spec.path else None
        if grouped and spec.convert is _same and isinstance(step, _PerDistinct):
            data[spec.column.name] = read.grouped(spec.path)
        else:
            data[spec.column.name] = spec.convert(read(spec.path))
    return data


_recorded: list[list[_Plan]] = []
"""While :func:`recording_plans` runs: the plans the tables read (to keep their readers)."""


@contextlib.contextmanager
def recording_plans() -> Iterator[list[_Plan]]:
    """The plans of the tables made in the ``with`` block, in order (``tools/regenerate_engine.py``
    keeps the readers of the shipped catalog's tables)."""
    _recorded.append([])
    try:
        yield _recorded[-1]
    finally:
        _recorded.pop()


Groups = tuple[list[int], list[int]]
"""Rows grouped by a key: each row's group, and the position of a row of each group."""


@attrs.frozen
class _Grouped(Sequence[Any]):
    """A column of a value per group of rows: ``values[groups[row]]`` at each row."""

    groups: list[int]
    values: Values

    def __len__(self) -> int:
        return len(self.groups)

    def __getitem__(self, row: Any) -> Any:
        if isinstance(row, slice):
            return [self.values[group] for group in self.groups[row]]
        return self.values[self.groups[row]]


class _Reader:
    """The values at each path from a table's rows, each path read once."""

    def __init__(self, items: Sequence[Any]) -> None:
        self._items = items if isinstance(items, list) else list(items)
        self._values: dict[Path, Values] = {(): self._items}
        self._groups: dict[tuple[Path, tuple[Path, ...]], Groups] = {}

    def read_first(self, plan: _Plan) -> None:
        """Read the rows' attributes and groups of ``plan`` in one loop, generated for it."""
        columns, groups = _generated_reader(plan)(self._items)
        kept = [name for name in plan.attributes if name not in plan.keyed_only]
        self._values.update(((name,), column) for name, column in zip(kept, columns, strict=True))
        self._groups.update(zip(plan.group_paths, groups, strict=True))

    def __call__(self, path: Path) -> Values:
        found = self._values.get(path)
        if found is None:
            step = path[-1]
            if isinstance(step, _PerDistinct):
                column = self.grouped(path)
                found = list(map(column.values.__getitem__, column.groups))
            elif callable(step):
                found = step(self(path[:-1]))
            elif len(path) == 1:  # a row itself is never None
                found = list(map(operator.attrgetter(step), self._items))
            else:
                found = _optional(operator.attrgetter(step))(self(path[:-1]))
            self._values[path] = found
        return found

    def grouped(self, path: Path) -> _Grouped:
        """The values at ``path``, which ends in a :class:`_PerDistinct` step, per group of rows."""
        step = path[-1]
        assert isinstance(step, _PerDistinct)
        owners = path[:-1]
        groups, firsts = self._distinct(owners, step.keys)
        if owners not in self._values and len(owners) == 1 and isinstance(owners[0], str):
            # An attribute only the keys needed: read it of a row of each group only.
            representatives = list(map(operator.attrgetter(owners[0]), map(self._items.__getitem__, firsts)))
        else:
            representatives = list(map(self(owners).__getitem__, firsts))
        return _Grouped(groups, step.read(representatives))

    def _distinct(self, owners: Path, keys: tuple[Path, ...]) -> Groups:
        """The owners at ``owners`` grouped by their keys (the values at ``keys`` from them)."""
        found = self._groups.get((owners, keys))
        if found is None:
            parts = [self((*owners, *key)) for key in keys]
            first_of_key: dict[Any, int] = {}
            keyed = parts[0] if len(parts) == 1 else zip(*parts, strict=True)
            first_of_row = list(map(first_of_key.setdefault, keyed, count()))
            firsts = list(first_of_key.values())
            group_of_first = dict(zip(firsts, count()))
            found = self._groups[owners, keys] = list(map(group_of_first.__getitem__, first_of_row)), firsts
        return found


# -- the generated reader --------------------------------------------------------------------------
#
# Read column by column, a table of 100,000 rows costs a pass over the rows per attribute and
# per key: reading an attribute of 100,000 objects scattered in memory costs more than using
# it. The generated reader reads every attribute a table needs, and the keys that group its
# rows, in one loop with straight-line code, for tables of every size (compiled once per set of
# columns, by povcoop._base.generated). tests/test_tables.py holds its tables equal to those
# read column by column.

_KEY_CODE: Final[dict[Any, str]] = {
    _identity: "id({v})",
    _identities: "() if not {v} else id({v}[0]) if len({v}) == 1 else tuple(map(id, {v}))",
}
"""The keys the generated reader computes, as code reading the value ``{v}`` (as the functions do)."""


@attrs.frozen
class _Plan:
    """What the generated reader reads: the rows' ``attributes`` (each kept as a column, or read
    for keys only), and the rows grouped by keys (each a tuple of (attribute, key function)
    pairs) for the reader's ``group_paths``."""

    attributes: tuple[str, ...]
    keyed_only: frozenset[str]
    groups: tuple[tuple[tuple[str, Any], ...], ...]
    group_paths: tuple[tuple[Path, tuple[Path, ...]], ...]


def _plan(specs: Iterable[_Spec]) -> _Plan:
    """The plan of the generated reader for ``specs``: the attributes their paths start with,
    and the groups of the :class:`_PerDistinct` steps whose keys are those of attributes."""
    kept: dict[str, None] = {}
    keyed: dict[str, None] = {}
    groups: dict[tuple[Path, tuple[Path, ...]], tuple[tuple[str, Any], ...]] = {}
    for spec in specs:
        path = spec.path
        grouped_by_attribute = False
        for position in (0, 1):
            step = path[position] if len(path) > position else None
            if not isinstance(step, _PerDistinct):
                continue
            # Keys of attributes: (key,) from the attribute the step follows, or (attribute, key) from the row.
            pairs = [_attribute_key((*path[:position], *key)) for key in step.keys]
            known = [pair for pair in pairs if pair is not None]
            if len(known) == len(pairs):
                groups[path[:position], step.keys] = tuple(known)
                keyed.update((name, None) for name, _ in known)
                grouped_by_attribute = position == 1
        if path and isinstance(path[0], str) and not (grouped_by_attribute and len(path) == 2):
            kept[path[0]] = None
    attributes = tuple({**kept, **keyed})
    return _Plan(attributes, frozenset(keyed) - set(kept), tuple(groups.values()), tuple(groups))


def _attribute_key(path: Path) -> tuple[str, Any] | None:
    """``(attribute, key function)`` when ``path`` is an attribute's key the generated reader knows."""
    if len(path) == 2 and isinstance(path[0], str) and path[1] in _KEY_CODE:
        return path[0], path[1]
    return None


_generated_readers: dict[tuple[Any, ...], Callable[[Sequence[Any]], tuple[list[Values], list[Groups]]]] = {}
"""By what the code depends on: the attributes and the keys of the groups, not the steps'
functions (a table made anew, a link table, has new ones each time)."""


KEPT_MODULE: Final = "povcoop._views._kept_readers"


def reader_key(plan: _Plan) -> str:
    """What the generated reader of ``plan`` depends on, as text: its attributes, those read for
    keys only, and its groups' (attribute, key) pairs."""
    groups = [[(name, key.__name__) for name, key in group] for group in plan.groups]
    return repr((plan.attributes, sorted(plan.keyed_only), groups))


def reader_name(plan: _Plan) -> str:
    """The generated reader's name: ``read_`` and a checksum of :func:`reader_key` (two plans
    of one checksum would differ in their signatures: the second would be compiled)."""
    import zlib  # loaded already by importlib.resources; hashlib would cost the first table 1 ms

    return f"read_{zlib.crc32(reader_key(plan).encode()):08x}"


def _generated_reader(plan: _Plan) -> Callable[[Sequence[Any]], tuple[list[Values], list[Groups]]]:
    """A function that reads ``plan`` from a sequence of rows in one loop: each kept
    attribute's values (as ``getattr``), and each group's :data:`Groups` (as :meth:`_Reader._distinct`).
    The readers of the shipped catalog's tables are kept (``_kept_readers.py``); others are
    compiled on first use."""
    code_of = (plan.attributes, plan.keyed_only, plan.groups)
    found = _generated_readers.get(code_of)
    if found is None:
        name = reader_name(plan)
        found = kept_or_compiled(
            KEPT_MODULE,
            name,
            reader_key(plan),
            lambda with_source: ({}, reader_source(plan, name) if with_source else ""),
            "table reader",
        )
        found = _generated_readers.setdefault(code_of, found)
    return found


def reader_source(plan: _Plan, called: str = "read") -> str:
    """The source of the generated reader of ``plan``, a function named ``called``."""
    for name in plan.attributes:
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f"not an attribute name: {name!r}")
    number = {name: n for n, name in enumerate(plan.attributes)}
    kept = [name for name in plan.attributes if name not in plan.keyed_only]
    pairs = dict.fromkeys(pair for group in plan.groups for pair in group)
    keyed = {name for name, _ in pairs}
    keys = {pair: f"k{n}" for n, pair in enumerate(pairs)}
    lines = [f"def {called}(items):", "    rows = len(items)"]
    for name in kept:
        lines += [f"    c{number[name]} = []", f"    add{number[name]} = c{number[name]}.append"]
    for g in range(len(plan.groups)):
        lines += [
            f"    m{g} = {{}}",
            f"    get{g} = m{g}.get",
            f"    e{g} = None",
            f"    f{g} = []",
            f"    g{g} = [0] * rows",
        ]
    lines.append("    for position, item in enumerate(items):")
    for name, n in number.items():
        if name not in keyed:
            lines.append(f"        add{n}(item.{name})")
            continue
        lines.append(f"        v{n} = item.{name}")
        if name in kept:
            lines.append(f"        add{n}(v{n})")
    for (name, key), variable in keys.items():
        lines.append(f"        {variable} = {_KEY_CODE[key].format(v=f'v{number[name]}')}")
    for g, group in enumerate(plan.groups):
        key = keys[group[0]] if len(group) == 1 else f"({', '.join(keys[pair] for pair in group)},)"
        find = [
            f"group = get{g}({key})",
            "if group is None:",
            f"    group = m{g}[{key}] = len(f{g})",
            f"    f{g}.append(position)",
            f"g{g}[position] = group",
        ]
        if len(group) == 1:
            # Many rows may link nothing (None, or no items): their group is found without a key.
            name, function = group[0]
            present = f"v{number[name]} is not None" if function is _identity else f"v{number[name]}"
            lines.append(f"        if {present}:")
            lines += [f"            {line}" for line in find]
            lines += [
                "        else:",
                f"            if e{g} is None:",
                f"                e{g} = len(f{g})",
                f"                f{g}.append(position)",
                f"            g{g}[position] = e{g}",
            ]
        else:
            lines += [f"        {line}" for line in find]
    columns = ", ".join(f"c{number[name]}" for name in kept)
    groups = ", ".join(f"(g{g}, f{g})" for g in range(len(plan.groups)))
    lines.append(f"    return [{columns}], [{groups}]")
    return "\n".join(lines) + "\n"
