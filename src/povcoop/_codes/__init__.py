"""The code lists layer: ``lists`` reads the shipped code lists (ISO 3166-1, UN M49, DAC CRS,
SDG, IATI), their hierarchies, and a code as a person writes it (``match_code``)."""
