"""Bibliography entries for reference managers: BibTeX, RIS and CSL JSON. An entry depends on the
work only: the same source gives the same key and the same bytes, whatever fact is cited."""

from __future__ import annotations

import json
import re
from typing import Any, Final

from povcoop._cite.works import MONTHS, Name, Style, Work
from povcoop._domain.values import Evidence

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


def _note(work: Work) -> str | None:
    """An entry's note: that the title is descriptive, where the text is, where the data come from."""
    return ". ".join(note.rstrip(".") for note in work.notes) + "." if work.notes else None


def entries(style: Style, works: list[Work]) -> str:
    """The entries of ``works`` in ``style`` (``bibtex``, ``ris`` or ``csl-json``), in their order."""
    if style == "csl-json":
        return csl_dump([csl_item(work) for work in works])
    return "".join(ris(work) for work in works) if style == "ris" else "\n".join(bibtex(work) for work in works)


def _bibtex_text(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(lambda m: _BIBTEX_REPLACEMENTS.get(m[1], "\\" + m[1]), text)


def _bibtex_entry(entry_type: str, key: str, fields: list[tuple[str, str | None]]) -> str:
    lines = [f"@{entry_type}{{{key},"]
    lines += [f"  {name} = {{{value}}}," for name, value in fields if value]
    return "\n".join(lines) + "\n}\n"


def _bibtex_name(name: Name) -> str:
    # A name without a known family name is braced whole, so that BibTeX does not split it.
    if name.family is None or not name.given:
        return f"{{{_bibtex_text(name.full)}}}"
    return _bibtex_text(name.inverted())


def bibtex(work: Work, evidence: Evidence | None = None) -> str:
    """A BibTeX entry (the evidence is no part of it)."""
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
        ("month", MONTHS[published.month - 1] if published and published.month else None),
        ("date", str(published) if published else None),
        ("language", work.language),
        ("url", work.url),
        ("note", _bibtex_text(note) if (note := _note(work)) else None),
    ]
    where = work.publisher if work.type != "dataset" else "Dataset"
    fields[4] = (fields[4][0], _bibtex_text(where) if where else None)
    entry_type = {"book": "book", "report": "techreport", "working paper": "techreport"}.get(work.type, "misc")
    return _bibtex_entry(entry_type, work.key, fields)


def _ris_record(tags: list[tuple[str, str | None]]) -> str:
    lines = [f"{tag}  - {' '.join(value.split())}" for tag, value in tags if value]
    return "\n".join([*lines, "ER  - "]) + "\n"


def ris(work: Work, evidence: Evidence | None = None) -> str:
    """A RIS record (the evidence is no part of it)."""
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


def _csl_name(name: Name) -> dict[str, Any]:
    if name.family is None or not name.given:
        return {"literal": name.full}
    return {"family": name.family, "given": name.given}


def csl_item(work: Work) -> dict[str, Any]:
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


def csl(work: Work, evidence: Evidence | None = None) -> str:
    """A CSL JSON array of one item (the evidence is no part of it)."""
    return csl_dump([csl_item(work)])


def csl_dump(items: list[dict[str, Any]]) -> str:
    return json.dumps(items, ensure_ascii=False, indent=2)
