"""Hostile and odd input, one test per fault found by trying povcoop as an attacker would: open
vocabularies end to end, bounded cost, spreadsheet-safe cells, characters and numbers no format
can hold, every problem at once, M49 meaning, pickling, the command line's echoes, exports that
leave nothing behind, a folder's own code lists.

The hostile cases whose harm is cost (memory, time) run in a subprocess under a memory and CPU
limit (``resource.setrlimit``): the old code exceeded them; the limits are far above what the
code needs now, so a busy machine does not make them fail.
"""

from __future__ import annotations

import copy
import csv
import json
import os
import pickle
import resource
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, cast

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcoop
from conftest import edit, read, write
from povcoop.__main__ import main
from povcoop._base.vocab import VOCABULARIES
from povcoop._catalog.template import write_template
from povcoop._export.csv import FORMULA_STARTS, text_of_cell
from povcoop._loading.checks import QuoteError, _resolve, locate, locate_all

ROOT = Path(__file__).resolve().parents[1]


def _codes(error: povcoop.DataError) -> list[tuple[str | None, int | None, str | None, str]]:
    return [(p.file, p.index, p.field, p.code) for p in error.problems]


def _problems(path: Path) -> povcoop.DataError:
    with pytest.raises(povcoop.DataError) as raised:
        povcoop.load(path)
    return raised.value


def run_limited(code: str, *, memory_mb: int, cpu_seconds: int) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter limited to ``memory_mb`` of address space and
    ``cpu_seconds`` of CPU time (and a wall-clock timeout a few times that)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=cpu_seconds * 6,
        env=env,
        check=False,
    )


# -- 2. open vocabularies are open in every table and export ---------------------------------------

_OPEN_TYPES = st.from_regex(r"[a-z0-9][a-z0-9 ,()'-]{0,12}[a-z0-9)]", fullmatch=True)
"""Any type the record model's pattern allows (lower-case words), known to the release or not."""


def _every_table_and_export(catalog: povcoop.Catalog, out: Path, project_type: str) -> None:
    import openpyxl
    import pyarrow.parquet as pq
    from lxml import etree

    projects = catalog.projects
    assert project_type in projects.to_frame()["type"].tolist()
    assert project_type in projects.to_arrow().column("type").to_pylist()
    assert project_type in projects.to_polars()["type"].to_list()
    for format in ("csv", "datapackage", "parquet", "xlsx"):
        povcoop.export(catalog, format, out / format)
    # IATI requires a status and a start the data may lack: marked placeholders stand in for them.
    povcoop.export(catalog, "iati", out / "iati", placeholders=True)
    with (out / "csv" / "projects.csv").open(encoding="utf-8", newline="") as file:
        assert project_type in [text_of_cell(row["type"]) for row in csv.DictReader(file)]
    assert project_type in pq.read_table(out / "parquet" / "projects.parquet").column("type").to_pylist()
    package = json.loads((out / "datapackage" / "datapackage.json").read_text(encoding="utf-8"))
    fields = next(r for r in package["resources"] if r["name"] == "projects")["schema"]["fields"]
    assert "enum" not in next(f for f in fields if f["name"] == "type").get("constraints", {})
    sheet = openpyxl.load_workbook(out / "xlsx" / "povcoop.xlsx")["projects"]
    column = [cell.value for cell in sheet[1]].index("type")
    assert project_type in [row[column] for row in sheet.iter_rows(min_row=2, values_only=True)]
    etree.parse(str(out / "iati" / "iati-activities.xml"))


def test_the_template_of_init_passes_through_every_table_and_export(tmp_path: Path) -> None:
    folder = write_template(tmp_path / "mine")
    catalog = povcoop.load(folder)
    (project_type,) = {p.type for p in catalog.projects}
    assert project_type not in VOCABULARIES["ProjectType"]  # a type the release never names
    _every_table_and_export(catalog, tmp_path / "out", project_type)


