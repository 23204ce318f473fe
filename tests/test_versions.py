"""One code version, one data version: the code's is the installed metadata's, the data's is the
manifest's and changes whenever a data file does."""

from __future__ import annotations

import hashlib
import json
import re
from importlib.metadata import version
from pathlib import Path

import povcoop

FINGERPRINTS = Path(__file__).with_name("data_fingerprints.json")
"""Each data version with the fingerprint of the data files it was released with."""

ROOT = Path(__file__).resolve().parents[1]


def fingerprint(folder: Path) -> str:
    """A SHA-256 over every data file's relative path and bytes, in path order."""
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def test_the_code_version_is_single_sourced() -> None:
    assert povcoop.__version__ == version("povcoop")
    assert re.fullmatch(r"\d+\.\d+\.\d+", povcoop.__version__)


def test_the_data_version_is_bumped_whenever_the_data_change(shipped_folder: Path) -> None:
    recorded: dict[str, str] = json.loads(FINGERPRINTS.read_text(encoding="utf-8"))
    data_version = povcoop.load().data_version
    now = fingerprint(shipped_folder)
    assert data_version in recorded, (
        f"data version {data_version} has no fingerprint: add {data_version!r}: {now!r} to {FINGERPRINTS.name}"
    )
    assert recorded[data_version] == now, (
        f"the data files changed but the data version is still {data_version}: bump data_version in "
        f"catalog.json, record the change in CHANGELOG.md, and add the new version's fingerprint {now!r}"
    )
    released = [v for v, print_ in recorded.items() if print_ == now]
    assert released == [data_version], "two data versions cannot share one fingerprint"


def test_the_changelog_names_both_versions() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"Data {povcoop.load().data_version}" in changelog
    assert f"Code {povcoop.__version__}" in changelog


def test_the_data_version_is_readable_without_loading() -> None:
    assert povcoop.__data_version__ == povcoop.load().data_version
    manifest = json.loads((ROOT / "src" / "povcoop" / "data" / "catalog.json").read_text(encoding="utf-8"))
    assert povcoop.__data_version__ == manifest["data_version"]


def test_the_package_metadata_carries_the_data_version() -> None:
    import tomllib

    # The built metadata's Keywords come from pyproject.toml (importlib.metadata reads them as
    # metadata("povcoop")["Keywords"]); the installed copy may be another checkout's, so read the source.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    tagged = [keyword for keyword in project["keywords"] if keyword.startswith("data-version:")]
    assert tagged == [f"data-version:{povcoop.load().data_version}"]


def test_the_data_version_needs_no_load() -> None:
    import subprocess
    import sys

    # povcoop.__data_version__ is a constant: reading it builds no catalog (load()'s cache stays empty).
    code = "import povcoop, povcoop._catalog.load as l; print(povcoop.__data_version__, len(l._shipped))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == [povcoop.load().data_version, "0"]


def test_the_changelog_has_unreleased_work_on_top_and_dated_releases() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", changelog, flags=re.MULTILINE)
    assert headings[0] == "Unreleased"
    released = headings[1:]
    assert released, "no released version"
    for heading in released:
        assert re.fullmatch(r"(Code|Data) \d+\.\d+\.\d+(, Data \d+\.\d+\.\d+)? — \d{4}-\d{2}-\d{2}", heading), heading
    dates = [heading.rsplit(" — ", 1)[1] for heading in released]
    assert dates == sorted(dates, reverse=True), "releases newest first"
    # The data version's release date is the manifest's.
    assert f"Data {povcoop.__data_version__} — {povcoop.load().manifest.data_version_date}" in released
