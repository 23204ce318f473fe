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
    assert apa.count("(Zhang, 2021, para. 10") == 2  # the stated quote and the inference's


def test_apa(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    in_text, entry = povcoop.cite(project, "apa").splitlines()
    assert in_text.endswith("(Zhang, 2021, para. 10, sentence 1)")
    assert in_text.startswith("“implemented the")
    # APA 7: "Surname, I."; an untitled work's description in square brackets.
    assert entry == (
        "Zhang, W. (2021, March 10). [Foreign Ministry spokesperson Zhao Lijian on China's international "
        "poverty-reduction cooperation]. China News Service."
    )
    assert povcoop.cite(cat.release, "apa") == entry
    dataset = povcoop.cite(cat, "apa")
    year = cat.manifest.data_version_date[:4]  # type: ignore[index]
    assert dataset.startswith(f"povcoop developers. ({year}). {cat.title} (Version {cat.data_version}) [Data set]. ")


def test_chicago(cat: povcoop.Catalog) -> None:
    note = povcoop.cite(cat.projects.get(EAST_ASIA), "chicago")
    # Chicago: a descriptive title without quotation marks; a Chinese name in its own order.
    assert note == (
        "Zhang Weiran, Foreign Ministry spokesperson Zhao Lijian on China's international poverty-reduction "
        "cooperation, China News Service (Beijing), March 10, 2021, par. 10, sentence 1."
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
    assert "No web address" not in record["notes"][0]


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
        assert entry.fields_dict["title"].value.startswith(source.title)
        if source.published:
            assert entry.fields_dict["year"].value == str(source.published.year)


def test_bibtex_of_a_project_names_the_position_and_its_bibliography(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    (entry,) = _bibtex(povcoop.cite(project, "bibtex")).entries
    assert entry.entry_type == "misc"
    assert entry.fields_dict["author"].value == "Zhang, Weiran"
    assert entry.fields_dict["note"].value.startswith("Descriptive title: the work has no title of its own")
    assert "paragraph" not in povcoop.cite(project, "bibtex"), "the pinpoint is no part of the entry"
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
    assert record["authors"] == ["Zhang, Weiran"]
    assert record["year"] == "2021"
    assert record["date"] == "2021/03/10/"
    assert record["publisher"] == "China News Service"
    assert record["notes"][0].startswith("Descriptive title")
    records = rispy.loads(povcoop.cite(project, "ris", all_evidence=True))
    assert [r["id"] for r in records] == list(dict.fromkeys(ev.source.id for ev in project.evidence))
    (dataset,) = rispy.loads(povcoop.cite(cat, "ris"))
    assert (dataset["type_of_reference"], dataset["edition"]) == ("DATA", cat.data_version)
    assert dataset["date"] == cat.manifest.data_version_date.replace("-", "/") + "/"  # type: ignore[union-attr]


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
    assert item["author"] == [{"family": "Zhang", "given": "Weiran"}]
    assert item["note"].startswith("Descriptive title")


def test_every_style_of_every_entity_works(cat: povcoop.Catalog) -> None:
    for collection in cat.collections.values():
        for entity in collection:
            for style in STYLES:
                assert povcoop.cite(entity, style)  # type: ignore[arg-type]


# --- the same work, the same entry; pinpoints -------------------------------------------------------


def _entities_citing(cat: povcoop.Catalog) -> dict[str, list[Any]]:
    """Each source's id -> the entities whose best evidence cites it."""
    citing: dict[str, list[Any]] = {}
    for collection in cat.collections.values():
        for entity in collection:
            best = best_evidence(entity)
            if best is not None and not isinstance(entity, povcoop.Source):
                citing.setdefault(best.source.id, []).append(entity)
    return citing


@pytest.mark.parametrize("style", ["bibtex", "ris", "csl-json"])
def test_the_same_work_gives_the_same_key_and_bytes(cat: povcoop.Catalog, style: str) -> None:
    citing = _entities_citing(cat)
    assert len(citing[cat.release.id]) > 20
    for source_id, entities in citing.items():
        entries = {povcoop.cite(entity, style) for entity in entities}  # type: ignore[arg-type]
        assert entries == {povcoop.cite(cat.sources.get(source_id), style)}, source_id  # type: ignore[arg-type]


def test_the_pinpoint_says_where_the_fact_stands(cat: povcoop.Catalog) -> None:
    project = cat.projects.get(EAST_ASIA)
    best = best_evidence(project)
    assert best is not None and best.start is not None and best.end is not None
    assert povcoop.pinpoint(project) == f"paragraph 10, sentence 1, characters {best.start}–{best.end}"
    assert povcoop.pinpoint(project, paragraph_word="para.") == "para. 10, sentence 1"
    code_evidence = next(ev for ev in project.evidence if ev.locator)
    assert povcoop.pinpoint(code_evidence) == code_evidence.locator
    bare = attrs.evolve(project, evidence=())
    assert povcoop.pinpoint(bare) is None


# --- titles and names as each style wants them ------------------------------------------------------


def test_an_untitled_work_in_each_style(cat: povcoop.Catalog) -> None:
    release = cat.release
    assert release.title_descriptive
    assert f"[{release.title}]." in povcoop.cite(release, "apa")
    chicago = povcoop.cite(release, "chicago")
    assert release.title in chicago and "“" not in chicago
    assert povcoop.cite(release, "text").startswith("China News Service")
    (entry,) = _bibtex(povcoop.cite(release, "bibtex")).entries
    assert "Descriptive title" in entry.fields_dict["note"].value
    (record,) = rispy.loads(povcoop.cite(release, "ris"))
    assert "Descriptive title" in record["notes"][0]
    (item,) = json.loads(povcoop.cite(release, "csl-json"))
    assert "Descriptive title" in item["note"]
    titled = attrs.evolve(release, title_descriptive=False)
    assert "Descriptive" not in povcoop.cite(titled, "bibtex")
    assert "“Foreign Ministry" in povcoop.cite(titled, "chicago")


def test_a_work_in_another_language_gives_its_original_title_and_a_translation(cat: povcoop.Catalog) -> None:
    report = cat.sources.get("eliminating-absolute-poverty-report")
    assert (report.language, report.title) == ("zh", "消除绝对贫困——中国的实践")
    bracketed = "消除绝对贫困——中国的实践 [Eliminating Absolute Poverty: China's Practice]"
    assert povcoop.cite(report, "apa").startswith(bracketed + ". (2020).")
    assert povcoop.cite(report, "chicago").startswith(bracketed)
    (entry,) = _bibtex(povcoop.cite(report, "bibtex")).entries
    assert entry.fields_dict["title"].value == bracketed
    (record,) = rispy.loads(povcoop.cite(report, "ris"))
    assert (record["title"], record["translated_title"]) == (report.title, report.title_en)


def test_a_working_paper_with_its_series_number_and_authors(cat: povcoop.Catalog) -> None:
    paper = cat.sources.get("world-bank-prwp-8814")
    assert povcoop.cite(paper, "apa") == (
        "Maliszewska, M., & van der Mensbrugghe, D. (2019). The Belt and Road Initiative: Economic, Poverty and "
        "Environmental Impacts (Policy Research Working Paper No. 8814). World Bank. " + (paper.url or "")
    )
    assert povcoop.cite(paper, "chicago") == (
        "Maryla Maliszewska and Dominique van der Mensbrugghe, The Belt and Road Initiative: Economic, Poverty "
        "and Environmental Impacts, Policy Research Working Paper 8814 (World Bank, April 2019), "
        f"{paper.url}."
    )
    (entry,) = _bibtex(povcoop.cite(paper, "bibtex")).entries
    assert entry.entry_type == "techreport"
    assert entry.fields_dict["author"].value == "Maliszewska, Maryla and van der Mensbrugghe, Dominique"
    assert (entry.fields_dict["type"].value, entry.fields_dict["number"].value) == (
        "Policy Research Working Paper",
        "8814",
    )
    (record,) = rispy.loads(povcoop.cite(paper, "ris"))
    assert record["authors"] == ["Maliszewska, Maryla", "van der Mensbrugghe, Dominique"]
    assert (record["tertiary_title"], record["number"]) == ("Policy Research Working Paper", "8814")


def test_a_name_without_its_family_name_stays_whole(cat: povcoop.Catalog) -> None:
    anonymous = attrs.evolve(cat.release, family_names=())
    assert povcoop.cite(anonymous, "apa").startswith("Zhang Weiran. (2021")
    (entry,) = _bibtex(povcoop.cite(anonymous, "bibtex")).entries
    assert entry.fields_dict["author"].value == "{Zhang Weiran}"
    wrong = attrs.evolve(cat.release, family_names=("Weir",))  # not a part of the name: not used
    assert povcoop.cite(wrong, "apa").startswith("Zhang Weiran. (2021")


def test_every_family_name_stands_in_its_name(cat: povcoop.Catalog) -> None:
    for source in cat.sources:
        if source.family_names:
            people = source.authors or ((source.reporter,) if source.reporter else ())
            assert len(source.family_names) == len(people), source.id
            for family, name in zip(source.family_names, people, strict=True):
                assert name.startswith(family + " ") or name.endswith(" " + family), (source.id, name)


# --- one bibliography -------------------------------------------------------------------------------


def test_the_bibliography_of_the_catalog_lists_every_source_once(cat: povcoop.Catalog) -> None:
    library = _bibtex(povcoop.bibliography(cat, "bibtex"))
    keys = [entry.key for entry in library.entries]
    assert len(keys) == len(set(keys))
    assert set(keys) == {source.id for source in cat.sources} | {f"povcoop-data-{cat.data_version}"}
    records = rispy.loads(povcoop.bibliography(cat, "ris"))
    assert [r["id"] for r in records] == keys, "every style lists the same works in the same order"
    assert [item["id"] for item in json.loads(povcoop.bibliography(cat, "csl-json"))] == keys


def test_the_bibliography_of_a_collection_is_what_it_rests_on(cat: povcoop.Catalog) -> None:
    projects = cat.projects.where(country="LAO")
    expected = {ev.source.id for project in projects for ev in project.evidence}
    expected |= {ev.source.id for sid in list(expected) for ev in cat.sources.get(sid).evidence}
    keys = [entry.key for entry in _bibtex(povcoop.bibliography(projects, "bibtex")).entries]
    assert set(keys) == expected and len(keys) == len(expected)
    assert povcoop.bibliography(list(projects), "bibtex") == povcoop.bibliography(projects, "bibtex")
    evidence = projects.get(EAST_ASIA).evidence[0]
    assert evidence.source.id in [e.key for e in _bibtex(povcoop.bibliography(evidence, "bibtex")).entries]


@pytest.mark.parametrize("style", ["apa", "chicago"])
def test_the_reference_list_is_sorted_by_author_or_title(cat: povcoop.Catalog, style: str) -> None:
    lines = povcoop.bibliography(cat, style).splitlines()  # type: ignore[arg-type]
    assert len(lines) == len(cat.sources) + 1
    firsts = [line.lstrip("[“").casefold() for line in lines]
    assert firsts == sorted(firsts)
    assert any(line.startswith("Maliszewska, M., & van der Mensbrugghe, D.") for line in lines) or style == "chicago"
    if style == "chicago":
        assert any(line.startswith("Maliszewska, Maryla, and Dominique van der Mensbrugghe.") for line in lines)
        assert any(line.startswith("Zhang Weiran. ") for line in lines), "a Chinese name is not inverted"


def test_the_bibliography_explains_an_empty_answer(cat: povcoop.Catalog) -> None:
    bare = attrs.evolve(cat.concepts.get(cat.concepts.ids()[0]), evidence=())
    with pytest.raises(ValueError, match="no source to list: 1 item with no evidence"):
        povcoop.bibliography([bare])
    with pytest.raises(ValueError, match="unknown citation style"):
        povcoop.bibliography(cat, "mla")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="bibliography"):
        povcoop.bibliography(["LAO"])  # type: ignore[list-item]


# --- CSL JSON rendered by citeproc-py, compared with the style guides' forms --------------------------

CSL_STYLES = DATA / "csl"


def _render(items: list[dict[str, Any]], style_file: str, *, note: bool = False) -> list[str]:
    """Each item's bibliography entry (or, with ``note``, its first note) as citeproc-py renders it."""
    citeproc = pytest.importorskip("citeproc")
    from citeproc.source.json import CiteProcJSON

    text = (CSL_STYLES / style_file).read_text(encoding="utf-8")
    # citeproc-py 0.11 ignores CSL 1.0.1's initialize="false" and so would shorten every given name
    # in Chicago's notes and bibliography; the style's global initialize-with is dropped for it.
    text = text.replace(' initialize-with=". "', "") if "chicago" in style_file else text
    path = Path(pytest.importorskip("tempfile").mkdtemp()) / style_file
    path.write_text(text, encoding="utf-8")
    style = citeproc.CitationStylesStyle(str(path), validate=False)
    bibliography = citeproc.CitationStylesBibliography(style, CiteProcJSON(items), citeproc.formatter.plain)
    citations = [citeproc.Citation([citeproc.CitationItem(item["id"])]) for item in items]
    for citation in citations:
        bibliography.register(citation)
    bibliography.sort()
    if note:
        return [str(bibliography.cite(citation, lambda item: None)) for citation in citations]
    return [str(entry) for entry in bibliography.bibliography()]


def test_apa_from_csl_json_matches_the_apa_manual(cat: povcoop.Catalog) -> None:
    works = [cat.sources.get("world-bank-prwp-8814"), cat.sources.get("iprcc-east-asia-project")]
    items = [json.loads(povcoop.cite(work, "csl-json"))[0] for work in works]
    items.append(json.loads(povcoop.cite(cat, "csl-json"))[0])
    rendered = _render(items, "apa.csl")
    paper_url = works[0].url
    year = (cat.manifest.data_version_date or "")[:4]
    # APA 7 (10.4, report in a series, e.g. "(Policy Research Working Paper No. 8814)"; 10.2, newspaper
    # article; 10.9, data set "(Version 0.4.0) [Data set]", which the official CSL style writes
    # "[Dataset]"): Surname, I., & Surname, I.; the list sorted by author.
    assert rendered == [
        "Jiao, M. (2016, December 7). Pilot Project to Share China's Experience in Shaking off Poverty. "
        "China.org.cn (China Gate). http://en.chinagate.cn/2016-12/07/content_39868699.htm",
        "Maliszewska, M., & van der Mensbrugghe, D. (2019). The Belt and Road Initiative: Economic, Poverty and "
        f"Environmental Impacts (Policy Research Working Paper No. 8814). World Bank. {paper_url}",
        f"povcoop developers. ({year}). {cat.title} (Version {cat.data_version}) [Dataset].",
    ]


def test_chicago_from_csl_json_matches_the_chicago_manual(cat: povcoop.Catalog) -> None:
    paper = cat.sources.get("world-bank-prwp-8814")
    items = [json.loads(povcoop.cite(paper, "csl-json"))[0]]
    # Chicago 18 (14.115, a working paper in a series): the first author inverted in the bibliography,
    # natural order in notes; the series and number after the title; the publisher and year.
    assert _render(items, "chicago-notes-bibliography.csl") == [
        "Maliszewska, Maryla, and Dominique van der Mensbrugghe. The Belt and Road Initiative: Economic, "
        f"Poverty and Environmental Impacts. Policy Research Working Paper No. 8814. World Bank, 2019. {paper.url}."
    ]
    assert _render(items, "chicago-notes-bibliography.csl", note=True) == [
        "Maryla Maliszewska and Dominique van der Mensbrugghe, The Belt and Road Initiative: Economic, Poverty "
        f"and Environmental Impacts, Policy Research Working Paper no. 8814 (World Bank, 2019), {paper.url}."
    ]


# --- a source renamed ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("former", "current"),
    [
        ("mfa-press-conference-2020-10-29", "thepaper-2020-10-29-wang-wenbin-poverty"),
        ("mfa-spokespersons", "nhk-world-2023-01-10-zhao-lijian-new-role"),
    ],
)
def test_a_renamed_source_is_found_by_its_former_id(cat: povcoop.Catalog, former: str, current: str) -> None:
    assert cat.sources.get(former) is cat.sources.get(current)
    assert former not in cat.sources.ids()
    with pytest.raises(KeyError):
        cat.sources.get("mfa-press-conference-2099-01-01")
