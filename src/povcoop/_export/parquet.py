"""The ``parquet`` export: each tidy table as one Parquet file with its explicit Arrow schema.

``<table>.parquet`` per table of :func:`~povcoop._views.tables.tidy_tables`, written from
:func:`~povcoop._views.frames.to_arrow`: lists stay lists (``list<string>``), a vocabulary's word is a
dictionary-encoded string, a date a ``date32``; each field's description is in its metadata
(``doc``), the table's name and primary key in the schema's. Needs pyarrow:
``pip install "povcoop[arrow]"``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from povcoop._base.extras import need
from povcoop._views.frames import to_arrow
from povcoop._views.tables import tidy_tables

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog


def write(catalog: Catalog, folder: Path) -> None:
    """Write ``catalog``'s tidy tables into the empty ``folder``, one ``<table>.parquet`` each.

    >>> import povcoop, tempfile, pathlib, pyarrow.parquet
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write(povcoop.load(), folder)
    >>> pyarrow.parquet.read_table(folder / "regions.parquet").column("m49").to_pylist()
    ['142', '002', None, None]
    """
    parquet = need("pyarrow.parquet", "arrow")
    for name, table in tidy_tables(catalog).items():
        parquet.write_table(to_arrow(table), folder / f"{name}.parquet")
