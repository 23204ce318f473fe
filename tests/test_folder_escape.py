"""Nothing is read from outside a data folder: links at any part of a path, links that climb out,
link loops, a file swapped between a look and a read, and links that multiply what a load reads.

Each hostile folder is loaded in a child process with a time limit and a memory limit, so that a
hang or a runaway allocation fails its test instead of the suite.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import povcoop
from conftest import edit, read, record

ROOT = Path(__file__).resolve().parents[1]
RELEASE = "cns-2021-03-10"
TEXT = "texts/cns-2021-03-10.en.txt"

_CHILD = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))
import povcoop
try:
    cat = povcoop.load(sys.argv[1])
except povcoop.DataError as error:
    print(json.dumps(sorted({(p.file, p.field, p.code) for p in error.problems})))
else:
    print(json.dumps({source.id: source.text for source in cat.sources if source.text}))
"""


def load_in_child(folder: Path, timeout: float = 60) -> object:
    """What ``load(folder)`` gives in a child process limited to 2 GiB and ``timeout`` seconds:
    the problems as (file, field, code), or each source's text."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder)],
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    found = json.loads(result.stdout)
    return {tuple(item) for item in found} if isinstance(found, list) else found


def point_release_at(folder: Path, text_file: str) -> None:
    edit(folder, "sources.json", lambda sources: sources[0].__setitem__("text_file", text_file))
    assert read(folder, "sources.json")[0]["id"] == RELEASE


ESCAPED = ("sources.json", "text_file", "outside-folder")


def test_a_linked_folder_on_the_path_cannot_read_etc_passwd(folder: Path) -> None:
    (folder / "outside").symlink_to("/etc")
    point_release_at(folder, "outside/passwd")
    found = load_in_child(folder)
    assert isinstance(found, set) and ESCAPED in found


def test_a_linked_folder_cannot_read_the_process_environment(folder: Path) -> None:
    (folder / "proc").symlink_to("/proc/self")
    point_release_at(folder, "proc/environ")
    found = load_in_child(folder)
    assert isinstance(found, set) and ESCAPED in found


def test_the_texts_folder_itself_linked_out(folder: Path, tmp_path: Path) -> None:
    shutil.move(folder / "texts", tmp_path / "elsewhere")
    (folder / "texts").symlink_to(tmp_path / "elsewhere")
    found = load_in_child(folder)
    assert isinstance(found, set) and ESCAPED in found


def test_a_relative_link_that_climbs_out(folder: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("a secret outside the data folder", encoding="utf-8")
    (folder / "texts" / "deeper").mkdir()
    (folder / "texts" / "deeper" / "up").symlink_to("../../../secret.txt")
    point_release_at(folder, "texts/deeper/up")
    found = load_in_child(folder)
    assert isinstance(found, set) and ESCAPED in found


def test_the_cli_calls_an_escaping_folder_invalid_and_prints_nothing_of_it(folder: Path) -> None:
    (folder / "outside").symlink_to("/etc")
    point_release_at(folder, "outside/passwd")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-m", "povcoop", "validate", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert "outside-folder" in result.stdout + result.stderr
    assert "root:" not in result.stdout + result.stderr


def test_links_that_stay_inside_are_followed_at_any_part(folder: Path) -> None:
    (folder / "texts" / "real").mkdir()
    shutil.move(folder / TEXT, folder / "texts" / "real" / "release.txt")
    (folder / "texts" / "linked").symlink_to("real")  # a linked folder inside the data folder
    (folder / "texts" / "real" / "absolute.txt").symlink_to(folder / "texts" / "real" / "release.txt")
    point_release_at(folder, "texts/linked/absolute.txt")
    assert povcoop.load(folder) == povcoop.load()


def test_a_loop_of_links_is_a_problem_not_a_hang(folder: Path) -> None:
    (folder / "texts" / "a").symlink_to("b")
    (folder / "texts" / "b").symlink_to("a")
    point_release_at(folder, "texts/a")
    found = load_in_child(folder)
    assert isinstance(found, set) and ("sources.json", "text_file", "link-loop") in found


def test_a_link_to_the_folder_itself_is_not_a_file(folder: Path) -> None:
    (folder / "texts" / "here").symlink_to("..")
    point_release_at(folder, "texts/here")
    found = load_in_child(folder)
    assert isinstance(found, set) and ("sources.json", "text_file", "not-a-file") in found


_SWAPPER = """
import os, sys, threading, povcoop
folder = sys.argv[1]
target = os.path.join(folder, "concepts.json")
regular, fifo = target + ".regular", target + ".fifo"
os.link(target, regular)
stop = threading.Event()
def swap():
    while not stop.is_set():
        if os.path.exists(fifo):
            os.remove(fifo)
        os.mkfifo(fifo)
        os.replace(fifo, target)  # a FIFO where a regular file was
        os.link(regular, target + ".again")
        os.replace(target + ".again", target)  # and back
