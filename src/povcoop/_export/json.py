"""The ``json`` export: the shipped layout, which ``povcoop.load()`` reads back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from povcoop._base.layout import KINDS
from povcoop._loading.write import write_files

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog


def write(catalog: Catalog, folder: Path, *, lines: bool = False) -> None:
    """Write ``catalog`` into the empty ``folder``: ``catalog.json``, one file per kind, the texts;
    with ``lines``, each kind as a JSON Lines file (``projects.jsonl``, one record a line), which
    ``povcoop.load()`` reads in batches (see the guide's page on scale).

    >>> import povcoop, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write(povcoop.load(), folder, lines=True)
    >>> (folder / "catalog.json").is_file(), (folder / "projects.jsonl").is_file()
    (True, True)
    >>> povcoop.load(folder) == povcoop.load()
    True
    """
    write_files(folder, catalog.manifest.to_rest(), catalog.to_entities(), lines=KINDS if lines else ())
