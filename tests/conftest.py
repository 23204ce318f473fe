"""Shared fixtures: the shipped catalog, and a writable copy of the shipped data folder."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

import povcoop

# No test judges time (the benchmarks do): hypothesis' per-example deadline would fail a test
# whose example ran slowly on a busy shared machine, with coverage on.
settings.register_profile("povcoop", deadline=None)
settings.load_profile("povcoop")

DATA = files("povcoop").joinpath("data")


@pytest.fixture(scope="session")
def cat() -> povcoop.Catalog:
    return povcoop.load()


@pytest.fixture(scope="session")
def shipped_folder() -> Path:
    with as_file(DATA) as path:
        return Path(path)


@pytest.fixture
def folder(tmp_path: Path, shipped_folder: Path) -> Path:
    """A copy of the shipped data folder (without the code lists, which always come from the package)."""
    target = tmp_path / "data"
    shutil.copytree(shipped_folder, target, ignore=shutil.ignore_patterns("codes", "__pycache__"))
    return target


Edit = Callable[[Any], Any]


def read(folder: Path, name: str) -> Any:
    return json.loads((folder / name).read_text(encoding="utf-8"))


def write(folder: Path, name: str, value: Any) -> None:
    (folder / name).write_text(json.dumps(value, ensure_ascii=False, indent=2), encoding="utf-8")


def edit(folder: Path, name: str, change: Callable[[Any], object]) -> None:
    """Change a data file's JSON value in place."""
    value = read(folder, name)
    change(value)
    write(folder, name, value)


def record(folder: Path, name: str, record_id: str) -> tuple[int, dict[str, Any]]:
    for index, item in enumerate(read(folder, name)):
        if item["id"] == record_id:
            return index, item
    raise LookupError(record_id)
