"""Loading: files -> records -> checks -> linked domain.

:func:`load_folder` reads a data folder, validates it (a user's folder against the pydantic
records; the shipped folder, which the test suite validates with the same records, without
them), runs the cross-record checks and builds the entities. Any problem anywhere raises one
:class:`~povcoop.DataError` listing them all, and nothing is built.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from typing import Any, NamedTuple

from povcoop._errors import DataError
from povcoop._layout import Kind
from povcoop._loading.build import build
from povcoop._loading.checks import check
from povcoop._loading.files import Validator, read_folder


class Loaded(NamedTuple):
    """A loaded folder: its manifest, the id of its release, and the entities of each kind."""

    manifest: dict[str, Any]
    release: str
    entities: dict[Kind, tuple[Any, ...]]


def load_folder(root: Traversable, *, trusted: bool = False) -> Loaded:
    """Load the data folder ``root``; ``trusted`` skips schema validation (the shipped data only).

    Raises :class:`~povcoop.DataError` with every problem found.
    """
    validate: Validator | None = None
    if not trusted:
        from povcoop._records import validate_file

        validate = validate_file
    raw, problems = read_folder(root, validate=validate)
    checked, check_problems = check(raw)
    problems.extend(check_problems)
    if problems:
        raise DataError(problems)
    return Loaded(manifest=raw.manifest, release=raw.manifest["release"], entities=build(raw, checked))


__all__ = ["Loaded", "load_folder"]
