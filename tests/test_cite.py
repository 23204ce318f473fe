"""``povcoop.cite()``: styles checked by the parsers and schemas of their own communities (bibtexparser,
rispy, the CSL-JSON schema), and the position of a quote as paragraph and sentence."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import attrs
import bibtexparser
import jsonschema
import pytest
import rispy
from hypothesis import given, settings
from hypothesis import strategies as st

import povcoop
from povcoop._cite import STYLES, best_evidence, cite_evidence, position

DATA = Path(__file__).parent / "data"
EAST_ASIA = "east-asia-poverty-reduction-demonstration"


@pytest.fixture(scope="module")
def csl_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((DATA / "csl-data.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return schema


def _items(cat: povcoop.Catalog) -> list[Any]:
    """One of each thing cite() takes: a project, a metric, a country, evidence of each basis, a source
    without evidence, the release, the catalog."""
    project = cat.projects.get(EAST_ASIA)
    metric = cat.metrics.get("bri-extreme-poverty-world-bank")
    evidence = [
        next(ev for ev in project.evidence if ev.basis == basis) for basis in ("stated", "inferred", "external")
    ]
    plain_source = next(s for s in cat.sources if not s.evidence)
    return [project, metric, cat.countries.get("LAO"), *evidence, plain_source, cat.release, cat]


# --- position -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "paragraph", "sentence"),
    [
        ("China News Service, Beijing, March 10", 1, 1),
        ("Poverty cooperation to advance", 1, 2),
        ("A reporter asked questions.", 2, 1),
        ("Recently, UN Secretary-General Guterres sent a letter", 2, 2),
        ("Development. contribution.", 2, 2),
        ("May I ask what lessons", 4, 1),
        ('implemented the "East Asia Poverty Reduction', 10, 1),
        ("promoting the implementation of China-Africa Juncao", 11, 1),
        ("The “Belt and Road” initiative will lift 7.6 million", 15, 2),
        ("Zhao Lijian said. (Finish)", 16, 2),
    ],
)
def test_paragraph_and_sentence_of_quotes_in_the_release(
    cat: povcoop.Catalog, quote: str, paragraph: int, sentence: int
) -> None:
    text = cat.release.text or ""
    start = text.index(quote)
    found = position(text, start, start + len(quote))
    assert (found.paragraph, found.sentence) == (paragraph, sentence)
    assert (found.start, found.end) == (start, start + len(quote))


def test_a_quote_across_sentences_and_paragraphs(cat: povcoop.Catalog) -> None:
    text = cat.release.text or ""
    start = text.index("Development. contribution.")
    span = position(text, start, start + len("Development. contribution."))
    assert (span.sentence, span.last_sentence) == (2, 3)
    assert span.pinpoint() == "paragraph 2, sentences 2–3"
    assert span.pinpoint("para.") == "para. 2, sentences 2–3"
    finish = text.index("(Finish)")
    assert position(text, finish, finish + 8).sentence == 3
    across = position(text, text.index("Poverty cooperation"), text.index("A reporter") + 5)
    assert (across.paragraph, across.last_paragraph) == (1, 2)
    assert across.pinpoint() == "paragraphs 1–2"
    with pytest.raises(ValueError, match="no passage"):
        position(text, 10, 5)


def test_every_located_quote_has_a_position_that_agrees_with_the_blank_lines(cat: povcoop.Catalog) -> None:
    text = cat.release.text or ""
    checked = 0
    for collection in cat.collections.values():
        for entity in collection:
            for ev in entity.evidence:
                if ev.source.id != cat.release.id or ev.start is None or ev.end is None:
                    continue
                found = position(text, ev.start, ev.end)
                assert found.paragraph == 1 + len(re.findall(r"\n[ \t]*\n", text[: ev.start]))
                assert f"paragraph {found.paragraph}" in cite_evidence(ev)
                checked += 1
    assert checked > 50


sentences = st.lists(st.from_regex(r"[A-Za-z][a-z]{0,6}( [a-z]{1,6}){0,4}", fullmatch=True), min_size=1, max_size=4)


@given(st.lists(sentences, min_size=1, max_size=5), st.data())
@settings(max_examples=30, deadline=None)
def test_position_finds_the_paragraph_and_sentence_it_was_built_from(
    paragraphs: list[list[str]], data: st.DataObject
) -> None:
    built = ["  " + " ".join(f"{words}." for words in paragraph) for paragraph in paragraphs]
    text = "\n\n".join(built)
    p = data.draw(st.integers(0, len(paragraphs) - 1))
    s = data.draw(st.integers(0, len(paragraphs[p]) - 1))
    offset = len("\n\n".join(built[:p])) + (2 if p else 0) + 2
    offset += sum(len(words) + 2 for words in paragraphs[p][:s])
    sentence = paragraphs[p][s] + "."
    assert text[offset : offset + len(sentence)] == sentence
    found = position(text, offset, offset + len(sentence))
    assert (found.paragraph, found.sentence, found.last_paragraph, found.last_sentence) == (p + 1, s + 1, p + 1, s + 1)


# --- text, APA, Chicago ---------------------------------------------------------------------------


def test_text_of_an_entity_is_its_best_stated_evidence(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    text = povcoop.cite(project)
    assert "\n" not in text
    best = best_evidence(project)
    assert best is not None and best.basis == "stated" and best.is_located
    assert text == cite_evidence(best)
    assert "paragraph 10, sentence 1, characters" in text
    for entity in (*cat.projects, *cat.countries, *cat.metrics, *cat.organizations):
        one = povcoop.cite(entity)
        assert "\n" not in one
        if any(ev.basis == "stated" for ev in entity.evidence):
            assert best_evidence(entity).basis == "stated"  # type: ignore[union-attr]


def test_all_evidence_keeps_the_audit_trail(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    lines = povcoop.cite(project, all_evidence=True).splitlines()
    assert lines[0] == f"{project.name} (project {project.id})"
    assert lines[1:] == [f"  {cite_evidence(ev)}" for ev in project.evidence]
    apa = povcoop.cite(project, "apa", all_evidence=True)
    assert apa.count("(Zhang Weiran, 2021, para. 10") == 2  # the stated quote and the inference's


def test_apa(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    in_text, entry = povcoop.cite(project, "apa").splitlines()
    assert in_text.endswith("(Zhang Weiran, 2021, para. 10, sentence 1)")
    assert in_text.startswith("“implemented the")
    assert entry == (
        "Zhang Weiran. (2021, March 10). Foreign Ministry spokesperson Zhao Lijian on China's international "
        "poverty-reduction cooperation. China News Service."
    )
    assert povcoop.cite(cat.release, "apa") == entry
    dataset = povcoop.cite(cat, "apa")
    assert dataset.startswith(f"povcoop developers. (n.d.). {cat.title} (Version {cat.data_version}) [Data set")


def test_chicago(cat: povcoop.Catalog) -> None:
    note = povcoop.cite(cat.projects.get(EAST_ASIA), "chicago")
    assert note == (
        "Zhang Weiran, “Foreign Ministry spokesperson Zhao Lijian on China's international poverty-reduction "
        "cooperation,” China News Service (Beijing), March 10, 2021, par. 10, sentence 1."
    )
    assert povcoop.cite(cat.release, "chicago").endswith("March 10, 2021.")


def test_the_release_has_no_address_and_the_citation_says_so(cat: povcoop.Catalog) -> None:
    assert cat.release.url is None
    for style in ("bibtex", "ris", "csl-json"):
        assert "No web address of its own is known" in povcoop.cite(cat.release, style)
    with_url = attrs.evolve(cat.release, url="https://example.org/release")
    assert "https://example.org/release" in povcoop.cite(with_url, "apa")
    record = rispy.loads(povcoop.cite(with_url, "ris"))[0]
    assert record["urls"] == ["https://example.org/release"]
    assert "notes" not in record


def test_wrong_style_and_input(cat: povcoop.Catalog) -> None:
    with pytest.raises(ValueError, match="unknown citation style 'mla'; styles: text, apa"):
        povcoop.cite(cat.release, "mla")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="an entity, an Evidence or the Catalog"):
        povcoop.cite("LAO")  # type: ignore[arg-type]
    bare = attrs.evolve(cat.concepts.get(cat.concepts.ids()[0]), evidence=())
    with pytest.raises(ValueError, match="no evidence"):
        povcoop.cite(bare)
    assert povcoop.cite(bare, all_evidence=True) == f"{bare.name} (concept {bare.id})"


# --- BibTeX, RIS, CSL JSON -----------------------------------------------------------------------


def _bibtex(text: str) -> Any:
    library = bibtexparser.parse_string(text)  # type: ignore[attr-defined]
    assert not library.failed_blocks, [block.error for block in library.failed_blocks]
    return library


@pytest.mark.parametrize("which", range(9))
def test_bibtex_parses(cat: povcoop.Catalog, which: int) -> None:
    item = _items(cat)[which]
    library = _bibtex(povcoop.cite(item, "bibtex"))
    (entry,) = library.entries
    assert entry.fields_dict["title"].value
    if isinstance(item, povcoop.Catalog):
        assert entry.key == f"povcoop-data-{cat.data_version}"
        assert entry.fields_dict["version"].value == cat.data_version
    else:
        source = (
            item
            if isinstance(item, povcoop.Source)
            else (
                item.source if isinstance(item, povcoop.Evidence) else best_evidence(item).source  # type: ignore[union-attr]
            )
        )
        assert entry.key == source.id
        assert entry.fields_dict["title"].value == source.title
        if source.published:
            assert entry.fields_dict["year"].value == str(source.published.year)


def test_bibtex_of_a_project_names_the_position_and_its_bibliography(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    (entry,) = _bibtex(povcoop.cite(project, "bibtex")).entries
    assert entry.entry_type == "misc"
    assert entry.fields_dict["author"].value == "{Zhang Weiran}"
    assert "paragraph 10, sentence 1" in entry.fields_dict["note"].value
    bibliography = _bibtex(povcoop.cite(project, "bibtex", all_evidence=True))
    assert [e.key for e in bibliography.entries] == list(dict.fromkeys(ev.source.id for ev in project.evidence))


def test_bibtex_escapes_what_latex_would_read(cat: povcoop.Catalog) -> None:
    odd = attrs.evolve(cat.release, title="Aid & trade: 100% {sure} #1 a_b", url=None)
    (entry,) = _bibtex(povcoop.cite(odd, "bibtex")).entries
    assert entry.fields_dict["title"].value == r"Aid \& trade: 100\% \{sure\} \#1 a\_b"


@pytest.mark.parametrize("which", range(9))
def test_ris_parses(cat: povcoop.Catalog, which: int) -> None:
    item = _items(cat)[which]
    (record,) = rispy.loads(povcoop.cite(item, "ris"))
    assert record["title"]
    assert record["type_of_reference"] in ("NEWS", "RPRT", "DATA", "ELEC", "GEN", "BOOK", "STAND")


def test_ris_of_a_project(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    (record,) = rispy.loads(povcoop.cite(project, "ris"))
    assert record["type_of_reference"] == "NEWS"
    assert record["authors"] == ["Zhang Weiran"]
    assert record["year"] == "2021"
    assert record["date"] == "2021/03/10/"
    assert record["publisher"] == "China News Service"
    assert "paragraph 10, sentence 1" in record["notes"][0]
    records = rispy.loads(povcoop.cite(project, "ris", all_evidence=True))
    assert [r["id"] for r in records] == list(dict.fromkeys(ev.source.id for ev in project.evidence))
    (dataset,) = rispy.loads(povcoop.cite(cat, "ris"))
    assert (dataset["type_of_reference"], dataset["edition"]) == ("DATA", cat.data_version)


@pytest.mark.parametrize("which", range(9))
def test_csl_json_validates_against_its_schema(cat: povcoop.Catalog, csl_schema: dict[str, Any], which: int) -> None:
    item = _items(cat)[which]
    for all_evidence in (False, True):
        data = json.loads(povcoop.cite(item, "csl-json", all_evidence=all_evidence))
        jsonschema.Draft7Validator(csl_schema).validate(data)
        assert data and all(entry["title"] for entry in data)


def test_the_csl_schema_can_fail(csl_schema: dict[str, Any]) -> None:
    validator = jsonschema.Draft7Validator(csl_schema)
    assert list(validator.iter_errors([{"id": "x", "type": "news release"}]))
    assert list(validator.iter_errors([{"type": "dataset"}]))


def test_csl_json_of_a_project(cat: povcoop.Catalog) -> None:
    (item,) = json.loads(povcoop.cite(cat.projects.get(EAST_ASIA), "csl-json"))
    assert item["type"] == "article-newspaper"
    assert item["issued"] == {"date-parts": [[2021, 3, 10]]}
    assert item["author"] == [{"literal": "Zhang Weiran"}]
    assert "paragraph 10, sentence 1" in item["note"]


def test_every_style_of_every_entity_works(cat: povcoop.Catalog) -> None:
    for collection in cat.collections.values():
        for entity in collection:
            for style in STYLES:
                assert povcoop.cite(entity, style)  # type: ignore[arg-type]
