"""Checks of meaning, beyond shape: codes that contradict each other, ranges that end before
they start, and characters that have no place in text.

Every string of every record is scanned for control and invisible characters (line breaks only
in the fields the registry declares long text); the ranges are the pairs of fields that make
one (the registry's ``after``), wherever they occur (a project's, a membership's).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

import attrs

from povcoop._base.errors import ProblemLog, clip
from povcoop._base.layout import Kind
from povcoop._codes.lists import code_list, parent_of
from povcoop._domain.entities import ENTITY_TYPES, Country, Entity, Region
from povcoop._domain.fields import fields_of
from povcoop._domain.values import Evidence
from povcoop._loading.checks import record_problem
from povcoop._loading.read import ChangedNumber


@attrs.frozen
class _Facts:
    """What the checks of meaning read of the registry, for the classes of a load: the ranges
    (the fields whose ``after`` names another) and the names of long text (``AtRest.lines``)."""

    ranges: tuple[tuple[str, str, str], ...]
    long_text: frozenset[str]


def _classes(types: Iterable[type]) -> list[type]:
    """The classes and every value class nested in them, each once."""
    found: list[type] = []
    waiting = list(types)
    while waiting:
        cls = waiting.pop(0)
        if cls in found:
            continue
        found.append(cls)
        waiting.extend(field.nested or Evidence for field in fields_of(cls) if field.nested or field.role == "evidence")
    return found


@functools.cache
def _facts_of(types: tuple[type, ...]) -> _Facts:
    ranges: dict[tuple[str, str], str] = {}
    long_text: set[str] = set()
    for cls in _classes(types):
        for field in fields_of(cls):
            if field.range_of is not None:
                first, what = field.range_of
                ranges.setdefault((first, field.at_rest), what)
            if field.long_text:
                long_text.add(field.at_rest)
    return _Facts(tuple((first, second, what) for (first, second), what in ranges.items()), frozenset(long_text))


def _shipped() -> _Facts:
    return _facts_of(tuple(ENTITY_TYPES.values()))


def ranges() -> tuple[tuple[str, str, str], ...]:
    """Pairs of fields of one record or object whose second may not come before the first, and
    what a reversed pair means: the registry's ``after`` of every shipped class.

    >>> ("start", "end", "ends before it starts") in ranges()
    True
    """
    return _shipped().ranges


_NON_CHARACTERS: Final = "\ud800-\udfff\ufdd0-\ufdef" + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(17)
)
"""Code points that are no characters: lone surrogates (JSON's ``"\\ud800"``), U+FDD0-FDEF and the
last two of every plane (U+FFFE, U+FFFF...). XML 1.0 cannot hold the surrogates, U+FFFE or
U+FFFF (the IATI export would fail), nor Excel (the xlsx export); none of them is text."""

_FORBIDDEN: Final = re.compile(
    f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff{_NON_CHARACTERS}]"
)
"""C0 and C1 controls (but tab and line feed), the marks and overrides that reorder or hide
text (U+200E/F, U+202A-E, U+2066-9) or start it (U+FEFF), and the non-characters."""

_IS_NON_CHARACTER: Final = re.compile(f"[{_NON_CHARACTERS}]")

INT64: Final = range(-(2**63), 2**63)
"""The integers every table format holds (Arrow and Parquet ``int64``, pandas, Excel's exact
range aside): a number outside it is refused at load, where it is, not lost at export."""

_SHORT_TEXT_BREAKS: Final = re.compile("[\t\n]")


def _strings(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}" if path else str(key))


def _long_text(path: str, facts: _Facts) -> bool:
    """Fields that may span lines: descriptions, notes, quotes, caveats, conditions."""
    last = path.rsplit(".", 1)[-1].split("[", 1)[0]
    return last in facts.long_text


def _character_problems(record: dict[str, Any], facts: _Facts | None = None) -> Iterator[tuple[str, str, str]]:
    facts = facts or _shipped()
    for path, text in _strings(record, ""):
        found = _FORBIDDEN.search(text)
        if found is None and not _long_text(path, facts):
            found = _SHORT_TEXT_BREAKS.search(text)
        if found is None:
            continue
        point = f"U+{ord(found.group()):04X}"
        if _IS_NON_CHARACTER.match(found.group()):
            message = f"holds {point} at {found.start()}, a non-character (no text; XML and Excel cannot hold it)"
            yield path, "non-character", message
        else:
            yield path, "control-character", f"holds the invisible or control character {point} at {found.start()}"


def _numbers(value: Any, path: str) -> Iterator[tuple[str, int | float]]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        yield path, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _numbers(item, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _numbers(item, f"{path}.{key}" if path else str(key))


def _number_problems(record: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    for path, number in _numbers(record, ""):
        if isinstance(number, ChangedNumber):
            what = "overflows to infinity" if math.isinf(number) else "underflows to zero"
            yield path, "number-changed", f"{clip(number.text, 40)} {what}: no number of 64 bits holds it"
        elif isinstance(number, int) and number not in INT64:
            message = f"{clip(str(number), 40)} is outside the 64-bit integers (-2**63 to 2**63 - 1) tables hold"
            yield path, "out-of-range", message


def _dates_key(value: Any) -> tuple[int, ...] | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return (value,)
    if isinstance(value, str):
        return tuple(int(part) for part in value.split("-"))
    return None


def _before(first: Any, second: Any) -> bool:
    """Whether ``second`` is surely before ``first`` (``2021`` is not before ``2021-03``)."""
    a, b = _dates_key(first), _dates_key(second)
    if a is None or b is None:
        return False
    common = min(len(a), len(b))
    return b[:common] < a[:common]


def _range_problems(item: dict[str, Any], prefix: str, facts: _Facts | None = None) -> Iterator[tuple[str, str]]:
    facts = facts or _shipped()
    for first, second, what in facts.ranges:
        if item.get(first) is not None and item.get(second) is not None and _before(item[first], item[second]):
            yield f"{prefix}{second}", f"{what}: {item[first]} to {item[second]}"
    for key, value in item.items():
        items = value if isinstance(value, list) else [value]
        for index, nested in enumerate(items):
            if isinstance(nested, dict):
                where = f"{prefix}{key}[{index}]." if isinstance(value, list) else f"{prefix}{key}."
                yield from _range_problems(nested, where, facts)


def _country_problems(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """A DAC recipient code whose official name is another country's ISO name."""
    code = record.get("dac_recipient")
    if not isinstance(code, str):
        return
    recipient = code_list("oecd-dac-recipient").get(code)
    names = code_list("iso3166-1-alpha-3")
    own = names.get(record.get("id") or "")
    if recipient is None or own is None or recipient == own:
        return
    other = next((alpha_3 for alpha_3, name in names.items() if name == recipient), None)
    if other is not None and other != record.get("id"):
        yield "dac_recipient", f"{code} is the DAC recipient code of {recipient} ({other}), not of {own}"


def _m49_ancestors(code: str) -> list[str]:
    """The M49 regions ``code`` lies under, nearest first (the list's parents; a cycle-safe walk)."""
    found: list[str] = []
    parent = parent_of("un-m49", code)
    while parent is not None and parent[1] not in found:
        found.append(parent[1])
        parent = parent_of("un-m49", parent[1])
    return found


def _m49_country_problems(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """A country's M49 sub-region under its M49 region, and both where the M49 list puts its
    numeric code (when the list holds the country)."""
    region, subregion, numeric = (record.get(name) for name in ("m49_region", "m49_subregion", "numeric"))
    if isinstance(region, str) and isinstance(subregion, str) and region not in _m49_ancestors(subregion):
        yield "m49_subregion", f"the M49 sub-region {subregion} is not in the M49 region {region}"
    if isinstance(numeric, str) and parent_of("un-m49", numeric) is not None:
        above = _m49_ancestors(numeric)
        for name, code in (("m49_subregion", subregion), ("m49_region", region)):
            if isinstance(code, str) and code not in above:
                yield name, f"M49 puts {numeric} under {', '.join(above)}, not under {code}"


def _m49_region_problems(record: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """A region's M49 sub-regions lie under its own M49 code."""
    code, subregions = record.get("m49"), record.get("m49_subregions")
    if not isinstance(code, str) or not isinstance(subregions, list):
        return
    for index, subregion in enumerate(subregions):
        if isinstance(subregion, str) and code not in _m49_ancestors(subregion):
            yield f"m49_subregions[{index}]", f"the M49 sub-region {subregion} is not in the region's M49 {code}"


def _m49_problems(record: dict[str, Any], is_country: bool, is_region: bool) -> Iterator[tuple[str, str]]:
    if is_country:
        yield from _m49_country_problems(record)
    if is_region:
        yield from _m49_region_problems(record)


def _lossy(kind: type, value: Any) -> bool:
    """Whether a number changed when read, or no table can hold it."""
    return kind is ChangedNumber or (kind is int and value not in INT64)


def _gather(item: dict[str, Any], short: list[str], long: list[str], facts: _Facts) -> bool:
    """Collect ``item``'s strings into ``short`` and ``long`` (fields that may span lines);
    ``False`` when a range may be reversed or the shape is unusual (the exact pass decides)."""
    for key, value in item.items():
        kind = type(value)
        if kind is str:
            (long if key in facts.long_text else short).append(value)
        elif _lossy(kind, value):
            return False
        elif kind is list:
            into = long if key in facts.long_text else short
            for element in value:
                element_kind = type(element)
                if element_kind is str:
                    into.append(element)
                elif element_kind is dict:
                    if not _gather(element, short, long, facts):
                        return False
                elif element_kind is list or _lossy(element_kind, element):
                    return False
        elif kind is dict and not _gather(value, short, long, facts):
            return False
    return _in_order(item, facts)


def _in_order(item: dict[str, Any], facts: _Facts) -> bool:
    for first, second, _ in facts.ranges:
        if first in item and second in item:
            start, end = item[first], item[second]
            if start is not None and end is not None and _before(start, end):
                return False
    return True


def _surely_clean(record: dict[str, Any], facts: _Facts | None = None) -> bool:
    """Whether the exact pass would find no character or range problem in ``record``: one walk
    without field paths, then one scan of the record's strings joined (a space, which neither
    regex matches, between them). ``False`` only means the exact pass must look.

    Every character :data:`_FORBIDDEN` or :data:`_SHORT_TEXT_BREAKS` matches is unprintable, so
    printable text (most of it, checked at C speed) needs no regex. A string counts as long
    text only when its own key says so, which the exact pass also does (never more leniently).
    """
    short: list[str] = []
    long: list[str] = []
    if not _gather(record, short, long, facts or _shipped()):
        return False
    text = " ".join(short)
    if not text.isprintable() and (_FORBIDDEN.search(text) or _SHORT_TEXT_BREAKS.search(text)):
        return False
    text = " ".join(long)
    return text.isprintable() or _FORBIDDEN.search(text) is None


def meaning_problems(
    records: Mapping[Kind, list[Any]], invalid: frozenset[tuple[Kind, int]], types: Mapping[Kind, type[Entity]]
) -> ProblemLog:
    """Every problem of meaning in the valid records."""
    problems = ProblemLog()
    facts = _facts_of(tuple(types.values()))
    for kind, cls in types.items():
        is_country = issubclass(cls, Country)
        is_region = issubclass(cls, Region)
        for index, record in enumerate(records.get(kind, ())):
            if not isinstance(record, dict):
                continue
            if (kind, index) in invalid:
                # a record with a shape problem: its characters and numbers too, which any
                # shape can be walked for (ranges and codes need the shape)
                found = [*_character_problems(record, facts), *_number_problems(record)]
                problems.extend(record_problem(kind, index, record, *problem) for problem in found)
                continue
            if not is_country and not is_region and _surely_clean(record, facts):
                continue
            found = [
                *_character_problems(record, facts),
                *_number_problems(record),
                *((field, "range-reversed", message) for field, message in _range_problems(record, "", facts)),
                *(
                    (field, "code-mismatch", message)
                    for field, message in (_country_problems(record) if is_country else ())
                ),
                *((field, "code-mismatch", message) for field, message in _m49_problems(record, is_country, is_region)),
            ]
            problems.extend(record_problem(kind, index, record, *problem) for problem in found)
    return problems
