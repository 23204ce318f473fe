"""One sentence rule: citations' pinpoints, find()'s passages and the HTML's highlighted quotes
call the same stretch of a text one sentence, and the same paragraph."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

import povcoop
from povcoop._catalog.find import _passage
from povcoop._cite import position
from povcoop._domain.html import sentence_around
from povcoop._domain.sentences import paragraph_starts

# Letters, spaces, single and double line breaks, Latin and Chinese sentence ends, closing quotes.
_TEXTS = st.lists(st.sampled_from(["a", "b", " ", "\n", "\n\n", ".", "!", "?", "。", "！", "”", ")"]), max_size=60).map(
    "".join
)


def _html_sentence(text: str, offset: int) -> tuple[int, int]:
    """The span the HTML shows as the sentence of the character at ``offset``."""
    before, after = sentence_around(text, offset, offset + 1)
    return offset - len(before), offset + 1 + len(after)


def _find_sentence(text: str, offset: int) -> tuple[int, str]:
    """The paragraph and sentence ``find()`` gives for a match of the character at ``offset``."""
    source = attrs.evolve(povcoop.load().release, text=text)
    passage = _passage(source, offset, offset + 1, paragraph_starts(text), ())
    return passage.paragraph, passage.sentence


@given(_TEXTS)
def test_cite_find_and_the_html_agree_on_sentences_and_paragraphs(text: str) -> None:
    offsets = [at for at, char in enumerate(text) if not char.isspace()]
    for first in offsets:
        for second in offsets:
            if first >= second:
                continue
            cited_first, cited_second = position(text, first, first + 1), position(text, second, second + 1)
            cite_same = (cited_first.paragraph, cited_first.sentence) == (cited_second.paragraph, cited_second.sentence)
            html_same = _html_sentence(text, first) == _html_sentence(text, second)
            assert cite_same == html_same, (text, first, second)
    for offset in offsets:
        start, end = _html_sentence(text, offset)
        paragraph, sentence = _find_sentence(text, offset)
        assert sentence == text[start:end], (text, offset)
        assert paragraph == position(text, offset, offset + 1).paragraph, (text, offset)


def test_the_shipped_release_s_passages_agree() -> None:
    cat = povcoop.load()
    passages = cat.find("poverty")
    assert len(passages) > 5
    for passage in passages:
        before, after = sentence_around(passage.source.text or "", passage.start, passage.end)
        assert passage.sentence == before + passage.quote + after
        assert passage.paragraph == position(passage.source.text or "", passage.start, passage.end).paragraph
