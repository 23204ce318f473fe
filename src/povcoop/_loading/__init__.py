"""Loading: files -> records -> checks -> linked domain, and the way back (the writer).

``read`` reads and parses, ``validate`` checks each file against its record model, ``checks``
makes the cross-record checks, ``build`` makes the entities, ``folder`` runs them in turn;
``write`` turns entities back into files; ``schema`` is the JSON Schema with the registry's
descriptions.
"""
