"""Read a data folder's files into plain JSON values, collecting every problem on the way.

Reading only reads and parses: the manifest, each kind's file, the source texts. Validation
(:mod:`povcoop._loading.validate`) and the cross-record checks (:mod:`povcoop._loading.checks`)
are passes of their own. The folder is a :class:`~importlib.resources.abc.Traversable`: the
shipped ``povcoop/data`` (read with :mod:`importlib.resources`) or a user's
:class:`pathlib.Path`. A user's folder is read defensively: regular files only, inside the
folder, of bounded size; nothing that is there is ignored without a word.
"""

from __future__ import annotations

import errno
import json
import marshal
import math
import mmap
import os
import posixpath
import stat
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import IO, Any, Final, NamedTuple

import attrs

from povcoop._base.errors import Problem, clip, shorten
from povcoop._base.layout import MANIFEST, Kind, file_of

MAX_FILE_BYTES: Final = 1 << 30
"""The largest data or text file a user's folder may hold (1 GiB); ``load(..., max_bytes=)``
changes it."""

MAX_TOTAL_BYTES: Final = 4 << 30
"""The most one load may read, every file and link counted (4 GiB);
``load(..., max_total_bytes=)`` changes it."""

ALLOWED_EXTRA: Final = frozenset({"texts", "README.md", "README.txt", "README", "LICENSE"})
"""Entries a data folder may hold besides the manifest and the kinds' files. Not ``codes``: a
folder's own code lists would be silently ignored (codes are checked against the shipped lists),
so such a folder is refused with a problem that says so."""

_NOT_READ: Final = {
    "codes": (
        "a folder's own code lists are not read: every code is checked against povcoop's shipped "
        "lists (povcoop.codes); remove the folder, or propose the codes for the shipped lists"
    ),
}


LINES_SUFFIX: Final = ".jsonl"


def lines_file_of(kind: Kind) -> str:
    """The JSON Lines file that may hold the records of ``kind`` instead of its JSON array, one
    record a line: ``lines_file_of("projects") == "projects.jsonl"``."""
    return f"{kind}{LINES_SUFFIX}"


BATCH: Final = 10_000
"""Records of a JSON Lines file read, checked and built at once when its kind is loaded in
batches: each batch's parsed records are dropped once built, so that a load's peak memory is
its entities and one batch, not every parsed record beside them."""

_CHUNK: Final = 1 << 22
"""Bytes of a JSON Lines file read at once."""


class RawData(NamedTuple):
    """A folder's content as JSON values: the manifest, the records of each kind, source texts."""

    manifest: dict[str, Any]
    records: dict[Kind, list[Any]]
    """Each kind's records as parsed; an entry that is not a JSON object stays as it is, for
    the validation pass to report."""
    texts: dict[str, str]
    """Source texts by ``text_file`` path, for the sources that name one."""
    unreadable: frozenset[str]
    """Text files that could not be read (already a problem): quotes into them go unchecked."""
    lines: frozenset[Kind] = frozenset()
    """The kinds read from a JSON Lines file (``projects.jsonl``): the record at index ``i`` is
    on line ``i + 1``, and a line that could not be read holds ``None`` (its problem said why)."""
    batched: Mapping[Kind, Lines | Made] = MappingProxyType({})
    """The kinds left to be read in batches (their ``records`` are empty)."""


class Batch(NamedTuple):
    """Consecutive records of a JSON Lines file: ``records[i]`` is on line ``start + i + 1``
    (``None`` for a line that could not be read), and the problems of their lines; or of
    records made in memory (:class:`Made`): ``records[i]`` is record ``start + i``."""

    start: int
    records: list[Any]
    problems: list[Problem]


