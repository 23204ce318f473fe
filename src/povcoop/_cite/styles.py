"""The citation styles: povcoop's one line (``text``), APA 7 (the in-text citation, then the
reference-list entry) and Chicago (notes and bibliography); and every style's writer, by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from povcoop._cite.entries import bibtex, csl, ris
from povcoop._cite.positions import pinpoint
from povcoop._cite.works import DATASET_AUTHOR, MONTHS, Name, Work, date_text, reference, text_title
from povcoop._domain.values import Evidence

_DATED_TO_THE_DAY: Final = ("news release", "news report", "press conference", "web page")
"""Works APA dates to the day where known (news, press, web pages); others by year."""
_BOOK_LIKE: Final = ("book", "report", "working paper", "standard", "code list", "dataset")
"""Works whose titles Chicago italicises (plain text: no quotation marks) rather than quotes."""


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


def plain_reference(work: Work, evidence: Evidence | None) -> str:
    """povcoop's one-line reference of a work that is not a source record (the dataset)."""
    if work.type == "dataset":
        return f"{DATASET_AUTHOR}, {work.title}, data version {work.version}" + "".join(
            f"; {note}" for note in work.notes
        )
    parts = [" and ".join(name.full for name in work.names), text_title(work), work.publisher or ""]
    parts += [date_text(work.published) or "", work.url or ""]
    return ", ".join(part for part in parts if part)


def _text_writer(work: Work, evidence: Evidence | None) -> str:
    if evidence is not None:
        return cite_evidence(evidence)
    return plain_reference(work, None)


# --- APA 7 ------------------------------------------------------------------------------------------


def _apa_names(names: tuple[Name, ...]) -> str:
    """APA 7: ``A``; ``A, & B``; ``A, B, & C`` (up to 20)."""
    written = [name.apa() for name in names]
    if len(written) == 1:
        return written[0]
    return ", ".join(written[:-1]) + f", & {written[-1]}"


def _apa_title(work: Work) -> str:
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


def _apa_date(work: Work) -> str:
    published = work.published
    if published is None:
        return "n.d."
    when = str(published.year)
    if work.type in _DATED_TO_THE_DAY and published.month:
        when += f", {MONTHS[published.month - 1]}"
        if published.day:
            when += f" {published.day}"
    return when


def _sentence(text: str) -> str:
    """``text`` ended with one period (APA's parts end so; an initial already does)."""
    return text if text.endswith((".", "?", "!")) else text + "."


def apa_reference(work: Work) -> str:
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


def _apa_in_text(work: Work, evidence: Evidence) -> str:
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


def _apa(work: Work, evidence: Evidence | None) -> str:
    """APA 7: the in-text citation (with the quote and its paragraph), then the reference entry."""
    if evidence is None:
        return apa_reference(work)
    return f"{_apa_in_text(work, evidence)}\n{apa_reference(work)}"


# --- Chicago (notes and bibliography) -----------------------------------------------------------


def _chicago_note_names(names: tuple[Name, ...]) -> str:
    written = [name.full for name in names]
    if len(written) <= 2:
        return " and ".join(written)
    if len(written) == 3:
        return f"{written[0]}, {written[1]}, and {written[2]}"
    return f"{written[0]} et al."


def _chicago_title(work: Work) -> str:
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


def _chicago_note(work: Work, evidence: Evidence | None) -> str:
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


def _chicago_facts(work: Work, parts: list[str]) -> None:
    """Append a note's facts of publication to ``parts``: a book's or report's in parentheses after
    the title, (Place: Publisher, date); an article's outlet and date."""
    when = date_text(work.published, month_first=True)
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


def chicago_bibliography(work: Work) -> str:
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
    when = date_text(work.published, month_first=True)
    where = ", ".join(part for part in (work.publisher, when) if part)
    if where:
        parts.append(_sentence(where))
    if work.url:
        parts.append(_sentence(work.url))
    if work.type == "dataset":
        parts += [_sentence(note) for note in work.notes]
    return " ".join(parts)


def _chicago(work: Work, evidence: Evidence | None) -> str:
    return _chicago_note(work, evidence)


WRITERS: Final[dict[str, Callable[[Work, Evidence | None], str]]] = {
    "text": _text_writer,
    "apa": _apa,
    "chicago": _chicago,
    "bibtex": bibtex,
    "ris": ris,
    "csl-json": csl,
}
