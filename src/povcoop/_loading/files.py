"""Read a data folder's files into plain JSON values, collecting every problem on the way.

The folder is a :class:`~importlib.resources.abc.Traversable`: the shipped ``povcoop/data``
(read with :mod:`importlib.resources`) or a user's :class:`pathlib.Path`. Nothing here knows
what a record means; :mod:`povcoop._loading.checks` does.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.resources.abc import Traversable
from typing import Any, NamedTuple

from povcoop._errors import Problem
from povcoop._layout import KINDS, MANIFEST, Kind, file_of

Validator = Callable[[str, Any], list[Problem]]
"""Checks a file against its schema: its name and its parsed JSON value -> problems."""


class RawData(NamedTuple):
    """A folder's content as JSON values: the manifest, the records of each kind, source texts."""

    manifest: dict[str, Any]
    records: dict[Kind, list[dict[str, Any]]]
    texts: dict[str, str]
    """Source texts by ``text_file`` path, for the sources that name one."""
    invalid: frozenset[tuple[Kind, int]]
    """Records that failed schema validation: present for their ids, skipped by other checks."""
    unreadable: frozenset[str]
    """Text files that could not be read (already a problem): quotes into them go unchecked."""


def _read_bytes(node: Traversable, name: str, problems: list[Problem]) -> bytes | None:
    try:
        return node.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(file=name, message="file not found"))
    except IsADirectoryError:
        problems.append(Problem(file=name, message="is a folder, not a file"))
    except OSError as error:
        problems.append(Problem(file=name, message=f"cannot be read: {error.strerror or error}"))
    return None


_UNREADABLE = object()
"""What :func:`_parse_json` returns for a file it could not parse (``None`` is JSON null)."""


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _parse_json(name: str, data: bytes, problems: list[Problem]) -> Any:
    try:
        return json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError as error:
        problems.append(
            Problem(file=name, message=f"not UTF-8: byte {error.start} cannot be decoded")
        )
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        problems.append(Problem(file=name, message=f"not valid JSON ({where}): {error.msg}"))
    except ValueError as error:  # NaN or Infinity, or an integer of thousands of digits
        problems.append(Problem(file=name, message=f"not valid JSON: {error}"))
    except RecursionError:
        problems.append(Problem(file=name, message="JSON nested too deeply to read"))
    return _UNREADABLE


def _text_path_problem(path: str) -> str | None:
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "must be a plain path inside the data folder (no '.', '..' or empty parts)"
    return None


def read_folder(root: Traversable, *, validate: Validator | None) -> tuple[RawData, list[Problem]]:
    """Read ``catalog.json``, each ``<kind>.json`` and the source texts below ``root``.

    A missing kind file is an empty kind; a missing manifest is a problem. With ``validate``,
    each file's bytes are also checked against its schema and failing records are marked.
    """
    problems: list[Problem] = []
    invalid: set[tuple[Kind, int]] = set()

    manifest: dict[str, Any] = {}
    data = _read_bytes(root.joinpath(MANIFEST), MANIFEST, problems)
    if data is not None:
        value = _parse_json(MANIFEST, data, problems)
        if isinstance(value, dict):
            manifest = value
            if validate is not None:
                problems.extend(validate(MANIFEST, value))
        elif value is not _UNREADABLE:
            problems.append(Problem(file=MANIFEST, message=f"must hold a JSON object, not {_json_type(value)}"))

    records: dict[Kind, list[dict[str, Any]]] = {}
    for kind in KINDS:
        name = file_of(kind)
        node = root.joinpath(name)
        records[kind] = []
        if not node.is_file():
            if node.is_dir():
                problems.append(Problem(file=name, message="is a folder, not a file"))
            continue
        data = _read_bytes(node, name, problems)
        if data is None:
            continue
        value = _parse_json(name, data, problems)
        if value is _UNREADABLE:
            continue
        if not isinstance(value, list):
            problems.append(
                Problem(file=name, message=f"must hold a JSON array of records, not {_json_type(value)}")
            )
            continue
        file_problems = validate(name, value) if validate is not None else []
        problems.extend(file_problems)
        invalid.update((kind, p.index) for p in file_problems if p.index is not None)
        for index, record in enumerate(value):
            if isinstance(record, dict):
                records[kind].append(record)
            else:
                # Keep indexes aligned with the file; the schema problem is already listed
                # (or, without a validator, list it here).
                records[kind].append({})
                invalid.add((kind, index))
                if validate is None:
                    message = f"a record must be a JSON object, not {_json_type(record)}"
                    problems.append(Problem(file=name, index=index, message=message))

    texts: dict[str, str] = {}
    unreadable: set[str] = set()
    for index, source in enumerate(records["sources"]):
        path = source.get("text_file")
        if not isinstance(path, str) or path in texts or path in unreadable:
            continue
        bad_path = _text_path_problem(path)
        text_problems: list[Problem] = []
        raw = None if bad_path else _read_bytes(root.joinpath(*path.split("/")), path, text_problems)
        try:
            text = None if raw is None else raw.decode("utf-8")
        except UnicodeDecodeError as error:
            text = None
            text_problems.append(Problem(file=path, message=f"not UTF-8: byte {error.start} cannot be decoded"))
        if text is None:
            reason = bad_path or "; ".join(p.message for p in text_problems)
            message = f"the text file {path!r}: {reason}"
            problems.append(
                Problem(file=file_of("sources"), index=index, id=_id_of(source), field="text_file", message=message)
            )
            unreadable.add(path)
        else:
            texts[path] = text

    raw_data = RawData(
        manifest=manifest, records=records, texts=texts, invalid=frozenset(invalid), unreadable=frozenset(unreadable)
    )
    return raw_data, problems


def _id_of(record: dict[str, Any]) -> str | None:
    value = record.get("id")
    return value if isinstance(value, str) else None


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)
