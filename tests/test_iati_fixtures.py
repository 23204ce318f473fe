"""A complete, realistic IATI 2.03 activity file and real-world looseness, read by ``read_iati``.

``complete/complete-2.03.xml`` holds every element and attribute the 2.03 standard defines for an
activity (checked below against the schema itself), in four languages and with several of each
repeatable element. Each mapped fact must read right, and each element or attribute povcoop does not
map must be reported in ``.unmapped`` with its count: nothing is dropped in silence. The expected
values are worked out from the file with lxml, not written down by hand.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pycountry
import pytest

import povcoop
from iati_support import COMPLETE, LOOSE, XML_LANG, XSD, local, parse, schema

pytest.importorskip("lxml.etree")

MAPPED = frozenset(
    {
        "iati-activities/@version",
        "iati-activities/@generated-datetime",
        "iati-activity",
        "iati-activity/@lang",
        "iati-activity/@default-currency",
        "iati-activity/iati-identifier",
        "iati-activity/reporting-org",
        "iati-activity/reporting-org/@ref",
        "iati-activity/reporting-org/@type",
        "iati-activity/reporting-org/@secondary-reporter",
        "iati-activity/reporting-org/narrative",
        "iati-activity/reporting-org/narrative/@lang",
        "iati-activity/title",
        "iati-activity/title/narrative",
        "iati-activity/title/narrative/@lang",
        "iati-activity/description",
        "iati-activity/description/@type",
        "iati-activity/description/narrative",
        "iati-activity/description/narrative/@lang",
        "iati-activity/participating-org",
        "iati-activity/participating-org/@role",
        "iati-activity/participating-org/@type",
        "iati-activity/participating-org/@ref",
        "iati-activity/participating-org/@activity-id",
        "iati-activity/participating-org/narrative",
        "iati-activity/participating-org/narrative/@lang",
        "iati-activity/activity-status",
        "iati-activity/activity-status/@code",
        "iati-activity/activity-date",
        "iati-activity/activity-date/@type",
        "iati-activity/activity-date/@iso-date",
        "iati-activity/recipient-country",
        "iati-activity/recipient-country/@code",
        "iati-activity/recipient-country/@percentage",
        "iati-activity/recipient-region",
        "iati-activity/recipient-region/@code",
        "iati-activity/recipient-region/@vocabulary",
        "iati-activity/recipient-region/@vocabulary-uri",
        "iati-activity/recipient-region/@percentage",
        "iati-activity/sector",
        "iati-activity/sector/@code",
        "iati-activity/sector/@vocabulary",
        "iati-activity/sector/@vocabulary-uri",
        "iati-activity/sector/@percentage",
        "iati-activity/default-aid-type",
        "iati-activity/default-aid-type/@code",
        "iati-activity/default-aid-type/@vocabulary",
        "iati-activity/default-flow-type",
        "iati-activity/default-flow-type/@code",
        "iati-activity/default-finance-type",
        "iati-activity/default-finance-type/@code",
        "iati-activity/default-tied-status",
        "iati-activity/default-tied-status/@code",
        "iati-activity/budget",
        "iati-activity/budget/@type",
        "iati-activity/budget/value",
        "iati-activity/budget/value/@currency",
        "iati-activity/budget/value/@value-date",
        "iati-activity/planned-disbursement",
        "iati-activity/planned-disbursement/@type",
        "iati-activity/planned-disbursement/value",
        "iati-activity/planned-disbursement/value/@currency",
        "iati-activity/planned-disbursement/value/@value-date",
        "iati-activity/transaction",
        "iati-activity/transaction/transaction-type",
        "iati-activity/transaction/transaction-type/@code",
        "iati-activity/transaction/value",
        "iati-activity/transaction/value/@currency",
        "iati-activity/transaction/value/@value-date",
        "iati-activity/document-link",
        "iati-activity/document-link/@url",
        "iati-activity/document-link/title",
        "iati-activity/document-link/title/narrative",
        "iati-activity/document-link/title/narrative/@lang",
        "iati-activity/document-link/language",
        "iati-activity/document-link/language/@code",
        "iati-activity/document-link/document-date",
        "iati-activity/document-link/document-date/@iso-date",
        "iati-activity/related-activity",
        "iati-activity/related-activity/@ref",
        "iati-activity/related-activity/@type",
    }
)
"""What the reader maps (the mapping table of docs/iati-in.md): every other element and attribute
of a file must be in ``.unmapped``, itself or under an element that is."""

NAMES_OF_CODES = frozenset(
    f"iati-activity/{element}/narrative{attribute}"
    for element in ("recipient-country", "recipient-region", "sector")
    for attribute in ("", "/@lang")
)
"""A code's name as the publisher writes it beside the code: povcoop names codes from its code lists,
so these may be reported as unmapped or taken as read with their code."""


def _segment(name: str) -> str:
    """A path segment without namespace (``{uri}name``, ``prefix:name``)."""
    attribute = name.startswith("@")
    name = name.lstrip("@").split("}")[-1].split(":")[-1]
    return ("@" if attribute else "") + name


def _normal(path: str) -> str:
    """``path`` without namespaces (a URI holds slashes: Clark notation goes first)."""
    return "/".join(_segment(segment) for segment in re.sub(r"\{[^}]*\}", "", path).split("/"))


_PREDICATE = re.compile(r"^(?P<path>.*)\[@(?P<name>[\w-]+)=(?P<value>[^\]]+)\]$")


def _count_matching(path: Path, key: str) -> int:
    """How many elements of ``path``'s activities a key with a predicate
    (``iati-activity/default-aid-type[@vocabulary=2]``) names."""
    match = _PREDICATE.match(key)
    assert match is not None
    steps = match["path"].split("/")[1:]
    root = parse(path).getroot()
    found = root.xpath("iati-activity/" + "/".join(f"*[local-name()='{step}']" for step in steps))
    return sum(1 for element in found if element.get(match["name"]) == match["value"].strip("'\""))


def _paths_with_counts(path: Path) -> Counter[str]:
    """Every element and attribute path of ``path``'s activities (from ``iati-activity``) and of its
    root's attributes (from ``iati-activities``), with how often each occurs."""
    root = parse(path).getroot()
    counts: Counter[str] = Counter(f"iati-activities/@{local(name)}" for name in root.attrib)
    for activity in root.iterchildren("iati-activity"):
        for element in activity.iter():
            if not isinstance(element.tag, str):
                continue
            ancestors = [e for e in element.iterancestors() if e is not root]
            steps = [local(e) for e in reversed(ancestors)] + [local(element)]
            here = "/".join(steps)
            counts[here] += 1
            for name in element.attrib:
                counts[f"{here}/@{local(name)}"] += 1
    return counts


