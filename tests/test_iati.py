"""The ``iati`` export, checked by IATI's own schema and codelists, and by the rules the schema cannot
express (the standard's rulesets): shares summing to 100, one recipient form, ISO dates."""

from __future__ import annotations

import datetime
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import povcoop
from povcoop._export.iati import FILE, NAMESPACE, REPORTING_ORG_REF, gaps

etree = pytest.importorskip("lxml.etree")

STANDARDS = Path(__file__).resolve().parent / "data" / "standards" / "iati"  # vendored: see tests/data/README.md

# Codelists the vendored standards folder lacks, as IATI/IATI-Codelists (version-2.03) lists them.
ACTIVITY_DATE_TYPES = {"1", "2", "3", "4"}  # ActivityDateType: planned/actual start, planned/actual end
DOCUMENT_CATEGORIES = {f"A{n:02d}" for n in range(1, 13)}  # DocumentCategory, activity documents
FILE_FORMATS = {"text/html", "text/plain", "application/pdf"}  # a subset of FileFormat (IANA media types)


def _export(catalog: povcoop.Catalog, folder: Path, *, placeholders: bool = True) -> Any:
    povcoop.export(catalog, "iati", folder, placeholders=placeholders)
    return etree.parse(str(folder / FILE))


@pytest.fixture(scope="module")
def tree(cat: povcoop.Catalog, tmp_path_factory: pytest.TempPathFactory) -> Any:
    return _export(cat, tmp_path_factory.mktemp("iati") / "out")


@pytest.fixture(scope="module")
def catalog_with_url(cat: povcoop.Catalog) -> povcoop.Catalog:
    """The shipped catalog with an address on the release and a dated start on a project (the shipped
    release has no address of its own, and no project a start known to the day)."""
    entities = cat.to_entities()
    release = attrs.evolve(cat.release, url="https://example.org/release")
    entities["sources"] = tuple(release if s.id == release.id else s for s in entities["sources"])
    entities["projects"] = tuple(
        attrs.evolve(p, start=povcoop.PartialDate(2018, 2, 1), end=povcoop.PartialDate(2020, 5), status="completed")
        if p.id == "china-africa-juncao-technical-cooperation"
        else p
        for p in cat.projects
    )
    return povcoop.Catalog.from_entities(entities, cat.manifest)


@pytest.fixture(scope="module")
def tree_with_url(catalog_with_url: povcoop.Catalog, tmp_path_factory: pytest.TempPathFactory) -> Any:
    return _export(catalog_with_url, tmp_path_factory.mktemp("iati") / "out")


@pytest.fixture(scope="module")
def schema() -> Any:
    return etree.XMLSchema(etree.parse(str(STANDARDS / "schema" / "iati-activities-schema.xsd")))


def _codelist(name: str) -> set[str]:
    root = etree.parse(str(STANDARDS / "codelists" / f"{name}.xml"))
    return {item.findtext("code") for item in root.iter("codelist-item") if item.get("status") != "withdrawn"}


@pytest.mark.parametrize("which", ["shipped", "with-url"])
def test_valid_against_the_iati_2_03_schema(schema: Any, tree: Any, tree_with_url: Any, which: str) -> None:
    document = tree if which == "shipped" else tree_with_url
    assert schema.validate(document), schema.error_log.last_error


def test_the_schema_catches_what_it_should(schema: Any, tree: Any) -> None:
    """The validation can fail: out of order or missing elements are caught."""
    broken = etree.fromstring(etree.tostring(tree))
    activity = broken.find("iati-activity")
    activity.remove(activity.find("activity-status"))
    assert not schema.validate(broken)
    swapped = etree.fromstring(etree.tostring(tree))
    activity = swapped.find("iati-activity")
    title = activity.find("title")
    activity.remove(title)
    activity.append(title)
    assert not schema.validate(swapped)


def test_one_activity_per_project(cat: povcoop.Catalog, tree: Any) -> None:
    activities = tree.getroot().findall("iati-activity")
    assert [a.findtext("iati-identifier") for a in activities] == [f"povcoop-{p.id}" for p in cat.projects]
    assert tree.getroot().get("version") == "2.03"
    for activity in activities:
        reporting = activity.find("reporting-org")
        assert reporting.get("ref") == REPORTING_ORG_REF
        assert reporting.get("secondary-reporter") == "1"
        assert activity.findtext("iati-identifier").startswith(f"{REPORTING_ORG_REF}-")


def test_title_and_description_come_from_the_release(cat: povcoop.Catalog, tree: Any) -> None:
    text = cat.release.text or ""
    for project, activity in zip(cat.projects, tree.getroot().findall("iati-activity"), strict=True):
        assert activity.findtext("title/narrative") == project.name
        description = activity.findtext("description/narrative")
        words, _, placeholders = description.partition("\n\n")
        assert words in text, "the description is the release's own words"
        stated = next(ev for ev in project.evidence if ev.basis == "stated")
        assert words == stated.quote
        assert placeholders.startswith("PLACEHOLDERS, not data"), "this tree was written with placeholders"