class _Unreadable(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _fail(error: OSError) -> _Unreadable:
    if error.errno == errno.ENOENT:
        return _Unreadable("file-not-found", "file not found")
    if error.errno in (errno.ENOTDIR, errno.EISDIR):
        return _Unreadable("not-a-file", "a part of the path is not a folder, or the file is a folder")
    if error.errno == errno.ELOOP:  # swapped for a link between the look and the open
        return _Unreadable("changed-while-reading", "became a link while it was being read; read it again")
    return _Unreadable("unreadable", f"cannot be read: {error.strerror or error}")


_FOLLOWED_LINKS_AT_MOST: Final = 40
"""As many links as the kernel follows in one path (Linux's ``MAXSYMLINKS``)."""


def _inside(target: str, directory: list[str], roots: tuple[str, ...]) -> list[str]:
    """The parts, below the folder, of a link's ``target`` read in ``directory`` (the parts of the
    link's folder); raises :class:`_Unreadable` for a target outside the folder.

    >>> _inside("../b/c.txt", ["texts", "a"], ("/data",))
    ['texts', 'b', 'c.txt']
    >>> _inside("/data/texts/c.txt", ["texts"], ("/data",))
    ['texts', 'c.txt']
    """
    if target.startswith("/"):
        normal = posixpath.normpath(target)
        for root in roots:
            if normal == root or normal.startswith(root.rstrip("/") + "/"):
                return [part for part in normal[len(root) :].split("/") if part]
        raise _Unreadable("outside-folder", "a link that leads out of the data folder")
    parts = list(directory)
    for part in target.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                raise _Unreadable("outside-folder", "a link that leads out of the data folder")
            parts.pop()
        else:
            parts.append(part)
    return parts


def _open_below(root: Path, parts: list[str]) -> int:
    """A read-only descriptor of the file at ``parts`` below ``root``, which never leaves it.

    Each part is opened relative to its folder's descriptor with ``O_NOFOLLOW``, so a link
    anywhere on the way (``texts -> /etc``) is seen, and followed only when its target stays
    inside the folder; nothing can be swapped in between a check and the open. The last part is
    opened without blocking (a FIFO) and without becoming a terminal's controller.
    """
    roots: tuple[str, ...] = ()  # the folder's own paths, resolved at the first link met (a realpath costs)
    followed = 0
    pending = list(parts)
    while True:
        folder = os.open(root, os.O_RDONLY | os.O_DIRECTORY | _CLOEXEC)
        walked: list[str] = []
        try:
            for position, part in enumerate(pending):
                last = position == len(pending) - 1
                info = os.stat(part, dir_fd=folder, follow_symlinks=False)
                if stat.S_ISLNK(info.st_mode):
                    followed += 1
                    if followed > _FOLLOWED_LINKS_AT_MOST:
                        raise _Unreadable("link-loop", "links that lead to each other without end")
                    target = os.readlink(part, dir_fd=folder)
                    roots = roots or tuple(dict.fromkeys((os.path.abspath(root), os.path.realpath(root))))
                    pending = _inside(target, walked, roots) + pending[position + 1 :]
                    break
                flags = _FILE_FLAGS if last else _FOLDER_FLAGS
                opened = os.open(part, flags, dir_fd=folder)
                os.close(folder)
                folder = opened
                walked.append(part)
            else:
                if not pending:
                    raise _Unreadable("not-a-file", "is a folder, not a file")
                descriptor, folder = folder, -1
                return descriptor
        except FileNotFoundError:
            if followed:
                raise _Unreadable("dangling-link", "a link to nothing") from None
            raise _Unreadable("file-not-found", "file not found") from None
        except OSError as error:
            raise _fail(error) from None
        finally:
            if folder >= 0:
                os.close(folder)


_CLOEXEC: Final = getattr(os, "O_CLOEXEC", 0)
_NOFOLLOW: Final = getattr(os, "O_NOFOLLOW", 0)
_FOLDER_FLAGS: Final = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _NOFOLLOW | _CLOEXEC
_FILE_FLAGS: Final = os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | _CLOEXEC
_SAFE_OPEN: Final = os.open in os.supports_dir_fd and os.stat in os.supports_dir_fd and bool(_NOFOLLOW)
"""Whether this system opens files relative to a folder's descriptor (every POSIX system Python
supports); elsewhere the resolved path is checked before it is opened."""


class _Budget:
    """What one load may read in all (``load(..., max_total_bytes=)``): every file read counts,
    a link or a hard link to a file already read included, so that no layout of links makes a
    small folder cost more than its budget."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def take(self, size: int) -> None:
        if self.used + size > self.limit:
            message = (
                f"{size:,} more bytes would bring this load to {self.used + size:,}, over its limit of "
                f"{self.limit:,} bytes in all (load(..., max_total_bytes=) changes it)"
            )
            raise _Unreadable("over-total-budget", message)
        self.used += size


class _FileKey(NamedTuple):
    device: int
    inode: int
    size: int
    modified: int


def _open_regular(root: Path, parts: list[str]) -> tuple[int, os.stat_result]:
    """A descriptor of the regular file at ``parts`` below ``root``, and its status taken on it."""
    # Systems without dir_fd support (Windows) check the resolved path before opening it.
    descriptor = _open_below(root, parts) if _SAFE_OPEN else _open_resolved(root, parts)
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise _Unreadable("not-a-file", "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise _Unreadable("not-a-file", "is not a regular file (a FIFO, socket or device)")
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor, info


def _read_path(root: Path, parts: list[str], max_bytes: int, budget: _Budget) -> tuple[_FileKey, bytes]:
    """Open once, check on the open descriptor, read from it: what is read is what was checked."""
    descriptor, info = _open_regular(root, parts)
    with os.fdopen(descriptor, "rb", closefd=True) as file:
        if info.st_size > max_bytes:
            raise _Unreadable("too-large", f"{info.st_size:,} bytes, over the limit of {max_bytes:,}")
        budget.take(info.st_size)
        try:
            data = _read_at_most(file, info.st_size, max_bytes)
        except OSError as error:
            raise _fail(error) from None
    if len(data) > max_bytes:  # a file that grew since it was opened
        raise _Unreadable("too-large", f"over the limit of {max_bytes:,} bytes")
    return _FileKey(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns), data


def _read_at_most(file: Any, size: int, max_bytes: int) -> bytes:
    """The file's bytes, or ``max_bytes + 1`` of them when it holds more: its expected ``size`` at
    once, then small pieces (a buffer of ``max_bytes`` would be allocated whole)."""
    pieces = [file.read(size + 1)]
    read = len(pieces[0])
    while read > size and read <= max_bytes:  # it grew since its size was taken
        piece = file.read(min(1 << 20, max_bytes + 1 - read))
        if not piece:
            break
        pieces.append(piece)
        read += len(piece)
    return b"".join(pieces) if len(pieces) > 1 else pieces[0]


def _open_resolved(root: Path, parts: list[str]) -> int:  # pragma: no cover - Windows
    target = root.joinpath(*parts)
    try:
        inside = Path(os.path.realpath(target)).is_relative_to(os.path.realpath(root))
    except (OSError, ValueError) as error:
        raise _Unreadable("unreadable", f"cannot be read: {error}") from None
    if not inside:
        raise _Unreadable("outside-folder", "a link that leads out of the data folder")
    try:
        return os.open(target, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise _fail(error) from None


def _read_bytes(root: Traversable, parts: list[str], max_bytes: int, budget: _Budget) -> tuple[_FileKey | None, bytes]:
    """The bytes of the file at ``parts`` below ``root``, and what identifies the file on its
    device: a user's folder read with every guard (:func:`_read_path`), the shipped data (any
    Traversable) read as they are."""
    if isinstance(root, Path):
        try:
            return _read_path(root, parts, max_bytes, budget)
        except ValueError as error:  # a NUL in the path
            raise _Unreadable("bad-path", f"not a usable path: {error}") from None
    try:
        data = root.joinpath(*parts).read_bytes()
    except FileNotFoundError:
        raise _Unreadable("file-not-found", "file not found") from None
    except OSError as error:
        raise _Unreadable("unreadable", f"cannot be read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise _Unreadable("too-large", f"over the limit of {max_bytes:,} bytes")
    budget.take(len(data))
    return None, data


class ChangedNumber(float):
    """A JSON number that no float holds: it underflowed to zero or overflowed to infinity
    (``1e-400``, ``1e400``). The loader keeps its text, and the meaning checks report it where it
    is, rather than load a different value."""

    __slots__ = ("text",)
    text: str

    def __new__(cls, value: float, text: str) -> ChangedNumber:
        number = super().__new__(cls, value)
        number.text = text
        return number


def _exact_float(text: str) -> float:
    value = float(text)
    mantissa = text.partition("e")[0].partition("E")[0]
    if math.isinf(value) or (value == 0.0 and any(digit in mantissa for digit in "123456789")):
        return ChangedNumber(value, text)
    return value


_SHAPE: Final = bytes(
    ord("0") if chr(byte).isdigit() and byte < 128 else ord("e") if chr(byte) in "eE" else ord(" ")
    for byte in range(256)
)
"""Each byte as what it can be in a JSON number: a digit ``0``, an exponent ``e`` (signs are
deleted as the bytes are mapped)."""

_LOSSY_SHAPES: Final = (b"0e000", b"0" * 100)
"""What a number out of a float's range may look like through :data:`_SHAPE`: a digit, then an
exponent of three digits or more, or a hundred digits in a row (with fewer, and an exponent of
two digits at most, a number stays between 1e-200 and 1e200)."""

_SCANNED: Final = 1 << 20
"""Bytes mapped at once by :func:`maybe_lossy` (a map of a whole file would copy it)."""


def maybe_lossy(data: bytes) -> bool:
    """Whether ``data`` may hold a number no float holds (``1e400``, ``1e-400``, a hundred
    digits): such bytes are parsed by :mod:`json`, which checks each number. Mapped with
    :meth:`bytes.translate` a megabyte at a time and searched with ``in`` (a regular expression
    over every byte cost 30 to 60 ms a megabyte); an identifier such as ``site-e-100`` is not a
    number (an exponent follows a digit). A false alarm costs time, never a wrong value.

    >>> maybe_lossy(b'{"amount": 1e400}'), maybe_lossy(b'{"id": "site-e-100"}'), maybe_lossy(b"[1e99, 1E-99]")
    (True, False, False)
    >>> maybe_lossy(b"[1.5e-0400]"), maybe_lossy(b"1" * 100)
    (True, True)
    """
    overlap = len(_LOSSY_SHAPES[-1])
    for start in range(0, len(data), _SCANNED):
        shape = data[max(0, start - overlap) : start + _SCANNED].translate(_SHAPE, b"+-")
        if any(lossy in shape for lossy in _LOSSY_SHAPES):
            return True
    return False


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_ABSENT: Final = object()
"""What :meth:`_FolderReader.json_file` returns for a file it has no value of (JSON ``null`` is ``None``)."""


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    value = dict(pairs)
    if len(value) != len(pairs):
        seen: set[str] = set()
        duplicate = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        raise _DuplicateKey(f"the key {shorten(duplicate)} occurs twice in one object (which one is meant?)")
    return value


def decode_text(data: bytes) -> str:
    """UTF-8 text without a byte-order mark; raises :class:`_Unreadable` otherwise."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _Unreadable("not-utf8", f"not UTF-8: byte {error.start} cannot be decoded") from None
    if text.startswith("\ufeff"):
        raise _Unreadable("byte-order-mark", "starts with a byte-order mark (U+FEFF); save it as UTF-8 without one")
    return text


