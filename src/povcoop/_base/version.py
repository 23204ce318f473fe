"""The code version, single-sourced: the build reads it from here into the package metadata; and the
data version, readable without loading the data (a test keeps it equal to ``catalog.json``'s and to
the package metadata's ``data-version:`` keyword)."""

__version__ = "0.2.0"

__data_version__ = "0.5.0"
"""The version of the shipped data (``povcoop.load().data_version``), without reading the data folder."""
