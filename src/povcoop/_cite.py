"""Citations: the evidence of an entity as text ready to paste into a paper or a notebook."""

from __future__ import annotations

from povcoop._domain.entities import Entity, Source
from povcoop._domain.values import Evidence

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def reference(source: Source) -> str:
    """A reference to a source: who, what, where, when, and its URL.

    >>> import povcoop
    >>> reference(povcoop.load().release)[:45]
    'China News Service, Beijing, 10 March 2021, r'
    """
    parts: list[str] = []
    if source.authors:
        parts.append(" and ".join(source.authors) if len(source.authors) < 3 else f"{source.authors[0]} et al.")
    if source.type == "news release" and source.publisher:
        parts.append(source.publisher)
        if source.place:
            parts.append(source.place)
    else:
        parts.append(f"“{source.title}”")
        if source.publisher:
            parts.append(source.publisher)
    published = source.published
    if published is not None:
        day = f"{published.day} " if published.day else ""
        month = f"{_MONTHS[published.month - 1]} " if published.month else ""
        parts.append(f"{day}{month}{published.year}")
    text = ", ".join(parts)
    if source.reporter:
        text += f", reporter {source.reporter}"
    if source.url:
        text += f", {source.url}"
    return text


def cite_evidence(evidence: Evidence) -> str:
    """One piece of evidence: the quote, where it stands, and its source (or the reasoning).

    >>> import povcoop
    >>> ev = povcoop.load().countries.get("LAO").evidence[0]
    >>> cite_evidence(ev).startswith("“")
    True
    """
    where = reference(evidence.source)
    if evidence.start is not None:
        where += f", characters {evidence.start}–{evidence.end}"
    if evidence.locator:
        where += f", {evidence.locator}"
    quote = f"“{evidence.quote}”" if evidence.quote else ""
    if evidence.basis == "inferred":
        resting = f" Resting on {quote}." if quote else ""
        return f"Inferred: {evidence.note}{resting} ({where})"
    return f"{quote} ({where})" if quote else where


def cite(item: Entity | Evidence) -> str:
    """The evidence of an entity (or of one :class:`Evidence`) as text ready to paste.

    Each piece of evidence is a line: a stated quote with its source and character offsets,
    an inference with its reasoning, or an outside source with its title and URL.

    >>> import povcoop
    >>> cat = povcoop.load()
    >>> print(povcoop.cite(cat.countries.get("LAO")).splitlines()[0])
    Laos (country LAO)
    """
    if isinstance(item, Evidence):
        return cite_evidence(item)
    if not isinstance(item, Entity):
        raise TypeError(f"cite() takes an entity or an Evidence, not {type(item).__name__}")
    evidence = item.evidence
    heading = f"{item.name} ({item.NOUN} {item.id})"
    if not evidence:
        return f"{heading}\n  {reference(item)}" if isinstance(item, Source) else heading
    return "\n".join([heading, *(f"  {cite_evidence(ev)}" for ev in evidence)])
