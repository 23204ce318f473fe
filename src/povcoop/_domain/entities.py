"""The entities of the release: frozen, slotted attrs classes linked to each other by object.

A link field holds the linked entity itself (``project.region`` is a :class:`Region`);
entities compare and hash their links by id, so equality never walks the whole graph.
"""

from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal, Protocol

import attrs

from povcoop._domain.values import (
    Code,
    Erratum,
    Evidence,
    Membership,
    PartialDate,
    PovertyLine,
    Quantity,
)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


def _link_key(entity: _HasId | None) -> str | None:
    return None if entity is None else entity.id


def _links_key(entities: tuple[_HasId, ...]) -> tuple[str, ...]:
    return tuple(entity.id for entity in entities)


def _link() -> Any:
    return attrs.field(default=None, eq=_link_key)


def _links() -> Any:
    return attrs.field(default=(), eq=_links_key)


@attrs.frozen(kw_only=True, repr=False)
class _Entity:
    KIND: ClassVar[str] = "entity"

    id: str
    name: str
    name_zh: str | None = None
    aliases: tuple[str, ...] = ()
    description: str | None = None
    evidence: tuple[Evidence, ...] = ()

    def __repr__(self) -> str:
        # Short on purpose: an entity's fields run to pages of evidence and links.
        return f"<{type(self).__name__} {self.id!r}: {self.name}>"


@attrs.frozen(kw_only=True, repr=False)
class Source(_Entity):
    """The release, or an outside source cited as evidence.

    >>> import povcoop, datetime
    >>> povcoop.load().release.date == datetime.date(2021, 3, 10)
    True
    """

    KIND: ClassVar[str] = "source"

    kind: str
    title: str
    title_zh: str | None = None
    publisher: str | None = None
    place: str | None = None
    published: PartialDate | None = None
    """The publication date to the precision known (``2020-09`` for September 2020)."""
    reporter: str | None = None
    authors: tuple[str, ...] = ()
    language: str
    url: str | None = None
    text: str | None = None
    errata: tuple[Erratum, ...] = ()

    @property
    def date(self) -> datetime.date | None:
        """The day of publication, where it is known to the day."""
        return None if self.published is None else self.published.to_date()

    @property
    def year(self) -> int | None:
        """The year of publication, where known."""
        return None if self.published is None else self.published.year

    @property
    def outlet(self) -> str | None:
        """The publisher of a news release (``"China News Service"``)."""
        return self.publisher


@attrs.frozen(kw_only=True, repr=False)
class Region(_Entity):
    """One of the release's four regions, with its UN M49 and OECD DAC codes.

    ``m49`` is ``None`` where M49 has no such region (the South Pacific); then
    ``m49_subregions`` lists the M49 sub-regions it spans.
    """

    KIND: ClassVar[str] = "region"

    m49: Code | None = None
    m49_subregions: tuple[Code, ...] = ()
    dac_regions: tuple[Code, ...] = ()


@attrs.frozen(kw_only=True, repr=False)
class Country(_Entity):
    """A country, identified by its ISO 3166-1 alpha-3 code.

    >>> import povcoop
    >>> laos = povcoop.load().countries.get("LAO")
    >>> laos.alpha_2, laos.numeric, laos.region.id
    ('LA', '418', 'asia')
    """

    KIND: ClassVar[str] = "country"

    alpha_2: str
    numeric: str
    region: Region | None = _link()
    m49_region: Code
    m49_subregion: Code
    dac_recipient: Code | None = None

    @property
    def alpha_3(self) -> str:
        """The ISO 3166-1 alpha-3 code, which is also the id."""
        return self.id

    @property
    def codes(self) -> tuple[Code, ...]:
        """Every standard code of the country: ISO 3166-1 (three forms), M49, DAC recipient."""
        codes = (
            Code("iso3166-1-alpha-2", self.alpha_2),
            Code("iso3166-1-alpha-3", self.id),
            Code("iso3166-1-numeric", self.numeric),
            Code("un-m49", self.numeric),
        )
        return codes + ((self.dac_recipient,) if self.dac_recipient is not None else ())


@attrs.frozen(kw_only=True, repr=False)
class Organization(_Entity):
    """A ministry, news agency, international organisation or institution.

    ``members`` holds dated memberships (ASEAN's); :meth:`members_on` filters them by date.
    """

    KIND: ClassVar[str] = "organization"

    kind: str
    country: Country | None = _link()
    parent: Organization | None = _link()
    members: tuple[Membership, ...] = ()
    url: str | None = None

    def members_on(self, day: datetime.date) -> tuple[Country, ...]:
        """The member countries on ``day``.

        >>> import povcoop, datetime
        >>> asean = povcoop.load().organizations.get("asean")
        >>> len(asean.members_on(datetime.date(2021, 3, 10)))
        10
        """
        return tuple(m.country for m in self.members if m.is_member_on(day))