def test_every_code_is_in_its_official_codelist(tree: Any, tree_with_url: Any) -> None:
    lists = {
        name: _codelist(name)
        for name in (
            "ActivityStatus", "AidType", "Country", "Language", "OrganisationRole", "OrganisationType",
            "Region", "RegionVocabulary", "Sector", "SectorVocabulary", "UNSDG-Goals", "UNSDG-Targets", "Version",
        )
    }  # fmt: skip
    sector_lists = {"1": lists["Sector"], "7": lists["UNSDG-Goals"], "8": lists["UNSDG-Targets"]}
    checked = 0
    for document in (tree, tree_with_url):
        root = document.getroot()
        assert root.get("version") in lists["Version"]
        for activity in root.iter("iati-activity"):
            checks = [
                (activity.find("activity-status").get("code"), lists["ActivityStatus"]),
                (activity.find("reporting-org").get("type"), lists["OrganisationType"]),
                (activity.get("{http://www.w3.org/XML/1998/namespace}lang"), lists["Language"]),
            ]
            for org in activity.iter("participating-org"):
                checks.append((org.get("role"), lists["OrganisationRole"]))
                if org.get("type") is not None:
                    checks.append((org.get("type"), lists["OrganisationType"]))
            checks += [(c.get("code"), lists["Country"]) for c in activity.iter("recipient-country")]
            for region in activity.iter("recipient-region"):
                checks += [(region.get("vocabulary"), lists["RegionVocabulary"]), (region.get("code"), lists["Region"])]
            for sector in activity.iter("sector"):
                vocabulary = sector.get("vocabulary")
                checks += [(vocabulary, lists["SectorVocabulary"]), (sector.get("code"), sector_lists[vocabulary])]
            checks += [(a.get("code"), lists["AidType"]) for a in activity.iter("default-aid-type")]
            checks += [(d.get("type"), ACTIVITY_DATE_TYPES) for d in activity.iter("activity-date")]
            for link in activity.iter("document-link"):
                checks += [(link.get("format"), FILE_FORMATS), (link.find("language").get("code"), lists["Language"])]
                checks += [(c.get("code"), DOCUMENT_CATEGORIES) for c in link.iter("category")]
            for code, allowed in checks:
                assert code in allowed, f"{activity.findtext('iati-identifier')}: {code!r} is not in its codelist"
                checked += 1
    assert checked > 100


def _shares_by_vocabulary(activity: Any, tag: str) -> dict[str, list[Decimal]]:
    shares: dict[str, list[Decimal]] = defaultdict(list)
    for element in activity.iter(tag):
        shares[element.get("vocabulary", "1")].append(Decimal(element.get("percentage", "100")))
    return shares


def test_sector_percentages_sum_to_100_per_vocabulary(tree: Any) -> None:
    vocabularies_seen = set()
    for activity in tree.getroot().iter("iati-activity"):
        for vocabulary, shares in _shares_by_vocabulary(activity, "sector").items():
            assert sum(shares) == 100, (activity.findtext("iati-identifier"), vocabulary, shares)
            assert all(0 < share <= 100 for share in shares)
            vocabularies_seen.add(vocabulary)
    assert vocabularies_seen == {"1", "7", "8"}


def test_one_recipient_form_and_shares_that_sum_to_100(cat: povcoop.Catalog, tree: Any) -> None:
    for project, activity in zip(cat.projects, tree.getroot().findall("iati-activity"), strict=True):
        countries = activity.findall("recipient-country")
        regions = activity.findall("recipient-region")
        assert not (countries and regions), "exactly one recipient form per activity"
        recipients = countries or regions
        assert recipients, project.id
        if len(recipients) > 1:
            assert sum(Decimal(r.get("percentage")) for r in recipients) == 100
        if project.countries:
            assert [c.get("code") for c in countries] == [c.alpha_2 for c in project.countries]
        else:
            assert project.region is not None
            assert [r.get("code") for r in regions] == [c.code for c in project.region.dac_regions]
            assert {r.get("vocabulary") for r in regions} == {"1"}


def test_dates_are_iso_and_there_is_a_start(tree: Any, tree_with_url: Any) -> None:
    for document in (tree, tree_with_url):
        for activity in document.getroot().iter("iati-activity"):
            dates = activity.findall("activity-date")
            assert {d.get("type") for d in dates} & {"1", "2"}, "the IATI rules want a start date"
            for date in dates:
                datetime.date.fromisoformat(date.get("iso-date"))
            for link in activity.iter("document-date"):
                datetime.date.fromisoformat(link.get("iso-date"))


