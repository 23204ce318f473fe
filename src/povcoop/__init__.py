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

from typing import Any

from povcoop._catalog.catalog import Catalog
from povcoop._catalog.collection import Collection
from povcoop._catalog.load import load
from povcoop._catalog.save import save
from povcoop._cite import cite
from povcoop._domain.entities import (
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
from povcoop._errors import DataError, Problem
from povcoop._export import export
from povcoop._version import __version__
from povcoop._vocab import Basis, ProjectStatus, ValueType


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
    "Manifest",
    "Membership",
    "Metric",
    "Organization",
    "PartialDate",
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
    "ValueType",
    "__version__",
    "cite",
    "export",
    "json_schema",
    "load",
    "save",
]
