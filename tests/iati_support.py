"""What the IATI reader's tests share: where the vendored IATI files are, a parser that resolves
nothing, IATI's own schema and codelists (as vendored, independent of what the package ships), and
the problems a read gives."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import povcoop

HERE = Path(__file__).resolve().parent
IATI = HERE / "data" / "iati"
SUITE = IATI / "activity-tests"
"""IATI's own schema test suite (IATI-Schemas, branch version-2.03): see tests/data/iati/README.md."""
SHOULD_FAIL = sorted((SUITE / "should-fail").rglob("*.xml"))
SHOULD_PASS = sorted((SUITE / "should-pass").rglob("*.xml"))
COMPLETE = IATI / "complete" / "complete-2.03.xml"
LOOSE = IATI / "loose"
HOSTILE = IATI / "hostile"
STANDARDS = HERE / "data" / "standards" / "iati"
XSD = STANDARDS / "schema" / "iati-activities-schema.xsd"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

STOPPING_CODES = frozenset(
    {"invalid-xml", "dtd-refused", "entity-refused", "too-deep", "text-too-large", "too-large", "not-iati"}
)
"""The XML stage's codes: a file that has one is not read further."""
SCHEMA_CODE = "schema-invalid"


def suite_id(path: Path) -> str:
    """A test id for a suite file: its path inside the suite."""
    return path.relative_to(SUITE).as_posix()


def parse(path: Path) -> Any:
    """``path`` as an lxml tree, parsed with nothing resolved or fetched."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.parse(str(path), parser)


@cache
def schema() -> Any:
    """IATI's 2.03 activity schema, as vendored in tests/data/standards."""
    from lxml import etree

    return etree.XMLSchema(etree.parse(str(XSD)))


def schema_errors(path: Path) -> list[tuple[int, str]]:
    """The schema's errors on ``path``: (line, message), in the validator's order."""
    validator = schema()
    validator.validate(parse(path))
    return [(error.line, error.message) for error in validator.error_log]


@cache
def codelist(name: str) -> frozenset[str]:
    """The codes of IATI's codelist ``name`` (withdrawn ones too: a file may use them)."""
    root = parse(STANDARDS / "codelists" / f"{name}.xml")
    return frozenset(item.findtext("code") for item in root.iter("codelist-item"))


def problems_of(read: Callable[[], object]) -> tuple[povcoop.Problem, ...]:
    """The problems ``read`` raises as a DataError; none if it reads."""
    try:
        read()
    except povcoop.DataError as error:
        return tuple(error.problems)
    return ()


def local(element: Any) -> str:
    """An element's or attribute's name without its namespace."""
    from lxml import etree

    return str(etree.QName(element).localname)
