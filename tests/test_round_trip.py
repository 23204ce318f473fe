"""Hypothesis-generated catalogs survive ``export(..., "json")`` and ``load()`` unchanged, and the
Data Package and Parquet exports read back as equal tables."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcoop

SHIPPED = povcoop.load()
RELEASE_TEXT = SHIPPED.release.text or ""

# Printable text of any script: no control characters, no lone surrogates (not UTF-8).
words = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cf", "Cs", "Cn", "Zl", "Zp")), min_size=1, max_size=40
)
partial_dates = st.dates().flatmap(
    lambda day: st.sampled_from(
        [
            povcoop.PartialDate(day.year),
            povcoop.PartialDate(day.year, day.month),
            povcoop.PartialDate(day.year, day.month, day.day),
        ]
    )
)


def _subset(items: tuple[Any, ...]) -> st.SearchStrategy[tuple[Any, ...]]:
    return (
        st.lists(st.sampled_from(items), unique_by=lambda item: item.id, max_size=4).map(tuple)
        if items
        else st.just(())
    )


@st.composite
def quotes(draw: st.DrawFn) -> povcoop.Evidence:
    """Stated evidence: a passage of the release that occurs in it once, located."""
    start = draw(st.integers(min_value=0, max_value=len(RELEASE_TEXT) - 40))
    length = draw(st.integers(min_value=10, max_value=40))
    while RELEASE_TEXT.count(RELEASE_TEXT[start : start + length]) > 1:
        length += 1
    return povcoop.Evidence(
        basis="stated",
        source=SHIPPED.release,
        quote=RELEASE_TEXT[start : start + length],
        start=start,
        end=start + length,
    )


@st.composite
def projects(draw: st.DrawFn, base: povcoop.Project) -> povcoop.Project:
    start = draw(st.none() | partial_dates)
    end = draw(st.none() | partial_dates.filter(lambda d: start is None or d.first_day() >= start.first_day()))
    return attrs.evolve(
        base,
        name=draw(words),
        name_zh=draw(st.none() | words),
        aliases=tuple(draw(st.lists(words, max_size=3, unique=True))),
        description=draw(st.none() | words),
        status=draw(st.sampled_from(["planned", "ongoing", "completed", "reported"])),
        region=draw(st.none() | st.sampled_from(tuple(SHIPPED.regions))),
        countries=draw(_subset(tuple(SHIPPED.countries))),
        partners=draw(_subset(tuple(SHIPPED.organizations))),
        start=start,
        end=end,
        evidence=(draw(quotes()), *base.evidence[1:]),
    )


@st.composite
def concepts(draw: st.DrawFn) -> list[povcoop.Concept]:
    ids = draw(
        st.lists(st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8}){0,2}", fullmatch=True), max_size=4, unique=True)
    )
    return [
        povcoop.Concept(
            id=f"new-{concept_id}",
            name=draw(words),
            aliases=tuple(draw(st.lists(words, max_size=2, unique=True))),
            evidence=(draw(quotes()),),
        )
        for concept_id in ids
    ]


@st.composite
def catalogs(draw: st.DrawFn) -> povcoop.Catalog:
    """The shipped catalog with its projects varied (names, descriptions, aliases, dates, optional
    links, quotes) and new concepts with located quotes."""
    entities = SHIPPED.to_entities()
    entities["projects"] = tuple(draw(projects(project)) for project in SHIPPED.projects)
    entities["concepts"] = (*SHIPPED.concepts, *draw(concepts()))
    return povcoop.Catalog.from_entities(entities, SHIPPED.manifest)


@given(catalogs())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_generated_catalogs_survive_json_export_and_load(catalog: povcoop.Catalog) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        loaded = povcoop.load(povcoop.export(catalog, "json", folder / "out"))
        assert loaded == catalog
        for project in catalog.projects:
            again = loaded.projects.get(project.id)
            assert (again.name, again.aliases, again.start, again.end) == (
                project.name,
                project.aliases,
                project.start,
                project.end,
            )
            assert [c.id for c in again.countries] == [c.id for c in project.countries]
            assert again.evidence[0].start == project.evidence[0].start
    finally:
        shutil.rmtree(folder)


_SLOW = settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@given(catalogs())
@_SLOW
def test_generated_catalogs_survive_the_data_package(catalog: povcoop.Catalog) -> None:
    import frictionless

    from export_tables import assert_restores, assert_same_data
    from povcoop._export._flat import flat_tables
    from povcoop._views.tables import tidy_tables
    from test_export_tables import read_package

    folder = Path(tempfile.mkdtemp())
    try:
        out = povcoop.export(catalog, "datapackage", folder / "out")
        report = frictionless.validate(out / "datapackage.json")
        assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:5]
        tidy = tidy_tables(catalog)
        flat = flat_tables(tidy)
        data = read_package(out)
        for name, table in flat.tables.items():
            assert_same_data(table, data[name])
        assert_restores(tidy, flat, data)
    finally:
        shutil.rmtree(folder)


@given(catalogs())
@_SLOW
def test_generated_catalogs_survive_parquet(catalog: povcoop.Catalog) -> None:
    from povcoop._views.tables import tidy_tables
    from test_export_tables import assert_parquet_equal

    folder = Path(tempfile.mkdtemp())
    try:
        assert_parquet_equal(povcoop.export(catalog, "parquet", folder / "out"), tidy_tables(catalog))
    finally:
        shutil.rmtree(folder)
