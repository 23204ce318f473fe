"""The IATI benchmark's file (benchmarks/iati.py) is what the budget says it is: activities of IATI's
conformance suite and of povcoop's export, replicated with new identifiers, valid against IATI's
schema, and read whole by ``read_iati``. (The benchmark measures; this only checks its input.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import povcoop
from iati_support import SHOULD_PASS, parse, schema

pytest.importorskip("lxml.etree")

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import iati as benchmark


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return benchmark.write_file(tmp_path_factory.mktemp("bench") / "activities.xml", 150)


def test_the_file_replicates_the_suite_and_the_export_with_new_identifiers(made: Path) -> None:
    root = parse(made).getroot()
    identifiers = [a.findtext("iati-identifier") for a in root.iterchildren("iati-activity")]
    assert identifiers == [f"XM-BENCH-{n}" for n in range(150)]
    suite_activities = sum(len(parse(path).getroot().findall("iati-activity")) for path in SHOULD_PASS)
    exported = len(povcoop.load().projects)
    assert len(benchmark._templates()) == suite_activities + exported
    descriptions = {a.findtext("reporting-org/narrative") for a in root.iterchildren("iati-activity")}
    assert "povcoop (secondary report of a news release)" in descriptions
    validator = schema()
    assert validator.validate(parse(made)), validator.error_log


def test_the_reader_reads_the_whole_file(made: Path) -> None:
    catalog = povcoop.read_iati(made)
    assert len(catalog.projects) == 150
