"""docs/iati-in.md describes what exists: its examples run as shown (on IATI's own test files,
vendored in tests/data/iati), its mapping table names every element the reader maps, and the site
links it."""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import Any

import pytest

from test_iati_fixtures import MAPPED

pytest.importorskip("lxml.etree")

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "iati-in.md"


def _blocks(text: str) -> list[tuple[int, str]]:
    return [
        (text.count("\n", 0, match.start()) + 2, match.group(1))
        for match in re.finditer(r"^```pycon\n(.*?)^```$", text, flags=re.MULTILINE | re.DOTALL)
    ]


def test_the_worked_example_runs_as_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the example names the vendored files from the repository's root
    blocks = _blocks(PAGE.read_text(encoding="utf-8"))
    assert len(blocks) >= 3
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    namespace: dict[str, Any] = {}
    report: list[str] = []
    for line, block in blocks:
        test = parser.get_doctest(block, namespace, "docs/iati-in.md", str(PAGE), line - 1)
        runner.run(test, out=report.append, clear_globs=False)
        namespace = test.globs
    assert runner.failures == 0, "".join(report)
    assert runner.tries >= 15


def test_the_mapping_table_names_every_mapped_element_and_attribute() -> None:
    text = PAGE.read_text(encoding="utf-8")
    table = text[text.index("## The mapping") : text.index("## What is reported")]
    for path in MAPPED:
        last = path.split("/")[-1]
        name = last if not last.startswith("@") else "@" + last.lstrip("@")
        if name in ("iati-activity", "narrative", "value", "@lang"):
            continue
        assert f"`{name}" in table or f"{name}`" in table or name in table, f"{path} is not in the table"


def test_the_site_links_the_page() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    assert re.search(r"^iati-in$", index, flags=re.MULTILINE), "docs/index.md's toctree lacks iati-in"
    assert "(iati-in.md)" in (ROOT / "docs" / "iati.md").read_text(encoding="utf-8")