@pytest.fixture(scope="module")
def complete() -> povcoop.IatiCatalog:
    return povcoop.read_iati(COMPLETE)


@pytest.fixture(scope="module")
def tree() -> Any:
    return parse(COMPLETE)


def _activity(tree: Any, identifier: str) -> Any:
    return next(a for a in tree.getroot().iterchildren("iati-activity") if a.findtext("iati-identifier") == identifier)


def _project(catalog: povcoop.Catalog, identifier: str) -> Any:
    return next(p for p in catalog.projects if p.iati_identifier == identifier)


def _language(narrative: Any, activity: Any) -> str | None:
    value = narrative.get(XML_LANG) or activity.get(XML_LANG)
    return None if value is None else str(value)


def _narratives(element: Any, activity: Any) -> list[tuple[str, str | None]]:
    return [(n.text, _language(n, activity)) for n in element.iterchildren("narrative")]


def _percent(value: str | None) -> float | None:
    return None if value is None else float(value)


def _alpha_3(alpha_2: str) -> str:
    country = pycountry.countries.get(alpha_2=alpha_2.strip())
    assert country is not None
    return str(country.alpha_3)


# The file itself --------------------------------------------------------------------------------


def _schema_paths() -> set[str]:
    """Every element and attribute path the 2.03 activity schema defines, from ``iati-activities``."""
    import xmlschema

    definitions = xmlschema.XMLSchema(str(XSD))
    found: set[str] = set()

    def walk(element: Any, path: str) -> None:
        found.add(path)
        for name in element.attributes:
            if name is not None:
                found.add(f"{path}/@{_segment(name)}")
        content = element.type.content if element.type.is_complex() else None
        if content is not None and hasattr(content, "iter_elements"):
            for child in content.iter_elements():
                if getattr(child, "local_name", None) is not None:
                    walk(child, f"{path}/{child.local_name}")

    walk(definitions.elements["iati-activities"], "iati-activities")
    return found


