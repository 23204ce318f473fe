"""``povcoop.load`` reads a povcoop Data Package export back into an equal catalog: the shipped
catalog and hypothesis-made ones, with texts a spreadsheet would run as formulas (escaped with
an apostrophe in the CSV, the escape undone on reading), codes kept as strings ("002")."""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcoop
from test_round_trip import catalogs

_FORMULA_LIKE = st.sampled_from(["=", "+", "-", "@", "'", "''", "=HYPERLINK(", "-5", "'=1+1"]).flatmap(
    lambda start: (
        st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cs", "Cn", "Zl", "Zp")), max_size=12)
        .map(lambda rest: start + rest)
        .filter(lambda text: text.strip() == text)
    )
)
"""Texts that start as a formula would (or with the escape itself)."""


def _export(catalog: povcoop.Catalog, folder: Path) -> Path:
    return povcoop.export(catalog, "datapackage", folder / "package")


def test_the_shipped_catalog_reads_back_equal(cat: povcoop.Catalog, tmp_path: Path) -> None:
    package = _export(cat, tmp_path)
    back = povcoop.load(package)
    assert back == cat
    assert back.manifest == cat.manifest
    assert back.release.text == cat.release.text
    asean = back.organizations.get("asean")
    assert asean.members == cat.organizations.get("asean").members  # with their evidence, which no
    assert asean.members[0].evidence[0].note  # first-stated-quote column holds
    assert povcoop.load(package / "datapackage.json") == cat  # the descriptor's path as well


def test_codes_read_back_as_strings_with_their_zeros(cat: povcoop.Catalog, tmp_path: Path) -> None:
    back = povcoop.load(_export(cat, tmp_path))
    africa = back.regions.get("africa")
    assert africa.m49 is not None and africa.m49.code == "002"
    assert back.countries.get("LAO").numeric == cat.countries.get("LAO").numeric


@st.composite
def _hostile(draw: st.DrawFn) -> povcoop.Catalog:
    """A generated catalog whose projects' names, descriptions and aliases start as formulas."""
    catalog = draw(catalogs())
    entities = catalog.to_entities()
    entities["projects"] = tuple(
        attrs.evolve(
            project,
            name=draw(_FORMULA_LIKE),
            description=draw(st.none() | _FORMULA_LIKE),
            aliases=tuple(draw(st.lists(_FORMULA_LIKE, max_size=2, unique=True))),
        )
        for project in catalog.projects
    )
    return povcoop.Catalog.from_entities(entities, catalog.manifest)


@given(_hostile())
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_generated_catalogs_with_formula_like_texts_read_back_equal(catalog: povcoop.Catalog) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        package = _export(catalog, folder)
        with (package / "projects.csv").open(encoding="utf-8", newline="") as file:
            cells = [row["name"] for row in csv.DictReader(file)]
        assert all(cell.startswith("'") for cell in cells)  # escaped in the file...
        back = povcoop.load(package)
        assert back == catalog  # ...and exactly the text again once read
        assert [p.name for p in back.projects] == [p.name for p in catalog.projects]
        assert [p.aliases for p in back.projects] == [p.aliases for p in catalog.projects]
    finally:
        shutil.rmtree(folder)


def test_a_repeated_quote_keeps_its_occurrence(cat: povcoop.Catalog, tmp_path: Path) -> None:
    text = cat.release.text or ""
    quote = "poverty reduction"
    second = text.find(quote, text.find(quote) + 1)
    assert second > 0
    evidence = povcoop.Evidence(basis="stated", source=cat.release, quote=quote, start=second, end=second + len(quote))
    entities = cat.to_entities()
    concept = povcoop.Concept(id="repeated-quote", name="A repeated quote", evidence=(evidence,))
    entities["concepts"] = (*entities["concepts"], concept)
    catalog = povcoop.Catalog.from_entities(entities, cat.manifest)
    back = povcoop.load(_export(catalog, tmp_path))
    assert back.concepts.get("repeated-quote").evidence[0].start == second


def _descriptor(package: Path) -> dict[str, Any]:
    descriptor: dict[str, Any] = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    return descriptor


def test_a_package_that_is_not_povcoops_is_refused_with_what_would_work(cat: povcoop.Catalog, tmp_path: Path) -> None:
    package = _export(cat, tmp_path)
    descriptor = _descriptor(package)
    del descriptor["povcoop"]
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    with pytest.raises(povcoop.DataError) as raised:
        povcoop.load(package)
    (problem,) = raised.value.problems
    assert (problem.file, problem.field, problem.code) == ("datapackage.json", "povcoop", "missing-field")
    assert "povcoop.export" in problem.message


def test_a_broken_table_is_reported_at_its_table_and_row(cat: povcoop.Catalog, tmp_path: Path) -> None:
    package = _export(cat, tmp_path)
    path = package / "project_countries.csv"
    text = path.read_bytes().decode("utf-8")
    assert "demonstration,0,LAO\r\n" in text
    path.write_bytes(text.replace("demonstration,0,LAO", "demonstration,0,XXX", 1).encode("utf-8"))
    with pytest.raises(povcoop.DataError) as raised:
        povcoop.load(package)
    found = [(p.file, p.field, p.code) for p in raised.value.problems]
    assert found and all(file == "projects.csv" and code == "dangling-reference" for file, _, code in found)
    assert any(field is not None and field.startswith("countries[") for _, field, _ in found)


def test_a_missing_table_is_named(cat: povcoop.Catalog, tmp_path: Path) -> None:
    package = _export(cat, tmp_path)
    descriptor = _descriptor(package)
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] != "project_countries"]
    (package / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    with pytest.raises(povcoop.DataError) as raised:
        povcoop.load(package)
    assert any(p.code == "file-not-found" and "project_countries" in p.message for p in raised.value.problems)
