"""docs/scale.md's DuckDB example, run on the Parquet export of a catalog of 10,000 generated
projects over the shipped countries (the page speaks of 1,000,000; the query is the same).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import attrs
import pytest

import povcoop
from povcoop._base.vocab import ProjectStatus

ROOT = Path(__file__).resolve().parents[1]
PROJECTS = 10_000


def _example() -> str:
    page = (ROOT / "docs" / "scale.md").read_text(encoding="utf-8")
    section = page.split("## DuckDB", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None
    return match.group(1)


def test_the_duckdb_example_runs_on_a_corpus(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb", reason="the DuckDB example needs duckdb")
    pytest.importorskip("pyarrow", reason="the Parquet export needs pyarrow")
    cat = povcoop.load()
    template = cat.projects.get("east-asia-poverty-reduction-demonstration")
    countries = tuple(cat.countries)
    statuses: list[ProjectStatus] = ["planned", "ongoing", "completed", "reported"]
    projects = []
    for i in range(PROJECTS):
        pair = (countries[i % len(countries)], countries[(i * 7 + 3) % len(countries)])
        unique = tuple({country.id: country for country in pair}.values())
        projects.append(attrs.evolve(template, id=f"project-{i}", status=statuses[i % 4], countries=unique))
    entities = cat.to_entities()
    entities["projects"] = tuple(projects)
    corpus = povcoop.Catalog.from_entities(entities, cat.manifest)
    povcoop.export(corpus, "parquet", tmp_path / "out")

    namespace: dict[str, object] = {"duckdb": duckdb}
    exec(_example().replace("OUTDIR", (tmp_path / "out").as_posix()), namespace)
    result = namespace["per_country"]

    expected: Counter[str] = Counter()
    for project in corpus.projects.where(status="completed"):
        expected.update(country.id for country in project.countries)
    names = {c.id: c.name for c in cat.countries}
    assert result == sorted(((cid, names[cid], n) for cid, n in expected.items()), key=lambda item: (-item[2], item[0]))
    assert sum(n for _, _, n in result) == sum(len(p.countries) for p in projects if p.status == "completed")
