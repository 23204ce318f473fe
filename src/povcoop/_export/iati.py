"""The ``iati`` export: IATI Activity Standard 2.03 XML, one ``iati-activity`` per project.

povcoop is not an IATI publisher: the file is a *secondary report* of what one news release says,
under povcoop's own reporting organisation and identifiers (see ``docs/iati.md`` for what is
mapped, what is left out and why). Needs lxml: ``pip install "povcoop[iati]"``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from povcoop._codes import code_name
from povcoop._tables import _need

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

ACTIVITY_STATUS: Final[dict[str, str]] = {"planned": "1", "ongoing": "2", "completed": "4", "reported": "2"}
"""povcoop's project status -> IATI ActivityStatus. ``reported`` (the release says the work was
done or launched, not whether it goes on) has no IATI code; the schema requires a status, and 2
(Implementation) is the one a report of work carried out can bear. ``povcoop:status`` keeps the
original."""

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


def write(catalog: Catalog, folder: Path) -> None:
    """Write ``iati-activities.xml`` for ``catalog`` into ``folder``."""
    etree = _need("lxml.etree", "iati")
    root = activities(catalog)
    etree.ElementTree(root).write(str(folder / FILE), xml_declaration=True, encoding="UTF-8", pretty_print=True)


def activities(catalog: Catalog) -> Any:
    """The ``iati-activities`` element (an lxml element) of ``catalog``'s projects.

    >>> import povcoop
    >>> root = activities(povcoop.load())
    >>> root.get("version"), len(root.findall("iati-activity"))
    ('2.03', 7)
    >>> root.find("iati-activity/iati-identifier").text
    'povcoop-china-asean-rural-poverty-reduction-plan'
    """
    etree = _need("lxml.etree", "iati")
    root = etree.Element("iati-activities", version=VERSION, nsmap={"povcoop": NAMESPACE})
    header = (
        f" Written by povcoop from {catalog.title} (data version {catalog.data_version}). A secondary report "
        f"under povcoop's own identifiers ({REPORTING_ORG_REF}-...), not an IATI publisher's. Percentages "
        "split an activity equally among its countries, regions or sectors of one vocabulary: the release "
        "gives no shares. "
    )
    # An XML comment may not hold "--" (a user's title might).
    root.append(etree.Comment(re.sub("-(?=-)", "- ", header)))
    for project in catalog.projects:
        root.append(_activity(etree, catalog, project))
    return root


def _activity(etree: Any, catalog: Catalog, project: Project) -> Any:
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
    _narrative(sub(sub(activity, "description"), "narrative"), _description(catalog, project))
    _participants(etree, activity, catalog, project)
    status = sub(activity, "activity-status", code=ACTIVITY_STATUS[project.status])
    if project.status == "reported":
        status.set(f"{{{NAMESPACE}}}status", project.status)
    _dates(etree, activity, catalog, project)
    _recipients(etree, activity, project)
    _sectors(etree, activity, project)
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


def _dates(etree: Any, activity: Any, catalog: Catalog, project: Project) -> None:
    planned = project.status == "planned"
    if project.start is not None:
        kind = DATE_PLANNED_START if planned else DATE_ACTUAL_START
        _date(etree, activity, kind, project.start, "start")
    else:
        # The schema requires a date and the IATI rules a start; the one date known is the release's.
        published = catalog.release.published
        if published is not None:
            date = etree.SubElement(activity, "activity-date", type=DATE_ACTUAL_START)
            date.set("iso-date", published.first_day().isoformat())
            note = (
                f"Start not known. The release of {published} reports the activity, so it began no later than "
                "this date; the date is that bound, not the start."
            )
            _narrative(etree.SubElement(date, "narrative"), note)
    if project.end is not None:
        kind = DATE_ACTUAL_END if project.status == "completed" else DATE_PLANNED_END
        _date(etree, activity, kind, project.end, "end")


def _date(etree: Any, activity: Any, kind: str, value: PartialDate, what: str) -> None:
    date = etree.SubElement(activity, "activity-date", type=kind)
    date.set("iso-date", value.first_day().isoformat())
    if value.precision != "day":
        note = f"The {what} is known to the {value.precision} only ({value}); the day given is its first."
        _narrative(etree.SubElement(date, "narrative"), note)


def _recipients(etree: Any, activity: Any, project: Project) -> None:
    """Countries where the project names them, else its region's DAC regions: one form only."""
    if project.countries:
        for country, share in zip(project.countries, shares(len(project.countries)), strict=True):
            element = etree.SubElement(activity, "recipient-country", code=country.alpha_2)
            if share is not None:
                element.set("percentage", share)
            _narrative(etree.SubElement(element, "narrative"), country.name)
    elif project.region is not None:
        regions = project.region.dac_regions
        for region, share in zip(regions, shares(len(regions)), strict=True):
            element = etree.SubElement(activity, "recipient-region", code=region.code, vocabulary=REGION_DAC)
            if share is not None:
                element.set("percentage", share)
            if region.name:
                _narrative(etree.SubElement(element, "narrative"), region.name)


def _sectors(etree: Any, activity: Any, project: Project) -> None:
    targets = project.all_sdg_targets
    goals = tuple(dict.fromkeys(target.code.split(".")[0] for target in targets))
    for vocabulary, codes in (
        (SECTOR_DAC, [(c.code, c.name) for c in project.all_dac_crs]),
        (SECTOR_SDG_GOAL, [(goal, code_name("un-sdg-goal", goal)) for goal in goals]),
        (SECTOR_SDG_TARGET, [(c.code, c.name) for c in targets]),
    ):
        for (code, name), share in zip(codes, shares(len(codes), always=True), strict=True):
            element = etree.SubElement(activity, "sector", vocabulary=vocabulary, code=code, percentage=share)
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
