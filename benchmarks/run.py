"""Every performance budget of povcoop, measured side by side, in one table.

Run ``python benchmarks/run.py`` (a corpus of 100,000 projects), ``--quick`` (20,000, fewer
runs) or ``--full`` (also the growth run of 1,000,000 projects: several GB of memory and
minutes). Each timing is the median of runs that alternate with their anchor's, each load in a
fresh interpreter, so that a busy machine slows both alike; each verdict compares a ratio.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402

_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


class Row(NamedTuple):
    figure: str
    measured: str
    anchor: str
    ratio: float | None
    budget: str
    within: bool | None


# -- what a child interpreter measures -------------------------------------------------------------


def _child(task: str, path: str) -> dict[str, Any]:
    """One measurement in this (fresh) interpreter: the seconds of one operation, its peak memory."""
    import gc
    import resource

    folder = Path(path)
    if task == "load":
        import povcoop

        povcoop.load()  # the imports and the shipped catalog are not what is measured
        start = time.perf_counter()
        _load(folder)
        seconds = time.perf_counter() - start
    elif task == "pydantic":
        from pydantic import TypeAdapter

        from povcoop._records.models import ProjectRecord

        adapter = TypeAdapter(list[ProjectRecord])
        data = (folder / "projects.json").read_bytes()
        start = time.perf_counter()
        adapter.validate_json(data)
        seconds = time.perf_counter() - start
    elif task == "json":
        data = (folder / "projects.json").read_bytes()
        start = time.perf_counter()
        json.loads(data)
        seconds = time.perf_counter() - start
    elif task == "load-lines":  # the same projects as JSON Lines: read, checked and built in batches
        import povcoop

        povcoop.load()
        before = _rss()
        start = time.perf_counter()
        kept = povcoop.load(folder, max_total_bytes=1 << 42)
        seconds = time.perf_counter() - start
        gc.collect()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        return {"seconds": seconds, "peak": peak, "retained_rss": _rss() - before, "count": len(kept.projects)}
    elif task in ("memory-load", "memory-json"):
        import tracemalloc

        import povcoop

        povcoop.load()
        data = (folder / "projects.json").read_bytes()
        gc.collect()
        tracemalloc.start()
        kept = povcoop.load(folder) if task == "memory-load" else json.loads(data)
        gc.collect()
        retained, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del kept
        return {"bytes": retained}
    else:
        raise SystemExit(f"unknown task {task}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    return {"seconds": seconds, "peak": peak}


def _rss() -> int:
    """This process's resident memory now, in bytes (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _load(folder: Path) -> Any:
    """``povcoop.load(folder)``; a corpus over the file size limit (1 GiB) loads with the limit
    raised, as a user would."""
    import povcoop
    from povcoop._catalog.load import _catalog
    from povcoop._loading.folder import load_folder
    from povcoop._loading.read import MAX_FILE_BYTES

    if (folder / "projects.jsonl").exists():  # the per-file limit is a line's
        return povcoop.load(folder, max_total_bytes=1 << 42)
    if (folder / "projects.json").stat().st_size <= MAX_FILE_BYTES:
        return povcoop.load(folder)
    return _catalog(load_folder(folder, max_bytes=1 << 40, max_total_bytes=1 << 42))


