"""The writer: entities back to the files of a data folder, from the registry.

The at-rest form of an entity is what its kind's file holds: links as ids, codes as their text,
dates as ISO text, value objects as objects, a source's text as a file under ``texts/``; fields
at their defaults are left out, and a quote that occurs more than once in its source gets the
``occurrence`` that locates it. Reading the folder back gives equal entities.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs

from povcoop._base.layout import MANIFEST, Kind, file_of
from povcoop._domain.entities import Entity, Source
from povcoop._domain.fields import Field, fields_of, ref_key
from povcoop._domain.values import Evidence

TEXTS = "texts"


def text_file(source: Source) -> str:
    """Where the writer puts a source's text: ``texts/<id>.<language>.txt``."""
    return f"{TEXTS}/{source.id}.{source.language}.txt"


def _occurrence(text: str, quote: str, start: int) -> int | None:
    """The 1-based occurrence of ``quote`` at ``start``, or ``None`` when the quote is unique."""
    count = 0
    position = text.find(quote)
    unique = text.find(quote, position + 1) == -1
    if unique:
        return None
    while position != -1 and position < start:
        count += 1
        position = text.find(quote, position + 1)
    return count + 1


_WRITERS: dict[str, Callable[[Any, Any], Any]] = {
    "value": lambda value, owner: value,
    "link": lambda value, owner: value.id,
    "links": lambda value, owner: [item.id for item in value],
    "refs": lambda value, owner: [ref_key(item) for item in value],
    "code": lambda value, owner: value.code,
    "codes": lambda value, owner: [code.code for code in value],
    "date": lambda value, owner: str(value),
    "texts": lambda value, owner: list(value),
    "nested": lambda value, owner: to_rest(value, owner),  # noqa: PLW0108 - to_rest is defined below
    "nested_list": lambda value, owner: [to_rest(item, owner) for item in value],
    "evidence": lambda value, owner: [to_rest(item, owner) for item in value],
    "text": lambda value, owner: text_file(owner),
}
"""How each role's value in the domain is written at rest (the builder's converters reversed)."""


def to_rest(item: Any, owner: Any = None) -> dict[str, Any]:
    """The at-rest form of an entity or value object, as its file holds it.

    ``owner`` is the source whose text an erratum's quote is located in.

    >>> import povcoop
    >>> rest = to_rest(povcoop.load().countries.get("LAO"))
    >>> rest["id"], rest["region"], rest["m49_subregion"]
    ('LAO', 'asia', '035')
    """
    owner = item if isinstance(item, Source) else owner
    rest: dict[str, Any] = {}
    for field in fields_of(type(item)):
        value = getattr(item, field.name)
        if field.derived:
            if field.span == "start" and value is not None:
                text = _text_of(item, owner)
                occurrence = None if text is None else _occurrence(text, item.quote, value)
                if occurrence is not None:
                    rest["occurrence"] = occurrence
            continue
        if value is None or value == () or (not field.required and _is_default(item, field, value)):
            continue
        rest[field.at_rest] = _WRITERS[field.role](value, owner)
    return rest


def _is_default(item: Any, field: Field, value: Any) -> bool:
    default = attrs.fields_dict(type(item))[field.name].default
    return default is not attrs.NOTHING and not isinstance(default, attrs.Factory) and value == default  # type: ignore[arg-type]


def _text_of(item: Any, owner: Any) -> str | None:
    if isinstance(item, Evidence):
        return item.source.text
    return owner.text if owner is not None else None


