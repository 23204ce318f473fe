"""Outputs say no more than the data: every date, status, code, percentage and number an export or
a citation writes is one the data hold, in the precision they hold it, or a placeholder the user
asked for that the output marks as one. Run on the shipped catalog and on a catalog from
``povcoop init``."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

import povcoop
from povcoop.__main__ import main
from povcoop._cite import best_evidence

etree = pytest.importorskip("lxml.etree")

STYLES = ("text", "apa", "chicago", "bibtex", "ris", "csl-json")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH = "|".join(MONTHS)
_DATES = [  # every way a style writes a day: (pattern, year group, month group, day group)
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), 1, 2, 3),
    (re.compile(r"\b(\d{4})/(\d{2})/(\d{2})/"), 1, 2, 3),
    (re.compile(rf"\b({_MONTH}) (\d{{1,2}}), (\d{{4}})\b"), 3, 1, 2),
    (re.compile(rf"\b(\d{{1,2}}) ({_MONTH}) (\d{{4}})\b"), 3, 2, 1),
    (re.compile(rf"\b(\d{{4}}), ({_MONTH}) (\d{{1,2}})\b"), 1, 2, 3),
]


@pytest.fixture(scope="module", params=["shipped", "init"])
def catalog(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> povcoop.Catalog:
    if request.param == "shipped":
        return povcoop.load()
    folder = tmp_path_factory.mktemp("init") / "mine"
    assert main(["init", str(folder)]) == 0
    return povcoop.load(folder)


def _strings(value: Any) -> list[str]:
    """Every text and number in a JSON-like value."""
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in (str(key), *_strings(item))]
    if isinstance(value, (list, tuple)):
        return [s for item in value for s in _strings(item)]
    return [] if value is None else [str(value)]


def _month(text: str) -> int:
    return MONTHS.index(text) + 1 if not text.isdigit() else int(text)


def _days(text: str) -> set[datetime.date]:
    """Every day ``text`` writes, in any of the styles' forms."""
    found = set()
    for pattern, year, month, day in _DATES:
        for match in pattern.finditer(text):
            found.add(datetime.date(int(match[year]), _month(match[month]), int(match[day])))
    return found


def _held(catalog: povcoop.Catalog, source: povcoop.Source) -> str:
    """What the data hold about ``source`` and the catalog, as text: its record, the release's, the
    manifest, the positions of every quote located in it, and povcoop's version."""
    records = [source.to_record() if hasattr(source, "to_record") else None]
    rows = catalog.sources.where(id=source.id).to_records() + catalog.sources.where(id=catalog.release.id).to_records()
    held = _strings(rows) + _strings(records) + _strings(catalog.manifest.to_rest()) + [povcoop.__version__]
    for collection in catalog.collections.values():
        for entity in collection:
            for evidence in entity.evidence:
                if evidence.source.id == source.id:
                    held += [str(povcoop.pinpoint(evidence) or ""), evidence.quote or "", evidence.note or ""]
    return "\n".join(held)


def _day_precise(catalog: povcoop.Catalog, source: povcoop.Source) -> set[datetime.date]:
    """The days the data hold: the source's and the release's days, the data version's date, and the
    days written in the source's record (a title's own date)."""
    days = {d for d in (source.date, catalog.release.date) if d is not None}
    if catalog.manifest.data_version_date:
        days.add(datetime.date.fromisoformat(catalog.manifest.data_version_date))
    return days | _days(_held(catalog, source))


def _content(text: str) -> str:
    """What an output writes, without addresses (their digits are the data's URL) and RIS tags (T2, N1)."""
    return re.sub(r"(?m)^[A-Z][A-Z0-9]  - ", "", re.sub(r"https?://\S+", "", text))


def _number(text: str) -> str:
    return text.lstrip("0") or "0"


def _numbers(text: str) -> set[str]:
    """The numbers ``text`` holds, without leading zeros (a month 03 is the number 3)."""
    return {_number(number) for number in re.findall(r"\d+", text)}


