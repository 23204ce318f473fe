"""The table exports: ``csv``, ``datapackage``, ``parquet`` and ``xlsx``, each written from the
tidy tables, checked by its community's reader (frictionless, pyarrow and DuckDB, openpyxl) and
read back equal."""

from __future__ import annotations

import csv
import datetime
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import povcoop
from export_tables import Data, assert_restores, assert_same_data, plain, read_csv
from povcoop.__main__ import main
from povcoop._export._flat import Flat, code_pattern, code_schemes, flat_tables
from povcoop._export.csv import text_of_cell
from povcoop._views.frames import to_arrow
from povcoop._views.table import Table
from povcoop._views.tables import tidy_tables

EAST_ASIA = "east-asia-poverty-reduction-demonstration"


@pytest.fixture(scope="module")
def tidy(cat: povcoop.Catalog) -> dict[str, Table]:
    return tidy_tables(cat)


@pytest.fixture(scope="module")
def flat(tidy: dict[str, Table]) -> Flat:
    return flat_tables(tidy)


@pytest.fixture(scope="module")
def csv_folder(cat: povcoop.Catalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return povcoop.export(cat, "csv", tmp_path_factory.mktemp("csv") / "out")


@pytest.fixture(scope="module")
def package_folder(cat: povcoop.Catalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return povcoop.export(cat, "datapackage", tmp_path_factory.mktemp("datapackage") / "out")


def _csv_data(folder: Path, flat: Flat) -> dict[str, Data]:
    return {name: read_csv(folder / f"{name}.csv", table) for name, table in flat.tables.items()}


# -- flat tables: every cell one value, nothing lost ----------------------------------------------


def test_flat_tables_hold_one_value_per_cell(flat: Flat) -> None:
    for table in flat.tables.values():
        assert all(column.type != "strings" for column in table.columns), table.name
        for name in table.column_names:
            for value in table.data[name]:
                assert value is None or isinstance(value, str | int | float | datetime.date), (table.name, name)


def test_every_list_column_is_carried_by_a_link_table(tidy: dict[str, Table], flat: Flat) -> None:
    lists = {(t.name, c.name) for t in tidy.values() for c in t.columns if c.type == "strings"}
    assert {(c.table, c.column) for c in flat.carried} == lists
    by_column = {(c.table, c.column): c for c in flat.carried}
    assert by_column[("projects", "country_ids")].link == "project_countries"
    assert by_column[("projects", "countries")].names == "countries"
    assert by_column[("sectors", "dac_crs")].item == "code"
    assert by_column[("projects", "aliases")].link == "project_aliases"
    assert flat.tables["entity_evidence_supports"].primary_key == ("kind", "id", "entity_evidence_position", "position")


def test_the_flat_tables_give_the_tidy_tables_back(tidy: dict[str, Table], flat: Flat) -> None:
    data = {name: {c: list(v) for c, v in table.data.items()} for name, table in flat.tables.items()}
    assert_restores(tidy, flat, data)


def test_code_patterns_match_every_code_of_their_list(flat: Flat) -> None:
    import re

    from povcoop._codes.lists import code_list

    schemes = code_schemes()
    for (table, column), scheme in schemes.items():
        pattern = re.compile(code_pattern(scheme))
        assert all(pattern.fullmatch(code) for code in code_list(scheme)), scheme
        if table in flat.tables:
            assert column in flat.tables[table].column_names, (table, column)
    assert schemes[("regions", "m49")] == "un-m49"
    assert not re.fullmatch(code_pattern("un-m49"), "35")


# -- csv ----------------------------------------------------------------------------------------


def test_csv_is_one_file_per_flat_table(csv_folder: Path, flat: Flat) -> None:
    assert sorted(p.name for p in csv_folder.iterdir()) == sorted(f"{name}.csv" for name in flat.tables)
    header = (csv_folder / "projects.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "country_ids" not in header and "countries" not in header and "aliases" not in header


def test_csv_reads_back_equal(csv_folder: Path, flat: Flat, tidy: dict[str, Table]) -> None:
    data = _csv_data(csv_folder, flat)
    for name, table in flat.tables.items():
        assert_same_data(table, data[name])
    assert_restores(tidy, flat, data)


def test_csv_codes_keep_their_zeros_and_nulls_are_empty(csv_folder: Path) -> None:
    with (csv_folder / "regions.csv").open(encoding="utf-8", newline="") as file:
        regions = {row["id"]: row for row in csv.DictReader(file)}
    assert regions["africa"]["m49"] == "002"
    assert regions["south-pacific"]["m49"] == ""
    raw = (csv_folder / "project_countries.csv").read_bytes()
    assert raw.startswith(b"project_id,position,country_id\r\n") and not raw.startswith(b"\xef\xbb\xbf")
    with (csv_folder / "projects.csv").open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            assert not any(value.startswith(("(", "[")) for value in row.values()), "no Python reprs"
            if row["id"] == EAST_ASIA:
                assert row["start"] == "2017-01-01" and row["start_precision"] == "year"


def test_csv_cells_refuse_lists_and_empty_texts(tmp_path: Path) -> None:
    from povcoop._export.csv import cell, write_table
    from povcoop._views.table import Column

    with pytest.raises(TypeError, match="one value, not a tuple"):
        cell(("a", "b"))
    column = Column("note", "string", "A note.")
    table = Table("notes", "Notes.", (column,), {"note": ["fine", ""]}, ("note",))
    with pytest.raises(ValueError, match="notes, row 1, column note: an empty text"):
        write_table(table, tmp_path / "notes.csv")


# -- datapackage ----------------------------------------------------------------------------------


def test_the_data_package_validates_with_no_error(package_folder: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(package_folder / "datapackage.json")
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:10]
    assert report.stats["tasks"] == len(json.loads((package_folder / "datapackage.json").read_text())["resources"])


def test_the_data_package_checks_foreign_keys_and_patterns(package_folder: Path, tmp_path: Path) -> None:
    import shutil

    frictionless = pytest.importorskip("frictionless")
    broken = tmp_path / "broken"
    shutil.copytree(package_folder, broken)
    for name, old, new in (("project_countries.csv", ",LAO", ",XXX"), ("regions.csv", ",002,", ",02,")):
        text = (broken / name).read_text(encoding="utf-8")
        assert old in text
        (broken / name).write_text(text.replace(old, new, 1), encoding="utf-8", newline="")
    report = frictionless.validate(broken / "datapackage.json")
    errors = report.flatten(["type", "note"])
    assert ["constraint-error", 'constraint "pattern" is "^[0-9]{3}$"'] in errors
    assert any(kind == "foreign-key" and '"XXX"' in note for kind, note in errors)


def test_the_descriptor(package_folder: Path, cat: povcoop.Catalog, flat: Flat) -> None:
    package = json.loads((package_folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert package["name"] == "povcoop-cns-2021-03-10"
    assert package["title"] == cat.manifest.title
    assert package["version"] == cat.manifest.data_version
    assert package["licenses"] == [{"name": "CC-BY-4.0", "title": cat.manifest.license}]
    (source,) = package["sources"]
    assert source["title"].startswith(f"[{cat.release.title}] (a descriptive title)")
    assert "China News Service, 2021-03-10" in source["title"]
    assert "path" not in source  # the catalog knows no address for the release
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == list(flat.tables)
    projects = resources["projects"]["schema"]
    fields = {f["name"]: f for f in projects["fields"]}
    assert [f["name"] for f in projects["fields"]] == list(flat.tables["projects"].column_names)
    assert fields["status"]["type"] == "string"
    assert fields["status"]["constraints"]["enum"] == ["planned", "ongoing", "completed", "reported"]
    assert fields["start"]["type"] == "date" and fields["quote_start"]["type"] == "integer"
    assert fields["region_id"]["description"] == flat.tables["projects"].column("region_id").doc
    assert projects["primaryKey"] == ["id"]
    assert {"fields": ["region_id"], "reference": {"resource": "regions", "fields": ["id"]}} in projects["foreignKeys"]
    sources = resources["sources"]["schema"]
    assert {"fields": ["quote_source_id"], "reference": {"fields": ["id"]}} in sources["foreignKeys"]
    numeric = next(f for f in resources["countries"]["schema"]["fields"] if f["name"] == "numeric")
    assert numeric == {
        "name": "numeric",
        "type": "string",
        "description": flat.tables["countries"].column("numeric").doc,
        "constraints": {"pattern": "^[0-9]{3}$"},
    }
    supports = resources["entity_evidence_supports"]["schema"]["foreignKeys"]
    assert supports == [
        {
            "fields": ["kind", "id", "entity_evidence_position"],
            "reference": {"resource": "entity_evidence", "fields": ["kind", "id", "position"]},
        }
    ]


def _text(value: Any) -> Any:
    """A text read from the Data Package, without the apostrophe that keeps it from being a formula."""
    return text_of_cell(value) if isinstance(value, str) else value


def read_package(folder: Path) -> dict[str, Data]:
    """Every resource of a Data Package, read by frictionless with its schema's types."""
    frictionless = pytest.importorskip("frictionless")
    package = frictionless.Package(folder / "datapackage.json")
    data: dict[str, Data] = {}
    for resource in package.resources:
        names = [field.name for field in resource.schema.fields]
        texts = {field.name for field in resource.schema.fields if field.type == "string"}
        rows = resource.read_rows()
        data[resource.name] = {
            name: [_text(plain(row[name])) if name in texts else plain(row[name]) for row in rows] for name in names
        }
    return data


def test_the_data_package_reads_back_equal(package_folder: Path, flat: Flat, tidy: dict[str, Table]) -> None:
    data = read_package(package_folder)
    assert list(data) == list(flat.tables)
    for name, table in flat.tables.items():
        assert_same_data(table, data[name])
    assert_restores(tidy, flat, data)


# -- parquet --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def parquet_folder(cat: povcoop.Catalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pyarrow")
    return povcoop.export(cat, "parquet", tmp_path_factory.mktemp("parquet") / "out")


def assert_parquet_equal(folder: Path, tidy: dict[str, Table]) -> None:
    """Each Parquet file holds its tidy table: the same schema (names, types, descriptions;
    a list's item field is named ``element`` in Parquet) and the same values."""
    pq = pytest.importorskip("pyarrow.parquet")
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{name}.parquet" for name in tidy)
    for name, table in tidy.items():
        expected = to_arrow(table)
        read = pq.read_table(folder / f"{name}.parquet")
        assert read.schema.metadata == expected.schema.metadata, name
        assert read.num_rows == len(table)
        for want, got in zip(expected.schema, read.schema, strict=True):
            assert (got.name, got.metadata) == (want.name, want.metadata)
            if hasattr(want.type, "value_type") and not hasattr(want.type, "index_type"):
                assert got.type.value_type == want.type.value_type, (name, want.name)
            else:
                assert got.type == want.type, (name, want.name)
        assert_same_data(table, {column: read.column(column).to_pylist() for column in table.column_names})


def test_parquet_reads_back_equal(parquet_folder: Path, tidy: dict[str, Table]) -> None:
    assert_parquet_equal(parquet_folder, tidy)


def test_duckdb_joins_the_parquet_files_as_the_python_api_links(parquet_folder: Path, cat: povcoop.Catalog) -> None:
    duckdb = pytest.importorskip("duckdb")
    with duckdb.connect() as con:
        rows = con.execute(
            """
            SELECT p.id, pc.position, c.name, r.id
            FROM read_parquet($projects) AS p
            JOIN read_parquet($links) AS pc ON pc.project_id = p.id
            JOIN read_parquet($countries) AS c ON c.id = pc.country_id
            LEFT JOIN read_parquet($regions) AS r ON r.id = c.region_id
            ORDER BY p.id, pc.position
            """,
            {
                name: str(parquet_folder / f"{table}.parquet")
                for name, table in (
                    ("projects", "projects"),
                    ("links", "project_countries"),
                    ("countries", "countries"),
                    ("regions", "regions"),
                )
            },
        ).fetchall()
        status = con.execute(
            "SELECT status, count(*) FROM read_parquet($p) GROUP BY status ORDER BY status",
            {"p": str(parquet_folder / "projects.parquet")},
        ).fetchall()
    joined: dict[str, list[tuple[str, str | None]]] = {}
    for project_id, _, country, region in rows:
        joined.setdefault(project_id, []).append((country, region))
    expected = {
        p.id: [(c.name, c.region.id if c.region else None) for c in p.countries] for p in cat.projects if p.countries
    }
    assert joined == expected
    assert joined[EAST_ASIA] == [("Laos", "asia"), ("Cambodia", "asia"), ("Myanmar", "asia")]
    counts: dict[str, int] = {}
    for project in cat.projects:
        counts[project.status] = counts.get(project.status, 0) + 1
    assert dict(status) == counts


# -- xlsx -----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workbook(cat: povcoop.Catalog, tmp_path_factory: pytest.TempPathFactory) -> Any:
    openpyxl = pytest.importorskip("openpyxl")
    folder = povcoop.export(cat, "xlsx", tmp_path_factory.mktemp("xlsx") / "out")
    assert [p.name for p in folder.iterdir()] == ["povcoop.xlsx"]
    return openpyxl.load_workbook(folder / "povcoop.xlsx")


def sheet_data(sheet: Any) -> Data:
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    columns = list(zip(*rows[1:], strict=True)) if rows[1:] else [() for _ in header]
    return {name: list(values) for name, values in zip(header, columns, strict=True)}


def test_the_workbook_reads_back_equal(workbook: Any, flat: Flat, tidy: dict[str, Table]) -> None:
    assert workbook.sheetnames == ["README", "columns", *flat.tables]  # no name is over 31 characters
    data = {name: sheet_data(workbook[name]) for name in flat.tables}
    for name, table in flat.tables.items():
        assert_same_data(table, data[name])
    assert_restores(tidy, flat, data)


def test_the_workbook_keeps_codes_as_text_and_dates_as_dates(workbook: Any) -> None:
    regions = workbook["regions"]
    header = [cell.value for cell in regions[1]]
    africa = next(row for row in regions.iter_rows(min_row=2) if row[0].value == "africa")
    m49 = africa[header.index("m49")]
    assert (m49.value, m49.data_type, m49.number_format) == ("002", "s", "@")
    projects = workbook["projects"]
    header = [cell.value for cell in projects[1]]
    row = next(row for row in projects.iter_rows(min_row=2) if row[0].value == EAST_ASIA)
    start = row[header.index("start")]
    assert (
        isinstance(start.value, datetime.datetime) and start.is_date and start.value.date() == datetime.date(2017, 1, 1)
    )
    assert row[header.index("quote_start")].data_type == "n"
    codes = sheet_data(workbook["sector_dac_crs"])["code"]
    assert codes and all(isinstance(code, str) for code in codes)


def test_the_readme_sheet_comes_first(workbook: Any, cat: povcoop.Catalog, flat: Flat) -> None:
    about = {row[0]: row[1] for row in workbook["README"].iter_rows(values_only=True) if row[0]}
    assert about["title"] == cat.manifest.title
    assert about["release"] == f"[{cat.release.title}] (a descriptive title: the release has none)"
    # The README says no more than the data: not every person or concept is one the release names.
    assert "A person the release names, or one an outside source names beside it" in about["people"]
    assert about["outlet"] == "China News Service"
    assert about["date"] == "2021-03-10"
    assert about["reporter"] == "Zhang Weiran"
    assert about["licence"] == cat.manifest.license
    assert about["data version"] == cat.manifest.data_version
    assert about["povcoop version"] == povcoop.__version__
    for name, table in flat.tables.items():
        assert name in about and table.doc in about[name]
    described = {(row[0], row[1]) for row in workbook["columns"].iter_rows(min_row=2, values_only=True)}
    assert described == {(n, c) for n, t in flat.tables.items() for c in t.column_names}


def test_long_sheet_names_are_shortened_uniquely_and_mapped(cat: povcoop.Catalog, tmp_path: Path) -> None:
    from povcoop._export import xlsx

    names = xlsx.sheet_names(["a" * 40, "a" * 35, "README", "x"], taken=["readme"])
    assert all(len(name) <= 31 for name in names.values())
    assert len({name.lower() for name in names.values()}) == 4 and names["README"] == "README~1"
    openpyxl = pytest.importorskip("openpyxl")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(xlsx, "SHEET_NAME_LIMIT", 12)
        xlsx.write(cat, tmp_path)
    book = openpyxl.load_workbook(tmp_path / "povcoop.xlsx")
    mapping = dict(list(book["sheets"].iter_rows(min_row=2, values_only=True)))
    assert mapping["project_co~1"] == "project_countries"
    assert sheet_data(book["project_co~1"])["country_id"][:3] == ["LAO", "KHM", "MMR"]


def test_a_text_like_a_formula_stays_text(cat: povcoop.Catalog, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    entities = cat.to_entities()
    entities["projects"] = tuple(
        attrs.evolve(p, name="=1+1", description="035") if p.id == EAST_ASIA else p for p in cat.projects
    )
    edited = povcoop.Catalog.from_entities(entities, cat.manifest)
    povcoop.export(edited, "xlsx", tmp_path / "out")
    projects = sheet_data(openpyxl.load_workbook(tmp_path / "out" / "povcoop.xlsx")["projects"])
    index = projects["id"].index(EAST_ASIA)
    assert (projects["name"][index], projects["description"][index]) == ("=1+1", "035")


def test_xlsx_without_openpyxl_names_the_extra(cat: povcoop.Catalog, tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(sys.modules, "openpyxl", None)
        with pytest.raises(ImportError, match=r'pip install "povcoop\[xlsx\]"'):
            povcoop.export(cat, "xlsx", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_parquet_without_pyarrow_names_the_extra(cat: povcoop.Catalog, tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(sys.modules, "pyarrow", None)
        patch.setitem(sys.modules, "pyarrow.parquet", None)
        with pytest.raises(ImportError, match=r'pip install "povcoop\[arrow\]"'):
            povcoop.export(cat, "parquet", tmp_path / "out")


# -- the command line -----------------------------------------------------------------------------

EXPECTED_FILE = {"csv": "projects.csv", "datapackage": "datapackage.json", "parquet": "projects.parquet"}


@pytest.mark.parametrize("format", ["csv", "datapackage", "parquet", "xlsx"])
def test_cli_writes_each_format(format: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "povcoop", "export", format, str(out)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote {format} to {out}\n" and result.stderr == ""
    assert (out / EXPECTED_FILE.get(format, "povcoop.xlsx")).is_file()


def test_cli_in_process_exports_a_users_catalog(
    cat: povcoop.Catalog, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pyarrow")
    mine = povcoop.export(cat, "json", tmp_path / "mine")
    for format in ("csv", "datapackage", "parquet", "xlsx"):
        assert main(["export", format, str(tmp_path / format), "--catalog", str(mine)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"wrote xlsx to {tmp_path / 'xlsx'}"
    tidy = tidy_tables(povcoop.load(mine))
    assert_parquet_equal(tmp_path / "parquet", tidy)
    flat = flat_tables(tidy)
    assert_restores(tidy, flat, _csv_data(tmp_path / "csv", flat))
    assert main(["export", "csv", str(tmp_path / "csv")]) == 1
    assert "is not empty" in capsys.readouterr().err


def test_cli_help_names_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    from povcoop._export import FORMATS

    assert FORMATS == ("json", "csv", "datapackage", "parquet", "xlsx", "iati")
    assert main(["export", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "json, csv, datapackage, parquet, xlsx or iati" in help_text
