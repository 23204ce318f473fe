"""What a paragraph and a sentence of a source's text are: one rule, read by the citations'
pinpoints (``pinpoint()``, ``cite()``), ``find()``'s passages and the HTML's highlighted quotes,
so that all three call the same stretch of text "sentence 2".

A paragraph is a run of lines that are not blank; paragraphs are separated by blank lines. A
sentence ends after ``.``, ``!`` or ``?`` (with any closing quotes or brackets) before white
space or the end of the text, after ``。``, ``！`` or ``？`` (with any closing quotes or brackets)
anywhere, and at a paragraph break.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Final

PARAGRAPH: Final = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
"""A paragraph: a run of lines that are not blank."""

PARAGRAPH_BREAK: Final = re.compile(r"\n\s*\n")
"""What separates two paragraphs: a blank line (or several, or lines of white space only)."""

_CLOSERS: Final = "[\"'”’」』)）\\]]*"
SENTENCE_END: Final = re.compile(rf"[.!?]{_CLOSERS}(?=\s|$)|[。！？]{_CLOSERS}|{PARAGRAPH_BREAK.pattern}")
"""Where a sentence ends: the end of a match."""


def paragraph_starts(text: str) -> tuple[int, ...]:
    """The offsets at which the paragraphs of ``text`` start, in order.

    >>> paragraph_starts("\\n\\nOne. Two.\\nThree.\\n \\nFour.")
    (2, 21)
    """
    return tuple(match.start() for match in PARAGRAPH.finditer(text))


@functools.lru_cache(maxsize=16)
def sentence_ends(text: str) -> tuple[int, ...]:
    """The offsets at which the sentences of ``text`` end, in order.

    >>> sentence_ends("One. Two!\\n\\nThree? 四。五\\n\\nSix")
    (4, 9, 17, 20, 23)
    """
    ends: list[int] = []
    for match in SENTENCE_END.finditer(text):
        if ends and match.start() == ends[-1]:
            continue  # a paragraph break right after a sentence's end ends nothing more
        ends.append(match.end())
    return tuple(ends)


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentences holding ``text[start:end]`` (from the start of the sentence
    of its first character to the end of the sentence of its last), without surrounding white
    space.

    >>> text = "One. Two three four. Five."
    >>> start, end = sentence_span(text, 9, 14)
    >>> text[start:end]
    'Two three four.'
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"no passage {start}:{end} in a text of {len(text)} characters")
    ends = sentence_ends(text)
    first = bisect.bisect_right(ends, start)
    last = bisect.bisect_left(ends, end)
    sentence_start = ends[first - 1] if first else 0
    sentence_end = ends[last] if last < len(ends) else len(text)
    while sentence_start < start and text[sentence_start].isspace():
        sentence_start += 1
    while sentence_end > end and text[sentence_end - 1].isspace():
        sentence_end -= 1
    return sentence_start, sentence_end
