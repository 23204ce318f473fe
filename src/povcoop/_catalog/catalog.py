"""Catalog: the release and one Collection per kind."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, overload

import attrs

from povcoop._base.errors import DataError, shorten
from povcoop._base.layout import Kind
from povcoop._catalog.collection import Collection, normalize
from povcoop._domain.entities import (
    ENTITY_TYPES,
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

if TYPE_CHECKING:
    import pandas

    from povcoop._catalog.find import Passages
    from povcoop._views.table import Table


@attrs.frozen(repr=False)
class Catalog:
    """The release and everything it describes, one :class:`Collection` per kind.

    >>> import povcoop
    >>> cat = povcoop.load()
    >>> cat.release.publisher, len(cat.regions), cat["projects"] is cat.projects
    ('China News Service', 4, True)
    """

    manifest: Manifest
    """The catalog's title, release id, data version and licence (``catalog.json``)."""
    release: Source
    """The release this catalog describes (its text is ``release.text``)."""
    _collections: Mapping[str, Collection[Any]]

    @classmethod
    def from_entities(
        cls,
        entities: Mapping[Kind, Iterable[Entity]],
        manifest: Manifest,
        types: Mapping[Kind, type[Entity]] = ENTITY_TYPES,
    ) -> Catalog:
        """A catalog of ``entities`` (by kind), with every index built now.

        Args:
            entities: each kind's entities, in the order the catalog keeps.
            manifest: the catalog's manifest; its ``release`` must be among the sources.
            types: the entity class of each kind (the registry's; a test may extend it).

        Raises:
            DataError: the manifest's release is not among the sources.

        >>> import povcoop
        >>> cat = povcoop.load()
        >>> povcoop.Catalog.from_entities(cat.to_entities(), cat.manifest) == cat
        True
        """
        return cls._of(entities, manifest, types, indexed=True)

    @classmethod
    def _of(
        cls,
        entities: Mapping[Kind, Iterable[Entity]],
        manifest: Manifest,
        types: Mapping[Kind, type[Entity]] = ENTITY_TYPES,
        *,
        indexed: bool,
    ) -> Catalog:
        """:meth:`from_entities`; without ``indexed``, each collection builds an index on the
        first query that needs it (the shipped catalog: see :func:`povcoop.load`)."""
        collections: dict[str, Collection[Any]] = {}
        view = MappingProxyType(collections)
        for kind, entity_type in types.items():
            collections[kind] = Collection(entity_type, entities.get(kind, ()), view)
        if indexed:
            for collection in collections.values():
                collection.build_indexes()
        sources = collections["sources"]
        if manifest.release not in sources:
            raise DataError(f"the release {shorten(manifest.release)} is not among the sources")
        return cls(manifest, sources.get(manifest.release), view)

    def to_entities(self) -> dict[Kind, tuple[Entity, ...]]:
        """Every entity, by kind, in the catalog's order."""
        return {kind: tuple(collection) for kind, collection in self._collections.items()}  # type: ignore[misc]

    def _by_kind(self) -> Mapping[Kind, Mapping[str, Entity]]:
        """Each kind's entities by id, for loading records onto this catalog."""
        return {kind: collection._by_id for kind, collection in self._collections.items()}  # type: ignore[misc]

    def merge(self, other: Catalog) -> Catalog:
        """This catalog and ``other`` together, with ``other``'s manifest.

        ``other`` is the catalog merged in: usually a user's, onto the shipped one. Each kind
        holds this catalog's entities, then ``other``'s new ones. An entity of both is kept once
        when the two are equal; when they differ, a :class:`~povcoop.DataError` lists every such
        id (problem code ``conflicting-id``): nothing is silently replaced.

        Raises:
            TypeError: ``other`` is not a :class:`Catalog`.
            DataError: ``other`` has entities whose ids this catalog holds with other content.

        >>> import povcoop
        >>> cat = povcoop.load()
        >>> cat.merge(cat) == cat
        True
        """
        if not isinstance(other, Catalog):
            raise TypeError(f"merge() takes a Catalog, not {type(other).__name__}")
        from povcoop._loading.folder import conflicting

        conflicts = list(conflicting(self._by_kind(), other.to_entities()))
        if conflicts:
            raise DataError(conflicts)
        types: dict[Any, type[Entity]] = {kind: c.entity_type for kind, c in self._collections.items()}
        return Catalog.from_entities(merged_entities(self.to_entities(), other.to_entities()), other.manifest, types)

    def __reduce__(self) -> tuple[Any, ...]:
        # Reduced to its records, as its files hold them: pickling the linked entities would
        # recurse once per link (a chain of 1,000 parents exceeds Python's recursion limit, in
        # pickle and in copy.deepcopy alike); the records hold links as ids.
        from povcoop._loading.write import text_file, to_rest

        types = {kind: collection.entity_type for kind, collection in self._collections.items()}
        records = {kind: [to_rest(item) for item in collection] for kind, collection in self._collections.items()}
        texts = {text_file(s): s.text for s in self._collections["sources"] if s.text is not None}
        return (_rebuild_from_records, (records, texts, self.manifest, types))

    @property
    def title(self) -> str:
        """The catalog's title, from its manifest."""
        return self.manifest.title

    @property
    def data_version(self) -> str:
        """The version of the data (the manifest's), bumped whenever a data file changes."""
        return self.manifest.data_version

    @property
    def license(self) -> str | None:
        """The licence of the curated records, from the manifest."""
        return self.manifest.license

    @property
    def collections(self) -> Mapping[str, Collection[Any]]:
        """Every collection by kind name, in the catalog's order of kinds."""
        return self._collections

    def __iter__(self) -> Iterator[Collection[Any]]:
        return iter(self._collections.values())

    @overload
    def __getitem__(self, kind: Literal["sources"]) -> Collection[Source]: ...
    @overload
    def __getitem__(self, kind: Literal["people"]) -> Collection[Person]: ...
    @overload
    def __getitem__(self, kind: Literal["organizations"]) -> Collection[Organization]: ...
    @overload
    def __getitem__(self, kind: Literal["regions"]) -> Collection[Region]: ...
    @overload
    def __getitem__(self, kind: Literal["countries"]) -> Collection[Country]: ...
    @overload
    def __getitem__(self, kind: Literal["sectors"]) -> Collection[Sector]: ...
    @overload
    def __getitem__(self, kind: Literal["concepts"]) -> Collection[Concept]: ...
    @overload
    def __getitem__(self, kind: Literal["initiatives"]) -> Collection[Initiative]: ...
    @overload
    def __getitem__(self, kind: Literal["projects"]) -> Collection[Project]: ...
    @overload
    def __getitem__(self, kind: Literal["metrics"]) -> Collection[Metric]: ...
    @overload
    def __getitem__(self, kind: Literal["events"]) -> Collection[Event]: ...
    @overload
    def __getitem__(self, kind: Literal["statements"]) -> Collection[Statement]: ...
    @overload
    def __getitem__(self, kind: str) -> Collection[Any]: ...
    def __getitem__(self, kind: str) -> Collection[Any]:
        """The collection of ``kind`` (``cat["projects"]`` is ``cat.projects``)."""
        try:
            return self._collections[kind]
        except (KeyError, TypeError):
            raise KeyError(f"no kind {shorten(kind)}; kinds: {', '.join(self._collections)}") from None

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(c)} {kind}" for kind, c in self._collections.items())
        return f"<Catalog of {self.release.id!r}: {counts}>"

    def summary(self) -> str:
        """A readable overview, as ``python -m povcoop`` prints it.

        It gives the release, the counts per kind, each region with its projects and countries,
        and the metrics.

        >>> import povcoop
        >>> print(povcoop.load().summary().splitlines()[0])  # doctest: +ELLIPSIS
        povcoop data ...
        """
        from povcoop._catalog.summary import summary

        return summary(self)

    def to_tables(self) -> dict[str, Table]:
        """Every tidy table as a typed plain-Python :class:`~povcoop.Table`, by name.

        One per kind, the link tables (``project_countries``, ``sector_dac_crs``,
        ``organization_members``...) and ``entity_evidence``; their foreign keys say how they
        join.

        >>> import povcoop
        >>> tables = povcoop.load().to_tables()
        >>> tables["project_countries"].column_names
        ('project_id', 'position', 'country_id')
        """
        from povcoop._views.tables import tidy_tables

        return tidy_tables(self)

    def to_frames(self) -> dict[str, pandas.DataFrame]:
        """Every tidy table of :meth:`to_tables` as a pandas DataFrame, by name.

        A kind's table is indexed by id, a link table by its position. Needs
        ``pip install "povcoop[pandas]"`` (an ImportError says so).

        >>> import povcoop
        >>> frames = povcoop.load().to_frames()
        >>> joined = frames["project_countries"].join(frames["countries"], on="country_id")
        >>> sorted(set(joined.loc[joined.project_id == "east-asia-poverty-reduction-demonstration", "name"]))
        ['Cambodia', 'Laos', 'Myanmar']
        """
        from povcoop._views.frames import frames_of

        return frames_of(self)

    def _repr_html_(self) -> str:
        from povcoop._domain.html import catalog_html

        counts = {kind: len(collection) for kind, collection in self._collections.items()}
        return catalog_html(self.title, self.data_version, self.release, counts)

    def search(self, text: str, fields: str | Iterable[str] | None = None) -> dict[str, Collection[Any]]:
        """Every kind's entities that ``text`` names or that mention it, best first.

        .. versionchanged:: 0.3.0
           Ranked: names, linked names, descriptions, evidence quotes, then near spellings; ``fields``.

        Kinds with none are left out.

        ``text`` is searched as :meth:`Collection.search` does, in each kind: a whole name finds
        what it names; other text is looked for in names, linked entities' names, descriptions
        and evidence quotes (``fields`` chooses among them), then within a typo. To find every
        passage of the source texts that says it, use :meth:`find`.

        Raises:
            TypeError: ``text`` is not a string.
            ValueError: ``fields`` names something else.

        >>> import povcoop
        >>> found = povcoop.load().search("health")
        >>> found["sectors"].ids(), found["projects"].ids()
        (('health',), ('south-pacific-technical-cooperation',))
        """
        if not isinstance(text, str):
            raise TypeError(f"search() takes text, not {type(text).__name__}")
        if not normalize(text):
            return {}
        found = {kind: collection.search(text, fields) for kind, collection in self._collections.items()}
        return {kind: collection for kind, collection in found.items() if len(collection)}

    def find(self, text: str) -> Passages:
        """Every passage of the source texts that says ``text``, in source order.

        .. versionadded:: 0.3.0

        The source texts are the release's and every other shipped or loaded text.

        The text is compared as :meth:`search` compares it (case, accents, width and
        punctuation ignored; Chinese as written). Each :class:`~povcoop.Passage` gives its
        ``source``, ``start`` and ``end`` offsets (``quote == source.text[start:end]``), its
        ``paragraph`` and ``sentence``, and the ``entities`` whose evidence quotes that place.
        In a notebook the passages show with the match highlighted. No passage: an empty
        :class:`~povcoop.Passages` whose ``repr`` says what was searched.

        Raises:
            TypeError: ``text`` is not a string.
            ValueError: ``text`` has nothing to look for (blank or punctuation only).

        >>> import povcoop
        >>> first = povcoop.load().find("agricultur")[0]
        >>> first.quote, first.paragraph, [e.id for e in first.entities][:1]
        ('agricultur', 11, ['statement-zhao-africa'])
        """
        from povcoop._catalog.find import find_passages

        return find_passages(self._collections, text, None)

    def statements_about(self, entity: Any) -> Collection[Statement]:
        """The statements that say something about ``entity``.

        .. versionchanged:: 0.3.0
           Takes ids and names, and explains an empty answer.

        The way back from :attr:`Statement.about <povcoop.Statement.about>`; what a person said
        is :meth:`statements_by`.

        Args:
            entity: what ``statements.where(about=...)`` accepts: an entity of any kind, its
                reference ``"kind/id"``, its id or its name (``"africa"``, ``"Juncao"``), or a
                list of them.

        Returns:
            The statements whose ``about`` names it, in the catalog's order.

        Raises:
            KeyError: ``entity`` names no entity of the catalog, or several.
            ValueError: no statement is about it; the message says what would answer (the
                statements a person made, through :meth:`statements_by`).

        >>> import povcoop
        >>> cat = povcoop.load()
        >>> juncao = cat.projects.get("china-africa-juncao-technical-cooperation")
        >>> [s.id for s in cat.statements_about(juncao)] == [s.id for s in cat.statements_about("africa")][:1]
        True
        """
        found = self.statements.where(about=entity)
        if len(found):
            return found
        wanted = entity if isinstance(entity, list | tuple | set | frozenset | Collection) else [entity]
        hints = []
        for item in wanted:
            if isinstance(item, Person) or (isinstance(item, str) and item in self.people):
                person = item if isinstance(item, Person) else self.people.get(item)
                spoken = self.statements.where(speaker=person)
                if len(spoken):
                    hints.append(f"{person.name} made {len(spoken)}: statements_by({person.id!r})")
        hint = "; ".join(hints) or f"the statements are about {self._about_summary()}"
        label = f"{entity.name} ({entity.id})" if isinstance(entity, Entity) else shorten(str(entity))
        raise ValueError(f"no statement is about {label}; {hint}")

    def _about_summary(self) -> str:
        kinds: dict[str, int] = {}
        for statement in self.statements:
            for item in statement.about:
                kinds[item.KIND] = kinds.get(item.KIND, 0) + 1
        return ", ".join(f"{kind} ({count} links)" for kind, count in kinds.items()) or "nothing"

    def statements_by(self, person: Person | str) -> Collection[Statement]:
        """What ``person`` said or wrote: the statements they are the speaker of.

        .. versionadded:: 0.3.0

        Args:
            person: a :class:`~povcoop.Person`, their id or a name (``"Guterres"``, ``"赵立坚"``).

        Raises:
            KeyError: ``person`` names nobody in the catalog (the message suggests the closest).
            ValueError: the person made no statement (the message names those who did).

        >>> import povcoop
        >>> [s.id for s in povcoop.load().statements_by("Guterres")]
        ['statement-guterres-letter']
        """
        found = self.statements.where(speaker=person)
        if len(found):
            return found
        speakers = sorted({s.speaker.name for s in self.statements if s.speaker is not None})
        label = person.name if isinstance(person, Person) else shorten(str(person))
        raise ValueError(f"{label} made no statement in the catalog; speakers: {', '.join(speakers)}")

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


