"""``load()``: the shipped catalog, built once and kept, or a user's data, on its own or onto a base."""

from __future__ import annotations

import os
import threading
from importlib.resources import files
from pathlib import Path
from typing import Any

from povcoop._base.errors import DataError, Problem, clip, shorten
from povcoop._base.layout import KINDS, Kind
from povcoop._catalog.catalog import Catalog, merged_entities
from povcoop._domain.entities import ENTITY_TYPES
from povcoop._domain.manifest import Manifest
from povcoop._loading.checks import NO_BASE, Base
from povcoop._loading.folder import Loaded, load_file, load_folder
from povcoop._loading.read import MAX_FILE_BYTES, MAX_TOTAL_BYTES

_shipped: list[Catalog] = []  # the shipped catalog, once built
_lock = threading.Lock()


def _manifest(rest: dict[str, Any]) -> Manifest:
    return Manifest(
        title=rest["title"],
        release=rest["release"],
        data_version=rest["data_version"],
        license=rest.get("license"),
        data_version_date=rest.get("data_version_date"),
    )


def _catalog(loaded: Loaded, *, indexed: bool = True) -> Catalog:
    return Catalog._of(loaded.entities, _manifest(loaded.manifest), indexed=indexed)


def shipped() -> Catalog:
    """The shipped catalog: built on the first call, the same object on every call (thread-safe).

    Its collections build each index on the first query that needs it: the catalog is built at
    every cold start and queried on a few of its fields, each index a pass over a few dozen
    entities (a user's data are indexed at load instead, so that no query pays for a pass over
    a large corpus). An index is built aside and set whole, so threads sharing the catalog see
    it complete or not at all."""
    if not _shipped:
        with _lock:
            if not _shipped:
                folder = load_folder(files("povcoop").joinpath("data"), trusted=True)
                _shipped.append(_catalog(folder, indexed=False))
    return _shipped[0]


def _bad(path: str | os.PathLike[str], code: str, message: str) -> DataError:
    return DataError([Problem(file=clip(os.fspath(path)), code=code, message=message)])


def kind_of_file(name: str) -> Kind | None:
    """The kind a lone records file holds, from its name: ``projects.json``, ``my-projects.json``,
    ``my_projects.json`` or ``projects.jsonl`` hold projects.

    >>> kind_of_file("my-projects.json"), kind_of_file("projects.jsonl"), kind_of_file("notes.json")
    ('projects', 'projects', None)
    """
    stem = name.removesuffix(".jsonl").removesuffix(".json")
    for kind in KINDS:
        if stem == kind or stem.endswith((f"-{kind}", f"_{kind}", f".{kind}")):
            return kind
    return None


