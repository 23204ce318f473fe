"""``save()``: a catalog written to a folder in the shipped layout, from the registry."""

from __future__ import annotations

import os
from pathlib import Path

from povcoop._base.layout import KINDS
from povcoop._catalog.catalog import Catalog
from povcoop._loading.write import write_folder


def save(catalog: Catalog, path: str | os.PathLike[str], *, overwrite: bool = False, lines: bool = False) -> Path:
    """Write ``catalog`` to the folder ``path`` in the shipped layout; return the path.

    ``povcoop.load(povcoop.save(cat, path)) == cat``. A non-empty folder is refused (a
    FileExistsError) unless ``overwrite``; the write is atomic: it is made beside the folder and
    moved into place, so a failed save leaves no half-written folder. Anything but a
    :class:`~povcoop.Catalog` as ``catalog`` is a TypeError. With ``lines``, each kind is a JSON
    Lines file (``projects.jsonl``), which ``load()`` reads a large kind of in batches.

    >>> import povcoop, tempfile, pathlib
    >>> cat = povcoop.load()
    >>> folder = povcoop.save(cat, pathlib.Path(tempfile.mkdtemp()) / "copy")
    >>> povcoop.load(folder) == cat
    True

    .. versionchanged:: 0.3.0
       ``lines``.
    """
    if not isinstance(catalog, Catalog):
        raise TypeError(f"save() takes a Catalog, not {type(catalog).__name__}")
    return write_folder(
        Path(path), catalog.manifest.to_rest(), catalog.to_entities(), overwrite=overwrite, lines=KINDS if lines else ()
    )
