"""The public API, as users call it."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from typing import Any

import attrs
import jsonschema
import pytest

import povcoop
from conftest import DATA

EAST_ASIA = "east-asia-poverty-reduction-demonstration"


def test_load_returns_the_same_catalog_every_time(cat: povcoop.Catalog) -> None:
    assert povcoop.load() is cat
    assert isinstance(cat, povcoop.Catalog)


def test_load_is_thread_safe_on_first_use() -> None:
    code = (
        "import threading, povcoop\n"
        "seen = []\n"
        "threads = [threading.Thread(target=lambda: seen.append(povcoop.load())) for _ in range(16)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "assert len(seen) == 16 and all(c is seen[0] for c in seen)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "ok"


def test_release(cat: povcoop.Catalog) -> None:
    release = cat.release
    assert release.date == datetime.date(2021, 3, 10)
    assert release.publisher == release.outlet == "China News Service"
    assert release.place == "Beijing"
    assert release.reporter == "Zhang Weiran"
    assert release.language == "en"
    assert release.text == DATA.joinpath("texts", "cns-2021-03-10.en.txt").read_text(encoding="utf-8")
    assert release in cat.sources


def test_the_release_year_is_inferred_with_reasons(cat: povcoop.Catalog) -> None:
    bases = [ev.basis for ev in cat.release.evidence]
    assert "inferred" in bases and "external" in bases
    inferred = next(ev for ev in cat.release.evidence if ev.basis == "inferred")
    assert inferred.note and "2021" in inferred.note


def test_errata_keep_the_text_and_give_the_reading(cat: povcoop.Catalog) -> None:
    text = cat.release.text
    assert text is not None
    readings = {e.quote: e.reading for e in cat.release.errata}
    assert any("international reductions. Poverty cooperation" in q for q in readings)
    assert any("Zhao Li insisted" in q for q in readings)
    for erratum in cat.release.errata:
        assert text[erratum.start : erratum.end] == erratum.quote
        assert erratum.reading and erratum.note


@pytest.mark.parametrize("kind", list(povcoop.load().collections))
def test_every_collection_is_a_collection(cat: povcoop.Catalog, kind: str) -> None:
    collection = getattr(cat, kind)
    assert collection is cat[kind]
    assert isinstance(collection, povcoop.Collection)
    assert collection.kind == kind
    assert len(collection) == len(list(collection)) == len(collection.ids())
    for entity in collection:
        assert entity.id in collection
        assert entity in collection
        assert collection.get(entity.id) is entity


def test_unknown_kind(cat: povcoop.Catalog) -> None:
    with pytest.raises(KeyError, match="kinds"):
        cat["budgets"]


def test_get_unknown_id_is_a_key_error_with_suggestions(cat: povcoop.Catalog) -> None:
    with pytest.raises(KeyError, match="LAO"):
        cat.countries.get("LOA")


def test_acceptance_laos(cat: povcoop.Catalog) -> None:
    found = cat.projects.where(country="LAO")
    assert EAST_ASIA in found
    project = found.get(EAST_ASIA)
    assert [c.id for c in project.countries] == ["LAO", "KHM", "MMR"]
    assert all(isinstance(c, povcoop.Country) for c in project.countries)
    assert isinstance(project.region, povcoop.Region) and project.region.id == "asia"
    stated = [ev for ev in project.evidence if ev.basis == "stated"]
    assert stated
    for ev in stated:
        assert ev.source is cat.release
        assert ev.quote == cat.release.text[ev.start : ev.end]  # type: ignore[index]
    assert any("Laos, Cambodia, and Myanmar" in (ev.quote or "") for ev in stated)


def test_where_accepts_ids_entities_and_lists(cat: povcoop.Catalog) -> None:
    africa = cat.regions.get("africa")
    by_id = cat.projects.where(region="africa")
    assert len(by_id) >= 3
    assert cat.projects.where(region=africa) == by_id
    assert all(p.region is africa for p in by_id)
    both = cat.projects.where(region=["africa", "latin-america"])
    assert set(both.ids()) == set(by_id.ids()) | set(cat.projects.where(region="latin-america").ids())


def test_where_combines_criteria_and_keeps_order(cat: povcoop.Catalog) -> None:
    result = cat.projects.where(region="africa", sector="agriculture")
    assert len(result) >= 1
    assert all(
        p.region is not None and p.region.id == "africa" and any(s.id == "agriculture" for s in p.sectors)
        for p in result
    )
    positions = [cat.projects.ids().index(i) for i in result.ids()]
    assert positions == sorted(positions)
    assert result.where(region="africa") == result


def test_where_on_codes_and_values(cat: povcoop.Catalog) -> None:
    agriculture = cat.sectors.get("agriculture")
    code = agriculture.dac_crs[0]
    assert cat.sectors.where(dac_crs=code.code).get("agriculture") is agriculture
    assert cat.sectors.where(dac_crs=code) == cat.sectors.where(dac_crs=code.code)
    # Data 0.3.0: one status rule for the release, so every project is "reported".
    reported = cat.projects.where(status="reported")
    assert all(p.status == "reported" for p in reported)
    assert "china-africa-juncao-technical-cooperation" in reported
    assert len(cat.projects.where(status="ongoing")) == 0
    assert len(cat.projects.where(status=["ongoing", "reported"])) == len(cat.projects)
    with pytest.raises(ValueError, match=r"'done' is not a value of status; valid: 'planned'"):
        cat.projects.where(status="done")


def test_where_by_basis_and_source(cat: povcoop.Catalog) -> None:
    external = cat.metrics.where(basis="external")
    assert "bri-extreme-poverty-world-bank" in external
    world_bank = cat.metrics.where(source="world-bank-prwp-8814")
    assert all(any(ev.source.id == "world-bank-prwp-8814" for ev in m.evidence) for m in world_bank)


def test_where_unknown_criterion_names_the_valid_ones(cat: povcoop.Catalog) -> None:
    with pytest.raises(TypeError, match=r"colour.*valid:.*region"):
        cat.projects.where(colour="red")


def test_where_unknown_linked_id_is_a_key_error(cat: povcoop.Catalog) -> None:
    with pytest.raises(KeyError, match=r"afrika.*africa"):
        cat.projects.where(region="afrika")


def test_where_without_criteria_is_everything(cat: povcoop.Catalog) -> None:
    assert cat.projects.where() == cat.projects


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("juncao", "china-africa-juncao-technical-cooperation"),
        ("JUNCAO", "china-africa-juncao-technical-cooperation"),
        ("Juncáo", "china-africa-juncao-technical-cooperation"),
        ("菌草", "china-africa-juncao-technical-cooperation"),
        ("east asia poverty reduction", EAST_ASIA),
    ],
)
def test_search_projects(cat: povcoop.Catalog, query: str, expected: str) -> None:
    assert expected in cat.projects.search(query)


@pytest.mark.parametrize(
    ("query", "expected"),
    [("laos", "LAO"), ("老挝", "LAO"), ("lao", "LAO"), ("Viet Nam", "VNM"), ("timor leste", "TLS"), ("KHM", "KHM")],
)
def test_search_countries(cat: povcoop.Catalog, query: str, expected: str) -> None:
    assert expected in cat.countries.search(query)


def test_search_finds_aliases_and_concepts(cat: povcoop.Catalog) -> None:
    assert "targeted-poverty-alleviation" in cat.concepts.search("precise poverty alleviation")
    assert "targeted-poverty-alleviation" in cat.concepts.search("精准扶贫")
    assert "health" in cat.sectors.search("medical care")


def test_search_exact_name_is_a_lookup(cat: povcoop.Catalog) -> None:
    assert cat.countries.search("China").ids() == ("CHN",)
    assert len(cat.countries.search("")) == 0
    assert len(cat.countries.search("zzzz-nothing")) == 0


def test_to_records_is_plain_json(cat: povcoop.Catalog) -> None:
    for collection in cat.collections.values():
        records = collection.to_records()
        assert len(records) == len(collection)
        json.dumps(records)  # plain values only
    project = next(r for r in cat.projects.to_records() if r["id"] == EAST_ASIA)
    assert project["countries"] == ["LAO", "KHM", "MMR"]
    assert project["region"] == "asia"
    assert project["evidence"][0]["source"] == "cns-2021-03-10"


def test_to_frame(cat: povcoop.Catalog) -> None:
    pandas = pytest.importorskip("pandas")
    frame = cat.projects.to_frame()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.index) == list(cat.projects.ids())
    assert frame.index.name == "id"
    assert "region" in frame.columns


def test_to_frame_names_the_extra_when_pandas_is_missing() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import povcoop\n"
        "try:\n"
        "    povcoop.load().projects.to_frame()\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pip install "povcoop[pandas]"' in result.stdout


def test_cite_a_project(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    text = povcoop.cite(project, all_evidence=True)
    assert project.name in text
    assert "China News Service" in text and "2021" in text
    for ev in project.evidence:
        if ev.quote:
            assert ev.quote in text


def test_cite_external_evidence_names_title_and_url(cat: povcoop.Catalog) -> None:
    metric = cat.metrics.get("bri-extreme-poverty-world-bank")
    text = povcoop.cite(metric, all_evidence=True)
    source = next(ev.source for ev in metric.evidence if ev.basis == "external")
    assert source.title in text
    if source.url:
        assert source.url in text


def test_cite_evidence_and_wrong_input(cat: povcoop.Catalog) -> None:
    ev = cat.projects.get(EAST_ASIA).evidence[0]
    assert povcoop.cite(ev) in povcoop.cite(cat.projects.get(EAST_ASIA), all_evidence=True)
    with pytest.raises(TypeError):
        povcoop.cite("LAO")  # type: ignore[arg-type]


def test_json_schema_is_valid_draft_2020_12() -> None:
    schema = povcoop.json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert povcoop.json_schema() == schema and povcoop.json_schema() is not schema


@pytest.mark.parametrize("kind", list(povcoop.load().collections))
def test_shipped_files_conform_to_the_json_schema(kind: str) -> None:
    schema = povcoop.json_schema(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    node = DATA.joinpath(f"{kind}.json")
    records = json.loads(node.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert not list(validator.iter_errors(records))
    assert list(validator.iter_errors([{"id": "x"}])), "the schema rejects an incomplete record"


def test_the_whole_folder_conforms_to_the_bundle_schema() -> None:
    bundle: dict[str, Any] = {"catalog": json.loads(DATA.joinpath("catalog.json").read_text(encoding="utf-8"))}
    for kind in povcoop.load().collections:
        bundle[kind] = json.loads(DATA.joinpath(f"{kind}.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(povcoop.json_schema()).validate(bundle)


def test_json_schema_unknown_kind() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        povcoop.json_schema("budgets")


def _all_entities(cat: povcoop.Catalog) -> list[Any]:
    return [entity for collection in cat.collections.values() for entity in collection]


def test_every_entity_and_value_is_immutable(cat: povcoop.Catalog) -> None:
    checked = 0
    for entity in _all_entities(cat):
        for field in attrs.fields(type(entity)):
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(entity, field.name, None)
            value = getattr(entity, field.name)
            assert not isinstance(value, list | dict | set), f"{entity.id}.{field.name} is mutable"
            values = value if isinstance(value, tuple) else (value,)
            for item in values:
                if attrs.has(type(item)):
                    with pytest.raises(attrs.exceptions.FrozenInstanceError):
                        setattr(item, attrs.fields(type(item))[0].name, None)
        with pytest.raises(AttributeError):
            entity.new_attribute = 1  # slotted: no attributes besides the fields
        checked += 1
    assert checked == sum(len(c) for c in cat.collections.values())


def test_entities_hash_and_compare(cat: povcoop.Catalog) -> None:
    entities = _all_entities(cat)
    assert len({(type(e), e.id) for e in entities}) == len(set(entities))
    copy = attrs.evolve(cat.projects.get(EAST_ASIA))
    assert copy == cat.projects.get(EAST_ASIA) and hash(copy) == hash(cat.projects.get(EAST_ASIA))
    assert attrs.evolve(copy, name="other") != copy


def _attrs_twin(cls: type) -> type:
    """A class with ``cls``'s fields whose equality and hash attrs generates."""
    fields = {a.name: attrs.field(eq=a.eq_key or a.eq, hash=a.hash) for a in attrs.fields(cls)}
    return attrs.make_class(cls.__name__, fields, frozen=True, kw_only=True)