def parse_json(data: bytes, *, strict: bool) -> Any:
    """Parse JSON; ``strict`` (users' files) also rejects duplicate keys in an object.

    A user's file is first parsed by jiter (twice as fast as :mod:`json` with the duplicate
    keys check, which :mod:`json` can only make in Python); a file it refuses is parsed again
    by :mod:`json`, whose messages are the ones reported.
    """
    if strict and not maybe_lossy(data):
        value = _parse_fast(data)
        if value is not _ABSENT:
            return value
    text = decode_text(data)
    try:
        if strict:
            return json.loads(
                text, parse_constant=_reject_constant, object_pairs_hook=_unique_keys, parse_float=_exact_float
            )
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise _Unreadable("invalid-json", f"not valid JSON ({where}): {error.msg}") from None
    except _DuplicateKey as error:
        raise _Unreadable("duplicate-key", str(error)) from None
    except ValueError as error:  # NaN or Infinity, or an integer of thousands of digits
        raise _Unreadable("invalid-json", f"not valid JSON: {error}") from None
    except RecursionError:
        raise _Unreadable("too-deep", "JSON nested too deeply to read") from None


def _parse_fast(data: bytes) -> Any:
    """The value of ``data`` when jiter (pydantic's JSON parser) reads it as UTF-8 JSON without
    a byte-order mark, NaN or a duplicate key; else :data:`_ABSENT`, and :mod:`json` decides and
    says why. jiter also shares repeated short strings (ids, codes, vocabulary words)."""
    try:
        from jiter import from_json
    except ImportError:  # pragma: no cover - a dependency; without it the exact path serves
        return _ABSENT
    if data.startswith(b"\xef\xbb\xbf"):
        return _ABSENT
    try:
        return from_json(data, allow_inf_nan=False, catch_duplicate_keys=True)
    except ValueError:
        return _ABSENT


