"""Build the code lists that povcoop ships in ``src/povcoop/data/codes/``.

Run from the repository root as ``python tools/build_code_lists.py``. Uses only the
standard library and pycountry and reads no network resource:

* the IATI Standard 2.03 codelists in ``tests/data/standards/iati/codelists/`` (see
  ``tests/data/standards/README.md``) for the OECD DAC CRS purpose and sector-category
  codes, the OECD DAC regions, the UN SDG goals and targets, and the IATI aid-type,
  activity-status and organisation-type codes;
* ``pycountry.countries`` (Debian iso-codes) for ISO 3166-1 alpha-2, alpha-3 and numeric
  codes, cross-checked against IATI's ``Country.xml`` (the differences are printed);
* ``tools/m49_regions.json`` for the UN M49 geographic regions, and
  ``tools/unsd-m49-overview.csv`` for the countries and areas under them: a byte-for-byte copy of
  the UNSD's English M49 overview table as kept in ``tmp/UNSD-en.csv`` of the public-domain data
  package ``datasets/country-codes`` (commit 25c1991e, 2024-09-25), checked against its recorded
  SHA-256, against the regions and against pycountry's ISO 3166-1 codes;
* ``tools/oecd-dac-crs-recipients.csv`` for the OECD DAC CRS recipient codes: a byte-for-byte
  copy of ``data/recipients.csv`` of the public-domain data package
  ``datasets/dac-and-crs-code-lists`` (last changed in commit fa32c5b, 2024-06-14), checked
  against its recorded SHA-256. It is data, not code: a new version of the list is a new copy
  with a new digest.

It writes one ``<scheme>.json`` per code scheme, each of the shape::

    {"scheme": ..., "title": ..., "publisher": ..., "source": ..., "url": ... or null,
     "licence": ..., "codes": {code: English name, ...}, "withdrawn": [code, ...]}

and, for UN M49, ``"parents": {code: parent code, ...}`` (the region each region, country or
area lies in: its intermediate region, else its sub-region, else its region).

with the codes in the list's own order (the order of the IATI file; ascending code for
ISO 3166-1 and M49), plus a ``README.md`` with the attribution of each file. English
names have their whitespace normalised (runs of blanks collapsed, ends stripped);
nothing else is changed. Withdrawn codes stay in ``codes`` and are also named in
``withdrawn``. The output is deterministic: running the script twice gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.metadata
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import NotRequired, TypedDict

import pycountry

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_STANDARDS = ROOT / "tests" / "data" / "standards"
DEFAULT_OUT = ROOT / "src" / "povcoop" / "data" / "codes"
M49_INPUT = ROOT / "tools" / "m49_regions.json"
M49_COUNTRIES_INPUT = ROOT / "tools" / "unsd-m49-overview.csv"
M49_COUNTRIES_SHA256 = "7f065ee4ee9ef7f1819f2e90bd58850eacd47615fc77f62eb71a6e01d0e7100a"
DAC_RECIPIENTS_INPUT = ROOT / "tools" / "oecd-dac-crs-recipients.csv"
DAC_RECIPIENTS_SHA256 = "3282954a52a664060af6ed6905a261d076355527a877966185b47fc2d3e50af0"
DAC_RECIPIENTS_URL = (
    "https://www2.oecd.org/dac/financing-sustainable-development/development-finance-standards/dacandcrscodelists.htm"
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# The repositories and commits the standards README gives for the codelists. A codelist
# with embedded="1" comes from IATI-Codelists, one with embedded="0" from
# IATI-Codelists-NonEmbedded. The README is checked to still name them.
IATI_EMBEDDED = ("IATI/IATI-Codelists", "75e827ba", "branch version-2.03")
IATI_NON_EMBEDDED = ("IATI/IATI-Codelists-NonEmbedded", "7aeece77", "")
IATI_LICENCE = (
    "IATI Standard 2.03 codelists, published by IATI for open re-use with attribution "
    "(see IATI's guidance on licensing)"
)
OECD_DAC = "OECD Development Assistance Committee (DAC); replicated by IATI"
UNITED_NATIONS = "United Nations; replicated by IATI"
IATI = "International Aid Transparency Initiative (IATI)"

ISO_PUBLISHER = "ISO"
ISO_URL = "https://www.iso.org/iso-3166-country-codes.html"
ISO_LICENCE = (
    "ISO 3166-1 codes and short names, as distributed by pycountry (LGPL-2.1) from Debian iso-codes (LGPL-2.1-or-later)"
)


class CodeList(TypedDict):
    """One shipped code list, in the order its keys are written."""

    scheme: str
    title: str
    publisher: str
    source: str
    url: str | None
    licence: str
    codes: dict[str, str]
    withdrawn: list[str]
    parents: NotRequired[dict[str, str]]
    """The region each region, country or area lies in (UN M49 only; the World has none)."""


@dataclass(frozen=True)
class IatiSpec:
    """How one IATI codelist file becomes one povcoop scheme."""

    scheme: str
    filename: str
    publisher: str
    code_pattern: str


IATI_SPECS: tuple[IatiSpec, ...] = (
    IatiSpec("oecd-dac-crs-purpose", "Sector.xml", OECD_DAC, r"\d{5}"),
    IatiSpec("oecd-dac-crs-category", "SectorCategory.xml", OECD_DAC, r"\d{3}"),
    IatiSpec("oecd-dac-region", "Region.xml", OECD_DAC, r"\d{2,4}"),
    IatiSpec("un-sdg-goal", "UNSDG-Goals.xml", UNITED_NATIONS, r"[1-9]\d?"),
    IatiSpec("un-sdg-target", "UNSDG-Targets.xml", UNITED_NATIONS, r"[1-9]\d?\.(?:[1-9]\d?|[a-z])"),
    IatiSpec("iati-aid-type", "AidType.xml", OECD_DAC, r"[A-Z]\d{2,3}"),
    IatiSpec("iati-activity-status", "ActivityStatus.xml", IATI, r"\d"),
    IatiSpec("iati-organisation-type", "OrganisationType.xml", IATI, r"\d{2}"),
    # The lists the IATI reader checks codes against (povcoop.read_iati).
    IatiSpec("iati-activity-date-type", "ActivityDateType.xml", IATI, r"\d"),
    IatiSpec("iati-organisation-role", "OrganisationRole.xml", IATI, r"\d"),
    IatiSpec("iati-flow-type", "FlowType.xml", OECD_DAC, r"\d{2}"),
    IatiSpec("iati-finance-type", "FinanceType.xml", OECD_DAC, r"\d{1,4}"),
    IatiSpec("iati-tied-status", "TiedStatus.xml", OECD_DAC, r"\d"),
    IatiSpec("iati-currency", "Currency.xml", ISO_PUBLISHER, r"[A-Z]{3}"),
    IatiSpec("iati-region-vocabulary", "RegionVocabulary.xml", IATI, r"\d{1,2}"),
    IatiSpec("iati-sector-vocabulary", "SectorVocabulary.xml", IATI, r"\d{1,2}"),
    IatiSpec("iati-aid-type-vocabulary", "AidTypeVocabulary.xml", IATI, r"\d"),
    IatiSpec("iati-related-activity-type", "RelatedActivityType.xml", IATI, r"\d"),
    IatiSpec("iati-description-type", "DescriptionType.xml", IATI, r"\d"),
    IatiSpec("iati-budget-type", "BudgetType.xml", IATI, r"\d"),
    IatiSpec("iati-transaction-type", "TransactionType.xml", IATI, r"\d{1,2}"),
    IatiSpec("iati-document-category", "DocumentCategory.xml", IATI, r"[A-B]\d{2}"),
)


def clean(text: str | None) -> str:
    """Collapse runs of whitespace and strip the ends; an empty result is an error."""
    result = " ".join((text or "").split())
    if not result:
        raise ValueError("empty text where a code or name was expected")
    return result


def english(parent: ET.Element | None, default_lang: str, where: str) -> str:
    """The one English ``narrative`` under ``parent`` (``name`` or ``metadata/name``)."""
    if parent is None:
        raise ValueError(f"{where}: no name element")
    # A list may repeat its English name, once without xml:lang and once with (BudgetType.xml).
    texts = list(
        dict.fromkeys(clean(n.text) for n in parent.findall("narrative") if n.get(XML_LANG, default_lang) == "en")
    )
    if len(texts) != 1:
        raise ValueError(f"{where}: expected one English narrative, found {len(texts)}")
    return clean(texts[0])


def iati_source(filename: str, embedded: str, standards_readme: str) -> str:
    """The ``source`` string of an IATI codelist, checked against the standards README."""
    if embedded not in {"0", "1"}:
        raise ValueError(f"{filename}: unexpected embedded={embedded!r}")
    repo, commit, branch = IATI_EMBEDDED if embedded == "1" else IATI_NON_EMBEDDED
    for needle in (repo, commit):
        if needle not in standards_readme:
            raise ValueError(f"the standards README no longer names {needle!r}: update this script")
    at = f"{repo} at {commit}" + (f", {branch}" if branch else "")
    return f"{filename}, {at} (IATI Standard 2.03 codelists)"


def read_iati(spec: IatiSpec, codelists: Path, standards_readme: str) -> CodeList:
    """Read one IATI codelist file into a :class:`CodeList`."""
    root = ET.parse(codelists / spec.filename).getroot()
    lang = root.get(XML_LANG, "en")
    title = english(root.find("metadata/name"), lang, spec.filename)
    url_text = root.findtext("metadata/url")
    url = clean(url_text) if url_text and url_text.strip() else None
    pattern = re.compile(spec.code_pattern)
    codes: dict[str, str] = {}
    withdrawn: list[str] = []
    for item in root.findall("codelist-items/codelist-item"):
        code = clean(item.findtext("code"))
        where = f"{spec.filename} code {code}"
        if not pattern.fullmatch(code):
            raise ValueError(f"{where}: does not match {spec.code_pattern}")
        if code in codes:
            raise ValueError(f"{where}: duplicate")
        codes[code] = english(item.find("name"), lang, where)
        status = item.get("status", "active")
        if status == "withdrawn":
            withdrawn.append(code)
        elif status != "active":
            raise ValueError(f"{where}: unknown status {status!r}")
    if not codes:
        raise ValueError(f"{spec.filename}: no codes")
    return CodeList(
        scheme=spec.scheme,
        title=title,
        publisher=spec.publisher,
        source=iati_source(spec.filename, root.get("embedded", ""), standards_readme),
        url=url,
        licence=IATI_LICENCE,
        codes=codes,
        withdrawn=withdrawn,
    )


def check_iati(lists: dict[str, CodeList], codelists: Path) -> None:
    """Cross-checks between the IATI lists: SDG counts and parents, sector categories."""
    goals = lists["un-sdg-goal"]["codes"]
    targets = lists["un-sdg-target"]["codes"]
    if len(goals) != 17 or len(targets) != 169:
        raise ValueError(f"expected 17 SDGs and 169 targets, got {len(goals)} and {len(targets)}")
    orphans = [t for t in targets if t.split(".")[0] not in goals]
    if orphans:
        raise ValueError(f"SDG targets without a goal: {orphans}")
    categories = lists["oecd-dac-crs-category"]["codes"]
    root = ET.parse(codelists / "Sector.xml").getroot()
    for item in root.findall("codelist-items/codelist-item"):
        code = clean(item.findtext("code"))
        category = clean(item.findtext("category"))
        if category != code[:3] or category not in categories:
            raise ValueError(f"Sector.xml code {code}: category {category} is not its 3-digit parent")


def iso_lists() -> list[CodeList]:
    """ISO 3166-1 alpha-2, alpha-3 and numeric lists from ``pycountry.countries``."""
    version = importlib.metadata.version("pycountry")
    source = f"pycountry {version} (Debian iso-codes)"
    countries = list(pycountry.countries)
    out: list[CodeList] = []
    for scheme, title, attr, pattern in (
        ("iso3166-1-alpha-2", "ISO 3166-1 alpha-2 country codes", "alpha_2", r"[A-Z]{2}"),
        ("iso3166-1-alpha-3", "ISO 3166-1 alpha-3 country codes", "alpha_3", r"[A-Z]{3}"),
        ("iso3166-1-numeric", "ISO 3166-1 numeric country codes", "numeric", r"\d{3}"),
    ):
        pairs = [(str(getattr(c, attr)), clean(c.name)) for c in countries]
        bad = [code for code, _ in pairs if not re.fullmatch(pattern, code)]
        if bad or len({code for code, _ in pairs}) != len(pairs):
            raise ValueError(f"{scheme}: malformed or duplicate codes {bad}")
        out.append(
            CodeList(
                scheme=scheme,
                title=title,
                publisher=ISO_PUBLISHER,
                source=source,
                url=ISO_URL,
                licence=ISO_LICENCE,
                codes=dict(sorted(pairs)),
                withdrawn=[],
            )
        )
    return out


def compare_with_iati_countries(alpha_2: CodeList, codelists: Path) -> None:
    """Print how pycountry's alpha-2 codes differ from IATI's ``Country.xml``."""
    root = ET.parse(codelists / "Country.xml").getroot()
    lang = root.get(XML_LANG, "en")
    iati: dict[str, tuple[str, str]] = {}
    for item in root.findall("codelist-items/codelist-item"):
        code = clean(item.findtext("code"))
        iati[code] = (english(item.find("name"), lang, f"Country.xml code {code}"), item.get("status", "active"))
    ours = alpha_2["codes"]
    print("ISO 3166-1 alpha-2: pycountry vs IATI Country.xml")
    for code in sorted(set(iati) - set(ours)):
        name, status = iati[code]
        print(f"  only in IATI ({status}): {code} {name}")
    for code in sorted(set(ours) - set(iati)):
        print(f"  only in pycountry: {code} {ours[code]}")
    for code in sorted(set(ours) & set(iati)):
        name, status = iati[code]
        if status != "active":
            print(f"  {status} in IATI but current in pycountry: {code} {ours[code]}")
        if name.casefold() != ours[code].casefold():
            print(f"  name differs: {code} pycountry {ours[code]!r} / IATI {name!r}")


def m49_list(path: Path, iso_numeric: CodeList, countries_csv: Path = M49_COUNTRIES_INPUT) -> CodeList:
    """The UN M49 list: the regions of its JSON input file and the countries and areas of the
    UNSD overview table under them, checked for shape and clashes."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise TypeError(f"{path}: expected a JSON object")
    meta: dict[str, str] = {}
    for key in ("scheme", "title", "publisher", "source", "url", "licence"):
        value = data.get(key)
        if not isinstance(value, str) or not value:
            raise ValueError(f"{path}: {key} must be a non-empty string")
        meta[key] = value
    regions = data.get("regions")
    if not isinstance(regions, list):
        raise TypeError(f"{path}: regions must be a list")
    codes, parents = m49_regions(path, regions, iso_numeric)
    country_names, country_parents = m49_countries(countries_csv, codes, parents, iso_numeric)
    codes |= country_names
    parents |= country_parents
    return CodeList(
        scheme=meta["scheme"],
        title=meta["title"],
        publisher=meta["publisher"],
        source=meta["source"],
        url=meta["url"],
        licence=meta["licence"],
        codes=dict(sorted(codes.items())),
        withdrawn=[],
        parents=dict(sorted(parents.items())),
    )


