"""The curation rules of the shipped data, each checked over the whole catalog.

What a careful reviewer asks of the data beyond their schema: participation rests on evidence
rather than membership, one status rule, exact outside sources, codes that agree with each
other, statements linked to what they state, files in the writer's normal form, and a
methodology page whose figures are the catalog's.
"""

from __future__ import annotations

import collections
import datetime
import re
from collections.abc import Iterator
from pathlib import Path

import pycountry
import pytest

import povcoop
from povcoop._codes.lists import code_list
from povcoop._domain.fields import fields_of
from povcoop._domain.values import Evidence

ROOT = Path(__file__).resolve().parents[1]
METHODOLOGY = ROOT / "docs" / "methodology.md"
RELEASE_DAY = datetime.date(2021, 3, 10)

PARTICIPATION = {
    "projects": ("countries", "participant_groups", "partners", "implementers"),
    "initiatives": ("countries", "organizations", "participant_groups"),
}
"""Links that assert taking part, a place or a partnership: each must rest on stated or
external evidence that names the field (``supports``); an inference, from membership or
anything else, is not enough. (A project's ``presented_in``, which no source states for any
project, is an inference and says so: see ``test_the_regional_projects_are_the_reports_cases``.)"""


def _evidence(cat: povcoop.Catalog) -> Iterator[tuple[povcoop.Entity, Evidence]]:
    for collection in cat.collections.values():
        for entity in collection:
            for ev in entity.evidence:
                yield entity, ev


# -- 1. participation is not membership --------------------------------------------------------


@pytest.mark.parametrize(("kind", "field"), [(k, f) for k, fs in PARTICIPATION.items() for f in fs])
def test_every_participation_link_rests_on_stated_or_external_evidence(
    cat: povcoop.Catalog, kind: str, field: str
) -> None:
    for entity in cat[kind]:
        if not getattr(entity, field):
            continue
        grounds = [ev for ev in entity.evidence if field in ev.supports and ev.basis in ("stated", "external")]
        assert grounds, f"{kind} {entity.id}: {field} has no stated or external evidence naming it"


def test_supports_names_fields_of_the_record(cat: povcoop.Catalog) -> None:
    named = 0
    for entity, ev in _evidence(cat):
        fields = {field.name for field in fields_of(type(entity))}
        for name in ev.supports:
            assert name in fields, f"{entity.KIND} {entity.id}: supports names no field {name!r}"
            named += 1
    assert named > 40


def test_the_asean_plan_has_asean_countries_as_a_group_not_its_members(cat: povcoop.Catalog) -> None:
    asean = cat.organizations.get("asean")
    plan = cat.projects.get("china-asean-rural-poverty-reduction-plan")
    assert plan.countries == () and plan.partners == ()
    assert plan.participant_groups == (asean,)
    assert cat.initiatives.get(plan.id).participant_groups == (asean,)
    assert plan in cat.projects.where(participant_group="asean")
    # Singapore is an ASEAN member, not a stated participant, and not an ODA recipient.
    assert len(cat.projects.where(country="SGP")) == 0
    assert len(cat.initiatives.where(country="SGP")) == 0
    # The members stay reachable, through a relation named for what it is.
    assert cat.countries.get("SGP") in asean.members_on(RELEASE_DAY)


def test_no_country_takes_part_by_membership_alone(cat: povcoop.Catalog) -> None:
    linked = {c.id for kind, fields in PARTICIPATION.items() for e in cat[kind] for f in fields for c in getattr(e, f)}
    for country in cat.organizations.get("asean").members_on(RELEASE_DAY):
        named = any(ev.basis == "stated" for ev in country.evidence)
        assert named or country.id not in linked, country.id


def test_timor_leste_is_only_a_dated_membership(cat: povcoop.Catalog) -> None:
    asean = cat.organizations.get("asean")
    timor = cat.countries.get("TLS")
    assert timor not in asean.members_on(RELEASE_DAY)
    (membership,) = [m for m in asean.members if m.country is timor]
    assert str(membership.joined) == "2025-10-26"
    for kind, fields in PARTICIPATION.items():
        for entity in cat[kind]:
            assert all(timor not in getattr(entity, f) for f in fields if f != "presented_in")
    assert not any(ev.basis == "stated" for ev in timor.evidence)
    summary = cat.summary()
    assert "TLS" not in summary and "Timor" not in summary
    assert "Laos (LAO)" in summary


# -- 2. dates and statuses ----------------------------------------------------------------------