def test_dates_say_what_they_are(tree: Any, tree_with_url: Any) -> None:
    east_asia = _activity(tree, "east-asia-poverty-reduction-demonstration")
    (start,) = east_asia.findall("activity-date")
    # The launch, known to the day, is written as such; the year-only start is not made a day.
    assert (start.get("type"), start.get("iso-date")) == ("2", "2016-12-07")
    assert start.findtext("narrative") == "Launched on 2016-12-07; the data give the start of the work as 2017."
    water = _activity(tree, "africa-water-conservancy-infrastructure")
    (bound,) = water.findall("activity-date")
    assert bound.get("iso-date") == "2021-03-10"
    assert bound.findtext("narrative").startswith("PLACEHOLDER: start not known")
    juncao = _activity(tree_with_url, "china-africa-juncao-technical-cooperation")
    dates = [(d.get("type"), d.get("iso-date"), d.findtext("narrative")) for d in juncao.findall("activity-date")]
    assert dates[0] == ("2", "2018-02-01", None)
    assert len(dates) == 1, "an end known to the month is not written as a day"
    assert "end as 2020-05, to the month only" in juncao.findtext("description/narrative")
    assert juncao.find("activity-status").get("code") == "4"


def _activity(tree: Any, project_id: str) -> Any:
    for activity in tree.getroot().iter("iati-activity"):
        if activity.findtext("iati-identifier") == f"povcoop-{project_id}":
            return activity
    raise LookupError(project_id)


def test_status_keeps_povcoops_own_where_iati_has_none(cat: povcoop.Catalog, tree: Any) -> None:
    expected = {"planned": "1", "ongoing": "2", "completed": "4", "reported": "2"}
    for project in cat.projects:
        activity = _activity(tree, project.id)
        status = activity.find("activity-status")
        assert status.get("code") == expected[project.status]
        assert status.get(f"{{{NAMESPACE}}}status") == (project.status if project.status == "reported" else None)
        if project.status == "reported":
            assert "activity-status 2 (Implementation)" in activity.findtext("description/narrative")


def test_participants(cat: povcoop.Catalog, tree: Any) -> None:
    for project in cat.projects:
        orgs = [
            (o.get("role"), o.findtext("narrative"), o.get("ref"))
            for o in _activity(tree, project.id).iter("participating-org")
        ]
        assert orgs[0] == ("2", "China", None)
        assert orgs[1:] == [("2", o.name, None) for o in project.partners] + [
            ("4", o.name, None) for o in project.implementers
        ]
    east_asia = [o.findtext("narrative") for o in _activity(tree, EAST_ASIA).iter("participating-org")]
    assert "International Poverty Reduction Center in China" in east_asia


EAST_ASIA = "east-asia-poverty-reduction-demonstration"


def test_aid_types_and_sectors_follow_the_project(cat: povcoop.Catalog, tree: Any) -> None:
    for project in cat.projects:
        activity = _activity(tree, project.id)
        assert [a.get("code") for a in activity.iter("default-aid-type")] == [c.code for c in project.aid_types]
        dac = [s.get("code") for s in activity.iter("sector") if s.get("vocabulary") == "1"]
        assert dac == [c.code for c in project.all_dac_crs]
        targets = [s.get("code") for s in activity.iter("sector") if s.get("vocabulary") == "8"]
        assert targets == [c.code for c in project.all_sdg_targets]


def test_document_link_only_to_the_releases_own_address(tree: Any, tree_with_url: Any) -> None:
    assert tree.getroot().find(".//document-link") is None, "the shipped release has no address of its own"
    links = tree_with_url.getroot().findall(".//document-link")
    assert len(links) == len(tree_with_url.getroot().findall("iati-activity"))
    link = links[0]
    assert link.get("url") == "https://example.org/release"
    assert link.find("category").get("code") == "A08"
    assert link.find("document-date").get("iso-date") == "2021-03-10"


def test_the_export_is_reproducible(cat: povcoop.Catalog, tmp_path: Path) -> None:
    povcoop.export(cat, "iati", tmp_path / "a", placeholders=True)
    povcoop.export(cat, "iati", tmp_path / "b", placeholders=True)
    assert (tmp_path / "a" / FILE).read_bytes() == (tmp_path / "b" / FILE).read_bytes()


