"""``export()``: a catalog written to a folder in a format other tools read.

Each format is a module of this package with a ``write(catalog, folder)`` function that fills an
empty folder; :func:`export` gives it a temporary folder beside the target and moves the result
into place, so that a failed export leaves nothing half-written. A format's optional libraries
are imported only when it is written.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from povcoop._base.errors import shorten
from povcoop._loading.write import atomic_folder

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog


def _format(module: str) -> Callable[..., None]:
    """The ``write`` of the format module ``module``, imported when it is called."""

    def write(catalog: Catalog, folder: Path, **options: bool) -> None:
        importlib.import_module(f"povcoop._export.{module}").write(catalog, folder, **options)

    return write


_WRITERS: Final[dict[str, Callable[..., None]]] = {
    name: _format(name) for name in ("json", "csv", "datapackage", "parquet", "xlsx", "iati")
}

FORMATS: Final[tuple[str, ...]] = tuple(_WRITERS)
"""The formats :func:`export` writes."""


def export(
    catalog: Catalog,
    format: str,
    path: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    placeholders: bool = False,
    lines: bool = False,
) -> Path:
    """Write ``catalog`` to the folder ``path`` in ``format``; return the path.

    .. versionchanged:: 0.3.0
       The IATI export is strict: missing facts raise unless ``placeholders=True`` writes them marked.

    ``json`` is the shipped layout (``povcoop.load(path) == catalog``). The others hold the
    catalog's tidy tables (:meth:`~povcoop.Catalog.to_tables`): ``csv`` one CSV file per table, every list
    a link table; ``datapackage`` those CSV files described by a Frictionless Data Package
    (``datapackage.json``: types, descriptions, keys, licence); ``parquet`` one Parquet file per
    table with its Arrow schema (needs ``pip install "povcoop[arrow]"``); ``xlsx`` one Excel
    sheet per table after a README sheet (needs ``pip install "povcoop[xlsx]"``). ``iati`` is
    IATI Activity Standard 2.03 XML, one activity per project (needs ``pip install "povcoop[iati]"``).

    Every export writes only what the data hold. IATI requires things the release does not give
    (an activity status, a start date to the day, shares among several recipients or sectors):
    ``iati`` raises a :class:`~povcoop.DataError` listing each activity and what it lacks, unless
    ``placeholders=True``, which writes a placeholder for each, marked as one in the activity's
    description and the file's header (see the IATI export page).

    Args:
        catalog: the catalog to write (``povcoop.load()``, or a user's).
        format: one of :data:`FORMATS`.
        path: the folder to write; it must be absent or empty unless ``overwrite``.
        overwrite: replace the content of a non-empty folder.
        placeholders: ``iati`` only: write marked placeholders where IATI requires what the data
            lack, rather than raise.
        lines: ``json`` only: write each kind as a JSON Lines file (``projects.jsonl``, one
            record a line), which :func:`~povcoop.load` reads back, a large kind in batches.

    Returns:
        The folder written.

    Raises:
        TypeError: ``catalog`` is not a :class:`~povcoop.Catalog`.
        ValueError: an unknown format (the message names the valid ones), ``placeholders``
            for a format other than ``iati``, or ``lines`` for a format other than ``json``.
        DataError: ``iati`` without ``placeholders``, for a catalog lacking what IATI requires.
        FileExistsError: ``path`` is a file, or a non-empty folder without ``overwrite``.
        OSError: ``path`` cannot be written.

    >>> import povcoop, tempfile, pathlib
    >>> cat = povcoop.load()
    >>> folder = povcoop.export(cat, "json", pathlib.Path(tempfile.mkdtemp()) / "out")
    >>> povcoop.load(folder) == cat
    True

    .. versionchanged:: 0.3.0
       ``lines``.
    """
    from povcoop._catalog.catalog import Catalog

    if not isinstance(catalog, Catalog):
        raise TypeError(f"export() takes a Catalog, not {type(catalog).__name__}")
    writer = _WRITERS.get(format) if isinstance(format, str) else None
    if writer is None:
        raise ValueError(f"unknown export format {shorten(format)}; formats: {', '.join(FORMATS)}")
    options = {}
    if placeholders:
        if format != "iati":
            raise ValueError(f"placeholders=True applies to the iati format only; {format} writes only the data")
        options["placeholders"] = True
    if lines:
        if format != "json":
            raise ValueError(f"lines=True applies to the json format only, not {format}")
        options["lines"] = True
    with atomic_folder(path, overwrite=overwrite) as staging:
        writer(catalog, staging, **options)
    return Path(path)
