"""The ``iati`` export: IATI Activity Standard 2.03 XML, one ``iati-activity`` per project.

povcoop is not an IATI publisher: the file is a *secondary report* of what one news release says,
under povcoop's own reporting organisation and identifiers (see ``docs/iati.md`` for what is
mapped, what is left out and why). Needs lxml: ``pip install "povcoop[iati]"``.
"""

from __future__ import annotations

import calendar
import datetime
import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from povcoop._base.errors import DataError, Problem
from povcoop._base.extras import need
from povcoop._codes.lists import code_name

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog
    from povcoop._domain.entities import Organization, Project
    from povcoop._domain.values import PartialDate

FILE: Final = "iati-activities.xml"
"""The one file the export writes."""

VERSION: Final = "2.03"

REPORTING_ORG_REF: Final = "povcoop"
"""povcoop's own reporting-organisation reference and the prefix of its activity identifiers.

Registered organisation identifiers (org-id.guide) are an agency prefix of two upper-case letters
(an ISO 3166-1 country, or XI/XM for international agencies), a hyphen and an agency code, then the
organisation's own number ("XM-DAC-41114", "GB-COH-..."). A lower-case word with no agency part can
be taken for none of them, and no IATI publisher uses it."""

NAMESPACE: Final = "urn:povcoop:iati"
"""The namespace of the few attributes that keep povcoop's own value where IATI has no code for it
(``povcoop:status="reported"``); the IATI schema admits attributes of other namespaces."""

ACTIVITY_STATUS: Final[dict[str, str]] = {"planned": "1", "ongoing": "2", "completed": "4"}
"""povcoop's project status -> IATI ActivityStatus. ``reported`` (the release says the work was
done or launched, not whether it goes on) has no IATI code: the schema requires a status, so an
activity whose status is ``reported`` is written only with placeholders (2, Implementation, marked)."""

PLACEHOLDER_STATUS: Final = "2"
"""The status written, marked as a placeholder, where the data hold none IATI has: 2
(Implementation), the one a report of work carried out can bear."""

ROLE_ACCOUNTABLE: Final = "2"
ROLE_IMPLEMENTING: Final = "4"
"""OrganisationRole codes: China and its partners are the release's accountable parties (it says
who cooperates, never who pays); implementers carry the activity out."""

ORGANISATION_TYPE: Final[dict[str, str]] = {
    "government": "10",
    "government ministry": "10",
    "office": "10",
    "intergovernmental organization": "40",
    "international financial institution": "40",
    "research and training centre": "80",
    "university": "80",
}
"""povcoop's organisation types -> IATI OrganisationType; others (news agencies) get no type."""

REPORTING_ORG_TYPE: Final = "90"  # Other: povcoop is a dataset, not a government, NGO or agency
DATE_ACTUAL_START: Final = "2"
DATE_PLANNED_START: Final = "1"
DATE_PLANNED_END: Final = "3"
DATE_ACTUAL_END: Final = "4"
DOCUMENT_CATEGORY: Final = "A08"
"""DocumentCategory "Results, outcomes and outputs": the release reports what was done; the list
has no code for a news release."""
SECTOR_DAC: Final = "1"
SECTOR_SDG_GOAL: Final = "7"
SECTOR_SDG_TARGET: Final = "8"
REGION_DAC: Final = "1"

_XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"


def write(catalog: Catalog, folder: Path, *, placeholders: bool = False) -> None:
    """Write ``iati-activities.xml`` for ``catalog`` into ``folder`` (see :func:`activities`)."""
    etree = need("lxml.etree", "iati")
    root = activities(catalog, placeholders=placeholders)
    etree.ElementTree(root).write(str(folder / FILE), xml_declaration=True, encoding="UTF-8", pretty_print=True)


