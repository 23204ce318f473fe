"""Unit tests of the IATI reader's mapping: each element to its field, its evidence, the unmapped
report, the rule problems and the command line. (The conformance suite, the fixtures and the
hostile files are tested in the other tests/test_iati_*.py files.)"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import povcoop
from povcoop.__main__ import main

pytest.importorskip("lxml")

ACTIVITY = """<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="2024-01-02T10:00:00Z">
 <iati-activity default-currency="EUR" xml:lang="en" hierarchy="1">
  <iati-identifier>XM-EX-1</iati-identifier>
  <reporting-org ref="XM-EX" type="21" secondary-reporter="0">\
<narrative>Example NGO &amp; Partners</narrative></reporting-org>
  <title><narrative>Rural water supply in Laos</narrative><narrative xml:lang="zh">老挝农村供水项目</narrative>\
<narrative xml:lang="fr">Eau rurale au Laos</narrative></title>
  <description type="2"><narrative>Water &lt;and&gt; sanitation for villages</narrative></description>
  <participating-org role="1" ref="XM-DAC-7" type="10">\
<narrative>Ministry of Foreign Affairs</narrative></participating-org>
  <participating-org role="4" type="21" activity-id="LW-9"><narrative>Local Water NGO</narrative></participating-org>
  <activity-status code="2"/>
  <activity-date type="1" iso-date="2019-01-01"/>
  <activity-date type="2" iso-date="2019-04-01"/>
  <contact-info><email>a@b.org</email></contact-info>
  <recipient-country code="LA" percentage="60"/>
  <recipient-country code="KE" percentage="40"/>
  <sector code="14030" percentage="100"/>
  <sector vocabulary="2" code="140" percentage="100"/>
  <sector vocabulary="7" code="6" percentage="100"/>
  <sector vocabulary="8" code="6.1" percentage="100"/>
  <sector vocabulary="99" vocabulary-uri="http://example.org/v" code="WASH"/>
  <default-flow-type code="10"/>
  <default-finance-type code="110"/>
  <default-aid-type code="C01"/>
  <default-tied-status code="5"/>
  <budget type="1"><period-start iso-date="2019-01-01"/><period-end iso-date="2019-12-31"/>\
<value value-date="2019-01-01">1000</value></budget>
  <budget type="1"><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/>\
<value value-date="2020-01-01">1500.5</value></budget>
  <transaction><transaction-type code="3"/><transaction-date iso-date="2019-05-01"/>\
<value value-date="2019-05-01" currency="USD">200</value></transaction>
  <document-link url="https://example.org/doc.pdf" format="application/pdf"><title><narrative>Project document\
</narrative></title><category code="A02"/><language code="en"/><document-date iso-date="2019-02-01"/></document-link>
  <related-activity ref="XM-EX-0" type="1"/>
 </iati-activity>
