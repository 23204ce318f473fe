"""Asking in the user's own words (issue 16): codes in every form at every level of their
lists, links by what a person types, full-text find(), ranked search(), statements, days and
lookups; and every unknown or wrong-kind value raises instead of answering nothing."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import povcoop
from povcoop import codes
from povcoop._codes.lists import code_list, family

CAT = povcoop.load()

CODE_CRITERIA = [
    (kind, name, scheme)
    for kind, collection in CAT.collections.items()
    for name, scheme in collection.code_criteria.items()
]
"""Every code criterion of every kind, with the list it reads (taken from the shipped registry)."""

_PREFIXES = {
    "oecd-dac-crs-purpose": "DAC ",
    "oecd-dac-crs-category": "DAC CRS ",
    "un-sdg-target": "SDG ",
    "un-sdg-goal": "SDG ",
    "un-m49": "M49 ",
    "iati-aid-type": "aid type ",
}


def forms(code: povcoop.Code) -> list[Any]:
    """The ways a person writes ``code`` that name it alone."""
    written: list[Any] = [code.code, code.code.lower(), code.code.upper(), str(code), f"  {code.code} "]
    padded = code.scheme in ("un-m49", "iso3166-1-numeric") or not code.code.startswith("0")
    if code.code.isdigit() and padded:
        written.append(int(code.code))
    if code.scheme in _PREFIXES:
        written.append(_PREFIXES[code.scheme] + code.code)
    return written


def _unique_name(code: povcoop.Code, scheme: str) -> bool:
    names = [n for lst in family(scheme) for n in code_list(lst).values()]
    return code.name is not None and names.count(code.name) == 1


@pytest.mark.parametrize(("kind", "criterion", "scheme"), CODE_CRITERIA, ids=[f"{k}.{c}" for k, c, _ in CODE_CRITERIA])
def test_every_code_in_every_form_finds_what_its_code_object_finds(kind: str, criterion: str, scheme: str) -> None:
    collection = CAT[kind]
    checked = 0
    for listed in family(scheme):
        for text, name in code_list(listed).items():
            code = povcoop.Code(listed, text, name)
            expected = collection.where(**{criterion: code})
            for form in forms(code):
                assert collection.where(**{criterion: form}) == expected, (criterion, form)
            if _unique_name(code, scheme):
                assert collection.where(**{criterion: code.name}) == expected, (criterion, code.name)
            for ancestor in code.ancestors:  # the rule: a code matches every code under it
                assert set(expected.ids()) <= set(collection.where(**{criterion: ancestor}).ids())
            checked += 1
    assert checked >= len(code_list(scheme))


def test_the_issues_examples_answer() -> None:
    projects = CAT.projects
    assert len(projects.where(dac_crs="311")) == 5
    assert projects.where(dac_crs="121").ids() == ("south-pacific-technical-cooperation",)
    assert len(projects.where(sdg_target="1")) == 2
    assert len(projects.where(sdg_target="SDG 2.3")) >= 1
    assert projects.where(dac_crs=31120) == projects.where(dac_crs="oecd-dac-crs-purpose:31120")
    assert len(projects.where(dac_crs=31120)) >= 1
    assert len(projects.where(aid_type="d02")) >= 1
    assert {"LAO", "KHM", "MMR"} <= set(CAT.countries.where(m49_subregion="South-eastern Asia").ids())
    assert projects.where(dac_crs="Agricultural development") == projects.where(dac_crs="31120")


@pytest.mark.parametrize(
    ("criterion", "value", "error"),
    [
        ("dac_crs", "banana", ValueError),
        ("dac_crs", "99999", ValueError),
        ("dac_crs", 3.5, TypeError),
        ("dac_crs", True, TypeError),
        ("dac_crs", None, TypeError),
        ("dac_crs", {"code": "311"}, TypeError),
        ("dac_crs", "un-m49:035", ValueError),
        ("dac_crs", povcoop.Code("un-m49", "035"), ValueError),
        ("sdg_target", "SDG 99", ValueError),
        ("aid_type", "Z99", ValueError),
        ("region", CAT.countries.get("LAO"), TypeError),
        ("dac_crs", CAT.sectors.get("agriculture"), TypeError),
        ("country", 3.5, TypeError),
        ("country", "Atlantis", KeyError),
    ],
)
def test_unknown_or_wrong_kind_values_raise(criterion: str, value: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        CAT.projects.where(**{criterion: value})


def test_an_unknown_code_names_the_list_and_the_nearest_codes() -> None:
    with pytest.raises(ValueError, match="oecd-dac-crs-purpose") as caught:
        CAT.projects.where(dac_crs="agricultur")
    assert "'311' Agriculture" in str(caught.value)


@given(text=st.text(min_size=1, max_size=12))
def test_text_that_names_no_code_raises(text: str) -> None:
    names = {n.casefold() for lst in family("oecd-dac-crs-purpose") for n in code_list(lst).values()}
    try:
        found = CAT.projects.where(dac_crs=text)
    except ValueError:
        return
    # It was understood: then it named a code (or a code's name) of the list.
    assert any(c in text.upper() for lst in family("oecd-dac-crs-purpose") for c in code_list(lst)) or (
        " ".join(text.split()).casefold() in names or found is not None
    )


_CASES = [
    (kind, criterion, povcoop.Code(listed, code))
    for kind, criterion, scheme in CODE_CRITERIA
    for listed in family(scheme)
    for code in code_list(listed)
]


@given(case=st.sampled_from(_CASES), pick=st.integers(min_value=0, max_value=20))
def test_any_criterion_in_any_form(case: tuple[str, str, povcoop.Code], pick: int) -> None:
    kind, criterion, code = case
    written = forms(code)
    collection = CAT[kind]
    assert collection.where(**{criterion: written[pick % len(written)]}) == collection.where(**{criterion: code})


def _country_codes(entity: povcoop.Entity) -> tuple[povcoop.Code, ...]:
    return entity.codes if isinstance(entity, povcoop.Country) else ()


def test_entities_agrees_with_where_and_with_the_codes_entities_carry() -> None:
    carried_codes = {c for collection in CAT for e in collection for c in codes.carried(e)}
    asked = {a for c in carried_codes for a in (c, *c.ancestors)}
    for code in asked:
        found = codes.entities(CAT, code)
        wanted = {(code.scheme, code.code)} | {(d.scheme, d.code) for d in code.descendants}
        for collection in CAT:
            holding = {
                e.id
                for e in collection
                if any((c.scheme, c.code) in wanted for c in (*codes.carried(e), *_country_codes(e)))
            }
            got = set(found[collection.kind].ids()) if collection.kind in found else set()
            assert got == holding, (code, collection.kind)


def test_m49_walks_from_the_world_to_each_country() -> None:
    south_east = codes.get("m49", "035")
    assert {"418", "116", "104"} <= {c.code for c in south_east.children}
    for subregion in ("054", "057", "061"):
        assert codes.get("m49", subregion).children, subregion
    laos = codes.get("m49", "418")
    assert laos.parent == south_east
    assert [a.code for a in laos.ancestors] == ["035", "142", "001"]
    assert laos in codes.get("m49", "001").descendants
    for code in code_list("un-m49"):
        node = povcoop.Code("un-m49", code)
        assert code == "001" or node.ancestors[-1].code == "001", code
        assert all(node in child.ancestors for child in node.descendants)
    for country in CAT.countries:
        chain = [a.code for a in povcoop.Code("un-m49", country.numeric).ancestors]
        assert country.m49_subregion.code in chain and country.m49_region.code in chain


@pytest.mark.parametrize("value", ["LAO", "lao", "LA", "la", "418", 418, "Laos", "老挝", "Lao PDR"])
def test_a_country_link_takes_what_a_person_types(value: Any) -> None:
    assert CAT.projects.where(country=value).ids() == ("east-asia-poverty-reduction-demonstration",)


@pytest.mark.parametrize(("name", "country"), [("Burma", "MMR"), ("Kampuchea", "KHM"), ("Viet Nam", "VNM")])
def test_former_names_resolve_where_a_source_gives_them(name: str, country: str) -> None:
    found = CAT.countries.lookup(name)
    assert found.id == country
    assert any("aliases" in ev.supports or ev.basis == "external" for ev in found.evidence)


def test_get_names_what_lookup_finds() -> None:
    with pytest.raises(KeyError, match=r"lookup\('Laos'\) → LAO"):
        CAT.countries.get("Laos")


def test_search_reads_links_descriptions_quotes_and_typos() -> None:
    assert "south-pacific-technical-cooperation" in CAT.search("health")["projects"]
    agricultural = CAT.projects.search("agricultural")
    assert {"china-africa-juncao-technical-cooperation", "south-pacific-technical-cooperation"} <= set(
        agricultural.ids()
    )
    ranked = agricultural.ids()
    # Names first: the projects whose names say it come before those reached by a typo.
    assert ranked.index("africa-agricultural-cooperation-demonstration-areas") < ranked.index(
        "china-africa-juncao-technical-cooperation"
    )
    assert CAT.countries.search("Cambodai")[0].id == "KHM"
    by_names = CAT.projects.search("agricultural", fields="names")
    assert "china-africa-juncao-technical-cooperation" not in by_names  # its description is not read
    for project in by_names:
        assert any("agricultur" in text.lower() for text in (project.name, *project.aliases)), project.id
    with pytest.raises(ValueError, match="fields"):
        CAT.projects.search("x", fields="colour")


def _user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    (folder / "texts").mkdir(parents=True)
    text = "Brief. The Mekong irrigation scheme helps farmers in Laos.\n\nA second paragraph on Cafés.\n"
    (folder / "texts" / "my-note.en.txt").write_text(text, encoding="utf-8")
    manifest = {"title": "Mine", "release": "cns-2021-03-10", "data_version": "0.1.0"}
    source = {
        "id": "my-note",
        "name": "My field note",
        "type": "report",
        "title": "A field note",
        "language": "en",
        "text_file": "texts/my-note.en.txt",
    }
    project = {
        "id": "mekong-irrigation",
        "name": "Irrigation along the river",
        "description": "A scheme for smallholders.",
        "type": "infrastructure",
        "status": "reported",
        "countries": ["LAO"],
        "evidence": [{"basis": "stated", "source": "my-note", "quote": "The Mekong irrigation scheme helps farmers"}],
    }
    for name, value in (("catalog", manifest), ("sources", [source]), ("projects", [project])):
        (folder / f"{name}.json").write_text(json.dumps(value), encoding="utf-8")
    return folder


def test_users_records_are_searched_and_found_like_the_shipped_ones(tmp_path: Path) -> None:
    merged = povcoop.load(_user_folder(tmp_path), base=CAT)
    assert "mekong-irrigation" in merged.projects.search("smallholders")  # its description
    assert "mekong-irrigation" in merged.projects.search("Mekong")  # its quote
    assert "mekong-irrigation" in merged.projects.search("irigation")  # a typo
    passages = merged.find("MEKONG")
    assert [p.source.id for p in passages] == ["my-note"]
    assert [e.id for e in passages[0].entities] == ["mekong-irrigation"]
    assert merged.find("cafes")[0].paragraph == 2


def test_find_gives_places_in_source_order() -> None:
    found = CAT.find("agricultur")
    assert len(found) >= 3
    assert [p.start for p in found] == sorted(p.start for p in found)
    text = CAT.release.text or ""
    for passage in found:
        assert passage.quote == text[passage.start : passage.end]
        assert passage.quote.lower() == "agricultur"
        assert passage.quote in passage.sentence and passage.sentence in text
        assert passage.paragraph == text[: passage.start].count("\n\n") + 1
        for entity in passage.entities:
            assert any(
                ev.source is CAT.release
                and ev.start is not None
                and ev.end is not None
                and ev.start < passage.end
                and ev.end > passage.start
                for ev in entity.evidence
            )
    assert CAT.find("ＪＵＮＣＡＯ") == CAT.find("juncao")  # width and case, as search() folds them
    assert "<mark>" in found._repr_html_() and "<mark>" in found[0]._repr_html_()
    only = CAT.projects.find("agricultur")
    assert all(isinstance(e, povcoop.Project) for p in only for e in p.entities) and len(only) >= 3


def test_find_explains_nothing_found_and_rejects_nothing_to_find() -> None:
    nothing = CAT.find("no such words here")
    assert len(nothing) == 0 and "no passage says" in repr(nothing)
    with pytest.raises(ValueError, match="needs words"):
        CAT.find(" ... ")
    with pytest.raises(TypeError):
        CAT.find(3)  # type: ignore[arg-type]


def test_statements_by_a_person_and_about_anything_where_takes() -> None:
    guterres = CAT.people.lookup("Guterres")
    assert [s.id for s in CAT.statements_by(guterres)] == ["statement-guterres-letter"]
    assert CAT.statements_by("Guterres") == CAT.statements.where(speaker=guterres)
    assert CAT.statements_about("africa") == CAT.statements_about(CAT.regions.get("africa"))
    assert CAT.statements_about("regions/africa") == CAT.statements_about("africa")
    with pytest.raises(ValueError, match="statements_by"):
        CAT.statements_about(guterres)
    with pytest.raises(KeyError):
        CAT.statements_about("banana")
    with pytest.raises(ValueError, match="speakers"):
        CAT.statements_by("zhang-weiran")


@pytest.mark.parametrize(
    "day",
    [
        datetime.date(2021, 3, 10),
        datetime.datetime(2021, 3, 10, 9, 30),
        "2021-03-10",
        "2021-03-10T09:30:00",
        povcoop.PartialDate(2021, 3, 10),
    ],
)
def test_members_on_takes_a_day_in_any_form(day: Any) -> None:
    asean = CAT.organizations.get("asean")
    assert asean.members_on(day) == asean.members_on(datetime.date(2021, 3, 10))
    assert len(asean.members_on(day)) == 10


@pytest.mark.parametrize(
    ("day", "error"), [("yesterday", ValueError), ("2021-02-30", ValueError), ("2021", ValueError), (2021, TypeError)]
)
def test_members_on_rejects_what_is_not_a_day(day: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        CAT.organizations.get("asean").members_on(day)


def test_a_projects_codes_with_where_each_comes_from() -> None:
    for project in CAT.projects:
        pairs = {(c.code.scheme, c.code.code) for c in project.codes}
        expected = {(c.scheme, c.code) for c in (*project.all_dac_crs, *project.all_sdg_targets, *project.aid_types)}
        assert pairs == expected, project.id
        for origin in project.codes:
            if origin.via is project:
                assert origin.code in (*project.own_dac_crs, *project.own_sdg_targets, *project.aid_types)
            else:
                assert origin.via in project.sectors
                assert origin.code in (*origin.via.dac_crs, *origin.via.sdg_targets)
    east_asia = CAT.projects.get("east-asia-poverty-reduction-demonstration")
    assert east_asia.own_dac_crs == () and any(c.code.scheme == "oecd-dac-crs-purpose" for c in east_asia.codes)
