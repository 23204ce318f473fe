"""Reading an IATI activity file safely: its bytes, its text, a parser that refuses what could
attack it, and the IATI 2.03 activity schema.

The parser is lxml's, configured so: no entity resolution, no network, no DTD loading, no
huge-tree mode (libxml2 then refuses text nodes over 10 MB and nesting over 256 levels). A file
with a document type declaration is refused before it is parsed: IATI files have none, and a DTD
is what entity expansion ("billion laughs") and external entities need. Every refusal is a located
:class:`~povcoop.DataError` problem (file, line, column).

>>> text_of(b'<?xml version="1.0"?>\\r\\n<iati-activities/>')
'<?xml version="1.0"?>\\n<iati-activities/>'
"""

from __future__ import annotations

import codecs
import functools
import os
import re
import stat
from importlib.resources import as_file, files
from typing import TYPE_CHECKING, Any, Final

from povcoop._base.errors import Problem, clip

if TYPE_CHECKING:
    from lxml import etree

MAX_PATH: Final = 4_096
"""How much of a file's path a problem keeps (the path as given, unless it is absurdly long)."""

MAX_XML_BYTES: Final = 1 << 30
"""The largest IATI file read (1 GiB)."""

SCHEMA_FOLDER: Final = "iati-schema"
"""Where the IATI 2.03 activity schema is shipped: beside the code lists, in the package data."""

_DECLARED_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']""")
_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_NEWLINES = re.compile(r"\r\n?")

PARSER_OPTIONS: Final[dict[str, bool]] = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "huge_tree": False,
}
"""The lxml parser's options for files from anyone."""