def _open_lines(root: Traversable, parts: list[str]) -> IO[bytes]:
    """The JSON Lines file at ``parts`` below ``root``, open for reading with :func:`_read_path`'s
    guards (a user's folder) or as it is (the shipped data)."""
    if isinstance(root, Path):
        try:
            descriptor, _ = _open_regular(root, parts)
        except ValueError as error:  # a NUL in the path
            raise _Unreadable("bad-path", f"not a usable path: {error}") from None
        return os.fdopen(descriptor, "rb", closefd=True)
    try:
        return root.joinpath(*parts).open("rb")
    except FileNotFoundError:
        raise _Unreadable("file-not-found", "file not found") from None
    except OSError as error:
        raise _Unreadable("unreadable", f"cannot be read: {error.strerror or error}") from None


def split_lines(file: IO[bytes], max_line: int, budget: _Budget) -> Iterator[bytes | None]:
    """Each line of ``file`` without its end, read a chunk at a time; ``None`` for a line of more
    than ``max_line`` bytes, which is skipped without being kept. Every byte read is taken from
    ``budget``. A last line without a line end is a line; an empty file has none.

    >>> import io
    >>> list(split_lines(io.BytesIO(b'{"a": 1}\\n\\n{}'), 8, _Budget(100)))
    [b'{"a": 1}', b'', b'{}']
    >>> list(split_lines(io.BytesIO(b'{"a": 12}\\n{}\\n'), 8, _Budget(100)))
    [None, b'{}']
    """
    rest = b""
    too_long = False
    while True:
        try:
            chunk = file.read(_CHUNK)
        except OSError as error:
            raise _fail(error) from None
        if not chunk:
            break
        budget.take(len(chunk))
        pieces = chunk.split(b"\n")
        pieces[0] = rest + pieces[0]
        rest = pieces.pop()
        for piece in pieces:
            yield None if too_long or len(piece) > max_line else piece
            too_long = False
        if len(rest) > max_line:
            too_long, rest = True, b""
    if rest or too_long:
        yield None if too_long else rest


