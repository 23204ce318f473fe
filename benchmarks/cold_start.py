"""Cold start of ``import povcoop; povcoop.load()`` against its anchor, side by side.

The budgets (docs/performance.md): the cold start may take at most 1.5x pycountry's cold import
and first ``countries.get(alpha_3="LAO")``; the first ``load()`` after import, at most 10 ms. The
breakdown: Python alone, with attrs, with attrs and ``importlib.resources``, ``import povcoop``
alone, and with the first load. Each command
runs in a fresh interpreter, the commands alternate so that machine load hits all alike, and
the figures are medians. Run: ``python benchmarks/cold_start.py [--runs 31]``.

On a shared machine wall times move by a quarter from run to run, more than the changes a guard
must catch ("no larger than before"). ``--instructions`` counts instead the instructions each
command executes, under valgrind's callgrind (when installed): the same on every run, whatever
else the machine does, so that two trees can be compared to a fraction of a percent. They are a
proxy: they count no cache miss, page fault or read from the disk.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

# The floor reads the file by path: asking importlib.resources for povcoop's files would
# import povcoop itself and measure it twice.
_PROJECTS = Path(importlib.util.find_spec("povcoop").origin).parent / "data" / "projects.json"  # type: ignore[arg-type, union-attr]

COMMANDS = {
    "bare python": "pass",
    "python + attrs": "import attrs",
    "python + attrs + importlib.resources": "import attrs, importlib.resources; importlib.resources.files('json')",
    "floor: attrs, json, one file": f"import attrs, json; json.loads(open({str(_PROJECTS)!r}, 'rb').read())",
    # What reading the data with importlib.resources costs by itself: the module (it imports
    # tempfile) and, on a package's first files(), its reader (it imports zipfile). json stands
    # for povcoop: a package of plain files, read by the same reader.
    "floor + resources.files()": (
        "import attrs, json, importlib.resources; importlib.resources.files('json'); "
        f"json.loads(open({str(_PROJECTS)!r}, 'rb').read())"
    ),
    "anchor: pycountry get LAO": "import pycountry; pycountry.countries.get(alpha_3='LAO')",
    "import povcoop (no load)": "import povcoop",
    "povcoop import + load()": "import povcoop; povcoop.load()",
}

BUDGET = 1.5
"""The cold start, at most this times the anchor's."""
FIRST_LOAD_MS = 10.0
"""The first ``load()`` after import, at most this many milliseconds."""

FIRST_LOAD = (
    "import time, povcoop\n"
    "t = time.perf_counter(); catalog = povcoop.load(); loaded = time.perf_counter()\n"
    "catalog.projects.where(country='LAO'); print(loaded - t, time.perf_counter() - loaded)"
)
"""The first ``load()`` after import, then the first query: the shipped catalog builds an index at
the first query that needs it, so that query's time is shown beside the load's."""


# Users' interpreters cache bytecode; a shell that forbids it (PYTHONDONTWRITEBYTECODE) would
# time the compiler instead of the import.
_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _wall(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=_ENV)
    return time.perf_counter() - start


def measure(runs: int) -> tuple[dict[str, float], float, float]:
    """The median wall time of each command, of the first ``load()`` after import and of the
    first query after it, over ``runs`` alternating runs."""
    for code in COMMANDS.values():  # warm the file cache and write the bytecode caches
        _wall(code)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    first_loads: list[float] = []
    first_queries: list[float] = []
    for _ in range(runs):
        for name, code in COMMANDS.items():
            times[name].append(_wall(code))
        out = subprocess.run([sys.executable, "-c", FIRST_LOAD], check=True, capture_output=True, text=True, env=_ENV)
        load, query = map(float, out.stdout.split())
        first_loads.append(load)
        first_queries.append(query)
    medians = {name: statistics.median(values) for name, values in times.items()}
    return medians, statistics.median(first_loads), statistics.median(first_queries)


def instructions(code: str) -> int:
    """The instructions a fresh interpreter executes to run ``code``, counted by callgrind (the
    hash seed fixed, so that dicts and sets are laid out alike on every run)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        raise SystemExit("--instructions needs valgrind (Debian: apt install valgrind)")
    command = [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", code]
    done = subprocess.run(command, check=True, capture_output=True, text=True, env={**_ENV, "PYTHONHASHSEED": "0"})
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{done.stderr}")
    return int(found.group(1))


def count_instructions() -> None:
    """Print each command's instructions, their ratio to the anchor's, and the first load's."""
    for code in COMMANDS.values():  # write the bytecode caches: their writing is not measured
        _wall(code)
    counts = {name: instructions(code) for name, code in COMMANDS.items()}
    anchor = counts["anchor: pycountry get LAO"]
    print(f"cold start, instructions executed (callgrind; Python {sys.version.split()[0]}):")
    for name, count in counts.items():
        print(f"  {name:<32} {count / 1e6:8.1f} M   {count / anchor:5.2f}x anchor")
    first = counts["povcoop import + load()"] - counts["import povcoop (no load)"]
    print(f"first load() after import: {first / 1e6:.1f} M instructions")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=31)
    parser.add_argument("--instructions", action="store_true", help="count instructions (callgrind), not time")
    args = parser.parse_args()
    if args.instructions:
        count_instructions()
        return
    medians, first_load, first_query = measure(args.runs)
    anchor = medians["anchor: pycountry get LAO"]
    print(f"cold start, median of {args.runs} runs each, alternating (Python {sys.version.split()[0]}):")
    for name, value in medians.items():
        print(f"  {name:<32} {value * 1000:7.1f} ms   {value / anchor:5.2f}x anchor")
    ratio = medians["povcoop import + load()"] / anchor
    verdict = "within" if ratio <= BUDGET else "OVER"
    print(f"budget: povcoop / anchor = {ratio:.2f} (at most {BUDGET}): {verdict}")
    first = first_load * 1000
    verdict = "within" if first <= FIRST_LOAD_MS else "OVER"
    print(f"first load() after import: median {first:.2f} ms (budget at most {FIRST_LOAD_MS} ms): {verdict}")
    print(f"then the first where(): median {first_query * 1000:.2f} ms (its index built then)")


if __name__ == "__main__":
    main()
