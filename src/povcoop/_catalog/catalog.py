"""Catalog: the release and one Collection per kind, with the criteria each kind is filtered by."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

from povcoop._catalog.collection import Collection, Criterion
from povcoop._domain import (
    Concept,
    Country,
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
from povcoop._layout import KINDS, Kind


def _link(field: str) -> Any:
    def keys(entity: Any) -> Iterable[str]:
        linked = getattr(entity, field)
        return () if linked is None else (linked.id,)

    return keys


def _links(field: str) -> Any:
    return lambda entity: [linked.id for linked in getattr(entity, field)]


def _value(field: str) -> Any:
    return lambda entity: (getattr(entity, field),)


def _codes(field: str) -> Any:
    return lambda entity: [code.code for code in getattr(entity, field)]


_COMMON: Final[dict[str, Criterion]] = {
    "id": Criterion(_value("id")),
    "basis": Criterion(lambda e: [ev.basis for ev in e.evidence]),
    "source": Criterion(lambda e: [ev.source.id for ev in e.evidence], "sources"),
}

CRITERIA: Final[dict[Kind, dict[str, Criterion]]] = {
    "sources": {**_COMMON, "kind": Criterion(_value("kind")), "language": Criterion(_value("language"))},
    "people": {
        **_COMMON,
        "organization": Criterion(_link("organization"), "organizations"),
        "role": Criterion(_value("role")),
    },
    "organizations": {
        **_COMMON,
        "kind": Criterion(_value("kind")),
        "country": Criterion(_link("country"), "countries"),
        "parent": Criterion(_link("parent"), "organizations"),
        "member": Criterion(lambda o: [m.country.id for m in o.members], "countries"),
    },
    "regions": {**_COMMON},
    "countries": {
        **_COMMON,
        "region": Criterion(_link("region"), "regions"),
        "m49_subregion": Criterion(lambda c: (c.m49_subregion.code,)),
    },
    "sectors": {**_COMMON, "dac_crs": Criterion(_codes("dac_crs")), "sdg_target": Criterion(_codes("sdg_targets"))},
    "concepts": {**_COMMON},
    "initiatives": {
        **_COMMON,
        "kind": Criterion(_value("kind")),
        "country": Criterion(_links("countries"), "countries"),
        "organization": Criterion(_links("organizations"), "organizations"),
        "goal": Criterion(_links("goals"), "initiatives"),
        "sdg_target": Criterion(_codes("sdg_targets")),
    },
    "projects": {
        **_COMMON,
        "kind": Criterion(_value("kind")),
        "status": Criterion(_value("status")),
        "region": Criterion(_link("region"), "regions"),
        "country": Criterion(_links("countries"), "countries"),
        "sector": Criterion(_links("sectors"), "sectors"),
        "partner": Criterion(_links("partners"), "organizations"),
        "implementer": Criterion(_links("implementers"), "organizations"),
        "organization": Criterion(lambda p: [o.id for o in p.partners + p.implementers], "organizations"),
        "initiative": Criterion(_link("initiative"), "initiatives"),
        "dac_crs": Criterion(
            lambda p: [c.code for c in p.dac_crs] + [c.code for s in p.sectors for c in s.dac_crs]
        ),
        "sdg_target": Criterion(
            lambda p: [c.code for c in p.sdg_targets] + [c.code for s in p.sectors for c in s.sdg_targets]
        ),
        "aid_type": Criterion(_codes("aid_types")),
    },
    "metrics": {
        **_COMMON,
        "kind": Criterion(lambda m: (m.value.kind,)),
        "unit": Criterion(lambda m: (m.value.unit,)),
        "country": Criterion(_links("countries"), "countries"),
        "region": Criterion(_links("regions"), "regions"),
        "initiative": Criterion(_link("initiative"), "initiatives"),
        "concept": Criterion(_link("concept"), "concepts"),
        "based_on": Criterion(_link("based_on"), "metrics"),
    },
    "events": {
        **_COMMON,
        "kind": Criterion(_value("kind")),
        "organizer": Criterion(_link("organizer"), "organizations"),
        "person": Criterion(_links("people"), "people"),
        "document": Criterion(_link("document"), "sources"),
    },
    "statements": {
        **_COMMON,
        "kind": Criterion(_value("kind")),
        "mode": Criterion(_value("mode")),
        "speaker": Criterion(_link("speaker"), "people"),
        "event": Criterion(_link("event"), "events"),
    },
}
"""What ``where()`` filters each kind on. A criterion with a kind names ids of that kind;
a project matches a DAC or SDG code of its own or of one of its sectors."""


class Catalog:
    """The release and everything it describes, one :class:`Collection` per kind.

    >>> import povcoop
    >>> cat = povcoop.load()
    >>> cat.release.publisher, len(cat.regions)
    ('China News Service', 4)
    """

    __slots__ = ("_collections", "_license", "_release", "_title", "_version")

    def __init__(self, entities: Mapping[Kind, Iterable[Any]], *, release: str, manifest: Mapping[str, Any]) -> None:
        known: dict[str, frozenset[str]] = {}
        collections: dict[Kind, Collection[Any]] = {}
        for kind in KINDS:
            items = tuple(entities.get(kind, ()))
            known[kind] = frozenset(item.id for item in items)
            collections[kind] = Collection(kind, items, CRITERIA[kind], known)
        for collection in collections.values():
            collection.build_indexes()
        self._collections = collections
        self._release: Source = collections["sources"].get(release)
        self._title: str = manifest.get("title", "")
        self._version: str = manifest.get("version", "")
        self._license: str | None = manifest.get("license")

    @property
    def release(self) -> Source:
        """The release this catalog describes (its text is ``release.text``)."""
        return self._release

    @property
    def title(self) -> str:
        """The catalog's title, from its manifest."""
        return self._title

    @property
    def version(self) -> str:
        """The version of the data, from the manifest."""
        return self._version

    @property
    def license(self) -> str | None:
        """The licence of the curated records, from the manifest."""
        return self._license

    @property
    def collections(self) -> Mapping[str, Collection[Any]]:
        """Every collection by kind name, in the catalog's order of kinds."""
        return {str(kind): collection for kind, collection in self._collections.items()}

    def __getitem__(self, kind: str) -> Collection[Any]:
        """The collection of ``kind`` (``cat["projects"]`` is ``cat.projects``)."""
        try:
            return self._collections[kind]  # type: ignore[index]
        except KeyError:
            raise KeyError(f"no kind {kind!r}; kinds: {', '.join(KINDS)}") from None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Catalog):
            return NotImplemented
        return self._release == other._release and self._collections == other._collections

    def __hash__(self) -> int:
        return hash(self._release.id)

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(c)} {kind}" for kind, c in self._collections.items())
        return f"<Catalog of {self._release.id!r}: {counts}>"

    @property
    def sources(self) -> Collection[Source]:
        """The release and the outside sources cited as evidence."""
        return self._collections["sources"]

    @property
    def people(self) -> Collection[Person]:
        """People named by the release or by its outside sources."""
        return self._collections["people"]

    @property
    def organizations(self) -> Collection[Organization]:
        """Ministries, agencies, international organisations and institutions."""
        return self._collections["organizations"]

    @property
    def regions(self) -> Collection[Region]:
        """The release's regions: Asia, Africa, the South Pacific, Latin America."""
        return self._collections["regions"]

    @property
    def countries(self) -> Collection[Country]:
        """Countries, by ISO 3166-1 alpha-3 code."""
        return self._collections["countries"]

    @property
    def sectors(self) -> Collection[Sector]:
        """Fields of cooperation, with DAC CRS purpose codes and SDG targets."""
        return self._collections["sectors"]

    @property
    def concepts(self) -> Collection[Concept]:
        """Principles the release names."""
        return self._collections["concepts"]

    @property
    def initiatives(self) -> Collection[Initiative]:
        """Programmes that group projects, and goal frameworks."""
        return self._collections["initiatives"]

    @property
    def projects(self) -> Collection[Project]:
        """Cooperation activities."""
        return self._collections["projects"]

    @property
    def metrics(self) -> Collection[Metric]:
        """Numbers with their meaning."""
        return self._collections["metrics"]

    @property
    def events(self) -> Collection[Event]:
        """The press conference, the letter, the report's publication and others."""
        return self._collections["events"]

    @property
    def statements(self) -> Collection[Statement]:
        """What was said or written, as the release reports it."""
        return self._collections["statements"]
