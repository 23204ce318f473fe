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
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Callable, Iterable
from typing import Any, Final, Literal, get_args

import attrs

from povcoop._catalog.catalog import Catalog
from povcoop._domain.entities import Entity, Source
from povcoop._domain.sentences import PARAGRAPH, sentence_ends
from povcoop._domain.values import Evidence, PartialDate
from povcoop._errors import shorten

Style = Literal["text", "apa", "chicago", "bibtex", "ris", "csl-json"]
"""A citation style :func:`cite` writes."""

STYLES: Final[tuple[str, ...]] = get_args(Style)

DATASET_AUTHOR: Final = "povcoop developers"
"""The author of the dataset, as ``CITATION.cff`` and ``pyproject.toml`` name it."""

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


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


# --- what a citation is made of -------------------------------------------------------------------


@attrs.frozen
class _Name:
    """A person's (or an organisation's) name, split where the record says which is the family name."""

    full: str
    family: str | None = None
    given: str | None = None
    family_first: bool = False

    def apa(self) -> str:
        """``Zhang, W.``; a name without a known family name stays whole."""
        if self.family is None or not self.given:
            return self.full
        return f"{self.family}, {_initials(self.given)}"

    def inverted(self) -> str:
        """``Maliszewska, Maryla`` (BibTeX, RIS, a Chicago bibliography's first author)."""
        if self.family is None or not self.given:
            return self.full
        return f"{self.family}, {self.given}"

    def chicago_sorted(self) -> str:
        """The first name of a Chicago bibliography entry: inverted, unless already family first."""
        return self.full if self.family_first else self.inverted()

    def short(self) -> str:
        """The family name for an in-text citation (the whole name where it is not known)."""
        return self.family or self.full


def _initials(given: str) -> str:
    """``W.`` for ``Weiran``, ``J.-P.`` for ``Jean-Pierre``, ``J. P.`` for ``Jean Paul``."""
    return " ".join("-".join(f"{part[0]}." for part in word.split("-") if part) for word in given.split())


def _name(full: str, family: str | None) -> _Name:
    if family and full.startswith(family + " "):
        return _Name(full, family, full[len(family) + 1 :], family_first=True)
    if family and full.endswith(" " + family):
        return _Name(full, family, full[: -len(family) - 1])
    return _Name(full)


@attrs.frozen
class _Work:
    """One work as every style cites it: a source, or the dataset."""

    key: str
    type: str
    title: str
    title_en: str | None
    descriptive: bool
    names: tuple[_Name, ...]
    publisher: str | None
    place: str | None
    published: PartialDate | None
    language: str
    url: str | None
    series: str | None = None
    number: str | None = None
    version: str | None = None
    notes: tuple[str, ...] = ()

    @property
    def translation(self) -> str | None:
        """The English title to give in brackets after a title in another language."""
        if self.descriptive or self.title_en is None or self.title_en == self.title:
            return None
        return self.title_en

    def bracketed_title(self) -> str:
        """The title with its translation in brackets (BibTeX, CSL JSON, and plain text)."""
        return self.title + (f" [{self.translation}]" if self.translation else "")

    def series_text(self, number_word: str = "No.") -> str | None:
        if self.series is None:
            return None
        return f"{self.series} {number_word} {self.number}".replace("  ", " ") if self.number else self.series


def _people(source: Source) -> tuple[str, ...]:
    """The source's authors, or its reporter: as the source gives the names."""
    if source.authors:
        return source.authors
    return (source.reporter,) if source.reporter else ()


def _work(source: Source) -> _Work:
    people = _people(source)
    families = source.family_names
    names = tuple(_name(full, families[i] if i < len(families) else None) for i, full in enumerate(people))
    notes = []
    if source.title_descriptive:
        notes.append("Descriptive title: the work has no title of its own (or none was recovered)")
    if source.url is None and source.text is not None:
        notes.append("No web address of its own is known; its text ships with povcoop")
    return _Work(
        key=_key(source.id),
        type=source.type,
        title=source.title,
        title_en=source.title_en,
        descriptive=source.title_descriptive,
        names=names,
        publisher=source.publisher,
        place=source.place,
        published=source.published,
        language=source.language,
        url=source.url,
        series=source.series,
        number=source.number,
        notes=tuple(notes),
    )