def test_the_complete_file_is_valid_and_holds_every_element_and_attribute_of_the_standard() -> None:
    validator = schema()
    assert validator.validate(parse(COMPLETE)), validator.error_log
    defined = _schema_paths()
    assert len(defined) > 400  # the walk reached the nested elements (results, locations, transactions)
    held = {"iati-activities"} | {
        f"iati-activities/{path}" if path.startswith("iati-activity") else path for path in _paths_with_counts(COMPLETE)
    }
    assert defined - held == set()


def test_the_complete_file_repeats_each_repeatable_element_and_speaks_four_languages(tree: Any) -> None:
    activity = tree.getroot().find("iati-activity")
    repeated = Counter(local(child) for child in activity.iterchildren() if isinstance(child.tag, str))
    for name in ("description", "participating-org", "activity-date", "recipient-country", "recipient-region",
                 "location", "sector", "tag", "policy-marker", "budget", "planned-disbursement", "transaction",
                 "document-link", "related-activity", "legacy-data", "result", "contact-info", "other-identifier",
                 "humanitarian-scope", "default-aid-type"):  # fmt: skip
        assert repeated[name] >= 2, name
    languages = {n.get(XML_LANG) for n in tree.getroot().iter("narrative")} - {None}
    assert {"en", "fr", "es", "zh"} <= languages


# Mapped facts -----------------------------------------------------------------------------------


@pytest.mark.parametrize("identifier", ["XM-EXAMPLE-1001", "XM-EXAMPLE-1002"])
def test_titles_and_descriptions_in_every_language(complete: povcoop.IatiCatalog, tree: Any, identifier: str) -> None:
    activity, project = _activity(tree, identifier), _project(complete, identifier)
    titles = _narratives(activity.find("title"), activity)
    assert [(t.text, t.language) for t in project.titles] == titles
    english = [text for text, language in titles if language == "en"]
    assert project.name == (english[0] if english else titles[0][0])
    chinese = [text for text, language in titles if language == "zh"]
    assert project.name_zh == (chinese[0] if chinese else None)
    descriptions = [
        (text, language, d.get("type"))
        for d in activity.iterchildren("description")
        for text, language in _narratives(d, activity)
    ]
    assert [(d.text, d.language, d.type) for d in project.descriptions] == descriptions


def test_the_identifier_is_kept_and_the_id_derived_from_it_is_unique(complete: povcoop.IatiCatalog, tree: Any) -> None:
    identifiers = [a.findtext("iati-identifier") for a in tree.getroot().iterchildren("iati-activity")]
    assert [p.iati_identifier for p in complete.projects] == identifiers
    assert len({p.id for p in complete.projects}) == len(identifiers)
    again = povcoop.read_iati(COMPLETE)
    assert [p.id for p in again.projects] == [p.id for p in complete.projects], "the id is stable"


STATUS = {"1": "planned", "2": "ongoing", "3": "completed", "4": "completed"}


@pytest.mark.parametrize("identifier", ["XM-EXAMPLE-1001", "XM-EXAMPLE-1002"])
def test_status_and_dates_with_their_precision(complete: povcoop.IatiCatalog, tree: Any, identifier: str) -> None:
    activity, project = _activity(tree, identifier), _project(complete, identifier)
    code = activity.find("activity-status").get("code")
    assert project.iati_status.code == code
    assert project.status == STATUS[code]
    dates = [(d.get("type"), d.get("iso-date")) for d in activity.iterchildren("activity-date")]
    assert [(d.type.code, str(d.date)) for d in project.iati_dates] == dates
    assert all(d.date.precision == "day" for d in project.iati_dates)
    given = dict(dates)
    assert (str(project.start) if project.start else None) == given.get("2")
    assert (str(project.end) if project.end else None) == given.get("4")


