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
from typing import Annotated, Final, Self, get_args

import attrs
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from povcoop._layout import KINDS
from povcoop._vocab import (
    AmountElement,
    Basis,
    EventType,
    InitiativeType,
    KnownProjectType,
    OrganizationType,
    Period,
    ProjectStatus,
    SourceType,
    StatementMode,
    StatementType,
    ValueType,
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


@attrs.frozen
class Ref:
    """Marks a field that holds the id of a record of ``kind`` (checked against the entities)."""

    kind: str


@attrs.frozen
class Scheme:
    """Marks a field that holds a code of ``scheme`` (checked against the entities)."""

    scheme: str


Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=1, max_length=200),
]
"""A lower-case kebab-case id: ``east-asia-poverty-reduction-demonstration``."""

CountryId = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
"""A country's id: its ISO 3166-1 alpha-3 code."""

SourceRef = Annotated[Slug, Ref("sources")]
PersonRef = Annotated[Slug, Ref("people")]
OrganizationRef = Annotated[Slug, Ref("organizations")]
RegionRef = Annotated[Slug, Ref("regions")]
CountryRef = Annotated[CountryId, Ref("countries")]
InitiativeRef = Annotated[Slug, Ref("initiatives")]
SectorRef = Annotated[Slug, Ref("sectors")]
ConceptRef = Annotated[Slug, Ref("concepts")]
MetricRef = Annotated[Slug, Ref("metrics")]
EventRef = Annotated[Slug, Ref("events")]
EntityRef = Annotated[
    str,
    StringConstraints(
        pattern=rf"^({'|'.join(KINDS)})/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$",
        max_length=220,
    ),
    Ref("*"),
]
"""A reference to an entity of any kind: ``"projects/east-asia-poverty-reduction-demonstration"``."""

Text = Annotated[str, StringConstraints(min_length=1, max_length=100_000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=1_000)]
Quote = Annotated[str, StringConstraints(min_length=10, max_length=10_000)]
_YEAR = r"(?:[1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])"
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)"
_DATE_PATTERN = (
    rf"^(?:{_YEAR}(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1[0-9]|2[0-8]))?"
    r"|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31))?"
    rf"|{_LEAP_YEAR}-02-29)$"
)
"""Exactly the dates of the proleptic Gregorian calendar (years 1 to 9999) at year, month or day
precision, so that the JSON Schema rejects ``2021-13`` and ``2021-02-29`` as the loader does."""

PATTERN_NAMES: Final[dict[str, str]] = {
    _DATE_PATTERN: "a real date of the form YYYY, YYYY-MM or YYYY-MM-DD",
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$": "an id: lower-case letters and digits in words joined by '-'",
    rf"^({'|'.join(KINDS)})/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$": "a reference 'kind/id' (projects/my-project)",
}
"""What a message calls a pattern that does not speak for itself."""

DateText = Annotated[
    str,
    StringConstraints(pattern=_DATE_PATTERN),
    AfterValidator(_check_partial_date),
]
"""An ISO 8601 date of reduced precision: ``2021``, ``2020-09`` or ``2021-03-10``."""

DacPurposeCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{5}$"), Scheme("oecd-dac-crs-purpose")]
SdgTarget = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,2}\.[0-9a-z]{1,2}$"), Scheme("un-sdg-target")]
M49Code = Annotated[str, StringConstraints(pattern=r"^[0-9]{3}$"), Scheme("un-m49")]
DacRegionCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{2,4}$"), Scheme("oecd-dac-region")]
DacRecipientCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{2,4}$"), Scheme("oecd-dac-recipient")]
AidTypeCode = Annotated[str, StringConstraints(pattern=r"^[A-H][0-9]{2}$"), Scheme("iati-aid-type")]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=2_000)]


class _Record(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, allow_inf_nan=False)