@attrs.frozen(kw_only=True)
class Gap:
    """Something IATI requires of an activity that the data do not hold, and the placeholder
    povcoop writes for it when asked to.

    >>> import povcoop
    >>> gap = gaps(povcoop.load())[0]
    >>> gap.project, gap.field, gap.code
    ('china-asean-rural-poverty-reduction-plan', 'status', 'iati-no-status')
    """

    project: str
    index: int
    field: str
    code: str
    missing: str
    placeholder: str | None
    """What is written with ``placeholders=True``; ``None`` where povcoop has nothing to write."""

    def problem(self) -> Problem:
        """The gap as a located :class:`~povcoop.Problem` of the project's record."""
        if self.placeholder is None:
            remedy = "no placeholder can stand in for it: add it to the data"
        else:
            remedy = f"placeholders=True (command line: --placeholders) writes, marked: {self.placeholder}"
        return Problem(
            file="projects.json",
            index=self.index,
            id=self.project,
            field=self.field,
            code=self.code,
            message=f"IATI requires {self.missing}; {remedy}",
        )


@attrs.frozen
class _Date:
    type: str
    iso: str
    narrative: str | None


@attrs.frozen
class _Plan:
    """What one activity's status, dates and shares are, and the gaps behind any placeholder."""

    status: str
    dates: tuple[_Date, ...]
    recipient_shares: tuple[str | None, ...]
    sector_shares: tuple[tuple[str | None, ...], ...]
    notes: tuple[str, ...]
    gaps: tuple[Gap, ...]


def gaps(catalog: Catalog) -> list[Gap]:
    """Everything IATI requires that ``catalog``'s projects do not hold, activity by activity.

    An empty list means the catalog exports to IATI without placeholders.

    >>> import povcoop
    >>> sorted({gap.code for gap in gaps(povcoop.load())})
    ['iati-no-shares', 'iati-no-start', 'iati-no-status']
    """
    return [gap for index, project in enumerate(catalog.projects) for gap in _plan(catalog, project, index).gaps]


def activities(catalog: Catalog, *, placeholders: bool = False) -> Any:
    """The ``iati-activities`` element (an lxml element) of ``catalog``'s projects.

    Strict by default: every value written is one the data hold, in their precision. Where IATI
    requires what the data lack (:func:`gaps`), a :class:`~povcoop.DataError` lists each activity
    and what it lacks, unless ``placeholders`` is true: then a placeholder is written for each,
    and marked as one in the activity's description and in the file's header comment.

    >>> import povcoop
    >>> activities(povcoop.load())  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    povcoop._base.errors.DataError: 31 problems in the data:
      projects.json, record 0 (id 'china-asean-rural-poverty-reduction-plan'), field status: IATI requires ...
    >>> root = activities(povcoop.load(), placeholders=True)
    >>> root.get("version"), len(root.findall("iati-activity"))
    ('2.03', 7)
    >>> root.find("iati-activity/iati-identifier").text
    'povcoop-china-asean-rural-poverty-reduction-plan'
    """
    etree = need("lxml.etree", "iati")
    plans = [_plan(catalog, project, index) for index, project in enumerate(catalog.projects)]
    found = [gap for plan in plans for gap in plan.gaps]
    unfillable = [gap for gap in found if gap.placeholder is None]
    if (found and not placeholders) or unfillable:
        raise DataError([gap.problem() for gap in (found if not placeholders else unfillable)])
    root = etree.Element("iati-activities", version=VERSION, nsmap={"povcoop": NAMESPACE})
    header = (
        f" Written by povcoop from {catalog.title} (data version {catalog.data_version}). A secondary report "
        f"under povcoop's own identifiers ({REPORTING_ORG_REF}-...), not an IATI publisher's. "
    )
    if found:
        header += (
            f"PLACEHOLDERS: at the user's request (placeholders=True), this file holds {len(found)} placeholders "
            "for values IATI requires and the data do not hold; they are not data. Each activity's description "
            "lists its own. Activities with placeholders: "
            + "; ".join(
                f"{project} ({', '.join(dict.fromkeys(gap.field for gap in found if gap.project == project))})"
                for project in dict.fromkeys(gap.project for gap in found)
            )
            + ". "
        )
    else:
        header += "Every status, date, code and percentage in it is one the data hold. "
    # An XML comment may not hold "--" (a user's title might).
    root.append(etree.Comment(re.sub("-(?=-)", "- ", header)))
    for project, plan in zip(catalog.projects, plans, strict=True):
        root.append(_activity(etree, catalog, project, plan))
    return root


