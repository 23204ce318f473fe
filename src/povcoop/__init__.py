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

from povcoop._catalog import Catalog, Collection, load
from povcoop._domain import (
    Basis,
    Code,
    Concept,
    Country,
    Entity,
    Erratum,
    Event,
    Evidence,
    Initiative,
    Membership,
    Metric,
    Organization,
    PartialDate,
    Person,
    PovertyLine,
    Project,
    Quantity,
    Region,
    Sector,
    Source,
    Statement,
)
from povcoop._errors import DataError, Problem
from povcoop._helpers.cite import cite

if TYPE_CHECKING:
    from povcoop._layout import Kind

__version__ = "0.1.0"


def json_schema(kind: Kind | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of povcoop's data files.

    Without ``kind``, the schema of a whole data folder as one document (the manifest under
    ``catalog`` and one array per kind); with ``kind`` (``"projects"``...), the schema of that
    kind's file. Every call returns a new dict.

    >>> import povcoop
    >>> schema = povcoop.json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> sorted(povcoop.json_schema("projects")["items"]["$ref"].split("/"))[-1]
    'ProjectRecord'
    """
    from povcoop._records import json_schema as build_schema

    return build_schema(kind)


__all__ = [
    "Basis",
    "Catalog",
    "Code",
    "Collection",
    "Concept",
    "Country",
    "DataError",
    "Entity",
    "Erratum",
    "Event",
    "Evidence",
    "Initiative",
    "Membership",
    "Metric",
    "Organization",
    "PartialDate",
    "Person",
    "PovertyLine",
    "Problem",
    "Project",
    "Quantity",
    "Region",
    "Sector",
    "Source",
    "Statement",
    "__version__",
    "cite",
    "json_schema",
    "load",
]
