"""The command line for users' data: ``init``, ``validate``, and its behaviour on any terminal,
a closed pipe and any error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import povcoop

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "povcoop", *args],
        check=False,
        capture_output=True,
        text=True,
        env=env or ENV,
        timeout=timeout,
        encoding="utf-8",
        errors="replace",
    )


def test_init_writes_a_minimal_valid_folder(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    result = run("init", str(folder))
    assert result.returncode == 0 and result.stderr == ""
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == [
        "README.md",
        "catalog.json",
        "projects.json",
        "sources.json",
        "texts/my-source.en.txt",
    ]
    cat = povcoop.load(folder)
    project = cat.projects.get("my-first-project")
    ev = project.evidence[0]
    assert ev.basis == "stated" and ev.source is cat.release and ev.is_located
    readme = (folder / "README.md").read_text(encoding="utf-8")
    for name in ("catalog.json", "sources.json", "projects.json", "texts/my-source.en.txt"):
        assert f"`{name}`" in readme
    assert run("validate", str(folder)).returncode == 0


def test_init_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    result = run("init", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.startswith("povcoop: error:") and len(result.stderr.splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.txt"]


def test_init_into_an_empty_folder(tmp_path: Path) -> None:
    assert run("init", str(tmp_path)).returncode == 0
    assert (tmp_path / "catalog.json").is_file()


def _broken(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    assert run("init", str(folder)).returncode == 0
    records = json.loads((folder / "projects.json").read_text(encoding="utf-8"))
    records.append({**records[0], "id": "my-second-project", "status": "abandoned"})
    records[0]["countries"] = ["LAO"]
    (folder / "projects.json").write_text(json.dumps(records), encoding="utf-8")
    return folder


def test_validate_prints_every_problem_and_exits_1(tmp_path: Path) -> None:
    result = run("validate", str(_broken(tmp_path)))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2 problems in")
    assert any("projects.json, record 1 (id 'my-second-project'), field status" in line for line in lines)
    assert any("field countries[0]: no country 'LAO'" in line and "[dangling-reference]" in line for line in lines)


def test_validate_json_for_machines(tmp_path: Path) -> None:
    result = run("validate", str(_broken(tmp_path)), "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert {(p["file"], p["index"], p["id"], p["field"], p["code"]) for p in report["problems"]} == {
        ("projects.json", 1, "my-second-project", "status", "not-in-vocabulary"),
        ("projects.json", 0, "my-first-project", "countries[0]", "dangling-reference"),
    }
    assert all(p["message"] for p in report["problems"])


def test_validate_with_the_base_resolves_shipped_references(tmp_path: Path) -> None:
    folder = _broken(tmp_path)
    records = json.loads((folder / "projects.json").read_text(encoding="utf-8"))
    records[1]["status"] = "reported"
    (folder / "projects.json").write_text(json.dumps(records), encoding="utf-8")
    assert run("validate", str(folder)).returncode == 1
    result = run("validate", str(folder), "--base", "--format", "json")
    assert result.returncode == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["valid"] is True and report["counts"]["projects"] == len(povcoop.load().projects) + 2
    text = run("validate", str(folder), "--base")
    assert text.returncode == 0 and "valid" in text.stdout


def test_validate_of_a_fifo_is_one_line_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "projects.json"
    os.mkfifo(fifo)
    result = run("validate", str(fifo), "--base", timeout=30)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize("below", ["", "below"])
def test_init_over_a_file_is_one_line(tmp_path: Path, below: str) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    result = run("init", str(tmp_path / "file.txt" / below))
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("povcoop: error:")


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_any_terminal_encoding(tmp_path: Path, encoding: str) -> None:
    env = {**ENV, "PYTHONIOENCODING": encoding}
    summary = run(env=env)
    assert summary.returncode == 0 and summary.stderr == ""
    folder = _broken(tmp_path)
    records = json.loads((folder / "projects.json").read_text(encoding="utf-8"))
    records[0]["name"] = "老挝 project"
    records[0]["id"] = "老挝"
    (folder / "projects.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    for args in ([], ["--format", "json"]):
        result = run("validate", str(folder), *args, env=env)
        assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr


@pytest.mark.parametrize("args", [[], ["validate", "{folder}", "--format", "json"]])
def test_a_closed_pipe_exits_quietly(tmp_path: Path, args: list[str]) -> None:
    folder = tmp_path / "mine"
    assert run("init", str(folder)).returncode == 0
    many = [{"id": f"p{i}", "name": "x", "type": "training", "status": "nope", "evidence": []} for i in range(2000)]
    (folder / "projects.json").write_text(json.dumps(many), encoding="utf-8")
    with subprocess.Popen(
        [sys.executable, "-m", "povcoop", *(a.format(folder=folder) for a in args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader has gone (`| head -1`) before anything is written
        stderr = process.stderr.read().decode()
        status = process.wait(timeout=60)
    assert status == 0, stderr
    assert stderr == ""