def _plan(catalog: Catalog, project: Project, index: int) -> _Plan:
    found: list[Gap] = []

    def gap(field: str, code: str, missing: str, placeholder: str | None) -> None:
        found.append(
            Gap(project=project.id, index=index, field=field, code=code, missing=missing, placeholder=placeholder)
        )

    status = ACTIVITY_STATUS.get(project.status)
    if status is None:
        status = PLACEHOLDER_STATUS
        gap(
            "status",
            "iati-no-status",
            f"an activity-status, and the data's status {project.status!r} has no IATI code",
            f"activity-status {PLACEHOLDER_STATUS} (Implementation)",
        )
    dates, notes, start_gap = _dates(catalog, project)
    if start_gap is not None:
        gap("start", *start_gap)
    recipients = project.countries or (project.region.dac_regions if project.region is not None else ())
    what = "recipient countries" if project.countries else "recipient regions"
    recipient_shares = tuple(shares(len(recipients)))
    if len(recipients) > 1:
        gap(
            "countries" if project.countries else "region",
            "iati-no-shares",
            f"a percentage on each of its {len(recipients)} {what}, and the data give no shares",
            f"equal shares of the {what} ({', '.join(str(s) for s in recipient_shares)})",
        )
    sector_shares = []
    for vocabulary, codes in _sector_codes(project):
        split = tuple(shares(len(codes)))
        sector_shares.append(split)
        if len(codes) > 1:
            gap(
                "sectors",
                "iati-no-shares",
                f"percentages summing to 100 among its {len(codes)} sectors of vocabulary {vocabulary}, "
                "and the data give no shares",
                f"equal shares of the sectors of vocabulary {vocabulary} ({', '.join(str(s) for s in split)})",
            )
    return _Plan(status, tuple(dates), recipient_shares, tuple(sector_shares), tuple(notes), tuple(found))


def _activity(etree: Any, catalog: Catalog, project: Project, plan: _Plan) -> Any:
    activity = etree.Element("iati-activity", {_XML_LANG: "en"})
    sub = etree.SubElement
    sub(activity, "iati-identifier").text = f"{REPORTING_ORG_REF}-{project.id}"
    reporting = sub(activity, "reporting-org", ref=REPORTING_ORG_REF, type=REPORTING_ORG_TYPE)
    reporting.set("secondary-reporter", "1")
    _narrative(sub(reporting, "narrative"), "povcoop (secondary report of a news release)")
    title = sub(activity, "title")
    _narrative(sub(title, "narrative"), project.name)
    if project.name_zh:
        _narrative(sub(title, "narrative"), project.name_zh, "zh")
    description = _description(catalog, project)
    if plan.notes:
        description += "\n\n" + " ".join(plan.notes)
    if plan.gaps:
        description += (
            "\n\nPLACEHOLDERS, not data (written by povcoop at the user's request): "
            + "; ".join(gap.placeholder or "" for gap in plan.gaps)
            + "."
        )
    _narrative(sub(sub(activity, "description", type="1"), "narrative"), description)
    _participants(etree, activity, catalog, project)
    status = sub(activity, "activity-status", code=plan.status)
    if project.status not in ACTIVITY_STATUS:
        status.set(f"{{{NAMESPACE}}}status", project.status)
    for date in plan.dates:
        element = sub(activity, "activity-date", type=date.type)
        element.set("iso-date", date.iso)
        if date.narrative:
            _narrative(sub(element, "narrative"), date.narrative)
    _recipients(etree, activity, project, plan.recipient_shares)
    _sectors(etree, activity, project, plan.sector_shares)
    for aid_type in project.aid_types:
        sub(activity, "default-aid-type", code=aid_type.code, vocabulary="1")
    _document_link(etree, activity, catalog)
    return activity


def _narrative(element: Any, text: str, language: str | None = None) -> None:
    element.text = text
    if language is not None:
        element.set(_XML_LANG, language)