@settings(max_examples=5, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(project_type=_OPEN_TYPES)
def test_open_project_types_pass_through_every_table_and_export(tmp_path: Path, project_type: str) -> None:
    root = tmp_path / f"case-{abs(hash(project_type))}"
    folder = write_template(root / "mine")
    edit(folder, "projects.json", lambda projects: projects[0].update(type=project_type))
    _every_table_and_export(povcoop.load(folder), root / "out", project_type)


def test_closed_vocabularies_stay_categories() -> None:
    table = povcoop.load().projects.to_table()
    assert table.column("status").type == "category"
    assert table.column("type").type == "string"


# -- 3. problems are bounded: kept up to a cap, the rest counted ------------------------------------


def test_two_million_bad_records_are_counted_in_bounded_memory(tmp_path: Path) -> None:
    folder = write_template(tmp_path / "mine")
    (folder / "projects.json").write_text("[" + ",".join(["0"] * 2_000_000) + "]", encoding="utf-8")
    result = run_limited(
        f"""
        import povcoop
        try:
            povcoop.load({str(folder)!r})
        except povcoop.DataError as error:
            kept = [p for p in error.problems if p.code == "wrong-type"]
            more = [p for p in error.problems if p.code == "more-problems"]
            print(len(kept), len(more), more[0].message)
        """,
        memory_mb=1024,  # the old code took 3.1 GB
        cpu_seconds=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    kept, summaries, message = result.stdout.split(" ", 2)
    assert int(kept) == povcoop._base.errors.MAX_PROBLEMS_PER_FILE
    assert summaries == "1"
    assert "1,999,000 more problems" in message and "wrong-type 1,999,000" in message


def test_a_problem_log_keeps_its_caps_and_counts_the_rest() -> None:
    log = povcoop._base.errors.ProblemLog(per_file=3, total=5)
    for name in ("a.json", "b.json"):
        log.extend(povcoop.Problem(file=name, code=f"c{i % 2}", message="x") for i in range(4))
    assert len(log) == 5 and log.found == 8
    assert [p.file for p in log] == ["a.json"] * 3 + ["b.json"] * 2
    summary = {p.file: p.message for p in log.summary()}
    assert "1 more" in summary["a.json"] and "2 more" in summary["b.json"]


# -- 4. quote location: one pass per text ------------------------------------------------------------


@given(
    st.text(alphabet="ab ", max_size=40),
    st.text(alphabet="ab", min_size=1, max_size=4),
    st.none() | st.integers(1, 8),
)
def test_the_one_pass_locator_answers_as_the_plain_one(text: str, quote: str, occurrence: int | None) -> None:
    def answer(function: Any) -> Any:
        try:
            return function()
        except QuoteError as error:
            return error.code

    count, starts = locate_all(text, {quote: max(6, occurrence or 1)})[quote]
    assert answer(lambda: _resolve(quote, occurrence, count, starts)) == answer(lambda: locate(text, quote, occurrence))


def test_thousands_of_missing_quotes_in_a_large_text_cost_one_pass(tmp_path: Path) -> None:
    folder = write_template(tmp_path / "mine")
    sources = read(folder, "sources.json")
    text_path = folder / sources[0]["text_file"]
    words = ("poverty ", "reduction ", "cooperation ", "farmers ", "the ")
    text_path.write_text("".join(words[i % 5] for i in range(1_200_000)), encoding="utf-8")  # about 10 MB
    project = read(folder, "projects.json")[0]
    projects = []
    for n in range(2_000):
        item = copy.deepcopy(project)
        item["id"] = f"p{n}"
        item["evidence"][0]["quote"] = f"missing quote {n} of poverty"
        projects.append(item)
    write(folder, "projects.json", projects)
    result = run_limited(
        f"""
        import povcoop
        try:
            povcoop.load({str(folder)!r})
        except povcoop.DataError as error:
            print(sum(p.code == "quote-not-found" for p in error.problems))
        """,
        memory_mb=1536,
        cpu_seconds=40,  # the old code took about 55 s: one scan of the text per quote
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout) == 1_000  # the cap of a file; the rest are counted


def test_the_quotes_of_a_large_text_are_never_searched_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ``DIRECT_SEARCH`` characters times quotes, no quote is searched alone (one scan of
    the text each): the one pass answers for all of them."""
    from povcoop._loading import checks

    folder = write_template(tmp_path / "mine")
    sources = read(folder, "sources.json")
    (folder / sources[0]["text_file"]).write_text("farmers grow mushrooms. " * 50_000, encoding="utf-8")
    project = read(folder, "projects.json")[0]
    projects = []
    for n in range(50):
        item = copy.deepcopy(project)
        item["id"] = f"p{n}"
        item["evidence"][0]["quote"] = f"missing quote {n}"
        projects.append(item)
    write(folder, "projects.json", projects)

    def one_by_one(*args: Any) -> Any:
        raise AssertionError("a quote searched alone in a large text")

    monkeypatch.setattr(checks, "DIRECT_SEARCH", 1_000)
    monkeypatch.setattr(checks, "locate", one_by_one)
    found = _codes(_problems(folder))
    assert sum(code == "quote-not-found" for *_, code in found) == 50


# -- 5. the xlsx export is linear in rows ------------------------------------------------------------


def test_the_xlsx_export_never_recomputes_a_sheets_last_row_per_row(
    cat: povcoop.Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``sheet.max_row`` scans every cell: asked once per row, it made the export quadratic."""
    from openpyxl.worksheet.worksheet import Worksheet

    calls = 0
    original = Worksheet.max_row

    def counted(self: Any) -> Any:
        nonlocal calls
        calls += 1
        return original.fget(self)

    monkeypatch.setattr(Worksheet, "max_row", property(counted))
    povcoop.export(cat, "xlsx", tmp_path / "out")
    rows = sum(len(table) for table in cat.to_tables().values())
    assert calls < rows / 4, (calls, rows)


# -- 6. CSV and Data Package cells are never formulas ------------------------------------------------

_HOSTILE_NAMES = ('=HYPERLINK("http://x","y")', "+1+1", "-2", "@SUM(A1)", "\tx", "'quoted'")


@pytest.fixture
def hostile_catalog(cat: povcoop.Catalog) -> povcoop.Catalog:
    entities = cat.to_entities()
    entities["projects"] = tuple(
        attrs.evolve(project, name=_HOSTILE_NAMES[i % len(_HOSTILE_NAMES)] + f" {i}")
        for i, project in enumerate(cat.projects)
    )
    return povcoop.Catalog.from_entities(entities, cat.manifest)


def test_no_csv_cell_is_a_formula_and_every_text_reads_back_exactly(
    hostile_catalog: povcoop.Catalog, tmp_path: Path
) -> None:
    folder = povcoop.export(hostile_catalog, "datapackage", tmp_path / "package")
    for path in folder.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as file:
            for row in csv.reader(file):
                assert not any(cell.startswith(FORMULA_STARTS) and not _number(cell) for cell in row), (path, row)
    with (folder / "projects.csv").open(encoding="utf-8", newline="") as file:
        names = [text_of_cell(row["name"]) for row in csv.DictReader(file)]
    assert names == [p.name for p in hostile_catalog.projects]


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _documented_recipes(folder: Path, name: str) -> tuple[Any, list[tuple[Any, ...]]]:
    """The pandas and DuckDB recipes of the exports page, as written there."""
    import duckdb
    import pandas

    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in package["resources"] if r["name"] == name)
    texts = [f["name"] for f in resource["schema"]["fields"] if f["type"] == "string"]
    frame = pandas.read_csv(
        folder / resource["path"], dtype=dict.fromkeys(texts, "string"), keep_default_na=False, na_values=[""]
    )
    frame[texts] = frame[texts].apply(lambda column: column.str.removeprefix("'"))
    typed = duckdb.read_csv(str(folder / resource["path"]), dtype=dict.fromkeys(texts, "VARCHAR"))  # noqa: F841 - the query reads it by name
    unescaped = ", ".join(f"regexp_replace(\"{name}\", '^''', '') AS \"{name}\"" for name in texts)
    relation = duckdb.sql(f"SELECT * REPLACE ({unescaped}) FROM typed")
    assert relation is not None
    rows = relation.fetchall()
    return frame, rows


def test_the_documented_pandas_and_duckdb_recipes_read_texts_and_codes_back(
    hostile_catalog: povcoop.Catalog, tmp_path: Path
) -> None:
    folder = povcoop.export(hostile_catalog, "datapackage", tmp_path / "package")
    frame, rows = _documented_recipes(folder, "projects")
    expected = [p.name for p in hostile_catalog.projects]
    assert frame["name"].tolist() == expected
    assert [row[list(frame.columns).index("name")] for row in rows] == expected
    frame, rows = _documented_recipes(folder, "regions")
    assert "002" in frame["m49"].tolist()  # Africa: the zeros kept
    assert "002" in [row[list(frame.columns).index("m49")] for row in rows]
    doc = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")
    assert 'column.str.removeprefix("\'")' in doc and "regexp_replace" in doc  # the recipes tested are the page's


# -- 7. characters no format can hold ----------------------------------------------------------------


@pytest.mark.parametrize("character", ["\ufffe", "\uffff", "\ud800", "\ufdd0", "\U0010ffff"])
def test_non_characters_are_refused_where_they_are(folder: Path, character: str) -> None:
    projects = read(folder, "projects.json")
    projects[2]["name"] = f"a{character}b"
    # escaped in the JSON (a lone surrogate has no UTF-8 form, only its JSON escape)
    (folder / "projects.json").write_text(json.dumps(projects), encoding="utf-8")
    assert ("projects.json", 2, "name", "non-character") in _codes(_problems(folder))


# -- 9. numbers that would change ---------------------------------------------------------------------


@pytest.mark.parametrize("number", ["1e-400", "1e400", "-1e999", "0.{}1".format("0" * 400)])
def test_a_number_that_no_float_holds_is_refused_not_changed(folder: Path, number: str) -> None:
    path = folder / "metrics.json"
    metrics = read(folder, "metrics.json")
    original = json.dumps(metrics[0]["value"]["number"])
    text = path.read_text(encoding="utf-8").replace(f'"number": {original}', f'"number": {number}', 1)
    path.write_text(text, encoding="utf-8")
    assert ("metrics.json", 0, "value.number", "number-changed") in _codes(_problems(folder))


@pytest.mark.parametrize("number", [2**63, -(2**63) - 1, 10**30])
def test_an_integer_outside_int64_is_refused_with_its_field(folder: Path, number: int) -> None:
    edit(folder, "metrics.json", lambda metrics: metrics[1]["value"].update(number=number))
    assert ("metrics.json", 1, "value.number", "out-of-range") in _codes(_problems(folder))


def test_the_largest_int64_still_loads(folder: Path) -> None:
    edit(folder, "metrics.json", lambda metrics: metrics[1]["value"].update(number=2**63 - 1))
    assert povcoop.load(folder).metrics[1].value.number == 2**63 - 1


# -- 11. every problem of a record at once ------------------------------------------------------------


def test_a_records_broken_links_are_reported_with_its_shape_problems(folder: Path) -> None:
    def change(projects: list[dict[str, Any]]) -> None:
        projects[0].update(region="nowhere", unknown_field=1, name="x\ufffe")

    edit(folder, "projects.json", change)
    found = _codes(_problems(folder))
    assert ("projects.json", 0, "unknown_field", "unknown-field") in found
    assert ("projects.json", 0, "region", "dangling-reference") in found
    assert ("projects.json", 0, "name", "non-character") in found


# -- 12. M49 codes that contradict each other ---------------------------------------------------------


def test_a_countrys_m49_sub_region_must_lie_in_its_region(folder: Path) -> None:
    def change(countries: list[dict[str, Any]]) -> None:
        next(c for c in countries if c["id"] == "LAO").update(m49_subregion="005")  # South America

    edit(folder, "countries.json", change)
    assert any(f[2:] == ("m49_subregion", "code-mismatch") for f in _codes(_problems(folder)))


def test_a_regions_m49_sub_regions_must_belong_to_it(folder: Path) -> None:
    def change(regions: list[dict[str, Any]]) -> None:
        region = next(r for r in regions if r.get("m49_subregions"))
        region.update(m49="019", m49_subregions=["035"])  # the Americas, South-eastern Asia

    edit(folder, "regions.json", change)
    assert any(f[2] == "m49_subregions[0]" and f[3] == "code-mismatch" for f in _codes(_problems(folder)))


# -- 13. pickle and deepcopy; the command line's echoes; exports; codes/ ------------------------------


def test_a_catalog_with_a_thousand_deep_parent_chain_pickles_and_deep_copies(cat: povcoop.Catalog) -> None:
    entities = cat.to_entities()
    template = cast(povcoop.Organization, entities["organizations"][0])
    chain: list[povcoop.Organization] = []
    for n in range(1_000):
        chain.append(attrs.evolve(template, id=f"link-{n}", parent=chain[-1] if chain else None))
    # the deepest first: pickling it follows the whole chain of parents at once
    entities["organizations"] = (*entities["organizations"], *reversed(chain))
    deep = povcoop.Catalog.from_entities(entities, cat.manifest)
    assert pickle.loads(pickle.dumps(deep)) == deep
    assert copy.deepcopy(deep) == deep


def test_a_lone_collection_pickles(cat: povcoop.Catalog) -> None:
    projects = pickle.loads(pickle.dumps(cat.projects))
    assert list(projects) == list(cat.projects)
    assert [p.id for p in projects.where(region="africa")] == [p.id for p in cat.projects.where(region="africa")]
    lone = povcoop.Collection(povcoop.Country, cat.countries.where(region="asia"))
    assert list(pickle.loads(pickle.dumps(lone))) == list(lone)


def test_the_cli_escapes_control_characters_in_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hostile = tmp_path / "a\x1b[31mred\nline"
    assert main(["validate", str(hostile)]) != 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b" in out
    assert len(out.splitlines()) == 2  # the heading and one problem: no line break from the path


@pytest.mark.parametrize(
    "call",
    [
        lambda: povcoop.cite(povcoop.load().projects[0], style="x" * 100_000),  # type: ignore[arg-type]
        lambda: povcoop.json_schema("x" * 100_000),
        lambda: povcoop.export(povcoop.load(), "x" * 100_000, "/nonexistent"),
    ],
    ids=["cite", "json_schema", "export"],
)
def test_error_messages_clip_the_argument_they_echo(call: Any) -> None:
    with pytest.raises(ValueError, match="…") as raised:
        call()
    assert len(str(raised.value)) < 400


def test_the_cli_clips_a_long_bad_argument(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["export", "x" * 100_000, str(tmp_path / "out")]) != 0
    assert len(capsys.readouterr().err) < 1_000


def test_overwrite_onto_a_linked_folder_leaves_no_stray_entry(cat: povcoop.Catalog, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "old.txt").write_text("old", encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    povcoop.export(cat, "csv", link, overwrite=True)
    assert link.is_symlink() and (link / "projects.csv").is_file() and not (link / "old.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "real"]


def test_the_staging_folders_of_a_killed_export_are_removed_on_the_next_run(
    cat: povcoop.Catalog, tmp_path: Path
) -> None:
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True
    )
    dead = int(gone.stdout)
    for name in (f".out.povcoop-{dead}-abc123", f".out.povcoop-old-{dead}"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "half.csv").write_text("x", encoding="utf-8")
    povcoop.export(cat, "csv", tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failed_export_leaves_nothing_behind(cat: povcoop.Catalog, tmp_path: Path) -> None:
    entities = cat.to_entities()
    entities["projects"] = (attrs.evolve(cat.projects[0], name="x" * 40_000), *tuple(cat.projects)[1:])
    with pytest.raises(ValueError, match="characters a cell"):
        povcoop.export(povcoop.Catalog.from_entities(entities, cat.manifest), "xlsx", tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_a_folders_own_code_lists_are_refused_not_ignored(tmp_path: Path) -> None:
    folder = write_template(tmp_path / "mine")
    (folder / "codes").mkdir()
    (folder / "codes" / "un-m49.json").write_text("{}", encoding="utf-8")
    found = _problems(folder)
    assert [(p.file, p.code) for p in found.problems] == [("'codes'", "unknown-file")]
    assert "not read" in found.problems[0].message


# -- 14. nothing skips for want of a file outside the repository --------------------------------------


def test_the_iati_standard_is_vendored_with_its_source() -> None:
    standards = ROOT / "tests" / "data" / "standards"
    assert (standards / "iati" / "schema" / "iati-activities-schema.xsd").is_file()
    assert len(list((standards / "iati" / "codelists").glob("*.xml"))) >= 20
    assert "IATI Standard 2.03" in (ROOT / "tests" / "data" / "README.md").read_text(encoding="utf-8")
    for test_file in ("test_iati.py", "test_shipped_data.py"):
        source = (ROOT / "tests" / test_file).read_text(encoding="utf-8")
        assert "skipif" not in source and "shared" not in source, test_file
