"""Every problem of a record at once: a record with a shape problem still has the links inside
its value objects and evidence checked (a membership's country, a membership's evidence's
source), and each is reported with the shape problems."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import povcoop
from conftest import edit


def _found(folder: Path) -> set[tuple[str | None, int | None, str | None, str]]:
    with pytest.raises(povcoop.DataError) as raised:
        povcoop.load(folder)
    return {(p.file, p.index, p.field, p.code) for p in raised.value.problems}


def _asean(organizations: list[dict[str, Any]]) -> dict[str, Any]:
    return next(o for o in organizations if o["id"] == "asean")


def test_a_shape_invalid_records_nested_links_are_reported_with_its_shape_problems(folder: Path) -> None:
    index: list[int] = []

    def change(organizations: list[dict[str, Any]]) -> None:
        asean = _asean(organizations)
        index.append(organizations.index(asean))
        asean["unknown_field"] = 1  # the shape problem
        asean["members"][1]["country"] = "ATLANTIS"
        asean["members"][2]["evidence"][0]["source"] = "no-such-source"
        asean["evidence"][0]["source"] = "nor-this-one"

    edit(folder, "organizations.json", change)
    found = _found(folder)
    at = ("organizations.json", index[0])
    assert (*at, "unknown_field", "unknown-field") in found
    assert (*at, "members[1].country", "dangling-reference") in found
    assert (*at, "members[2].evidence[0].source", "dangling-reference") in found
    assert (*at, "evidence[0].source", "dangling-reference") in found


def test_a_nested_link_of_the_wrong_shape_is_reported_once_as_a_shape_problem(folder: Path) -> None:
    index: list[int] = []

    def change(organizations: list[dict[str, Any]]) -> None:
        asean = _asean(organizations)
        index.append(organizations.index(asean))
        asean["members"][0]["country"] = 7  # not an id: the shape problem names it
        asean["members"][1]["country"] = "ATLANTIS"

    edit(folder, "organizations.json", change)
    fields = {(field, code) for file, i, field, code in _found(folder) if i == index[0]}
    assert ("members[1].country", "dangling-reference") in fields
    assert ("members[0].country", "dangling-reference") not in fields
    assert any(field == "members[0].country" for field, _ in fields)