def test_one_status_rule(cat: povcoop.Catalog) -> None:
    """Every project is ``reported`` (the release never says whether a case is finished) unless
    an outside source gives its state; each says why in evidence naming ``status``."""
    for project in cat.projects:
        reasons = [ev for ev in project.evidence if "status" in ev.supports]
        assert reasons, project.id
        if project.status == "reported":
            assert any("one status rule" in (ev.note or "") for ev in reasons), project.id
        else:
            assert any(ev.basis == "external" for ev in reasons), f"{project.id}: {project.status} needs a source"
    assert "one status rule" in METHODOLOGY.read_text(encoding="utf-8")


def test_launch_and_start_are_separate_sourced_facts(cat: povcoop.Catalog) -> None:
    project = cat.projects.get("east-asia-poverty-reduction-demonstration")
    assert (str(project.launched), str(project.start)) == ("2016-12-07", "2017")
    for field in ("launched", "start"):
        sources = {ev.source.id for ev in project.evidence if field in ev.supports and ev.basis == "external"}
        assert len(sources) >= 2, field
    myanmar = [ev for ev in project.evidence if ev.source.id == "mizzima-2018-02-02-myanmar-pilot"]
    assert myanmar and "1 February 2018" in (myanmar[0].note or "")


def test_dated_fields_rest_on_evidence_naming_them(cat: povcoop.Catalog) -> None:
    letter = cat.events.get("guterres-letter-2021")
    assert str(letter.date) == "2021"
    cited = {ev.source.id for ev in letter.evidence if "date" in ev.supports}
    assert {"xinhua-2021-03-09-guterres-letter", "xinhua-2021-02-25-xi-complete-victory"} <= cited
    report = cat.events.get("report-publication-2020-09")
    assert any(ev.source.id == "belt-and-road-news-2020-10-21-zhao-poverty" for ev in report.evidence)


# -- 3. outside sources, exact ------------------------------------------------------------------

_NO_PUBLISHER = re.compile(r"\b(publisher|outlet)\b[^.]*\bnot (identified|found|recovered|known)", re.IGNORECASE)


def test_every_source_has_a_title_and_a_publisher_or_a_reason_for_none(cat: povcoop.Catalog) -> None:
    for source in cat.sources:
        assert source.title, source.id
        if not source.publisher:
            assert _NO_PUBLISHER.search(source.description or ""), f"{source.id}: no publisher and no reason"


def test_a_reprint_says_so(cat: povcoop.Catalog) -> None:
    reprints = [s for s in cat.sources if "reprint" in (s.publisher or "") + (s.description or "")]
    assert len(reprints) >= 5
    for source in cat.sources:
        host = re.sub(r"^https?://([^/]+).*", r"\1", source.url or "")
        if source.publisher and "Xinhua" in source.publisher and host and "xinhuanet" not in host:
            assert "reprint" in source.publisher + (source.description or ""), source.id


def test_the_world_bank_release_has_its_headline_and_says_what_was_checked(cat: povcoop.Catalog) -> None:
    release = cat.sources.get("world-bank-press-release-2019-06-18")
    assert release.title == "Success of China's Belt & Road Initiative Depends on Deep Policy Reforms, Study Finds"
    assert "Millions Could Be Lifted Out of Poverty" in release.aliases[0]
    assert "checked" in (release.description or "")


def test_the_extreme_poverty_line_stays_inferred_with_the_pages_checked(cat: povcoop.Catalog) -> None:
    estimate = cat.metrics.get("bri-extreme-poverty-world-bank")
    (line,) = [ev for ev in estimate.evidence if "poverty_line" in ev.supports]
    assert line.basis == "inferred"
    assert "Pages checked" in (line.note or "")


def test_the_attribution_to_the_world_bank_cites_the_spokesperson_of_19_october_2020(cat: povcoop.Catalog) -> None:
    for metric_id in ("bri-absolute-poverty-claim", "bri-moderate-poverty-claim"):
        metric = cat.metrics.get(metric_id)
        cited = {ev.source.id for ev in metric.evidence if "based_on" in ev.supports}
        assert "global-times-2020-10-19-zhao-poverty" in cited
    transcript = cat.sources.get("mfa-press-conference-2020-10-19")
    assert transcript.publisher == "Ministry of Foreign Affairs of the People's Republic of China"
    assert str(transcript.published) == "2020-10-19"


def test_one_fifth_carries_its_caveat_and_source(cat: povcoop.Catalog) -> None:
    share = cat.metrics.get("china-share-of-world-population")
    # China's census counted its 2020 population: "about 18%" is a figure of 2020, not 2021.
    assert any("nearly one fifth (about 18% in 2020)" in caveat for caveat in share.caveats)
    assert not any("in 2021" in caveat for caveat in share.caveats)
    assert share.main_caveat is not None and "nearly one fifth (about 18% in 2020)" in share.main_caveat
    assert {ev.basis for ev in share.evidence if "caveats" in ev.supports} == {"external"}


