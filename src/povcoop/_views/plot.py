"""Plots of the catalog with matplotlib (``pip install "povcoop[plot]"``).

Each function draws on ``ax`` when given one, or on a new figure otherwise, and returns the
Axes; none changes matplotlib's global state beyond creating that figure (no style, no
backend, no rcParams). Each takes the catalog to plot; the public functions (``povcoop.plot_metrics``...)
give the shipped one by default, so that drawing needs nothing of the catalog layer.
"""

from __future__ import annotations

import datetime
import textwrap
from typing import TYPE_CHECKING, Any, Final

from povcoop._base.extras import need
from povcoop._domain.html import figure_text

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from povcoop._catalog.catalog import Catalog
    from povcoop._domain.entities import Event, Metric, Project
    from povcoop._domain.values import PartialDate

TYPE_COLOURS: Final = {"achieved": "#1b9e77", "projected": "#d95f02", "target": "#7570b3", "share": "#e7298a"}
"""The colour of each type of figure; projections and targets are also hatched."""

_HATCHES: Final = {"achieved": "", "projected": "//", "target": "xx", "share": ""}
_WRAP: Final = 48


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, created = plt.subplots(figsize=size, layout="constrained")
    axes: Axes = created
    return axes


def _wrap(text: str, width: int = _WRAP) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _in_pairs(metrics: list[Metric]) -> list[Metric]:
    """Each estimate followed by the claims that restate it, then the rest in catalog order."""
    ordered: list[Metric] = []
    for metric in metrics:
        if metric in ordered or (metric.based_on is not None and metric.based_on in metrics):
            continue
        ordered.append(metric)
        ordered.extend(m for m in metrics if m.based_on is not None and m.based_on.id == metric.id)
    return ordered


def plot_metrics(catalog: Catalog, *, unit: str = "people", ax: Axes | None = None) -> Axes:
    """The metrics counted in ``unit`` as horizontal bars, each labelled with its figure.

    Each bar is labelled with its figure as its source words it (``Metric.wording``) and its main
    caveat, never a number with more digits than the source. Colour and hatching tell
    projections from achievements; a claim (the Belt and Road
    figures the release states) sits right below the estimate it restates (``Metric.based_on``),
    marked as restating it.

    Args:
        catalog: the catalog to plot (the public function gives the shipped one by default).
        unit: which metrics to plot: those whose value counts this unit.
        ax: the Axes to draw on; a new figure's when ``None``.

    Returns:
        The Axes drawn on.

    Raises:
        ValueError: when no metric counts ``unit`` (the message lists the units there are).
        ImportError: without matplotlib (``pip install "povcoop[plot]"``).
    """
    need("matplotlib", "plot")
    metrics = [m for m in catalog.metrics if m.value.unit == unit]
    if not metrics:
        units = sorted({m.value.unit for m in catalog.metrics})
        raise ValueError(f"no metric counts {unit!r}; units: {', '.join(map(repr, units))}")
    from matplotlib.patches import Patch

    ordered = _in_pairs(metrics)
    ax = _axes(ax, (10, 1.0 + 0.9 * len(ordered)))
    positions = list(range(len(ordered)))[::-1]  # the first at the top
    bars = ax.barh(
        positions,
        [m.value.magnitude for m in ordered],
        color=[TYPE_COLOURS[m.type] for m in ordered],
        hatch=None,
        edgecolor="black",
        linewidth=0.6,
    )
    for bar, metric in zip(bars, ordered, strict=True):
        bar.set_hatch(_HATCHES[metric.type])
        bar.set_label(metric.id)
    labels = [_metric_label(m, ordered) for m in ordered]
    ax.bar_label(bars, labels=labels, padding=4, fontsize="small")
    ax.set_yticks(positions, [_wrap(m.name) for m in ordered], fontsize="small")
    ax.set_xlabel(unit)
    ax.set_xlim(0, max(m.value.magnitude for m in ordered) * 3.2)  # room for the labels
    ax.xaxis.set_major_formatter(_human_number)
    ax.set_title(f"Metrics counting {unit}: each claim below the estimate it restates")
    types = list(dict.fromkeys(m.type for m in ordered))
    handles = [Patch(facecolor=TYPE_COLOURS[t], hatch=_HATCHES[t], edgecolor="black", label=t) for t in types]
    ax.legend(handles=handles, title="type", loc="upper right")
    return ax


def _metric_label(metric: Metric, ordered: list[Metric]) -> str:
    """The figure as its source words it, whether it restates another, and its main caveat."""
    label = figure_text(metric) + _restating(metric, ordered)
    if metric.main_caveat:
        label += "\n" + _wrap(metric.main_caveat, 70)
    return label


def _restating(metric: Metric, ordered: list[Metric]) -> str:
    if metric.based_on is None:
        return ""
    if metric.based_on in ordered:
        return ": restates the estimate above"
    return f": restates {metric.based_on.name}"


def _human_number(value: float, _position: Any = None) -> str:
    for scale, word in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{value / scale:g}{word}"
    return f"{value:g}"