class Made:
    """A kind's records made in memory (the IATI reader's), handed to the load a batch at a time
    as a JSON Lines file's are: each batch leaves the list as it is taken, so that its records
    are dropped once built. Problems keep the records' indexes in the whole list.

    >>> records = [{"id": "a"}, {"id": "b"}, {"id": "c"}]
    >>> [(part.start, part.records) for part in Made("regions", records).batches(2)], records
    ([(0, [{'id': 'a'}, {'id': 'b'}]), (2, [{'id': 'c'}])], [])
    """

    FIRST: Final = 0
    """The number of the first record in its problems: an index in the whole list."""

    def __init__(self, kind: Kind, records: list[Any] | Packed) -> None:
        self.kind = kind
        self.name = file_of(kind)
        self.records = records

    def batches(self, size: int = BATCH) -> Iterator[Batch]:
        """The records, ``size`` at a time, each batch taken out of the list (or, from
        :class:`Packed` records, each of its batches as it was packed, unpacked when asked for)."""
        start = 0
        if isinstance(self.records, Packed):
            for records in self.records.unpacked():
                yield Batch(start, records, [])
                start += len(records)
            return
        while self.records:
            part = self.records[:size]
            del self.records[:size]
            yield Batch(start, part, [])
            start += len(part)


class Packed:
    """Records made in memory, held packed (:mod:`marshal`), ``size`` at a time, until they are
    loaded: a record's dicts, lists and strings take several times the memory of its packed bytes,
    and a reader that makes every record before the load would otherwise hold them all at once.
    Each batch is packed into memory of its own (an anonymous map), handed back to the system
    once the batch is unpacked, so that what the records held does not stay in the process
    beside the entities built from them. A batch that cannot be packed (a value marshal does not
    write) is kept as it is.

    >>> packed = Packed(2)
    >>> for name in "abc":
    ...     packed.append({"id": name})
    >>> len(packed), list(packed.unpacked()), len(packed)
    (3, [[{'id': 'a'}, {'id': 'b'}], [{'id': 'c'}]], 0)
    """

    def __init__(self, size: int = BATCH) -> None:
        self.size = size
        self.packed: deque[mmap.mmap | list[Any]] = deque()
        self.pending: list[Any] = []
        self.count = 0

    def append(self, record: Any) -> None:
        """Add ``record``: packed with the records before it once there are ``size`` of them."""
        self.pending.append(record)
        self.count += 1
        if len(self.pending) == self.size:
            self.packed.append(_pack(self.pending))
            self.pending = []

    def __len__(self) -> int:
        return self.count

    def unpacked(self) -> Iterator[list[Any]]:
        """Each batch of records in order, unpacked as it is asked for; each leaves the pack."""
        while self.packed:
            part = self.packed.popleft()
            if isinstance(part, list):
                records = part
            else:
                with part:
                    records = marshal.loads(part)
            self.count -= len(records)
            yield records
        if self.pending:
            records, self.pending = self.pending, []
            self.count = 0
            yield records


