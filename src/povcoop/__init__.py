"""povcoop: China's international poverty-reduction cooperation, as the Foreign Ministry's
spokesperson described it on 10 March 2021 (China News Service), as a typed, linked and cited
dataset.

>>> import povcoop
>>> cat = povcoop.load()
>>> project = cat.projects.get("east-asia-poverty-reduction-demonstration")
>>> [country.name for country in project.countries]
['Laos', 'Cambodia', 'Myanmar']
>>> ev = project.evidence[0]
>>> ev.quote == cat.release.text[ev.start:ev.end]
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from povcoop._base.attrs_methods import kept_attrs_methods

# attrs compiles the methods of each class it makes; the classes made here take them from kept
# byte code instead (a third of the import: see povcoop._base.attrs_methods).
with kept_attrs_methods():
    from povcoop._base.errors import DataError, Problem
    from povcoop._base.version import __data_version__, __version__
    from povcoop._base.vocab import Basis, ProjectStatus, ValueType
    from povcoop._catalog.catalog import Catalog
    from povcoop._catalog.collection import Collection
    from povcoop._catalog.load import load
    from povcoop._domain.entities import (
        CodeOrigin,
        Concept,
        Country,
        Entity,
        Event,
        Initiative,
        Metric,
        Organization,
        Person,
        Project,
        Region,
        Sector,
        Source,
        Statement,
    )
    from povcoop._domain.manifest import Manifest
    from povcoop._domain.values import Code, Erratum, Evidence, Membership, PartialDate, PovertyLine, Quantity

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from povcoop import codes as codes
    from povcoop._catalog.engine import generated_source as generated_source
    from povcoop._catalog.find import Passage as Passage
    from povcoop._catalog.find import Passages as Passages
    from povcoop._catalog.save import save as save
    from povcoop._cite import bibliography as bibliography
    from povcoop._cite import cite as cite
    from povcoop._cite import pinpoint as pinpoint
    from povcoop._export import export as export
    from povcoop._iati_in.read import IatiCatalog as IatiCatalog
    from povcoop._iati_in.read import read_iati as read_iati
    from povcoop._views.table import Column as Column
    from povcoop._views.table import ForeignKey as ForeignKey
    from povcoop._views.table import Table as Table

# Public names whose modules `import povcoop; povcoop.load()` does not need: each is imported on
# first use (module __getattr__), so that the cold start pays only for the shipped catalog.
_LAZY: dict[str, str] = {
    "generated_source": "povcoop._catalog.engine",
    "Column": "povcoop._views.table",
    "ForeignKey": "povcoop._views.table",
    "Passage": "povcoop._catalog.find",
    "Passages": "povcoop._catalog.find",
    "Table": "povcoop._views.table",
    "bibliography": "povcoop._cite",
    "cite": "povcoop._cite",
    "pinpoint": "povcoop._cite",
    "export": "povcoop._export",
    "save": "povcoop._catalog.save",
    "read_iati": "povcoop._iati_in.read",
    "IatiCatalog": "povcoop._iati_in.read",
}


def json_schema(kind: str | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of povcoop's data files, with each field's description.

    Without ``kind``, the schema of a whole data folder as one document (the manifest under
    ``catalog`` and one array per kind); with ``kind`` (``"projects"``...), the schema of that
    kind's file. Every call returns a new dict.

    >>> import povcoop
    >>> schema = povcoop.json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> povcoop.json_schema("projects")["$defs"]["ProjectRecord"]["properties"]["countries"]["description"]
    'Countries where it takes place.'
    """
    from povcoop._loading.schema import json_schema as build_schema

    return build_schema(kind)


def plot_metrics(catalog: Catalog | None = None, *, unit: str = "people", ax: Axes | None = None) -> Axes:
    """Plot the metrics counted in ``unit`` as bars, each claim below the estimate it restates.

    Colour and hatching tell projections from achievements; each bar is labelled with its
    figure. Needs ``pip install "povcoop[plot]"``.

    Args:
        catalog: the catalog to plot (the shipped one by default).
        unit: which metrics to plot: those whose value counts this unit.
        ax: the matplotlib Axes to draw on; a new figure's when ``None``.

    Returns:
        The Axes drawn on.

    Raises:
        ValueError: when no metric counts ``unit``.
        ImportError: without matplotlib.

    >>> import matplotlib.pyplot as plt, povcoop
    >>> figure, ax = plt.subplots()
    >>> povcoop.plot_metrics(ax=ax).get_xlabel()
    'people'
    >>> plt.close(figure)
    """
    from povcoop._views.plot import plot_metrics as plot

    return plot(catalog or load(), unit=unit, ax=ax)


def plot_projects_by_region_and_sector(catalog: Catalog | None = None, *, ax: Axes | None = None) -> Axes:
    """Plot a matrix of project counts, regions by sectors.

    Needs ``pip install "povcoop[plot]"``.

    Args:
        catalog: the catalog to plot (the shipped one by default).
        ax: the matplotlib Axes to draw on; a new figure's when ``None``.

    Returns:
        The Axes drawn on, with each cell's count written in it.

    Raises:
        ImportError: without matplotlib.

    >>> import matplotlib.pyplot as plt, povcoop
    >>> figure, ax = plt.subplots()
    >>> povcoop.plot_projects_by_region_and_sector(ax=ax).get_ylabel()
    'region'
    >>> plt.close(figure)
    """
    from povcoop._views.plot import plot_projects_by_region_and_sector as plot

    return plot(catalog or load(), ax=ax)


def plot_timeline(catalog: Catalog | None = None, *, ax: Axes | None = None) -> Axes:
    """Plot the dated events and sources on a time axis, partial dates as spans.

    Needs ``pip install "povcoop[plot]"``.

    Args:
        catalog: the catalog to plot (the shipped one by default).
        ax: the matplotlib Axes to draw on; a new figure's when ``None``.

    Returns:
        The Axes drawn on.

    Raises:
        ImportError: without matplotlib.

    >>> import matplotlib.pyplot as plt, povcoop
    >>> figure, ax = plt.subplots()
    >>> povcoop.plot_timeline(ax=ax).get_xlabel()
    'date'
    >>> plt.close(figure)
    """
    from povcoop._views.plot import plot_timeline as plot

    return plot(catalog or load(), ax=ax)


def __getattr__(name: str) -> object:
    import importlib

    # The public submodule povcoop.codes, and the names of _LAZY, are imported on first use.
    if name == "codes":
        return importlib.import_module("povcoop.codes")
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'povcoop' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups find it without calling __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "Basis",
    "Catalog",
    "Code",
    "CodeOrigin",
    "Collection",
    "Column",
    "Concept",
    "Country",
    "DataError",
    "Entity",
    "Erratum",
    "Event",
    "Evidence",
    "ForeignKey",
    "IatiCatalog",
    "Initiative",
    "Manifest",
    "Membership",
    "Metric",
    "Organization",
    "PartialDate",
    "Passage",
    "Passages",
    "Person",
    "PovertyLine",
    "Problem",
    "Project",
    "ProjectStatus",
    "Quantity",
    "Region",
    "Sector",
    "Source",
    "Statement",
    "Table",
    "ValueType",
    "__data_version__",
    "__version__",
    "bibliography",
    "cite",
    "codes",
    "export",
    "generated_source",
    "json_schema",
    "load",
    "pinpoint",
    "plot_metrics",
    "plot_projects_by_region_and_sector",
    "plot_timeline",
    "read_iati",
    "save",
]
