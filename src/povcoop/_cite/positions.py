"""Where a fact stands in its source: paragraph, sentence and characters of a quote (by the
text's one sentence rule, ``_domain/sentences.py``), or the evidence's locator."""

from __future__ import annotations

import bisect
import functools

import attrs

from povcoop._domain.entities import Entity
from povcoop._domain.sentences import PARAGRAPH, sentence_ends
from povcoop._domain.values import Evidence


@attrs.frozen
class Position:
    """Where a passage stands in a text: paragraphs and sentences (1-based, a sentence counted in its
    paragraph) and character offsets.

    >>> import povcoop
    >>> cat = povcoop.load()
    >>> ev = cat.projects.get("east-asia-poverty-reduction-demonstration").evidence[0]
    >>> str(position_of(ev))  # doctest: +ELLIPSIS
    'paragraph 10, sentence 1, characters ...'
    """

    paragraph: int
    sentence: int
    last_paragraph: int
    last_sentence: int
    start: int
    end: int

    def pinpoint(self, paragraph_word: str = "paragraph") -> str:
        """``paragraph 10, sentence 1`` (or ``paragraphs 2–3``), with ``paragraph_word`` for ``para.``."""
        if self.last_paragraph != self.paragraph:
            plural = "paragraphs" if paragraph_word == "paragraph" else f"{paragraph_word.rstrip('.')}s."
            return f"{plural} {self.paragraph}–{self.last_paragraph}"
        sentences = (
            f"sentence {self.sentence}"
            if self.last_sentence == self.sentence
            else f"sentences {self.sentence}–{self.last_sentence}"
        )
        return f"{paragraph_word} {self.paragraph}, {sentences}"

    def __str__(self) -> str:
        return f"{self.pinpoint()}, characters {self.start}–{self.end}"


@functools.lru_cache(maxsize=16)
def _layout(text: str) -> tuple[tuple[tuple[int, int], tuple[int, ...]], ...]:
    """Each paragraph's span and the offsets (within the text) where its sentences end."""
    # The sentence rule is the text's (sentences.py): a paragraph's sentences end within it.
    all_ends = sentence_ends(text)
    paragraphs = []
    for match in PARAGRAPH.finditer(text):
        start, end = match.span()
        ends = all_ends[bisect.bisect_right(all_ends, start) : bisect.bisect_right(all_ends, end)]
        paragraphs.append(((start, end), ends))
    return tuple(paragraphs)


def position(text: str, start: int, end: int) -> Position:
    """The position of ``text[start:end]``: paragraph and sentence of its first and last characters.

    >>> position("One. Two!\\n\\nThree? Four.", 5, 9)
    Position(paragraph=1, sentence=2, last_paragraph=1, last_sentence=2, start=5, end=9)
    >>> position("One. Two!\\n\\nThree? Four.", 0, 17).pinpoint()
    'paragraphs 1–2'
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"no passage {start}:{end} in a text of {len(text)} characters")
    first = _locate(text, start)
    last = _locate(text, end - 1)
    return Position(first[0], first[1], last[0], last[1], start, end)


def _locate(text: str, offset: int) -> tuple[int, int]:
    layout = _layout(text)
    for number, ((_, paragraph_end), ends) in enumerate(layout, start=1):
        if offset < paragraph_end:
            return number, 1 + sum(1 for end in ends if end <= offset)
    return len(layout), 1


def position_of(evidence: Evidence) -> Position | None:
    """The position of the evidence's quote in its source's text, where it was located."""
    text = evidence.source.text
    if evidence.start is None or evidence.end is None or text is None:
        return None
    return position(text, evidence.start, evidence.end)


def best_evidence(entity: Entity) -> Evidence | None:
    """The evidence that best supports ``entity``: its first stated quote located in a text, else its
    first stated evidence, else its first evidence with a quote, else its first evidence.

    >>> import povcoop
    >>> best_evidence(povcoop.load().countries.get("LAO")).basis
    'stated'
    """
    evidence = entity.evidence
    for test in (
        lambda ev: ev.basis == "stated" and ev.is_located,
        lambda ev: ev.basis == "stated",
        lambda ev: ev.quote is not None,
        lambda ev: True,
    ):
        found = next((ev for ev in evidence if test(ev)), None)
        if found is not None:
            return found
    return None


def pinpoint(item: Entity | Evidence, *, paragraph_word: str = "paragraph") -> str | None:
    """Where a fact stands in its source: the pinpoint to give beside a bibliography entry's key.

    .. versionadded:: 0.3.0

    For an entity, that of its best evidence (:func:`best_evidence`). The quote's paragraph,
    sentence and characters where it is located in a text povcoop ships; else the evidence's
    locator (a code list's entry); ``None`` where the evidence says neither.

    Args:
        item: an entity (its best evidence) or a piece of evidence.
        paragraph_word: ``paragraph`` gives the characters too; ``para.`` (APA) or ``par.``
            (Chicago) gives the paragraph and sentence only.

    >>> import povcoop
    >>> project = povcoop.load().projects.get("east-asia-poverty-reduction-demonstration")
    >>> pinpoint(project)  # doctest: +ELLIPSIS
    'paragraph 10, sentence 1, characters ...'
    >>> pinpoint(project, paragraph_word="para.")
    'para. 10, sentence 1'
    """
    evidence = item if isinstance(item, Evidence) else best_evidence(item)
    if evidence is None:
        return None
    located = position_of(evidence)
    if located is not None:
        where = str(located) if paragraph_word == "paragraph" else located.pinpoint(paragraph_word)
        return f"{where}, {evidence.locator}" if evidence.locator else where
    return evidence.locator