def _description(catalog: Catalog, project: Project) -> str:
    """The release's own words on the project: its first stated quote of the release."""
    for evidence in project.evidence:
        if evidence.basis == "stated" and evidence.quote and evidence.source.id == catalog.release.id:
            return evidence.quote
    return project.description or project.name


def _participants(etree: Any, activity: Any, catalog: Catalog, project: Project) -> None:
    china = catalog.countries.get("CHN").name if "CHN" in catalog.countries else "China"
    org = etree.SubElement(activity, "participating-org", role=ROLE_ACCOUNTABLE, type="10")
    _narrative(etree.SubElement(org, "narrative"), china)
    for role, organizations in ((ROLE_ACCOUNTABLE, project.partners), (ROLE_IMPLEMENTING, project.implementers)):
        for organization in organizations:
            _organization(etree, activity, organization, role)


def _organization(etree: Any, activity: Any, organization: Organization, role: str) -> None:
    # No ref: povcoop holds no registered identifier of any organisation, and invents none.
    org = etree.SubElement(activity, "participating-org", role=role)
    iati_type = ORGANISATION_TYPE.get(organization.type)
    if iati_type is not None:
        org.set("type", iati_type)
    _narrative(etree.SubElement(org, "narrative"), organization.name)
    if organization.name_zh:
        _narrative(etree.SubElement(org, "narrative"), organization.name_zh, "zh")


def _dates(catalog: Catalog, project: Project) -> tuple[list[_Date], list[str], tuple[str, str, str | None] | None]:
    """The activity's dates known to the day, notes on the dates known less precisely, and the gap
    (code, what is missing, the placeholder) where no start is known to the day."""
    dates: list[_Date] = []
    notes: list[str] = []
    gap: tuple[str, str, str | None] | None = None
    start_type = DATE_PLANNED_START if project.status == "planned" else DATE_ACTUAL_START
    start, launched = project.start, project.launched
    if start is not None and start.precision == "day":
        dates.append(_Date(start_type, str(start), None))
    elif launched is not None and launched.precision == "day":
        also = f"; the data give the start of the work as {start}" if start is not None else ""
        dates.append(_Date(start_type, str(launched), f"Launched on {launched}{also}."))
    else:
        known = start or launched
        if known is not None:
            what = "start" if start is not None else "launch"
            missing = f"a start date (a day), and the data hold the {what} to the {known.precision} only ({known})"
            placeholder = f"start {known.first_day().isoformat()}, the first day of {known}"
            note = f"PLACEHOLDER: the {what} is known to the {known.precision} only ({known}); this day is its first."
            dates.append(_Date(start_type, known.first_day().isoformat(), note))
            gap = ("iati-start-not-a-day", missing, placeholder)
        else:
            published = catalog.release.published
            missing = "a start date, and the data hold none"
            if published is not None:
                # The release reports the activity, so it began no later than the release's last
                # possible day: the day itself, or the last day of its month or year.
                bound = _last_day(published)
                placeholder = (
                    f"start {bound}, the last day the release of {published} can be (a bound: it began no later)"
                )
                if published.precision == "day":
                    placeholder = f"start {bound}, the release's date (a bound: it began no later)"
                note = (
                    f"PLACEHOLDER: start not known. The release of {published} reports the activity, so it began "
                    "no later than this date; the date is that bound, not the start."
                )
                dates.append(_Date(DATE_ACTUAL_START, bound.isoformat(), note))
                gap = ("iati-no-start", missing, placeholder)
            else:
                gap = ("iati-no-start", missing, None)
        if start is not None and launched is not None and start != launched:
            notes.append(f"The data give its launch as {launched} and its start as {start}.")
    end = project.end
    if end is not None:
        end_type = DATE_ACTUAL_END if project.status == "completed" else DATE_PLANNED_END
        if end.precision == "day":
            dates.append(_Date(end_type, str(end), None))
        else:
            notes.append(
                f"The data give its end as {end}, to the {end.precision} only; "
                "an IATI date is a day, so none is written."
            )
    return dates, notes, gap