def test_entity_equality_and_hash_are_attrs(cat: povcoop.Catalog) -> None:
    # Entities share one __eq__/__hash__ (attrs would compile a pair per class): each pair of
    # entities of a kind, and each entity with one field taken from another, compares as the
    # attrs-made twin does, and equal entities hash alike.
    for collection in cat.collections.values():
        twin = _attrs_twin(collection.entity_type)
        items = list(collection)
        for first, second in zip(items, items[1:] + items[:1], strict=True):
            variants = [second, attrs.evolve(first)]
            for a in attrs.fields(type(first)):
                variants.append(attrs.evolve(first, **{a.name: getattr(second, a.name)}))
            for other in variants:
                as_attrs = twin(**attrs.asdict(first, recurse=False)) == twin(**attrs.asdict(other, recurse=False))
                assert (first == other) is as_attrs and (first != other) is not as_attrs, (first, other)
                if as_attrs:
                    assert hash(first) == hash(other)
        assert items[0].__eq__(object()) is NotImplemented


def test_reprs_are_short_and_name_links_by_id(cat: povcoop.Catalog) -> None:
    text = repr(cat.projects.get(EAST_ASIA))
    assert text == f"<Project {EAST_ASIA!r}: {cat.projects.get(EAST_ASIA).name}>"
    assert "projects" in repr(cat.projects) and "cns-2021-03-10" in repr(cat)


