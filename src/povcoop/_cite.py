"""Citations: an entity, a piece of evidence or the catalog as a reference researchers can paste.

Styles: ``text`` (povcoop's one line: quote, source, position), ``apa`` (APA 7: the in-text
citation, then the reference-list entry), ``chicago`` (Chicago notes: a footnote), ``bibtex``,
``ris`` and ``csl-json`` (the bibliography formats of reference managers). Where a quote stands in
its source's text, the citation gives its paragraph and sentence as well as its character offsets.
Names are written as the source gives them ("Zhang Weiran"), never split into family and given
names povcoop was not told.
"""

from __future__ import annotations

import functools
import json
import re
from typing import TYPE_CHECKING, Any, Final, Literal, get_args

import attrs

from povcoop._catalog.catalog import Catalog
from povcoop._domain.entities import Entity, Source
from povcoop._domain.values import Evidence
from povcoop._errors import shorten
from povcoop._version import __version__

if TYPE_CHECKING:
    from collections.abc import Iterable

Style = Literal["text", "apa", "chicago", "bibtex", "ris", "csl-json"]
"""A citation style :func:`cite` writes."""

STYLES: Final[tuple[str, ...]] = get_args(Style)

DATASET_AUTHOR: Final = "povcoop developers"
"""The author of the dataset, as ``CITATION.cff`` and ``pyproject.toml`` name it."""

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# A sentence ends at . ! or ? (with any closing quotes or brackets) before white space or the end.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)")
# A paragraph is a run of lines that are not blank.
_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


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
    paragraphs = []
    for match in _PARAGRAPH.finditer(text):
        ends = tuple(match.start() + m.end() for m in _SENTENCE_END.finditer(match.group()))
        paragraphs.append(((match.start(), match.end()), ends))
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


def _date_text(source: Source, *, month_first: bool = False) -> str | None:
    published = source.published
    if published is None:
        return None
    month = _MONTHS[published.month - 1] if published.month else ""
    if month_first:
        day = f" {published.day}," if published.day else ""
        return f"{month}{day} {published.year}".strip()
    day = f"{published.day} " if published.day else ""
    return f"{day}{month} {published.year}".strip()


def _people(source: Source) -> tuple[str, ...]:
    """The source's authors, or its reporter: as the source gives the names."""
    if source.authors:
        return source.authors
    return (source.reporter,) if source.reporter else ()


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
    when = _date_text(source)
    if when:
        parts.append(when)
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
    located = position_of(evidence)
    if located is not None:
        where += f", {located}"
    if evidence.locator:
        where += f", {evidence.locator}"
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


