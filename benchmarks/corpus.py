"""Write a data folder of N projects of the shipped shape, for the load benchmarks.

The shipped projects are replicated with new ids and names (``<id>-<n>``, ``<name> <n>``); their
evidence keeps pointing at the release text, so every stated quote is still located there. Every
other kind is the shipped file, as it is. Run: ``python benchmarks/corpus.py DIR --projects 100000``
(``--lines``: ``projects.jsonl``, one project a line).
"""

from __future__ import annotations

import argparse
import json
import shutil
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any


def shipped_folder() -> Path:
    """The shipped data folder on disk."""
    with as_file(files("povcoop").joinpath("data")) as path:
        return Path(path)


def projects(count: int) -> list[dict[str, Any]]:
    """``count`` projects: the shipped ones (statements refer to them), then replicas of them with
    new ids and names."""
    shipped = json.loads((shipped_folder() / "projects.json").read_bytes())
    made = []
    for n in range(count):
        record = dict(shipped[n % len(shipped)])
        if n >= len(shipped):
            record["id"] = f"{record['id']}-{n}"
            record["name"] = f"{record['name']} {n}"
        made.append(record)
    return made


def write_corpus(target: Path, count: int, *, lines: bool = False) -> Path:
    """Write a data folder of ``count`` projects into ``target`` (created); return its projects
    file: ``projects.json``, or with ``lines`` ``projects.jsonl`` (one project a line)."""
    source = shipped_folder()
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("codes", "__pycache__"), dirs_exist_ok=True)
    if not lines:
        projects_file = target / "projects.json"
        projects_file.write_text(json.dumps(projects(count), ensure_ascii=False), encoding="utf-8")
        return projects_file
    (target / "projects.json").unlink()
    projects_file = target / "projects.jsonl"
    with open(projects_file, "w", encoding="utf-8", newline="\n") as stream:
        stream.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in projects(count))
    return projects_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path)
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--lines", action="store_true", help="projects.jsonl, one project a line")
    args = parser.parse_args()
    write_corpus(args.target, args.projects, lines=args.lines)


if __name__ == "__main__":
    main()
