"""Queries that forgive and tell: where() on names, aliases and Chinese names, closed
vocabularies, combining collections, search across kinds, lookup, criteria, the summary."""

from __future__ import annotations

import subprocess
import sys

import pytest

import povcoop

EAST_ASIA = "east-asia-poverty-reduction-demonstration"


@pytest.mark.parametrize("value", ["LAO", "Laos", "laos", "Lao PDR", "Lao People's Democratic Republic", "老挝"])
def test_where_accepts_an_id_a_name_an_alias_or_a_chinese_name(cat: povcoop.Catalog, value: str) -> None:
    assert cat.projects.where(country=value) == cat.projects.where(country="LAO")
    assert EAST_ASIA in cat.projects.where(country=value)


def test_where_accepts_entities_lists_and_collections(cat: povcoop.Catalog) -> None:
    laos = cat.countries.get("LAO")
    assert cat.projects.where(country=laos) == cat.projects.where(country="LAO")
    africa_countries = cat.countries.where(region="africa")
    by_collection = cat.projects.where(country=africa_countries)
    by_list = cat.projects.where(country=list(africa_countries.ids()))
    assert by_collection == by_list
    mixed = cat.projects.where(region=["Asia", cat.regions.get("africa"), "latin-america"])
    assert set(mixed.ids()) == {p.id for p in cat.projects if p.region and p.region.id != "south-pacific"}
    assert cat.projects.where(country=[]) == cat.projects.where(country=())
    assert len(cat.projects.where(country=[])) == 0


def test_an_unknown_name_is_a_key_error_with_the_closest(cat: povcoop.Catalog) -> None:
    with pytest.raises(KeyError, match=r"country='Laoss': no such country; did you mean"):
        cat.projects.where(country="Laoss")


@pytest.mark.parametrize(
    ("kind", "criterion", "value"),
    [("projects", "status", "done"), ("statements", "mode", "shouted"), ("metrics", "type", "estimate")],
)
def test_an_unknown_vocabulary_value_lists_the_valid_ones(
    cat: povcoop.Catalog, kind: str, criterion: str, value: str
) -> None:
    with pytest.raises(ValueError, match=rf"{criterion}='{value}' is not a value of {criterion}; valid: '"):
        cat[kind].where(**{criterion: value})


def test_combining_keeps_the_order(cat: povcoop.Catalog) -> None:
    asia = cat.projects.where(region="asia")
    africa = cat.projects.where(region="africa")
    agriculture = cat.projects.where(sector="agriculture")
    union = africa | asia
    assert union.ids() == africa.ids() + asia.ids()
    assert (asia | africa).ids() == asia.ids() + africa.ids()
    assert (agriculture & africa).ids() == tuple(i for i in agriculture.ids() if i in africa)
    assert (agriculture - africa).ids() == tuple(i for i in agriculture.ids() if i not in africa)
    assert (asia | asia) == asia and len(asia & africa) == 0 and (asia - asia).ids() == ()
    with pytest.raises(TypeError):
        _ = asia | cat.countries  # type: ignore[operator]
    with pytest.raises(TypeError):
        _ = asia & ["x"]  # type: ignore[operator]
    assert EAST_ASIA in (union & asia).where(country="老挝")


def test_search_across_kinds(cat: povcoop.Catalog) -> None:
    found = cat.search("ASEAN")
    assert {"organizations", "projects"} <= set(found)
    assert all(len(collection) for collection in found.values())
    assert found["organizations"].ids() == ("asean",)
    assert cat.search("") == {} and cat.search("zzzz-nothing") == {}
    assert "countries" in cat.search("老挝")
    with pytest.raises(TypeError):
        cat.search(3)  # type: ignore[arg-type]


def test_lookup_gives_one_entity_or_a_key_error_with_suggestions(cat: povcoop.Catalog) -> None:
    assert cat.countries.lookup("Lao PDR").id == "LAO"
    assert cat.countries.lookup("老挝").id == "LAO"
    assert cat.countries.lookup("KHM").id == "KHM"
    assert cat.organizations.lookup("asean").id == "asean"
    with pytest.raises(KeyError, match="did you mean 'Laos'"):
        cat.countries.lookup("Loas")
    with pytest.raises(KeyError, match="did you mean 'Laos'"):
        cat.countries.lookup("lao people")
    with pytest.raises(TypeError):
        cat.countries.lookup(None)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(povcoop.load().collections))
def test_criteria_are_discoverable_and_work(cat: povcoop.Catalog, kind: str) -> None:
    collection = cat[kind]
    criteria = collection.criteria
    assert "id" in criteria and "basis" in criteria and "source" in criteria
    assert all(isinstance(doc, str) and doc for doc in criteria.values())
    first = collection[0]
    assert first in collection.where(id=first.id)
    with pytest.raises(TypeError, match="valid: " + ", ".join(criteria)):
        collection.where(nonsense=1)


def test_project_criteria_include_inherited_codes(cat: povcoop.Catalog) -> None:
    criteria = cat.projects.criteria
    assert {"country", "region", "sector", "status", "organization", "dac_crs", "sdg_target"} <= set(criteria)
    juncao = cat.projects.get("china-africa-juncao-technical-cooperation")
    assert not juncao.own_dac_crs and juncao.all_dac_crs, "codes come from its sectors"
    assert juncao.all_dac_crs == cat.sectors.get("agriculture").dac_crs
    assert juncao in cat.projects.where(dac_crs=juncao.all_dac_crs[0].code)
    several = cat.projects.get(EAST_ASIA)
    codes = [c.code for c in several.all_dac_crs]
    assert len(codes) == len(set(codes))
    assert set(codes) == {c.code for s in several.sectors for c in s.dac_crs} | {c.code for c in several.own_dac_crs}


def test_summary_is_what_the_cli_prints(cat: povcoop.Catalog) -> None:
    result = subprocess.run([sys.executable, "-m", "povcoop"], capture_output=True, text=True, check=True)
    assert result.stdout == cat.summary() + "\n"
    assert "projects" in cat.summary()