def dumps(value: Any) -> str:
    """JSON as povcoop's files hold it: UTF-8, indented by two, a newline at the end."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def write_folder(
    path: Path,
    manifest: Mapping[str, Any],
    entities: Mapping[Kind, tuple[Entity, ...]],
    *,
    overwrite: bool = False,
    lines: Collection[Kind] = (),
) -> Path:
    """Write a data folder at ``path`` atomically (see :func:`atomic_folder`). A non-empty
    ``path`` is refused unless ``overwrite``; the ``lines`` kinds as JSON Lines files."""
    with atomic_folder(path, overwrite=overwrite) as staging:
        if lines:
            write_files(staging, manifest, entities, lines=lines)
        else:
            write_files(staging, manifest, entities)
    return Path(path)


@contextmanager
def atomic_folder(path: str | os.PathLike[str], *, overwrite: bool = False) -> Iterator[Path]:
    """A temporary folder beside ``path`` to write into, moved into place when the block ends.

    A failed write (an exception in the block) removes the temporary folder and leaves ``path``
    as it was. A ``path`` that is not a folder, or a non-empty folder without ``overwrite``, is
    refused with a FileExistsError before anything is written.

    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out"
    >>> with atomic_folder(target) as staging:
    ...     _ = (staging / "a.txt").write_text("a")
    >>> sorted(p.name for p in target.iterdir())
    ['a.txt']
    """
    path = Path(path)
    if path.is_symlink() and path.is_dir():
        # a link to a folder: its folder's content is replaced, and the link stays a link
        path = Path(os.path.realpath(path))
    if path.exists():
        if not path.is_dir():
            raise FileExistsError(f"{path} exists and is not a folder")
        if any(path.iterdir()) and not overwrite:
            raise FileExistsError(f"{path} is not empty; pass overwrite=True to replace it")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        # mkdir's own message names only the file in the way, not what was being written
        raise NotADirectoryError(f"cannot write {path}: a file stands where a folder above it should be") from None
    _remove_leftovers(path)
    staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.{_LEFTOVER}{os.getpid()}-", dir=path.parent))
    try:
        yield staging
        _swap(staging, path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def write_files(
    folder: Path,
    manifest: Mapping[str, Any],
    entities: Mapping[Kind, tuple[Entity, ...]],
    *,
    lines: Collection[Kind] = (),
) -> None:
    """Write the manifest, one file per non-empty kind and the sources' texts into ``folder``;
    the ``lines`` kinds as JSON Lines (``<kind>.jsonl``, one record a line, written as made)."""
    (folder / MANIFEST).write_text(dumps(dict(manifest)), encoding="utf-8")
    for kind, items in entities.items():
        if not items:
            continue
        if kind in lines:
            with open(folder / f"{kind}.jsonl", "w", encoding="utf-8", newline="\n") as stream:
                stream.writelines(json.dumps(to_rest(item), ensure_ascii=False) + "\n" for item in items)
        else:
            (folder / file_of(kind)).write_text(dumps([to_rest(item) for item in items]), encoding="utf-8")
        for item in items:
            if isinstance(item, Source) and item.text is not None:
                target = folder / text_file(item)
                target.parent.mkdir(exist_ok=True)
                with open(target, "w", encoding="utf-8", newline="") as stream:
                    stream.write(item.text)


def _swap(staging: Path, path: Path) -> None:
    os.chmod(staging, 0o755)  # mkdtemp makes it private; a data folder is not
    if not path.exists():
        os.replace(staging, path)
        return
    old = path.with_name(f".{path.name}.{_LEFTOVER}old-{os.getpid()}")
    os.replace(path, old)
    try:
        os.replace(staging, path)
    except BaseException:
        os.replace(old, path)
        raise
    _remove(old)


_LEFTOVER = "povcoop-"
"""What the names of an export's temporary folders hold after ``.NAME.``: ``povcoop-PID-...``
while it writes, ``povcoop-old-PID`` for the folder it replaces."""


def _remove(path: Path) -> None:
    if path.is_symlink():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


def _remove_leftovers(path: Path) -> None:
    """Remove the temporary folders of earlier writes of ``path`` that were killed midway (their
    process is gone); a write still running keeps its own."""
    prefix = f".{path.name}.{_LEFTOVER}"
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        pid = entry.name[len(prefix) :].removeprefix("old-").split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            _remove(entry)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True
