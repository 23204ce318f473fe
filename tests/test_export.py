"""``povcoop.export()`` and ``python -m povcoop export``: the machinery and the ``json`` format."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import povcoop
from povcoop._base.layout import MANIFEST, file_of
from povcoop._export import FORMATS


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "povcoop", *args], capture_output=True, text=True, check=False)


def test_json_export_loads_back_equal(cat: povcoop.Catalog, tmp_path: Path) -> None:
    folder = povcoop.export(cat, "json", tmp_path / "out")
    assert folder == tmp_path / "out"
    loaded = povcoop.load(folder)
    assert loaded == cat
    assert loaded.release.text == cat.release.text
    assert loaded.manifest == cat.manifest


def test_every_exported_file_validates_against_the_json_schema(cat: povcoop.Catalog, tmp_path: Path) -> None:
    folder = povcoop.export(cat, "json", tmp_path / "out")
    bundle: dict[str, Any] = {"catalog": json.loads((folder / MANIFEST).read_text(encoding="utf-8"))}
    checked = 0
    for kind in cat.collections:
        file = folder / file_of(kind)  # type: ignore[arg-type]
        if not file.exists():
            continue
        records = json.loads(file.read_text(encoding="utf-8"))
        schema = povcoop.json_schema(kind)
        jsonschema.Draft202012Validator.check_schema(schema)
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(records))
        assert not errors, f"{file.name}: {errors[0].message}"
        bundle[kind] = records
        checked += 1
    assert checked == sum(1 for c in cat.collections.values() if len(c))
    whole = povcoop.json_schema()
    manifest_schema = {"$schema": whole["$schema"], "$defs": whole["$defs"], **whole["properties"]["catalog"]}
    jsonschema.Draft202012Validator(manifest_schema).validate(bundle["catalog"])
    assert list(jsonschema.Draft202012Validator(manifest_schema).iter_errors({"title": "no release"}))
    jsonschema.Draft202012Validator(whole).validate(bundle)


def test_a_bad_format_names_the_valid_ones(cat: povcoop.Catalog, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format 'yaml'") as raised:
        povcoop.export(cat, "yaml", tmp_path / "out")
    for name in FORMATS:
        assert name in str(raised.value)
    assert not (tmp_path / "out").exists()


def test_a_non_empty_folder_is_kept_unless_overwrite(cat: povcoop.Catalog, tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    (target / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FileExistsError, match="not empty"):
        povcoop.export(cat, "json", target)
    assert [p.name for p in target.iterdir()] == ["notes.txt"]
    povcoop.export(cat, "json", target, overwrite=True)
    assert not (target / "notes.txt").exists()
    assert povcoop.load(target) == cat
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "no staging folder is left behind"


def test_an_empty_folder_is_written_into(cat: povcoop.Catalog, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    assert povcoop.load(povcoop.export(cat, "json", tmp_path / "out")) == cat


def test_a_failed_export_leaves_nothing(cat: povcoop.Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from povcoop._export import json as json_format

    def fail(catalog: povcoop.Catalog, folder: Path) -> None:
        (folder / "half.json").write_text("[", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(json_format, "write", fail)
    target = tmp_path / "out"
    target.mkdir()
    (target / "old.txt").write_text("kept", encoding="utf-8")
    with pytest.raises(OSError, match="disk full"):
        povcoop.export(cat, "json", target, overwrite=True)
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert [p.name for p in target.iterdir()] == ["old.txt"]


def test_an_unwritable_path_raises_the_os_error(cat: povcoop.Catalog, tmp_path: Path) -> None:
    # Under a regular file: fails for root too, unlike a read-only folder.
    (tmp_path / "somefile").write_text("", encoding="utf-8")
    with pytest.raises(NotADirectoryError, match="somefile"):
        povcoop.export(cat, "json", tmp_path / "somefile" / "out")
    with pytest.raises(FileExistsError, match="not a folder"):
        povcoop.export(cat, "json", tmp_path / "somefile")


def test_export_takes_a_catalog(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="Catalog"):
        povcoop.export("cat", "json", tmp_path / "out")  # type: ignore[arg-type]


def test_cli_exports_and_says_where(cat: povcoop.Catalog, tmp_path: Path) -> None:
    result = _cli("export", "json", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote json to {tmp_path / 'out'}\n"
    assert result.stderr == ""
    assert povcoop.load(tmp_path / "out") == cat


def test_cli_exports_a_users_folder(cat: povcoop.Catalog, tmp_path: Path) -> None:
    povcoop.export(cat, "json", tmp_path / "mine")
    result = _cli("export", "json", str(tmp_path / "copy"), "--catalog", str(tmp_path / "mine"))
    assert result.returncode == 0, result.stderr
    assert povcoop.load(tmp_path / "copy") == cat


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("export", "yaml", "{out}"),
            "unknown export format 'yaml'; formats: json, csv, datapackage, parquet, xlsx, iati",
        ),
        (("export", "json", "{full}"), "is not empty; pass overwrite=True"),
        (("export", "json", "{file}/out"), "a file stands where a folder above it should be"),
    ],
    ids=["bad-format", "non-empty-folder", "unwritable-path"],
)
def test_cli_errors_are_one_line_and_non_zero(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "mine.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "file").write_text("", encoding="utf-8")
    places = {"out": tmp_path / "out", "full": tmp_path / "full", "file": tmp_path / "file"}
    result = _cli(*(arg.format(**places) for arg in args))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("povcoop: error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "full" / "mine.txt").read_text(encoding="utf-8") == "mine"


def test_cli_overwrite(cat: povcoop.Catalog, tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "mine.txt").write_text("mine", encoding="utf-8")
    result = _cli("export", "json", str(tmp_path / "full"), "--overwrite")
    assert result.returncode == 0, result.stderr
    assert povcoop.load(tmp_path / "full") == cat


def test_cli_unknown_arguments_are_usage_errors(tmp_path: Path) -> None:
    assert _cli("export", "json").returncode == 2
    assert _cli("export", "json", str(tmp_path / "out"), "--frobnicate").returncode == 2
    assert not (tmp_path / "out").exists()
