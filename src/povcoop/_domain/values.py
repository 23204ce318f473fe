"""Value objects: small immutable facts that entities are made of.

No I/O and no pydantic here; the loader builds these from validated records.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Literal

import attrs

if TYPE_CHECKING:
    from povcoop._domain.entities import Country, Source

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)

Basis = Literal["stated", "inferred", "external"]
"""How a piece of evidence supports its record (see :class:`Evidence`)."""


def _source_key(source: Source) -> str:
    # Evidence compares its source by id: sources may cite themselves (the release's
    # own date), and comparing whole sources would recurse.
    return source.id


def _source_repr(source: Source) -> str:
    return f"<Source {source.id!r}>"


@attrs.frozen(kw_only=True)
class Evidence:
    """Why a record is believed.

    ``basis`` is ``"stated"`` (``quote`` is verbatim text of ``source`` at
    ``source.text[start:end]``), ``"inferred"`` (``note`` gives the reasoning; a quote, if
    any, is what it rests on) or ``"external"`` (``source`` is an outside source; ``quote``
    is its wording, if given, and ``locator`` a page or section).

    >>> import povcoop
    >>> ev = povcoop.load().projects.get("east-asia-poverty-reduction-demonstration").evidence[0]
    >>> ev.basis, ev.quote == ev.source.text[ev.start:ev.end]
    ('stated', True)
    """

    basis: Basis
    source: Source = attrs.field(eq=_source_key, repr=_source_repr)
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    note: str | None = None
    locator: str | None = None

    @property
    def is_located(self) -> bool:
        """Whether the quote was found in its source's text, so ``start`` and ``end`` are set."""
        return self.start is not None


@attrs.frozen(kw_only=True)
class Erratum:
    """A defect of a source's text, kept verbatim at ``start:end``, with the reading it should have."""

    quote: str
    start: int
    end: int
    reading: str
    note: str


@attrs.frozen(order=True)
class PartialDate:
    """A date known to the year, the month or the day: ``PartialDate(2020, 9)`` is September 2020.

    >>> PartialDate.fromisoformat("2020-09").precision
    'month'
    >>> str(PartialDate(2021, 3, 10))
    '2021-03-10'
    """

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a ValueError for anything else."""
        match = _PARTIAL_DATE.fullmatch(text)
        if match is None:
            raise ValueError(f"not a date of the form YYYY[-MM[-DD]]: {text!r}")
        year = int(match[1])
        month = int(match[2]) if match[2] else None
        day = int(match[3]) if match[3] else None
        datetime.date(year, month or 1, day or 1)  # raises ValueError for 2021-02-30
        return cls(year, month, day)

    @property
    def precision(self) -> Literal["year", "month", "day"]:
        """How much of the date is known."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def first_day(self) -> datetime.date:
        """The first day the date can mean: ``PartialDate(1984).first_day()`` is 1 January 1984."""
        return datetime.date(self.year, self.month or 1, self.day or 1)

    def to_date(self) -> datetime.date | None:
        """The full date, or ``None`` when only the year or month is known."""
        if self.month is None or self.day is None:
            return None
        return datetime.date(self.year, self.month, self.day)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


@attrs.frozen
class Code:
    """A code of a standard code system, with its official name.

    ``scheme`` is one of ``iso3166-1-alpha-2``, ``iso3166-1-alpha-3``, ``iso3166-1-numeric``,
    ``un-m49``, ``oecd-dac-crs-purpose``, ``oecd-dac-region``, ``oecd-dac-recipient``,
    ``un-sdg-target``, ``iati-aid-type``. Codes compare by scheme and code only.

    >>> Code("un-sdg-target", "1.1", "By 2030, eradicate extreme poverty") == Code("un-sdg-target", "1.1")
    True
    """

    scheme: str
    code: str
    name: str | None = attrs.field(default=None, eq=False)

    def __str__(self) -> str:
        return f"{self.scheme}:{self.code}"


@attrs.frozen(kw_only=True)
class Quantity:
    """A metric's value: ``number`` times ``scale`` ``unit``, and what kind of figure it is.

    ``kind`` is ``"achieved"``, ``"projected"``, ``"target"`` or ``"share"``.

    >>> Quantity(number=7.6, unit="people", scale=1_000_000, kind="projected").magnitude
    7600000
    """

    number: int | float
    unit: str
    scale: int = 1
    kind: Literal["achieved", "projected", "target", "share"]

    @property
    def magnitude(self) -> int | float:
        """``number * scale``, computed in decimal so that 7.6 million is exactly 7,600,000."""
        from decimal import Decimal  # only here: decimal costs a millisecond at import

        exact = Decimal(repr(self.number)) * self.scale
        return int(exact) if exact == exact.to_integral_value() else float(exact)


@attrs.frozen(kw_only=True)
class PovertyLine:
    """An international poverty line: ``amount`` ``currency`` a ``period`` at ``ppp_year`` PPP."""

    amount: float
    currency: str
    ppp_year: int
    period: Literal["day", "month", "year"]

    def __str__(self) -> str:
        return f"{self.amount:.2f} {self.currency} a {self.period} ({self.ppp_year} PPP)"


def _country_key(country: Country) -> str:
    return country.id


@attrs.frozen(kw_only=True)
class Membership:
    """A country's membership of an organisation, with the dates it joined and, if so, left."""

    country: Country = attrs.field(eq=_country_key, repr=_country_key)
    joined: PartialDate
    left: PartialDate | None = None
    evidence: tuple[Evidence, ...] = ()

    def is_member_on(self, day: datetime.date) -> bool:
        """Whether the country was a member on ``day`` (a partial date counts from its start)."""
        if day < self.joined.first_day():
            return False
        return self.left is None or day < self.left.first_day()