def test_public_names() -> None:
    for name in povcoop.__all__:
        assert hasattr(povcoop, name), name
    assert issubclass(povcoop.DataError, ValueError)
    from importlib.metadata import version

    assert povcoop.__version__ == version("povcoop")


def test_metric_claim_and_its_source(cat: povcoop.Catalog) -> None:
    claim = cat.metrics.get("bri-absolute-poverty-claim")
    estimate = claim.based_on
    assert estimate is not None and estimate.id == "bri-extreme-poverty-world-bank"
    assert claim.value.magnitude == estimate.value.magnitude == 7_600_000
    assert claim.type == "projected"
    assert estimate.poverty_line is not None and estimate.poverty_line.amount == 1.90
    assert estimate.poverty_line.ppp_year == 2011
    assert estimate.horizon == 2030
    assert claim.caveats, "the claim says how it differs from its source"
    moderate = cat.metrics.get("bri-moderate-poverty-claim")
    assert moderate.value.magnitude == 32_000_000
    assert moderate.based_on is not None and moderate.based_on.poverty_line is not None
    assert moderate.based_on.poverty_line.amount == 3.20


def test_asean_membership_has_dates(cat: povcoop.Catalog) -> None:
    asean = cat.organizations.get("asean")
    in_2021 = {c.id for c in asean.members_on(datetime.date(2021, 3, 10))}
    assert in_2021 == {"BRN", "IDN", "MYS", "PHL", "SGP", "THA", "VNM", "LAO", "MMR", "KHM"}
    assert "TLS" in {c.id for c in asean.members_on(datetime.date(2025, 10, 26))}
    founders = {c.id for c in asean.members_on(datetime.date(1967, 8, 8))}
    assert founders == {"IDN", "MYS", "PHL", "SGP", "THA"}
    assert cat.organizations.where(member="LAO").ids() == ("asean",)
