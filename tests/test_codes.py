"""povcoop.codes: lookup, hierarchy, search, and from a code to the entities carrying it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import povcoop
from povcoop import codes
from povcoop._codes.lists import SCHEMES, code_list


def test_povcoop_codes_is_the_public_module() -> None:
    assert povcoop.codes is codes
    assert "codes" in povcoop.__all__
    with pytest.raises(AttributeError):
        getattr(povcoop, "no_such_name")  # noqa: B009


def test_import_povcoop_does_not_import_codes() -> None:
    code = "import sys, povcoop; print('povcoop.codes' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("scheme", "code", "full", "name"),
    [
        ("dac-crs", "31120", "oecd-dac-crs-purpose", "Agricultural development"),
        ("dac-crs", "311", "oecd-dac-crs-category", "Agriculture"),
        ("oecd-dac-crs-purpose", "31120", "oecd-dac-crs-purpose", "Agricultural development"),
        ("sdg", "1.1", "un-sdg-target", None),
        ("sdg", "1", "un-sdg-goal", None),
        ("m49", "035", "un-m49", "South-eastern Asia"),
        ("M49", "418", "un-m49", "Lao People's Democratic Republic"),
        ("iso3166-1", "LAO", "iso3166-1-alpha-3", None),
        ("iso3166-1", "la", "iso3166-1-alpha-2", None),
        ("alpha_3", "khm", "iso3166-1-alpha-3", None),
        ("aid-type", "D02", "iati-aid-type", "Other technical assistance"),
    ],
)
def test_get(scheme: str, code: str, full: str, name: str | None) -> None:
    found = codes.get(scheme, code)
    assert isinstance(found, povcoop.Code)
    assert found.scheme == full and found.code == code.upper()
    assert found.name == code_list(full)[found.code]
    if name is not None:
        assert found.name == name


def test_hierarchy() -> None:
    purpose = codes.get("dac-crs", "31120")
    assert purpose.parent == codes.get("dac-crs", "311")
    assert purpose.parent is not None and purpose in purpose.parent.children
    assert all(child.code.startswith("311") for child in codes.get("dac-crs", "311").children)
    assert codes.get("dac-crs", "311").parent is None
    target = codes.get("sdg", "1.b")
    assert target.parent == codes.get("sdg-goal", "1")
    assert [c.code for c in codes.get("sdg", "1").children][:3] == ["1.1", "1.2", "1.3"]
    south_east = codes.get("m49", "035")
    assert south_east.parent == povcoop.Code("un-m49", "142")
    assert south_east.parent is not None and south_east.parent.parent == povcoop.Code("un-m49", "001")
    assert codes.get("m49", "001").parent is None
    assert {c.code for c in codes.get("m49", "142").children} == {"143", "030", "035", "034", "145"}
    assert codes.get("m49", "202").parent == povcoop.Code("un-m49", "002")
    assert codes.get("aid-type", "D02").parent is None and codes.get("iso3166-1", "LAO").children == ()


def test_every_m49_region_reaches_the_world() -> None:
    for code in code_list("un-m49"):
        node: povcoop.Code | None = povcoop.Code("un-m49", code)
        steps = 0
        while node is not None and node.code != "001":
            node = node.parent
            steps += 1
            assert steps < 5
        assert node is not None, code


def test_get_errors() -> None:
    with pytest.raises(KeyError, match=r"'31121'.*did you mean '31120'"):
        codes.get("dac-crs", "31121")
    with pytest.raises(KeyError, match=r"unknown code scheme 'crayons'; known: .*dac-crs"):
        codes.get("crayons", "1")
    with pytest.raises(TypeError):
        codes.get(1, "1")  # type: ignore[arg-type]


def test_every_scheme_name_resolves() -> None:
    for name, lists in codes.SCHEMES.items():
        assert lists and all(scheme in SCHEMES for scheme in lists), name
        first = next(iter(code_list(lists[0])))
        assert codes.get(name, first).code == first


def test_search() -> None:
    assert codes.search("agricultural development", "dac-crs")[0] == codes.get("dac-crs", "31120")
    found = codes.search("poverty", "sdg")
    assert povcoop.Code("un-sdg-goal", "1") in found
    assert codes.search("LAO", "alpha-3") == [codes.get("alpha-3", "LAO")]
    assert {c.scheme for c in codes.search("asia")} >= {"un-m49"}
    assert codes.search("   ") == []
    with pytest.raises(TypeError):
        codes.search(None)  # type: ignore[arg-type]


def test_where_matches_the_codes_under_a_code(cat: povcoop.Catalog) -> None:
    agriculture = codes.get("dac-crs", "311")
    found = cat.projects.where(dac_crs=agriculture)
    expected = {p.id for p in cat.projects if any(c.code.startswith("311") for c in p.all_dac_crs)}
    assert set(found.ids()) == expected and len(expected) >= 4
    goal = codes.get("sdg", "1")
    expected = {p.id for p in cat.projects if any(c.code.split(".")[0] == "1" for c in p.all_sdg_targets)}
    assert set(cat.projects.where(sdg_target=goal).ids()) == expected
    in_035 = cat.countries.where(m49_subregion=codes.get("m49", "035"))
    assert set(in_035.ids()) == {c.id for c in cat.countries if c.m49_subregion.code == "035"}
    assert "LAO" in in_035 and "CHN" not in in_035
    assert cat.projects.where(dac_crs="311") == cat.projects.where(dac_crs=agriculture), "text means the code"


def test_entities_carrying_a_code(cat: povcoop.Catalog) -> None:
    found = codes.entities(cat, codes.get("sdg", "1"))
    assert set(found) == {"sectors", "initiatives", "projects"}
    assert found["projects"] == cat.projects.where(sdg_target=codes.get("sdg", "1"))
    countries = codes.entities(cat, codes.get("m49", "035"))
    assert countries["countries"] == cat.countries.where(m49_subregion="035")
    laos = codes.entities(cat, codes.get("iso3166-1", "LAO"))
    assert laos["countries"].ids() == ("LAO",)
    agriculture = codes.entities(cat, codes.get("dac-crs", "311"))
    assert "agriculture" in agriculture["sectors"]
    with pytest.raises(TypeError, match="Code"):
        codes.entities(cat, "311")  # type: ignore[arg-type]
    assert json.dumps(sorted(found))
