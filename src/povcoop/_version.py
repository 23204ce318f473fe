"""The code version, single-sourced: the build reads it from here into the package metadata."""

__version__ = "0.2.0"
