"""The entities of the release: frozen, slotted attrs classes linked to each other by object.

A link field holds the linked entity itself (``project.region`` is a :class:`Region`);
entities compare and hash their links by id, so equality never walks the whole graph.

Every field is declared once, through the registry's helpers (:mod:`povcoop._domain.fields`):
its role, its description, the kind it links to, its code scheme, its ``where()`` criterion.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Final

import attrs

from povcoop._base.vocab import VOCABULARIES
from povcoop._domain import fields as f
from povcoop._domain.iati import (
    IATI_VALUES,
    ActivityDate,
    AmountTotal,
    CountryShare,
    Narrative,
    Participation,
    RegionShare,
    RelatedActivity,
    SectorShare,
)
from povcoop._domain.values import (
    Code,
    DayLike,
    Erratum,
    Evidence,
    Membership,
    PartialDate,
    PovertyLine,
    Quantity,
    as_day,
)

if TYPE_CHECKING:
    from povcoop._base.layout import Kind
    from povcoop._base.vocab import (
        EventType,
        InitiativeType,
        OrganizationType,
        ProjectStatus,
        ProjectType,
        SourceType,
        StatementMode,
        StatementType,
        ValueType,
    )


_LANGUAGE_TAG: Final = r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$"
"""A BCP 47 language tag, as far as the data need one: ``en``, ``zh-Hans``."""


def _evidence_bases(entity: Entity) -> list[str]:
    return [ev.basis for ev in entity.evidence]


def _evidence_sources(entity: Entity) -> list[str]:
    return [ev.source.id for ev in entity.evidence]


_Comparison = tuple[tuple[str, "Callable[[Any], Any] | None"], ...]
_comparisons: dict[type, tuple[_Comparison, _Comparison]] = {}


def _compared(cls: type) -> tuple[_Comparison, _Comparison]:
    """The fields ``cls``'s instances compare by, and those they hash by, each with its key
    (a link's id), as attrs would generate them."""
    found = _comparisons.get(cls)
    if found is None:
        fields = attrs.fields(cls)
        eq = tuple((a.name, a.eq_key) for a in fields if a.eq)
        hashed = tuple((a.name, a.eq_key) for a in fields if a.hash is True or (a.hash is None and a.eq))
        found = _comparisons.setdefault(cls, (eq, hashed))
    return found


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Entity:
    """What every entity has: an id, names, a description and its evidence.

    ``KIND`` is the kind of record (``"projects"``), ``NOUN`` how messages name one
    (``"project"``). Entities are immutable; links compare by id.

    >>> import povcoop
    >>> project = povcoop.load().projects.get("east-asia-poverty-reduction-demonstration")
    >>> isinstance(project, povcoop.Entity), project.KIND, project.NOUN
    (True, 'projects', 'project')
    """

    KIND: ClassVar[Kind]
    NOUN: ClassVar[str]
    CRITERIA: ClassVar[Mapping[str, f.Criterion]] = {
        "basis": f.Criterion(
            keys=_evidence_bases, doc="The basis of any of its evidence.", vocabulary=VOCABULARIES["Basis"]
        ),
        "source": f.Criterion(keys=_evidence_sources, doc="A source of any of its evidence.", target="sources"),
    }
    """``where()`` criteria that no single field gives (the class's fields declare the rest)."""

    id: str = f.value(
        "Stable id: a lower-case kebab-case slug (a country's ISO 3166-1 alpha-3 code).",
        criterion="id",
        rest=f.SLUG,
        searchable=True,
    )
    name: str = f.value("English name.", searchable=True)
    name_zh: str | None = f.value("Chinese name, where known.", default=None, searchable=True)
    aliases: tuple[str, ...] = f.texts("Other names, searched like the name.", searchable=True)
    description: str | None = f.value("A short description in povcoop's words.", default=None, rest=f.LONG_TEXT)
    evidence: tuple[Evidence, ...] = f.evidence("Why the record is believed: quotes, inferences, outside sources.")

    # One __eq__ and __hash__ for every entity class, with attrs' meaning (the same class, then
    # each compared field, links by id), read from the class's attrs fields: attrs would compile
    # a pair per class, a fifth of the cost of defining the classes at import.
    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        for name, key in _compared(self.__class__)[0]:
            mine, theirs = getattr(self, name), getattr(other, name)
            if key is not None:
                mine, theirs = key(mine), key(theirs)
            if not mine == theirs:
                return False
        return True

    def __hash__(self) -> int:
        values = [self.__class__]
        for name, key in _compared(self.__class__)[1]:
            value = getattr(self, name)
            values.append(value if key is None else key(value))
        return hash(tuple(values))

    def __repr__(self) -> str:
        # Short on purpose: an entity's fields run to pages of evidence and links.
        return f"<{type(self).__name__} {self.id!r}: {self.name}>"

    def __str__(self) -> str:
        """A readable account: kind, id and name, each field with a value, the evidence counted."""
        from povcoop._domain.html import entity_text

        return entity_text(self)

    def _repr_html_(self) -> str:
        from povcoop._domain.html import entity_html

        return entity_html(self)


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Source(Entity):
    """The release, or an outside source cited as evidence.

    >>> import povcoop, datetime
    >>> povcoop.load().release.date == datetime.date(2021, 3, 10)
    True
    """

    KIND: ClassVar[Kind] = "sources"
    NOUN: ClassVar[str] = "source"

    evidence: tuple[Evidence, ...] = f.evidence(
        "Evidence about the source itself, where needed (the release's inferred year).", required=False
    )
    type: SourceType = f.value("What the source is (news release, report, web page, ...).", criterion="type")
    title: str = f.value(
        "The source's title as published, in its own language; for a work without one, povcoop's description "
        "of it (then ``title_descriptive``).",
        searchable=True,
    )
    title_zh: str | None = f.value("The Chinese title, where there is one.", default=None, searchable=True)
    title_en: str | None = f.value(
        "An English translation of a title in another language (the description says whose).", default=None
    )
    title_descriptive: bool = f.value(
        "The work has no title (or none was recovered): ``title`` is povcoop's description, and citations "
        "mark it as one.",
        default=False,
    )
    series: str | None = f.value("The series it appears in (a working-paper series).", default=None)
    number: str | None = f.value("Its number in that series.", default=None)
    publisher: str | None = f.value("Who published it (the outlet of a news release).", default=None)
    place: str | None = f.value("Where it was published (a news release's dateline).", default=None)
    published: PartialDate | None = f.date("The publication date, to the precision known (2020-09).")
    reporter: str | None = f.value("The reporter of a news release.", default=None)
    authors: tuple[str, ...] = f.texts("Authors, in order.")
    family_names: tuple[str, ...] = f.texts(
        "The family name of each author (or the reporter), in order, as in the name (``Zhang`` of "
        "``Zhang Weiran``); none for an organisation. Citations split names only with it."
    )
    language: str = f.value(
        "Language of the text (BCP 47: en, zh).", criterion="language", rest=f.AtRest(pattern=_LANGUAGE_TAG)
    )
    url: str | None = f.value("Where the source can be read.", default=None, rest=f.URL)
    text: str | None = f.text(
        "The full text, where povcoop ships it (evidence offsets point into it).", at_rest="text_file"
    )
    errata: tuple[Erratum, ...] = f.nested_list(Erratum, "Defects of the text, kept verbatim, with their readings.")
    former_ids: tuple[str, ...] = f.texts(
        "Ids the source had in the previous data version: ``get()`` still finds it by them, for one data version.",
        rest=f.SLUG,
    )

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


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Region(Entity):
    """One of the release's four regions, with its UN M49 and OECD DAC codes.

    ``m49`` is ``None`` where M49 has no such region (the South Pacific); then
    ``m49_subregions`` lists the M49 sub-regions it spans.

    >>> import povcoop
    >>> pacific = povcoop.load().regions.get("south-pacific")
    >>> pacific.m49, [code.code for code in pacific.m49_subregions]
    (None, ['054', '057', '061'])
    """

    KIND: ClassVar[Kind] = "regions"
    NOUN: ClassVar[str] = "region"

    m49: Code | None = f.code("un-m49", "The UN M49 region, where M49 has one.", criterion="m49")
    m49_subregions: tuple[Code, ...] = f.codes(
        "un-m49", "The UN M49 sub-regions the region spans, where M49 has no region for it.", criterion="m49_subregion"
    )
    dac_regions: tuple[Code, ...] = f.codes(
        "oecd-dac-region", "OECD DAC regions (IATI Region codelist) covering the region.", criterion="dac_region"
    )


def _m49_code(country: Country) -> tuple[str]:
    return (country.numeric,)


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Country(Entity):
    """A country, identified by its ISO 3166-1 alpha-3 code.

    >>> import povcoop
    >>> laos = povcoop.load().countries.get("LAO")
    >>> laos.alpha_2, laos.numeric, laos.region.id
    ('LA', '418', 'asia')
    """

    KIND: ClassVar[Kind] = "countries"
    NOUN: ClassVar[str] = "country"
    CRITERIA: ClassVar[Mapping[str, f.Criterion]] = {
        **Entity.CRITERIA,
        "m49": f.Criterion(
            keys=_m49_code,
            doc="Its UN M49 code (its ISO numeric code), so that a region or sub-region matches its countries.",
            scheme="un-m49",
        ),
    }

    id: str = f.value("The ISO 3166-1 alpha-3 code.", scheme="iso3166-1-alpha-3", criterion="id", searchable=True)
    alpha_2: str = f.value("The ISO 3166-1 alpha-2 code.", scheme="iso3166-1-alpha-2", criterion="alpha_2")
    numeric: str = f.value(
        "The ISO 3166-1 numeric code (also its UN M49 code).", scheme="iso3166-1-numeric", criterion="numeric"
    )
    region: Region | None = f.link("regions", "The release's region the country lies in.", criterion="region")
    m49_region: Code = f.code("un-m49", "The UN M49 region.", required=True, criterion="m49_region")
    m49_subregion: Code = f.code("un-m49", "The UN M49 sub-region.", required=True, criterion="m49_subregion")
    dac_recipient: Code | None = f.code(
        "oecd-dac-recipient", "The OECD DAC CRS recipient code, where one exists.", criterion="dac_recipient"
    )

    @property
    def alpha_3(self) -> str:
        """The ISO 3166-1 alpha-3 code, which is also the id."""
        return self.id

    @property
    def codes(self) -> tuple[Code, ...]:
        """Every standard code of the country: ISO 3166-1 (three forms), M49, DAC recipient."""
        from povcoop._codes.lists import code_name

        codes = (
            Code("iso3166-1-alpha-2", self.alpha_2, code_name("iso3166-1-alpha-2", self.alpha_2)),
            Code("iso3166-1-alpha-3", self.id, code_name("iso3166-1-alpha-3", self.id)),
            Code("iso3166-1-numeric", self.numeric, code_name("iso3166-1-numeric", self.numeric)),
            Code("un-m49", self.numeric, code_name("un-m49", self.numeric)),
        )
        return codes + ((self.dac_recipient,) if self.dac_recipient is not None else ())


def _members(organization: Organization) -> list[str]:
    return [m.country.id for m in organization.members]


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Organization(Entity):
    """A ministry, news agency, international organisation or institution.

    ``members`` holds dated memberships (ASEAN's); :meth:`members_on` filters them by date.

    >>> import povcoop
    >>> asean = povcoop.load().organizations.get("asean")
    >>> asean.type, asean.members[0].country.id, str(asean.members[0].joined)
    ('intergovernmental organization', 'IDN', '1967-08-08')
    """

    KIND: ClassVar[Kind] = "organizations"
    NOUN: ClassVar[str] = "organization"
    CRITERIA: ClassVar[Mapping[str, f.Criterion]] = {
        **Entity.CRITERIA,
        "member": f.Criterion(keys=_members, doc="A member country (at any date).", target="countries"),
    }

    type: OrganizationType = f.value("What the organisation is.", criterion="type")
    country: Country | None = f.link(
        "countries", "The country it belongs to, for a national body.", criterion="country"
    )
    parent: Organization | None = f.link("organizations", "The organisation it is part of.", criterion="parent")
    members: tuple[Membership, ...] = f.nested_list(
        Membership, "Member countries, with the dates they joined and left."
    )
    url: str | None = f.value("The organisation's web site.", default=None, rest=f.URL)
    # Read from IATI files (povcoop.read_iati).
    iati_ref: str | None = f.value("Its IATI organisation identifier, verbatim.", default=None, criterion="iati_ref")
    iati_type: Code | None = f.code("iati-organisation-type", "Its IATI OrganisationType.", criterion="iati_type")

    def members_on(self, day: DayLike) -> tuple[Country, ...]:
        """The member countries on ``day``.

        .. versionchanged:: 0.3.0
           Takes a day in any form (a date, an ISO string, a partial date).

        ``day`` is a :class:`datetime.date`, a datetime, ISO text or a
        :class:`~povcoop.PartialDate` of a whole day (a ValueError for anything else in text).

        >>> import povcoop, datetime
        >>> asean = povcoop.load().organizations.get("asean")
        >>> len(asean.members_on(datetime.date(2021, 3, 10))) == len(asean.members_on("2021-03-10")) == 10
        True
        """
        when = as_day(day)
        return tuple(m.country for m in self.members if m.is_member_on(when))


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Person(Entity):
    """A person the release names, or one an outside source names beside it, with role and organisation.

    The outside sources name the spokesperson of an earlier press conference and an inventor.

    >>> import povcoop
    >>> zhao = povcoop.load().people.get("zhao-lijian")
    >>> zhao.role, zhao.organization.id
    ('Foreign Ministry spokesperson', 'ministry-of-foreign-affairs-china')
    """

    KIND: ClassVar[Kind] = "people"
    NOUN: ClassVar[str] = "person"

    role: str = f.value("The person's role, as the release (or the person's evidence) gives it.", criterion="role")
    organization: Organization | None = f.link(
        "organizations", "The organisation of that role.", criterion="organization"
    )
    role_start: PartialDate | None = f.date("When the person took the role.")
    role_end: PartialDate | None = f.date(
        "When the person left the role.", after=("role_start", "the role ends before it starts")
    )


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Sector(Entity):
    """A field of cooperation, with its OECD DAC CRS purpose codes and SDG targets.

    >>> import povcoop
    >>> agriculture = povcoop.load().sectors.get("agriculture")
    >>> [code.code for code in agriculture.sdg_targets]
    ['2.3', '2.a']
    """

    KIND: ClassVar[Kind] = "sectors"
    NOUN: ClassVar[str] = "sector"

    dac_crs: tuple[Code, ...] = f.codes(
        "oecd-dac-crs-purpose", "OECD DAC CRS purpose codes of the sector.", criterion="dac_crs"
    )
    sdg_targets: tuple[Code, ...] = f.codes("un-sdg-target", "SDG targets the sector serves.", criterion="sdg_target")


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Concept(Entity):
    """A principle or idea the release names (targeted poverty alleviation), or one an outside source gives.

    An outside source gives, for instance, the extreme poverty of a figure the release cites.

    >>> import povcoop
    >>> povcoop.load().concepts.lookup("精准扶贫").id
    'targeted-poverty-alleviation'
    """

    KIND: ClassVar[Kind] = "concepts"
    NOUN: ClassVar[str] = "concept"


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Initiative(Entity):
    """A programme that groups projects, or a goal framework (the 2030 Agenda).

    >>> import povcoop
    >>> bri = povcoop.load().initiatives.get("belt-and-road-initiative")
    >>> bri.type, [goal.id for goal in bri.goals]
    ('cooperation initiative', ['agenda-2030'])
    """

    KIND: ClassVar[Kind] = "initiatives"
    NOUN: ClassVar[str] = "initiative"

    type: InitiativeType = f.value("What the initiative is.", criterion="type")
    launched: PartialDate | None = f.date("When it was launched.")
    countries: tuple[Country, ...] = f.links("countries", "Countries taking part, where stated.", criterion="country")
    organizations: tuple[Organization, ...] = f.links(
        "organizations", "Organisations taking part.", criterion="organization"
    )
    participant_groups: tuple[Organization, ...] = f.links(
        "organizations",
        "Groups of countries taking part as a group (ASEAN countries), not as a list of members.",
        criterion="participant_group",
    )
    goals: tuple[Initiative, ...] = f.links("initiatives", "Initiatives whose goals this one serves.", criterion="goal")
    sdg_targets: tuple[Code, ...] = f.codes("un-sdg-target", "SDG targets it serves.", criterion="sdg_target")


def _project_organizations(project: Project) -> list[str]:
    return [o.id for o in project.partners + project.implementers]


def _project_dac_crs(project: Project) -> list[str]:
    return [c.code for c in project.all_dac_crs]


def _project_sdg_targets(project: Project) -> list[str]:
    return [c.code for c in project.all_sdg_targets]


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Project(Entity):
    """A cooperation activity: where, with whom, in which sectors, and how far it has come.

    >>> import povcoop
    >>> p = povcoop.load().projects.get("east-asia-poverty-reduction-demonstration")
    >>> [c.id for c in p.countries]
    ['LAO', 'KHM', 'MMR']
    """

    KIND: ClassVar[Kind] = "projects"
    NOUN: ClassVar[str] = "project"
    CRITERIA: ClassVar[Mapping[str, f.Criterion]] = {
        **Entity.CRITERIA,
        "organization": f.Criterion(
            keys=_project_organizations,
            doc="A partner or implementer.",
            target="organizations",
            inputs=("partners", "implementers"),
        ),
        "dac_crs": f.Criterion(
            keys=_project_dac_crs,
            doc="A DAC CRS purpose code, its own or its sectors'.",
            inputs=("own_dac_crs", "sectors"),
            scheme="oecd-dac-crs-purpose",
        ),
        "sdg_target": f.Criterion(
            keys=_project_sdg_targets,
            doc="An SDG target, its own or its sectors'.",
            inputs=("own_sdg_targets", "sectors"),
            scheme="un-sdg-target",
        ),
    }
    """A project matches a DAC or SDG code of its own or of one of its sectors."""
    # The codes it inherits are columns of its tables too, computed from its own and its sectors'.
    COMPUTED: ClassVar[tuple[f.Computed, ...]] = (
        f.Computed(name="all_dac_crs", role="codes", scheme="oecd-dac-crs-purpose", inputs=("own_dac_crs", "sectors")),
        f.Computed(name="all_sdg_targets", role="codes", scheme="un-sdg-target", inputs=("own_sdg_targets", "sectors")),
    )

    type: ProjectType = f.value(
        "What the project is: one of the release's terms (technical assistance, infrastructure, ...) or another.",
        criterion="type",
    )
    status: ProjectStatus = f.value("How far it has come, by the release (see the methodology).", criterion="status")
    region: Region | None = f.link("regions", "The release's region it is in.", criterion="region")
    countries: tuple[Country, ...] = f.links("countries", "Countries where it takes place.", criterion="country")
    participant_groups: tuple[Organization, ...] = f.links(
        "organizations",
        "Groups of countries taking part as a group (ASEAN countries), not as a list of members.",
        criterion="participant_group",
    )
    sectors: tuple[Sector, ...] = f.links("sectors", "Fields of cooperation.", criterion="sector")
    partners: tuple[Organization, ...] = f.links(
        "organizations", "Organisations China cooperates with in it.", criterion="partner"
    )
    implementers: tuple[Organization, ...] = f.links(
        "organizations", "Organisations that carry it out.", criterion="implementer"
    )
    initiative: Initiative | None = f.link("initiatives", "The programme it belongs to.", criterion="initiative")
    presented_in: tuple[Source, ...] = f.links(
        "sources", "Documents that present it as a case (the 2020 report).", criterion="presented_in"
    )
    launched: PartialDate | None = f.date(
        "When it was launched (a launch ceremony), where that differs from its start."
    )
    start: PartialDate | None = f.date("When it began.")
    end: PartialDate | None = f.date("When it ended.", after=("start", "ends before it starts"))
    # "own_": the project's own codes only (at rest still "dac_crs", so that every folder loads);
    # its codes with its sectors' are `codes` (each with its origin) and all_dac_crs.
    own_dac_crs: tuple[Code, ...] = f.codes(
        "oecd-dac-crs-purpose",
        "Its own DAC CRS purpose codes only (often none); with its sectors': codes, all_dac_crs.",
        at_rest="dac_crs",
    )
    own_sdg_targets: tuple[Code, ...] = f.codes(
        "un-sdg-target",
        "Its own SDG targets only (often none); with its sectors': codes, all_sdg_targets.",
        at_rest="sdg_targets",
    )
    aid_types: tuple[Code, ...] = f.codes(
        "iati-aid-type", "IATI aid types (technical assistance is D02).", criterion="aid_type"
    )
    # The facts of an IATI activity (povcoop.read_iati); empty for the release's projects.
    iati_identifier: str | None = f.value(
        "The IATI activity's iati-identifier, verbatim.", default=None, criterion="iati_identifier"
    )
    iati_status: Code | None = f.code(
        "iati-activity-status", "The IATI ActivityStatus code, kept as published.", criterion="iati_status"
    )
    titles: tuple[Narrative, ...] = f.nested_list(Narrative, "The title in every language given.")
    descriptions: tuple[Narrative, ...] = f.nested_list(
        Narrative, "The descriptions, in every language, with their type."
    )
    iati_dates: tuple[ActivityDate, ...] = f.nested_list(ActivityDate, "IATI activity dates, each with its type.")
    recipient_countries: tuple[CountryShare, ...] = f.nested_list(
        CountryShare, "Recipient countries with their percentages."
    )
    recipient_regions: tuple[RegionShare, ...] = f.nested_list(
        RegionShare, "Recipient regions, in their vocabularies, with their percentages."
    )
    iati_sectors: tuple[SectorShare, ...] = f.nested_list(
        SectorShare, "Sectors in every vocabulary, with their percentages."
    )
    dac_crs_categories: tuple[Code, ...] = f.codes(
        "oecd-dac-crs-category", "DAC CRS 3-digit sector categories given as such.", criterion="dac_crs_category"
    )
    sdg_goals: tuple[Code, ...] = f.codes("un-sdg-goal", "SDG goals given as sectors.", criterion="sdg_goal")
    sdg_indicators: tuple[str, ...] = f.texts("SDG indicators given as sectors (IATI ships no list of them).")
    participants: tuple[Participation, ...] = f.nested_list(
        Participation, "Participating organisations with their role, type, ref and activity id."
    )
    reporting_org: Organization | None = f.link(
        "organizations", "The organisation that published the activity.", criterion="reporting_org"
    )
    secondary_reporter: bool | None = f.value(
        "Whether the reporting organisation publishes it as a secondary reporter.", default=None
    )
    flow_type: Code | None = f.code("iati-flow-type", "The default IATI FlowType.", criterion="flow_type")
    finance_type: Code | None = f.code("iati-finance-type", "The default IATI FinanceType.", criterion="finance_type")
    tied_status: Code | None = f.code("iati-tied-status", "The default IATI TiedStatus.", criterion="tied_status")
    default_currency: Code | None = f.code("iati-currency", "The activity's default currency.")
    amounts: tuple[AmountTotal, ...] = f.nested_list(
        AmountTotal, "Budgets, planned disbursements and transactions: totals by type and currency, with counts."
    )
    documents: tuple[Source, ...] = f.links("sources", "Documents linked from the activity.", criterion="document")
    related_activities: tuple[RelatedActivity, ...] = f.nested_list(
        RelatedActivity, "Related IATI activities, by identifier and type."
    )

    @property
    def codes(self) -> tuple[CodeOrigin, ...]:
        """Every code of the project, each with where it comes from.

        .. versionadded:: 0.3.0

        Its own DAC CRS purpose codes, SDG targets and aid types (``via`` the project), then
        those it inherits from each sector (``via`` the sector), each once. ``own_dac_crs`` and
        ``own_sdg_targets`` hold only its own codes; an empty one does not mean that it has none.

        >>> import povcoop
        >>> p = povcoop.load().projects.get("east-asia-poverty-reduction-demonstration")
        >>> p.own_dac_crs, [(c.code.code, c.via.id) for c in p.codes if c.code.scheme == "oecd-dac-crs-purpose"]
        ((), [('43040', 'rural-development')])
        """
        found: dict[tuple[str, str], CodeOrigin] = {}
        for code in (*self.own_dac_crs, *self.own_sdg_targets, *self.aid_types):
            found.setdefault((code.scheme, code.code), CodeOrigin(code=code, via=self))
        for sector in self.sectors:
            for code in (*sector.dac_crs, *sector.sdg_targets):
                found.setdefault((code.scheme, code.code), CodeOrigin(code=code, via=sector))
        return tuple(found.values())

    @property
    def all_dac_crs(self) -> tuple[Code, ...]:
        """Its own DAC CRS purpose codes, then those it inherits from its sectors, without repeats."""
        return _inherited(self.own_dac_crs, self.sectors, _SECTOR_DAC_CRS)

    @property
    def all_sdg_targets(self) -> tuple[Code, ...]:
        """Its own SDG targets, then those it inherits from its sectors, without repeats."""
        return _inherited(self.own_sdg_targets, self.sectors, _SECTOR_SDG_TARGETS)

    @property
    def dac_crs(self) -> tuple[Code, ...]:
        """Deprecated: its own DAC CRS purpose codes only, which read as "no codes" when empty.

        .. deprecated:: Unreleased
           Read :attr:`codes` (every code with its origin), :attr:`all_dac_crs`, or
           :attr:`own_dac_crs` (this attribute's new name).
        """
        _renamed("dac_crs", "own_dac_crs")
        return self.own_dac_crs

    @property
    def sdg_targets(self) -> tuple[Code, ...]:
        """Deprecated: its own SDG targets only, which read as "no targets" when empty.

        .. deprecated:: Unreleased
           Read :attr:`codes`, :attr:`all_sdg_targets`, or :attr:`own_sdg_targets` (its new name).
        """
        _renamed("sdg_targets", "own_sdg_targets")
        return self.own_sdg_targets


def _renamed(old: str, new: str) -> None:
    import warnings

    message = (
        f"Project.{old} holds the project's own codes only, not its sectors': it is now {new}; "
        "read Project.codes (every code with its origin) or all_" + old
    )
    warnings.warn(message, DeprecationWarning, stacklevel=3)


@attrs.frozen(kw_only=True, weakref_slot=False)
class CodeOrigin:
    """A code of a project and where it comes from: the project itself or one of its sectors.

    .. versionadded:: 0.3.0

    >>> import povcoop
    >>> p = povcoop.load().projects.get("china-africa-juncao-technical-cooperation")
    >>> sorted({c.via.KIND for c in p.codes})
    ['projects', 'sectors']
    """

    code: Code
    """The code."""
    via: Project | Sector
    """The project, for its own code, or the sector it inherits the code from."""


_CODE_TEXT: Final = operator.attrgetter("code")
_SECTOR_DAC_CRS: Final = operator.attrgetter("dac_crs")
_SECTOR_SDG_TARGETS: Final = operator.attrgetter("sdg_targets")


def _inherited(
    own: tuple[Code, ...], sectors: tuple[Sector, ...], codes_of: Callable[[Sector], tuple[Code, ...]]
) -> tuple[Code, ...]:
    """``own`` codes, then the ``sectors``' (``codes_of`` each), each once.

    Written without comprehensions: tables of 100,000 projects read this for every row.
    """
    if not own and len(sectors) == 1:
        return codes_of(sectors[0])
    codes = own
    for sector in sectors:
        codes += codes_of(sector)
    # By the code's text (the codes of one field share a scheme): a dict keeps each key's
    # first place, and text hashes much faster than a Code.
    return tuple(dict(zip(map(_CODE_TEXT, codes), codes, strict=True)).values())


def _metric_type(metric: Metric) -> tuple[str]:
    return (metric.value.type,)


def _metric_unit(metric: Metric) -> tuple[str]:
    return (metric.value.unit,)


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Metric(Entity):
    """A number with its meaning: value, subject, geography, horizon, poverty line, caveats.

    ``based_on`` links a claim to the estimate it restates; ``caveats`` say how they differ.

    >>> import povcoop
    >>> m = povcoop.load().metrics.get("bri-absolute-poverty-claim")
    >>> m.value.magnitude, m.type, m.based_on.poverty_line.amount
    (7600000, 'projected', 1.9)
    """

    KIND: ClassVar[Kind] = "metrics"
    NOUN: ClassVar[str] = "metric"
    CRITERIA: ClassVar[Mapping[str, f.Criterion]] = {
        **Entity.CRITERIA,
        "type": f.Criterion(keys=_metric_type, doc="The type of its value.", vocabulary=VOCABULARIES["ValueType"]),
        "unit": f.Criterion(keys=_metric_unit, doc="The unit of its value."),
    }

    value: Quantity = f.nested(Quantity, "The figure: number, unit, scale and type.", flatten=True)
    wording: str | None = f.value(
        "The figure as its source words it, verbatim from its evidence ('one-fifth', '7.6 million').", default=None
    )
    subject: str = f.value("What is counted or measured.")
    countries: tuple[Country, ...] = f.links("countries", "Countries the figure is about.", criterion="country")
    regions: tuple[Region, ...] = f.links("regions", "Regions the figure is about.", criterion="region")
    initiative: Initiative | None = f.link("initiatives", "The initiative the figure is about.", criterion="initiative")
    concept: Concept | None = f.link("concepts", "The concept the figure measures.", criterion="concept")
    year: int | None = f.value("The year the figure refers to.", default=None, rest=f.YEAR)
    horizon: int | None = f.value(
        "The year a projection or target refers to.",
        default=None,
        rest=f.YEAR,
        after=("year", "the horizon is before the year the figure refers to"),
    )
    poverty_line: PovertyLine | None = f.nested(PovertyLine, "The poverty line of a poverty count.", required=False)
    conditions: str | None = f.value("Conditions the figure depends on.", default=None, rest=f.LONG_TEXT)
    based_on: Metric | None = f.link("metrics", "The estimate this figure restates.", criterion="based_on")
    main_caveat: str | None = f.value(
        "The caveat shown with the figure wherever it is displayed, in a few words (caveats hold the full account).",
        default=None,
    )
    caveats: tuple[str, ...] = f.texts(
        "How the figure differs from what it restates, or should be read.", rest=f.LONG_TEXT
    )

    @property
    def type(self) -> ValueType:
        """The type of figure: ``achieved``, ``projected``, ``target`` or ``share``."""
        return self.value.type


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Event(Entity):
    """Something that happened: the press conference, the letter, the report's publication.

    >>> import povcoop
    >>> conference = povcoop.load().events.get("press-conference-2021-03-10")
    >>> conference.type, str(conference.date)
    ('press conference', '2021-03-10')
    """

    KIND: ClassVar[Kind] = "events"
    NOUN: ClassVar[str] = "event"

    type: EventType = f.value("What the event is.", criterion="type")
    date: PartialDate | None = f.date("When it happened, to the precision known.")
    not_before: PartialDate | None = f.date("The earliest day it can have happened, where evidence bounds its date.")
    not_after: PartialDate | None = f.date(
        "The latest day it can have happened, where evidence bounds its date.",
        after=("not_before", "the latest possible date is before the earliest"),
    )
    place: str | None = f.value("Where it happened.", default=None)
    organizer: Organization | None = f.link("organizations", "Who held it.", criterion="organizer")
    people: tuple[Person, ...] = f.links("people", "People who took part.", criterion="person")
    document: Source | None = f.link("sources", "The document it produced or published.", criterion="document")


@attrs.frozen(kw_only=True, repr=False, eq=False, match_args=False)
class Statement(Entity):
    """What someone said or wrote, as the release reports it (``mode`` direct or indirect).

    ``about`` links it to what it is about; ``Catalog.statements_about`` goes the other way.

    >>> import povcoop
    >>> africa = povcoop.load().statements.get("statement-zhao-africa")
    >>> africa.speaker.id, africa.mode, africa.about[-1].id
    ('zhao-lijian', 'indirect', 'africa')
    """

    KIND: ClassVar[Kind] = "statements"
    NOUN: ClassVar[str] = "statement"

    type: StatementType = f.value("What the statement is.", criterion="type")
    mode: StatementMode = f.value("Quoted as said (direct) or reported (indirect).", criterion="mode")
    speaker: Person | None = f.link("people", "Who said or wrote it.", criterion="speaker")
    event: Event | None = f.link("events", "Where it was said.", criterion="event")
    date: PartialDate | None = f.date("When it was said.")
    topic: str = f.value("What it is about, in a few words.")
    about: tuple[Entity, ...] = f.refs(
        "The projects, metrics, concepts, initiatives and events it states something about.", criterion="about"
    )


ENTITY_TYPES: Final[dict[Kind, type[Entity]]] = {
    cls.KIND: cls
    for cls in (
        Source,
        Person,
        Organization,
        Region,
        Country,
        Sector,
        Concept,
        Initiative,
        Project,
        Metric,
        Event,
        Statement,
    )
}
"""The entity class of each kind."""

for _cls in (*ENTITY_TYPES.values(), Evidence, Erratum, Membership, Quantity, PovertyLine, *IATI_VALUES):
    f.register(_cls)