# -- 4. codes that agree ------------------------------------------------------------------------

AGREEMENT: dict[str, frozenset[str]] = {
    # DAC CRS purpose code -> the SDG targets it serves, read from the two codelists' texts.
    "14015": frozenset({"6.4", "6.5", "6.6"}),  # water resources conservation: efficiency, IWRM, ecosystems
    "14040": frozenset({"6.5", "9.1"}),  # river basins development: integrated management; infrastructure
    "31140": frozenset({"6.4", "2.4", "9.1"}),  # irrigation: water-use efficiency, resilient farming; hydraulic works
    "14020": frozenset({"6.1", "6.2"}),  # water supply and sanitation: drinking water, sanitation
    "14030": frozenset({"6.1", "6.2"}),  # basic drinking water supply and basic sanitation
    "31120": frozenset({"2.3", "2.4", "2.a"}),  # agricultural development: productivity, sustainable farming
    "31166": frozenset({"2.3", "2.a"}),  # agricultural extension: 2.a names extension services
    "31181": frozenset({"2.3", "2.a"}),  # agricultural education/training: smallholders' knowledge
    "31182": frozenset({"2.a"}),  # agricultural research: 2.a names agricultural research
    "12191": frozenset({"3.8"}),  # medical services: access to quality health-care services
    "12220": frozenset({"3.8"}),  # basic health care: its description names universal health coverage
    "12230": frozenset({"3.8"}),  # basic health infrastructure: access to essential services
    "43040": frozenset({"1.2", "2.a"}),  # rural development: poverty reduction; rural infrastructure
}
"""Which SDG targets each chosen DAC purpose code serves. Drinking water (6.1) belongs to the
drinking-water codes only (14020, 14030), never to hydraulic works; a code outside this table
fails the test until its targets are decided here."""


def test_dac_codes_and_sdg_targets_agree_where_both_are_given(cat: povcoop.Catalog) -> None:
    checked = 0
    for kind in ("sectors", "projects"):
        for entity in cat[kind]:
            own = "own_" if kind == "projects" else ""
            dac = {c.code for c in getattr(entity, f"{own}dac_crs")}
            sdg = {c.code for c in getattr(entity, f"{own}sdg_targets")}
            if not (dac and sdg):
                continue
            for code in sorted(dac):
                assert code in AGREEMENT, f"{entity.id}: decide the SDG targets of DAC {code} in AGREEMENT"
                assert AGREEMENT[code] & sdg, f"{entity.id}: DAC {code} serves none of {sorted(sdg)}"
            served = set().union(*(AGREEMENT[code] for code in dac))
            assert sdg <= served, f"{entity.id}: targets {sorted(sdg - served)} are served by none of {sorted(dac)}"
            checked += 1
    assert checked >= 4


def test_the_agreement_table_is_real_codes() -> None:
    for code, targets in AGREEMENT.items():
        assert code in code_list("oecd-dac-crs-purpose"), code
        assert targets <= set(code_list("un-sdg-target")), code


def test_the_agreement_test_fails_on_the_old_water_conservancy_targets() -> None:
    dac, sdg = {"14015", "14040", "31140"}, {"6.1", "9.1"}
    served = set().union(*(AGREEMENT[code] for code in dac))
    assert not sdg <= served


def test_coded_choices_say_why(cat: povcoop.Catalog) -> None:
    for sector in cat.sectors:
        reasons = [ev for ev in sector.evidence if ev.basis == "inferred" and "sdg_targets" in ev.supports]
        assert reasons, sector.id
    water = cat.sectors.get("water-conservancy")
    assert "6.1" not in {c.code for c in water.sdg_targets}
    east_asia = cat.projects.get("east-asia-poverty-reduction-demonstration")
    assert {c.code for c in east_asia.aid_types} == {"C01", "D02"}
    built = [ev for ev in east_asia.evidence if "aid_types" in ev.supports and ev.basis == "external"]
    assert any(ev.source.id == "xinhua-2020-06-28-cambodia-pilot" for ev in built)


def test_latin_america_spans_an_m49_subregion(cat: povcoop.Catalog) -> None:
    region = cat.regions.get("latin-america")
    assert region.m49 is None
    assert [c.code for c in region.m49_subregions] == ["419"]


# -- 7. DAC recipient codes ---------------------------------------------------------------------

_DAC_NAMES_PYCOUNTRY_MISSES = {"China (People's Republic of)": "CHN"}
"""DAC names that pycountry's lookup does not resolve, mapped by hand."""


def test_the_full_dac_recipient_list_ships() -> None:
    codes = code_list("oecd-dac-recipient")
    assert len(codes) == 166
    assert codes["248"] == "Kenya"
    assert "725" not in codes and "761" not in codes