def _dataset(catalog: Catalog) -> _Work:
    date = catalog.manifest.data_version_date
    return _Work(
        key=_key(f"povcoop-data-{catalog.data_version}"),
        type="dataset",
        title=catalog.title,
        title_en=None,
        descriptive=False,
        names=(_Name(DATASET_AUTHOR),),
        publisher=None,
        place=None,
        published=PartialDate.fromisoformat(date) if date else None,
        language="en",
        url=None,
        version=catalog.data_version,
        notes=(f"Data from {reference(catalog.release)}",),
    )


def _date_text(published: PartialDate | None, *, month_first: bool = False) -> str | None:
    if published is None:
        return None
    month = _MONTHS[published.month - 1] if published.month else ""
    if month_first:
        day = f" {published.day}," if published.day else ""
        return f"{month}{day} {published.year}".strip()
    day = f"{published.day} " if published.day else ""
    return f"{day}{month} {published.year}".strip()


_DATED_TO_THE_DAY: Final = ("news release", "news report", "press conference", "web page")
"""Works APA dates to the day where known (news, press, web pages); others by year."""
_BOOK_LIKE: Final = ("book", "report", "working paper", "standard", "code list", "dataset")
"""Works whose titles Chicago italicises (plain text: no quotation marks) rather than quotes."""


def reference(source: Source) -> str:
    """A reference to a source: who, what, where, when, and its URL.

    A descriptive title stands in square brackets; a title in another language is followed by its
    English translation in brackets.

    >>> import povcoop
    >>> reference(povcoop.load().release)[:45]
    'China News Service, Beijing, 10 March 2021, r'
    """
    work = _work(source)
    parts: list[str] = []
    if source.authors:
        parts.append(" and ".join(source.authors) if len(source.authors) < 3 else f"{source.authors[0]} et al.")
    if source.type == "news release" and source.publisher:
        parts.append(source.publisher)
        if source.place:
            parts.append(source.place)
    else:
        parts.append(_text_title(work))
        if work.series:
            parts.append(work.series_text("") or "")
        if source.publisher:
            parts.append(source.publisher)
    when = _date_text(source.published)
    if when:
        parts.append(when)
    text = ", ".join(parts)
    if source.reporter:
        text += f", reporter {source.reporter}"
    if source.url:
        text += f", {source.url}"
    return text


def _text_title(work: _Work) -> str:
    if work.descriptive:
        return f"[{work.title}]"
    return f"“{work.title}”" + (f" [{work.translation}]" if work.translation else "")


def cite_evidence(evidence: Evidence) -> str:
    """One piece of evidence: the quote, where it stands, and its source (or the reasoning).

    >>> import povcoop
    >>> ev = povcoop.load().countries.get("LAO").evidence[0]
    >>> cite_evidence(ev).startswith("“")
    True
    """
    where = reference(evidence.source)
    located = pinpoint(evidence)
    if located is not None:
        where += f", {located}"
    quote = f"“{evidence.quote}”" if evidence.quote else ""
    if evidence.basis == "inferred":
        resting = f" Resting on {quote}." if quote else ""
        return f"Inferred: {evidence.note}{resting} ({where})"
    return f"{quote} ({where})" if quote else where


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