def dac_recipient_list(path: Path) -> CodeList:
    """The OECD DAC CRS recipient codes from the copied CSV, in the file's order, digest checked."""
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != DAC_RECIPIENTS_SHA256:
        raise ValueError(f"{path}: SHA-256 {digest} is not the recorded copy's; update the digest and the source")
    rows = list(csv.DictReader(raw.decode("utf-8").splitlines()))
    codes: dict[str, str] = {}
    for row in rows:
        code = clean(row.get("code"))
        if not re.fullmatch(r"\d{2,4}", code) or code in codes:
            raise ValueError(f"{path}: malformed or duplicate code {code!r}")
        codes[code] = clean(row.get("name_en"))
    return CodeList(
        scheme="oecd-dac-recipient",
        title="DAC and CRS code lists: recipient codes",
        publisher="OECD Development Assistance Committee (DAC)",
        source=(
            "data/recipients.csv of the data package datasets/dac-and-crs-code-lists (GitHub), last changed in "
            "commit fa32c5b (2024-06-14), an automated scrape of the OECD's DAC and CRS code lists; copied to "
            "tools/oecd-dac-crs-recipients.csv. The package does not say which year's DAC List of ODA Recipients "
            "it reflects."
        ),
        url=DAC_RECIPIENTS_URL,
        licence=(
            "Data package: Open Data Commons Public Domain Dedication and License (ODC-PDDL-1.0); "
            "the codes and names are the OECD's, attributed to it"
        ),
        codes=codes,
        withdrawn=[],
    )


