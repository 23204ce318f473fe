"""Value objects: small immutable facts that entities are made of.

No I/O and no pydantic here; the loader builds these from validated records.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, TypeAlias

import attrs

from povcoop._domain import fields as f

if TYPE_CHECKING:
    from povcoop._base.vocab import Basis, Period, ValueType
    from povcoop._domain.entities import Country, Source

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)


def _source_repr(source: Source) -> str:
    return f"<Source {source.id!r}>"


_OCCURRENCE: Final = f.RestOnly(
    name="occurrence",
    doc="Which occurrence of the quote in the source's text is meant (1-based); needed only when the quote "
    "occurs more than once. The loader turns it into offsets.",
    type=int | None,
    rest=f.AtRest(ge=1),
)
"""At rest only: the loader locates the quote, and the offsets replace it."""

_OFFSET: Final = f.RestOnly(
    name="offset",
    doc="Where the quote starts in the source's text (the offset of its first character), for a writer "
    "that knows it: the loader checks that the quote is there instead of searching the text; a quote not at "
    "its offset is a problem. Give it or occurrence, not both.",
    type=int | None,
    rest=f.AtRest(ge=0),
)
"""At rest only: where a quote is said to start; the loader checks it, and the offsets replace it."""


@attrs.frozen(kw_only=True, weakref_slot=False)
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

    REST_ONLY: ClassVar[tuple[f.RestOnly, ...]] = (_OCCURRENCE, _OFFSET)
    basis: Basis = f.value("stated, inferred or external.", criterion="basis")
    source: Source = f.link("sources", "The source quoted, reasoned from, or cited.", required=True, repr=_source_repr)
    quote: str | None = f.value(
        "The source's words: verbatim for stated evidence.", default=None, rest=f.QUOTE, span="quote"
    )
    start: int | None = f.value(
        "Offset of the quote's first character in the source's text.", default=None, span="start"
    )
    end: int | None = f.value("Offset just past the quote's last character.", default=None, span="end")
    note: str | None = f.value("The reasoning of an inference, or a remark.", default=None, rest=f.LONG_TEXT)
    locator: str | None = f.value("Where in an outside source: a page, a section.", default=None)
    supports: tuple[str, ...] = f.texts(
        "The fields of its record it is evidence for (countries, partners), where named."
    )

    @property
    def is_located(self) -> bool:
        """Whether the quote was found in its source's text, so ``start`` and ``end`` are set."""
        return self.start is not None

    def _repr_html_(self) -> str:
        from povcoop._domain.html import evidence_html

        return evidence_html(self)

    def __attrs_post_init__(self) -> None:
        # A located quote is a slice of its source's text: hold the offsets only (a corpus of
        # quotes would otherwise hold each quote twice). ``quote`` reads the slice back. The
        # loader, which located the quote in this text, passes QUOTE_AT_SPAN itself.
        if self.start is not None:
            stored = _stored_quote.__get__(self)
            if stored is QUOTE_AT_SPAN:
                return
            text = self.source.text
            if text is not None and text[self.start : self.end] == stored:
                _stored_quote.__set__(self, QUOTE_AT_SPAN)


class _Sliced:
    """Stored in place of a located quote: the quote is its source's text at ``start:end``."""

    def __repr__(self) -> str:
        return "<the source's text at start:end>"


QUOTE_AT_SPAN: Any = _Sliced()
"""Stored as an evidence's quote when the quote is its source's text at ``start:end``; the
loader passes it as ``quote=`` for a quote it located in that text (no slice made to compare)."""
_stored_quote = Evidence.__dict__["quote"]  # the slot attrs made for the field


class _Marked:
    """A field read through the slot attrs made for it, where a marker may stand for a value
    made when read: ``made(obj)`` gives it, and with ``keep`` it replaces the marker (made once
    an object; the same value whichever thread writes it). Setting and deleting go to the slot."""

    __slots__ = ("keep", "made", "marker", "slot")

    def __init__(self, slot: Any, marker: Any, made: Callable[[Any], Any], *, keep: bool) -> None:
        self.slot, self.marker, self.made, self.keep = slot, marker, made, keep

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self.slot
        stored = self.slot.__get__(obj)
        if stored is self.marker:
            stored = self.made(obj)
            if self.keep:
                self.slot.__set__(obj, stored)
        return stored

    def __set__(self, obj: object, value: Any) -> None:
        self.slot.__set__(obj, value)

    def __delete__(self, obj: object) -> None:
        self.slot.__delete__(obj)


def _sliced_quote(evidence: Evidence) -> str:
    return evidence.source.text[evidence.start : evidence.end]  # type: ignore[index]


