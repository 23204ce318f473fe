"""What a citation is made of: a work (a source, or the dataset) with its people's names split
where the record says which is the family name, its key and its dates; and the plain one-line
reference to a source."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Literal, get_args

import attrs

from povcoop._domain.entities import Source
from povcoop._domain.values import PartialDate

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog

Style = Literal["text", "apa", "chicago", "bibtex", "ris", "csl-json"]
"""A citation style :func:`cite` writes."""

STYLES: Final[tuple[str, ...]] = get_args(Style)

DATASET_AUTHOR: Final = "povcoop developers"
"""The author of the dataset, as ``CITATION.cff`` and ``pyproject.toml`` name it."""

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@attrs.frozen
class Name:
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


def _name(full: str, family: str | None) -> Name:
    if family and full.startswith(family + " "):
        return Name(full, family, full[len(family) + 1 :], family_first=True)
    if family and full.endswith(" " + family):
        return Name(full, family, full[: -len(family) - 1])
    return Name(full)


@attrs.frozen
class Work:
    """One work as every style cites it: a source, or the dataset."""

    key: str
    type: str
    title: str
    title_en: str | None
    descriptive: bool
    names: tuple[Name, ...]
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


def work_of(source: Source) -> Work:
    """The work a source record describes, as every style cites it."""
    people = _people(source)
    families = source.family_names
    names = tuple(_name(full, families[i] if i < len(families) else None) for i, full in enumerate(people))
    notes = []
    if source.title_descriptive:
        notes.append("Descriptive title: the work has no title of its own (or none was recovered)")
    if source.url is None and source.text is not None:
        notes.append("No web address of its own is known; its text ships with povcoop")
    return Work(
        key=key_of(source.id),
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


def dataset_work(catalog: Catalog) -> Work:
    """The dataset as a work: its title, data version and that version's date, from the release."""
    date = catalog.manifest.data_version_date
    return Work(
        key=key_of(f"povcoop-data-{catalog.data_version}"),
        type="dataset",
        title=catalog.title,
        title_en=None,
        descriptive=False,
        names=(Name(DATASET_AUTHOR),),
        publisher=None,
        place=None,
        published=PartialDate.fromisoformat(date) if date else None,
        language="en",
        url=None,
        version=catalog.data_version,
        notes=(f"Data from {reference(catalog.release)}",),
    )


def date_text(published: PartialDate | None, *, month_first: bool = False) -> str | None:
    """``10 March 2021`` (``March 10, 2021`` with ``month_first``), to the precision known."""
    if published is None:
        return None
    month = MONTHS[published.month - 1] if published.month else ""
    if month_first:
        day = f" {published.day}," if published.day else ""
        return f"{month}{day} {published.year}".strip()
    day = f"{published.day} " if published.day else ""
    return f"{day}{month} {published.year}".strip()


def reference(source: Source) -> str:
    """A reference to a source: who, what, where, when, and its URL.

    A descriptive title stands in square brackets; a title in another language is followed by its
    English translation in brackets.

    >>> import povcoop
    >>> reference(povcoop.load().release)[:45]
    'China News Service, Beijing, 10 March 2021, r'
    """
    work = work_of(source)
    parts: list[str] = []
    if source.authors:
        parts.append(" and ".join(source.authors) if len(source.authors) < 3 else f"{source.authors[0]} et al.")
    if source.type == "news release" and source.publisher:
        parts.append(source.publisher)
        if source.place:
            parts.append(source.place)
    else:
        parts.append(text_title(work))
        if work.series:
            parts.append(work.series_text("") or "")
        if source.publisher:
            parts.append(source.publisher)
    when = date_text(source.published)
    if when:
        parts.append(when)
    text = ", ".join(parts)
    if source.reporter:
        text += f", reporter {source.reporter}"
    if source.url:
        text += f", {source.url}"
    return text


def text_title(work: Work) -> str:
    """The title in quotation marks with its translation, or a descriptive title in brackets."""
    if work.descriptive:
        return f"[{work.title}]"
    return f"“{work.title}”" + (f" [{work.translation}]" if work.translation else "")


def key_of(text: str) -> str:
    """A bibliography key from an id: characters BibTeX and RIS keys allow, others as ``-``."""
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", text)