def m49_regions(path: Path, regions: list[object], iso_numeric: CodeList) -> tuple[dict[str, str], dict[str, str]]:
    """The M49 regions' names and parents, each region checked."""
    codes: dict[str, str] = {}
    parents: dict[str, str] = {}
    for region in regions:
        if not isinstance(region, dict):
            raise TypeError(f"{path}: each region must be an object")
        code, name, parent = region.get("code"), region.get("name"), region.get("parent")
        if not isinstance(code, str) or not re.fullmatch(r"\d{3}", code) or not isinstance(name, str):
            raise ValueError(f"{path}: bad region {region!r}")
        if code in codes:
            raise ValueError(f"{path}: duplicate region code {code}")
        if code in iso_numeric["codes"]:
            raise ValueError(f"{path}: {code} is a country code, not a region")
        codes[code] = clean(name)
        if parent is not None:
            parents[code] = parent
    for code, parent in parents.items():
        if parent not in codes or parent == code:
            raise ValueError(f"{path}: region {code} has an unknown parent {parent!r}")
    return codes, parents


_M49_LEVELS = (
    ("Global Code", "Global Name"),
    ("Region Code", "Region Name"),
    ("Sub-region Code", "Sub-region Name"),
    ("Intermediate Region Code", "Intermediate Region Name"),
)
"""The columns of the UNSD overview table that give a country's chain of regions, widest first."""