def cite(item: Entity | Evidence | Catalog, style: Style = "text", *, all_evidence: bool = False) -> str:
    """A citation of an entity, a piece of evidence or the catalog, in ``style``.

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
        return _WRITERS[style](_dataset(item), None)
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
        return _WRITERS[style](_work(entity), None)
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
        lines = [_WRITERS[style](_work(ev.source), ev) for ev in evidence]
        if heading is None:
            return "\n".join(lines)
        return "\n".join([heading, *(f"  {text}" for text in lines)])
    # Entries: every source once; the pinpoint is no part of an entry.
    works = [_work(source) for source in {ev.source.id: ev.source for ev in evidence}.values()]
    return _entries(style, works)


def _text(work: _Work, evidence: Evidence | None) -> str:
    """povcoop's one-line reference of a work that is not a source record (the dataset)."""
    if work.type == "dataset":
        return f"{DATASET_AUTHOR}, {work.title}, data version {work.version}" + "".join(
            f"; {note}" for note in work.notes
        )
    parts = [" and ".join(name.full for name in work.names), _text_title(work), work.publisher or ""]
    parts += [_date_text(work.published) or "", work.url or ""]
    return ", ".join(part for part in parts if part)


def _text_writer(work: _Work, evidence: Evidence | None) -> str:
    if evidence is not None:
        return cite_evidence(evidence)
    return _text(work, None)


# --- APA 7 ------------------------------------------------------------------------------------------


def _apa_names(names: tuple[_Name, ...]) -> str:
    """APA 7: ``A``; ``A, & B``; ``A, B, & C`` (up to 20)."""
    written = [name.apa() for name in names]
    if len(written) == 1:
        return written[0]
    return ", ".join(written[:-1]) + f", & {written[-1]}"


def _apa_title(work: _Work) -> str:
    if work.descriptive:
        return f"[{work.title.rstrip('.')}]"
    title = work.title.rstrip(".")
    if work.translation:
        title += f" [{work.translation}]"
    extras = []
    if work.series:
        extras.append(work.series_text() or "")
    if work.version:
        extras.append(f"Version {work.version}")
    if extras:
        title += f" ({'; '.join(extras)})"
    if work.type == "dataset":
        title += " [Data set]"
    return title


def _apa_date(work: _Work) -> str:
    published = work.published
    if published is None:
        return "n.d."
    when = str(published.year)
    if work.type in _DATED_TO_THE_DAY and published.month:
        when += f", {_MONTHS[published.month - 1]}"
        if published.day:
            when += f" {published.day}"
    return when


def _sentence(text: str) -> str:
    """``text`` ended with one period (APA's parts end so; an initial already does)."""
    return text if text.endswith((".", "?", "!")) else text + "."


def _apa_reference(work: _Work) -> str:
    """The APA 7 reference-list entry."""
    title = _sentence(_apa_title(work))
    when = f"({_apa_date(work)})."
    # Without an author, APA moves the title to the author's place.
    parts = [_sentence(_apa_names(work.names)), when, title] if work.names else [title, when]
    author_is_publisher = len(work.names) == 1 and work.names[0].full == work.publisher
    if work.publisher and not author_is_publisher:
        parts.append(_sentence(work.publisher))
    if work.type == "dataset":
        parts += [_sentence(note) for note in work.notes]
    if work.url:
        parts.append(work.url)
    return " ".join(parts)


def _apa_in_text(work: _Work, evidence: Evidence) -> str:
    names = work.names
    if not names:
        who = f"[{work.title}]" if work.descriptive else work.title
    elif len(names) == 1:
        who = names[0].short()
    elif len(names) == 2:
        who = f"{names[0].short()} & {names[1].short()}"
    else:
        who = f"{names[0].short()} et al."
    year = str(work.published.year) if work.published else "n.d."
    where = pinpoint(evidence, paragraph_word="para.")
    parts = ", ".join(part for part in (who, year, where) if part)
    quote = f"“{evidence.quote}” " if evidence.quote and evidence.basis != "inferred" else ""
    return f"{quote}({parts})"


def _apa(work: _Work, evidence: Evidence | None) -> str:
    """APA 7: the in-text citation (with the quote and its paragraph), then the reference entry."""
    if evidence is None:
        return _apa_reference(work)
    return f"{_apa_in_text(work, evidence)}\n{_apa_reference(work)}"


