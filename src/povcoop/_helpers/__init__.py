"""Helpers over the catalog: citations and the summary (tables, plots and exports come here too)."""
