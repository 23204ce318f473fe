"""Pydantic models of povcoop's data files at rest.

One model per record kind; a data folder holds ``catalog.json`` (a :class:`Manifest`)
and one JSON array per kind (``projects.json`` is a list of :class:`ProjectRecord`).
References between records are ids; the loader resolves them. These models only
describe and validate the files: they never become domain objects themselves.

Conventions the loader relies on: every optional field defaults to ``None`` or an
empty list, so a record read as plain JSON and a validated record convert alike.
"""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

_PARTIAL_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


def _check_partial_date(value: str) -> str:
    """Reject ``2021-02-30`` and ``2021-13``, which the pattern alone lets through."""
    match = _PARTIAL_DATE.match(value)
    if match is None:  # pragma: no cover - the pattern constraint runs first
        raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    datetime.date(int(year), int(month or 1), int(day or 1))
    return value


Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=1, max_length=200),
]
"""A lower-case kebab-case id: ``east-asia-poverty-reduction-demonstration``."""

CountryId = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
"""A country's id: its ISO 3166-1 alpha-3 code."""

Text = Annotated[str, StringConstraints(min_length=1, max_length=100_000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=1_000)]
Quote = Annotated[str, StringConstraints(min_length=10, max_length=10_000)]
PartialDate = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$"),
    AfterValidator(_check_partial_date),
]
"""An ISO 8601 date of reduced precision: ``2021``, ``2020-09`` or ``2021-03-10``."""

DacPurposeCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{5}$")]
SdgTarget = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,2}\.[0-9a-z]{1,2}$")]
M49Code = Annotated[str, StringConstraints(pattern=r"^[0-9]{3}$")]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=2_000)]


class _Record(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False)


class EvidenceRecord(_Record):
    """Why a record is believed: a quote of a source, a reasoned inference, or an outside source.

    ``stated``: ``quote`` is verbatim text of ``source``, which must ship its text; the
    loader computes the offsets. When the quote occurs more than once, ``occurrence``
    (1-based) says which one is meant; without it a repeated quote is an error.
    ``inferred``: ``note`` gives the reasoning; ``quote`` (optional) is what it rests on.
    ``external``: ``source`` is an outside source; ``quote`` (optional) is its wording,
    checked only when that source ships its text; ``locator`` names a page or section.
    """

    basis: Literal["stated", "inferred", "external"]
    source: Slug
    quote: Quote | None = None
    occurrence: Annotated[int, Field(ge=1)] | None = None
    note: Text | None = None
    locator: ShortText | None = None

    @model_validator(mode="after")
    def _basis_has_what_it_needs(self) -> Self:
        if self.basis == "stated" and self.quote is None:
            raise ValueError("stated evidence needs a quote")
        if self.basis == "inferred" and self.note is None:
            raise ValueError("inferred evidence needs a note giving the reasoning")
        if self.occurrence is not None and self.quote is None:
            raise ValueError("occurrence needs a quote")
        return self


Evidence = Annotated[list[EvidenceRecord], Field(min_length=1, max_length=1_000)]


class _EntityRecord(_Record):
    id: Slug
    name: ShortText
    name_zh: ShortText | None = None
    aliases: list[ShortText] = []
    description: Text | None = None
    evidence: Evidence


class ErratumRecord(_Record):
    """A defect of a source's text, kept as it is, with the reading it should have."""

    quote: Quote
    occurrence: Annotated[int, Field(ge=1)] | None = None
    reading: ShortText
    note: Text


class SourceRecord(_Record):
    """The release, or an outside source cited as evidence.

    A source is evidence rather than a claim, so its own ``evidence`` may be empty;
    the release uses it for its date (the text gives no year). ``text_file`` is a path
    relative to the data folder, inside it.
    """

    id: Slug
    name: ShortText
    name_zh: ShortText | None = None
    aliases: list[ShortText] = []
    description: Text | None = None
    kind: Literal[
        "news release",
        "press conference",
        "report",
        "working paper",
        "book",
        "web page",
        "news report",
        "standard",
        "code list",
        "dataset",
    ]
    title: ShortText
    title_zh: ShortText | None = None
    publisher: ShortText | None = None
    place: ShortText | None = None
    date: PartialDate | None = None
    reporter: ShortText | None = None
    authors: list[ShortText] = []
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    url: Url | None = None
    text_file: Annotated[
        str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*$", max_length=300)
    ] | None = None
    errata: list[ErratumRecord] = []
    evidence: Annotated[list[EvidenceRecord], Field(max_length=1_000)] = []