def _pack(records: list[Any]) -> mmap.mmap | list[Any]:
    try:
        data = marshal.dumps(records)
    except ValueError:  # a value marshal does not write (a str subclass...): the batch kept as it is
        return records
    memory = mmap.mmap(-1, len(data))
    memory.write(data)
    return memory


class Lines:
    """A kind's JSON Lines file (``projects.jsonl``), read a batch of records at a time: one JSON
    object a line, each line parsed as strictly as a JSON file (duplicate keys, NaN, numbers no
    float holds), and every line that cannot be read a problem located by its line number. The
    per-file limit (``max_bytes``) applies to each line, the load's total budget to every byte."""

    FIRST: Final = 1
    """The number of the first record in its problems: a line number."""

    def __init__(self, reader: _FolderReader, kind: Kind) -> None:
        self.reader = reader
        self.kind = kind
        self.name = lines_file_of(kind)

    def batches(self, size: int = BATCH) -> Iterator[Batch]:
        """The file's records, ``size`` at a time (the file is read once, as they are asked for)."""
        start = 0
        records: list[Any] = []
        problems: list[Problem] = []
        try:
            with _open_lines(self.reader.root, [self.name]) as file:
                for line in split_lines(file, self.reader.max_bytes, self.reader.budget):
                    records.append(self._parse(line, start + len(records) + 1, problems))
                    if len(records) == size:
                        yield Batch(start, records, problems)
                        start += size
                        records, problems = [], []
        except _Unreadable as error:
            problems.append(Problem(file=self.name, code=error.code, message=error.message))
        if records or problems:
            yield Batch(start, records, problems)

    def whole(self) -> Batch:
        """Every record of the file at once."""
        records: list[Any] = []
        problems: list[Problem] = []
        for batch in self.batches():
            records += batch.records
            problems += batch.problems
        return Batch(0, records, problems)

    def _parse(self, line: bytes | None, number: int, problems: list[Problem]) -> Any:
        if line is None:
            message = f"a line of more than {self.reader.max_bytes:,} bytes, over the limit of a record's line"
            problems.append(Problem(file=self.name, index=number, code="too-large", message=message))
            return None
        if not line.strip():
            message = "a blank line: each line holds one record (remove the line)"
            problems.append(Problem(file=self.name, index=number, code="blank-line", message=message))
            return None
        try:
            value = parse_json(line, strict=True)
        except _Unreadable as error:
            message = error.message.replace("(line 1, column", "(column")
            problems.append(Problem(file=self.name, index=number, code=error.code, message=message))
            return None
        if not isinstance(value, dict):
            message = f"a line must hold one JSON object (a record), not {json_type(value)}"
            problems.append(Problem(file=self.name, index=number, code="wrong-type", message=message))
            return None
        return value