threading.Thread(target=swap, daemon=True).start()
outcomes = set()
for _ in range(int(sys.argv[2])):
    try:
        povcoop.load(folder)
        outcomes.add("loaded")
    except povcoop.DataError as error:
        outcomes.update(p.code for p in error.problems if p.file == "concepts.json")
stop.set()
print(sorted(outcomes))
"""


def test_a_file_swapped_for_a_fifo_while_loading_never_blocks(folder: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", _SWAPPER, str(folder), "200"],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        check=True,
    )
    outcomes = set(json.loads(result.stdout.replace("'", '"')))
    # Each load either read the regular file or saw (on the descriptor it read from) a FIFO.
    assert outcomes <= {"loaded", "not-a-file", "file-not-found", "invalid-json"}, outcomes
    assert outcomes & {"loaded", "not-a-file"}


def _hard_linked_texts(folder: Path, copies: int) -> int:
    """``copies`` sources whose texts are hard links to the release's text; its size in bytes."""
    text = folder / TEXT
    _, release = record(folder, "sources.json", RELEASE)
    added = []
    for number in range(copies):
        os.link(text, folder / "texts" / f"link-{number}.txt")
        added.append(
            {
                "id": f"linked-copy-{number}",
                "name": f"A linked copy {number}",
                "description": "The release's text again, through a hard link.",
                "type": release["type"],
                "title": f"Linked copy {number}",
                "language": "en",
                "text_file": f"texts/link-{number}.txt",
            }
        )
    edit(folder, "sources.json", lambda sources: sources.extend(added))
    return text.stat().st_size


def test_links_to_one_text_count_against_the_total_budget(folder: Path) -> None:
    before = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    size = _hard_linked_texts(folder, 40)
    with pytest.raises(povcoop.DataError) as caught:
        povcoop.load(folder, max_total_bytes=before + 1_000 + 20 * size)  # room for 20 of the 40 links
    over = [p for p in caught.value.problems if p.code == "over-total-budget"]
    assert over and all(p.file == "sources.json" and p.field == "text_file" for p in over)
    assert "max_total_bytes" in over[0].message


def test_links_to_one_text_share_one_string(folder: Path) -> None:
    _hard_linked_texts(folder, 40)
    cat = povcoop.load(folder)
    texts = {id(cat.sources.get(f"linked-copy-{number}").text) for number in range(40)}
    assert len(texts) == 1
    assert cat.sources.get("linked-copy-0").text == cat.release.text


def test_the_total_budget_is_an_argument(folder: Path) -> None:
    total = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())
    assert povcoop.load(folder, max_total_bytes=total) == povcoop.load()
    with pytest.raises(povcoop.DataError) as caught:
        povcoop.load(folder, max_total_bytes=total // 2)
    assert "over-total-budget" in {p.code for p in caught.value.problems}
    with pytest.raises(TypeError, match="max_total_bytes"):
        povcoop.load(folder, max_total_bytes=-1)
