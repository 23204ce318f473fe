"""Hostile XML is refused with a located DataError, within bounded time and memory.

External entities, entity expansion ("billion laughs"), DTDs, network fetches, deep nesting and
huge text nodes: each file is read in a child process limited to 2 GiB of address space and a
time limit, so that a hang or a runaway allocation fails its test instead of the suite. A network
fetch is caught by a listening socket of the test's own that must see no connection.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from iati_support import HOSTILE, parse

pytest.importorskip("lxml.etree")

ROOT = Path(__file__).resolve().parents[1]
SECRET = "root:"  # how /etc/passwd begins: it must appear in no output
REFUSED = {"dtd-refused", "entity-refused"}

_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
import povcoop
try:
    cat = povcoop.read_iati(sys.argv[1])
except povcoop.DataError as error:
    print(json.dumps({"problems": [[p.file, p.field, p.code, p.message] for p in error.problems]}))
else:
    texts = [t.text for p in cat.projects for t in (*p.titles, *p.descriptions)]
    print(json.dumps({"read": texts, "sources": [s.text for s in cat.sources if s.text]}))
"""


def read_in_child(path: Path, timeout: float = 60) -> dict[str, Any]:
    """What ``read_iati(path)`` gives in a child process limited to 2 GiB and ``timeout`` seconds:
    ``{"problems": [[file, field, code, message], ...]}`` or ``{"read": [...], "sources": [...]}``.
    The child's whole output (stderr too) must not hold the secret."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True, timeout=timeout, env=env, check=False
    )
    assert SECRET not in result.stdout + result.stderr
    assert result.returncode == 0, result.stderr[-2000:]
    found: dict[str, Any] = json.loads(result.stdout)
    return found


def located_problems(path: Path, found: dict[str, Any]) -> list[list[str]]:
    """The problems of a refused file, each checked to name the file and a line."""
    assert "problems" in found, f"{path.name} was read: {str(found)[:300]}"
    problems: list[list[str]] = found["problems"]
    for file, field, _, _ in problems:
        assert file == str(path)
        assert field is not None and "line " in field, field
    return problems


@pytest.mark.parametrize("name", ["xxe-file.xml", "parameter-entity.xml", "billion-laughs.xml", "internal-dtd.xml"])
def test_a_dtd_or_an_entity_declaration_is_refused(name: str) -> None:
    path = HOSTILE / name
    problems = located_problems(path, read_in_child(path))
    assert {code for _, _, code, _ in problems} & REFUSED
    assert all(SECRET not in message for *_, message in problems)


def test_an_undeclared_entity_is_refused_where_it_stands() -> None:
    path = HOSTILE / "undeclared-entity.xml"
    line = next(n for n, text in enumerate(path.read_text().splitlines(), start=1) if "&undeclared;" in text)
    problems = located_problems(path, read_in_child(path))
    assert any(code in REFUSED | {"invalid-xml"} and field.startswith(f"line {line}") for _, field, code, _ in problems)


def test_xinclude_is_not_processed() -> None:
    path = HOSTILE / "xinclude.xml"
    found = read_in_child(path)  # the secret is in no output: checked there
    if "problems" in found:
        located_problems(path, found)


def _listening() -> socket.socket:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    return server


def _was_called(server: socket.socket) -> bool:
    try:
        connection, _ = server.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE iati-activities SYSTEM "http://127.0.0.1:{port}/iati.dtd">',
        '<!DOCTYPE iati-activities [<!ENTITY remote SYSTEM "http://127.0.0.1:{port}/secret">]>',
        '<!DOCTYPE iati-activities [<!ENTITY % remote SYSTEM "http://127.0.0.1:{port}/p.dtd"> %remote;]>',
    ],
    ids=["external-dtd", "external-entity", "parameter-entity"],
)
def test_nothing_is_fetched_from_the_network(tmp_path: Path, doctype: str) -> None:
    server = _listening()
    try:
        port = server.getsockname()[1]
        text = (HOSTILE / "internal-dtd.xml").read_text(encoding="utf-8")
        start, end = text.index("<!DOCTYPE"), text.index("]>") + 2
        path = tmp_path / "network.xml"
        body = text[:start] + doctype.format(port=port) + text[end:]
        path.write_text(body.replace("An internal DTD", "&remote;" if "ENTITY remote" in doctype else "A DTD"))
        problems = located_problems(path, read_in_child(path))
        assert {code for _, _, code, _ in problems} & REFUSED
        assert not _was_called(server), "the reader connected to the address the file names"
    finally:
        server.close()


def _nested(tmp_path: Path, depth: int) -> Path:
    text = (HOSTILE / "internal-dtd.xml").read_text(encoding="utf-8")
    text = text[: text.index("<!DOCTYPE")] + text[text.index("]>") + 3 :]
    nest = '<ex:x xmlns:ex="http://example.org/ns">' * depth + "deep" + "</ex:x>" * depth
    path = tmp_path / f"deep-{depth}.xml"
    path.write_text(text.replace("  </iati-activity>", f"    {nest}\n  </iati-activity>"), encoding="utf-8")
    return path


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    path = _nested(tmp_path, 100)  # over the reader's limit, under libxml2's own
    problems = located_problems(path, read_in_child(path))
    assert "too-deep" in {code for _, _, code, _ in problems}


def test_very_deep_nesting_is_refused_within_bounds(tmp_path: Path) -> None:
    path = _nested(tmp_path, 100_000)
    problems = located_problems(path, read_in_child(path))
    assert {code for _, _, code, _ in problems} & {"too-deep", "invalid-xml"}


def test_a_moderately_nested_extension_is_read(tmp_path: Path) -> None:
    """The limit is not a refusal of all nesting: an extension a few levels deep reads."""
    path = _nested(tmp_path, 5)
    found = read_in_child(path)
    assert "read" in found, found


@pytest.mark.parametrize("where", ["text", "attribute"])
def test_a_huge_text_node_is_refused_within_bounds(tmp_path: Path, where: str) -> None:
    text = (HOSTILE / "malformed.xml").read_text(encoding="utf-8")
    text = text.replace("A title that is never closed", "A title</narrative>")
    huge = "x" * (20 << 20)
    if where == "text":
        text = text.replace("A hostile file.", huge)
    else:
        text = text.replace('<participating-org role="1"', f'<participating-org role="1" activity-id="{huge}"')
    path = tmp_path / "huge.xml"
    path.write_text(text, encoding="utf-8")
    problems = located_problems(path, read_in_child(path))
    assert {code for _, _, code, _ in problems} & {"text-too-large", "invalid-xml", "too-large"}


def test_invalid_xml_gives_the_line_and_column_lxml_gives() -> None:
    from lxml import etree

    path = HOSTILE / "malformed.xml"
    with pytest.raises(etree.XMLSyntaxError) as caught:
        parse(path)
    line, column = caught.value.position
    problems = located_problems(path, read_in_child(path))
    assert [(field, code) for _, field, code, _ in problems] == [(f"line {line}, column {column}", "invalid-xml")]
