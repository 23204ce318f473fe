"""A project's codes are read from one obvious attribute, ``codes`` (its own and its sectors',
each with its origin); the narrow ones are ``own_dac_crs`` and ``own_sdg_targets`` (the old
names warn); the tables, exports, data dictionary and HTML show the codes with their origin."""

from __future__ import annotations

import csv
from pathlib import Path

import attrs
import pytest

import povcoop
from povcoop._loading.write import to_rest
from povcoop._views.tables import tidy_tables

ROOT = Path(__file__).resolve().parents[1]
EAST_ASIA = "east-asia-poverty-reduction-demonstration"


def _origin_rows(project: povcoop.Project) -> list[tuple[str, str, str, str | None]]:
    return [
        (o.code.scheme, o.code.code, "own" if o.via is project else "sector", None if o.via is project else o.via.id)
        for o in project.codes
    ]


def test_the_old_names_warn_and_read_the_own_codes(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    with pytest.warns(DeprecationWarning, match="own_dac_crs"):
        assert project.dac_crs == project.own_dac_crs == ()
    with pytest.warns(DeprecationWarning, match="own_sdg_targets"):
        assert project.sdg_targets == project.own_sdg_targets
    assert any(o.code.scheme == "oecd-dac-crs-purpose" for o in project.codes)  # its codes are not empty


def test_where_still_matches_own_and_inherited_codes(cat: povcoop.Catalog) -> None:
    found = {p.id for p in cat.projects.where(dac_crs="43040")}
    assert EAST_ASIA in found
    assert cat.projects.get(EAST_ASIA).own_dac_crs == ()  # found through its sector


def test_the_files_keep_their_names_and_load_into_the_own_codes(cat: povcoop.Catalog, folder: Path) -> None:
    code = povcoop.codes.get("oecd-dac-crs-purpose", "31120")
    project = attrs.evolve(cat.projects.get(EAST_ASIA), own_dac_crs=(code,))
    rest = to_rest(project)
    assert rest["dac_crs"] == ["31120"] and "own_dac_crs" not in rest
    entities = cat.to_entities()
    entities["projects"] = tuple(project if p.id == EAST_ASIA else p for p in cat.projects)
    catalog = povcoop.Catalog.from_entities(entities, cat.manifest)
    back = povcoop.load(povcoop.export(catalog, "json", folder.parent / "out"))
    assert back.projects.get(EAST_ASIA).own_dac_crs == (code,)
    assert back.projects.get(EAST_ASIA).codes[0].code == code


def test_the_project_codes_table_holds_every_code_with_its_origin(cat: povcoop.Catalog) -> None:
    table = tidy_tables(cat)["project_codes"]
    rows = list(table.rows())
    expected = [(p.id, n, *row) for p in cat.projects for n, row in enumerate(_origin_rows(p))]
    got = [(r[0], r[1], r[2], r[3], r[5], r[6]) for r in rows]
    assert got == expected
    assert {r[5] for r in rows} == {"own", "sector"}
    assert ("sector_id", "sectors") in [(k.column, k.table) for k in table.foreign_keys]


def test_the_csv_export_has_the_project_codes(cat: povcoop.Catalog, tmp_path: Path) -> None:
    folder = povcoop.export(cat, "csv", tmp_path / "csv")
    with (folder / "project_codes.csv").open(encoding="utf-8", newline="") as file:
        rows = [
            (r["project_id"], r["scheme"], r["code"], r["origin"], r["sector_id"] or None) for r in csv.DictReader(file)
        ]
    assert rows == [(p.id, s, c, o, sid) for p in cat.projects for s, c, o, sid in _origin_rows(p)]
    assert (folder / "project_own_dac_crs.csv").exists() and not (folder / "project_dac_crs.csv").exists()


def test_the_html_and_text_show_the_codes_with_their_origin(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    html = project._repr_html_()
    assert ">codes</th>" in html and "(own)" in html and "from sector" in html
    assert "oecd-dac-crs-purpose:43040 (from sector rural-development)" in str(project)


def test_the_data_dictionary_names_the_codes_and_the_own_codes() -> None:
    page = (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert "| `own_dac_crs` | `dac_crs` |" in page
    assert "| `codes` | Every code of the project, each with where it comes from. |" in page
