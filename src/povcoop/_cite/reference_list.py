"""``bibliography()``: every source that items rest on, once each, sorted as the style wants."""

from __future__ import annotations

from collections.abc import Iterable

from povcoop._catalog.catalog import Catalog
from povcoop._cite.entries import entries
from povcoop._cite.styles import apa_reference, chicago_bibliography, plain_reference
from povcoop._cite.works import STYLES, Style, Work, dataset_work, key_of, reference, work_of
from povcoop._domain.entities import Entity, Source
from povcoop._domain.values import Evidence


def bibliography(items: Catalog | Iterable[Entity | Evidence] | Entity | Evidence, style: Style = "bibtex") -> str:
    """Every source that ``items`` rest on, once each, with unique keys, sorted as the style wants.

    .. versionadded:: 0.3.0

    ``items`` is a catalog (its dataset and every source its records cite), a collection, a list of
    entities or evidence, or one of them. A source's own entry is in the list when it is itself one
    of the items, or when evidence cites it; a source cited by a source's evidence is in too.
    ``text``, ``apa`` and ``chicago`` give reference-list entries, one a line (Chicago's
    bibliography form), sorted by author, or by title where there is none, then date;
    ``bibtex``, ``ris`` and ``csl-json`` the same works as entries in the same order.

    Args:
        items: a catalog, a collection, an iterable of entities or evidence, or one of them.
        style: ``text``, ``apa``, ``chicago``, ``bibtex``, ``ris`` or ``csl-json``.

    Raises:
        ValueError: an unknown style, or items that rest on no source (the message says which).
        TypeError: an item that is neither an entity, evidence nor a catalog.

    >>> import povcoop
    >>> cat = povcoop.load()
    >>> print(bibliography(cat.projects.where(country="LAO"), "apa"))  # doctest: +ELLIPSIS
    China Funds Poverty Reduction in Laos. (2016, December 8). Laotian Times (reprinting Vientiane Times). ...
    >>> keys = [line for line in bibliography(cat).splitlines() if line.startswith("@")]
    >>> len(keys) == len(set(keys))
    True
    """
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r}; styles: {', '.join(STYLES)}")
    works: dict[str, Work] = {}
    if isinstance(items, Catalog):
        dataset = dataset_work(items)
        works[dataset.key] = dataset
    sources, count = _sources_of(items)
    for source in sources.values():
        work = work_of(source)
        works[work.key] = work
    if not works:
        what = "no items" if count == 0 else f"{count} item{'s' if count != 1 else ''} with no evidence"
        raise ValueError(f"no source to list: {what}; pass entities with evidence, evidence, or a catalog")
    ordered = sorted(works.values(), key=_sort_key)
    if style == "apa":
        return "\n".join(apa_reference(work) for work in ordered)
    if style == "chicago":
        return "\n".join(chicago_bibliography(work) for work in ordered)
    if style == "text":
        return "\n".join(
            reference(sources[work.key]) if work.key in sources else plain_reference(work, None) for work in ordered
        )
    return entries(style, ordered)


def _sources_of(items: Catalog | Iterable[Entity | Evidence] | Entity | Evidence) -> tuple[dict[str, Source], int]:
    """The sources ``items`` rest on, by key, and how many items there were."""
    sources: dict[str, Source] = {}
    entities: Iterable[Entity | Evidence]
    if isinstance(items, Catalog):
        # The catalog rests on every source it holds, cited or not (a report a project is presented in).
        entities = [entity for coll in items.collections.values() for entity in coll]
        for source in items.sources:
            _add(sources, source)
    elif isinstance(items, (Entity, Evidence)):
        entities = [items]
    else:
        entities = items
    count = 0
    for entity in entities:
        count += 1
        if isinstance(entity, Evidence):
            _add(sources, entity.source)
        elif isinstance(entity, Entity):
            if isinstance(entity, Source) and not isinstance(items, Catalog):
                _add(sources, entity)
            for evidence in entity.evidence:
                _add(sources, evidence.source)
        else:
            raise TypeError(f"bibliography() takes entities, evidence or a Catalog, not {type(entity).__name__}")
    return sources, count


def _add(sources: dict[str, Source], source: Source) -> None:
    """``source``, and the sources its own evidence cites (the release's inferred year), once each."""
    stack = [source]
    while stack:
        current = stack.pop()
        if key_of(current.id) in sources:
            continue
        sources[key_of(current.id)] = current
        stack.extend(evidence.source for evidence in current.evidence)


def _sort_key(work: Work) -> tuple[str, str, str]:
    """By the first author's family name (or whole name), else the title; then the date; then the key."""
    first = work.names[0].short() if work.names else work.title.lstrip("[“\"'")
    return (first.casefold(), str(work.published or ""), work.key)
