"""``load()``: the shipped catalog, built once and kept, or a user's data folder."""

from __future__ import annotations

import os
import threading
from importlib.resources import files
from pathlib import Path
from typing import Any

from povcoop._catalog.catalog import Catalog
from povcoop._domain.manifest import Manifest
from povcoop._errors import DataError, Problem, clip
from povcoop._loading.folder import Loaded, load_folder

_shipped: list[Catalog] = []  # the shipped catalog, once built
_lock = threading.Lock()


def _catalog(loaded: Loaded) -> Catalog:
    rest: dict[str, Any] = loaded.manifest
    manifest = Manifest(
        title=rest["title"], release=rest["release"], data_version=rest["data_version"], license=rest.get("license")
    )
    return Catalog.from_entities(loaded.entities, manifest)


def shipped() -> Catalog:
    """The shipped catalog: built on the first call, the same object on every call (thread-safe)."""
    if not _shipped:
        with _lock:
            if not _shipped:
                _shipped.append(_catalog(load_folder(files("povcoop").joinpath("data"), trusted=True)))
    return _shipped[0]


def load(path: str | os.PathLike[str] | None = None) -> Catalog:
    """The shipped catalog, or the data folder at ``path``, validated and linked.

    Without ``path``: the shipped catalog, built on the first call and the same object on every
    call (thread-safe). With ``path``: a folder in the shipped layout (``catalog.json``, one
    ``<kind>.json`` per kind, texts), loaded on its own; any problem raises
    :class:`~povcoop.DataError` listing them all, and nothing already loaded changes.

    >>> import povcoop
    >>> povcoop.load() is povcoop.load()
    True
    """
    if path is None:
        return shipped()
    try:
        folder = Path(path)
        exists = folder.exists()
        is_dir = folder.is_dir()
    except (OSError, ValueError) as error:  # a NUL, a lone surrogate, no permission
        raise DataError(
            [Problem(file=clip(repr(path)), code="bad-path", message=f"not a usable path: {error}")]
        ) from None
    if not exists:
        raise DataError([Problem(file=str(folder), code="file-not-found", message="no such data folder")])
    if not is_dir:
        raise DataError(
            [
                Problem(
                    file=str(folder),
                    code="not-a-folder",
                    message="load(path) takes a data folder in the shipped layout",
                )
            ]
        )
    return _catalog(load_folder(folder))