def merged_entities(
    first: Mapping[Kind, Iterable[Entity]], then: Mapping[Kind, Iterable[Entity]]
) -> dict[Kind, tuple[Entity, ...]]:
    """Each kind's entities of ``first``, then those of ``then`` with an id ``first`` lacks."""
    merged: dict[Kind, tuple[Entity, ...]] = {}
    for kind in dict.fromkeys([*first, *then]):
        items = tuple(first.get(kind, ()))
        ids = {item.id for item in items}
        merged[kind] = items + tuple(item for item in then.get(kind, ()) if item.id not in ids)
    return merged


def _rebuild_from_records(
    records: dict[Kind, list[Any]], texts: dict[str, str], manifest: Manifest, types: Mapping[Kind, type[Entity]]
) -> Catalog:
    """The catalog of ``records``, as a trusted load builds it (its quotes located again)."""
    from povcoop._loading.build import build
    from povcoop._loading.checks import check

    checked, problems = check({}, records, texts, frozenset(), frozenset(), types, trusted=True)
    if problems:
        raise DataError(problems)
    return Catalog.from_entities(build(records, texts, checked, types), manifest, types)


def _rebuild(
    entities: Mapping[Kind, Iterable[Entity]], manifest: Manifest, types: Mapping[Kind, type[Entity]]
) -> Catalog:
    return Catalog.from_entities(entities, manifest, types)
