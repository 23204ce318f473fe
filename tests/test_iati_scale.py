"""What the IATI reader's speed must not cost: each fact's XPath still names its own element (the
positions counted as the reader streams, not asked of lxml), each quote is still the file's text at
its offsets (non-ASCII text, CR LF line ends, a narrative repeated across activities), the file is
read without a buffer of the size limit, and the depth limit holds at its boundary."""

from __future__ import annotations

import re
import sys
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

import povcoop
from povcoop._iati_in.read import MAX_DEPTH, _too_deep
from povcoop._iati_in.xml import XmlRefused, read_bytes

etree = pytest.importorskip("lxml.etree")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import iati as benchmark  # noqa: E402  (the benchmarks folder is no package)

_LOCATED = re.compile(r"(/iati-activities/\S+) \(line (\d+)\)")


def _activity(identifier: str, title: str, *, sectors: int = 1, between: str = "") -> str:
    sector_lines = "".join(
        f'<sector code="{code}" percentage="{100 / sectors:g}"/>{between}\n'
        for code in ["14030", "11110", "12220"][:sectors]
    )
    return f"""<iati-activity default-currency="EUR">
<iati-identifier>{identifier}</iati-identifier>
<reporting-org ref="XM-EX" type="21"><narrative xml:lang="en">Example NGO</narrative></reporting-org>
<title><narrative xml:lang="en">{title}</narrative>\
<narrative xml:lang="zh">老挝农村供水 {identifier}</narrative></title>
<description type="1"><narrative xml:lang="en">Wells: café, 𝄞 and 水.</narrative></description>
<description type="2"><narrative xml:lang="en">First objective</narrative>\
<narrative xml:lang="fr">Deuxième objectif, à côté</narrative></description>
<participating-org role="4" ref="XM-EX"/>
<activity-status code="2"/>
<activity-date type="2" iso-date="2019-04-01"/>
<contact-info><email>info@example.org</email></contact-info>
<recipient-country code="LA"/>
{sector_lines}</iati-activity>
"""


def _file(*activities: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n'
        + "".join(activities)
        + ("</iati-activities>\n")
    )


def _evidence(catalog: povcoop.Catalog) -> list[Any]:
    found = [e for project in catalog.projects for e in project.evidence]
    found += [e for organization in catalog.organizations for e in organization.evidence]
    return found


def _check_locators(catalog: povcoop.Catalog, path: Path) -> int:
    """Every locator's XPath finds exactly one element of the file, on the line it gives."""
    tree = etree.parse(str(path))
    checked = 0
    for evidence in _evidence(catalog):
        if evidence.source.text is None or not (evidence.locator or "").startswith("/iati-activities/"):
            continue
        for xpath, line in _LOCATED.findall(evidence.locator):
            (element,) = tree.xpath(xpath)
            assert element.sourceline == int(line), evidence.locator
            checked += 1
    return checked


def _check_quotes(catalog: povcoop.Catalog) -> int:
    """Every quote is its source's text at its offsets, and lies on the line its locator gives."""
    checked = 0
    for evidence in _evidence(catalog):
        if evidence.quote is None or evidence.start is None:
            continue
        text = evidence.source.text
        assert text is not None and text[evidence.start : evidence.end] == evidence.quote
        match = _LOCATED.match(evidence.locator or "")
        if match and "narrative" in match.group(1):  # a narrative's quote is the narrative itself
            assert text.count("\n", 0, evidence.start) + 1 == int(match.group(2)), evidence.locator
        checked += 1
    return checked