class XmlRefused(Exception):
    """A file that cannot be read, with the problem that says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def located(line: int | None, column: int | None = None) -> str | None:
    """The ``field`` of a problem at ``line`` and ``column`` of a file.

    >>> located(3, 7), located(3), located(None)
    ('line 3, column 7', 'line 3', None)
    """
    if not line:
        return None
    return f"line {line}" + (f", column {column}" if column else "")


def read_bytes(path: str, max_bytes: int = MAX_XML_BYTES) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them; an
    :class:`XmlRefused` for anything else (a folder, a FIFO, a file too large)."""
    try:
        with open(path, "rb") as file:
            mode = os.fstat(file.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise XmlRefused(Problem(file=clip(path, MAX_PATH), code="not-a-file", message="not a regular file"))
            # Read what the file holds and a byte more: a read of the limit itself would make a
            # buffer of the limit's size first, a GiB for every file. A file that grows while
            # read is read on a chunk at a time, up to the limit.
            size = os.fstat(file.fileno()).st_size
            data = file.read(min(size, max_bytes) + 1)
            if size < len(data) <= max_bytes:
                chunks = [data]
                total = len(data)
                while total <= max_bytes and (chunk := file.read(min(1 << 20, max_bytes + 1 - total))):
                    chunks.append(chunk)
                    total += len(chunk)
                data = b"".join(chunks)
    except FileNotFoundError:
        raise XmlRefused(Problem(file=clip(path, MAX_PATH), code="file-not-found", message="no such file")) from None
    except IsADirectoryError:
        raise XmlRefused(
            Problem(file=clip(path, MAX_PATH), code="not-a-file", message="a folder, not a file")
        ) from None
    except OSError as error:
        message = f"cannot be read: {error.strerror or error}"
        raise XmlRefused(Problem(file=clip(path, MAX_PATH), code="unreadable", message=message)) from None
    if len(data) > max_bytes:
        message = f"over {max_bytes:,} bytes"
        raise XmlRefused(Problem(file=clip(path, MAX_PATH), code="too-large", message=message))
    return data


def text_of(data: bytes, path: str = "") -> str:
    """The file's text: decoded in its declared encoding (UTF-8 by default, a byte-order mark
    honoured), with line ends normalised as XML reads them (CR LF and CR become LF), so that
    offsets into it count the characters an XML reader sees."""
    if data.startswith(codecs.BOM_UTF8):
        encoding, data = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        declared = _DECLARED_ENCODING.match(data[:200])
        encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        text = data.decode(encoding)
    except LookupError:
        message = f"declares the encoding {encoding!r}, which Python does not know"
        raise XmlRefused(Problem(file=clip(path, MAX_PATH), code="not-utf8", message=message)) from None
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        message = f"not valid {encoding}: {error.reason} at byte {error.start}"
        raise XmlRefused(
            Problem(file=clip(path, MAX_PATH), field=located(line), code="not-utf8", message=message)
        ) from None
    return _NEWLINES.sub("\n", text) if "\r" in text else text


class Utf8Text:
    """A file-like reader of ``text`` as UTF-8 bytes, a piece at a time, for the parser: the file
    is parsed from the text the reader keeps (parsed with ``encoding="utf-8"``, whatever the
    file declares), so that its bytes need not be kept beside the text, and the parser reads
    the very characters the quotes' offsets count.

    >>> reader = Utf8Text("café")
    >>> reader.read(3), reader.read(3), reader.read(3)
    (b'caf', b'\\xc3\\xa9', b'')
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0

    def read(self, size: int = -1) -> bytes:
        """The next ``size`` characters' bytes (they may be more than ``size``: the parser keeps
        what it does not take at once)."""
        end = len(self.text) if size is None or size < 0 else self.position + size
        piece = self.text[self.position : end]
        self.position += len(piece)
        return piece.encode("utf-8")


def refuse_doctype(text: str, path: str) -> None:
    """An :class:`XmlRefused` (``dtd-refused``) when the prolog holds a document type declaration."""
    end = _PROLOG.match(text, 1 if text.startswith("\ufeff") else 0)
    position = end.end() if end else 0
    if text.startswith("<!DOCTYPE", position):
        line = text.count("\n", 0, position) + 1
        column = position - text.rfind("\n", 0, position)
        message = "a document type declaration (DTD): refused, since entities and DTDs can attack a reader"
        raise XmlRefused(
            Problem(file=clip(path, MAX_PATH), field=located(line, column), code="dtd-refused", message=message)
        )


_RESOURCE_CODES: Final = (
    ("depth", "too-deep"),
    ("text node", "text-too-large"),
    ("attvalue", "text-too-large"),
    ("huge", "text-too-large"),
)


def parse_problem(error: Exception, path: str) -> Problem:
    """The located problem of lxml's ``error`` (an ``XMLSyntaxError``) on the file ``path``."""
    log = getattr(error, "error_log", None)
    entries = [entry for entry in (log or []) if entry.domain_name != "SCHEMASV"]
    entry = entries[-1] if entries else None
    message = entry.message if entry is not None else str(error)
    line = entry.line if entry is not None else getattr(error, "lineno", None)
    column = entry.column if entry is not None else getattr(error, "offset", None)
    kind = entry.type_name if entry is not None else ""
    code = "invalid-xml"
    if "ENTITY" in kind or "entity" in message.lower():
        code = "entity-refused"
    elif "RESOURCE_LIMIT" in kind or "XML_PARSE_HUGE" in message:
        lowered = message.lower()
        code = next((c for word, c in _RESOURCE_CODES if word in lowered), "too-large")
    return Problem(file=clip(path, MAX_PATH), field=located(line, column), code=code, message=clip(message, 300))


@functools.cache
def activity_schema() -> etree.XMLSchema:
    """The IATI 2.03 activity schema, shipped in the package's data (parsed once, no network)."""
    from lxml import etree

    parser = etree.XMLParser(**PARSER_OPTIONS)
    folder = files("povcoop").joinpath("data", "codes", SCHEMA_FOLDER)
    with as_file(folder) as local:
        document = etree.parse(os.path.join(local, "iati-activities-schema.xsd"), parser)
        return etree.XMLSchema(document)


def schema_problems(element: Any, path: str, *, index: int | None, identifier: str | None) -> list[Problem]:
    """The schema's problems with ``element`` (an activity, or the root), each at its line."""
    schema = activity_schema()
    if schema.validate(element):
        return []
    return [
        Problem(
            file=clip(path, MAX_PATH),
            index=index,
            id=clip(identifier) if identifier else None,
            field=located(entry.line, entry.column) or entry.path,
            code="schema-invalid",
            message=clip(entry.message, 300),
        )
        for entry in schema.error_log
    ]
