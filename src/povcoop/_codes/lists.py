"""The standard code systems the data link to, read from the code lists shipped in ``data/codes``.

Each list is one JSON file per scheme (``oecd-dac-crs-purpose.json``...), a subset or copy of an
official list with its attribution inside (see ``data/codes/README.md``). Lists are read on first
use and kept: they are small and never change while the process runs.
"""

from __future__ import annotations

import functools
import json
import re
import threading
import unicodedata
from collections.abc import Mapping
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Final

SCHEMES: Final = (
    "iso3166-1-alpha-2",
    "iso3166-1-alpha-3",
    "iso3166-1-numeric",
    "un-m49",
    "oecd-dac-crs-purpose",
    "oecd-dac-crs-category",
    "oecd-dac-region",
    "oecd-dac-recipient",
    "un-sdg-goal",
    "un-sdg-target",
    "iati-aid-type",
    "iati-activity-status",
    # The lists of the IATI reader (povcoop.read_iati).
    "iati-organisation-type",
    "iati-activity-date-type",
    "iati-organisation-role",
    "iati-flow-type",
    "iati-finance-type",
    "iati-tied-status",
    "iati-currency",
    "iati-region-vocabulary",
    "iati-sector-vocabulary",
    "iati-aid-type-vocabulary",
    "iati-related-activity-type",
    "iati-description-type",
    "iati-budget-type",
    "iati-transaction-type",
    "iati-document-category",
)
"""The code schemes povcoop ships and checks codes against."""

FAMILIES: Final[Mapping[str, tuple[str, ...]]] = {
    "oecd-dac-crs-purpose": ("oecd-dac-crs-purpose", "oecd-dac-crs-category"),
    "oecd-dac-crs-category": ("oecd-dac-crs-category", "oecd-dac-crs-purpose"),
    "un-sdg-target": ("un-sdg-target", "un-sdg-goal"),
    "un-sdg-goal": ("un-sdg-goal", "un-sdg-target"),
}
"""The lists whose codes form one hierarchy with a list's (a category and its purpose codes);
every other list is a hierarchy of its own (UN M49 holds regions, countries and areas)."""

_lock = threading.Lock()
_cache: dict[str, Mapping[str, str]] = {}
_parents: dict[str, Mapping[str, str]] = {}
_children: dict[str, Mapping[str, tuple[str, ...]]] = {}


@functools.cache
def _folder() -> Traversable:
    return files("povcoop").joinpath("data", "codes")


def code_list(scheme: str) -> Mapping[str, str]:
    """The codes of ``scheme`` with their English names; a KeyError for an unknown scheme.

    >>> code_list("un-sdg-target")["1.1"][:25]
    'By 2030, eradicate extrem'
    """
    found = _cache.get(scheme)
    if found is not None:
        return found
    if scheme not in SCHEMES:
        raise KeyError(f"unknown code scheme {scheme!r}; known: {', '.join(SCHEMES)}")
    resource = _folder().joinpath(f"{scheme}.json")
    document = json.loads(resource.read_bytes())
    with _lock:
        _parents.setdefault(scheme, document.get("parents", {}))
        return _cache.setdefault(scheme, document["codes"])


def code_name(scheme: str, code: str) -> str | None:
    """The official name of ``code`` in ``scheme``, or ``None`` when the list has no such code."""
    return code_list(scheme).get(code)


def parent_of(scheme: str, code: str) -> tuple[str, str] | None:
    """The scheme and code of the code that ``code`` of ``scheme`` lies under, or ``None``.

    A DAC CRS purpose code lies under its three-digit category, an SDG target under its goal,
    an M49 region, country or area under the region its list names.

    >>> parent_of("oecd-dac-crs-purpose", "31120"), parent_of("un-sdg-target", "1.1"), parent_of("un-m49", "035")
    (('oecd-dac-crs-category', '311'), ('un-sdg-goal', '1'), ('un-m49', '142'))
    """
    if scheme == "oecd-dac-crs-purpose":
        return ("oecd-dac-crs-category", code[:3]) if code[:3] in code_list("oecd-dac-crs-category") else None
    if scheme == "un-sdg-target":
        goal = code.partition(".")[0]
        return ("un-sdg-goal", goal) if goal in code_list("un-sdg-goal") else None
    if scheme == "un-m49":
        code_list(scheme)
        parent = _parents[scheme].get(code)
        return None if parent is None else (scheme, parent)
    return None