# --- Chicago (notes and bibliography) -----------------------------------------------------------


def _chicago_note_names(names: tuple[_Name, ...]) -> str:
    written = [name.full for name in names]
    if len(written) <= 2:
        return " and ".join(written)
    if len(written) == 3:
        return f"{written[0]}, {written[1]}, and {written[2]}"
    return f"{written[0]} et al."


def _chicago_title(work: _Work) -> str:
    """Chicago: a descriptive title plain; an article's title in quotation marks; a book's, report's or
    dataset's plain (italic in print); a translation in brackets after the original."""
    if work.descriptive:
        return work.title.rstrip(".")
    title = work.title.rstrip(".")
    if work.type not in _BOOK_LIKE:
        title = f"“{title},”"
    if work.translation:
        title += f" [{work.translation}]"
    return title


def _chicago_note(work: _Work, evidence: Evidence | None) -> str:
    """A Chicago footnote."""
    parts = []
    if work.names:
        parts.append(_chicago_note_names(work.names) + ",")
    parts.append(_chicago_title(work) + ("" if _ends_in_quote(_chicago_title(work)) else ","))
    if work.series:
        parts.append(f"{work.series_text('')},")
    if work.version:
        parts.append(f"version {work.version},")
    _chicago_facts(work, parts)
    if work.type == "dataset":
        parts.append("dataset,")
    if evidence is not None:
        where = pinpoint(evidence, paragraph_word="par.")
        if where:
            parts.append(f"{where},")
    if work.url:
        parts.append(f"{work.url},")
    text = " ".join(parts).rstrip(",")
    # The closing comma of a quoted title belongs inside its quotation marks; a title that ends the
    # note closes with a period instead.
    text = text[:-2] + ".”" if text.endswith(",”") else text + "."
    if work.type == "dataset":
        text += "".join(f" {_sentence(note)}" for note in work.notes)
    return text


def _chicago_facts(work: _Work, parts: list[str]) -> None:
    """Append a note's facts of publication to ``parts``: a book's or report's in parentheses after
    the title, (Place: Publisher, date); an article's outlet and date."""
    when = _date_text(work.published, month_first=True)
    if work.type in _BOOK_LIKE and work.type != "dataset" and (work.publisher or work.place or when):
        publisher = ": ".join(part for part in (work.place, work.publisher) if part)
        facts = f"({', '.join(part for part in (publisher, when) if part)}),"
        if parts[-1].endswith(",") and not parts[-1].endswith("”,"):
            parts[-1] = parts[-1][:-1]
        parts.append(facts)
        return
    if work.publisher:
        parts.append(f"{work.publisher}{f' ({work.place})' if work.place else ''},")
    if when:
        parts.append(f"{when},")


def _ends_in_quote(title: str) -> bool:
    return title.endswith(",”")


def _chicago_bibliography(work: _Work) -> str:
    """A Chicago bibliography entry: the first author inverted (a name already family first, as
    Chinese names are, stays so), then the parts as sentences."""
    parts = []
    if work.names:
        first, *rest = work.names
        names = [first.chicago_sorted(), *(name.full for name in rest)]
        if len(names) == 1:
            who = names[0]
        elif len(names) == 2:
            who = f"{names[0]}, and {names[1]}"
        else:
            who = ", ".join(names[:-1]) + f", and {names[-1]}"
        parts.append(_sentence(who))
    title = _chicago_title(work)
    parts.append(title[:-2] + ".”" if title.endswith(",”") else _sentence(title))
    if work.series:
        parts.append(_sentence(work.series_text("") or ""))
    if work.version:
        parts.append(f"Version {work.version}.")
    if work.type == "dataset":
        parts.append("Dataset.")
    when = _date_text(work.published, month_first=True)
    where = ", ".join(part for part in (work.publisher, when) if part)
    if where:
        parts.append(_sentence(where))
    if work.url:
        parts.append(_sentence(work.url))
    if work.type == "dataset":
        parts += [_sentence(note) for note in work.notes]
    return " ".join(parts)