</iati-activities>
"""


def _write(folder: Path, text: str, name: str = "activities.xml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, povcoop.IatiCatalog]:
    path = _write(tmp_path_factory.mktemp("iati"), ACTIVITY)
    return path, povcoop.read_iati(path, base=povcoop.load())


def _project(catalog: povcoop.Catalog) -> povcoop.Project:
    (project,) = [p for p in catalog.projects if p.iati_identifier is not None]
    return project


def test_the_identifier_is_kept_verbatim_with_a_stable_unique_id(read: Any, tmp_path: Path) -> None:
    project = _project(read[1])
    assert project.iati_identifier == "XM-EX-1"
    again = povcoop.read_iati(_write(tmp_path, ACTIVITY))
    assert _project(again).id == project.id
    other = povcoop.read_iati(_write(tmp_path, ACTIVITY.replace("XM-EX-1<", "xm-ex-1<"), "other.xml"))
    assert _project(other).id != project.id  # identifiers that slug alike stay apart


def test_titles_in_every_language(read: Any) -> None:
    project = _project(read[1])
    assert project.name == "Rural water supply in Laos"
    assert project.name_zh == "老挝农村供水项目"
    assert [(t.text, t.language) for t in project.titles] == [
        ("Rural water supply in Laos", "en"),
        ("老挝农村供水项目", "zh"),
        ("Eau rurale au Laos", "fr"),
    ]
    assert "Eau rurale au Laos" in project.aliases
    assert [(d.text, d.type) for d in project.descriptions] == [("Water <and> sanitation for villages", "2")]


def test_status_dates_and_places(read: Any) -> None:
    project = _project(read[1])
    assert project.status == "ongoing" and project.iati_status is not None and project.iati_status.code == "2"
    assert [(d.type.code, str(d.date), d.date.precision) for d in project.iati_dates] == [
        ("1", "2019-01-01", "day"),
        ("2", "2019-04-01", "day"),
    ]
    assert project.start is not None and project.start.to_date() == datetime.date(2019, 4, 1)
    assert project.end is None  # no actual end date: none is made up
    assert [c.id for c in project.countries] == ["LAO", "KEN"]
    assert [(s.country.id, s.percentage) for s in project.recipient_countries] == [("LAO", 60.0), ("KEN", 40.0)]
    kenya = read[1].countries.get("KEN")
    assert (kenya.alpha_2, kenya.numeric, kenya.m49_region.code, kenya.m49_subregion.code) == (
        "KE",
        "404",
        "002",
        "202",
    )


def test_sectors_in_every_vocabulary(read: Any) -> None:
    project = _project(read[1])
    assert [c.code for c in project.own_dac_crs] == ["14030"]
    assert [c.code for c in project.dac_crs_categories] == ["140"]
    assert [c.code for c in project.sdg_goals] == ["6"]
    assert [c.code for c in project.own_sdg_targets] == ["6.1"]
    assert [(s.vocabulary, s.code, s.vocabulary_uri) for s in project.iati_sectors][-1] == (
        "99",
        "WASH",
        "http://example.org/v",
    )


def test_organisations_with_their_roles(read: Any) -> None:
    project = _project(read[1])
    assert project.reporting_org is not None and project.reporting_org.name == "Example NGO & Partners"
    assert project.reporting_org.iati_ref == "XM-EX" and project.secondary_reporter is False
    roles = [
        (p.organization.name, p.role.code, p.type.code if p.type else None, p.activity_id) for p in project.participants
    ]
    assert roles == [("Ministry of Foreign Affairs", "1", "10", None), ("Local Water NGO", "4", "21", "LW-9")]
    assert [o.name for o in project.implementers] == ["Local Water NGO"]
    assert project.participants[0].organization.type == "government"
    assert project.implementers[0].type == "unclassified"


def test_defaults_amounts_documents_and_related_activities(read: Any) -> None:
    project = _project(read[1])
    codes = (project.flow_type, project.finance_type, project.tied_status, project.default_currency)
    assert [c.code if c else None for c in codes] == ["10", "110", "5", "EUR"]
    assert [c.code for c in project.aid_types] == ["C01"]
    totals = {(a.element, a.type, a.currency.code): (a.total, a.count) for a in project.amounts}
    assert totals == {("budget", "1", "EUR"): (2500.5, 2), ("transaction", "3", "USD"): (200.0, 1)}
    budget = project.amounts[0]
    assert (str(budget.first_value_date), str(budget.last_value_date)) == ("2019-01-01", "2020-01-01")
    (document,) = project.documents
    assert (document.title, document.url, document.language, str(document.published)) == (
        "Project document",
        "https://example.org/doc.pdf",
        "en",
        "2019-02-01",
    )
    assert [(r.type.code, r.ref) for r in project.related_activities] == [("1", "XM-EX-0")]


def test_every_fact_cites_the_file_by_xpath_and_narratives_by_offsets(read: Any) -> None:
    path, catalog = read
    project = _project(catalog)
    text = path.read_text(encoding="utf-8")
    assert all(e.source.text == text for e in project.evidence)
    assert all(e.locator and e.locator.startswith("/iati-activities/iati-activity[1]") for e in project.evidence)
    for evidence in project.evidence:
        assert evidence.source.text is not None
        assert evidence.quote == evidence.source.text[evidence.start : evidence.end]
    org_quotes = [e.quote for e in project.reporting_org.evidence]  # type: ignore[union-attr]
    assert "Example NGO &amp; Partners" in org_quotes  # the file's text, escapes and all
    supported = {name for e in project.evidence for name in e.supports}
    for field in ("titles", "iati_status", "iati_dates", "countries", "iati_sectors", "participants", "amounts"):
        assert field in supported, field
    assert "activities.xml" in povcoop.cite(project)


def test_what_is_not_mapped_is_counted(read: Any) -> None:
    path, catalog = read
    assert catalog.unmapped[str(path)] == {
        "iati-activity/@hierarchy": 1,
        "iati-activity/contact-info": 1,
        "iati-activity/budget/period-start": 2,
        "iati-activity/budget/period-end": 2,
        "iati-activity/transaction/transaction-date": 1,
        "iati-activity/document-link/@format": 1,
        "iati-activity/document-link/category": 1,
    }
    assert "iati-activity/contact-info: 1" in catalog.unmapped_report()


def test_the_query_of_the_issue_spans_release_and_iati(read: Any) -> None:
    catalog = read[1]
    found = catalog.projects.where(country="LAO", dac_crs="140")
    assert [p.iati_identifier for p in found] == ["XM-EX-1"]
    assert len(catalog.projects.where(country="LAO")) > 1  # the release's projects in Laos too


def test_the_same_identifier_twice_is_a_located_problem(tmp_path: Path) -> None:
    twice = ACTIVITY.replace(
        " </iati-activity>\n",
        " </iati-activity>\n"
        + ACTIVITY.split("<iati-activities")[1].split(">", 1)[1].split("</iati-activities>", maxsplit=1)[0],
        1,
    )
    with pytest.raises(povcoop.DataError) as caught:
        povcoop.read_iati(_write(tmp_path, twice.replace("\n <iati-activity default", "\n<iati-activity default", 1)))
    (problem,) = [p for p in caught.value.problems if p.code == "duplicate-identifier"]
    assert problem.index == 1 and problem.field is not None and "iati-identifier[1]" in problem.field


@pytest.mark.parametrize(
    ("change", "code", "place"),
    [
        (('<activity-status code="2"/>', '<activity-status code="9"/>'), "unknown-code", "activity-status[1]/@code"),
        (('role="4"', 'role="xx"'), "unknown-code", "participating-org[2]/@role"),
        (('code="KE"', 'code=" KE "'), None, None),
        (
            ("<iati-identifier>XM-EX-1</iati-identifier>", "<iati-identifier> </iati-identifier>"),
            "empty-identifier",
            "iati-identifier[1]",
        ),
        (('version="2.03"', 'version="1.05"'), "unsupported-version", "/iati-activities/@version"),
    ],
)
def test_rule_problems_are_located(
    tmp_path: Path, change: tuple[str, str], code: str | None, place: str | None
) -> None:
    text = ACTIVITY.replace(*change)
    path = _write(tmp_path, text)
    if code is None:
        catalog = povcoop.read_iati(path)
        assert [n.code for n in catalog.notes] == ["code-whitespace"]
        assert "KEN" in [c.id for c in _project(catalog).countries]
        return
    with pytest.raises(povcoop.DataError) as caught:
        povcoop.read_iati(path)
    found = [p for p in caught.value.problems if p.code == code]
    assert found, caught.value.problems
    assert place is not None
    assert found[0].file == str(path) and place in (found[0].field or "") and "line " in (found[0].field or "")


def test_percentages_that_do_not_sum_to_100_are_noted(tmp_path: Path) -> None:
    catalog = povcoop.read_iati(_write(tmp_path, ACTIVITY.replace('percentage="40"', 'percentage="30"')))
    (note,) = [n for n in catalog.notes if n.code == "percentages-not-100"]
    assert "recipient-country[1]" in (note.field or "") and "90" in note.message


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa">]>\n<iati-activities version="2.03"/>', "dtd-refused"),
        ('<iati-activities version="2.03">&foo;</iati-activities>', "entity-refused"),
        ('<iati-activities version="2.03">\n<iati-activity>\n</iati-activities>', "invalid-xml"),
        ("<a>" * 1000 + "</a>" * 1000, "too-deep"),
        ('<iati-organisations version="2.03"/>', "not-iati"),
        ('<iati-activities version="2.03"><iati-activity/></iati-activities>', "schema-invalid"),
    ],
)
def test_bad_xml_is_refused_with_a_located_problem(tmp_path: Path, text: str, code: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(povcoop.DataError) as caught:
        povcoop.read_iati(path)
    (problem,) = caught.value.problems
    assert (problem.code, problem.file) == (code, str(path))
    assert problem.field is not None and problem.field.startswith("line ")


def test_a_standalone_read_has_the_file_as_its_release(read: Any, tmp_path: Path) -> None:
    catalog = povcoop.read_iati(_write(tmp_path, ACTIVITY))
    assert catalog.release.type == "dataset" and catalog.release.text == ACTIVITY
    assert {c.id for c in catalog.countries} == {"LAO", "KEN"}


def test_a_conflict_with_the_base_is_reported(read: Any, tmp_path: Path) -> None:
    path, catalog = read
    changed = ACTIVITY.replace("Local Water NGO", "Another NGO")
    with pytest.raises(povcoop.DataError) as caught:
        # The first read, as a base, holds this file's source with other text: a conflict, not a replacement.
        povcoop.read_iati(_write(path.parent, changed), base=catalog)
    assert "conflicting-id" in {p.code for p in caught.value.problems}


def test_the_command_line_imports_a_folder_that_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, ACTIVITY)
    assert main(["import", "iati", str(tmp_path / "out"), str(path)]) == 0
    shown = capsys.readouterr().out
    assert "iati-activity/contact-info: 1" in shown and "1 projects" in shown
    loaded = povcoop.load(tmp_path / "out")
    assert _project(loaded) == _project(povcoop.read_iati(path))
    assert main(["validate", str(path)]) == 0
    bad = _write(tmp_path, ACTIVITY.replace('role="4"', 'role="xx"'), "bad.xml")
    assert main(["validate", str(bad)]) == 1
    assert "unknown-code" in capsys.readouterr().out


@settings(max_examples=25, deadline=None)
@given(
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Cn"]), min_size=1, max_size=40).filter(
        str.strip
    )
)
def test_any_title_is_read_back_and_quoted_from_the_file(title: str) -> None:
    import tempfile
    from xml.sax.saxutils import escape

    text = ACTIVITY.replace("Rural water supply in Laos", escape(title))
    with tempfile.TemporaryDirectory() as folder:
        catalog = povcoop.read_iati(_write(Path(folder), text))
    project = _project(catalog)
    assert project.titles[0].text == title.replace("\r\n", "\n").replace("\r", "\n")
    quotes = [e for e in project.evidence if e.locator and "title[1]/narrative[1]" in e.locator]
    assert quotes and quotes[0].source.text is not None
    assert quotes[0].quote == quotes[0].source.text[quotes[0].start : quotes[0].end]