Evidence.quote = _Marked(_stored_quote, QUOTE_AT_SPAN, _sliced_quote, keep=False)  # type: ignore[assignment]
"""``Evidence.quote``: the stored quote, or the source's text at ``start:end`` when the quote was
stored as a slice of it (read anew each time: keeping it would hold the quote twice)."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Erratum:
    """A defect of a source's text, kept verbatim at ``start:end``, with the reading it should have.

    >>> import povcoop
    >>> release = povcoop.load().release
    >>> erratum = next(e for e in release.errata if "Zhao Li insisted" in e.quote)
    >>> release.text[erratum.start : erratum.end] == erratum.quote, "Zhao Lijian" in erratum.reading
    (True, True)
    """

    REST_ONLY: ClassVar[tuple[f.RestOnly, ...]] = (_OCCURRENCE,)
    quote: str = f.value("The defective text, verbatim.", rest=f.QUOTE)
    start: int = f.value("Offset of the quote in the source's text.", span="start")
    end: int = f.value("Offset just past the quote.", span="end")
    reading: str = f.value("What the text should read.")
    note: str = f.value("Why: the evidence for the reading.", rest=f.LONG_TEXT)


def _unknown_first(part: int | None) -> int:
    return 0 if part is None else part


@attrs.frozen(order=True, weakref_slot=False)
class PartialDate:
    """A date known to the year, the month or the day: ``PartialDate(2020, 9)`` is September 2020.

    The constructor checks the date (year 1 to 9999, month 1 to 12, a day that exists in its
    month; a day needs a month). Dates sort chronologically, and a less precise date sorts just
    before the more precise ones within it: ``2021 < 2021-01 < 2021-01-01 < 2021-02``.

    >>> PartialDate.fromisoformat("2020-09").precision
    'month'
    >>> str(PartialDate(2021, 3, 10))
    '2021-03-10'
    >>> [str(d) for d in sorted([PartialDate(2021, 3), PartialDate(2021), PartialDate(2020, 12, 31)])]
    ['2020-12-31', '2021', '2021-03']
    """

    year: int = attrs.field()
    month: int | None = attrs.field(default=None, order=_unknown_first)
    day: int | None = attrs.field(default=None, order=_unknown_first)

    def __attrs_post_init__(self) -> None:
        for name in ("year", "month", "day"):
            part = getattr(self, name)
            if part is not None and (isinstance(part, bool) or not isinstance(part, int)):
                raise TypeError(f"a PartialDate's {name} is an int, not {type(part).__name__}")
        if self.day is not None and self.month is None:
            raise ValueError("a PartialDate with a day needs its month")
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range (1 to 9999)")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range (1 to 12)")
        datetime.date(self.year, self.month or 1, self.day or 1)  # a ValueError for 30 February

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Parse ``text`` of the form ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            ValueError: ``text`` is not of that form, or names no real day (``2021-02-30``).

        >>> PartialDate.fromisoformat("2021-03")
        PartialDate(year=2021, month=3, day=None)
        """
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


DayLike: TypeAlias = datetime.date | str | PartialDate
"""What the APIs that take a day accept (a :class:`datetime.datetime` is a date too)."""


def as_day(value: DayLike) -> datetime.date:
    """The day ``value`` means: a :class:`datetime.date`, a :class:`datetime.datetime` (its
    date), ISO text (``"2021-03-10"``, or a datetime's ``"2021-03-10T09:00"``) or a
    :class:`PartialDate` known to the day.

    Raises:
        ValueError: text that is not an ISO date, or a partial date or text that gives only a
            year or a month (a day is needed: the message says so).
        TypeError: any other type.

    >>> as_day("2021-03-10") == as_day(PartialDate(2021, 3, 10)) == datetime.date(2021, 3, 10)
    True
    """
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return datetime.date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return datetime.datetime.fromisoformat(text).date()
        except ValueError:
            pass
        try:
            value = PartialDate.fromisoformat(text)
        except ValueError:
            raise ValueError(f"not an ISO date (YYYY-MM-DD): {text[:40]!r}") from None
    if isinstance(value, PartialDate):
        found = value.to_date()
        if found is None:
            raise ValueError(f"{value} is a {value.precision}, not a day: give YYYY-MM-DD")
        return found
    raise TypeError(f"a day is a date, a datetime, ISO text or a PartialDate, not {type(value).__name__}")


@attrs.frozen(weakref_slot=False)
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

    @property
    def parent(self) -> Code | None:
        """The code this one lies under (a DAC category, an SDG goal, an M49 region), or ``None``.
        ``children``, ``ancestors`` and ``descendants`` walk the same hierarchy.

        >>> Code("oecd-dac-crs-purpose", "31120").parent.name
        'Agriculture'
        """
        from povcoop._codes.lists import code_name, parent_of

        found = parent_of(self.scheme, self.code)
        return None if found is None else Code(found[0], found[1], code_name(*found))

    @property
    def children(self) -> tuple[Code, ...]:
        """The codes directly under this one, in their list's order.

        >>> [c.code for c in Code("un-m49", "009").children]
        ['053', '054', '057', '061']
        """
        from povcoop._codes.lists import children_of, code_name

        return tuple(
            Code(scheme, code, code_name(scheme, code)) for scheme, code in children_of(self.scheme, self.code)
        )

    @property
    def ancestors(self) -> tuple[Code, ...]:
        """Every code above this one, its parent first.

        .. versionadded:: 0.3.0

        >>> [c.code for c in Code("un-m49", "116").ancestors]
        ['035', '142', '001']
        """
        from povcoop._codes.lists import ancestors_of, code_name

        return tuple(
            Code(scheme, code, code_name(scheme, code)) for scheme, code in ancestors_of(self.scheme, self.code)
        )

    @property
    def descendants(self) -> tuple[Code, ...]:
        """Every code under this one: its children, then theirs (what ``where()`` matches with it).

        .. versionadded:: 0.3.0

        >>> [c.code for c in Code("un-m49", "057").descendants][:3]
        ['296', '316', '520']
        """
        from povcoop._codes.lists import code_name, descendants_of

        return tuple(
            Code(scheme, code, code_name(scheme, code)) for scheme, code in descendants_of(self.scheme, self.code)
        )

    def _repr_html_(self) -> str:
        from povcoop._domain.html import code_html

        return code_html(self)


