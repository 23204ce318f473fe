"""The writer: catalogs back to files, in the shipped layout, and back again equal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcoop
from povcoop._base.layout import KINDS, file_of
from povcoop._catalog.catalog import Catalog
from povcoop._loading import write
from povcoop._loading.write import to_rest


def test_the_shipped_catalog_round_trips(cat: povcoop.Catalog, tmp_path: Path) -> None:
    folder = povcoop.save(cat, tmp_path / "copy")
    assert povcoop.load(folder) == cat


def test_the_shipped_files_are_in_the_writers_normal_form(
    cat: povcoop.Catalog, shipped_folder: Path, tmp_path: Path
) -> None:
    folder = povcoop.save(cat, tmp_path / "copy")
    for kind in KINDS:
        name = file_of(kind)
        assert (folder / name).read_bytes() == (shipped_folder / name).read_bytes(), name
    assert (folder / "catalog.json").read_bytes() == (shipped_folder / "catalog.json").read_bytes()
    for text in (shipped_folder / "texts").iterdir():
        assert (folder / "texts" / text.name).read_bytes() == text.read_bytes()


def test_every_record_written_validates_against_the_json_schema(cat: povcoop.Catalog) -> None:
    for kind, collection in cat.collections.items():
        validator = jsonschema.Draft202012Validator(povcoop.json_schema(kind))
        errors = list(validator.iter_errors([to_rest(entity) for entity in collection]))
        assert errors == [], f"{kind}: {errors[:1]}"


def test_plain_rows_are_not_the_at_rest_form(cat: povcoop.Catalog) -> None:
    # to_records() is for tables: evidence carries its offsets, which exist only once loaded;
    # the at-rest form gives the quote (and an occurrence where it repeats) instead.
    row = cat.projects.to_records()[0]
    rest = to_rest(cat.projects[0])
    assert "start" in row["evidence"][0] and "start" not in rest["evidence"][0]
    validator = jsonschema.Draft202012Validator(povcoop.json_schema("projects"))
    assert list(validator.iter_errors([row])), "plain rows unexpectedly valid at rest"


def test_a_repeated_quote_is_written_with_its_occurrence(cat: povcoop.Catalog) -> None:
    text = cat.release.text
    assert text is not None
    for collection in cat.collections.values():
        for entity in collection:
            for evidence, rest in zip(entity.evidence, to_rest(entity).get("evidence", []), strict=True):
                if evidence.start is None or evidence.quote is None:
                    continue
                repeated = text.count(evidence.quote) > 1
                assert ("occurrence" in rest) == repeated, (entity.id, evidence.quote)


def test_save_refuses_a_non_empty_folder(cat: povcoop.Catalog, tmp_path: Path) -> None:
    target = tmp_path / "busy"
    target.mkdir()
    (target / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match="overwrite=True"):
        povcoop.save(cat, target)
    assert (target / "notes.txt").read_text(encoding="utf-8") == "mine"
    povcoop.save(cat, target, overwrite=True)
    assert not (target / "notes.txt").exists()
    assert povcoop.load(target) == cat


def test_save_into_an_empty_folder(cat: povcoop.Catalog, tmp_path: Path) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    assert povcoop.load(povcoop.save(cat, target)) == cat


def test_a_failed_save_leaves_nothing_half_written(
    cat: povcoop.Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []
    real = write.write_files

    def fail_midway(folder: Path, manifest: Any, entities: Any) -> None:
        real(folder, manifest, dict(list(entities.items())[:3]))
        written.append(folder)
        raise OSError("disk full")

    monkeypatch.setattr(write, "write_files", fail_midway)
    with pytest.raises(OSError, match="disk full"):
        povcoop.save(cat, tmp_path / "out")
    assert written and not written[0].exists()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_overwrite_keeps_the_old_folder(
    cat: povcoop.Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = povcoop.save(cat, tmp_path / "out")
    before = {p.name: p.read_bytes() for p in target.iterdir() if p.is_file()}

    def fail(folder: Path, manifest: Any, entities: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(write, "write_files", fail)
    with pytest.raises(OSError, match="disk full"):
        povcoop.save(cat, target, overwrite=True)
    assert {p.name: p.read_bytes() for p in target.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_save_takes_a_catalog(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="Catalog"):
        povcoop.save("catalog", tmp_path / "x")  # type: ignore[arg-type]


# -- hypothesis-generated catalogs ------------------------------------------------------------------

# no unassigned code points (Cn): the non-characters among them are refused at load
_TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc", "Cf", "Cn")), min_size=1, max_size=40).filter(str.strip)
_DATES = st.builds(povcoop.PartialDate, st.integers(1900, 2100), st.none() | st.integers(1, 12))


@st.composite
def catalogs(draw: st.DrawFn) -> Catalog:
    """The shipped catalog with its projects and metrics varied: names, descriptions, aliases,
    dates, statuses and a subset of their countries."""
    shipped = povcoop.load()
    entities = shipped.to_entities()
    projects: list[povcoop.Project] = []
    for project in shipped.projects:
        countries = draw(st.lists(st.sampled_from(shipped.countries.ids()), unique=True, max_size=3))
        projects.append(
            attrs.evolve(
                project,
                name=draw(_TEXT),
                description=draw(st.none() | _TEXT),
                aliases=tuple(draw(st.lists(_TEXT, max_size=2))),
                status=draw(st.sampled_from(["planned", "ongoing", "completed", "reported"])),
                start=draw(st.none() | _DATES),
                countries=tuple(shipped.countries.get(c) for c in countries),
            )
        )
    entities["projects"] = tuple(projects)
    entities["metrics"] = tuple(
        attrs.evolve(metric, name=draw(_TEXT), caveats=tuple(draw(st.lists(_TEXT, max_size=2))))
        for metric in shipped.metrics
    )
    return Catalog.from_entities(entities, shipped.manifest)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(catalog=catalogs())
def test_generated_catalogs_round_trip(catalog: Catalog, tmp_path: Path) -> None:
    folder = povcoop.save(catalog, tmp_path / "generated", overwrite=True)
    assert povcoop.load(folder) == catalog
