"""The standard code lists povcoop ships, public: look a code up, walk its hierarchy, search the
names, and find the entities that carry a code or one under it.

Schemes have friendly names (``"dac-crs"``, ``"sdg"``, ``"m49"``, ``"iso3166-1"``,
``"aid-type"``) besides their full ones (``"oecd-dac-crs-purpose"``...); a friendly name may
cover several lists, tried in order: ``"dac-crs"`` finds five-digit purpose codes and their
three-digit categories, ``"sdg"`` targets and goals, ``"m49"`` regions and (as ISO 3166-1
numeric codes) countries. :data:`SCHEMES` lists them all.

The hierarchies: a DAC CRS purpose code lies under its category (``31120`` under ``311``), an
SDG target under its goal (``1.1`` under ``1``), an M49 country or area under its sub-region or
intermediate region, and that under its region (``418`` Laos under ``035`` South-eastern Asia
under ``142`` Asia under ``001`` World). Other lists are flat. Every :class:`~povcoop.Code`
walks the same way: ``parent``, ``children``, ``ancestors``, ``descendants``.

>>> from povcoop import codes
>>> crs = codes.get("dac-crs", "31120")
>>> crs.name, crs.parent.code, crs.parent.name
('Agricultural development', '311', 'Agriculture')
>>> [c.code for c in codes.get("m49", "009").children]
['053', '054', '057', '061']
>>> [c.code for c in codes.get("m49", "418").ancestors]
['035', '142', '001']

One rule for every code criterion of ``where()``: a code, given as a :class:`~povcoop.Code`
or in any form a person writes it (``"311"``, ``"DAC 311"``, ``311``, ``"Agriculture"``,
``"oecd-dac-crs-category:311"``), matches it and every code under it. So every project under
DAC category 311 (agriculture), through its own codes or its sectors', is:

>>> import povcoop
>>> cat = povcoop.load()
>>> len(cat.projects.where(dac_crs=codes.get("dac-crs", "311"))) == len(cat.projects.where(dac_crs="DAC 311")) == 5
True
>>> sorted(entities(cat, codes.get("m49", "035")))
['countries']
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final

from povcoop._codes.lists import SCHEMES as _LISTS
from povcoop._codes.lists import code_list, code_name, family, match_code
from povcoop._domain.entities import Entity
from povcoop._domain.fields import fields_of
from povcoop._domain.values import Code

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog
    from povcoop._catalog.collection import Collection

__all__ = ["SCHEMES", "carried", "entities", "get", "search"]

_ALPHA_2: Final = "iso3166-1-alpha-2"
_ALPHA_3: Final = "iso3166-1-alpha-3"
_NUMERIC: Final = "iso3166-1-numeric"

SCHEMES: Final[Mapping[str, tuple[str, ...]]] = {
    **{name: (name,) for name in _LISTS},
    "iso3166-1": (_ALPHA_3, _ALPHA_2, _NUMERIC),
    "iso": (_ALPHA_3, _ALPHA_2, _NUMERIC),
    "alpha-2": (_ALPHA_2,),
    "alpha-3": (_ALPHA_3,),
    "numeric": (_NUMERIC,),
    "m49": ("un-m49", _NUMERIC),
    "un-m49": ("un-m49", _NUMERIC),
    "dac-crs": ("oecd-dac-crs-purpose", "oecd-dac-crs-category"),
    "crs": ("oecd-dac-crs-purpose", "oecd-dac-crs-category"),
    "oecd-dac-crs": ("oecd-dac-crs-purpose", "oecd-dac-crs-category"),
    "dac-crs-category": ("oecd-dac-crs-category",),
    "dac-region": ("oecd-dac-region",),
    "dac-recipient": ("oecd-dac-recipient",),
    "sdg": ("un-sdg-target", "un-sdg-goal"),
    "un-sdg": ("un-sdg-target", "un-sdg-goal"),
    "sdg-goal": ("un-sdg-goal",),
    "sdg-target": ("un-sdg-target",),
    "aid-type": ("iati-aid-type",),
    "activity-status": ("iati-activity-status",),
}
"""Every scheme name :func:`get` accepts, with the shipped lists it looks in, in order."""


def _lists(scheme: str) -> tuple[str, ...]:
    if not isinstance(scheme, str):
        raise TypeError(f"a scheme is a string, not {type(scheme).__name__}")
    key = "-".join(scheme.strip().lower().replace("_", "-").split())
    try:
        return SCHEMES[key]
    except KeyError:
        raise KeyError(f"unknown code scheme {scheme!r}; known: {', '.join(SCHEMES)}") from None


def get(scheme: str, code: str) -> Code:
    """The code ``code`` of ``scheme`` with its official name.

    ``code`` may be written as ``where()`` takes it (``"SDG 2.3"``, ``str(code)``, an official
    name); ``.parent``, ``.children``, ``.ancestors`` and ``.descendants`` walk its hierarchy. A
    KeyError, with the closest codes, when the scheme has no such code.

    >>> get("sdg", "1.1").parent
    Code(scheme='un-sdg-goal', code='1', name='Goal 1. End poverty in all its forms everywhere')
    >>> get("iso3166-1", "la").name
    "Lao People's Democratic Republic"
    >>> get("sdg", "SDG 2.3") == get("sdg", "2.3"), get("m49", "South-eastern Asia").code
    (True, '035')
    """
    lists = _lists(scheme)
    text = str(code).strip()
    for name in lists:
        for candidate in (text, text.upper()):
            found = code_name(name, candidate)
            if found is not None:
                return Code(name, candidate, found)
    for name in lists:  # "SDG 2.3", "sdg-target:2.3", an official name
        try:
            found_codes = match_code(text, name)
        except ValueError:
            continue
        if len(found_codes) == 1:
            found_scheme, found_code = found_codes[0]
            return Code(found_scheme, found_code, code_name(found_scheme, found_code))
    # Codes are hierarchical: the nearest are those sharing the longest beginning.
    known = [c for name in lists for c in code_list(name)]
    shared = {c: _shared_start(c.upper(), text.upper()) for c in known}
    close = [c for c in sorted(known, key=lambda c: -shared[c]) if shared[c]][:3]
    hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
    raise KeyError(f"no code {text!r} in {scheme}{hint}")


def _shared_start(one: str, other: str) -> int:
    length = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        length += 1
    return length


def search(text: str, scheme: str | None = None) -> list[Code]:
    """The codes whose code is ``text`` or whose name contains it (ignoring case), in every
    list or in ``scheme``'s.

    >>> [c.code for c in search("juncao")] == []
    True
    >>> search("agricultural development", "dac-crs")[0].code
    '31120'
    """
    if not isinstance(text, str):
        raise TypeError(f"search() takes text, not {type(text).__name__}")
    query = text.strip().casefold()
    if not query:
        return []
    lists = _lists(scheme) if scheme is not None else _LISTS
    return [
        Code(name, code, title)
        for name in lists
        for code, title in code_list(name).items()
        if query == code.casefold() or query in title.casefold()
    ]


def carried(entity: Entity) -> Iterator[Code]:
    """Every code ``entity`` carries: its code fields' codes, its code-checked values (a
    country's ISO codes), and the codes it inherits (a project's ``all_dac_crs``: a field's
    ``all_<name>`` property, where the class has one)."""
    for field in fields_of(type(entity)):
        if field.scheme is None:
            continue
        inherited = f"all_{field.name.removeprefix('own_')}"  # a project's own_dac_crs: all_dac_crs
        value = getattr(entity, inherited, None) or getattr(entity, field.name)
        if value is None:
            continue
        for item in value if isinstance(value, tuple) else (value,):
            yield item if isinstance(item, Code) else Code(field.scheme, item)


def entities(catalog: Catalog, code: Code) -> dict[str, Collection[Any]]:
    """The entities of ``catalog`` that carry ``code`` or a code under it, by kind (kinds with
    none left out): everything under SDG goal 1, every country in M49 035. It asks each kind's
    ``where()`` with every criterion on ``code``'s list (see ``Collection.code_criteria``), so
    the two always agree.

    >>> import povcoop
    >>> found = entities(povcoop.load(), get("sdg", "1"))
    >>> sorted(found)
    ['initiatives', 'projects', 'sectors']
    """
    if not isinstance(code, Code):
        raise TypeError(f"entities() takes a Code (from codes.get), not {type(code).__name__}")
    found: dict[str, Collection[Any]] = {}
    for collection in catalog:
        matched: Collection[Any] | None = None
        for name, scheme in collection.code_criteria.items():
            if code.scheme in family(scheme):
                some = collection.where(**{name: code})
                matched = some if matched is None else matched | some
        if matched:
            found[collection.kind] = matched
    return found
