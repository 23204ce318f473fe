"""The catalog layer: ``Collection`` (one kind's entities, indexed), ``Catalog`` (the release and a
collection per kind), ``load()`` and the shipped catalog, and the summary."""
