"""``docs/your-data.md`` is generated from the registry: the committed page is the generator's output."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from povcoop._domain.entities import ENTITY_TYPES
from povcoop._domain.fields import fields_of

ROOT = Path(__file__).resolve().parents[1]


def _render() -> str:
    spec = importlib.util.spec_from_file_location("your_data_page", ROOT / "tools" / "your_data_page.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page: str = module.render()
    return page


def test_the_committed_page_is_the_generators_output() -> None:
    committed = (ROOT / "docs" / "your-data.md").read_text(encoding="utf-8")
    assert committed == _render(), "run: python tools/your_data_page.py"


def test_the_page_lists_every_field_of_every_kind() -> None:
    page = _render()
    for kind, cls in ENTITY_TYPES.items():
        assert f"### {kind} (`{kind}.json`)" in page
        for field in fields_of(cls):
            if not field.derived:
                assert f"| `{field.at_rest}` |" in page
    assert "open vocabulary: `cooperation plan`" in page
    assert "closed vocabulary: `planned`, `ongoing`" in page