class _InItsList:
    """Stored as a code's name by the loader: the name is the one its code list gives, read from
    the list when first asked for (most loads never ask; the lists the shipped catalog's codes
    come from were 8% of its first load)."""

    def __repr__(self) -> str:
        return "<the name its code list gives>"


NAME_IN_LIST: Any = _InItsList()
"""Passed as ``Code(scheme, code, NAME_IN_LIST)``: the code's name is its list's, looked up on
first use (``None`` when the list has no such code, as ``code_name`` says)."""


def _name_in_list(code: Code) -> str | None:
    from povcoop._codes.lists import code_name

    return code_name(code.scheme, code.code)


Code.name = _Marked(Code.__dict__["name"], NAME_IN_LIST, _name_in_list, keep=True)  # type: ignore[assignment]
"""``Code.name``: the stored name, or the name its list gives when the loader stored
:data:`NAME_IN_LIST` (then kept, so that the list is read once a code)."""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Quantity:
    """A metric's value: ``number`` times ``scale`` ``unit``, and what kind of figure it is.

    ``type`` is ``"achieved"``, ``"projected"``, ``"target"`` or ``"share"``.

    >>> Quantity(number=7.6, unit="people", scale=1_000_000, type="projected").magnitude
    7600000
    """

    number: int | float = f.value("The number as the source gives it (7.6 of 7.6 million).")
    unit: str = f.value("What is counted (people, years, share of world population).")
    scale: int = f.value("What the number is multiplied by (1000000 for millions).", default=1, rest=f.AtRest(ge=1))
    type: ValueType = f.value("achieved, projected, target or share.")
    # The magnitude is a column of the tables too.
    COMPUTED: ClassVar[tuple[f.Computed, ...]] = (f.Computed(name="magnitude", role="value"),)

    @property
    def magnitude(self) -> int | float:
        """``number * scale``, computed in decimal so that 7.6 million is exactly 7,600,000."""
        from decimal import Decimal  # only here: decimal costs a millisecond at import

        exact = Decimal(repr(self.number)) * self.scale
        return int(exact) if exact == exact.to_integral_value() else float(exact)


@attrs.frozen(kw_only=True, weakref_slot=False)
class PovertyLine:
    """An international poverty line: ``amount`` ``currency`` a ``period`` at ``ppp_year`` PPP.

    >>> print(PovertyLine(amount=1.9, currency="USD", ppp_year=2011, period="day"))
    1.90 USD a day (2011 PPP)
    """

    amount: float = f.value("The line's amount (1.9).", rest=f.AtRest(gt=0))
    currency: str = f.value("ISO 4217 currency code (USD).", rest=f.AtRest(pattern=r"^[A-Z]{3}$"))
    ppp_year: int = f.value("The year of the purchasing power parities (2011).", rest=f.YEAR)
    period: Period = f.value("day, month or year.")

    def __str__(self) -> str:
        return f"{self.amount:.2f} {self.currency} a {self.period} ({self.ppp_year} PPP)"


def _country_repr(country: Country) -> str:
    return country.id


@attrs.frozen(kw_only=True, weakref_slot=False)
class Membership:
    """A country's membership of an organisation, with the dates it joined and, if so, left.

    >>> import datetime, povcoop
    >>> laos = next(m for m in povcoop.load().organizations.get("asean").members if m.country.id == "LAO")
    >>> str(laos.joined), laos.is_member_on(datetime.date(1990, 1, 1)), laos.is_member_on(datetime.date(2021, 3, 10))
    ('1997-07-23', False, True)
    """

    country: Country = f.link("countries", "The member country.", required=True, repr=_country_repr)
    joined: PartialDate = f.date("When it joined.", required=True)
    left: PartialDate | None = f.date("When it left, if it did.", after=("joined", "left before joining"))
    evidence: tuple[Evidence, ...] = f.evidence("Why the membership and its dates are believed.")

    def is_member_on(self, day: DayLike) -> bool:
        """Whether the country was a member on ``day`` (a partial date counts from its start).

        ``day`` is a :class:`datetime.date`, a :class:`datetime.datetime`, ISO text
        (``"2021-03-10"``) or a :class:`PartialDate` of a whole day (see :func:`as_day`).
        """
        day = as_day(day)
        if day < self.joined.first_day():
            return False
        return self.left is None or day < self.left.first_day()
