"""Outputs hold no more than the data: every date, number and percentage that the summary, the
HTML tables and the plots' titles and labels write is one the data hold, in the precision they
hold it; and the release's errata, applied, repeat no passage.

Run on the shipped catalog and on a user's catalog made by ``povcoop init``.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import povcoop
from povcoop._catalog.summary import summary
from povcoop._catalog.template import write_template

SHIPPED = Path(povcoop.__file__).parent / "data"
NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")


def _values(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _values(item)
    elif isinstance(value, list):
        for item in value:
            yield from _values(item)
    else:
        yield value


def _held(folder: Path, cat: povcoop.Catalog) -> set[str]:
    """Every number the data hold, written as they write it: in their texts (quotes, notes,
    caveats, names, the release's text), as values (7.6, 2030, "2021-02-25"), and the counts of
    records the summary reports."""
    held: set[str] = set()
    texts = [path.read_text(encoding="utf-8") for path in folder.rglob("*") if path.suffix in (".json", ".txt")]
    for text in texts:
        for value in _values(json.loads(text)) if text.lstrip().startswith(("{", "[")) else [text]:
            if isinstance(value, bool) or value is None:
                continue
            if isinstance(value, int | float):
                held.update({repr(value), f"{value:g}"})
            else:
                held.update(_written(str(value)))
    held.update(str(len(collection)) for collection in cat.collections.values())
    held.update({f"{len(cat.release.text or ''):,}", str(len(cat.release.errata))})
    return held


def _written(text: str) -> set[str]:
    # Dates are read whole (2021-02-25), then the numbers left.
    dates = set(re.findall(r"\d{4}-\d{2}(?:-\d{2})?", text))
    rest = re.sub(r"\d{4}-\d{2}(?:-\d{2})?", " ", text)
    return dates | {n.rstrip(".,") for n in NUMBER.findall(rest)}


def _visible(markup: str) -> str:
    """The text an HTML output shows (its style sheet and tags dropped)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", " ", markup, flags=re.S)))


def _plot_texts(ax: Any) -> list[str]:
    """A plot's title, category labels, bar and cell labels and legend; not the tick labels of
    a value or date axis, which are its scale, not statements about the data."""
    texts = [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
    texts += [label.get_text() for label in ax.get_yticklabels()]
    texts += [text.get_text() for text in ax.texts]
    legend = ax.get_legend()
    if legend is not None:
        texts += [text.get_text() for text in legend.get_texts()]
    return texts


@pytest.fixture(params=["shipped", "init"])
def catalog_and_folder(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[povcoop.Catalog, Path]:
    if request.param == "shipped":
        return povcoop.load(), SHIPPED
    folder = write_template(tmp_path / "mine")
    return povcoop.load(folder), folder


def _check(written: str, held: set[str], what: str) -> None:
    extra = sorted(_written(written) - held)
    assert not extra, f"{what} writes numbers the data do not hold: {extra}"


def test_the_summary_writes_only_numbers_the_data_hold(catalog_and_folder: tuple[povcoop.Catalog, Path]) -> None:
    cat, folder = catalog_and_folder
    text = summary(cat)
    _check(text, _held(folder, cat), "the summary")
    for metric in cat.metrics:
        assert (f"“{metric.wording}”" if metric.wording else metric.name) in text
        if metric.main_caveat:
            assert f"caveat: {metric.main_caveat}" in text
        for project in cat.projects:
            assert f"[{project.type}, {project.status}]" in text


def test_the_html_tables_write_only_numbers_the_data_hold(catalog_and_folder: tuple[povcoop.Catalog, Path]) -> None:
    cat, folder = catalog_and_folder
    held = _held(folder, cat)
    for kind, collection in cat.collections.items():
        if len(collection):
            _check(_visible(collection._repr_html_()), held, f"the {kind} table")
    page = _visible(cat.metrics._repr_html_())
    for metric in cat.metrics:
        if metric.main_caveat:
            assert html.unescape(metric.main_caveat) in page


def test_the_plots_write_only_numbers_the_data_hold(catalog_and_folder: tuple[povcoop.Catalog, Path]) -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from povcoop._views.plot import plot_metrics, plot_projects_by_region_and_sector, plot_timeline

    cat, folder = catalog_and_folder
    held = _held(folder, cat)
    units = sorted({m.value.unit for m in cat.metrics})
    axes = [plot_metrics(cat, unit=unit) for unit in units] + [plot_timeline(cat)]
    for ax in axes:
        _check("\n".join(_plot_texts(ax)), held, f"the plot {ax.get_title()!r}")
    if not len(cat.regions) or not len(cat.sectors):
        with pytest.raises(ValueError, match="nothing to plot"):
            plot_projects_by_region_and_sector(cat)
        return
    grid = plot_projects_by_region_and_sector(cat)
    cells = [text.get_text() for text in grid.texts]
    # Its cells are counts of projects, checked as such; its title and labels as text.
    assert all(re.fullmatch(r"\d+\*?", cell) for cell in cells)
    assert sum(int(cell.rstrip("*")) for cell in cells) == sum(len(p.sectors) for p in cat.projects if p.region)
    marked = any(cell.endswith("*") for cell in cells)
    outside = any(ev.basis == "external" and "sectors" in ev.supports for p in cat.projects for ev in p.evidence)
    assert marked == outside and ("outside sources" in grid.get_title()) == outside
    _check(grid.get_title() + "\n".join(t.get_text() for t in grid.get_yticklabels()), held, "the sector plot")
    plt.close("all")


def test_the_timeline_draws_a_bounded_date_over_its_bounds_only() -> None:
    pytest.importorskip("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.dates import num2date

    from povcoop._views.plot import plot_timeline

    cat = povcoop.load()
    letter = cat.events.get("guterres-letter-2021")
    assert letter.not_before is not None and letter.not_after is not None
    for field in ("not_before", "not_after"):
        grounds = [ev for ev in letter.evidence if field in ev.supports]
        assert any(ev.basis == "external" for ev in grounds), field
    ax = plot_timeline(cat)
    labels = [label.get_text() for label in ax.get_yticklabels()]
    (row,) = [i for i, label in enumerate(labels) if label.startswith(letter.name.split("(")[0].strip())]
    assert f"between {letter.not_before} and {letter.not_after}" in labels[row]
    days = set()
    for line in ax.lines:
        data: Any = line.get_data()
        xs, ys = ([float(v) for v in values] for values in data)
        days |= {num2date(x).date() for x, y in zip(xs, ys, strict=True) if y == row}  # type: ignore[no-untyped-call]
    # Markers at the bounds, none inside them (no mid-year dot after the release that reports it).
    assert days == {letter.not_before.first_day(), letter.not_after.first_day()}
    plt.close("all")


def _applied(text: str, errata: tuple[Any, ...]) -> str:
    for erratum in sorted(errata, key=lambda e: e.start, reverse=True):
        text = text[: erratum.start] + erratum.reading + text[erratum.end :]
    return text


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def test_applying_the_errata_repeats_no_passage() -> None:
    release = povcoop.load().release
    text = release.text or ""
    spans = sorted((e.start, e.end) for e in release.errata)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans)), "errata overlap"
    corrected = _applied(text, release.errata)
    for erratum in release.errata:
        # A reading that covers more than its quote repeats the words beside the quote: the
        # last words before the quote begin the reading again, or the first words after it
        # end the reading again.
        before, after = _words(text[: erratum.start])[-4:], _words(text[erratum.end :])[:4]
        reading = _words(erratum.reading)
        assert reading[: len(before)] != before or not before, erratum.quote
        assert reading[-len(after) :] != after or not after, erratum.quote

    # And over the whole text: no run of six words occurs more often once corrected.
    def runs(words: list[str]) -> dict[tuple[str, ...], int]:
        counts: dict[tuple[str, ...], int] = {}
        for i in range(len(words) - 5):
            counts[tuple(words[i : i + 6])] = counts.get(tuple(words[i : i + 6]), 0) + 1
        return counts

    original, fixed = runs(_words(text)), runs(_words(corrected))
    readings = runs([w for e in release.errata for w in [*_words(e.reading), "|"]])
    repeated = [run for run, n in fixed.items() if n > max(original.get(run, 0), readings.get(run, 0), 1)]
    assert not repeated, repeated