@attrs.frozen(kw_only=True, repr=False)
class Person(_Entity):
    """A person the release names, with their role and organisation."""

    KIND: ClassVar[str] = "person"

    role: str
    organization: Organization | None = _link()
    role_start: PartialDate | None = None
    role_end: PartialDate | None = None


@attrs.frozen(kw_only=True, repr=False)
class Sector(_Entity):
    """A field of cooperation, with its OECD DAC CRS purpose codes and SDG targets."""

    KIND: ClassVar[str] = "sector"

    dac_crs: tuple[Code, ...] = ()
    sdg_targets: tuple[Code, ...] = ()


@attrs.frozen(kw_only=True, repr=False)
class Concept(_Entity):
    """A principle or idea the release names (targeted poverty alleviation, ...)."""

    KIND: ClassVar[str] = "concept"


@attrs.frozen(kw_only=True, repr=False)
class Initiative(_Entity):
    """A programme that groups projects, or a goal framework (the 2030 Agenda)."""

    KIND: ClassVar[str] = "initiative"

    kind: str
    launched: PartialDate | None = None
    countries: tuple[Country, ...] = _links()
    organizations: tuple[Organization, ...] = _links()
    goals: tuple[Initiative, ...] = _links()
    sdg_targets: tuple[Code, ...] = ()


@attrs.frozen(kw_only=True, repr=False)
class Project(_Entity):
    """A cooperation activity: where, with whom, in which sectors, and how far it has come.

    >>> import povcoop
    >>> p = povcoop.load().projects.get("east-asia-poverty-reduction-demonstration")
    >>> [c.id for c in p.countries]
    ['LAO', 'KHM', 'MMR']
    """

    KIND: ClassVar[str] = "project"

    kind: str
    status: Literal["planned", "ongoing", "completed", "reported"]
    region: Region | None = _link()
    countries: tuple[Country, ...] = _links()
    sectors: tuple[Sector, ...] = _links()
    partners: tuple[Organization, ...] = _links()
    implementers: tuple[Organization, ...] = _links()
    initiative: Initiative | None = _link()
    start: PartialDate | None = None
    end: PartialDate | None = None
    dac_crs: tuple[Code, ...] = ()
    sdg_targets: tuple[Code, ...] = ()
    aid_types: tuple[Code, ...] = ()


@attrs.frozen(kw_only=True, repr=False)
class Metric(_Entity):
    """A number with its meaning: value, subject, geography, horizon, poverty line, caveats.

    ``based_on`` links a claim to the estimate it restates; ``caveats`` say how they differ.

    >>> import povcoop
    >>> m = povcoop.load().metrics.get("bri-absolute-poverty-claim")
    >>> m.value.magnitude, m.kind, m.based_on.poverty_line.amount
    (7600000, 'projected', 1.9)
    """

    KIND: ClassVar[str] = "metric"

    value: Quantity
    subject: str
    countries: tuple[Country, ...] = _links()
    regions: tuple[Region, ...] = _links()
    initiative: Initiative | None = _link()
    concept: Concept | None = _link()
    year: int | None = None
    horizon: int | None = None
    poverty_line: PovertyLine | None = None
    conditions: str | None = None
    based_on: Metric | None = _link()
    caveats: tuple[str, ...] = ()

    @property
    def kind(self) -> str:
        """The kind of figure: ``achieved``, ``projected``, ``target`` or ``share``."""
        return self.value.kind


@attrs.frozen(kw_only=True, repr=False)
class Event(_Entity):
    """Something that happened: the press conference, the letter, the report's publication."""

    KIND: ClassVar[str] = "event"

    kind: str
    date: PartialDate | None = None
    place: str | None = None
    organizer: Organization | None = _link()
    people: tuple[Person, ...] = _links()
    document: Source | None = _link()


@attrs.frozen(kw_only=True, repr=False)
class Statement(_Entity):
    """What someone said or wrote, as the release reports it (``mode`` direct or indirect)."""

    KIND: ClassVar[str] = "statement"

    kind: str
    mode: Literal["direct", "indirect"]
    speaker: Person | None = _link()
    event: Event | None = _link()
    date: PartialDate | None = None
    topic: str


Entity = (
    Source
    | Person
    | Organization
    | Region
    | Country
    | Sector
    | Concept
    | Initiative
    | Project
    | Metric
    | Event
    | Statement
)
"""Any entity of the catalog."""
