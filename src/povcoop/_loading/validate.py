"""The validation pass: each file's parsed value against its pydantic record model.

Runs for a user's folder only; the shipped folder is validated by the same models in the test
suite, so that the shipped catalog loads without importing pydantic.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from povcoop._base.errors import Problem, ProblemLog
from povcoop._base.layout import Kind, file_of
from povcoop._loading.read import RawData, json_type

CHUNK: Final = 2_000
"""Records validated at once: the problems of a file are made a chunk at a time, so that a file
of millions of bad records never holds them all in memory (see :class:`ProblemLog`)."""


def validate(
    raw: RawData, record_models: Mapping[str, Any] | None = None, types: Mapping[Kind, type] | None = None
) -> tuple[frozenset[tuple[Kind, int]], ProblemLog]:
    """Validate the manifest and every kind's records; return the invalid records (present for
    their ids, skipped by the other checks) and the problems, each located and coded.

    The record models are ``record_models``, else those derived from the registry of ``types``
    (the entity classes), else the shipped ones.

    Once a file has more problems than a load keeps (the log is :attr:`~ProblemLog.full`), its
    invalid records are no longer collected: the load fails anyway, and the other passes do
    not run (their problems would not be listed either)."""
    from povcoop._records.models import RECORD_MODELS, record_model
    from povcoop._records.validation import problem_codes, records_valid, validate_manifest, validate_records

    derived = None if types is None else {kind: record_model(cls) for kind, cls in types.items()}
    models: Mapping[Any, Any] = record_models or derived or RECORD_MODELS
    problems = ProblemLog()
    if raw.manifest:
        problems.extend(validate_manifest(raw.manifest))
    invalid: set[tuple[Kind, int]] = set()
    for kind, records in raw.records.items():
        for start in range(0, len(records), CHUNK):
            chunk = records[start : start + CHUNK]
            if problems.full and problems.kept_of[file_of(kind)] >= problems.per_file:
                problems.count_omitted(file_of(kind), problem_codes(models[kind], chunk))  # no more are listed
                continue
            if records_valid(models[kind], chunk):
                continue  # valid: the models need not build their objects to say so
            found = validate_records(kind, models[kind], chunk, offset=start)
            problems.extend(found)
            if not problems.full:
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