def _check_citation(catalog: povcoop.Catalog, source: povcoop.Source, text: str, what: str) -> None:
    held = _held(catalog, source)
    for day in _days(text):
        assert day in _day_precise(catalog, source), f"{what}: the day {day} is not one the data hold"
    numbers = _numbers(held)
    for number in re.findall(r"\d+", _content(text)):
        assert _number(number) in numbers, f"{what}: {number} is not in the data"
    published = source.published
    if published is not None and published.month is None:
        # A year-only date is never written with a month (unless the record holds that month itself).
        for month in MONTHS:
            if re.search(rf"\b{month}\b", text):
                assert month in held, f"{what}: {month} is written, the data hold the year {published}"


def test_every_citation_of_every_source_holds_only_the_data(catalog: povcoop.Catalog) -> None:
    checked = 0
    for source in catalog.sources:
        for style in STYLES:
            _check_citation(catalog, source, povcoop.cite(source, style), f"{source.id} {style}")  # type: ignore[arg-type]
            checked += 1
    for entity in (entity for collection in catalog.collections.values() for entity in collection):
        best = povcoop.pinpoint(entity) if entity.evidence else None
        for style in STYLES if entity.evidence else ():
            evidence = best_evidence(entity)
            assert evidence is not None
            text = povcoop.cite(entity, style)  # type: ignore[arg-type]
            _check_citation(catalog, evidence.source, text, f"{entity.id} {style} ({best})")
            checked += 1
    assert checked >= 6


def test_a_year_only_date_stays_a_year_in_every_style(catalog: povcoop.Catalog) -> None:
    source = attrs.evolve(catalog.release, published=povcoop.PartialDate(2021), type="news report")
    for style in STYLES:
        text = povcoop.cite(source, style).replace(source.id, "")  # type: ignore[arg-type]
        assert "2021-03" not in text and "/03/" not in text, style
        own = " ".join(filter(None, (source.title, source.description, source.name, source.place)))
        written = [month for month in MONTHS if re.search(rf"\b{month}\b", text) and month not in own]
        assert not written, f"{style}: {written} written for a date held to the year"
    assert json.loads(povcoop.cite(source, "csl-json"))[0]["issued"] == {"date-parts": [[2021]]}
    day = attrs.evolve(source, published=povcoop.PartialDate(2021, 3, 10))
    assert "March 10" in povcoop.cite(day, "apa"), "the check can fail: a day is written where held"


def test_the_dataset_citation_holds_only_the_data(catalog: povcoop.Catalog) -> None:
    for style in STYLES:
        text = povcoop.cite(catalog, style)  # type: ignore[arg-type]
        _check_citation(catalog, catalog.release, text, f"dataset {style}")
        if catalog.manifest.data_version_date is None:
            assert "n.d." in text or style != "apa"
            assert not _days(text) - _day_precise(catalog, catalog.release)


def test_every_bibliography_holds_only_the_data(catalog: povcoop.Catalog) -> None:
    for style in STYLES:
        text = povcoop.bibliography(catalog, style)  # type: ignore[arg-type]
        held = "\n".join(_held(catalog, source) for source in catalog.sources)
        numbers = _numbers(held)
        for number in re.findall(r"\d+", _content(text)):
            assert _number(number) in numbers, f"bibliography {style}: {number}"
        days = set().union(*(_day_precise(catalog, source) for source in catalog.sources))
        assert _days(text) <= days, f"bibliography {style}: {_days(text) - days}"


# --- IATI -------------------------------------------------------------------------------------------

STATUS = {"planned": "1", "ongoing": "2", "completed": "4"}


def _iati(catalog: povcoop.Catalog, folder: Path, *, placeholders: bool) -> Any:
    povcoop.export(catalog, "iati", folder, placeholders=placeholders)
    return etree.parse(str(folder / "iati-activities.xml")).getroot()


