"""The IATI reader's budgets: ``read_iati`` against lxml's own ``iterparse`` walk of the same file,
its peak memory against the built catalog's retained memory, and its growth with the file.

The file is made by replicating the activities of IATI's conformance suite (the should-pass files
vendored in tests/data/iati/activity-tests, their placeholder codes replaced by real ones: a reader
must refuse placeholders) and of povcoop's own IATI export, each copy with a new identifier.

Run from the repository root: ``python benchmarks/run.py --iati`` (100,000 activities; ``--projects N``
for another size), or ``python benchmarks/iati.py --activities N``. Each measurement runs in a fresh
interpreter; timings are medians of runs that alternate with their anchor's.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SUITE = ROOT / "tests" / "data" / "iati" / "activity-tests" / "should-pass"

REAL_VALUES: dict[tuple[str, str], str] = {
    ("reporting-org", "type"): "21",
    ("reporting-org", "ref"): "XM-BENCH",
    ("participating-org", "role"): "1",
    ("participating-org", "type"): "10",
    ("activity-status", "code"): "2",
    ("activity-date", "type"): "1",
    ("activity-scope", "code"): "4",
    ("recipient-country", "code"): "LA",
    ("recipient-region", "code"): "789",
    ("recipient-region", "vocabulary"): "1",
    ("sector", "code"): "31120",
    ("sector", "vocabulary"): "1",
    ("collaboration-type", "code"): "1",
    ("default-flow-type", "code"): "10",
    ("default-finance-type", "code"): "110",
    ("default-aid-type", "code"): "C01",
    ("default-tied-status", "code"): "5",
    ("budget", "type"): "1",
    ("planned-disbursement", "type"): "1",
    ("transaction-type", "code"): "3",
    ("related-activity", "type"): "1",
    ("description", "type"): "1",
    ("category", "code"): "A01",
    ("policy-marker", "code"): "1",
    ("policy-marker", "vocabulary"): "1",
    ("policy-marker", "significance"): "1",
    ("flow-type", "code"): "10",
    ("finance-type", "code"): "110",
    ("aid-type", "code"): "C01",
    ("tied-status", "code"): "5",
    ("disbursement-channel", "code"): "1",
    ("result", "type"): "1",
    ("contact-info", "type"): "1",
}
"""A real code for each placeholder (``xx``, ``X``...) the suite's should-pass files carry."""

_PLACEHOLDER = re.compile(r"^(x+|X+|Y+|y+|AA)$")
_MARK = "@@IDENTIFIER@@"


def _templates() -> list[str]:
    """The activities to replicate, as XML text with a mark where the identifier goes."""
    from lxml import etree

    import povcoop

    roots = [etree.parse(str(path)).getroot() for path in sorted(SUITE.rglob("*.xml"))]
    with tempfile.TemporaryDirectory() as folder:
        povcoop.export(povcoop.load(), "iati", folder, placeholders=True)
        roots.append(etree.parse(str(Path(folder) / "iati-activities.xml")).getroot())
    templates = []
    for root in roots:
        for activity in root.iterchildren("iati-activity"):
            for element in activity.iter():
                if not isinstance(element.tag, str):
                    continue
                name = etree.QName(element).localname
                for attribute, value in element.attrib.items():
                    real = REAL_VALUES.get((name, etree.QName(attribute).localname))
                    if real is not None and (_PLACEHOLDER.match(value) or name == "reporting-org"):
                        element.set(attribute, real)
            if activity.get("default-currency") is None:  # a suite value may give no currency at all
                activity.set("default-currency", "EUR")
            identifier = activity.find("iati-identifier")
            identifier.text = _MARK
            for related in activity.iterchildren("related-activity"):
                related.set("ref", "XM-BENCH-0")
            templates.append(etree.tostring(activity, encoding="unicode"))
    return templates


def write_file(path: Path, count: int) -> Path:
    """A file of ``count`` activities replicated from the suite's and the export's, each with a new
    identifier (``XM-BENCH-<n>``)."""
    templates = _templates()
    with path.open("w", encoding="utf-8") as file:
        file.write('<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n')
        for n in range(count):
            file.write(templates[n % len(templates)].replace(_MARK, f"XM-BENCH-{n}"))
            file.write("\n")
        file.write("</iati-activities>\n")
    return path


