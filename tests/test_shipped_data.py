"""Integrity of the shipped data: schema, counts, ids, references, quotes, codes, coverage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pycountry
import pytest
from pydantic import TypeAdapter

import povcoop
from conftest import DATA
from povcoop._base.layout import KINDS, MANIFEST, file_of
from povcoop._codes.lists import SCHEMES, code_list
from povcoop._records.models import RECORD_MODELS, ManifestRecord

# Pinned: a change of the data changes these deliberately, in the same commit.
COUNTS = {
    # 0.3.0: ten outside sources for dates, attribution, works built, the share;
    # 0.4.0: ISO 3166-3 and the World Factbook (former names).
    "sources": 38,
    "people": 5,
    "organizations": 11,
    "regions": 4,
    "countries": 12,
    "sectors": 6,
    "concepts": 9,  # 0.3.0: the eradication of poverty
    "initiatives": 4,
    "projects": 7,
    "metrics": 6,
    "events": 6,  # 0.3.0: the press conference of 19 October 2020
    "statements": 15,
}

ROOT = Path(__file__).resolve().parents[1]
STANDARDS = ROOT / "tests" / "data" / "standards"  # vendored: see tests/data/README.md


@pytest.mark.parametrize("kind", KINDS)
def test_shipped_files_validate_against_the_records(kind: str) -> None:
    # The shipped catalog loads without pydantic; here the same models that validate users'
    # files validate the shipped ones.
    data = DATA.joinpath(file_of(kind)).read_bytes()  # type: ignore[arg-type]
    model: Any = RECORD_MODELS[kind]
    TypeAdapter(list[model]).validate_json(data)


def test_manifest_validates() -> None:
    manifest = ManifestRecord.model_validate_json(DATA.joinpath(MANIFEST).read_bytes())
    assert manifest.release == povcoop.load().release.id


def test_pinned_counts(cat: povcoop.Catalog) -> None:
    assert {kind: len(c) for kind, c in cat.collections.items()} == COUNTS


def test_ids_are_unique_and_well_formed(cat: povcoop.Catalog) -> None:
    for kind, collection in cat.collections.items():
        ids = [e.id for e in collection]
        assert len(ids) == len(set(ids)), kind
        for entity_id in ids:
            if kind == "countries":
                assert len(entity_id) == 3 and entity_id.isupper()
            else:
                assert entity_id == entity_id.lower() and " " not in entity_id


def _links(entity: Any) -> list[Any]:
    found = []
    for field in attrs.fields(type(entity)):
        value = getattr(entity, field.name)
        for item in value if isinstance(value, tuple) else (value,):
            if isinstance(item, povcoop.Entity):
                found.append(item)
    return found


def test_every_link_is_an_entity_of_the_catalog(cat: povcoop.Catalog) -> None:
    everything = {(type(e), e.id): e for c in cat.collections.values() for e in c}
    links = 0
    for collection in cat.collections.values():
        for entity in collection:
            for linked in _links(entity):
                assert everything[(type(linked), linked.id)] is linked
                links += 1
            for ev in entity.evidence:
                assert ev.source is cat.sources.get(ev.source.id)
    assert links > 50


def test_every_entity_has_evidence(cat: povcoop.Catalog) -> None:
    for kind, collection in cat.collections.items():
        if kind == "sources":
            continue  # a source is evidence itself; only the release states its own date
        for entity in collection:
            assert entity.evidence, f"{kind} {entity.id} has no evidence"


def test_every_located_quote_is_verbatim_at_its_offsets(cat: povcoop.Catalog) -> None:
    stated = 0
    for collection in cat.collections.values():
        for entity in collection:
            evidence = list(entity.evidence)
            for membership in getattr(entity, "members", ()):
                evidence.extend(membership.evidence)
            for ev in evidence:
                if ev.basis == "stated":
                    assert ev.start is not None and ev.end is not None
                    stated += 1
                if ev.start is not None:
                    assert ev.source.text is not None
                    assert ev.source.text[ev.start : ev.end] == ev.quote
                    assert len(ev.quote or "") >= 10
                if ev.basis == "inferred":
                    assert ev.note
    assert stated > 50


def test_external_evidence_names_a_real_outside_source(cat: povcoop.Catalog) -> None:
    for collection in cat.collections.values():
        for entity in collection:
            for ev in entity.evidence:
                if ev.basis == "external":
                    assert ev.source is not cat.release
                    assert ev.source.title and (ev.source.url or ev.source.publisher)


def test_every_source_is_cited_or_is_the_release(cat: povcoop.Catalog) -> None:
    cited = {ev.source.id for c in cat.collections.values() for e in c for ev in e.evidence}
    cited |= {ev.source.id for o in cat.organizations for m in o.members for ev in m.evidence}
    cited |= {e.document.id for e in cat.events if e.document}
    assert set(cat.sources.ids()) <= cited


def test_every_code_is_in_its_code_list(cat: povcoop.Catalog) -> None:
    codes: list[povcoop.Code] = []
    for collection in cat.collections.values():
        for entity in collection:
            for field in attrs.fields(type(entity)):
                value = getattr(entity, field.name)
                values = value if isinstance(value, tuple) else (value,)
                codes.extend(v for v in values if isinstance(v, povcoop.Code))
    assert len(codes) > 40
    for code in codes:
        assert code.code in code_list(code.scheme), code
        assert code.name == code_list(code.scheme)[code.code]


def test_countries_agree_with_pycountry(cat: povcoop.Catalog) -> None:
    for country in cat.countries:
        iso = pycountry.countries.get(alpha_3=country.id)
        assert iso is not None, country.id
        assert (country.alpha_2, country.numeric) == (iso.alpha_2, iso.numeric)
        assert country.m49_region.code == "142", "the release's countries are all in Asia"


@pytest.mark.parametrize(
    ("scheme", "attribute"),
    [("iso3166-1-alpha-2", "alpha_2"), ("iso3166-1-alpha-3", "alpha_3"), ("iso3166-1-numeric", "numeric")],
)
def test_iso_code_lists_agree_with_pycountry(scheme: str, attribute: str) -> None:
    assert set(code_list(scheme)) == {getattr(c, attribute) for c in pycountry.countries}


def test_every_scheme_ships_with_attribution() -> None:
    for scheme in SCHEMES:
        document = json.loads(DATA.joinpath("codes", f"{scheme}.json").read_text(encoding="utf-8"))
        assert document["scheme"] == scheme
        assert document["publisher"] and document["source"] and document["licence"]
        assert document["codes"]


def test_code_lists_are_what_the_build_script_makes_from_the_standards(tmp_path: Path) -> None:
    script = ROOT / "tools" / "build_code_lists.py"
    command = [sys.executable, str(script), "--standards", str(STANDARDS), "--out", str(tmp_path)]
    subprocess.run(command, check=True, capture_output=True)
    built = sorted(p.name for p in tmp_path.glob("*.json"))
    assert built
    for name in built:
        assert (tmp_path / name).read_bytes() == DATA.joinpath("codes", name).read_bytes(), name


def test_the_release_projects_are_all_modelled(cat: povcoop.Catalog) -> None:
    expected = {
        "china-asean-rural-poverty-reduction-plan": "asia",
        "east-asia-poverty-reduction-demonstration": "asia",
        "africa-water-conservancy-infrastructure": "africa",
        "africa-agricultural-cooperation-demonstration-areas": "africa",
        "china-africa-juncao-technical-cooperation": "africa",
        "south-pacific-technical-cooperation": "south-pacific",
        "latin-america-agricultural-technology-demonstration-centres": "latin-america",
    }
    assert {p.id: p.region.id for p in cat.projects if p.region} == expected


def test_regions_have_m49_or_the_subregions_they_span(cat: povcoop.Catalog) -> None:
    codes = {r.id: (r.m49.code if r.m49 else None) for r in cat.regions}
    assert codes == {"asia": "142", "africa": "002", "south-pacific": None, "latin-america": None}
    pacific = cat.regions.get("south-pacific")
    assert {c.code for c in pacific.m49_subregions} == {"054", "057", "061"}
    # M49 419 (Latin America and the Caribbean) is a sub-region of the Americas (019), not a region.
    assert [c.code for c in cat.regions.get("latin-america").m49_subregions] == ["419"]


def test_sectors_carry_dac_codes_and_sdg_targets(cat: povcoop.Catalog) -> None:
    assert set(cat.sectors.ids()) == {
        "water-conservancy", "agriculture", "infrastructure", "health", "capacity-building", "rural-development"
    }  # fmt: skip
    for sector in cat.sectors:
        assert sector.sdg_targets, sector.id
    assert "31120" in {c.code for c in cat.sectors.get("agriculture").dac_crs}


def test_chinese_names_where_known(cat: povcoop.Catalog) -> None:
    assert cat.countries.get("LAO").name_zh == "老挝"
    assert cat.countries.get("KHM").name_zh == "柬埔寨"
    assert cat.countries.get("MMR").name_zh == "缅甸"
    assert cat.organizations.get("asean").name_zh == "东盟"
    assert cat.initiatives.get("belt-and-road-initiative").name_zh == "一带一路"
    assert cat.people.get("zhao-lijian").name_zh == "赵立坚"


def test_statements_quote_the_release(cat: povcoop.Catalog) -> None:
    closing = [s for s in cat.statements if s.mode == "direct"]
    assert closing
    for statement in cat.statements:
        assert any(ev.basis == "stated" for ev in statement.evidence), statement.id