def _last_day(date: PartialDate) -> datetime.date:
    """The last day ``date`` can mean: itself, the last of its month, or 31 December.

    >>> from povcoop import PartialDate
    >>> _last_day(PartialDate(2021, 2)), _last_day(PartialDate(2020)), _last_day(PartialDate(2021, 3, 10))
    (datetime.date(2021, 2, 28), datetime.date(2020, 12, 31), datetime.date(2021, 3, 10))
    """
    if date.day is not None and date.month is not None:
        return datetime.date(date.year, date.month, date.day)
    if date.month is None:
        return datetime.date(date.year, 12, 31)
    return datetime.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])


def _sector_codes(project: Project) -> list[tuple[str, list[tuple[str, str | None]]]]:
    targets = project.all_sdg_targets
    goals = tuple(dict.fromkeys(target.code.split(".")[0] for target in targets))
    vocabularies = [
        (SECTOR_DAC, [(c.code, c.name) for c in project.all_dac_crs]),
        (SECTOR_SDG_GOAL, [(goal, code_name("un-sdg-goal", goal)) for goal in goals]),
        (SECTOR_SDG_TARGET, [(c.code, c.name) for c in targets]),
    ]
    return [(vocabulary, codes) for vocabulary, codes in vocabularies if codes]


def _recipients(etree: Any, activity: Any, project: Project, split: tuple[str | None, ...]) -> None:
    """Countries where the project names them, else its region's DAC regions: one form only."""
    if project.countries:
        for country, share in zip(project.countries, split, strict=True):
            element = etree.SubElement(activity, "recipient-country", code=country.alpha_2)
            if share is not None:
                element.set("percentage", share)
            _narrative(etree.SubElement(element, "narrative"), country.name)
    elif project.region is not None:
        for region, share in zip(project.region.dac_regions, split, strict=True):
            element = etree.SubElement(activity, "recipient-region", code=region.code, vocabulary=REGION_DAC)
            if share is not None:
                element.set("percentage", share)
            if region.name:
                _narrative(etree.SubElement(element, "narrative"), region.name)


def _sectors(etree: Any, activity: Any, project: Project, split: tuple[tuple[str | None, ...], ...]) -> None:
    for (vocabulary, codes), shares_ in zip(_sector_codes(project), split, strict=True):
        for (code, name), share in zip(codes, shares_, strict=True):
            element = etree.SubElement(activity, "sector", vocabulary=vocabulary, code=code)
            if share is not None:
                element.set("percentage", share)
            if name:
                _narrative(etree.SubElement(element, "narrative"), name)


def _document_link(etree: Any, activity: Any, catalog: Catalog) -> None:
    release = catalog.release
    if release.url is None:  # the shipped release has no address of its own: no link rather than a reprint's
        return
    link = etree.SubElement(activity, "document-link", url=release.url, format="text/html")
    _narrative(etree.SubElement(etree.SubElement(link, "title"), "narrative"), release.title)
    etree.SubElement(link, "category", code=DOCUMENT_CATEGORY)
    etree.SubElement(link, "language", code=release.language.split("-")[0])
    if release.date is not None:
        etree.SubElement(link, "document-date").set("iso-date", release.date.isoformat())


def shares(count: int, *, always: bool = False) -> list[str | None]:
    """Equal percentages for ``count`` items that sum to exactly 100 (hundredths go to the first).

    One item gets no percentage unless ``always`` (IATI requires shares only among several).

    >>> shares(3)
    ['33.34', '33.33', '33.33']
    >>> shares(1), shares(1, always=True), shares(0)
    ([None], ['100'], [])
    """
    if count == 1 and not always:
        return [None]
    if count == 0:
        return []
    base, extra = divmod(10_000, count)
    hundredths = [base + (1 if index < extra else 0) for index in range(count)]
    return [_percent(value) for value in hundredths]


def _percent(hundredths: int) -> str:
    text = str(Decimal(hundredths) / 100)
    return text.rstrip("0").rstrip(".") if "." in text else text
