"""Text matching shared by ``search()`` and ``find()``: folding text the way ``search()``
compares it, with the offsets back into the original, and the edit distance of a typo.

The folding (:func:`fold`) ignores case, accents, character width (full-width Latin letters
and digits are their ASCII selves) and punctuation, and keeps Chinese characters as they are,
exactly as :func:`povcoop._catalog.collection.normalize` does for whole strings.
"""

from __future__ import annotations

import functools
import unicodedata
from typing import Final

TYPO_LIMITS: Final = ((8, 2), (4, 1))
"""How many edits a word of the query may be from a word of the text: two for a word of eight
characters or more, one for four to seven; a shorter word must match exactly. An edit is a
letter inserted, deleted, replaced, or two neighbours swapped (``"Cambodai"``)."""


def typos_allowed(word: str) -> int:
    """The edits :data:`TYPO_LIMITS` allows for ``word``.

    >>> typos_allowed("cambodai"), typos_allowed("laso"), typos_allowed("lao")
    (2, 1, 0)
    """
    for length, edits in TYPO_LIMITS:
        if len(word) >= length:
            return edits
    return 0


def edit_distance(one: str, other: str, limit: int) -> int:
    """The optimal-string-alignment distance of ``one`` and ``other`` (insertions, deletions,
    replacements and swaps of neighbours), or ``limit + 1`` once it exceeds ``limit``.

    >>> edit_distance("cambodai", "cambodia", 2), edit_distance("agricultural", "agriculture", 2)
    (1, 2)
    """
    if abs(len(one) - len(other)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(other) + 1))
    for i, a in enumerate(one, 1):
        current = [i] + [0] * len(other)
        for j, b in enumerate(other, 1):
            cost = 0 if a == b else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a == other[j - 2] and one[i - 2] == b:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def _fold_char(char: str) -> str:
    if char.isascii():
        return char.lower() if char.isalnum() else " "
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return "".join(c if c.isalnum() else " " for c in kept)


@functools.lru_cache(maxsize=64)
def fold(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` folded as :func:`~povcoop._catalog.collection.normalize` folds it (runs of
    non-word characters are one space), and for each folded character the offset of the
    character of ``text`` it comes from.

    >>> folded, offsets = fold("Côte  d’Ivoire")
    >>> folded, "Côte  d’Ivoire"[offsets[5]], "Côte  d’Ivoire"[offsets[7]]
    ('cote d ivoire', 'd', 'I')
    """
    pieces: list[str] = []
    offsets: list[int] = []
    space = True  # no leading space
    for position, char in enumerate(text):
        for folded in _fold_char(char):
            if folded == " ":
                if space:
                    continue
                space = True
            else:
                space = False
            pieces.append(folded)
            offsets.append(position)
    while pieces and pieces[-1] == " ":
        pieces.pop()
        offsets.pop()
    return "".join(pieces), tuple(offsets)