def children_of(scheme: str, code: str) -> list[tuple[str, str]]:
    """The scheme and code of every code directly under ``code`` of ``scheme``, in list order.

    >>> children_of("un-sdg-goal", "1")[:2]
    [('un-sdg-target', '1.1'), ('un-sdg-target', '1.2')]
    """
    if scheme == "oecd-dac-crs-category":
        return [("oecd-dac-crs-purpose", c) for c in code_list("oecd-dac-crs-purpose") if c[:3] == code]
    if scheme == "un-sdg-goal":
        return [("un-sdg-target", c) for c in code_list("un-sdg-target") if c.partition(".")[0] == code]
    if scheme == "un-m49":
        return [(scheme, child) for child in _children_map(scheme).get(code, ())]
    return []


def _children_map(scheme: str) -> Mapping[str, tuple[str, ...]]:
    """Each code of a list with ``parents`` and the codes directly under it, in list order."""
    found = _children.get(scheme)
    if found is None:
        codes = code_list(scheme)
        grouped: dict[str, list[str]] = {}
        for child in codes:
            parent = _parents[scheme].get(child)
            if parent is not None:
                grouped.setdefault(parent, []).append(child)
        with _lock:
            found = _children.setdefault(scheme, {parent: tuple(kids) for parent, kids in grouped.items()})
    return found


def family(scheme: str) -> tuple[str, ...]:
    """``scheme`` and the lists whose codes lie above or below its codes (see :data:`FAMILIES`).

    >>> family("un-sdg-target"), family("un-m49")
    (('un-sdg-target', 'un-sdg-goal'), ('un-m49',))
    """
    return FAMILIES.get(scheme, (scheme,))


def ancestors_of(scheme: str, code: str) -> list[tuple[str, str]]:
    """The scheme and code of every code above ``code``, its parent first.

    >>> ancestors_of("un-m49", "418")
    [('un-m49', '035'), ('un-m49', '142'), ('un-m49', '001')]
    """
    found: list[tuple[str, str]] = []
    step = parent_of(scheme, code)
    while step is not None and step not in found:
        found.append(step)
        step = parent_of(*step)
    return found


def descendants_of(scheme: str, code: str) -> list[tuple[str, str]]:
    """Every code under ``code``, children first, then theirs (breadth first).

    >>> [c for _, c in descendants_of("un-m49", "054")]
    ['090', '242', '540', '548', '598']
    """
    found: list[tuple[str, str]] = []
    queue = children_of(scheme, code)
    position = 0
    while position < len(queue):
        item = queue[position]
        position += 1
        found.append(item)
        queue.extend(children_of(*item))
    return found


