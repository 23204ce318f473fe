"""IATI's own schema test suite, read by ``povcoop.read_iati``: tests no one here wrote.

The suite (tests/data/iati/activity-tests, from IATI-Schemas' version-2.03 branch) holds files the
2.03 activity schema must reject (``should-fail``) and files it must accept (``should-pass``). Every
should-fail file must give a DataError that names the file, the line and the schema's own message.
Every should-pass file must pass the schema stage; its placeholder values (``version="xx"``,
``role="xx"``, an empty ``iati-identifier``) are then read or reported as located rule problems,
never as a schema or XML problem, and never as a crash. The expected problems are worked out from
each file with lxml and IATI's vendored codelists, not written down by hand.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import povcoop
from iati_support import (
    SCHEMA_CODE,
    SHOULD_FAIL,
    SHOULD_PASS,
    STOPPING_CODES,
    codelist,
    local,
    parse,
    problems_of,
    schema_errors,
    suite_id,
)

pytest.importorskip("lxml.etree")

ROOT = Path(__file__).resolve().parents[1]
VERSIONS = {"2.01", "2.02", "2.03"}


def test_the_vendored_suite_is_whole() -> None:
    """The suite's 225 should-fail and 58 should-pass files are all here, and IATI's schema judges
    them as the suite says (so a reader's verdict below is compared with the schema's own)."""
    assert (len(SHOULD_FAIL), len(SHOULD_PASS)) == (225, 58)
    assert all(schema_errors(path) for path in SHOULD_FAIL)
    assert not any(schema_errors(path) for path in SHOULD_PASS)


@pytest.mark.parametrize("path", SHOULD_FAIL, ids=suite_id)
def test_a_should_fail_file_is_refused_with_the_schemas_message_and_line(path: Path) -> None:
    problems = problems_of(lambda: povcoop.read_iati(path))
    found = [p for p in problems if p.code == SCHEMA_CODE]
    assert found, f"no {SCHEMA_CODE} problem for {path.name}: {[str(p) for p in problems]}"
    for problem in found:
        assert problem.file == str(path)
        assert problem.field is not None and re.match(r"line \d+", problem.field), problem
    line, message = schema_errors(path)[0]
    assert any(
        problem.field is not None and problem.field.startswith(f"line {line}") and message in problem.message
        for problem in found
    ), f"the schema's first error (line {line}: {message}) is not named: {[str(p) for p in found]}"


def _expected_rule_problems(path: Path) -> set[tuple[str, int | None, str]]:
    """The rule problems ``path``'s placeholders must give: (code, activity index, a part of the field)."""
    root = parse(path).getroot()
    expected: set[tuple[str, int | None, str]] = set()
    if root.get("version") not in VERSIONS:
        expected.add(("unsupported-version", None, f"line {root.sourceline}"))
    roles = codelist("OrganisationRole")
    for index, activity in enumerate(root.iterchildren("iati-activity")):
        if not (activity.findtext("iati-identifier") or "").strip():
            expected.add(("empty-identifier", index, "iati-identifier"))
        for position, org in enumerate(activity.iterchildren("participating-org"), start=1):
            if (org.get("role") or "").strip() not in roles:
                expected.add(("unknown-code", index, f"participating-org[{position}]/@role"))
    return expected


@pytest.mark.parametrize("path", SHOULD_PASS, ids=suite_id)
def test_a_should_pass_file_passes_the_schema_and_its_placeholders_are_located_rule_problems(path: Path) -> None:
    problems = problems_of(lambda: povcoop.read_iati(path))  # any other exception fails the test
    codes = {problem.code for problem in problems}
    assert SCHEMA_CODE not in codes and not codes & STOPPING_CODES, [str(p) for p in problems]
    for problem in problems:
        assert problem.file == str(path), problem
        assert problem.field is not None and re.search(r"line \d+", problem.field), f"not located: {problem}"
    for code, index, field in _expected_rule_problems(path):
        assert any(
            p.code == code and p.index == index and p.field is not None and field in p.field for p in problems
        ), f"{path.name}: expected {code} at activity {index}, {field}; got {[str(p) for p in problems]}"


def test_the_minimal_document_reads_once_its_placeholders_are_real_values(tmp_path: Path) -> None:
    """The suite's minimal document with real values in place of its placeholders reads: the rule
    problems above come from the placeholders, not from the reader."""
    text = (SHOULD_PASS[0].parent / "02-minimal-doc.xml").read_text(encoding="utf-8")
    for placeholder, value in (
        ('version="xx"', 'version="2.03"'),
        ("<iati-identifier></iati-identifier>", "<iati-identifier>XM-EXAMPLE-1</iati-identifier>"),
        ('type="xx" ref="xx"', 'type="21" ref="XM-EXAMPLE"'),
        ('<participating-org role="xx">', '<participating-org role="1" ref="XM-EXAMPLE">'),
        ('code="xx"', 'code="2"'),
        ('type="xx"', 'type="2"'),
    ):
        assert placeholder in text
        text = text.replace(placeholder, value)
    assert '"xx"' not in text
    fixed = tmp_path / "minimal.xml"
    fixed.write_text(text, encoding="utf-8")
    catalog = povcoop.read_iati(fixed)
    assert [project.iati_identifier for project in catalog.projects] == ["XM-EXAMPLE-1"]
    assert problems_of(lambda: povcoop.read_iati(SHOULD_PASS[0].parent / "02-minimal-doc.xml"))


@pytest.mark.parametrize("name", ["should-fail/01-empty-activity.xml", "should-pass/02-minimal-doc.xml"])
def test_the_command_line_validates_an_iati_file_as_the_reader_does(name: str) -> None:
    path = next(p for p in (*SHOULD_FAIL, *SHOULD_PASS) if suite_id(p) == name)
    problems = problems_of(lambda: povcoop.read_iati(path))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "povcoop", "validate", str(path)],
        capture_output=True, text=True, timeout=120, env=env, check=False,
    )  # fmt: skip
    output = result.stdout + result.stderr
    assert result.returncode == (1 if problems else 0), output
    assert problems, "both files have problems: a schema error, or placeholders"
    for problem in problems:
        assert problem.code in output and str(path) in output
        assert problem.field is not None and problem.field in output


def test_the_schemas_messages_name_elements_the_files_hold() -> None:
    """Guard on the comparison above: the schema's messages quote element names the files hold, so
    a reader that made up its own message could not pass by chance."""
    quoted = 0
    for path in SHOULD_FAIL[:40]:
        names = {local(element) for element in parse(path).getroot().iter() if isinstance(element.tag, str)}
        for _, message in schema_errors(path):
            for name in re.findall(r"Element '([^']+)'", message):
                assert name.split("}")[-1] in names
                quoted += 1
    assert quoted > 20
