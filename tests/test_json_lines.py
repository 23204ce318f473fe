"""JSON Lines files (``<kind>.jsonl``): the same records, checks and problems as a JSON array,
located by line number; a large kind read in batches, each dropped once built; written by the
json export and ``save`` on request."""

from __future__ import annotations

import copy
import json
import re
import shutil
import tempfile
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcoop
from povcoop._base.errors import Problem
from povcoop._catalog.load import _catalog
from povcoop._domain.entities import ENTITY_TYPES
from povcoop._loading import read
from povcoop._loading.folder import batched_kinds, load_folder, load_records

RELEASE = "cns-2021-03-10"
QUOTES = ("Laos, Cambodia, and Myanmar", "poverty reduction")


def _as_lines(folder: Path, kind: str = "projects") -> list[str]:
    """Rewrite ``folder``'s ``<kind>.json`` as ``<kind>.jsonl``; return its lines."""
    records = json.loads((folder / f"{kind}.json").read_text(encoding="utf-8"))
    (folder / f"{kind}.json").unlink()
    lines = [json.dumps(record, ensure_ascii=False) for record in records]
    (folder / f"{kind}.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return lines


def _write_lines(folder: Path, lines: list[str], kind: str = "projects") -> None:
    (folder / f"{kind}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _problems(folder: Path, **options: Any) -> tuple[Problem, ...]:
    with pytest.raises(povcoop.DataError) as caught:
        _catalog(load_folder(folder, **options))
    return caught.value.problems


def test_a_folder_with_projects_as_json_lines_loads_as_the_shipped(folder: Path, cat: povcoop.Catalog) -> None:
    _as_lines(folder)
    assert povcoop.load(folder) == cat
    for size in (1, 2, 3, 10_000):
        assert _catalog(load_folder(folder, batch=size)) == cat


def test_every_kind_may_be_json_lines(folder: Path, cat: povcoop.Catalog) -> None:
    for kind in ENTITY_TYPES:
        if (folder / f"{kind}.json").exists():
            _as_lines(folder, kind)
    assert _catalog(load_folder(folder, batch=2)) == cat


def test_kinds_that_link_to_their_own_kind_are_read_whole() -> None:
    batched = batched_kinds(ENTITY_TYPES)
    assert "projects" in batched
    assert not {"sources", "organizations", "initiatives", "metrics", "statements"} & batched


# -- the same checks: hypothesis-made projects, some with problems ------------------------------------

_COUNTRIES = ("LAO", "KHM", "MMR", "XXX")


@st.composite
def _projects(draw: st.DrawFn) -> list[dict[str, Any]]:
    count = draw(st.integers(min_value=1, max_value=9))
    ids = draw(st.lists(st.sampled_from([f"p-{n}" for n in range(12)]), min_size=count, max_size=count))
    made = []
    for number, project_id in enumerate(ids):
        record: dict[str, Any] = {
            "id": project_id,
            "name": f"Project {number}",
            "type": draw(st.sampled_from(("technical assistance", "training", ""))),
            "status": draw(st.sampled_from(("reported", "ongoing", "unknown-status"))),
            "region": "asia",
            "countries": draw(st.lists(st.sampled_from(_COUNTRIES), max_size=3)),
            "evidence": [{"basis": "stated", "source": RELEASE, "quote": draw(st.sampled_from(QUOTES))}],
        }
        if draw(st.booleans()):
            record["description"] = draw(st.text(max_size=20))
        made.append(record)
    return made


def _user_folder(root: Path, projects: list[dict[str, Any]], *, lines: bool) -> Path:
    folder = root / ("lines" if lines else "array")
    folder.mkdir()
    manifest = {"title": "My projects", "release": RELEASE, "data_version": "0.1.0"}
    (folder / "catalog.json").write_text(json.dumps(manifest), encoding="utf-8")
    if lines:
        _write_lines(folder, [json.dumps(p, ensure_ascii=False) for p in projects])
    else:
        (folder / "projects.json").write_text(json.dumps(projects, ensure_ascii=False), encoding="utf-8")
    return folder


def _as_json_problem(problem: Problem) -> Problem:
    """A JSON Lines problem as the same file's JSON array would have it: index = line - 1."""
    if problem.file != "projects.jsonl" or problem.index is None:
        return problem
    message = re.sub(r"\bline (\d+)\b", lambda m: f"record {int(m.group(1)) - 1}", problem.message)
    return Problem(
        file="projects.json",
        index=problem.index - 1,
        id=problem.id,
        field=problem.field,
        code=problem.code,
        message=message,
    )


def _outcome(folder: Path, base: povcoop.Catalog, size: int) -> Any:
    from povcoop._loading.checks import NO_BASE  # noqa: F401 - the loader's own default

    try:
        loaded = load_folder(folder, base=base._by_kind(), batch=size)
    except povcoop.DataError as error:
        return sorted(map(str, map(_as_json_problem, error.problems)))
    return loaded.entities


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(projects=_projects(), size=st.integers(min_value=1, max_value=4))
def test_json_lines_load_equals_json_load(projects: list[dict[str, Any]], size: int, cat: povcoop.Catalog) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        array = _user_folder(Path(tmp), projects, lines=False)
        lines = _user_folder(Path(tmp), projects, lines=True)
        assert _outcome(lines, cat, size) == _outcome(array, cat, size)


def _records_outcome(projects: list[dict[str, Any]], base: povcoop.Catalog, size: int, *, packed: bool = False) -> Any:
    manifest = {"title": "My projects", "release": RELEASE, "data_version": "0.1.0"}
    records: list[Any] | read.Packed = copy.deepcopy(projects)
    if packed:  # loaded in the batches they were packed in
        records = read.Packed(size)
        for record in copy.deepcopy(projects):
            records.append(record)
    try:
        loaded = load_records(manifest, {"projects": records}, {}, base=base._by_kind(), batch=size)
    except povcoop.DataError as error:
        return sorted(map(str, error.problems))
    finally:
        assert len(records) == 0  # each batch taken out of the list (or the pack), to be dropped once built
    return loaded.entities


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(projects=_projects(), size=st.integers(min_value=1, max_value=4))
def test_records_made_in_memory_load_in_batches_as_whole(
    projects: list[dict[str, Any]], size: int, cat: povcoop.Catalog
) -> None:
    # Problems keep each record's index in the whole list (a duplicate id across batches too).
    assert _records_outcome(projects, cat, size) == _records_outcome(projects, cat, 100)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(projects=_projects(), size=st.integers(min_value=1, max_value=4))
def test_packed_records_load_in_their_batches_as_whole(
    projects: list[dict[str, Any]], size: int, cat: povcoop.Catalog
) -> None:
    # Loaded in the batches they were packed in, the records give the entities and the problems
    # (indexes in the whole list) of the same records loaded whole.
    assert _records_outcome(projects, cat, size, packed=True) == _records_outcome(projects, cat, 100)


def test_a_batch_marshal_cannot_pack_is_kept_as_it_is() -> None:
    class Text(str):
        pass

    records = [{"id": Text("a")}, {"id": "b"}, {"id": "c"}]
    packed = read.Packed(2)
    for record in records:
        packed.append(record)
    first, second = packed.unpacked()
    assert [first, second] == [records[:2], records[2:]]
    assert first[0] is records[0]  # kept, not packed
    plain = [{"id": "a"}, {"id": "b"}]
    packed = read.Packed(2)
    for record in plain:
        packed.append(record)
    (unpacked,) = packed.unpacked()
    assert unpacked == plain and unpacked[0] is not plain[0]  # packed, then unpacked


# -- bad lines are located problems --------------------------------------------------------------------


def test_bad_lines_are_problems_located_by_line(folder: Path) -> None:
    good = _as_lines(folder)
    duplicated = good[1].replace('"id"', '"id": "x", "id"', 1)
    dangling = json.loads(good[2]) | {"id": "new-project", "region": "no-such-region"}
    lines = [good[0], "", good[2] + " trailing", duplicated, "[1, 2]", "   ", *good[3:], json.dumps(dangling), good[0]]
    _write_lines(folder, lines)
    found = {(p.file, p.index, p.code) for p in _problems(folder, batch=2)}
    last = len(lines)
    assert {
        ("projects.jsonl", 2, "blank-line"),
        ("projects.jsonl", 3, "invalid-json"),
        ("projects.jsonl", 4, "duplicate-key"),
        ("projects.jsonl", 5, "wrong-type"),
        ("projects.jsonl", 6, "blank-line"),
        ("projects.jsonl", last - 1, "dangling-reference"),
        ("projects.jsonl", last, "duplicate-id"),
    } <= found
    assert not any(p.file == "projects.json" for p in _problems(folder, batch=2))
    text = str(next(p for p in _problems(folder, batch=2) if p.code == "duplicate-id"))
    assert text.startswith(f"projects.jsonl, line {last} ") and "line 1 has it too" in text
    wrong_type = [p for p in _problems(folder, batch=2) if p.index == 5]
    assert len(wrong_type) == 1  # the reader's problem, not the validation's again


def test_a_line_over_the_per_file_limit_is_a_problem_of_its_line(folder: Path) -> None:
    lines = _as_lines(folder)
    huge = json.loads(lines[1]) | {"description": "x" * 200_000}
    _write_lines(folder, [lines[0], json.dumps(huge), *lines[2:]])
    found = _problems(folder, max_bytes=100_000)
    assert [(p.file, p.index, p.code) for p in found if p.code == "too-large"] == [("projects.jsonl", 2, "too-large")]


def test_the_total_budget_counts_json_lines_files(folder: Path) -> None:
    _as_lines(folder)
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and f.name != "projects.jsonl")
    povcoop.load(folder, max_total_bytes=size + (folder / "projects.jsonl").stat().st_size)
    found = _problems(folder, max_total_bytes=size + 100)
    assert [p.code for p in found if p.file == "projects.jsonl"] == ["over-total-budget"]


def test_a_kind_in_both_a_json_and_a_json_lines_file_is_a_problem(folder: Path) -> None:
    shutil.copy(folder / "projects.json", folder / "keep.json")
    _as_lines(folder)
    shutil.move(folder / "keep.json", folder / "projects.json")
    assert "two-files" in {p.code for p in _problems(folder)}


def test_a_lone_json_lines_file_loads_onto_a_base(tmp_path: Path, cat: povcoop.Catalog) -> None:
    record = {
        "id": "my-laos-project",
        "name": "A project in Laos",
        "type": "technical assistance",
        "status": "reported",
        "region": "asia",
        "countries": ["LAO"],
        "evidence": [{"basis": "stated", "source": RELEASE, "quote": QUOTES[0]}],
    }
    path = tmp_path / "my-projects.jsonl"
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    with pytest.raises(povcoop.DataError) as caught:
        povcoop.load(path, base=cat)
    assert [(p.file, p.index, p.code) for p in caught.value.problems] == [(str(path.name), 2, "blank-line")]
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert "my-laos-project" in povcoop.load(path, base=cat).projects.ids()


# -- written on request, read back ---------------------------------------------------------------------


def test_export_and_save_write_json_lines_that_load_back(tmp_path: Path, cat: povcoop.Catalog) -> None:
    exported = povcoop.export(cat, "json", tmp_path / "exported", lines=True)
    saved = povcoop.save(cat, tmp_path / "saved", lines=True)
    for folder in (exported, saved):
        assert (folder / "projects.jsonl").is_file() and not (folder / "projects.json").exists()
        assert len((folder / "projects.jsonl").read_text(encoding="utf-8").splitlines()) == len(cat.projects)
        assert povcoop.load(folder) == cat
    assert not (povcoop.save(cat, tmp_path / "plain") / "projects.jsonl").exists()
    with pytest.raises(ValueError, match="json format only"):
        povcoop.export(cat, "csv", tmp_path / "csv", lines=True)


def test_the_cli_exports_json_lines(tmp_path: Path, cat: povcoop.Catalog) -> None:
    from povcoop.__main__ import main

    assert main(["export", "json", str(tmp_path / "out"), "--lines"]) == 0
    assert (tmp_path / "out" / "projects.jsonl").is_file()
    assert povcoop.load(tmp_path / "out") == cat


# -- batches are dropped once built --------------------------------------------------------------------


class _Tracked(dict[str, Any]):
    """A parsed record that can be watched (a plain dict takes no weak reference)."""


def test_each_batch_of_parsed_records_is_dropped_once_built(
    folder: Path, cat: povcoop.Catalog, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = _as_lines(folder)
    _write_lines(folder, lines * 4)  # 28 projects: the shipped ones and renamed copies
    records = [json.loads(line) for line in lines * 4]
    for number, record in enumerate(records[len(lines) :]):
        record["id"] = f"{record['id']}-{number}"
    _write_lines(folder, [json.dumps(record, ensure_ascii=False) for record in records])
    watched: list[weakref.ref[_Tracked]] = []
    alive_at_parse: list[int] = []
    parse = read.Lines._parse

    def tracked(self: read.Lines, line: bytes | None, number: int, problems: list[Problem]) -> Any:
        alive_at_parse.append(sum(ref() is not None for ref in watched))
        value = parse(self, line, number, problems)
        made = _Tracked(value)
        watched.append(weakref.ref(made))
        return made

    monkeypatch.setattr(read.Lines, "_parse", tracked)
    loaded = _catalog(load_folder(folder, batch=3))
    assert len(loaded.projects) == len(records) and len(watched) == len(records)
    # When a line is parsed, only the records of its own batch so far are alive.
    assert alive_at_parse == [number % 3 for number in range(len(records))]
    assert all(ref() is None for ref in watched)


def _chunks(data: bytes, size: int) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


@settings(max_examples=60, deadline=None)
@given(
    lines=st.lists(st.binary(max_size=12).map(lambda b: b.replace(b"\n", b"")), max_size=8),
    chunk=st.integers(min_value=1, max_value=9),
    end=st.booleans(),
)
def test_split_lines_returns_every_line_whatever_the_chunks(lines: list[bytes], chunk: int, end: bool) -> None:
    import io

    data = b"\n".join(lines) + (b"\n" if end and lines else b"")
    expected = data.split(b"\n")
    if expected and expected[-1] == b"":
        expected.pop()
    limit = 6
    old = read._CHUNK
    try:
        read._CHUNK = chunk  # type: ignore[misc]
        got = list(read.split_lines(io.BytesIO(data), limit, read._Budget(1 << 20)))
    finally:
        read._CHUNK = old  # type: ignore[misc]
    assert got == [None if len(line) > limit else line for line in expected]