def m49_countries(
    path: Path, regions: dict[str, str], region_parents: dict[str, str], iso_numeric: CodeList
) -> tuple[dict[str, str], dict[str, str]]:
    """The countries and areas of the UNSD overview table: their names and the region each
    lies in (the narrowest of its chain). Every region of a chain must be one of ``regions``,
    under the one before it, with the same name; every country's M49 code must be an ISO
    3166-1 numeric code, and its ISO alpha-2 and alpha-3 codes pycountry's."""
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != M49_COUNTRIES_SHA256:
        raise ValueError(f"{path}: SHA-256 {digest} is not the recorded copy's; update the digest and the source")
    by_numeric = {str(c.numeric): c for c in pycountry.countries}
    names: dict[str, str] = {}
    parents: dict[str, str] = {}
    for row in csv.DictReader(raw.decode("utf-8-sig").splitlines()):
        code, name = clean(row.get("M49 Code")), clean(row.get("Country or Area"))
        where = f"{path} country {code} {name}"
        chain: list[str] = []
        for code_column, name_column in _M49_LEVELS:
            level = (row.get(code_column) or "").strip()
            if not level:
                continue
            if regions.get(level) != clean(row.get(name_column)):
                raise ValueError(f"{where}: region {level} is not {row.get(name_column)!r} in {M49_INPUT.name}")
            if chain and region_parents.get(level) != chain[-1]:
                raise ValueError(f"{where}: region {level} does not lie in {chain[-1]}")
            chain.append(level)
        iso = by_numeric.get(code)
        if iso is None or code not in iso_numeric["codes"]:
            raise ValueError(f"{where}: not an ISO 3166-1 numeric code")
        if (iso.alpha_2, iso.alpha_3) != (row.get("ISO-alpha2 Code"), row.get("ISO-alpha3 Code")):
            raise ValueError(f"{where}: ISO codes differ from pycountry's {iso.alpha_2}/{iso.alpha_3}")
        if code in names or code in regions or not chain:
            raise ValueError(f"{where}: duplicate, a region's code, or in no region")
        names[code] = name
        parents[code] = chain[-1]
    missing = sorted(set(iso_numeric["codes"]) - set(names))
    print(f"UN M49: {len(names)} countries and areas; ISO 3166-1 numeric codes without one: {missing}")
    return names, parents