def _check_iati(catalog: povcoop.Catalog, root: Any) -> int:
    """Every status, date and percentage is the data's, or a placeholder marked in the activity's
    description and the file's header. Returns how many placeholders were found."""
    header = " ".join(node.text for node in root if isinstance(node, etree._Comment))
    marked = 0
    for project, activity in zip(catalog.projects, root.findall("iati-activity"), strict=True):
        description = activity.findtext("description/narrative") or ""
        placeholders = description.partition("PLACEHOLDERS, not data")[2]
        if placeholders:
            assert project.id in header and "PLACEHOLDERS" in header, project.id
        status = activity.find("activity-status").get("code")
        if STATUS.get(project.status) != status:
            assert f"activity-status {status}" in placeholders, (project.id, status)
            marked += 1
        held = {str(d) for d in (project.start, project.launched, project.end) if d is not None and d.day}
        for date in activity.findall("activity-date"):
            if date.get("iso-date") not in held:
                assert (date.findtext("narrative") or "").startswith("PLACEHOLDER"), (project.id, date.get("iso-date"))
                assert f"start {date.get('iso-date')}" in placeholders
                marked += 1
        for element in activity.xpath(".//*[@percentage]"):
            assert "equal shares" in placeholders, (project.id, element.tag, element.get("percentage"))
            marked += 1
        codes = {c.alpha_2 for c in project.countries} | {c.code for c in project.all_dac_crs}
        codes |= {c.code for c in project.all_sdg_targets} | {c.code.split(".")[0] for c in project.all_sdg_targets}
        codes |= {c.code for c in project.aid_types}
        codes |= {c.code for c in (project.region.dac_regions if project.region is not None else ())}
        for element in activity.xpath("recipient-country|recipient-region|sector|default-aid-type"):
            assert element.get("code") in codes, (project.id, element.tag, element.get("code"))
    return marked


def test_iati_without_placeholders_writes_only_the_data_or_lists_the_gaps(
    catalog: povcoop.Catalog, tmp_path: Path
) -> None:
    from povcoop._export.iati import gaps

    found = gaps(catalog)
    if found:
        with pytest.raises(povcoop.DataError) as raised:
            povcoop.export(catalog, "iati", tmp_path / "strict")
        assert len(raised.value.problems) == len(found)
        assert {p.id for p in raised.value.problems} == {gap.project for gap in found}
    else:
        assert _check_iati(catalog, _iati(catalog, tmp_path / "strict", placeholders=False)) == 0


def test_iati_placeholders_are_marked(catalog: povcoop.Catalog, tmp_path: Path) -> None:
    from povcoop._export.iati import gaps

    root = _iati(catalog, tmp_path / "marked", placeholders=True)
    marked = _check_iati(catalog, root)
    assert marked >= len(gaps(catalog)) > 0


def test_the_iati_check_can_fail(catalog: povcoop.Catalog, tmp_path: Path) -> None:
    root = _iati(catalog, tmp_path / "marked", placeholders=True)
    for description in root.iter("description"):
        narrative = description.find("narrative")
        narrative.text = narrative.text.partition("\n\nPLACEHOLDERS")[0]
    with pytest.raises(AssertionError):
        _check_iati(catalog, root)


# --- the Data Package and the Excel README ----------------------------------------------------------


def test_the_data_package_and_the_workbook_mark_a_descriptive_title(catalog: povcoop.Catalog, tmp_path: Path) -> None:
    package = json.loads(
        (povcoop.export(catalog, "datapackage", tmp_path / "package") / "datapackage.json").read_text(encoding="utf-8")
    )
    (source,) = package["sources"]
    release = catalog.release
    assert source["title"].startswith(f"[{release.title}]") == release.title_descriptive
    assert package["version"] == catalog.data_version
    assert _days(source["title"]) <= _day_precise(catalog, release)
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(povcoop.export(catalog, "xlsx", tmp_path / "xlsx") / "povcoop.xlsx")
    about = {row[0]: row[1] for row in book["README"].iter_rows(values_only=True) if row[0]}
    assert about["release"].startswith(f"[{release.title}]") == release.title_descriptive
    assert about["date"] == (str(release.published) if release.published else None), "the date in its precision"
