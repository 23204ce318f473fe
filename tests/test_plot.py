"""Plots render with the Agg backend and draw what they say."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import povcoop

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    before = set(plt.get_fignums())
    yield
    for number in set(plt.get_fignums()) - before:
        plt.close(number)


def _labels(ticks: Any) -> list[str]:
    return [label.get_text() for label in ticks]


def test_plot_metrics(cat: povcoop.Catalog) -> None:
    ax = povcoop.plot_metrics()
    bars = [patch for patch in ax.patches if isinstance(patch, Rectangle) and str(patch.get_label()).startswith("bri")]
    people = [m for m in cat.metrics if m.value.unit == "people"]
    assert len(bars) == len(people)
    ids = [str(bar.get_label()) for bar in bars]
    # each claim right below the estimate it restates (bars run from the top down)
    for claim in (m for m in people if m.based_on is not None):
        assert claim.based_on is not None and ids.index(claim.id) == ids.index(claim.based_on.id) + 1
    for bar in bars:
        metric = cat.metrics.get(str(bar.get_label()))
        assert bar.get_width() == metric.value.magnitude
        assert bar.get_hatch() == ("//" if metric.type == "projected" else "")
    texts = [t.get_text() for t in ax.texts]
    # Each figure as its source words it, with its main caveat; no more digits than the source.
    for bar in bars:
        metric = cat.metrics.get(str(bar.get_label()))
        assert any(t.startswith(f"“{metric.wording}”") and str(metric.main_caveat)[:20] in t for t in texts)
    assert not any("7,600,000" in t for t in texts)
    assert any("restates the estimate above" in t for t in texts)
    assert ax.get_xlabel() == "people"
    assert any("Belt and Road" in label for label in _labels(ax.get_yticklabels()))
    legend = ax.get_legend()
    assert legend is not None and [t.get_text() for t in legend.get_texts()] == ["projected"]


def test_plot_metrics_in_another_unit_on_a_given_axes(cat: povcoop.Catalog) -> None:
    figure, ax = plt.subplots()
    assert povcoop.plot_metrics(unit="years", ax=ax) is ax
    assert plt.get_fignums() == [figure.number], "no figure of its own when given an Axes"
    (years,) = cat.metrics.where(unit="years")
    assert [t.get_text().split("\n")[0] for t in ax.texts] == [f"“{years.wording}”"]
    with pytest.raises(ValueError, match=r"units: .*'people'"):
        povcoop.plot_metrics(unit="tonnes", ax=ax)


def test_plot_projects_by_region_and_sector(cat: povcoop.Catalog) -> None:
    ax = povcoop.plot_projects_by_region_and_sector()
    assert _labels(ax.get_yticklabels()) == [r.name for r in cat.regions]
    assert [label.replace("\n", " ") for label in _labels(ax.get_xticklabels())] == [s.name for s in cat.sectors]
    counts = [int(t.get_text().rstrip("*")) for t in ax.texts]
    # The East Asia project's infrastructure and capacity building come from an outside source.
    assert "outside sources" in ax.get_title() and any(t.get_text().endswith("*") for t in ax.texts)
    assert len(counts) == len(cat.regions) * len(cat.sectors)
    assert sum(counts) == sum(len(p.sectors) for p in cat.projects if p.region is not None)
    (image,) = ax.get_images()
    africa = [r.id for r in cat.regions].index("africa")
    agriculture = [s.id for s in cat.sectors].index("agriculture")
    drawn = image.get_array()
    assert drawn is not None
    assert drawn[africa][agriculture] == len(cat.projects.where(region="africa", sector="agriculture"))


def test_plot_timeline(cat: povcoop.Catalog) -> None:
    ax = povcoop.plot_timeline()
    labels = _labels(ax.get_yticklabels())
    dates = [e.date for e in cat.events if e.date] + [s.published for s in cat.sources if s.published]
    assert len(labels) == len(dates)
    assert any("(2021-03-10)" in label for label in labels)
    assert any(label.endswith("(2020-09)") for label in labels), "a month-precision date keeps its precision"
    spans = ax.collections
    assert len(spans) == len([d for d in dates if d.precision != "day"])
    assert ax.get_xlabel() == "date"


def test_plots_change_no_global_state() -> None:
    before = dict(matplotlib.rcParams)
    backend = matplotlib.get_backend()
    for plot in (povcoop.plot_metrics, povcoop.plot_projects_by_region_and_sector, povcoop.plot_timeline):
        _, ax = plt.subplots()
        plot(ax=ax)
    assert dict(matplotlib.rcParams) == before and matplotlib.get_backend() == backend


def test_a_missing_matplotlib_names_the_extra() -> None:
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['matplotlib'] = None\n"
        "import povcoop\n"
        "for plot in (povcoop.plot_metrics, povcoop.plot_projects_by_region_and_sector, povcoop.plot_timeline):\n"
        "    try:\n"
        "        plot()\n"
        "    except ImportError as e:\n"
        "        print(e)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.count('pip install "povcoop[plot]"') == 3