def plot_projects_by_region_and_sector(catalog: Catalog, *, ax: Axes | None = None) -> Axes:
    """How many projects each region has in each sector, as a matrix of counts.

    A count marked ``*`` includes a project whose sectors come, at least in part, from outside
    sources (its external evidence names ``sectors``); the title says so.

    Args:
        catalog: the catalog to plot (the public function gives the shipped one by default).
        ax: the Axes to draw on; a new figure's when ``None``.

    Returns:
        The Axes drawn on, with one text per cell giving its count.

    Raises:
        ValueError: when the catalog has no regions or no sectors (the message says which).
        ImportError: without matplotlib (``pip install "povcoop[plot]"``).
    """
    need("matplotlib", "plot")
    regions = list(catalog.regions)
    sectors = list(catalog.sectors)
    if not regions or not sectors:
        missing = " and ".join(kind for kind, found in (("regions", regions), ("sectors", sectors)) if not found)
        raise ValueError(f"nothing to plot: the catalog has no {missing}; add regions.json and sectors.json")
    cells = [[list(catalog.projects.where(region=r, sector=s)) for s in sectors] for r in regions]
    counts = [[len(cell) for cell in row] for row in cells]
    ax = _axes(ax, (1.5 + 1.3 * len(sectors), 1.5 + 0.8 * len(regions)))
    ax.imshow(counts, cmap="Blues", vmin=0, aspect="auto")
    ax.set_xticks(range(len(sectors)), [_wrap(s.name, 16) for s in sectors], rotation=30, ha="right")
    ax.set_yticks(range(len(regions)), [r.name for r in regions])
    peak = max((n for row in counts for n in row), default=0)
    outside = False
    for row, line in enumerate(cells):
        for column, projects in enumerate(line):
            count = len(projects)
            colour = "white" if peak and count > peak / 2 else "black"
            marked = any(_sectors_from_outside(p) for p in projects)
            outside = outside or marked
            ax.text(column, row, f"{count}*" if marked else str(count), ha="center", va="center", color=colour)
    ax.set_xlabel("sector")
    ax.set_ylabel("region")
    title = "Projects by region and sector (a project may have several sectors)"
    if outside:
        title += "\n* counts a project whose sectors come in part from outside sources, not the release"
    ax.set_title(title)
    return ax


def _sectors_from_outside(project: Project) -> bool:
    return any(ev.basis == "external" and "sectors" in ev.supports for ev in project.evidence)


def _span(date: PartialDate) -> tuple[datetime.date, datetime.date]:
    """The first and last day a partial date can mean."""
    first = date.first_day()
    if date.precision == "day":
        return first, first
    if date.precision == "month":
        following = datetime.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - datetime.timedelta(days=1)
    return first, datetime.date(first.year, 12, 31)


def plot_timeline(catalog: Catalog, *, ax: Axes | None = None) -> Axes:
    """The dated events and sources on a time axis, one line each, oldest at the top.

    A date known to the day is a filled marker; one known to the month or year is a bar over
    the month or year it may mean, or, where the data bound it (``Event.not_before`` and
    ``not_after``), over those bounds, with hollow markers at its ends only. Events are circles,
    sources (the release and the outside sources, by publication date) squares; an event dated
    by outside sources alone is marked ``†``.

    Args:
        catalog: the catalog to plot (the public function gives the shipped one by default).
        ax: the Axes to draw on; a new figure's when ``None``.

    Returns:
        The Axes drawn on.

    Raises:
        ImportError: without matplotlib (``pip install "povcoop[plot]"``).
    """
    need("matplotlib", "plot")
    dated: list[tuple[str, str, datetime.date, datetime.date, str]] = []
    for event in catalog.events:
        if event.date is not None:
            first, last, when = _event_span(event)
            mark = " †" if _dated_from_outside(event) else ""
            dated.append(("event", event.name + mark, first, last, when))
    # Sources by their English name: a title may be Chinese, which default fonts lack.
    dated += [("source", s.name, *_span(s.published), str(s.published)) for s in catalog.sources if s.published]
    dated.sort(key=lambda item: (item[2], item[3]))
    ax = _axes(ax, (11, 1.0 + 0.32 * len(dated)))
    from matplotlib.dates import date2num

    markers = {"event": ("o", "#d95f02"), "source": ("s", "#1b9e77")}
    for row, (what, _, first_day, last_day, _when) in enumerate(dated):
        first, last = (date2num(day) for day in (first_day, last_day))  # type: ignore[no-untyped-call]
        marker, colour = markers[what]
        if first == last:
            ax.plot([first], [row], marker=marker, color=colour, linestyle="none")
        else:  # an interval: no point inside it is a date the data hold
            ax.hlines(row, first, last, color=colour, linewidth=5, alpha=0.6)
            ax.plot([first, last], [row, row], marker=marker, color=colour, fillstyle="none", linestyle="none")
    labels = [f"{_wrap(name, 70)} ({when})" for _, name, _, _, when in dated]
    ax.set_yticks(range(len(dated)), labels, fontsize="small")
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.set_xlabel("date")
    title = "Dated events (circles) and sources (squares, by publication); a bar spans the days a date may mean"
    if any(name.endswith(" †") for _, name, *_ in dated):
        title += "\n† an event dated by outside sources, not by the release"
    ax.set_title(title)
    return ax


def _event_span(event: Event) -> tuple[datetime.date, datetime.date, str]:
    """The first and last day an event's date may mean, narrowed to its bounds where the data
    hold them, and how to write it."""
    assert event.date is not None
    first, last = _span(event.date)
    when = str(event.date)
    if event.not_before is not None or event.not_after is not None:
        if event.not_before is not None:
            first = max(first, _span(event.not_before)[0])
        if event.not_after is not None:
            last = min(last, _span(event.not_after)[1])
        when = f"{event.date}: between {event.not_before or first} and {event.not_after or last}"
    return first, last, when


def _dated_from_outside(event: Event) -> bool:
    grounds = [ev for ev in event.evidence if {"date", "not_before", "not_after"} & set(ev.supports)]
    return bool(grounds) and not any(ev.basis == "stated" for ev in grounds)