_PREFIX_WORDS: Final = frozenset(
    {"un", "sdg", "sdgs", "goal", "target", "oecd", "dac", "crs", "purpose", "sector", "category", "m49"}
    | {"iati", "aid", "type", "iso", "iso3166", "3166", "1", "alpha", "2", "3", "numeric", "code", "no"}
)
"""Words written before a code (``"SDG 2.3"``, ``"DAC CRS 311"``, ``"M49 035"``), dropped when
what they precede is a code."""
_SPLIT: Final = re.compile(r"[\s:#,]+")
_NON_WORD: Final = re.compile(r"[\W_]+")
_GLUED: Final = re.compile(r"([A-Za-z]+)(?=\d)")
_PADDED: Final = frozenset({"un-m49", "iso3166-1-numeric"})
"""Lists of three-digit codes, where ``35`` means ``035``."""


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return _NON_WORD.sub(" ", "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()).strip()


def _names_index(scheme: str) -> Mapping[str, tuple[str, ...]]:
    """Each folded name of ``scheme``'s codes and the codes that bear it."""
    found = _by_name.get(scheme)
    if found is None:
        grouped: dict[str, list[str]] = {}
        for code, name in code_list(scheme).items():
            grouped.setdefault(_folded(name), []).append(code)
        with _lock:
            found = _by_name.setdefault(scheme, {name: tuple(codes) for name, codes in grouped.items()})
    return found


_by_name: dict[str, Mapping[str, tuple[str, ...]]] = {}


def _as_code(text: str, scheme: str) -> str | None:
    codes = code_list(scheme)
    candidates = [text, text.upper(), text.lower()]
    if scheme in _PADDED and text.isdigit() and len(text) < 3:
        candidates.append(text.zfill(3))
    return next((c for c in candidates if c in codes), None)


def match_code(value: str | int, scheme: str) -> list[tuple[str, str]]:
    """The codes of ``scheme``'s hierarchy (see :func:`family`) that ``value`` names: a code at
    any level, in any case (``"d02"``), with or without a written prefix (``"SDG 2.3"``,
    ``"DAC 311"``), as ``str(code)`` (``"oecd-dac-crs-purpose:31120"``), an int (``31120``; an
    M49 ``35`` is ``035``), or a code's official name (``"South-eastern Asia"``).

    Raises:
        TypeError: ``value`` is neither text nor an int.
        ValueError: ``value`` names no code of the lists, or is ``str(code)`` of another list
            (the message names the lists and the nearest codes and names).

    >>> match_code("SDG 2.3", "un-sdg-target"), match_code("311", "oecd-dac-crs-purpose")
    ([('un-sdg-target', '2.3')], [('oecd-dac-crs-category', '311')])
    >>> match_code("south-eastern asia", "un-m49"), match_code(35, "un-m49")
    ([('un-m49', '035')], [('un-m49', '035')])
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"a code is text or an int, not {type(value).__name__}")
    lists = family(scheme)
    text = str(value).strip()
    qualified, colon, rest = text.partition(":")
    if colon and qualified.strip().lower() in SCHEMES:
        named = qualified.strip().lower()
        if named not in lists:
            raise ValueError(f"{text!r} is a code of {named}, not of {' or '.join(lists)}")
        found = _as_code(rest.strip(), named)
        if found is not None:
            return [(named, found)]
        lists, text = (named,), rest.strip()
    for name in lists:
        found = _as_code(text, name)
        if found is not None:
            return [(name, found)]
    folded = _folded(text)
    named_codes = [(name, code) for name in lists for code in _names_index(name).get(folded, ())]
    if named_codes:
        return named_codes
    glued = _GLUED.match(text)  # "SDG2.3"
    if glued and glued.group(1).lower() in _PREFIX_WORDS:
        text = f"{glued.group(1)} {text[glued.end(1) :]}"
    words = [w for w in _SPLIT.split(text) if w]
    while len(words) > 1 and words[0].lower() in _PREFIX_WORDS:
        words.pop(0)
        rest = " ".join(words)
        for name in lists:
            found = _as_code(rest, name)
            if found is not None:
                return [(name, found)]
    raise ValueError(f"{text[:60]!r} names no code of {' or '.join(lists)}{nearest(text, lists)}")


def nearest(text: str, lists: tuple[str, ...], limit: int = 5) -> str:
    """``"; nearest: '311' Agriculture, ..."``: the codes of ``lists`` whose code begins like
    ``text`` or whose name is spelled closest; or nothing."""
    import difflib  # only for error messages

    folded = _folded(text)
    names = {_folded(title): (code, title) for name in lists for code, title in code_list(name).items()}
    found = [names[n] for n in difflib.get_close_matches(folded, list(names), n=limit, cutoff=0.5)]
    if not found and folded:  # a word of a name spelled close to the text ("agricultur")
        words = {w: n for n in names for w in n.split()}
        close = difflib.get_close_matches(folded, list(words), n=limit, cutoff=0.6)
        found = [names[words[w]] for w in close]
    start = text.strip().upper()
    while start and not found:
        found = [(c, t) for name in lists for c, t in code_list(name).items() if c.upper().startswith(start)][:limit]
        start = start[:-1]
    if not found:  # nothing alike: show what the list's codes look like
        found = [(c, t) for name in lists for c, t in list(code_list(name).items())[:2]]
        return "; its codes look like " + ", ".join(f"{code!r} {title[:60]}" for code, title in found)
    return "; nearest: " + ", ".join(f"{code!r} {title[:60]}" for code, title in dict(found).items())