def _chicago(work: _Work, evidence: Evidence | None) -> str:
    return _chicago_note(work, evidence)


# --- BibTeX, RIS, CSL JSON ----------------------------------------------------------------------

_RIS_TYPES: Final = {
    "news release": "NEWS",
    "news report": "NEWS",
    "press conference": "GEN",
    "report": "RPRT",
    "working paper": "RPRT",
    "book": "BOOK",
    "web page": "ELEC",
    "standard": "STAND",
    "code list": "DATA",
    "dataset": "DATA",
}
_CSL_TYPES: Final = {
    "news release": "article-newspaper",
    "news report": "article-newspaper",
    "press conference": "speech",
    "report": "report",
    "working paper": "report",
    "book": "book",
    "web page": "webpage",
    "standard": "standard",
    "code list": "dataset",
    "dataset": "dataset",
}
_BIBTEX_SPECIAL = re.compile(r"([&%$#_{}~^\\])")
_BIBTEX_REPLACEMENTS: Final = {"~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}


def _note(work: _Work) -> str | None:
    """An entry's note: that the title is descriptive, where the text is, where the data come from."""
    return ". ".join(note.rstrip(".") for note in work.notes) + "." if work.notes else None


def _entries(style: Style, works: list[_Work]) -> str:
    if style == "csl-json":
        return _csl_dump([_csl_item(work) for work in works])
    return (
        "".join(_WRITERS[style](work, None) for work in works)
        if style == "ris"
        else "\n".join(_WRITERS[style](work, None) for work in works)
    )


def _bibtex_text(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_REPLACEMENTS.get(m[1], "\\" + m[1]), text)


def _bibtex_entry(entry_type: str, key: str, fields: list[tuple[str, str | None]]) -> str:
    lines = [f"@{entry_type}{{{key},"]
    lines += [f"  {name} = {{{value}}}," for name, value in fields if value]
    return "\n".join(lines) + "\n}\n"


def _bibtex_name(name: _Name) -> str:
    # A name without a known family name is braced whole, so that BibTeX does not split it.
    if name.family is None or not name.given:
        return f"{{{_bibtex_text(name.full)}}}"
    return _bibtex_text(name.inverted())


def _bibtex(work: _Work, evidence: Evidence | None = None) -> str:
    published = work.published
    report = work.type in ("report", "working paper")
    book_like = work.type in ("book", "report", "working paper")
    fields: list[tuple[str, str | None]] = [
        ("author", " and ".join(_bibtex_name(name) for name in work.names) or None),
        ("title", _bibtex_text(work.bracketed_title())),
        ("type", _bibtex_text(work.series) if report and work.series else None),
        ("number", _bibtex_text(work.number) if work.number else None),
        ("institution" if report else "publisher" if book_like else "howpublished", None),
        ("address", _bibtex_text(work.place) if work.place else None),
        ("version", work.version),
        ("year", str(published.year) if published else None),
        ("month", _MONTHS[published.month - 1] if published and published.month else None),
        ("date", str(published) if published else None),
        ("language", work.language),
        ("url", work.url),
        ("note", _bibtex_text(note) if (note := _note(work)) else None),
    ]
    where = work.publisher if work.type != "dataset" else "Dataset"
    fields[4] = (fields[4][0], _bibtex_text(where) if where else None)
    entry_type = {"book": "book", "report": "techreport", "working paper": "techreport"}.get(work.type, "misc")
    return _bibtex_entry(entry_type, work.key, fields)


def _key(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", text)


def _ris_record(tags: list[tuple[str, str | None]]) -> str:
    lines = [f"{tag}  - {' '.join(value.split())}" for tag, value in tags if value]
    return "\n".join([*lines, "ER  - "]) + "\n"


def _ris(work: _Work, evidence: Evidence | None = None) -> str:
    published = work.published
    date = None
    if published is not None:
        date = f"{published.year}/{published.month or 0:02d}/{published.day or 0:02d}/".replace("/00", "/")
    tags: list[tuple[str, str | None]] = [("TY", _RIS_TYPES.get(work.type, "GEN")), ("ID", work.key)]
    tags += [("AU", name.inverted()) for name in work.names]
    tags += [
        ("TI", work.title),
        ("TT", work.translation),
        ("T2", work.publisher if work.type in ("news release", "news report") else None),
        ("T3", work.series),
        ("IS", work.number),
        ("ET", work.version),
        ("PB", work.publisher),
        ("CY", work.place),
        ("PY", str(published.year) if published else None),
        ("DA", date),
        ("LA", work.language),
        ("UR", work.url),
        ("N1", _note(work)),
    ]
    return _ris_record(tags)


def _csl_name(name: _Name) -> dict[str, Any]:
    if name.family is None or not name.given:
        return {"literal": name.full}
    return {"family": name.family, "given": name.given}


def _csl_item(work: _Work) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": work.key,
        "type": _CSL_TYPES.get(work.type, "document"),
        "title": work.bracketed_title(),
    }
    if work.names:
        item["author"] = [_csl_name(name) for name in work.names]
    if work.type in ("news release", "news report") and work.publisher:
        item["container-title"] = work.publisher
    if work.publisher:
        item["publisher"] = work.publisher
    if work.place:
        item["publisher-place"] = work.place
    if work.series:
        item["genre"] = work.series
    if work.number:
        item["number"] = work.number
    if work.version:
        item["version"] = work.version
    if work.published is not None:
        parts = [work.published.year, work.published.month, work.published.day]
        item["issued"] = {"date-parts": [[part for part in parts if part is not None]]}
    item["language"] = work.language
    if work.url:
        item["URL"] = work.url
    note = _note(work)
    if note:
        item["note"] = note
    return item


def _csl(work: _Work, evidence: Evidence | None = None) -> str:
    return _csl_dump([_csl_item(work)])


def _csl_dump(items: list[dict[str, Any]]) -> str:
    return json.dumps(items, ensure_ascii=False, indent=2)


_WRITERS: Final[dict[str, Callable[[_Work, Evidence | None], str]]] = {
    "text": _text_writer,
    "apa": _apa,
    "chicago": _chicago,
    "bibtex": _bibtex,
    "ris": _ris,
    "csl-json": _csl,
}


# --- a bibliography -----------------------------------------------------------------------------


def bibliography(items: Catalog | Iterable[Entity | Evidence] | Entity | Evidence, style: Style = "bibtex") -> str:
    """Every source that ``items`` rest on, once each, with unique keys, sorted as the style wants.

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
    works: dict[str, _Work] = {}
    if isinstance(items, Catalog):
        dataset = _dataset(items)
        works[dataset.key] = dataset
    sources, count = _sources_of(items)
    for source in sources.values():
        work = _work(source)
        works[work.key] = work
    if not works:
        what = "no items" if count == 0 else f"{count} item{'s' if count != 1 else ''} with no evidence"
        raise ValueError(f"no source to list: {what}; pass entities with evidence, evidence, or a catalog")
    ordered = sorted(works.values(), key=_sort_key)
    if style == "apa":
        return "\n".join(_apa_reference(work) for work in ordered)
    if style == "chicago":
        return "\n".join(_chicago_bibliography(work) for work in ordered)
    if style == "text":
        return "\n".join(reference(sources[work.key]) if work.key in sources else _text(work, None) for work in ordered)
    return _entries(style, ordered)


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
        if _key(current.id) in sources:
            continue
        sources[_key(current.id)] = current
        stack.extend(evidence.source for evidence in current.evidence)


def _sort_key(work: _Work) -> tuple[str, str, str]:
    """By the first author's family name (or whole name), else the title; then the date; then the key."""
    first = work.names[0].short() if work.names else work.title.lstrip("[“\"'")
    return (first.casefold(), str(work.published or ""), work.key)