def readme(lists: list[CodeList]) -> str:
    """The attribution README of the ``codes`` folder."""
    lines = [
        "# Code lists shipped with povcoop",
        "",
        "Generated by `tools/build_code_lists.py`; do not edit by hand. Each `<scheme>.json` holds",
        "`scheme`, `title`, `publisher`, `source`, `url` (null where the source names none), `licence`,",
        "`codes` (code to English name, in the list's own order) and `withdrawn` (codes withdrawn by the",
        "publisher; they stay in `codes` so that older records still resolve).",
        "",
        "Only whitespace in names was normalised; codes and names are otherwise as published.",
        "",
        "## Attribution",
        "",
        "- IATI codelists: IATI Standard 2.03, International Aid Transparency Initiative, published for",
        "  open re-use with attribution. The OECD DAC lists (CRS purpose codes, sector categories, regions,",
        "  aid types) are the OECD Development Assistance Committee's, as replicated by IATI; the SDG goals",
        "  and targets are the United Nations' (A/RES/70/1), as replicated by IATI.",
        "- ISO 3166-1: codes and short names maintained by the ISO 3166 Maintenance Agency, taken from",
        "  pycountry (LGPL-2.1), whose data comes from Debian iso-codes (LGPL-2.1-or-later).",
        "- UN M49: geographic regions of the United Nations Statistics Division's Standard country or area",
        "  codes for statistical use (Series M, No. 49), https://unstats.un.org/unsd/methodology/m49/.",
        "  The regions are transcribed in `tools/m49_regions.json`; the countries and areas under them come",
        "  from the UNSD's English overview table (https://unstats.un.org/unsd/methodology/m49/overview/),",
        "  as copied in `tmp/UNSD-en.csv` of the data package `datasets/country-codes` (commit 25c1991e,",
        "  2024-09-25; licensed by its maintainers under the Open Data Commons Public Domain Dedication and",
        "  License, ODC-PDDL-1.0), copied byte for byte to `tools/unsd-m49-overview.csv`. A country's M49",
        "  code is its ISO 3166-1 numeric code (checked); its name is the UNSD's. `parents` gives the region",
        "  each region, country or area lies in (Taiwan, 158 in ISO 3166-1, is not in the table).",
        "- OECD DAC CRS recipient codes: the OECD's codes and names, from `data/recipients.csv` of the",
        "  data package `datasets/dac-and-crs-code-lists` (commit fa32c5b, 2024-06-14; licensed by its",
        "  maintainers under the Open Data Commons Public Domain Dedication and License, ODC-PDDL-1.0),",
        "  copied byte for byte to `tools/oecd-dac-crs-recipients.csv`. Upstream:",
        f"  {DAC_RECIPIENTS_URL}. Brunei Darussalam (725) and Singapore (761) are",
        "  not in this version of the list (they are not ODA recipients), so povcoop's data give them no",
        "  recipient code.",
        "",
        "## Files",
        "",
        "| file | title | publisher | source | codes | withdrawn |",
        "| --- | --- | --- | --- | ---: | ---: |",
    ]
    for cl in lists:
        lines.append(
            f"| `{cl['scheme']}.json` | {cl['title']} | {cl['publisher']} | {cl['source']} "
            f"| {len(cl['codes'])} | {len(cl['withdrawn'])} |"
        )
    lines.append("")
    return "\n".join(lines)


