"""``Collection.to_frame()`` of 100,000 projects against ``pandas.DataFrame(list_of_dicts)``.

The budget: ``to_frame()`` (typed columns, names beside ids, categoricals, dates, the first
quote) takes at most 1.5x the time pandas takes to build an untyped frame from the same rows
already made as dicts (``Collection.to_records()``, made before the clock starts). For
scale, it also times the path a user would otherwise take: making those dicts and then the
frame. The projects are the shipped ones replicated under new ids, each with tuples of its
own (as a loader makes them); the runs alternate and the figures are medians.
Run: ``python benchmarks/to_frame.py [--projects 100000] [--runs 7]``; it exits non-zero when
over budget.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable
from typing import Any

import attrs
import pandas

import povcoop

BUDGET = 1.5


def replicated(count: int) -> povcoop.Catalog:
    """The shipped catalog with its projects copied, under new ids, up to ``count`` projects."""
    cat = povcoop.load()
    shipped = list(cat.projects)
    projects = [_copy(shipped[n % len(shipped)], n) for n in range(count)]
    entities: dict[Any, Any] = dict(cat.to_entities())
    entities["projects"] = projects
    return povcoop.Catalog.from_entities(entities, cat.manifest)


def _copy(project: povcoop.Project, n: int) -> povcoop.Project:
    tuples: dict[str, Any] = {
        field.name: (*value,)  # a new tuple, as a loader would make
        for field in attrs.fields(type(project))
        if isinstance(value := getattr(project, field.name), tuple)
    }
    return attrs.evolve(project, id=f"{project.id}-{n}", **tuples)


def _time(run: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def measure(projects: povcoop.Collection[povcoop.Project], runs: int) -> tuple[float, float, float]:
    """Medians of ``to_frame()``, of ``pandas.DataFrame`` of its rows made before the clock
    starts (the anchor), and of making those rows and then the frame, in alternating runs."""
    rows = projects.to_records()
    frame = projects.to_frame()
    assert len(frame) == len(rows) == len(projects)
    ours: list[float] = []
    anchor: list[float] = []
    by_hand: list[float] = []
    for _ in range(runs):
        anchor.append(_time(lambda: pandas.DataFrame(rows)))
        ours.append(_time(projects.to_frame))
        by_hand.append(_time(lambda: pandas.DataFrame(projects.to_records())))
    return statistics.median(ours), statistics.median(anchor), statistics.median(by_hand)


def main() -> None:
    """Print the medians and their ratio; exit non-zero when over budget."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--projects", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    ours, anchor, by_hand = measure(replicated(args.projects).projects, args.runs)
    ratio = ours / anchor
    print(f"projects: {args.projects:,}; runs: {args.runs}; pandas {pandas.__version__}")
    print(f"pandas.DataFrame(list_of_dicts):       {anchor * 1000:8.1f} ms (median)")
    print(f"Collection.to_frame():                 {ours * 1000:8.1f} ms (median)")
    print(f"pandas.DataFrame(Collection.to_records()): {by_hand * 1000:8.1f} ms (median)")
    print(f"ratio: {ratio:.2f}x (budget {BUDGET}x)")
    if ratio > BUDGET:
        raise SystemExit(f"over budget: {ratio:.2f}x > {BUDGET}x")


if __name__ == "__main__":
    main()