def test_dac_recipient_codes_name_the_country_of_their_iso_code(cat: povcoop.Catalog) -> None:
    for country in cat.countries:
        if country.dac_recipient is None:
            continue
        name = country.dac_recipient.name or ""
        alpha_3 = _DAC_NAMES_PYCOUNTRY_MISSES.get(name) or pycountry.countries.lookup(name).alpha_3
        assert alpha_3 == country.id, (country.id, name)


def test_brunei_and_singapore_have_no_dac_recipient_code_and_say_why(cat: povcoop.Catalog) -> None:
    for country_id in ("BRN", "SGP"):
        country = cat.countries.get(country_id)
        assert country.dac_recipient is None
        (why,) = [ev for ev in country.evidence if "dac_recipient" in ev.supports]
        assert why.source.id == "oecd-dac-recipients" and "does not contain the country" in (why.note or "")
        # The reason rests on what povcoop ships: the recipient list names no such country, and
        # the evidence quotes nothing that the shipped list does not hold.
        assert country.name not in code_list("oecd-dac-recipient").values()
        assert why.quote is None


# -- 5. statements linked to what they state ----------------------------------------------------


def test_every_statement_says_what_it_is_about(cat: povcoop.Catalog) -> None:
    for statement in cat.statements:
        assert statement.about, statement.id
        assert any("about" in ev.supports for ev in statement.evidence), statement.id


def test_what_the_release_states_is_reached_from_a_statement(cat: povcoop.Catalog) -> None:
    for kind in ("projects", "metrics", "initiatives", "concepts"):
        for entity in cat[kind]:
            if any(ev.basis == "stated" and ev.source is cat.release for ev in entity.evidence):
                assert len(cat.statements_about(entity)), f"{kind} {entity.id}: no statement is about it"
    letter = cat.events.get("guterres-letter-2021")
    assert "statement-zhao-appreciation" in cat.statements_about(letter)
    assert cat.statements_about("events/guterres-letter-2021") == cat.statements.where(about=letter)


def test_the_regional_projects_are_the_reports_cases(cat: povcoop.Catalog) -> None:
    report = cat.sources.get("eliminating-absolute-poverty-report")
    for project in cat.projects:
        assert project.presented_in == (report,), project.id
        grounds = [ev for ev in project.evidence if "presented_in" in ev.supports]
        assert grounds, project.id
        names = [project.name, *project.aliases, *([project.name_zh] if project.name_zh else [])]
        for ev in grounds:
            # The release says the report presents "some real cases" and then lists the regions'
            # work: a quote that names none of the projects cannot state that one is a case.
            named = any(name.lower() in (ev.quote or "").lower() for name in names)
            assert named or ev.basis == "inferred", f"{project.id}: {ev.basis} evidence names no project"
            assert ev.basis != "inferred" or "not stated" in (ev.note or ""), project.id
    assert len(cat.projects.where(presented_in=report)) == len(cat.projects)


def test_passages_once_prose_are_evidence(cat: povcoop.Catalog) -> None:
    quotes = {ev.quote or "" for _, ev in _evidence(cat) if ev.basis == "stated"}
    for passage in (
        "promote larger, higher, and deeper regional economic and social development cooperation",
        "has plagued the Chinese nation for thousands of years",
        "to make a historic contribution to the eradication of poverty",
    ):
        assert any(passage in quote for quote in quotes), passage


# -- 6. keeping it true -------------------------------------------------------------------------


def _page_number(pattern: str) -> list[int]:
    match = re.search(pattern, METHODOLOGY.read_text(encoding="utf-8"))
    assert match, pattern
    return [int(group.replace(",", "")) for group in match.groups()]


def test_the_methodology_counts_are_the_catalogs(cat: povcoop.Catalog) -> None:
    counted = collections.Counter(ev.basis for _, ev in _evidence(cat))
    stated, inferred, external = _page_number(
        r"hold (\d+) stated, (\d+) inferred and (\d+) external pieces of evidence on their records"
    )
    assert (stated, inferred, external) == (counted["stated"], counted["inferred"], counted["external"])
    memberships = collections.Counter(ev.basis for o in cat.organizations for m in o.members for ev in m.evidence)
    (members,) = _page_number(r"and (\d+) more on ASEAN's dated memberships")
    assert members == sum(memberships.values())
    (characters,) = _page_number(r"\(([\d,]+) characters\)")
    assert characters == len(cat.release.text or "")
    (sources,) = _page_number(r"(\d+) outside sources")
    assert sources == len(cat.sources) - 1
    assert f"data version {cat.data_version}" in METHODOLOGY.read_text(encoding="utf-8")
    assert len(cat.release.errata) == 10 and "Ten in all" in METHODOLOGY.read_text(encoding="utf-8")
