"""docs/scale.md's DuckDB example, run on Parquet files of the export's shape.

The Parquet export lands separately; until then this test writes the files itself with pyarrow
from rows shaped like ``Collection.to_records()``: 10,000 generated projects over the shipped
countries (the page speaks of 1,000,000; the query is the same).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

import povcoop

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
    pa = pytest.importorskip("pyarrow", reason="writing the Parquet files needs pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    cat = povcoop.load()
    template = cat.projects.to_records()[0]
    country_ids = list(cat.countries.ids())
    statuses = ["planned", "ongoing", "completed", "reported"]
    rows = []
    for i in range(PROJECTS):
        row = dict(template)
        row.update(
            id=f"project-{i}",
            status=statuses[i % 4],
            countries=[country_ids[i % len(country_ids)], country_ids[(i * 7 + 3) % len(country_ids)]],
        )
        row.pop("evidence")  # nested objects are the export's business; the query needs none
        rows.append(row)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "projects.parquet")
    countries = [{k: v for k, v in r.items() if k != "evidence"} for r in cat.countries.to_records()]
    pq.write_table(pa.Table.from_pylist(countries), tmp_path / "countries.parquet")

    namespace: dict[str, object] = {"duckdb": duckdb}
    exec(_example().replace("OUTDIR", tmp_path.as_posix()), namespace)
    result = namespace["per_country"]

    expected: Counter[str] = Counter()
    for row in rows:
        if row["status"] == "completed":
            expected.update(row["countries"])
    names = {c.id: c.name for c in cat.countries}
    assert result == sorted(((cid, names[cid], n) for cid, n in expected.items()), key=lambda item: (-item[2], item[0]))
    assert sum(n for _, _, n in result) == sum(len(r["countries"]) for r in rows if r["status"] == "completed")