# The value objects of IATI facts (povcoop.read_iati), in one block.
IatiOrganisationTypeCode = Annotated[str, Scheme("iati-organisation-type")]
CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$"), Scheme("iati-currency")]
Percentage = Annotated[float, Field(ge=0, le=100)]


class NarrativeRecord(_Record):
    text: Text
    language: Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")] | None = None
    type: ShortText | None = None


class ActivityDateRecord(_Record):
    type: Annotated[str, Scheme("iati-activity-date-type")]
    date: DateText


class CountryShareRecord(_Record):
    country: CountryRef
    percentage: Percentage | None = None


class RegionShareRecord(_Record):
    code: ShortText
    vocabulary: ShortText
    vocabulary_uri: ShortText | None = None
    percentage: Percentage | None = None


class SectorShareRecord(_Record):
    code: ShortText
    vocabulary: ShortText
    vocabulary_uri: ShortText | None = None
    percentage: Percentage | None = None


class ParticipationRecord(_Record):
    organization: OrganizationRef
    role: Annotated[str, Scheme("iati-organisation-role")]
    type: IatiOrganisationTypeCode | None = None
    ref: ShortText | None = None
    activity_id: ShortText | None = None


class AmountTotalRecord(_Record):
    element: AmountElement
    type: ShortText | None = None
    currency: CurrencyCode
    total: float
    count: Annotated[int, Field(ge=1)]
    first_value_date: DateText | None = None
    last_value_date: DateText | None = None


class RelatedActivityRecord(_Record):
    type: Annotated[str, Scheme("iati-related-activity-type")]
    ref: ShortText


class EvidenceRecord(_Record):
    """Why a record is believed: a quote of a source, a reasoned inference, or an outside source.

    ``stated``: ``quote`` is verbatim text of ``source``, which must ship its text; the
    loader computes the offsets. When the quote occurs more than once, ``occurrence``
    (1-based) says which one is meant; without it a repeated quote is an error.
    ``inferred``: ``note`` gives the reasoning; ``quote`` (optional) is what it rests on.
    ``external``: ``source`` is an outside source; ``quote`` (optional) is its wording,
    checked only when that source ships its text; ``locator`` names a page or section.
    """

    basis: Basis
    source: SourceRef
    quote: Quote | None = None
    occurrence: Annotated[int, Field(ge=1)] | None = None
    note: Text | None = None
    locator: ShortText | None = None
    supports: list[ShortText] = []
    """The fields of the record this evidence is for (``countries``, ``partners``), where named."""

    @model_validator(mode="after")
    def _basis_has_what_it_needs(self) -> Self:
        if self.basis == "stated" and self.quote is None:
            raise ValueError("stated evidence needs a quote")
        if self.basis == "inferred" and self.note is None:
            raise ValueError("inferred evidence needs a note giving the reasoning")
        if self.occurrence is not None and self.quote is None:
            raise ValueError("occurrence needs a quote")
        return self


EvidenceList = Annotated[list[EvidenceRecord], Field(min_length=1, max_length=1_000)]


class _EntityRecord(_Record):
    id: Slug
    name: ShortText
    name_zh: ShortText | None = None
    aliases: list[ShortText] = []
    description: Text | None = None
    evidence: EvidenceList


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
    type: SourceType
    title: ShortText
    title_zh: ShortText | None = None
    title_en: ShortText | None = None
    title_descriptive: bool = False
    series: ShortText | None = None
    number: ShortText | None = None
    publisher: ShortText | None = None
    place: ShortText | None = None
    published: DateText | None = None
    reporter: ShortText | None = None
    authors: list[ShortText] = []
    family_names: list[ShortText] = []
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    url: Url | None = None
    text_file: (
        Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*$", max_length=300)] | None
    ) = None
    errata: list[ErratumRecord] = []
    former_ids: list[Slug] = []
    evidence: Annotated[list[EvidenceRecord], Field(max_length=1_000)] = []


