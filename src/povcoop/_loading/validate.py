"""The validation pass: each file's parsed value against its pydantic record model.

Runs for a user's folder only; the shipped folder is validated by the same models in the test
suite, so that the shipped catalog loads without importing pydantic.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from povcoop._errors import Problem
from povcoop._layout import Kind, file_of
from povcoop._loading.read import RawData, json_type


def validate(
    raw: RawData, record_models: Mapping[str, Any] | None = None
) -> tuple[frozenset[tuple[Kind, int]], list[Problem]]:
    """Validate the manifest and every kind's records; return the invalid records (present for
    their ids, skipped by the other checks) and the problems, each located and coded."""
    from povcoop._records.models import RECORD_MODELS
    from povcoop._records.validation import records_valid, validate_manifest, validate_records

    models: Mapping[Any, Any] = record_models or RECORD_MODELS
    problems: list[Problem] = []
    if raw.manifest:
        problems.extend(validate_manifest(raw.manifest))
    invalid: set[tuple[Kind, int]] = set()
    for kind, records in raw.records.items():
        if not records or records_valid(models[kind], records):
            continue  # valid: the models need not build their objects to say so
        found = validate_records(kind, models[kind], records)
        problems.extend(found)
        invalid.update((kind, p.index) for p in found if p.index is not None)
    return frozenset(invalid), problems


def shape_problems(raw: RawData) -> tuple[frozenset[tuple[Kind, int]], list[Problem]]:
    """Without the models (the shipped folder): only that each record is an object."""
    problems: list[Problem] = []
    invalid: set[tuple[Kind, int]] = set()
    for kind, records in raw.records.items():
        for index, record in enumerate(records):
            if not isinstance(record, dict):
                message = f"a record must be a JSON object, not {json_type(record)}"
                problems.append(Problem(file=file_of(kind), index=index, code="wrong-type", message=message))
                invalid.add((kind, index))
    return frozenset(invalid), problems
