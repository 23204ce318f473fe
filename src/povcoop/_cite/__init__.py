"""Citations: an entity, a piece of evidence or the catalog as a reference researchers can paste.

Styles: ``text`` (povcoop's one line: quote, source, position), ``apa`` (APA 7: the in-text
citation, then the reference-list entry), ``chicago`` (Chicago notes: a footnote), ``bibtex``,
``ris`` and ``csl-json`` (the bibliography formats of reference managers). Where a quote stands in
its source's text, the citation gives its paragraph and sentence as well as its character offsets.
Names are split into family and given names only where the source record says which is the family
name (``family_names``): APA writes "Zhang, W.", Chicago "Zhang Weiran" (a Chinese name keeps its
order), BibTeX and RIS "Zhang, Weiran", CSL JSON ``{"family": "Zhang", "given": "Weiran"}``; other
names stay whole. An untitled work (``title_descriptive``) is cited with its description in square
brackets (APA), without quotation marks (Chicago), and with a note that the title is descriptive
(BibTeX, RIS, CSL JSON); a work in another language with its original title and the English
translation in brackets; a working paper with its series and number.

A bibliography entry (BibTeX, RIS, CSL JSON) depends on the work only: the same source always gives
the same key and the same bytes, whatever fact is cited from it. Where the fact stands (paragraph,
sentence, characters) is its pinpoint, :func:`pinpoint`, for the citation command
(``\\cite[para. 10]{cns-2021-03-10}``).

The package's modules, by concern: ``works`` (what a citation is made of, keys, the plain
reference), ``positions`` (where a fact stands), ``styles`` (text, APA, Chicago), ``entries``
(BibTeX, RIS, CSL JSON), ``citation`` (``cite()``) and ``reference_list`` (``bibliography()``).
"""

from __future__ import annotations

from povcoop._cite.citation import cite
from povcoop._cite.positions import Position, best_evidence, pinpoint, position, position_of
from povcoop._cite.reference_list import bibliography
from povcoop._cite.styles import cite_evidence
from povcoop._cite.works import DATASET_AUTHOR, STYLES, Style, reference

__all__ = [
    "DATASET_AUTHOR",
    "STYLES",
    "Position",
    "Style",
    "best_evidence",
    "bibliography",
    "cite",
    "cite_evidence",
    "pinpoint",
    "position",
    "position_of",
    "reference",
]
