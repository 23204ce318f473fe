"""``CITATION.cff``: valid per the Citation File Format 1.2.0 schema, and its versions are povcoop's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

import povcoop

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = Path(__file__).parent / "data" / "cff-1.2.0-schema.json"


@pytest.fixture(scope="module")
def cff() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def test_valid_per_the_cff_schema(cff: dict[str, Any], validator: jsonschema.Draft7Validator) -> None:
    validator.validate(cff)
    assert cff["cff-version"] == "1.2.0"


def test_the_schema_can_fail(cff: dict[str, Any], validator: jsonschema.Draft7Validator) -> None:
    assert list(validator.iter_errors({**cff, "license": "not a licence"}))
    assert list(validator.iter_errors({key: value for key, value in cff.items() if key != "authors"}))


def test_versions_are_the_codes_and_the_datas(cff: dict[str, Any]) -> None:
    assert cff["version"] == povcoop.__version__
    (data,) = [reference for reference in cff["references"] if reference["type"] == "data"]
    catalog = povcoop.load()
    assert data["version"] == catalog.data_version
    assert data["date-released"] == catalog.manifest.data_version_date
    assert data["title"] == catalog.title


def test_the_release_is_referenced_as_the_catalog_has_it(cff: dict[str, Any]) -> None:
    release = povcoop.load().release
    (article,) = [reference for reference in cff["references"] if reference["type"] == "newspaper-article"]
    assert article["title"] == release.title
    assert article["date-published"] == str(release.published)
    assert article["publisher"]["name"] == release.publisher
    assert [author["name"] for author in article["authors"]] == [release.reporter]
    assert "url" not in article and release.url is None, "no address of the release is known"