def test_cli_writes_iati_only_with_placeholders(tmp_path: Path) -> None:
    import subprocess
    import sys

    command = [sys.executable, "-m", "povcoop", "export", "iati", str(tmp_path / "out")]
    refused = subprocess.run(command, capture_output=True, text=True, check=False)
    assert refused.returncode == 1
    lines = refused.stderr.splitlines()
    assert lines[0] == f"povcoop: error: the data lack {len(gaps(povcoop.load()))} things IATI requires:"
    assert "(id 'east-asia-poverty-reduction-demonstration'), field countries" in refused.stderr
    assert lines[-1] == "Add them to the data, or write marked placeholders with --placeholders."
    assert not (tmp_path / "out").exists()
    result = subprocess.run([*command, "--placeholders"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert etree.parse(str(tmp_path / "out" / FILE)).getroot().tag == "iati-activities"


def test_strict_by_default_every_gap_listed(cat: povcoop.Catalog, tmp_path: Path) -> None:
    with pytest.raises(povcoop.DataError) as raised:
        povcoop.export(cat, "iati", tmp_path / "out")
    problems = raised.value.problems
    assert {p.id for p in problems} == {p.id for p in cat.projects}, "each activity is listed"
    by_project = defaultdict(set)
    for problem in problems:
        by_project[problem.id].add((problem.field, problem.code))
        assert "--placeholders" in problem.message and "placeholders=True" in problem.message
    assert ("status", "iati-no-status") in by_project["africa-water-conservancy-infrastructure"]
    assert ("start", "iati-no-start") in by_project["africa-water-conservancy-infrastructure"]
    # The East Asia launch is known to the day: no start is missing; its three countries need shares.
    assert ("start", "iati-no-start") not in by_project[EAST_ASIA]
    assert ("countries", "iati-no-shares") in by_project[EAST_ASIA]
    assert ("sectors", "iati-no-shares") in by_project["south-pacific-technical-cooperation"]
    assert not (tmp_path / "out").exists()


def test_placeholders_only_for_iati(cat: povcoop.Catalog, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="iati format only"):
        povcoop.export(cat, "csv", tmp_path / "out", placeholders=True)


@pytest.fixture(scope="module")
def complete_catalog(cat: povcoop.Catalog) -> povcoop.Catalog:
    """A catalog whose one project holds everything IATI requires: a status IATI has, a start to the
    day, one country and one code per sector vocabulary."""
    project = cat.projects.get("china-africa-juncao-technical-cooperation")
    project = attrs.evolve(
        project,
        status="ongoing",
        start=povcoop.PartialDate(2018, 2, 1),
        end=povcoop.PartialDate(2022),
        countries=(cat.countries.get("LAO"),),
        sectors=(),
        own_dac_crs=(povcoop.codes.get("oecd-dac-crs-purpose", "31120"),),
        own_sdg_targets=(povcoop.codes.get("un-sdg-target", "1.2"),),
    )
    entities = cat.to_entities()
    entities["projects"] = (project,)
    return povcoop.Catalog.from_entities(entities, cat.manifest)


def test_strict_export_writes_only_the_data(complete_catalog: povcoop.Catalog, tmp_path: Path) -> None:
    assert gaps(complete_catalog) == []
    document = _export(complete_catalog, tmp_path / "out", placeholders=False)
    text = etree.tostring(document, encoding="unicode")
    assert "PLACEHOLDER" not in text
    assert document.getroot().find(".//*[@percentage]") is None, "one item per vocabulary needs no share"
    (activity,) = document.getroot().findall("iati-activity")
    assert activity.find("activity-status").get("code") == "2"
    assert [(d.get("type"), d.get("iso-date")) for d in activity.findall("activity-date")] == [("2", "2018-02-01")]
    assert "end as 2022, to the year only" in activity.findtext("description/narrative")
    (comment,) = [node for node in document.getroot() if isinstance(node, etree._Comment)]
    assert "Every status, date, code and percentage in it is one the data hold" in comment.text


def test_strict_export_is_valid(schema: Any, complete_catalog: povcoop.Catalog, tmp_path: Path) -> None:
    assert schema.validate(_export(complete_catalog, tmp_path / "out", placeholders=False)), schema.error_log


def test_the_header_names_the_placeholders(tree: Any) -> None:
    (comment,) = [node for node in tree.getroot() if isinstance(node, etree._Comment)]
    assert "PLACEHOLDERS: at the user's request (placeholders=True)" in comment.text
    assert "east-asia-poverty-reduction-demonstration (status, countries, sectors)" in comment.text


def test_without_lxml_the_error_names_the_extra(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['lxml'] = None\n"
        "import povcoop\n"
        "try:\n"
        f"    povcoop.export(povcoop.load(), 'iati', {str(tmp_path / 'out')!r}, placeholders=True)\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pip install "povcoop[iati]"' in result.stdout
    assert not (tmp_path / "out").exists()


def test_a_title_with_dashes_still_makes_a_comment(cat: povcoop.Catalog, tmp_path: Path) -> None:
    manifest = attrs.evolve(cat.manifest, title="A --- title -")
    catalog = povcoop.Catalog.from_entities(cat.to_entities(), manifest)
    document = _export(catalog, tmp_path / "out")
    (comment,) = [node for node in document.getroot() if isinstance(node, etree._Comment)]
    assert "A - - - title -" in comment.text