@pytest.mark.parametrize("identifier", ["XM-EXAMPLE-1001", "XM-EXAMPLE-1002"])
def test_recipients_and_sectors_in_every_vocabulary(complete: povcoop.IatiCatalog, tree: Any, identifier: str) -> None:
    activity, project = _activity(tree, identifier), _project(complete, identifier)
    countries = [
        (_alpha_3(c.get("code")), _percent(c.get("percentage"))) for c in activity.iterchildren("recipient-country")
    ]
    assert [(c.country.id, c.percentage) for c in project.recipient_countries] == countries
    assert [c.id for c in project.countries] == [code for code, _ in countries]
    regions = [
        (r.get("code"), r.get("vocabulary"), r.get("vocabulary-uri"), _percent(r.get("percentage")))
        for r in activity.iterchildren("recipient-region")
    ]
    assert [(r.code, r.vocabulary, r.vocabulary_uri, r.percentage) for r in project.recipient_regions] == regions
    sectors = [
        (s.get("code"), s.get("vocabulary") or "1", s.get("vocabulary-uri"), _percent(s.get("percentage")))
        for s in activity.iterchildren("sector")
    ]
    assert [(s.code, s.vocabulary, s.vocabulary_uri, s.percentage) for s in project.iati_sectors] == sectors
    by_vocabulary = defaultdict(list)
    for code, vocabulary, _, _ in sectors:
        by_vocabulary[vocabulary].append(code)
    assert [c.code for c in project.own_dac_crs] == by_vocabulary["1"]
    assert [c.code for c in project.dac_crs_categories] == by_vocabulary["2"]
    assert [c.code for c in project.sdg_goals] == by_vocabulary["7"]
    assert [c.code for c in project.own_sdg_targets] == by_vocabulary["8"]
    assert list(project.sdg_indicators) == by_vocabulary["9"]


def test_organisations_with_their_roles(complete: povcoop.IatiCatalog, tree: Any) -> None:
    activity, project = _activity(tree, "XM-EXAMPLE-1001"), _project(complete, "XM-EXAMPLE-1001")
    participants = [
        (o.findtext("narrative"), o.get("role"), o.get("type"), o.get("ref"), o.get("activity-id"))
        for o in activity.iterchildren("participating-org")
    ]
    assert [
        (p.organization.name, p.role.code, p.type.code if p.type else None, p.ref, p.activity_id)
        for p in project.participants
    ] == participants
    assert [o.name for o in project.implementers] == [name for name, role, *_ in participants if role == "4"]
    reporting = activity.find("reporting-org")
    assert project.reporting_org.iati_ref == reporting.get("ref")
    assert project.reporting_org.iati_type.code == reporting.get("type")
    assert project.reporting_org.name == reporting.findtext("narrative")
    assert project.secondary_reporter is (reporting.get("secondary-reporter") in ("1", "true"))
    # One organisation per ref across roles and activities; the one with no ref is still one.
    refs = [o.iati_ref for o in complete.organizations if o.iati_ref is not None]
    assert len(refs) == len(set(refs))
    assert {o.get("ref") for o in tree.getroot().iter("participating-org", "reporting-org") if o.get("ref")} == set(
        refs
    )
    assert "Example Farmers' Network, Cambodia" in {o.name for o in complete.organizations}


@pytest.mark.parametrize("identifier", ["XM-EXAMPLE-1001", "XM-EXAMPLE-1002"])
def test_default_codes_and_currency(complete: povcoop.IatiCatalog, tree: Any, identifier: str) -> None:
    activity, project = _activity(tree, identifier), _project(complete, identifier)

    def code(name: str) -> str | None:
        element = activity.find(name)
        return None if element is None else str(element.get("code"))

    assert (project.flow_type.code if project.flow_type else None) == code("default-flow-type")
    assert (project.finance_type.code if project.finance_type else None) == code("default-finance-type")
    assert (project.tied_status.code if project.tied_status else None) == code("default-tied-status")
    assert project.default_currency.code == activity.get("default-currency")
    dac_aid_types = [
        a.get("code") for a in activity.iterchildren("default-aid-type") if a.get("vocabulary", "1") == "1"
    ]
    assert [a.code for a in project.aid_types] == dac_aid_types