class _FolderReader:
    """Reads a data folder's files within its byte budgets, collecting every problem."""

    def __init__(self, root: Traversable, *, strict: bool, max_bytes: int, max_total_bytes: int) -> None:
        self.root = root
        self.strict = strict
        self.max_bytes = max_bytes
        self.budget = _Budget(max_total_bytes)
        self.problems: list[Problem] = []
        self._texts: dict[_FileKey, str] = {}
        """Texts by the file they were read from: links to one file share one string."""

    def json_file(self, name: str, *, optional: bool) -> Any:
        """The parsed file ``name``, or :data:`_ABSENT` when it is missing (``optional``) or
        unusable (a problem said why)."""
        node = self.root.joinpath(name)
        if optional and not _exists(node):
            return _ABSENT
        try:
            return parse_json(_read_bytes(self.root, [name], self.max_bytes, self.budget)[1], strict=self.strict)
        except _Unreadable as error:
            self.problems.append(Problem(file=name, code=error.code, message=error.message))
            return _ABSENT

    def manifest(self) -> dict[str, Any]:
        value = self.json_file(MANIFEST, optional=False)
        if value is _ABSENT:
            return {}
        if isinstance(value, dict):
            return value
        message = f"must hold a JSON object, not {json_type(value)}"
        self.problems.append(Problem(file=MANIFEST, code="wrong-type", message=message))
        return {}

    def lines(self, kind: Kind) -> Lines | None:
        """The kind's JSON Lines file, when the folder has one and no JSON file of the kind
        beside it (both are a problem: which one holds the records?)."""
        node = self.root.joinpath(lines_file_of(kind))
        if not _exists(node):
            return None
        if _exists(self.root.joinpath(file_of(kind))):
            message = f"{file_of(kind)} holds {kind} too: keep one of the two files"
            self.problems.append(Problem(file=lines_file_of(kind), code="two-files", message=message))
        return Lines(self, kind)

    def records(self, kind: Kind) -> list[Any]:
        name = file_of(kind)
        value = self.json_file(name, optional=True)
        if value is _ABSENT:
            return []
        if isinstance(value, list):
            return value
        message = f"must hold a JSON array of records, not {json_type(value)}"
        self.problems.append(Problem(file=name, code="wrong-type", message=message))
        return []

    def texts(self, sources: list[Any]) -> tuple[dict[str, str], frozenset[str]]:
        texts: dict[str, str] = {}
        unreadable: set[str] = set()
        for index, source in enumerate(sources):
            path = source.get("text_file") if isinstance(source, dict) else None
            if not isinstance(path, str) or path in texts or path in unreadable:
                continue
            try:
                texts[path] = self.text(path)
            except _Unreadable as error:
                message = f"the text file {shorten(path)}: {error.message}"
                record_id = source.get("id")
                self.problems.append(
                    Problem(
                        file=file_of("sources"),
                        index=index,
                        id=clip(record_id) if isinstance(record_id, str) else None,
                        field="text_file",
                        code=error.code,
                        message=message,
                    )
                )
                unreadable.add(path)
        return texts, frozenset(unreadable)

    def text(self, path: str) -> str:
        parts = path.split("/")
        if any(part in ("", ".", "..") for part in parts):
            raise _Unreadable("bad-path", "must be a plain path inside the data folder (no '.', '..' or empty parts)")
        key, data = _read_bytes(self.root, parts, self.max_bytes, self.budget)
        if key is None:
            return decode_text(data)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = decode_text(data)
        return text

    def unexpected_entries(self, kinds: Iterable[Kind]) -> None:
        """Report what the folder holds that is neither the manifest, a kind's file nor allowed:
        a misnamed kind file (``project.json``) would otherwise be silently empty."""
        if not isinstance(self.root, Path):
            return
        expected = {MANIFEST, *(file_of(kind) for kind in kinds), *(lines_file_of(kind) for kind in kinds)}
        try:
            entries = sorted(os.listdir(self.root))
        except OSError as error:
            message = f"the folder cannot be listed: {error.strerror or error}"
            self.problems.append(Problem(file=str(self.root), code="unreadable", message=message))
            return
        by_fold = {name.casefold(): name for name in expected}
        for entry in entries:
            if entry in expected or entry in ALLOWED_EXTRA or entry.startswith("."):
                continue
            hint = _hint(entry, by_fold)
            message = _NOT_READ.get(entry) or f"not a file of the data folder's layout{hint}"
            self.problems.append(Problem(file=shorten(entry), code="unknown-file", message=message))


