"""The views layer: entities as typed tidy tables, DataFrames and plots.

By concern: ``table`` (``Table``, ``Column``, ``ForeignKey``: what a table is), ``specs`` (each
field of the registry as column specifications), ``reader`` (the row reader and the generated
loop that reads a table's attributes at once), ``tables`` (the tables of entities, of their
links and of their evidence; plain rows), ``frames`` (pandas, polars, Arrow), ``plot``
(matplotlib)."""