@pytest.mark.parametrize("identifier", ["XM-EXAMPLE-1001", "XM-EXAMPLE-1002"])
def test_money_totals_by_element_type_and_currency(complete: povcoop.IatiCatalog, tree: Any, identifier: str) -> None:
    activity, project = _activity(tree, identifier), _project(complete, identifier)
    groups: dict[tuple[str, str | None, str], list[tuple[Decimal, str]]] = defaultdict(list)
    for element in activity.iterchildren("budget", "planned-disbursement", "transaction"):
        kind = local(element)
        type_ = element.find("transaction-type").get("code") if kind == "transaction" else element.get("type")
        value = element.find("value")
        currency = value.get("currency") or activity.get("default-currency")
        groups[(kind, type_, currency)].append((Decimal(value.text), value.get("value-date")))
    expected = {
        key: (float(sum(v for v, _ in values)), len(values), min(d for _, d in values), max(d for _, d in values))
        for key, values in groups.items()
    }
    found = {
        (a.element, a.type, a.currency.code): (a.total, a.count, str(a.first_value_date), str(a.last_value_date))
        for a in project.amounts
    }
    assert found.keys() == expected.keys()
    for key, (total, count, first, last) in expected.items():
        assert found[key][0] == pytest.approx(total)
        assert found[key][1:] == (count, first, last)


def test_document_links_become_sources_and_related_activities_kept(complete: povcoop.IatiCatalog, tree: Any) -> None:
    activity, project = _activity(tree, "XM-EXAMPLE-1001"), _project(complete, "XM-EXAMPLE-1001")
    links = [(d.get("url"), d.find("title").findtext("narrative")) for d in activity.iterchildren("document-link")]
    assert [(s.url, s.title) for s in project.documents] == links
    related = [(r.get("type"), r.get("ref")) for r in activity.iterchildren("related-activity")]
    assert [(r.type.code, r.ref) for r in project.related_activities] == related


# Evidence ---------------------------------------------------------------------------------------


def test_every_fact_names_the_file_the_activity_and_the_element(complete: povcoop.IatiCatalog) -> None:
    text = COMPLETE.read_text(encoding="utf-8")
    for project in complete.projects:
        assert project.evidence
        for evidence in project.evidence:
            source = evidence.source
            assert source.text == text, "the file is the source, its text the file's"
            assert evidence.quote == source.text[evidence.start : evidence.end]
            assert re.search(r"iati-activity\[\d+\]", evidence.locator or ""), evidence.locator
        assert project.iati_identifier is not None
        assert any(e.quote and project.iati_identifier in e.quote for e in project.evidence)
        assert COMPLETE.name in povcoop.cite(project)


def test_a_narratives_quote_is_its_text_in_the_file_escapes_and_all(complete: povcoop.IatiCatalog, tree: Any) -> None:
    project = _project(complete, "XM-EXAMPLE-1001")
    raw = "Village water &amp; irrigation for smallholders in Laos and Cambodia"
    assert project.name == raw.replace("&amp;", "&")
    assert any(
        e.quote == raw and re.search(r"/title(\[1\])?/narrative\[1\]", e.locator or "") for e in project.evidence
    )
    for title in project.titles:
        assert any(title.text in (e.quote or "").replace("&amp;", "&") for e in project.evidence), title


# What is not mapped -----------------------------------------------------------------------------


def test_every_element_and_attribute_not_mapped_is_reported_with_its_count(complete: povcoop.IatiCatalog) -> None:
    given = complete.unmapped[str(COMPLETE)]
    held = _paths_with_counts(COMPLETE)
    # A key with a predicate reports part of a mapped element (a default-aid-type of another vocabulary).
    for key in [key for key in given if _PREDICATE.match(key)]:
        assert _count_matching(COMPLETE, key) == given[key] > 0, key
    reported = {_normal(key): count for key, count in given.items() if not _PREDICATE.match(key)}
    assert not reported.keys() & MAPPED, "a mapped element is reported as unmapped"
    for key, count in reported.items():
        assert held[key] == count, f"{key}: reported {count}, the file holds {held[key]}"
    for path in held:
        steps = path.split("/")
        covered = any("/".join(steps[:n]) in reported for n in range(1, len(steps) + 1))
        assert path in MAPPED or path in NAMES_OF_CODES or covered, f"{path} is neither mapped nor reported"
    for name in ("contact-info", "location", "result", "crs-add", "fss", "conditions", "policy-marker", "tag",
                 "country-budget-items", "humanitarian-scope", "legacy-data", "other-identifier", "capital-spend",
                 "activity-scope", "collaboration-type", "internal-code"):  # fmt: skip
        assert f"iati-activity/{name}" in reported, name


# Real-world looseness ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def loose() -> povcoop.IatiCatalog:
    return povcoop.read_iati(LOOSE)


