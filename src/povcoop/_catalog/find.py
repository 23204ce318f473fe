"""``find()``: every passage of the source texts that says something, with where it is (offsets,
paragraph, sentence) and the entities whose evidence quotes that place.

Texts are folded once (:func:`povcoop._catalog.text.fold`, the comparison ``search()`` uses)
and searched for the folded query; each match is mapped back to offsets in the original text,
so that ``passage.quote == passage.source.text[passage.start:passage.end]``.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from povcoop._catalog.text import fold
from povcoop._domain.entities import Entity, Source
from povcoop._domain.sentences import paragraph_starts, sentence_span

if TYPE_CHECKING:
    from povcoop._catalog.collection import Collection

_CONTEXT: Final = 80
"""Characters shown either side of a match when its sentence is longer than the display allows."""


@attrs.frozen(kw_only=True, repr=False)
class Passage:
    """A place in a source's text that says what was looked for (see ``Catalog.find``).

    .. versionadded:: 0.3.0

    >>> import povcoop
    >>> p = povcoop.load().find("Juncao")[0]
    >>> p.quote == p.source.text[p.start : p.end], p.source.id
    (True, 'cns-2021-03-10')
    """

    source: Source
    """The source whose text it is in."""
    start: int
    """Offset of the match's first character in ``source.text``."""
    end: int
    """Offset just past the match's last character."""
    paragraph: int
    """The paragraph it is in, counting from 1 (paragraphs are separated by blank lines)."""
    sentence: str
    """The whole sentence it is in, as the text has it."""
    quote: str
    """The matched text, as the text has it (``source.text[start:end]``)."""
    entities: tuple[Entity, ...]
    """The entities with evidence that quotes this place (an evidence span that overlaps it)."""

    def __repr__(self) -> str:
        return f"<Passage {self.source.id}[{self.start}:{self.end}] ¶{self.paragraph}: {self.quote!r}>"

    def _repr_html_(self) -> str:
        return f"<ul>{_passage_html(self)}</ul>"


class Passages(tuple[Passage, ...]):
    """The passages ``find()`` returns, in source order.

    .. versionadded:: 0.3.0

    A tuple, which says what was searched when it is empty, and shows as HTML with each match
    highlighted.

    >>> import povcoop
    >>> found = povcoop.load().find("no such words")
    >>> len(found), repr(found)[:46]
    (0, "<no passage says 'no such words' in 1 source t")
    """

    query: str
    texts: int

    def __new__(cls, passages: Iterable[Passage], query: str = "", texts: int = 0) -> Passages:
        made = super().__new__(cls, passages)
        made.query = query
        made.texts = texts
        return made

    def __repr__(self) -> str:
        if not self:
            return f"<no passage says {self.query!r} in {self.texts} source text(s)>"
        return (
            f"<{len(self)} passages saying {self.query!r}: {', '.join(map(repr, self[:3]))}{', ...' * (len(self) > 3)}>"
        )

    def _repr_html_(self) -> str:
        if not self:
            return f"<p>No passage says <b>{html.escape(self.query)}</b> in {self.texts} source text(s).</p>"
        items = "".join(_passage_html(p) for p in self)
        return f"<p>{len(self)} passages say <b>{html.escape(self.query)}</b></p><ul>{items}</ul>"


def _passage_html(passage: Passage) -> str:
    text = passage.source.text or ""
    sentence_start = text.find(passage.sentence, max(0, passage.start - len(passage.sentence)))
    if sentence_start < 0 or sentence_start > passage.start:
        sentence_start = max(0, passage.start - _CONTEXT)
    sentence_end = max(passage.end, sentence_start + len(passage.sentence))
    before = text[max(sentence_start, passage.start - _CONTEXT) : passage.start]
    after = text[passage.end : min(sentence_end, passage.end + _CONTEXT)]
    linked = ", ".join(html.escape(f"{e.NOUN} {e.id}") for e in passage.entities) or "no entity"
    return (
        f"<li><b>{html.escape(passage.source.id)}</b> ¶{passage.paragraph} [{passage.start}:{passage.end}]: "
        f"…{html.escape(before)}<mark>{html.escape(passage.quote)}</mark>{html.escape(after)}… "
        f"<small>({linked})</small></li>"
    )


def _coverage(collections: Mapping[str, Collection[Any]]) -> dict[str, list[tuple[int, int, Entity]]]:
    """Each source's located evidence spans with their entities, by source id, by start."""
    spans: dict[str, list[tuple[int, int, Entity]]] = {}
    for collection in collections.values():
        for entity in collection:
            for evidence in entity.evidence:
                if evidence.start is not None and evidence.end is not None:
                    spans.setdefault(evidence.source.id, []).append((evidence.start, evidence.end, entity))
    for found in spans.values():
        found.sort(key=lambda span: (span[0], span[1]))
    return spans


def find_passages(collections: Mapping[str, Collection[Any]], text: str, keep: Collection[Any] | None) -> Passages:
    """The passages of every source text in ``collections`` that say ``text``; with ``keep``,
    only those whose entities include one of ``keep``'s (and only those entities)."""
    if not isinstance(text, str):
        raise TypeError(f"find() takes text, not {type(text).__name__}")
    query, _ = fold(text)
    if not query:
        raise ValueError(f"find() needs words to look for, not {text[:40]!r}")
    sources = collections.get("sources")
    if sources is None or not len(sources):
        return Passages((), text, 0)
    cache = sources._texts
    coverage = cache.get("find coverage")
    if coverage is None:
        coverage = cache.setdefault("find coverage", _coverage(collections))
    wanted = None if keep is None else {id(item) for item in keep}
    found: list[Passage] = []
    texts = 0
    for source in sources:
        if not source.text:
            continue
        texts += 1
        folded, offsets = fold(source.text)
        at = folded.find(query)
        if at < 0:
            continue
        paragraphs = paragraph_starts(source.text)
        spans = coverage.get(source.id, [])
        while at >= 0:
            start, end = offsets[at], offsets[at + len(query) - 1] + 1
            entities = tuple(dict.fromkeys(e for s, t, e in spans if s < end and t > start))
            if wanted is not None:
                entities = tuple(e for e in entities if id(e) in wanted)
            if wanted is None or entities:
                found.append(_passage(source, start, end, paragraphs, entities))
            at = folded.find(query, at + len(query))
    return Passages(found, text, texts)


def _passage(
    source: Source, start: int, end: int, paragraphs: tuple[int, ...], entities: tuple[Entity, ...]
) -> Passage:
    text = source.text or ""
    sentence_start, sentence_end = sentence_span(text, start, end)
    paragraph = max(1, bisect.bisect_right(paragraphs, start))
    sentence = text[sentence_start:sentence_end]
    return Passage(
        source=source,
        start=start,
        end=end,
        paragraph=paragraph,
        sentence=sentence,
        quote=text[start:end],
        entities=entities,
    )