class PersonRecord(_EntityRecord):
    role: ShortText
    organization: OrganizationRef | None = None
    role_start: DateText | None = None
    role_end: DateText | None = None


class MembershipRecord(_Record):
    country: CountryRef
    joined: DateText
    left: DateText | None = None
    evidence: EvidenceList


class OrganizationRecord(_EntityRecord):
    type: OrganizationType
    country: CountryRef | None = None
    parent: OrganizationRef | None = None
    members: list[MembershipRecord] = []
    url: Url | None = None
    # IATI facts (povcoop.read_iati)
    iati_ref: ShortText | None = None
    iati_type: IatiOrganisationTypeCode | None = None


class RegionRecord(_EntityRecord):
    """One of the release's regions; ``m49`` is absent where M49 has no such region."""

    m49: M49Code | None = None
    m49_subregions: list[M49Code] = []
    dac_regions: list[DacRegionCode] = []


class CountryRecord(_EntityRecord):
    """A country; its id is its ISO 3166-1 alpha-3 code."""

    id: Annotated[CountryId, Scheme("iso3166-1-alpha-3")]
    alpha_2: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$"), Scheme("iso3166-1-alpha-2")]
    numeric: Annotated[str, StringConstraints(pattern=r"^[0-9]{3}$"), Scheme("iso3166-1-numeric")]
    region: RegionRef | None = None
    m49_region: M49Code
    m49_subregion: M49Code
    dac_recipient: DacRecipientCode | None = None


class SectorRecord(_EntityRecord):
    dac_crs: list[DacPurposeCode] = []
    sdg_targets: list[SdgTarget] = []


class ConceptRecord(_EntityRecord):
    pass


class InitiativeRecord(_EntityRecord):
    type: InitiativeType
    launched: DateText | None = None
    countries: list[CountryRef] = []
    organizations: list[OrganizationRef] = []
    participant_groups: list[OrganizationRef] = []
    """Groups of countries taking part as a group (\"ASEAN countries\"), not as a list of members."""
    goals: list[InitiativeRef] = []
    """Initiatives whose goals this one serves (the Belt and Road serves the 2030 Agenda)."""
    sdg_targets: list[SdgTarget] = []


OpenTerm = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9 ,()'-]*[a-z0-9)]$", max_length=100)]
"""A term of an open vocabulary outside the listed ones: lower-case words (``capacity building``)."""


class ProjectRecord(_EntityRecord):
    type: Annotated[OpenTerm, Field(examples=list(get_args(KnownProjectType)))]
    """One of the release's kinds of project (the examples), or another: an open vocabulary."""
    status: ProjectStatus
    region: RegionRef | None = None
    countries: list[CountryRef] = []
    participant_groups: list[OrganizationRef] = []
    sectors: list[SectorRef] = []
    partners: list[OrganizationRef] = []
    implementers: list[OrganizationRef] = []
    initiative: InitiativeRef | None = None
    presented_in: list[SourceRef] = []
    launched: DateText | None = None
    start: DateText | None = None
    end: DateText | None = None
    dac_crs: list[DacPurposeCode] = []
    sdg_targets: list[SdgTarget] = []
    aid_types: list[AidTypeCode] = []
    # IATI facts (povcoop.read_iati): one block, so that a registry-derived model can replace it.
    iati_identifier: ShortText | None = None
    iati_status: Annotated[str, Scheme("iati-activity-status")] | None = None
    titles: list[NarrativeRecord] = []
    descriptions: list[NarrativeRecord] = []
    iati_dates: list[ActivityDateRecord] = []
    recipient_countries: list[CountryShareRecord] = []
    recipient_regions: list[RegionShareRecord] = []
    iati_sectors: list[SectorShareRecord] = []
    dac_crs_categories: list[
        Annotated[str, StringConstraints(pattern=r"^[0-9]{3}$"), Scheme("oecd-dac-crs-category")]
    ] = []
    sdg_goals: list[Annotated[str, StringConstraints(pattern=r"^[0-9]{1,2}$"), Scheme("un-sdg-goal")]] = []
    sdg_indicators: list[ShortText] = []
    participants: list[ParticipationRecord] = []
    reporting_org: OrganizationRef | None = None
    secondary_reporter: bool | None = None
    flow_type: Annotated[str, Scheme("iati-flow-type")] | None = None
    finance_type: Annotated[str, Scheme("iati-finance-type")] | None = None
    tied_status: Annotated[str, Scheme("iati-tied-status")] | None = None
    default_currency: CurrencyCode | None = None
    amounts: list[AmountTotalRecord] = []
    documents: list[SourceRef] = []
    related_activities: list[RelatedActivityRecord] = []


