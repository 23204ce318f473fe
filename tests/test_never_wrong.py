"""Never wrong, never stuck: an attacker's inputs to ``load(path)`` give a located DataError (or a
load), quickly and in bounded memory; the catalog is frozen all the way down and pickles."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcoop
from conftest import edit, read, record, write
from povcoop._catalog.collection import Collection
from povcoop._loading.checks import QuoteError, locate

ROOT = Path(__file__).resolve().parents[1]
PROJECT = "east-asia-poverty-reduction-demonstration"


def problems_of(path: Path | str, **kwargs: Any) -> tuple[povcoop.Problem, ...]:
    with pytest.raises(povcoop.DataError) as caught:
        povcoop.load(path, **kwargs)
    return caught.value.problems


def codes(problems: tuple[povcoop.Problem, ...]) -> set[tuple[str | None, str]]:
    return {(p.file, p.code) for p in problems}


# -- only DataError leaves load(path) ----------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
KIND_FILES = sorted(p.name for p in (ROOT / "src" / "povcoop" / "data").glob("*.json") if p.name != "catalog.json")


@given(st.sampled_from(KIND_FILES), st.data(), JSON)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_field_of_any_record_set_to_any_json_value(
    shipped_folder: Path, name: str, data: st.DataObject, value: Any
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        shutil.copytree(shipped_folder, folder, ignore=shutil.ignore_patterns("codes", "__pycache__"))
        records = read(folder, name)
        index = data.draw(st.integers(0, len(records) - 1))
        key = data.draw(st.sampled_from(sorted(records[index])))
        records[index][key] = value
        write(folder, name, records)
        problems: tuple[povcoop.Problem, ...] = ()
        try:
            povcoop.load(folder)  # a load is fine too
        except povcoop.DataError as error:
            problems = error.problems
            assert problems and all(p.code for p in problems)


def test_a_text_file_given_as_a_list(folder: Path) -> None:
    index, _ = record(folder, "sources.json", "cns-2021-03-10")
    edit(folder, "sources.json", lambda records: records[index].update(text_file=["texts/a.txt"]))
    found = problems_of(folder)
    assert (found[0].file, found[0].field, found[0].code) == ("sources.json", "text_file", "wrong-type")
    assert len(found) == 1  # no second problem about the release's text


@pytest.mark.parametrize("path", ["data\0folder", "data\ud800folder", "\ud800"])
def test_paths_no_file_system_can_open(path: str) -> None:
    found = problems_of(path)
    assert found[0].code in ("bad-path", "file-not-found")
    str(povcoop.DataError(found)).encode("utf-8", "backslashreplace")


def test_an_unreadable_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, for whom mode 000 changes nothing: simulate the refusal.
    def refuse(path: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "listdir", refuse)
    assert "unreadable" in {p.code for p in problems_of(folder)}


def test_an_unreadable_kind_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, for whom mode 000 changes nothing: simulate the refusal of the open.
    original = os.open

    def refuse(path: Any, *args: Any, **kwargs: Any) -> Any:
        if path == "regions.json":
            raise PermissionError(13, "Permission denied", str(path))
        return original(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    assert ("regions.json", "unreadable") in codes(problems_of(folder))


# -- regular files only, with size limits ----------------------------------------------------------

_GUARDED = """
import sys, povcoop
try:
    povcoop.load(sys.argv[1])
except povcoop.DataError as error:
    print(sorted({(p.file, p.code) for p in error.problems}))
"""


def load_in_subprocess(folder: Path) -> str:
    """Load in another process with a timeout: a hang fails the test instead of the suite."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", _GUARDED, str(folder)], check=True, capture_output=True, text=True, timeout=60, env=env
    )
    return result.stdout


def test_a_fifo_as_a_kind_file_does_not_hang(folder: Path) -> None:
    (folder / "concepts.json").unlink()
    os.mkfifo(folder / "concepts.json")
    assert "('concepts.json', 'not-a-file')" in load_in_subprocess(folder)


def test_a_fifo_as_a_text_file_does_not_hang(folder: Path) -> None:
    text = folder / "texts" / "cns-2021-03-10.en.txt"
    text.unlink()
    os.mkfifo(text)
    assert "('sources.json', 'not-a-file')" in load_in_subprocess(folder)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device(folder: Path, device: str) -> None:
    # A device lies outside the folder: the link is refused before anything is opened.
    (folder / "concepts.json").unlink()
    (folder / "concepts.json").symlink_to(device)
    assert "('concepts.json', 'outside-folder')" in load_in_subprocess(folder)
    text = folder / "texts" / "cns-2021-03-10.en.txt"
    text.unlink()
    text.symlink_to(device)
    assert "('sources.json', 'outside-folder')" in load_in_subprocess(folder)