def _run_child(task: str, path: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", task, str(path)],
        check=False,
        capture_output=True,
        text=True,
        env=_ENV,
    )
    if out.returncode:
        raise RuntimeError(f"{task} of {path} failed: {out.stderr.strip()[-2000:]}")
    print(f"  {task} {path.name}: {out.stdout.strip()}", file=sys.stderr, flush=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _alternate(tasks: list[tuple[str, Path]], runs: int) -> list[list[dict[str, Any]]]:
    results: list[list[dict[str, Any]]] = [[] for _ in tasks]
    for _ in range(runs):
        for i, (task, path) in enumerate(tasks):
            results[i].append(_run_child(task, path))
    return results


def _median(results: list[dict[str, Any]], key: str = "seconds") -> float:
    return float(statistics.median(r[key] for r in results))


# -- the budgets -----------------------------------------------------------------------------------


def load_rows(corpus: Path, lines_corpus: Path, count: int, runs: int) -> tuple[list[Row], float]:
    """The load of ``count`` projects (a JSON array, and the same records as JSON Lines) against
    ``json.loads`` of the JSON file's bytes and pydantic's ``validate_json`` of them."""
    tasks = [("load", corpus), ("load-lines", lines_corpus), ("pydantic", corpus), ("json", corpus)]
    loads, lines, anchors, parses = _alternate(tasks, runs)
    load, line_load, anchor, parse = _median(loads), _median(lines), _median(anchors), _median(parses)
    return [
        Row(
            f"load() of {count:,} projects, all checks and indexes",
            f"{load:.2f} s",
            f"json.loads {parse:.2f} s",
            load / parse,
            "<= 2.0x",
            load / parse <= 2.0,
        ),
        Row(
            "  the same, against pydantic",
            f"{load:.2f} s",
            f"pydantic validate_json {anchor:.2f} s",
            load / anchor,
            "<= 1.0x",
            load / anchor <= 1.0,
        ),
        Row(
            "  the same projects as JSON Lines, in batches",
            f"{line_load:.2f} s",
            f"json.loads {parse:.2f} s",
            line_load / parse,
            "<= 2.0x",
            line_load / parse <= 2.0,
        ),
    ], load


def peak_rows(big_lines: Path, big_count: int, retained_per_project: float) -> list[Row]:
    """Peak memory of the JSON Lines load of ``big_count`` projects against the catalog's
    retained memory (tracemalloc's bytes a project at the smaller size, times ``big_count``)."""
    (result,) = _alternate([("load-lines", big_lines)], 1)
    peak, retained = result[0]["peak"], retained_per_project * big_count
    return [
        Row(
            f"peak RSS of load() of {big_count:,} projects (JSON Lines)",
            f"{peak / 1e9:.2f} GB in {result[0]['seconds']:.0f} s",
            f"retained {retained / 1e9:.2f} GB",
            peak / retained,
            "<= 1.5x",
            peak / retained <= 1.5,
        ),
        Row(
            "  (retained, by RSS after the load)",
            f"{result[0]['retained_rss'] / 1e9:.2f} GB",
            "",
            peak / result[0]["retained_rss"],
            "",
            None,
        ),
    ]


def memory_rows(corpus: Path, count: int) -> tuple[list[Row], float]:
    kept = _run_child("memory-load", corpus)["bytes"] / count
    parsed = _run_child("memory-json", corpus)["bytes"] / count
    ratio = kept / parsed
    return [
        Row(
            "retained memory per project",
            f"{kept / 1000:.2f} KB",
            f"json.loads dicts {parsed / 1000:.2f} KB",
            ratio,
            "<= 0.6x",
            ratio <= 0.6,
        )
    ], kept


def growth_rows(small: Path, small_count: int, small_load: float, big: Path, big_count: int) -> list[Row]:
    (result,) = _alternate([("load", big)], 1)
    seconds, peak = result[0]["seconds"], result[0]["peak"]
    ratio = seconds / small_load
    factor = big_count // small_count
    return [
        Row(
            f"growth: load() of {big_count:,} projects",
            f"{seconds:.1f} s, peak {peak / 1e9:.1f} GB",
            f"{small_count:,} projects {small_load:.2f} s",
            ratio,
            f"<= {factor * 1.1:.0f}x",
            ratio <= factor * 1.1,
        )
    ]


def _best_of(function: Callable[[], Any], number: int, repeat: int = 7) -> float:
    import timeit

    return min(timeit.repeat(function, number=number, repeat=repeat)) / number


def query_rows(small: Path, small_count: int, big: Path, big_count: int) -> list[Row]:
    """get, where and search on ``big`` against ``small``."""
    import povcoop

    rows: list[Row] = []
    small_cat, big_cat = povcoop.load(small), _load(big)
    projects = big_cat.projects
    some = projects[len(projects) // 2]
    by_id = {p.id: p for p in projects}
    get = _best_of(lambda: projects.get(some.id), 200_000)
    lookup = _best_of(lambda: by_id.get(some.id), 200_000)
    rows.append(
        Row(
            "get(id)",
            f"{get * 1e9:.0f} ns",
            f"dict.get {lookup * 1e9:.0f} ns",
            get / lookup,
            "<= 2.0x",
            get / lookup <= 2.0,
        )
    )
    queries: tuple[tuple[str, Callable[[povcoop.Catalog], Any]], ...] = (
        ("where(id=...) (an indexed field)", lambda cat: cat.projects.where(id=cat.projects[500].id)),
        ("search() of a whole name", lambda cat: cat.projects.search(cat.projects[500].name)),
    )
    for label, query in queries:
        at_small = _best_of(functools.partial(query, small_cat), 2_000)
        at_big = _best_of(functools.partial(query, big_cat), 2_000)
        ratio = at_big / at_small
        rows.append(
            Row(
                f"{label} at {big_count:,}",
                f"{at_big * 1e6:.1f} us",
                f"at {small_count:,}: {at_small * 1e6:.1f} us",
                ratio,
                "the same (<= 1.5x)",
                ratio <= 1.5,
            )
        )
    return rows


def code_query_rows() -> list[Row]:
    """On the shipped catalog: ``where()`` with a DAC category written as text (resolved to the
    category and its purpose codes on each call), and ``find()`` over every source text,
    against ``where()`` with a full purpose code given as text. Informative: no budget."""
    import povcoop

    cat = povcoop.load()
    anchor = _best_of(lambda: cat.projects.where(dac_crs="31120"), 2_000)
    queries: tuple[tuple[str, Callable[[], Any]], ...] = (
        ('where(dac_crs="311") (a category)', lambda: cat.projects.where(dac_crs="311")),
        ('where(dac_crs="DAC 311") (prefix)', lambda: cat.projects.where(dac_crs="DAC 311")),
        ('where(dac_crs="Agriculture") (a name)', lambda: cat.projects.where(dac_crs="Agriculture")),
        ('where(m49="Asia") (a region)', lambda: cat.countries.where(m49="Asia")),
        ('find("agricultur") (the shipped texts)', lambda: cat.find("agricultur")),
        ('search("agricultural") (ranked, typos)', lambda: cat.projects.search("agricultural")),
    )
    rows: list[Row] = []
    for label, query in queries:
        took = _best_of(query, 500)
        rows.append(
            Row(
                label, f"{took * 1e6:.1f} us", f'where(dac_crs="31120"): {anchor * 1e6:.1f} us', took / anchor, "", None
            )
        )
    return rows


def frame_rows(frame_corpus: Path, frame_count: int) -> list[Row]:
    """to_frame() on ``frame_corpus`` against pandas.DataFrame of the same rows (to_frame.py's figure)."""
    import povcoop

    rows: list[Row] = []
    try:
        import pandas  # noqa: F401
    except ImportError:
        return rows
    import to_frame

    framed = povcoop.load(frame_corpus).projects
    ours, plain, _ = to_frame.measure(framed, 3)
    rows.append(
        Row(
            f"to_frame() of {frame_count:,} projects",
            f"{ours:.2f} s",
            f"pandas.DataFrame(to_records()) {plain:.2f} s",
            ours / plain,
            "<= 1.5x",
            ours / plain <= 1.5,
        )
    )
    return rows


XLSX_SIZES = (2_000, 8_000, 50_000)
"""The corpus sizes of the xlsx export's growth: the time per row at the largest within 1.5x of
the smallest (linear in rows)."""


def export_rows(tmp: Path, sizes: tuple[int, ...] = XLSX_SIZES, runs: int = 1) -> list[Row]:
    """The xlsx export's time per project at each of ``sizes``, against that at the smallest."""
    import povcoop

    try:
        import openpyxl  # noqa: F401
    except ImportError:
        return []
    per_row: dict[int, float] = {}
    for size in sizes:
        folder = tmp / f"export-{size}"
        write_corpus(folder, size)
        catalog = _load(folder)
        times = []
        for run in range(runs):
            start = time.perf_counter()
            povcoop.export(catalog, "xlsx", tmp / f"xlsx-{size}-{run}")
            times.append(time.perf_counter() - start)
        per_row[size] = statistics.median(times) / size
    smallest = per_row[sizes[0]]
    return [
        Row(
            f"xlsx export of {size:,} projects, per project",
            f"{per_row[size] * 1e6:.0f} us",
            f"at {sizes[0]:,}: {smallest * 1e6:.0f} us",
            per_row[size] / smallest,
            "<= 1.5x (linear)",
            per_row[size] / smallest <= 1.5,
        )
        for size in sizes[1:]
    ]


def cold_rows(runs: int) -> list[Row]:
    import cold_start

    medians, first, query = cold_start.measure(runs)
    anchor = medians["anchor: pycountry get LAO"]
    cold = medians["povcoop import + load()"]
    rows = [
        Row(
            "cold import povcoop; povcoop.load()",
            f"{cold * 1000:.1f} ms",
            f"pycountry import + get {anchor * 1000:.1f} ms",
            cold / anchor,
            f"<= {cold_start.BUDGET}x",
            cold / anchor <= cold_start.BUDGET,
        )
    ]
    for name in ("bare python", "python + attrs", "python + attrs + importlib.resources", "import povcoop (no load)"):
        rows.append(Row(f"  ({name})", f"{medians[name] * 1000:.1f} ms", "", medians[name] / anchor, "", None))
    rows.append(
        Row(
            "first load() after import",
            f"{first * 1000:.2f} ms",
            "",
            None,
            f"<= {cold_start.FIRST_LOAD_MS:.0f} ms",
            first * 1000 <= cold_start.FIRST_LOAD_MS,
        )
    )
    rows.append(Row("  (then the first where(), its index built)", f"{query * 1000:.2f} ms", "", None, "", None))
    return rows


def _table(rows: list[Row]) -> str:
    header = ("figure", "measured", "anchor", "ratio", "budget", "verdict")
    cells = [header] + [
        (
            row.figure,
            row.measured,
            row.anchor,
            "" if row.ratio is None else f"{row.ratio:.2f}x",
            row.budget,
            "" if row.within is None else ("within" if row.within else "OVER"),
        )
        for row in rows
    ]
    widths = [max(len(cell[i]) for cell in cells) for i in range(len(header))]
    lines = [" | ".join(cell[i].ljust(widths[i]) for i in range(len(header))).rstrip() for cell in cells]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="20,000 projects, 3 runs, 11 cold starts")
    mode.add_argument("--full", action="store_true", help="also the growth run of 1,000,000 projects")
    parser.add_argument("--projects", type=int, help="the corpus size (default 100,000; 20,000 with --quick)")
    mode.add_argument("--codes", action="store_true", help="only the code and text queries on the shipped catalog")
    mode.add_argument("--iati", action="store_true", help="only the IATI reader's budgets (benchmarks/iati.py)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(*args.child)))
        return
    if args.codes:
        print(_table(code_query_rows()))
        return
    if args.iati:
        from iati import iati_rows

        print(_table([Row(*row) for row in iati_rows(args.projects or 100_000, 3)]))
        return
    count = args.projects or (20_000 if args.quick else 100_000)
    runs = 3 if args.quick else 5
    print(f"povcoop benchmarks: Python {sys.version.split()[0]}, {os.cpu_count()} cores", flush=True)
    with tempfile.TemporaryDirectory(prefix="povcoop-bench-") as tmp:
        corpus, small = Path(tmp) / "corpus", Path(tmp) / "small"
        write_corpus(corpus, count)
        write_corpus(Path(tmp) / "lines", count, lines=True)
        write_corpus(small, 1_000)
        rows, load = load_rows(corpus, Path(tmp) / "lines", count, runs)
        memory, kept = memory_rows(corpus, count)
        rows += memory
        big, big_count = corpus, count
        if args.full:
            big, big_count = Path(tmp) / "big", 10 * count
            write_corpus(big, big_count)
            rows += growth_rows(corpus, count, load, big, big_count)
            shutil.rmtree(big)  # one million projects on disk at a time
            big = Path(tmp) / "big-lines"
            write_corpus(big, big_count, lines=True)
            rows += peak_rows(big, big_count, kept)
        rows += query_rows(small, 1_000, big, big_count)
        rows += frame_rows(corpus, count)
        rows += export_rows(Path(tmp))
    rows += code_query_rows()
    rows += cold_rows(11 if args.quick else 31)
    print(_table(rows))


if __name__ == "__main__":
    main()