def cite(item: Entity | Evidence | Catalog, style: Style = "text", *, all_evidence: bool = False) -> str:
    """A citation of an entity, a piece of evidence or the catalog, in ``style``.

    - An :class:`Evidence` cites its source at the quote's position (paragraph, sentence,
      characters) or the evidence's locator.
    - An entity cites its best evidence (:func:`best_evidence`): a stated quote where it has
      one. ``all_evidence=True`` keeps the audit trail instead: in ``text``, ``apa`` and
      ``chicago`` a heading and every piece of evidence, a line each; in ``bibtex``, ``ris`` and
      ``csl-json`` the bibliography of every source its evidence names.
    - A :class:`Source` cites the source itself.
    - The :class:`Catalog` cites the dataset (its title, data version and povcoop's version) and
      the release it comes from.

    Args:
        item: what to cite.
        style: ``text``, ``apa``, ``chicago``, ``bibtex``, ``ris`` or ``csl-json``.
        all_evidence: for an entity, every piece of evidence rather than the best one.

    Returns:
        The citation: text, a BibTeX or RIS record, or a CSL JSON array.

    Raises:
        TypeError: ``item`` is none of the above.
        ValueError: an unknown style (the message names the valid ones).

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
        return _DATASET_WRITERS[style](item)
    if isinstance(item, Evidence):
        return _cite_all(style, [item], heading=None)
    if not isinstance(item, Entity):
        raise TypeError(f"cite() takes an entity, an Evidence or the Catalog, not {type(item).__name__}")
    return _cite_entity(item, style, all_evidence=all_evidence)


def _cite_entity(entity: Entity, style: Style, *, all_evidence: bool) -> str:
    if isinstance(entity, Source) and not (all_evidence and entity.evidence):
        if all_evidence and style == "text":
            return f"{entity.name} ({entity.NOUN} {entity.id})\n  {reference(entity)}"
        return _cite_source(style, entity)
    if all_evidence:
        heading = f"{entity.name} ({entity.NOUN} {entity.id})"
        if not entity.evidence and style in ("text", "apa", "chicago"):
            return heading
        return _cite_all(style, list(entity.evidence), heading=heading)
    best = best_evidence(entity)
    if best is None:
        raise ValueError(f"{entity.NOUN} {shorten(entity.id)} has no evidence to cite")
    return _cite_all(style, [best], heading=None)


def _cite_all(style: Style, evidence: list[Evidence], heading: str | None) -> str:
    if style in ("text", "apa", "chicago"):
        line = {"text": cite_evidence, "apa": _apa_evidence, "chicago": _chicago_evidence}[style]
        lines = [line(ev) for ev in evidence]
        if heading is None:
            return "\n".join(lines)
        return "\n".join([heading, *(f"  {text}" for text in lines)])
    if heading is not None:
        # A bibliography: every source once, without one quote's position.
        sources = list({ev.source.id: ev.source for ev in evidence}.values())
        return _records(style, [(source, None) for source in sources])
    return _records(style, [(ev.source, ev) for ev in evidence])


def _cite_source(style: Style, source: Source) -> str:
    if style == "text":
        return reference(source)
    if style == "apa":
        return _apa_reference(source)
    if style == "chicago":
        return _chicago_note(source, None)
    return _records(style, [(source, None)])


# --- APA and Chicago ---------------------------------------------------------------------------


def _names(names: Iterable[str]) -> str:
    names = list(names)
    if len(names) <= 2:
        return " & ".join(names)
    return ", ".join(names[:-1]) + f", & {names[-1]}"


def _apa_reference(source: Source) -> str:
    """The APA 7 reference-list entry of a source."""
    published = source.published
    if published is None:
        when = "n.d."
    else:
        when = str(published.year)
        if published.month:
            when += f", {_MONTHS[published.month - 1]}"
            if published.day:
                when += f" {published.day}"
    people = _people(source)
    title = source.title.rstrip(".")
    # Without an author, APA moves the title to the author's place.
    parts = [f"{_names(people)}.", f"({when}).", f"{title}."] if people else [f"{title}.", f"({when})."]
    if source.publisher:
        parts.append(f"{source.publisher}.")
    if source.url:
        parts.append(source.url)
    return " ".join(parts)


def _apa_in_text(evidence: Evidence) -> str:
    source = evidence.source
    people = _people(source)
    who = people[0] + (" et al." if len(people) > 2 else "") if people else f"“{source.title}”"
    if len(people) == 2:
        who = f"{people[0]} & {people[1]}"
    year = str(source.published.year) if source.published else "n.d."
    located = position_of(evidence)
    pinpoint = located.pinpoint("para.") if located else evidence.locator
    parts = ", ".join(part for part in (who, year, pinpoint) if part)
    quote = f"“{evidence.quote}” " if evidence.quote and evidence.basis != "inferred" else ""
    return f"{quote}({parts})"


def _apa_evidence(evidence: Evidence) -> str:
    """APA 7: the in-text citation (with the quote and its paragraph), then the reference entry."""
    return f"{_apa_in_text(evidence)}\n{_apa_reference(evidence.source)}"


def _chicago_note(source: Source, evidence: Evidence | None) -> str:
    """A Chicago (notes and bibliography) footnote."""
    parts = []
    people = _people(source)
    if people:
        parts.append((" and ".join(people) if len(people) <= 3 else f"{people[0]} et al.") + ",")
    parts.append(f"“{source.title.rstrip('.')},”")
    if source.publisher:
        parts.append(f"{source.publisher}{f' ({source.place})' if source.place else ''},")
    when = _date_text(source, month_first=True)
    if when:
        parts.append(f"{when},")
    if evidence is not None:
        located = position_of(evidence)
        pinpoint = located.pinpoint("par.") if located else evidence.locator
        if pinpoint:
            parts.append(f"{pinpoint},")
    if source.url:
        parts.append(f"{source.url},")
    text = " ".join(parts).rstrip(",")
    # The closing comma of the title belongs inside its quotation marks; a title that ends the note
    # closes with a period instead.
    return text[:-2] + ".”" if text.endswith(",”") else text + "."


def _chicago_evidence(evidence: Evidence) -> str:
    return _chicago_note(evidence.source, evidence)


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


def _note(source: Source, evidence: Evidence | None) -> str | None:
    """What a bibliography record's note says: the quote and where it stands, or the reasoning; and,
    for a source whose text povcoop ships but whose own address is unknown, that."""
    notes = []
    if evidence is not None:
        if evidence.basis == "inferred":
            notes.append(f"Inferred by povcoop: {evidence.note}")
        if evidence.quote:
            notes.append(f"Quote: “{evidence.quote}”")
        located = position_of(evidence)
        if located is not None:
            notes.append(f"At {located}")
        if evidence.locator:
            notes.append(evidence.locator)
    if source.url is None and source.text is not None:
        notes.append("No web address of its own is known; its text ships with povcoop")
    return ". ".join(note.rstrip(".") for note in notes) + "." if notes else None


def _records(style: Style, items: list[tuple[Source, Evidence | None]]) -> str:
    if style == "bibtex":
        return "\n".join(_bibtex(source, evidence) for source, evidence in items)
    if style == "ris":
        return "".join(_ris(source, evidence) for source, evidence in items)
    return _csl_dump([_csl(source, evidence) for source, evidence in items])


def _bibtex_text(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_REPLACEMENTS.get(m[1], "\\" + m[1]), text)


def _bibtex_entry(entry_type: str, key: str, fields: list[tuple[str, str | None]]) -> str:
    lines = [f"@{entry_type}{{{key},"]
    # Braces around names keep them whole: povcoop does not know family from given names.
    lines += [f"  {name} = {{{value}}}," for name, value in fields if value]
    return "\n".join(lines) + "\n}\n"


def _bibtex(source: Source, evidence: Evidence | None) -> str:
    people = " and ".join(f"{{{_bibtex_text(name)}}}" for name in _people(source))
    published = source.published
    book_like = source.type in ("book", "report", "working paper")
    fields: list[tuple[str, str | None]] = [
        ("author", people or None),
        ("title", _bibtex_text(source.title)),
        ("howpublished" if not book_like else "publisher", _bibtex_text(source.publisher or "") or None),
        ("address", _bibtex_text(source.place) if source.place else None),
        ("year", str(published.year) if published else None),
        ("month", _MONTHS[published.month - 1] if published and published.month else None),
        ("date", str(published) if published else None),
        ("language", source.language),
        ("url", source.url),
        ("note", _bibtex_text(note) if (note := _note(source, evidence)) else None),
    ]
    if source.type in ("report", "working paper"):
        fields[2] = ("institution", fields[2][1])
    entry_type = {"book": "book", "report": "techreport", "working paper": "techreport"}.get(source.type, "misc")
    return _bibtex_entry(entry_type, _key(source.id), fields)


def _key(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", text)


def _ris_record(tags: list[tuple[str, str | None]]) -> str:
    lines = [f"{tag}  - {' '.join(value.split())}" for tag, value in tags if value]
    return "\n".join([*lines, "ER  - "]) + "\n"


def _ris(source: Source, evidence: Evidence | None) -> str:
    published = source.published
    date = None
    if published is not None:
        date = f"{published.year}/{published.month or 0:02d}/{published.day or 0:02d}/".replace("/00", "/")
    tags: list[tuple[str, str | None]] = [("TY", _RIS_TYPES.get(source.type, "GEN")), ("ID", source.id)]
    tags += [("AU", name) for name in _people(source)]
    tags += [
        ("TI", source.title),
        ("T2", source.publisher if source.type in ("news release", "news report") else None),
        ("PB", source.publisher),
        ("CY", source.place),
        ("PY", str(published.year) if published else None),
        ("DA", date),
        ("LA", source.language),
        ("UR", source.url),
        ("N1", _note(source, evidence)),
    ]
    return _ris_record(tags)


def _csl(source: Source, evidence: Evidence | None) -> dict[str, Any]:
    item: dict[str, Any] = {"id": source.id, "type": _CSL_TYPES.get(source.type, "document"), "title": source.title}
    people = _people(source)
    if people:
        item["author"] = [{"literal": name} for name in people]
    if source.type in ("news release", "news report") and source.publisher:
        item["container-title"] = source.publisher
    if source.publisher:
        item["publisher"] = source.publisher
    if source.place:
        item["publisher-place"] = source.place
    published = source.published
    if published is not None:
        parts = [published.year, published.month, published.day]
        item["issued"] = {"date-parts": [[part for part in parts if part is not None]]}
    item["language"] = source.language
    if source.url:
        item["URL"] = source.url
    note = _note(source, evidence)
    if note:
        item["note"] = note
    return item


def _csl_dump(items: list[dict[str, Any]]) -> str:
    return json.dumps(items, ensure_ascii=False, indent=2)


# --- the dataset ------------------------------------------------------------------------------


def _dataset_text(catalog: Catalog) -> str:
    return (
        f"{DATASET_AUTHOR}, {catalog.title}, data version {catalog.data_version} (povcoop {__version__}); "
        f"from {reference(catalog.release)}"
    )


def _dataset_apa(catalog: Catalog) -> str:
    return (
        f"{DATASET_AUTHOR}. (n.d.). {catalog.title} (Version {catalog.data_version}) [Data set; povcoop "
        f"{__version__}]. Data from {_apa_reference(catalog.release)}"
    )


def _dataset_chicago(catalog: Catalog) -> str:
    return (
        f"{DATASET_AUTHOR}, {catalog.title}, version {catalog.data_version}, dataset (povcoop {__version__}). "
        f"Data from {_chicago_note(catalog.release, None)}"
    )


def _dataset_note(catalog: Catalog) -> str:
    return f"Data from {reference(catalog.release)}. povcoop {__version__}."


def _dataset_key(catalog: Catalog) -> str:
    return _key(f"povcoop-data-{catalog.data_version}")


def _dataset_bibtex(catalog: Catalog) -> str:
    fields: list[tuple[str, str | None]] = [
        ("author", f"{{{DATASET_AUTHOR}}}"),
        ("title", _bibtex_text(catalog.title)),
        ("version", catalog.data_version),
        ("howpublished", "Dataset"),
        ("note", _bibtex_text(_dataset_note(catalog))),
    ]
    return _bibtex_entry("misc", _dataset_key(catalog), fields)


def _dataset_ris(catalog: Catalog) -> str:
    tags: list[tuple[str, str | None]] = [
        ("TY", "DATA"),
        ("ID", _dataset_key(catalog)),
        ("AU", DATASET_AUTHOR),
        ("TI", catalog.title),
        ("ET", catalog.data_version),
        ("N1", _dataset_note(catalog)),
    ]
    return _ris_record(tags)


def _dataset_csl(catalog: Catalog) -> str:
    item: dict[str, Any] = {
        "id": _dataset_key(catalog),
        "type": "dataset",
        "title": catalog.title,
        "author": [{"literal": DATASET_AUTHOR}],
        "version": catalog.data_version,
        "note": _dataset_note(catalog),
    }
    return _csl_dump([item])


_DATASET_WRITERS: Final = {
    "text": _dataset_text,
    "apa": _dataset_apa,
    "chicago": _dataset_chicago,
    "bibtex": _dataset_bibtex,
    "ris": _dataset_ris,
    "csl-json": _dataset_csl,
}
