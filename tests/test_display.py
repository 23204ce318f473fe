"""Rich display: HTML for Jupyter (escaped), short reprs, readable str()."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from typing import Any

import attrs
import pytest

import povcoop

EAST_ASIA = "east-asia-poverty-reduction-demonstration"
HOSTILE = '<script>alert("x")</script> & <b>'


class _Checker(HTMLParser):
    """Collects tags and text, and fails on a script element."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag != "script", "a script element got through"
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(markup: str) -> _Checker:
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    return checker


def _text(markup: str) -> str:
    return " ".join(" ".join(_parse(markup).text).split())


def test_entity_html_shows_fields_links_by_name_and_evidence(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    markup = project._repr_html_()
    text = _text(markup)
    assert project.name in text and project.id in text
    for country in project.countries:
        assert country.name in text
    assert 'title="countries/LAO"' in markup
    assert "stated" in text and "external" in text
    stated = next(ev for ev in project.evidence if ev.basis == "stated")
    assert stated.quote is not None and " ".join(stated.quote.split()) in text
    assert "<mark>" in markup


@pytest.mark.parametrize("kind", list(povcoop.load().collections))
def test_every_entity_renders(cat: povcoop.Catalog, kind: str) -> None:
    for entity in cat[kind]:
        markup = entity._repr_html_()
        assert _parse(markup).tags and html.escape(entity.name) in markup
        text = str(entity)
        assert text.startswith(f"{type(entity).__name__} {entity.id}: {entity.name}")
        assert "evidence:" in text
        assert repr(entity) == f"<{type(entity).__name__} {entity.id!r}: {entity.name}>"


def test_str_is_readable(cat: povcoop.Catalog) -> None:
    text = str(cat.metrics.get("bri-absolute-poverty-claim"))
    assert "value: 7.6 million people (projected)" in text
    assert "based_on: World Bank" in text
    laos = str(cat.countries.get("LAO"))
    assert "region: Asia" in laos and "m49_subregion: 035 South-eastern Asia" in laos


def test_evidence_html_highlights_the_quote_in_its_sentence(cat: povcoop.Catalog) -> None:
    evidence = next(ev for ev in cat.projects.get(EAST_ASIA).evidence if ev.basis == "stated")
    markup = evidence._repr_html_()
    found = re.search(r"<blockquote>(.*?)<mark>(.*?)</mark>(.*?)</blockquote>", markup, re.S)
    assert found is not None
    before, quote, after = (html.unescape(part) for part in found.groups())
    assert quote == evidence.quote
    text = cat.release.text
    assert text is not None and evidence.start is not None and evidence.end is not None
    assert text[evidence.start - len(before) : evidence.start] == before
    assert text[evidence.end : evidence.end + len(after)] == after
    assert after.rstrip().endswith((".", "?", "!", "”", '"')) or not after


def test_external_evidence_links_its_source(cat: povcoop.Catalog) -> None:
    metric = cat.metrics.get("bri-extreme-poverty-world-bank")
    evidence = next(ev for ev in metric.evidence if ev.basis == "external")
    markup = evidence._repr_html_()
    assert evidence.source.title in html.unescape(markup)
    if evidence.source.url:
        assert f'href="{html.escape(evidence.source.url)}"' in markup


def test_hostile_text_is_escaped(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    country = attrs.evolve(project.countries[0], name=HOSTILE)
    source = attrs.evolve(cat.release, title=HOSTILE, url='javascript:alert("x")')
    evidence = attrs.evolve(project.evidence[0], source=source, note=HOSTILE, quote=HOSTILE, start=None, end=None)
    hostile = attrs.evolve(
        project, name=HOSTILE, description=HOSTILE, aliases=(HOSTILE,), countries=(country,), evidence=(evidence,)
    )
    entities: dict[Any, Any] = {**cat.to_entities(), "projects": (hostile,), "sources": (*cat.sources, source)}
    catalog = povcoop.Catalog.from_entities(entities, cat.manifest)
    for markup in (
        hostile._repr_html_(),
        evidence._repr_html_(),
        catalog.projects._repr_html_(),
        povcoop.Collection(povcoop.Project, [hostile])._repr_html_(),
    ):
        assert "<script" not in markup and "javascript:" not in markup
        assert HOSTILE in _text(markup) or html.escape(HOSTILE) in markup
        _parse(markup)


def test_collection_html_is_bounded(cat: povcoop.Catalog) -> None:
    many = [attrs.evolve(cat.countries[0], id=f"X{n:02d}") for n in range(45)]
    markup = povcoop.Collection(povcoop.Country, many)._repr_html_()
    assert markup.count("<tr>") == 21  # the header and 20 rows
    assert "45 countries (the first 20 shown; 25 more)" in _text(markup)
    small = cat.regions._repr_html_()
    assert small.count("<tr>") == 5 and "4 regions" in _text(small)
    assert "Asia" in _text(small)


def test_catalog_html_gives_release_and_counts(cat: povcoop.Catalog) -> None:
    text = _text(cat._repr_html_())
    assert cat.release.title in text and "China News Service" in text and "2021-03-10" in text
    for kind, collection in cat.collections.items():
        assert f"{kind} {len(collection)}" in text


def test_code_html(cat: povcoop.Catalog) -> None:
    text = _text(povcoop.codes.get("dac-crs", "31120")._repr_html_())
    assert "31120" in text and "Agricultural development" in text and "under 311 Agriculture" in text


def test_displaying_an_entity_imports_nothing_heavy() -> None:
    code = (
        "import sys, json, povcoop\n"
        "cat = povcoop.load()\n"
        "p = cat.projects.get('east-asia-poverty-reduction-demonstration')\n"
        "p._repr_html_(); str(p); p.evidence[0]._repr_html_(); cat._repr_html_(); cat.projects._repr_html_()\n"
        "print(json.dumps(sorted(m.split('.')[0] for m in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    heavy = set(json.loads(result.stdout)) & {"pandas", "polars", "pyarrow", "numpy", "matplotlib"}
    assert not heavy, f"imported to display an entity: {heavy}"