def test_the_nth_repeated_element_is_located_by_its_position(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    first = _activity("XM-EX-1", "Rural water supply")
    second = _activity("XM-EX-2", "Rural water supply", sectors=3, between="<!-- a comment -->")
    path.write_text(_file(first, second), encoding="utf-8")
    catalog = povcoop.read_iati(path)
    project = catalog.projects.get(next(p.id for p in catalog.projects if p.iati_identifier == "XM-EX-2"))
    locators = [e.locator or "" for e in project.evidence]
    third = next(loc for loc in locators if "sector[3]" in loc)
    assert third.startswith("/iati-activities/iati-activity[2]/sector[3] (line ")
    assert any(loc.startswith("/iati-activities/iati-activity[2]/description[2]/narrative[2] ") for loc in locators)
    assert any(loc.startswith("/iati-activities/iati-activity[2]/title[1]/narrative[2] ") for loc in locators)
    assert _check_locators(catalog, path) >= 2 * 8
    assert catalog.unmapped[str(path)] == {"iati-activity/contact-info": 2}


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_quotes_are_the_files_characters_at_their_offsets(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "a.xml"
    # The same title in three activities: each quote is located at its own activity's narrative.
    text = _file(*(_activity(f"XM-EX-{n}", "Eau villageoise à Luang Prabang — 水") for n in range(3)))
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    catalog = povcoop.read_iati(path)
    assert {e.source.text for e in _evidence(catalog)} == {text}  # CR LF read as XML reads it
    assert _check_quotes(catalog) >= 3 * 8
    assert _check_locators(catalog, path) >= 3 * 8
    starts = sorted(
        e.start
        for p in catalog.projects
        for e in p.evidence
        if e.quote == "Eau villageoise à Luang Prabang — 水" and e.start is not None
    )
    assert len(set(starts)) == 3  # three occurrences, none quoted twice
    astral = [e for p in catalog.projects for e in p.evidence if e.quote and "𝄞" in e.quote]
    assert len(astral) == 3 and all(e.source.text[e.start : e.end] == e.quote for e in astral)  # type: ignore[index]


def test_a_narrative_repeated_beyond_the_loaders_occurrence_limit_is_still_quoted(tmp_path: Path) -> None:
    # Each quote carries its offset, so that a quote repeated over 10,000 times (where a quote
    # located by its occurrence must give up) is still each narrative's own text at its place.
    path = tmp_path / "a.xml"
    same = "Rural water supply</narrative><narrative xml:lang='en'>" * 989 + "Rural water supply"
    activities = [_activity(f"XM-EX-{n}", same) for n in range(11)]  # 990 titles alike in each
    path.write_text(_file(*activities), encoding="utf-8")
    catalog = povcoop.read_iati(path)
    quoted = [e for p in catalog.projects for e in p.evidence if e.quote == "Rural water supply"]
    assert len(quoted) == 11 * 990
    assert all(e.basis == "stated" and e.note is None for e in quoted)
    assert len({e.start for e in quoted}) == len(quoted)
    assert _check_quotes(catalog) > len(quoted)


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "UTF-16"])
def test_a_file_in_another_encoding_is_parsed_from_the_text_it_is_quoted_in(tmp_path: Path, encoding: str) -> None:
    # The parser reads the decoded text (not the file's bytes): the same characters, lines and offsets.
    path = tmp_path / "a.xml"
    text = _file(_activity("XM-EX-1", "Eau villageoise à Luang Prabang, café")).replace("UTF-8", encoding)
    text = text.replace("老挝农村供水 ", "Approvisionnement ").replace(", 𝄞 and 水", "")
    path.write_bytes(text.encode(encoding))
    catalog = povcoop.read_iati(path)
    (project,) = catalog.projects
    assert project.name == "Eau villageoise à Luang Prabang, café"
    assert {e.source.text for e in _evidence(catalog)} == {text}
    assert _check_quotes(catalog) >= 8
    assert _check_locators(catalog, path) >= 8


def test_the_benchmarks_activities_keep_their_locators_and_quotes(tmp_path: Path) -> None:
    path = benchmark.write_file(tmp_path / "activities.xml", 120)
    catalog = povcoop.read_iati(path)
    assert _check_locators(catalog, path) > 120 * 5
    assert _check_quotes(catalog) > 120 * 5


def test_a_file_is_read_without_a_buffer_of_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    path.write_bytes(b"x" * 1000)
    tracemalloc.start()
    try:
        assert len(read_bytes(str(path))) == 1000
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1 << 20  # not the 1 GiB limit
    assert len(read_bytes(str(path), max_bytes=1000)) == 1000
    with pytest.raises(XmlRefused) as refused:
        read_bytes(str(path), max_bytes=999)
    assert refused.value.problem.code == "too-large"
    (tmp_path / "empty.xml").write_bytes(b"")
    assert read_bytes(str(tmp_path / "empty.xml")) == b""


@pytest.mark.parametrize("leaf", ["<x/>", "<!-- c -->", "<?pi x?>", "text"])
def test_the_depth_limit_holds_at_its_boundary(leaf: str) -> None:
    def nested(level: int) -> Any:  # the leaf at ``level``, the activity being the first
        inner = "<a>" * (level - 2) + leaf + "</a>" * (level - 2)
        return etree.fromstring(f"<iati-activity>{inner}</iati-activity>")

    assert _too_deep(nested(MAX_DEPTH)) is None
    deep = _too_deep(nested(MAX_DEPTH + 1))  # elements nest; text, comments and instructions do not
    assert deep == (1 if leaf == "<x/>" else None)


def test_a_read_keeps_no_names_of_its_organisations_after_it(tmp_path: Path) -> None:
    from povcoop._iati_in.mapping import organization_id

    path = tmp_path / "a.xml"
    path.write_text(_file(_activity("XM-EX-1", "Rural water supply")), encoding="utf-8")
    assert povcoop.read_iati(path).organizations  # named while reading, through the cache
    assert organization_id.cache_info().currsize == 0


def test_a_quote_not_at_its_offset_is_placed_at_its_activity_in_a_later_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The loader checks each quote at the offset the reader gives: a wrong one is a located
    # problem of its activity (not a quote found elsewhere), whichever batch loads its record.
    from povcoop._iati_in import mapping
    from povcoop._iati_in import read as reader

    cite = mapping.ActivityReader.cite

    def off_by_one(self: Any, element: Any, *supports: str, quote: Any = None) -> dict[str, Any]:
        evidence: dict[str, Any] = cite(self, element, *supports, quote=quote)
        if self.identifier == "XM-EX-2" and "offset" in evidence:
            evidence["offset"] += 1
        return evidence

    monkeypatch.setattr(mapping.ActivityReader, "cite", off_by_one)
    monkeypatch.setattr(reader, "LOAD_BATCH", 1)
    path = tmp_path / "a.xml"
    path.write_text(_file(*(_activity(f"XM-EX-{n}", "Rural water supply") for n in range(3))), encoding="utf-8")
    with pytest.raises(povcoop.DataError) as caught:
        povcoop.read_iati(path)
    problems = caught.value.problems
    assert problems and {(p.file, p.index, p.id, p.code) for p in problems} == {
        (str(path), 2, "XM-EX-2", "quote-not-at-offset")
    }
    assert all(".offset (as projects.json record 2)" in (p.field or "") for p in problems)
