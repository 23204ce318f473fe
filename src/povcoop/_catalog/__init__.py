"""The catalog layer: Catalog, Collection, and ``load()``, which builds and keeps catalogs."""

from __future__ import annotations

import os
import threading
from importlib.resources import files
from pathlib import Path

from povcoop._catalog.catalog import CRITERIA, Catalog
from povcoop._catalog.collection import Collection, normalize
from povcoop._errors import DataError, Problem
from povcoop._loading import Loaded, load_folder

_shipped: dict[str, Catalog] = {}  # the shipped catalog, under "data", once built
_lock = threading.Lock()


def _catalog(loaded: Loaded) -> Catalog:
    return Catalog(loaded.entities, release=loaded.release, manifest=loaded.manifest)


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
        catalog = _shipped.get("data")
        if catalog is None:
            with _lock:
                catalog = _shipped.get("data")
                if catalog is None:
                    catalog = _catalog(load_folder(files("povcoop").joinpath("data"), trusted=True))
                    _shipped["data"] = catalog
        return catalog
    folder = Path(path)
    if not folder.exists():
        raise FileNotFoundError(f"no such data folder: {folder}")
    if not folder.is_dir():
        raise DataError([Problem(file=str(folder), message="load(path) takes a data folder in the shipped layout")])
    return _catalog(load_folder(folder))


__all__ = ["CRITERIA", "Catalog", "Collection", "load", "normalize"]
