"""The ``json`` export: the shipped layout, which ``povcoop.load()`` reads back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from povcoop._loading.write import write_files

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog


def write(catalog: Catalog, folder: Path) -> None:
    """Write ``catalog`` into the empty ``folder``: ``catalog.json``, one file per kind, the texts.

    >>> import povcoop, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write(povcoop.load(), folder)
    >>> (folder / "catalog.json").is_file(), (folder / "texts" / "cns-2021-03-10.en.txt").is_file()
    (True, True)
    """
    write_files(folder, catalog.manifest.to_rest(), catalog.to_entities())
