"""The domain: attrs entities and value objects, and the registry of their fields. No I/O, no
pydantic."""