def test_a_dangling_link_as_a_kind_file(folder: Path) -> None:
    (folder / "concepts.json").unlink()
    (folder / "concepts.json").symlink_to(folder / "nowhere.json")
    assert ("concepts.json", "dangling-link") in codes(problems_of(folder))


def test_a_link_that_leaves_the_folder(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    shutil.copy(folder / "concepts.json", outside)
    (folder / "concepts.json").unlink()
    (folder / "concepts.json").symlink_to(outside)
    assert codes(problems_of(folder)) == {("concepts.json", "outside-folder")} | {
        (p.file, p.code) for p in problems_of(folder) if p.code == "dangling-reference"
    }


def test_a_link_inside_the_folder_is_fine(folder: Path) -> None:
    (folder / "texts" / "copy.txt").write_text("", encoding="utf-8")
    target = folder / "texts" / "elsewhere.json"
    shutil.move(folder / "concepts.json", target)
    (folder / "concepts.json").symlink_to(target)
    (folder / "texts" / "copy.txt").unlink()
    assert povcoop.load(folder) == povcoop.load()


def test_the_size_limit_is_adjustable(folder: Path) -> None:
    size = (folder / "sources.json").stat().st_size
    found = problems_of(folder, max_bytes=size - 1)
    assert ("sources.json", "too-large") in codes(found)
    assert f"{size:,} bytes" in next(p.message for p in found if p.file == "sources.json")
    largest = max(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert povcoop.load(folder, max_bytes=largest) == povcoop.load()
    with pytest.raises(TypeError):
        povcoop.load(folder, max_bytes="big")  # type: ignore[arg-type]


# -- bounded cost ------------------------------------------------------------------------------------


def test_a_short_quote_repeated_in_a_large_text() -> None:
    text = "0123456789" * 1_000_000  # 10 MB of one quote, back to back
    with pytest.raises(QuoteError) as raised:
        locate(text, "0123456789", None)
    assert raised.value.code == "quote-ambiguous" and "1000000 times" in str(raised.value)
    assert locate(text, "0123456789", 10_000) == (99_990, 100_000)
    with pytest.raises(QuoteError) as raised:
        locate("a" * 10_000_000, "a" * 10, 5_000_000)
    assert raised.value.code == "occurrence-out-of-range"


def _initiative(i: int, goals: list[str]) -> dict[str, Any]:
    return {
        "id": f"i{i}",
        "name": f"Initiative {i}",
        "type": "cooperation plan",
        "goals": goals,
        "evidence": [{"basis": "inferred", "source": "cns-2021-03-10", "note": "a test"}],
    }


def test_one_long_cycle_is_reported_once_and_short(folder: Path) -> None:
    n = 10_000
    # Each initiative serves the next, and every one also serves the first: one chain, n back edges.
    records = [_initiative(i, [f"i{(i + 1) % n}", "i0"] if i else ["i1"]) for i in range(n)]
    write(folder, "initiatives.json", records)
    edit(folder, "projects.json", lambda rs: [r.pop("initiative", None) for r in rs])
    edit(folder, "metrics.json", lambda rs: [r.pop("initiative", None) for r in rs])
    cycles = [p for p in problems_of(folder) if p.code == "reference-cycle"]
    assert len(cycles) == 1
    assert f"of {n} records" in cycles[0].message and len(cycles[0].message) < 300


def test_many_small_cycles_each_once(folder: Path) -> None:
    records = [_initiative(i, [f"i{i ^ 1}"]) for i in range(2_000)]
    write(folder, "initiatives.json", records)
    edit(folder, "projects.json", lambda rs: [r.pop("initiative", None) for r in rs])
    edit(folder, "metrics.json", lambda rs: [r.pop("initiative", None) for r in rs])
    cycles = [p for p in problems_of(folder) if p.code == "reference-cycle"]
    assert len(cycles) == 1_000


def test_echoed_values_are_truncated(folder: Path) -> None:
    huge = "x" * 10_000_000
    index, _ = record(folder, "projects.json", PROJECT)

    def poison(records: list[dict[str, Any]]) -> None:
        records[index]["region"] = huge
        records[index][huge] = 1
        records.append({**records[index], "id": huge})

    edit(folder, "projects.json", poison)
    edit(folder, "concepts.json", lambda rs: rs.append({**rs[0], "id": "a" + "-b" * 1000}))
    with pytest.raises(povcoop.DataError) as caught:
        povcoop.load(folder)
    error = caught.value
    assert all(len(str(p)) < 1_000 for p in error.problems), max(map(len, map(str, error.problems)))
    assert len(str(error)) < 50_000


def test_misses_on_a_large_collection_suggest_nothing() -> None:
    template = povcoop.load().concepts[0]
    items = [attrs.evolve(template, id=f"concept-{i}", name=f"Concept {i}") for i in range(100_000)]
    collection = Collection(povcoop.Concept, items)
    with pytest.raises(KeyError) as raised:
        collection.get("concept-1000000")
    assert "did you mean" not in str(raised.value)
    small = Collection(povcoop.Concept, items[:10])
    with pytest.raises(KeyError, match="did you mean"):
        small.get("concept-1x")


# -- no silent data loss -----------------------------------------------------------------------------


def test_a_duplicate_key(folder: Path) -> None:
    text = (folder / "regions.json").read_text(encoding="utf-8").replace('"id": "asia"', '"id": "asia", "id": "x"', 1)
    (folder / "regions.json").write_text(text, encoding="utf-8")
    assert ("regions.json", "duplicate-key") in codes(problems_of(folder))


@pytest.mark.parametrize("name", ["project.json", "Projects.json", "PROJECTS.JSON", "projects.jsn", "notes.txt"])
def test_misnamed_and_unknown_files(folder: Path, name: str) -> None:
    shutil.copy(folder / "concepts.json", folder / name)
    found = [p for p in problems_of(folder) if p.code == "unknown-file"]
    assert [p.file for p in found] == [repr(name)]
    if name != "notes.txt":
        assert "did you mean 'projects.json'" in found[0].message


def test_a_readme_and_hidden_files_are_allowed(folder: Path) -> None:
    (folder / "README.md").write_text("mine", encoding="utf-8")
    (folder / ".git").mkdir()
    assert povcoop.load(folder) == povcoop.load()


# -- meaning, not only shape ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "record_id", "change", "field"),
    [
        ("projects.json", PROJECT, {"start": "2020-05", "end": "2019"}, "end"),
        ("projects.json", PROJECT, {"start": "2020-05-02", "end": "2020-05-01"}, "end"),
        ("people.json", "zhao-lijian", {"role_start": "2020", "role_end": "2019-12"}, "role_end"),
        ("metrics.json", "bri-absolute-poverty-claim", {"year": 2030, "horizon": 2020}, "horizon"),
    ],
)
def test_ranges_that_end_before_they_start(
    folder: Path, name: str, record_id: str, change: dict[str, Any], field: str
) -> None:
    index, _ = record(folder, name, record_id)
    edit(folder, name, lambda records: records[index].update(change))
    found = [p for p in problems_of(folder) if p.code == "range-reversed"]
    assert [(p.file, p.index, p.field) for p in found] == [(name, index, field)]


def test_a_range_within_one_period_is_fine(folder: Path) -> None:
    index, _ = record(folder, "projects.json", PROJECT)
    edit(folder, "projects.json", lambda records: records[index].update(start="2020-05-03", end="2020"))
    povcoop.load(folder)


def test_a_membership_left_before_joining(folder: Path) -> None:
    index, _ = record(folder, "organizations.json", "asean")
    edit(folder, "organizations.json", lambda records: records[index]["members"][0].update(left="1900"))
    found = [p for p in problems_of(folder) if p.code == "range-reversed"]
    assert [p.field for p in found] == ["members[0].left"]


def test_a_dac_recipient_code_of_another_country(folder: Path) -> None:
    index, _ = record(folder, "countries.json", "LAO")
    edit(folder, "countries.json", lambda records: records[index].update(dac_recipient="728"))
    found = [p for p in problems_of(folder) if p.code == "code-mismatch"]
    assert [(p.id, p.field) for p in found] == [("LAO", "dac_recipient")]
    assert "Cambodia" in found[0].message


def test_the_same_link_twice(folder: Path) -> None:
    index, _ = record(folder, "projects.json", PROJECT)
    edit(folder, "projects.json", lambda records: records[index].update(countries=["LAO", "KHM", "LAO"]))
    found = problems_of(folder)
    assert [(p.field, p.code) for p in found] == [("countries[2]", "duplicate-link")]


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x85", "\u202e", "\u2066", "\u200f", "\ufeff"])
def test_control_and_invisible_characters_in_text(folder: Path, character: str) -> None:
    index, _ = record(folder, "projects.json", PROJECT)
    edit(folder, "projects.json", lambda records: records[index].update(name=f"Project{character}name"))
    found = [p for p in problems_of(folder) if p.code == "control-character"]
    assert [(p.index, p.field) for p in found] == [(index, "name")]


def test_line_breaks_only_in_long_texts(folder: Path) -> None:
    index, _ = record(folder, "projects.json", PROJECT)
    edit(folder, "projects.json", lambda records: records[index].update(description="One line.\n\tAnother."))
    povcoop.load(folder)
    edit(folder, "projects.json", lambda records: records[index].update(name="Two\nlines"))
    assert [p.field for p in problems_of(folder) if p.code == "control-character"] == ["name"]


def test_a_byte_order_mark_at_the_start_of_a_text(folder: Path) -> None:
    text = folder / "texts" / "cns-2021-03-10.en.txt"
    text.write_bytes(b"\xef\xbb\xbf" + text.read_bytes())
    assert ("sources.json", "byte-order-mark") in codes(problems_of(folder))
    (folder / "texts" / "cns-2021-03-10.en.txt").write_bytes(text.read_bytes()[3:])
    (folder / "regions.json").write_bytes(b"\xef\xbb\xbf" + (folder / "regions.json").read_bytes())
    assert ("regions.json", "byte-order-mark") in codes(problems_of(folder))


# -- clear errors everywhere ------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["Budget Amount", "ünïcode", "1st", "a.b", ""])
def test_an_unknown_key_keeps_its_name(folder: Path, key: str) -> None:
    index, _ = record(folder, "projects.json", PROJECT)
    edit(folder, "projects.json", lambda records: records[index].update({key: 1}))
    found = problems_of(folder)
    assert [(p.index, p.code) for p in found] == [(index, "unknown-field")]
    assert found[0].field is not None and (key in found[0].field or repr(key) in found[0].field)


def test_search_of_none_is_a_type_error(cat: povcoop.Catalog) -> None:
    with pytest.raises(TypeError):
        cat.search(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cat.projects.search(None)  # type: ignore[arg-type]


def test_a_data_error_of_text_is_one_problem() -> None:
    error = povcoop.DataError("a catalog needs a release")
    assert len(error.problems) == 1 and error.problems[0].message == "a catalog needs a release"


@pytest.mark.parametrize(
    "parts", [(2021, 13), (2021, 0), (2021, 2, 29), (2021, 4, 31), (0,), (10_000,), (2021, None, 3), (-1,)]
)
def test_partial_dates_validate_in_their_constructor(parts: tuple[Any, ...]) -> None:
    with pytest.raises(ValueError, match=r"range|month|day"):
        povcoop.PartialDate(*parts)


def test_partial_dates_of_the_wrong_type() -> None:
    with pytest.raises(TypeError):
        povcoop.PartialDate("2021")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        povcoop.PartialDate(2021, True)


@given(
    st.lists(
        st.dates().flatmap(
            lambda d: st.sampled_from(
                [
                    povcoop.PartialDate(d.year),
                    povcoop.PartialDate(d.year, d.month),
                    povcoop.PartialDate(d.year, d.month, d.day),
                ]
            )
        ),
        max_size=20,
    )
)
def test_partial_dates_have_a_total_order(dates: list[povcoop.PartialDate]) -> None:
    ordered = sorted(dates)
    keys = [(d.year, d.month or 0, d.day or 0) for d in ordered]
    assert keys == sorted(keys)
    shuffled = ordered[1::2] + ordered[::2]
    assert sorted(shuffled) == ordered


def test_partial_dates_sort_less_precise_first() -> None:
    dates = [povcoop.PartialDate(2021, 3), povcoop.PartialDate(2021), povcoop.PartialDate(2021, 3, 1)]
    assert [str(d) for d in sorted(dates)] == ["2021", "2021-03", "2021-03-01"]


# -- frozen all the way down, and pickles ----------------------------------------------------------


def test_the_catalog_is_frozen_all_the_way_down(cat: povcoop.Catalog) -> None:
    with pytest.raises(AttributeError):
        cat._collections = {}  # type: ignore[misc]
    with pytest.raises(AttributeError):
        cat.manifest = cat.manifest  # type: ignore[misc]
    with pytest.raises(TypeError):
        cat.collections["projects"] = cat.projects  # type: ignore[index]
    for name in Collection.__slots__:
        with pytest.raises(AttributeError):
            setattr(cat.projects, name, None)
    with pytest.raises(AttributeError):
        cat.projects.anything = 1
    project = cat.projects[0]
    with pytest.raises(AttributeError):
        project.name = "other"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        project.evidence[0].quote = "other"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        cat.manifest.title = "other"  # type: ignore[misc]
    assert isinstance(project.countries, tuple)


def test_the_catalog_pickles(cat: povcoop.Catalog) -> None:
    copy = pickle.loads(pickle.dumps(cat))
    assert copy == cat and copy is not cat
    assert copy.projects.where(country="Laos").ids() == cat.projects.where(country="Laos").ids()
    assert copy.countries.lookup("laos").id == "LAO"
    project = copy.projects.get(PROJECT)
    ev = project.evidence[0]
    assert ev.source.text is not None and ev.source.text[ev.start : ev.end] == ev.quote
