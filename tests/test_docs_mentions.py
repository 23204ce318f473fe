"""The guide and the README mention only what exists: every page they link to, every public name
(``povcoop.x``) and every catalog attribute (``cat.x``) they name; and they say nothing is missing
that exists (no "being written" for a page the site has)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import povcoop

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", ROOT / "docs" / "guide.md"]

_LINK = re.compile(r"\]\(([^)\s]+)\)")
_PUBLIC = re.compile(r"(?<![\w/.])povcoop((?:\.[A-Za-z_]\w*)+)")
_CATALOG = re.compile(r"(?<![\w.])cat\.([A-Za-z_]\w*)")


def _text(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    return re.sub(r"https?://\S+", "", text)  # addresses are not names


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_page_linked_exists(page: Path) -> None:
    targets = [t for t in _LINK.findall(page.read_text(encoding="utf-8")) if not re.match(r"[a-z]+:", t)]
    assert targets, f"{page.name} links to no page"
    for target in targets:
        path = target.split("#")[0]
        if path:
            assert (page.parent / path).exists(), f"{page.name} links to {target}, which does not exist"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_public_name_mentioned_exists(page: Path) -> None:
    names = set(_PUBLIC.findall(_text(page)))
    assert names, f"{page.name} names no public name"
    for dotted in names:
        obj: object = povcoop
        parts = dotted.strip(".").split(".")
        if parts[0] in {"data", "_export", "_cite"}:  # a folder of the repository, not an attribute
            continue
        for part in parts:
            assert hasattr(obj, part), f"{page.name} mentions povcoop{dotted}, which does not exist"
            obj = getattr(obj, part)
        if len(parts) == 1:
            assert parts[0] in povcoop.__all__ or parts[0] == "codes", f"povcoop.{parts[0]} is not public"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_catalog_attribute_mentioned_exists(page: Path) -> None:
    cat = povcoop.load()
    for name in set(_CATALOG.findall(_text(page))):
        assert hasattr(cat, name), f"{page.name} mentions cat.{name}, which does not exist"


def test_the_site_has_every_page_the_guide_says_it_has() -> None:
    guide = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    for stale in ("being written", "will be added to this site", "no plotting function"):
        assert stale not in guide, f"the guide says {stale!r}"
    plots = [name for name in povcoop.__all__ if name.startswith("plot_")]
    assert plots and all(f"povcoop.{name}()" in guide for name in plots), "the guide names every plot"
    for page in ("tutorial.ipynb", "your-data.md", "scale.md", "performance.md", "iati.md", "cite.md"):
        assert f"]({page})" in guide, f"the guide does not link {page}"
        assert (ROOT / "docs" / page).exists()