def _hint(entry: str, by_fold: dict[str, str]) -> str:
    folded = entry.casefold()
    if folded in by_fold:
        return f"; did you mean {by_fold[folded]!r}?"
    import difflib

    close = difflib.get_close_matches(folded, list(by_fold), n=1, cutoff=0.8)
    return f"; did you mean {by_fold[close[0]]!r}?" if close else ""


def _exists(node: Traversable) -> bool:
    if isinstance(node, Path):
        try:
            return node.is_symlink() or node.exists()
        except (OSError, ValueError):
            return True  # let the read report why
    return node.is_file() or node.is_dir()


def read_folder(
    root: Traversable,
    kinds: Iterable[Kind],
    *,
    strict: bool,
    max_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
    batched: Iterable[Kind] = (),
) -> tuple[RawData, list[Problem]]:
    """Read ``catalog.json``, each ``<kind>.json`` (or ``<kind>.jsonl``) and the source texts below ``root``.

    A missing kind file is an empty kind; a missing manifest is a problem. ``strict`` (a user's
    folder) also rejects duplicate keys and files the layout does not know, and reads JSON Lines
    files; those of the ``batched`` kinds are left to be read in batches (``RawData.batched``).
    """
    kinds = tuple(kinds)
    batched = frozenset(batched)
    reader = _FolderReader(root, strict=strict, max_bytes=max_bytes, max_total_bytes=max_total_bytes)
    if strict:
        reader.unexpected_entries(kinds)
    manifest = reader.manifest()
    records: dict[Kind, list[Any]] = {}
    lines: set[Kind] = set()
    later: dict[Kind, Lines] = {}
    for kind in kinds:
        in_lines = reader.lines(kind) if strict else None
        if in_lines is None:
            records[kind] = reader.records(kind)
            continue
        lines.add(kind)
        if kind in batched:
            records[kind] = []
            later[kind] = in_lines
        else:
            whole = in_lines.whole()
            records[kind] = whole.records
            reader.problems += whole.problems
    texts, unreadable = reader.texts(records.get("sources", []))
    raw = RawData(manifest, records, texts, unreadable, frozenset(lines), MappingProxyType(later))
    return raw, reader.problems


def read_file(
    root: Traversable,
    name: str,
    kind: Kind,
    kinds: Iterable[Kind],
    *,
    max_bytes: int = MAX_FILE_BYTES,
    max_total_bytes: int = MAX_TOTAL_BYTES,
) -> tuple[RawData, list[Problem]]:
    """Read the one file ``name`` below ``root`` as the records of ``kind`` (every other kind
    empty), and the texts its sources name; there is no manifest. A name ending in ``.jsonl`` is
    a JSON Lines file, its problems located as ``<kind>.jsonl``'s (the caller names the file)."""
    reader = _FolderReader(root, strict=True, max_bytes=max_bytes, max_total_bytes=max_total_bytes)
    records: dict[Kind, list[Any]] = {k: [] for k in kinds}
    if name.endswith(LINES_SUFFIX):
        lines = Lines(reader, kind)
        lines.name = name
        whole = lines.whole()
        records[kind] = whole.records
        reader.problems += [attrs.evolve(p, file=lines_file_of(kind)) for p in whole.problems]
        texts, unreadable = reader.texts(records.get("sources", []))
        raw = RawData({}, records, texts, unreadable, frozenset({kind}))
        return raw, reader.problems
    value = reader.json_file(name, optional=False)
    if isinstance(value, list):
        records[kind] = value
    elif value is not _ABSENT:
        message = f"must hold a JSON array of records, not {json_type(value)}"
        reader.problems.append(Problem(file=shorten(name), code="wrong-type", message=message))
    texts, unreadable = reader.texts(records.get("sources", []))
    return RawData(manifest={}, records=records, texts=texts, unreadable=unreadable), reader.problems


def json_type(value: object) -> str:
    """How a message names a JSON value's type: ``json_type([]) == "an array"``."""
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)