def load(
    path: str | os.PathLike[str] | None = None,
    *,
    base: Catalog | None = None,
    kind: Kind | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
) -> Catalog:
    """The shipped catalog, or the data at ``path``, validated and linked.

    Without ``path``: the shipped catalog, built on the first call and the same object on every
    call (thread-safe). Its collections build each index on the first query that needs it (a
    pass over a few dozen entities); a user's data are indexed whole at load.

    With ``path``: a folder in the shipped layout (``catalog.json``, one ``<kind>.json`` per
    kind, texts), or one JSON file of records of one kind (its kind from its name,
    ``my-projects.json``, or given as ``kind``). Any kind may be a JSON Lines file instead
    (``projects.jsonl``, one record a line), which a large kind is loaded from in batches (see
    the guide's page on scale); its problems give line numbers. Any problem raises
    :class:`~povcoop.DataError` listing them all, and nothing already loaded changes.

    With ``base`` (``base=povcoop.load()``), the records may refer to the base's entities
    (``"country": "LAO"``) and quote its sources' texts; the result is the base and the records
    together, with the folder's manifest (a lone file keeps the base's). A record with a base
    entity's id must be equal to it (it is then kept once): a different one is a
    ``conflicting-id`` problem, never a silent replacement. A lone file needs a base.

    Every file is read from inside the folder only: a path whose any part is a link leading out
    of it (``texts -> /etc``) is an ``outside-folder`` problem, and each file is checked on the
    descriptor it is read from. ``max_bytes`` caps the size of each file read (1 GiB by default);
    ``max_total_bytes`` caps all that one load reads, every file and link counted (4 GiB by
    default).

    .. versionchanged:: 0.3.0
       JSON Lines files (``<kind>.jsonl``), a large kind loaded in batches; ``max_bytes``
       caps each line of a JSON Lines file; ``max_total_bytes``; links are checked at every
       part of a path, not only the last; the shipped catalog's indexes are built at the first
       query that needs each.

    Raises:
        DataError: every problem of the data, each with its file, record, id, field and code.
        TypeError: ``base``, ``kind``, ``max_bytes`` or ``max_total_bytes`` given wrongly (``base``
            without a path).

    >>> import povcoop
    >>> povcoop.load() is povcoop.load()
    True
    """
    if path is None:
        if base is not None or kind is not None:
            raise TypeError("base= and kind= go with a path: load(path, base=povcoop.load())")
        return shipped()
    if base is not None and not isinstance(base, Catalog):
        raise TypeError(f"base= takes a Catalog (povcoop.load()), not {type(base).__name__}")
    _check_limits(max_bytes=max_bytes, max_total_bytes=max_total_bytes)
    folder = _usable(path)
    try:
        is_file = folder.is_file()
        is_dir = folder.is_dir()
        exists = is_file or is_dir or folder.is_symlink() or folder.exists()
    except OSError as error:
        raise _bad(path, "unreadable", f"cannot be read: {error.strerror or error}") from None
    if not exists:
        raise _bad(folder, "file-not-found", "no such data folder or file")
    entities: Base = NO_BASE if base is None else base._by_kind()
    package = _package_of(folder, is_file=is_file, is_dir=is_dir)
    if package is not None:
        from povcoop._loading.datapackage import load_package

        loaded = load_package(package, base=entities, max_bytes=max_bytes, max_total_bytes=max_total_bytes)
        manifest = loaded.manifest
    elif is_dir:
        loaded = load_folder(folder, max_bytes=max_bytes, max_total_bytes=max_total_bytes, base=entities)
        manifest = loaded.manifest
    elif is_file and folder.suffix in (".json", ".jsonl"):
        kind = kind or kind_of_file(folder.name)
        if kind is None or kind not in ENTITY_TYPES:
            kinds = ", ".join(KINDS)
            message = (
                f"a records file is named after its kind (projects.json, my-projects.json) or given kind=: {kinds}"
            )
            raise _bad(folder, "unknown-kind", message)
        if base is None:
            raise _bad(
                folder, "needs-base", "a lone records file loads onto a catalog: load(path, base=povcoop.load())"
            )
        manifest = base.manifest.to_rest()
        loaded = load_file(
            folder.parent,
            folder.name,
            kind,
            manifest,
            base=entities,
            max_bytes=max_bytes,
            max_total_bytes=max_total_bytes,
        )
    else:
        message = (
            "load(path) takes a data folder in the shipped layout, or one <kind>.json or <kind>.jsonl file of records"
        )
        raise _bad(folder, "not-a-folder", message)
    if base is None:
        return _catalog(loaded)
    merged = merged_entities(base.to_entities(), loaded.entities)
    return Catalog.from_entities(merged, _manifest(manifest))


def _package_of(path: Path, *, is_file: bool, is_dir: bool) -> Path | None:
    """The folder of the Data Package ``path`` is (its ``datapackage.json``, or a folder that
    holds one and no ``catalog.json``), or ``None``."""
    if is_file and path.name == "datapackage.json":
        return path.parent
    if is_dir and (path / "datapackage.json").is_file() and not (path / "catalog.json").exists():
        return path
    return None


def _check_limits(**limits: int) -> None:
    for name, limit in limits.items():
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise TypeError(f"{name}= takes a number of bytes, not {shorten(limit)}")


def _usable(path: str | os.PathLike[str]) -> Path:
    """``path`` as a Path, or a DataError for what no file system can open (a NUL, a lone
    surrogate, something that is not a path)."""
    try:
        folder = Path(path)
        text = str(folder)
        if "\0" in text:
            raise ValueError("it holds a NUL character")
        os.fsencode(text)
    except TypeError:
        raise TypeError(f"load() takes a path, not {type(path).__name__}") from None
    except (ValueError, UnicodeError) as error:
        raise _bad(shorten(os.fspath(path)), "bad-path", f"not a usable path: {clip(str(error))}") from None
    return folder
