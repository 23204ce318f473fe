"""povcoop's own IATI export, read back by ``read_iati``: the titles, countries, regions, sectors,
dates (with their precision), statuses and organisations the export wrote come back.

The export is written with marked placeholders (IATI requires a status and a start the release does
not give), so what must come back is what the file says, compared with the file and, where the
export writes a project's own value, with the project.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import povcoop
from iati_support import XML_LANG, parse

pytest.importorskip("lxml.etree")

NAMESPACE = "urn:povcoop:iati"  # the export's own attributes (povcoop:status)


@pytest.fixture(scope="module")
def exported(cat: povcoop.Catalog, tmp_path_factory: pytest.TempPathFactory) -> tuple[povcoop.Catalog, Path]:
    """The shipped catalog with one project dated to the day and one to the month, and its export."""
    entities = cat.to_entities()
    entities["projects"] = tuple(
        attrs.evolve(p, start=povcoop.PartialDate(2018, 2, 1), end=povcoop.PartialDate(2020, 5, 31), status="completed")
        if p.id == "china-africa-juncao-technical-cooperation"
        else p
        for p in cat.projects
    )
    dated = povcoop.Catalog.from_entities(entities, cat.manifest)
    folder = tmp_path_factory.mktemp("iati-export")
    povcoop.export(dated, "iati", folder, placeholders=True)
    return dated, folder / "iati-activities.xml"


@pytest.fixture(scope="module")
def read_back(exported: tuple[povcoop.Catalog, Path]) -> povcoop.Catalog:
    return povcoop.read_iati(exported[1])


def _pairs(exported: tuple[povcoop.Catalog, Path], read_back: povcoop.Catalog) -> list[tuple[Any, Any, Any]]:
    """(original project, its activity element, the project read back), one per project."""
    original, path = exported
    activities = {a.findtext("iati-identifier"): a for a in parse(path).getroot().iterchildren("iati-activity")}
    by_identifier = {p.iati_identifier: p for p in read_back.projects}
    assert set(by_identifier) == set(activities)
    return [(p, activities[f"povcoop-{p.id}"], by_identifier[f"povcoop-{p.id}"]) for p in original.projects]


def test_every_project_comes_back_once(exported: tuple[povcoop.Catalog, Path], read_back: povcoop.Catalog) -> None:
    assert len(read_back.projects) == len(exported[0].projects) == len(_pairs(exported, read_back))


def test_titles_in_both_languages(exported: tuple[povcoop.Catalog, Path], read_back: povcoop.Catalog) -> None:
    for project, _, back in _pairs(exported, read_back):
        assert back.name == project.name
        assert back.name_zh == project.name_zh
        expected = [(project.name, "en")] + ([(project.name_zh, "zh")] if project.name_zh else [])
        assert [(t.text, t.language) for t in back.titles] == expected


def test_countries_and_regions(exported: tuple[povcoop.Catalog, Path], read_back: povcoop.Catalog) -> None:
    for project, activity, back in _pairs(exported, read_back):
        assert [c.id for c in back.countries] == [c.id for c in project.countries]
        written = [(r.get("code"), r.get("vocabulary")) for r in activity.iterchildren("recipient-region")]
        assert [(r.code, r.vocabulary) for r in back.recipient_regions] == written
        if not project.countries and project.region is not None:
            assert [r.code for r in back.recipient_regions] == [r.code for r in project.region.dac_regions]
        shares = [c.get("percentage") for c in activity.iterchildren("recipient-country")]
        assert [None if c.percentage is None else c.percentage for c in back.recipient_countries] == [
            None if s is None else float(s) for s in shares
        ]


def test_sectors_in_each_vocabulary(exported: tuple[povcoop.Catalog, Path], read_back: povcoop.Catalog) -> None:
    for project, activity, back in _pairs(exported, read_back):
        assert [c.code for c in back.own_dac_crs] == [c.code for c in project.all_dac_crs]
        assert [c.code for c in back.own_sdg_targets] == [c.code for c in project.all_sdg_targets]
        written = [(s.get("vocabulary"), s.get("code")) for s in activity.iterchildren("sector")]
        assert [(s.vocabulary, s.code) for s in back.iati_sectors] == written


def test_dates_with_their_precision(exported: tuple[povcoop.Catalog, Path], read_back: povcoop.Catalog) -> None:
    checked = 0
    for project, activity, back in _pairs(exported, read_back):
        written = [(d.get("type"), d.get("iso-date")) for d in activity.iterchildren("activity-date")]
        assert [(d.type.code, str(d.date)) for d in back.iati_dates] == written
        assert all(d.date.precision == "day" for d in back.iati_dates)
        if project.start is not None and project.start.precision == "day":
            assert back.start == project.start
            checked += 1
        if project.end is not None and project.end.precision == "day" and project.status == "completed":
            assert back.end == project.end
            checked += 1
    assert checked == 2, "the project dated to the day comes back with its start and end"


def test_statuses(exported: tuple[povcoop.Catalog, Path], read_back: povcoop.Catalog) -> None:
    for project, activity, back in _pairs(exported, read_back):
        element = activity.find("activity-status")
        assert back.iati_status.code == element.get("code")
        # A status IATI has no code for is written as a marked placeholder code beside povcoop's own.
        assert back.status == (element.get(f"{{{NAMESPACE}}}status") or project.status)
        assert back.status == project.status


def test_organisations_and_their_roles(exported: tuple[povcoop.Catalog, Path], read_back: povcoop.Catalog) -> None:
    for project, activity, back in _pairs(exported, read_back):
        written = [
            (o.findtext("narrative"), o.get("role"), o.get("type")) for o in activity.iterchildren("participating-org")
        ]
        assert [
            (p.organization.name, p.role.code, p.type.code if p.type else None) for p in back.participants
        ] == written
        names = {o.name for o in (*project.partners, *project.implementers)}
        assert names <= {p.organization.name for p in back.participants}
        assert [o.name for o in back.implementers] == [o.name for o in project.implementers]
        reporting = activity.find("reporting-org")
        assert back.reporting_org.iati_ref == reporting.get("ref")
        assert back.secondary_reporter is True
        chinese = {n.text for o in activity.iterchildren("participating-org") for n in o if n.get(XML_LANG) == "zh"}
        assert chinese <= {p.organization.name_zh for p in back.participants}