def _iterparse_walk(path: Path) -> int:
    """lxml's own streaming walk of every element, with the reader's safe options, each activity
    cleared once walked: the anchor."""
    from lxml import etree

    count = 0
    for _, element in etree.iterparse(
        str(path), events=("end",), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    ):
        count += 1
        if element.tag == "iati-activity":
            element.clear(keep_tail=False)
            while element.getprevious() is not None:
                del element.getparent()[0]
    return count


def _rss_now() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def _peak_rss() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


def _child(task: str, path: str) -> dict[str, Any]:
    """One measurement in this (fresh) interpreter."""
    import gc

    import lxml.etree  # noqa: F401  (imported before the baseline: not what is measured)

    import povcoop

    file = Path(path)
    if task == "walk":
        start = time.perf_counter()
        elements = _iterparse_walk(file)
        return {"seconds": time.perf_counter() - start, "elements": elements}
    if task == "read":
        gc.collect()
        before = _rss_now()
        start = time.perf_counter()
        catalog = povcoop.read_iati(file)
        seconds = time.perf_counter() - start
        return {"seconds": seconds, "peak": _peak_rss() - before, "projects": len(catalog.projects)}
    if task == "retained":
        import tracemalloc

        gc.collect()
        tracemalloc.start()
        catalog = povcoop.read_iati(file)
        gc.collect()
        retained, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return {"bytes": retained, "projects": len(catalog.projects)}
    raise SystemExit(f"unknown task {task}")


def _run_child(task: str, path: Path) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", task, str(path)],
        check=False, capture_output=True, text=True, env=env,
    )  # fmt: skip
    if out.returncode:
        raise RuntimeError(f"{task} of {path} failed: {out.stderr.strip()[-3000:]}")
    print(f"  {task} {path.name}: {out.stdout.strip()}", file=sys.stderr, flush=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _alternate(tasks: list[tuple[str, Path]], runs: int) -> Iterator[list[dict[str, Any]]]:
    results: list[list[dict[str, Any]]] = [[] for _ in tasks]
    for _ in range(runs):
        for i, (task, path) in enumerate(tasks):
            results[i].append(_run_child(task, path))
    return iter(results)


def _median(results: list[dict[str, Any]], key: str = "seconds") -> float:
    return float(statistics.median(r[key] for r in results))


def iati_rows(count: int, runs: int) -> list[tuple[str, str, str, float | None, str, bool | None]]:
    """The IATI rows of the benchmark table: (figure, measured, anchor, ratio, budget, within)."""
    small_count = max(count // 10, 1)
    with tempfile.TemporaryDirectory(prefix="povcoop-iati-bench-") as tmp:
        big = write_file(Path(tmp) / f"iati-{count}.xml", count)
        small = write_file(Path(tmp) / f"iati-{small_count}.xml", small_count)
        size = big.stat().st_size
        reads, walks, small_reads = _alternate([("read", big), ("walk", big), ("read", small)], runs)
        retained = _run_child("retained", big)["bytes"]
    read, walk, small_read = _median(reads), _median(walks), _median(small_reads)
    peak = _median(reads, "peak")
    growth = read / small_read
    return [
        (
            f"read_iati() of {count:,} activities ({size / 1e6:.0f} MB)",
            f"{read:.2f} s",
            f"lxml iterparse walk {walk:.2f} s",
            read / walk,
            "<= 2.0x",
            read / walk <= 2.0,
        ),
        (
            "  its peak memory",
            f"{peak / 1e6:.0f} MB",
            f"the catalog's retained {retained / 1e6:.0f} MB",
            peak / retained,
            "<= 1.5x",
            peak / retained <= 1.5,
        ),
        (
            f"  growth: {count:,} vs {small_count:,} activities",
            f"{read:.2f} s",
            f"{small_read:.2f} s",
            growth,
            f"<= {count / small_count * 1.1:.0f}x",
            growth <= count / small_count * 1.1,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=100_000, help="the file's size (default 100,000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each timing (default 3)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(*args.child)))
        return
    for row in iati_rows(args.activities, args.runs):
        figure, measured, anchor, ratio, budget, within = row
        verdict = "" if within is None else ("within" if within else "OVER")
        print(" | ".join((figure, measured, anchor, "" if ratio is None else f"{ratio:.2f}x", budget, verdict)))


if __name__ == "__main__":
    main()
