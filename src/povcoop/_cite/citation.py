"""``cite()``: an entity, a piece of evidence or the catalog, in one style."""

from __future__ import annotations

from povcoop._base.errors import shorten
from povcoop._catalog.catalog import Catalog
from povcoop._cite.entries import entries
from povcoop._cite.positions import best_evidence
from povcoop._cite.styles import WRITERS
from povcoop._cite.works import STYLES, Style, dataset_work, reference, work_of
from povcoop._domain.entities import Entity, Source
from povcoop._domain.values import Evidence


def cite(item: Entity | Evidence | Catalog, style: Style = "text", *, all_evidence: bool = False) -> str:
    """A citation of an entity, a piece of evidence or the catalog, in ``style``.

    .. versionchanged:: 0.3.0
       Descriptive titles marked, original titles with translations, names as each style wants
       them; bibliography entries depend on the work only (the place is :func:`pinpoint`'s).

    - An :class:`Evidence` cites its source at the quote's position (paragraph, sentence,
      characters) or the evidence's locator.
    - An entity cites its best evidence (:func:`best_evidence`): a stated quote where it has
      one. ``all_evidence=True`` keeps the audit trail instead: in ``text``, ``apa`` and
      ``chicago`` a heading and every piece of evidence, a line each; in ``bibtex``, ``ris`` and
      ``csl-json`` the entries of every source its evidence names.
    - A :class:`Source` cites the source itself.
    - The :class:`Catalog` cites the dataset (its title, data version and that version's date)
      and the release it comes from.

    ``bibtex``, ``ris`` and ``csl-json`` give bibliography entries, which depend on the work only:
    the same source gives the same key and the same bytes whatever fact is cited from it. The
    fact's place in it is :func:`pinpoint`'s (``\\cite[para. 10]{cns-2021-03-10}``).

    Args:
        item: what to cite.
        style: ``text``, ``apa``, ``chicago``, ``bibtex``, ``ris`` or ``csl-json``.
        all_evidence: for an entity, every piece of evidence rather than the best one.

    Returns:
        The citation: text, BibTeX or RIS records, or a CSL JSON array.

    Raises:
        TypeError: ``item`` is none of the above.
        ValueError: an unknown style (the message names the valid ones), or an entity without
            evidence (the message says what to cite instead).

    >>> import povcoop
    >>> cat = povcoop.load()
    >>> print(povcoop.cite(cat.countries.get("LAO")))  # doctest: +ELLIPSIS
    “...Laos...” (China News Service, Beijing, 10 March 2021, reporter Zhang Weiran, paragraph 10, ...)
    >>> print(povcoop.cite(cat.countries.get("LAO"), all_evidence=True).splitlines()[0])
    Laos (country LAO)
    >>> povcoop.cite(cat, "bibtex").startswith("@misc{povcoop-data-")
    True
    """
    if style not in STYLES:
        raise ValueError(f"unknown citation style {shorten(style)}; styles: {', '.join(STYLES)}")
    if isinstance(item, Catalog):
        return WRITERS[style](dataset_work(item), None)
    if isinstance(item, Evidence):
        return _cite_all(style, [item], heading=None)
    if not isinstance(item, Entity):
        raise TypeError(f"cite() takes an entity, an Evidence or the Catalog, not {type(item).__name__}")
    return _cite_entity(item, style, all_evidence=all_evidence)


def _cite_entity(entity: Entity, style: Style, *, all_evidence: bool) -> str:
    if isinstance(entity, Source) and not (all_evidence and entity.evidence):
        if style == "text":
            heading = f"{entity.name} ({entity.NOUN} {entity.id})\n  " if all_evidence else ""
            return heading + reference(entity)
        return WRITERS[style](work_of(entity), None)
    if all_evidence:
        heading = f"{entity.name} ({entity.NOUN} {entity.id})"
        if not entity.evidence and style in ("text", "apa", "chicago"):
            return heading
        return _cite_all(style, list(entity.evidence), heading=heading)
    best = best_evidence(entity)
    if best is None:
        raise ValueError(
            f"{entity.NOUN} {shorten(entity.id)} has no evidence to cite; cite(..., all_evidence=True) gives its name "
            "and id, and cite(catalog) the dataset"
        )
    return _cite_all(style, [best], heading=None)


def _cite_all(style: Style, evidence: list[Evidence], heading: str | None) -> str:
    if style in ("text", "apa", "chicago"):
        lines = [WRITERS[style](work_of(ev.source), ev) for ev in evidence]
        if heading is None:
            return "\n".join(lines)
        return "\n".join([heading, *(f"  {text}" for text in lines)])
    # Entries: every source once; the pinpoint is no part of an entry.
    works = [work_of(source) for source in {ev.source.id: ev.source for ev in evidence}.values()]
    return entries(style, works)