def dump(code_list: CodeList) -> str:
    """Serialise one code list: UTF-8 text, one key per line, trailing newline."""
    return json.dumps(code_list, ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Build every code list and write it with the README to the output folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--standards", type=Path, default=DEFAULT_STANDARDS, help="the standards folder (default: tests/data/standards)"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the folder to write the lists to")
    args = parser.parse_args(argv)
    standards: Path = args.standards
    out: Path = args.out
    codelists = standards / "iati" / "codelists"
    standards_readme = (standards / "README.md").read_text(encoding="utf-8")

    iati = {spec.scheme: read_iati(spec, codelists, standards_readme) for spec in IATI_SPECS}
    check_iati(iati, codelists)
    iso = iso_lists()
    compare_with_iati_countries(iso[0], codelists)
    m49 = m49_list(M49_INPUT, iso[2])
    lists = [*iati.values(), *iso, m49, dac_recipient_list(DAC_RECIPIENTS_INPUT)]

    out.mkdir(parents=True, exist_ok=True)
    expected = {f"{cl['scheme']}.json" for cl in lists}
    for stray in sorted(p.name for p in out.glob("*.json") if p.name not in expected):
        print(f"warning: {out / stray} is not built by this script", file=sys.stderr)
    for cl in lists:
        (out / f"{cl['scheme']}.json").write_text(dump(cl), encoding="utf-8", newline="\n")
        print(f"{cl['scheme']}: {len(cl['codes'])} codes, {len(cl['withdrawn'])} withdrawn")
    (out / "README.md").write_text(readme(lists), encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