def test_whitespace_around_codes_and_the_identifier_is_read_stripped_and_noted(loose: povcoop.IatiCatalog) -> None:
    project = _project(loose, "XM-LOOSE-7")
    assert [c.id for c in project.countries] == ["LAO", "KHM"]
    assert [s.code for s in project.iati_sectors] == ["31140", "14030", "2.3"]
    assert project.iati_status.code == "2" and project.status == "ongoing"
    assert project.reporting_org.iati_type.code == "22"
    assert [p.role.code for p in project.participants] == ["4"]
    assert project.flow_type.code == "10"
    path = LOOSE / "loose-2.02.xml"
    spaced = [
        (element.sourceline, local(element), name)
        for element in parse(path).getroot().iter()
        if isinstance(element.tag, str)
        for name, value in element.attrib.items()
        if value != value.strip()
    ]
    notes = [n for n in loose.notes if n.code == "code-whitespace"]
    assert len(notes) == len(spaced)
    for line, element, name in spaced:
        assert any(
            n.file == str(path)
            and f"{element}" in (n.field or "")
            and f"@{name}" in (n.field or "")
            and f"line {line}" in (n.field or "")
            for n in notes
        ), (line, element, name)


def test_shares_not_summing_to_100_are_noted_not_fatal(loose: povcoop.IatiCatalog) -> None:
    project = _project(loose, "XM-LOOSE-7")
    assert [c.percentage for c in project.recipient_countries] == [50.0, 30.0]
    notes = [n for n in loose.notes if n.code == "percentages-not-100"]
    said = " ".join(f"{n.field} {n.message}" for n in notes)
    assert "recipient countr" in said and "sector" in said and "80" in said and "90" in said
    assert all(n.field and "iati-activity[1]" in n.field and "line " in n.field for n in notes)
    assert len(notes) == 2, "sector vocabulary 8 sums to 100: no note"
    assert all(n.index == 0 and n.id == "XM-LOOSE-7" for n in notes)


def test_no_language_anywhere_is_noted_and_no_language_invented(loose: povcoop.IatiCatalog) -> None:
    project = _project(loose, "XM-LOOSE-7")
    assert [(t.text, t.language) for t in project.titles] == [
        ("Smallholder irrigation pilots", None),
        ("Projets pilotes d'irrigation pour petits exploitants", "fr"),
        ("小农灌溉试点", "zh"),
    ]
    assert project.name == "Smallholder irrigation pilots" and project.name_zh == "小农灌溉试点"
    assert any(n.code == "no-language" for n in loose.notes)


def test_a_currency_given_only_on_the_activity_is_each_values_currency(loose: povcoop.IatiCatalog) -> None:
    project = _project(loose, "XM-LOOSE-7")
    found = {(a.element, a.type, a.currency.code): (a.total, a.count) for a in project.amounts}
    assert found == {("budget", "1", "EUR"): (50000.0, 1), ("transaction", "3", "EUR"): (20000.5, 2)}


def test_versions_2_01_and_2_02_read_like_2_03(loose: povcoop.IatiCatalog) -> None:
    old = _project(loose, "XM-LOOSE-8")
    assert old.status == "completed" and str(old.end) == "2018-12-31" and old.end.precision == "day"
    assert [(r.code, r.vocabulary) for r in old.recipient_regions] == [("789", "1")]
    assert [c.code for c in old.dac_crs_categories] == ["140"]
    assert len([o for o in loose.organizations if o.iati_ref == "XM-LOOSE"]) == 1, "one organisation across files"


# Beside the release ------------------------------------------------------------------------------


def test_read_beside_the_shipped_catalog_and_queried_with_it(cat: povcoop.Catalog) -> None:
    joined = povcoop.read_iati(COMPLETE, LOOSE, base=cat)
    laos = joined.projects.where(country="LAO")
    shipped = {p.id for p in cat.projects.where(country="LAO")}
    read = {p.id for p in laos if p.iati_identifier is not None}
    assert shipped and shipped <= {p.id for p in laos}
    assert {_project(joined, i).id for i in ("XM-EXAMPLE-1001", "XM-LOOSE-7")} == read
    assert _project(joined, "XM-EXAMPLE-1001").countries[0] == joined.countries.get("LAO") == cat.countries.get("LAO")
