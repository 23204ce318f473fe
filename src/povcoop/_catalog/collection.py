"""Collection: the entities of one kind, with lookup by id, filtering and search.

A collection is immutable. Its indexes (id -> entity; criterion -> key -> positions;
normalized name -> positions) are built once, so ``get``, ``where`` on an indexed field and
``search`` of an exact name cost the same whatever the collection's size.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Set
from typing import Any, Generic, Protocol, TypeVar

from povcoop._catalog.plain import to_record


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


E = TypeVar("E", bound=_Identified)

KeysOf = Callable[[Any], Iterable[Any]]
"""What an entity offers a criterion: the ids or values it matches."""


class Criterion:
    """A field ``where()`` can filter on: how to read its keys, and the kind its ids name."""

    __slots__ = ("keys_of", "target")

    def __init__(self, keys_of: KeysOf, target: str | None = None) -> None:
        self.keys_of = keys_of
        self.target = target


_NON_WORD = re.compile(r"[\W_]+")


def normalize(text: str) -> str:
    """Fold case, accents, dashes and punctuation: ``normalize("China–Africa Juncao") == "china africa juncao"``.

    >>> normalize("  Timor-Leste ") == normalize("TIMOR LESTE")
    True
    """
    if text.isascii():  # the common case, without the per-character walk below
        return _NON_WORD.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", stripped.casefold()).strip()


def _key(value: Any) -> Any:
    """An entity or code given as a criterion stands for its id or its code."""
    for attribute in ("id", "code"):
        key = getattr(value, attribute, None)
        if isinstance(key, str):
            return key
    return value


class Collection(Generic[E]):
    """The entities of one kind, in a stable order (their files' order).

    >>> import povcoop
    >>> projects = povcoop.load().projects
    >>> "east-asia-poverty-reduction-demonstration" in projects
    True
    >>> "east-asia-poverty-reduction-demonstration" in projects.where(country="LAO")
    True
    >>> projects.search("JUNCAO")[0].id
    'china-africa-juncao-technical-cooperation'
    """

    __slots__ = ("_by_id", "_criteria", "_indexes", "_items", "_kind", "_known", "_names")

    def __init__(
        self,
        kind: str,
        items: Iterable[E],
        criteria: Mapping[str, Criterion],
        known: Mapping[str, Set[str]],
    ) -> None:
        self._kind = kind
        self._items: tuple[E, ...] = tuple(items)
        self._by_id: dict[str, E] = {item.id: item for item in self._items}
        self._criteria = criteria
        self._known = known
        self._indexes: dict[str, dict[Any, list[int]]] = {}
        self._names: dict[str, list[int]] | None = None

    # -- the container ---------------------------------------------------------------------

    @property
    def kind(self) -> str:
        """The kind of entity held: ``"projects"``, ``"countries"``..."""
        return self._kind

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[E]:
        return iter(self._items)

    def __getitem__(self, position: int) -> E:
        """The entity at ``position`` in the collection's order (use :meth:`get` for an id)."""
        if isinstance(position, str):
            raise TypeError(f"collections are indexed by position; for the id {position!r} use .get()")
        return self._items[position]

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._by_id
        found = self._by_id.get(getattr(item, "id", None))  # type: ignore[arg-type]
        return found is not None and found == item

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Collection):
            return NotImplemented
        return self._kind == other._kind and self._items == other._items

    def __hash__(self) -> int:
        return hash((self._kind, self._items))

    def __repr__(self) -> str:
        shown = ", ".join(item.id for item in self._items[:5])
        more = ", ..." if len(self._items) > 5 else ""
        return f"<Collection of {len(self._items)} {self._kind}: {shown}{more}>"

    def ids(self) -> tuple[str, ...]:
        """The ids of the entities, in order."""
        return tuple(self._by_id)

    def get(self, id: str) -> E:
        """The entity with ``id``; a KeyError, with the closest ids, when there is none.

        >>> import povcoop
        >>> povcoop.load().countries.get("LAO").name
        'Laos'
        """
        try:
            return self._by_id[id]
        except KeyError:
            raise KeyError(self._unknown(id, self._by_id)) from None
        except TypeError:
            raise TypeError(f"an id is a string, not {type(id).__name__}") from None

    def _unknown(self, value: str, known: Iterable[str]) -> str:
        return f"no {self._kind} entity {value!r}{_suggest(value, known)}"

    # -- filtering -------------------------------------------------------------------------

    @property
    def criteria(self) -> tuple[str, ...]:
        """The names ``where()`` accepts for this kind."""
        return tuple(self._criteria)

    def _index(self, name: str) -> dict[Any, list[int]]:
        index = self._indexes.get(name)
        if index is None:
            keys_of = self._criteria[name].keys_of
            index = {}
            for position, item in enumerate(self._items):
                for key in set(keys_of(item)):
                    index.setdefault(key, []).append(position)
            self._indexes[name] = index
        return index

    def build_indexes(self) -> None:
        """Build every index now: the catalog does at load, so that queries never pay for one.

        A collection made by ``where()`` or ``search()`` builds its own indexes on first use.
        """
        for name in self._criteria:
            self._index(name)
        self._name_index()

    def where(self, **criteria: Any) -> Collection[E]:
        """The entities matching every criterion; a criterion's value is an id, an entity, a
        value (``kind="technical assistance"``) or a list of them (any of which matches).

        An unknown criterion is a TypeError naming the valid ones; an id that names no entity
        of the linked kind is a KeyError.

        >>> import povcoop
        >>> [p.id for p in povcoop.load().projects.where(region="africa", sector="agriculture")]
        ['africa-agricultural-cooperation-demonstration-areas', 'china-africa-juncao-technical-cooperation']
        """
        unknown = [name for name in criteria if name not in self._criteria]
        if unknown:
            valid = ", ".join(self._criteria) or "none"
            raise TypeError(f"{self._kind}.where() got unknown criteria {', '.join(unknown)}; valid: {valid}")
        selected: set[int] | None = None
        for name, value in criteria.items():
            values = value if isinstance(value, list | tuple | set | frozenset) else [value]
            keys = [_key(v) for v in values]
            target = self._criteria[name].target
            if target is not None:
                known = self._known.get(target, frozenset())
                for key in keys:
                    if key not in known:
                        raise KeyError(f"{name}={key!r}: no such id among the {target}{_suggest(key, known)}")
            index = self._index(name)
            matched: set[int] = set()
            for key in keys:
                try:
                    matched.update(index.get(key, ()))
                except TypeError:  # an unhashable value matches nothing
                    continue
            selected = matched if selected is None else selected & matched
        positions = sorted(selected) if selected is not None else range(len(self._items))
        return self._subset(self._items[p] for p in positions)

    def _subset(self, items: Iterable[E]) -> Collection[E]:
        return Collection(self._kind, items, self._criteria, self._known)

    # -- search ----------------------------------------------------------------------------

    def _name_index(self) -> dict[str, list[int]]:
        if self._names is None:
            names: dict[str, list[int]] = {}
            for position, item in enumerate(self._items):
                for text in _names_of(item):
                    key = normalize(text)
                    if key:
                        positions = names.setdefault(key, [])
                        if not positions or positions[-1] != position:
                            positions.append(position)
            self._names = names
        return self._names

    def search(self, text: str) -> Collection[E]:
        """Entities named by ``text``, ignoring case, accents and punctuation.

        When ``text`` is a whole id, name, alias or Chinese name, the entities it names (a
        lookup, as fast for a million entities as for ten); otherwise every entity with one of
        those containing ``text``.

        >>> import povcoop
        >>> [c.id for c in povcoop.load().countries.search("viet nam")]
        ['VNM']
        """
        query = normalize(text)
        if not query:
            return self._subset(())
        names = self._name_index()
        exact = names.get(query)
        if exact is not None:
            return self._subset(self._items[p] for p in exact)
        found = sorted({p for name, positions in names.items() if query in name for p in positions})
        return self._subset(self._items[p] for p in found)

    # -- export ----------------------------------------------------------------------------

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per entity (links as ids, codes as strings, dates as ISO text).

        >>> import povcoop
        >>> povcoop.load().countries.get("LAO").region.id
        'asia'
        >>> povcoop.load().countries.where(id="LAO").to_records()[0]["region"]
        'asia'
        """
        return [to_record(item) for item in self._items]

    def to_frame(self) -> Any:
        """A :class:`pandas.DataFrame`, one row per entity (needs ``pip install "povcoop[pandas]"``)."""
        try:
            import pandas
        except ImportError as error:
            raise ImportError('to_frame() needs pandas: pip install "povcoop[pandas]"') from error
        return pandas.DataFrame(self.to_records())


def _suggest(value: object, known: Iterable[str]) -> str:
    import difflib  # only for error messages

    close = difflib.get_close_matches(str(value), list(known), n=3)
    return f"; did you mean {', '.join(map(repr, close))}?" if close else ""


def _names_of(item: Any) -> Iterator[str]:
    yield item.id
    yield item.name
    yield from item.aliases
    for attribute in ("name_zh", "title", "title_zh"):
        value = getattr(item, attribute, None)
        if value:
            yield value