class PovertyLineRecord(_Record):
    amount: Annotated[float, Field(gt=0)]
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    ppp_year: Annotated[int, Field(ge=1900, le=2100)]
    period: Period


class QuantityRecord(_Record):
    number: int | float
    unit: ShortText
    scale: Annotated[int, Field(ge=1)] = 1
    type: ValueType


class MetricRecord(_EntityRecord):
    value: QuantityRecord
    wording: ShortText | None = None
    subject: ShortText
    countries: list[CountryRef] = []
    regions: list[RegionRef] = []
    initiative: InitiativeRef | None = None
    concept: ConceptRef | None = None
    year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    horizon: Annotated[int, Field(ge=1900, le=2100)] | None = None
    poverty_line: PovertyLineRecord | None = None
    conditions: Text | None = None
    based_on: MetricRef | None = None
    main_caveat: ShortText | None = None
    caveats: list[Text] = []


class StatementRecord(_EntityRecord):
    type: StatementType
    mode: StatementMode
    speaker: PersonRef | None = None
    event: EventRef | None = None
    date: DateText | None = None
    topic: ShortText
    about: list[EntityRef] = []


class EventRecord(_EntityRecord):
    type: EventType
    date: DateText | None = None
    not_before: DateText | None = None
    not_after: DateText | None = None
    place: ShortText | None = None
    organizer: OrganizationRef | None = None
    people: list[PersonRef] = []
    document: SourceRef | None = None


class Manifest(_Record):
    """``catalog.json``: what the folder is and which source is its release."""

    title: ShortText
    release: Slug
    data_version: Annotated[str, StringConstraints(pattern=r"^[0-9]+\.[0-9]+\.[0-9]+$")]
    """The version of the data, bumped whenever a data file changes."""
    data_version_date: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")] | None = None
    """The day this data version was made (ISO 8601), for citations of the dataset."""
    license: ShortText | None = None


RECORD_MODELS: Final[dict[str, type[_Record]]] = {
    "sources": SourceRecord,
    "people": PersonRecord,
    "organizations": OrganizationRecord,
    "regions": RegionRecord,
    "countries": CountryRecord,
    "sectors": SectorRecord,
    "concepts": ConceptRecord,
    "initiatives": InitiativeRecord,
    "projects": ProjectRecord,
    "metrics": MetricRecord,
    "events": EventRecord,
    "statements": StatementRecord,
}
"""The model of one record of each kind."""

VALUE_MODELS: Final[dict[str, type[_Record]]] = {
    "Evidence": EvidenceRecord,
    "Erratum": ErratumRecord,
    "Membership": MembershipRecord,
    "Quantity": QuantityRecord,
    "PovertyLine": PovertyLineRecord,
    "Narrative": NarrativeRecord,
    "ActivityDate": ActivityDateRecord,
    "CountryShare": CountryShareRecord,
    "RegionShare": RegionShareRecord,
    "SectorShare": SectorShareRecord,
    "Participation": ParticipationRecord,
    "AmountTotal": AmountTotalRecord,
    "RelatedActivity": RelatedActivityRecord,
}
"""The model of each value object at rest, by the name of its domain class."""
