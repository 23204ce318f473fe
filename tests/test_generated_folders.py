"""hypothesis: generated valid folders load and round-trip through save; corruptions of a valid
file always raise a DataError naming that file."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcoop
from povcoop._catalog.template import files as template_files

WORDS = st.from_regex(r"[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
TEXT = (
    "The first project trains farmers in mushroom growing. The second project builds a road to the "
    "village. The third project opens a clinic by the river. A fourth one is only planned for now."
)
SENTENCES = [s.strip() + "." for s in TEXT.split(".") if s.strip()]


@st.composite
def folders(draw: st.DrawFn) -> dict[str, Any]:
    files = template_files()
    files["texts/my-source.en.txt"] = TEXT
    ids = draw(st.lists(WORDS, min_size=1, max_size=6, unique=True))
    projects = []
    for project_id in ids:
        quote = draw(st.sampled_from(SENTENCES))
        projects.append(
            {
                "id": project_id,
                "name": draw(st.text(st.characters(categories=("L", "N", "Zs")), min_size=1, max_size=20)).strip()
                or "x",
                "type": draw(st.sampled_from(["training", "technical assistance", "infrastructure"])),
                "status": draw(st.sampled_from(["planned", "ongoing", "completed", "reported"])),
                "start": draw(st.none() | st.sampled_from(["2019", "2020-05", "2020-05-17"])),
                "evidence": [{"basis": "stated", "source": "my-source", "quote": quote}],
            }
        )
        projects[-1] = {k: v for k, v in projects[-1].items() if v is not None}
    files["projects.json"] = projects
    return files


def _write(folder: Path, files: dict[str, Any]) -> None:
    for name, value in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False), encoding="utf-8")


@given(folders())
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_generated_folders_load_and_round_trip(files: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        _write(folder, files)
        cat = povcoop.load(folder)
        assert cat.projects.ids() == tuple(p["id"] for p in files["projects.json"])
        assert povcoop.load(povcoop.save(cat, Path(scratch) / "copy")) == cat


def _truncate(data: bytes, at: int) -> bytes:
    return data[: at % max(len(data) - 1, 1)]


@given(
    folders(),
    st.sampled_from(["catalog.json", "sources.json", "projects.json"]),
    st.sampled_from(["truncate", "flip", "wrong-type", "delete-key"]),
    st.integers(min_value=0, max_value=10_000),
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_corruptions_name_the_file(files: dict[str, Any], name: str, how: str, at: int) -> None:
    value = files[name]
    data = json.dumps(value).encode()
    if how == "truncate":
        corrupted = _truncate(data, at)
    elif how == "flip":
        position = at % len(data)
        corrupted = data[:position] + bytes([data[position] ^ 0x80]) + data[position + 1 :]  # never valid UTF-8 there
    else:
        record = value if isinstance(value, dict) else value[at % len(value)]
        required = sorted(k for k in record if k in ("id", "name", "title", "release", "type", "evidence", "status"))
        key = required[at % len(required)]
        if how == "wrong-type":
            record[key] = [record[key]] if not isinstance(record[key], list) else {"x": 1}
        else:
            del record[key]
        corrupted = json.dumps(value).encode()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        _write(folder, files)
        (folder / name).write_bytes(corrupted)
        with pytest.raises(povcoop.DataError) as caught:
            povcoop.load(folder)
        assert name in {p.file for p in caught.value.problems}, caught.value
