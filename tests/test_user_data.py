"""Users' own data: loading onto the shipped catalog, merging, lone files, open vocabularies,
and a JSON Schema that agrees with the loader."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import povcoop

RELEASE = "cns-2021-03-10"
QUOTE = "Laos, Cambodia, and Myanmar"


def project(project_id: str = "my-laos-project", **fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": project_id,
        "name": "A project in Laos",
        "type": "technical assistance",
        "status": "reported",
        "region": "asia",
        "countries": ["LAO"],
        "evidence": [{"basis": "stated", "source": RELEASE, "quote": QUOTE}],
    }
    record.update(fields)
    return record


def user_folder(tmp_path: Path, projects: list[dict[str, Any]], **files: Any) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    manifest = {"title": "My projects", "release": RELEASE, "data_version": "0.1.0"}
    (folder / "catalog.json").write_text(json.dumps(manifest), encoding="utf-8")
    (folder / "projects.json").write_text(json.dumps(projects), encoding="utf-8")
    for name, value in files.items():
        (folder / f"{name}.json").write_text(json.dumps(value), encoding="utf-8")
    return folder


def problems(path: Path, **kwargs: Any) -> tuple[povcoop.Problem, ...]:
    with pytest.raises(povcoop.DataError) as caught:
        povcoop.load(path, **kwargs)
    return caught.value.problems


def test_records_refer_to_the_shipped_entities_and_quote_the_release(tmp_path: Path, cat: povcoop.Catalog) -> None:
    merged = povcoop.load(user_folder(tmp_path, [project()]), base=cat)
    mine = merged.projects.get("my-laos-project")
    assert mine.countries == (cat.countries.get("LAO"),) and mine.region is cat.regions.get("asia")
    ev = mine.evidence[0]
    assert ev.source is cat.release and cat.release.text is not None
    assert cat.release.text[ev.start : ev.end] == QUOTE
    assert "my-laos-project" in merged.projects.where(country="Laos")
    assert merged.manifest.title == "My projects"  # the user's manifest
    assert len(merged.projects) == len(cat.projects) + 1
    for kind, collection in cat.collections.items():
        assert set(collection.ids()) <= set(merged[kind].ids())
    assert "my-laos-project" not in cat.projects  # the base is untouched


def test_without_the_base_the_references_dangle(tmp_path: Path) -> None:
    codes = {p.code for p in problems(user_folder(tmp_path, [project()]))}
    assert codes == {"dangling-reference", "missing-release"}


def test_the_same_id_with_a_different_record_is_a_conflict(tmp_path: Path, cat: povcoop.Catalog) -> None:
    shipped_id = "east-asia-poverty-reduction-demonstration"
    found = problems(user_folder(tmp_path, [project(shipped_id)]), base=cat)
    assert [(p.code, p.id, p.file, p.index) for p in found] == [("conflicting-id", shipped_id, "projects.json", 0)]
    assert "name" in found[0].message


def test_the_same_id_with_an_equal_record_is_merged_once(tmp_path: Path, cat: povcoop.Catalog) -> None:
    from povcoop._loading.write import to_rest

    laos = to_rest(cat.countries.get("LAO"))
    merged = povcoop.load(user_folder(tmp_path, [project()], countries=[laos]), base=cat)
    assert merged.countries.ids() == cat.countries.ids()
    assert merged.countries.get("LAO") == cat.countries.get("LAO")


def test_catalog_merge(tmp_path: Path, cat: povcoop.Catalog) -> None:
    assert cat.merge(cat) == cat
    other = povcoop.load(user_folder(tmp_path, [project()]), base=cat)
    merged = cat.merge(other)
    assert merged == other and merged.manifest == other.manifest
    changed = povcoop.Catalog.from_entities(
        {**cat.to_entities(), "regions": tuple(r if r.id != "asia" else _renamed(r) for r in cat.regions)},
        cat.manifest,
    )
    with pytest.raises(povcoop.DataError) as caught:
        cat.merge(changed)
    assert [(p.code, p.id) for p in caught.value.problems] == [("conflicting-id", "asia")]
    with pytest.raises(TypeError):
        cat.merge("not a catalog")  # type: ignore[arg-type]


def _renamed(region: povcoop.Region) -> povcoop.Region:
    import attrs

    return attrs.evolve(region, name="Somewhere else")


@pytest.mark.parametrize("name", ["projects.json", "my-projects.json", "my_projects.json"])
def test_a_lone_file_of_one_kind_loads_onto_a_base(tmp_path: Path, cat: povcoop.Catalog, name: str) -> None:
    path = tmp_path / name
    path.write_text(json.dumps([project()]), encoding="utf-8")
    merged = povcoop.load(path, base=cat)
    assert "my-laos-project" in merged.projects
    assert merged.manifest == cat.manifest


def test_a_lone_file_names_itself_in_problems(tmp_path: Path, cat: povcoop.Catalog) -> None:
    path = tmp_path / "my-projects.json"
    path.write_text(json.dumps([project(countries=["ATA"])]), encoding="utf-8")
    assert [(p.file, p.field, p.code) for p in problems(path, base=cat)] == [
        ("my-projects.json", "countries[0]", "dangling-reference")
    ]


def test_a_lone_file_with_its_kind_given(tmp_path: Path, cat: povcoop.Catalog) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps([project()]), encoding="utf-8")
    assert problems(path, base=cat)[0].code == "unknown-kind"
    assert "my-laos-project" in povcoop.load(path, base=cat, kind="projects").projects


def test_a_lone_file_needs_a_base(tmp_path: Path) -> None:
    path = tmp_path / "projects.json"
    path.write_text(json.dumps([project()]), encoding="utf-8")
    assert problems(path)[0].code == "needs-base"


def test_a_project_type_is_an_open_vocabulary(tmp_path: Path, cat: povcoop.Catalog) -> None:
    merged = povcoop.load(user_folder(tmp_path, [project(type="capacity building")]), base=cat)
    assert merged.projects.get("my-laos-project").type == "capacity building"
    assert merged.projects.where(type="capacity building").ids() == ("my-laos-project",)
    assert len(cat.projects.where(type="something new")) == 0


def test_closed_vocabularies_stay_closed(tmp_path: Path, cat: povcoop.Catalog) -> None:
    found = problems(user_folder(tmp_path, [project(status="abandoned")]), base=cat)
    assert [(p.field, p.code) for p in found] == [("status", "not-in-vocabulary")]
    with pytest.raises(ValueError, match="valid"):
        cat.projects.where(status="abandoned")


def test_the_registry_says_which_vocabularies_are_open() -> None:
    from povcoop._domain.fields import fields_of

    kinds = {f.name: f.open_vocabulary for f in fields_of(povcoop.Project) if f.vocabulary}
    assert kinds == {"type": True, "status": False}
    assert "technical assistance" in next(f for f in fields_of(povcoop.Project) if f.name == "type").vocabulary  # type: ignore[operator]


# -- the JSON Schema and the loader agree --------------------------------------------------------

EDGE_VALUES: dict[str, list[Any]] = {
    "region": ["asia", "asia\n", "\nasia", "Asia", "asia ", "as ia", ""],
    "start": [
        "2021",
        "2021-03",
        "2021-03-10",
        "2021-13",
        "2021-00",
        "2021-02-29",
        "2020-02-29",
        "2021-04-31",
        "0000",
        "2021\n",
        "2021-3",
        "21",
        "2021-03-10T00:00",
    ],
    "type": ["technical assistance", "capacity building", "Technical", "x\n", "", " a"],
    "dac_crs": [["43040"], ["43040\n"], ["4304"]],
    "countries": [["LAO"], ["LAO\n"], ["lao"]],
}


def _schema_accepts(record: dict[str, Any]) -> bool:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(povcoop.json_schema("projects"))
    return bool(validator.is_valid([record]))


def _loader_accepts(tmp_path: Path, cat: povcoop.Catalog, record: dict[str, Any]) -> bool:
    from povcoop._records.models import ProjectRecord
    from povcoop._records.validation import validate_records

    del tmp_path, cat
    return not validate_records("projects", ProjectRecord, [record])


@pytest.mark.parametrize(
    ("field", "value"), [(field, value) for field, values in EDGE_VALUES.items() for value in values]
)
def test_the_schema_and_the_loader_agree(tmp_path: Path, cat: povcoop.Catalog, field: str, value: Any) -> None:
    record = project(**{field: value})
    assert _schema_accepts(record) == _loader_accepts(tmp_path, cat, record), (field, value)