class PersonRecord(_EntityRecord):
    role: ShortText
    organization: Slug | None = None
    role_start: PartialDate | None = None
    role_end: PartialDate | None = None


class MembershipRecord(_Record):
    country: CountryId
    joined: PartialDate
    left: PartialDate | None = None
    evidence: Evidence


class OrganizationRecord(_EntityRecord):
    kind: Literal[
        "government",
        "government ministry",
        "news agency",
        "intergovernmental organization",
        "international financial institution",
        "research and training centre",
        "university",
        "office",
    ]
    country: CountryId | None = None
    parent: Slug | None = None
    members: list[MembershipRecord] = []
    url: Url | None = None


class RegionRecord(_EntityRecord):
    """One of the release's regions; ``m49`` is absent where M49 has no such region."""

    m49: M49Code | None = None
    m49_subregions: list[M49Code] = []
    dac_regions: list[Annotated[str, StringConstraints(pattern=r"^[0-9]{2,4}$")]] = []


class CountryRecord(_EntityRecord):
    """A country; its id is its ISO 3166-1 alpha-3 code."""

    id: CountryId
    alpha_2: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    numeric: M49Code
    region: Slug | None = None
    m49_region: M49Code
    m49_subregion: M49Code
    dac_recipient: Annotated[str, StringConstraints(pattern=r"^[0-9]{3,4}$")] | None = None


class SectorRecord(_EntityRecord):
    dac_crs: list[DacPurposeCode] = []
    sdg_targets: list[SdgTarget] = []


class ConceptRecord(_EntityRecord):
    pass


class InitiativeRecord(_EntityRecord):
    kind: Literal["development strategy", "cooperation plan", "goal framework", "cooperation initiative"]
    launched: PartialDate | None = None
    countries: list[CountryId] = []
    organizations: list[Slug] = []
    goals: list[Slug] = []
    """Initiatives whose goals this one serves (the Belt and Road serves the 2030 Agenda)."""
    sdg_targets: list[SdgTarget] = []


class ProjectRecord(_EntityRecord):
    kind: Literal[
        "cooperation plan",
        "technical assistance",
        "infrastructure",
        "demonstration centre",
        "demonstration area",
        "technical cooperation",
    ]
    status: Literal["planned", "ongoing", "completed", "reported"]
    region: Slug | None = None
    countries: list[CountryId] = []
    sectors: list[Slug] = []
    partners: list[Slug] = []
    implementers: list[Slug] = []
    initiative: Slug | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    dac_crs: list[DacPurposeCode] = []
    sdg_targets: list[SdgTarget] = []
    aid_types: list[Annotated[str, StringConstraints(pattern=r"^[A-H][0-9]{2}$")]] = []


class PovertyLineRecord(_Record):
    amount: Annotated[float, Field(gt=0)]
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    ppp_year: Annotated[int, Field(ge=1900, le=2100)]
    period: Literal["day", "month", "year"]


class QuantityRecord(_Record):
    number: int | float
    unit: ShortText
    scale: Annotated[int, Field(ge=1)] = 1
    kind: Literal["achieved", "projected", "target", "share"]


class MetricRecord(_EntityRecord):
    value: QuantityRecord
    subject: ShortText
    countries: list[CountryId] = []
    regions: list[Slug] = []
    initiative: Slug | None = None
    concept: Slug | None = None
    year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    horizon: Annotated[int, Field(ge=1900, le=2100)] | None = None
    poverty_line: PovertyLineRecord | None = None
    conditions: Text | None = None
    based_on: Slug | None = None
    caveats: list[Text] = []


class StatementRecord(_EntityRecord):
    kind: Literal["question", "answer", "letter", "commitment", "remark"]
    mode: Literal["direct", "indirect"]
    speaker: Slug | None = None
    event: Slug | None = None
    date: PartialDate | None = None
    topic: ShortText


class EventRecord(_EntityRecord):
    kind: Literal["press conference", "letter", "publication", "summit"]
    date: PartialDate | None = None
    place: ShortText | None = None
    organizer: Slug | None = None
    people: list[Slug] = []
    document: Slug | None = None


class Manifest(_Record):
    """``catalog.json``: what the folder is and which source is its release."""

    title: ShortText
    release: Slug
    version: Annotated[str, StringConstraints(pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")]
    license: ShortText | None = None
