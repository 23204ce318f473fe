"""Collection: the entities of one kind, with lookup by id, filtering and search.

A collection is immutable. Its indexes (id -> entity; criterion -> key -> positions;
normalized name -> positions) are built once, so ``get``, ``where`` on an indexed field and
``search`` of an exact name cost the same whatever the collection's size.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import filterfalse
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from povcoop._base.errors import shorten
from povcoop._catalog.criteria import ANY_KIND, Positions, ResolvedCriterion, criteria_of, index_builder
from povcoop._codes.lists import descendants_of, family, match_code
from povcoop._domain.entities import Entity
from povcoop._domain.fields import names_of, ref_key
from povcoop._domain.values import Code

if TYPE_CHECKING:
    import pandas
    import polars
    import pyarrow

    from povcoop._catalog.find import Passages
    from povcoop._views.table import Table

E = TypeVar("E", bound=Entity)

_NON_WORD = re.compile(r"[\W_]+")
_ASCII_FOLD = bytearray(b" " * 256)  # a byte table for bytes.translate: anything else to a space,
_ASCII_FOLD[ord("0") : ord("9") + 1] = b"0123456789"  # a digit to itself,
_ASCII_FOLD[ord("A") : ord("Z") + 1] = _ASCII_FOLD[ord("a") : ord("z") + 1] = (
    b"abcdefghijklmnopqrstuvwxyz"  # a letter to its lower case
)
_SUGGEST_LIMIT = 10_000
"""Beyond this many candidates, a miss is reported without close matches (difflib is quadratic)."""


def normalize(text: str) -> str:
    """Fold case, accents, dashes and punctuation: ``normalize("China–Africa Juncao") == "china africa juncao"``.

    >>> normalize("  Timor-Leste ") == normalize("TIMOR LESTE")
    True
    """
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(filterfalse(unicodedata.combining, decomposed)).casefold()  # without accents
        if not text.isascii():
            return _NON_WORD.sub(" ", text).strip()
    # ASCII (most names, and accented Latin once its accents are gone): a byte table and a split
    # give what the regex gives, at a third of its time (the index folds a few names a record)
    return " ".join(text.encode("ascii").translate(_ASCII_FOLD).decode("ascii").split())


def suggest(value: object, known: Iterable[str]) -> str:
    """``"; did you mean 'x'?"`` with the closest of ``known``, or nothing."""
    import difflib  # only for error messages

    candidates = known if isinstance(known, list) else list(known)
    if len(candidates) > _SUGGEST_LIMIT or not isinstance(value, str) or len(value) > 200:
        return ""
    close = difflib.get_close_matches(value, candidates, n=3)
    return f"; did you mean {', '.join(map(repr, close))}?" if close else ""


_FROZEN = "collections are immutable"


def _empty_collection() -> Collection[Any]:
    """A collection without content, which unpickling fills (:meth:`Collection.__setstate__`)."""
    return Collection.__new__(Collection)


def _linked_first(items: Iterable[Any]) -> list[Any]:
    """Every attrs object reachable from ``items`` (links, value objects, evidence), each once,
    each after everything it holds: a walk with a stack, never a recursion."""
    import attrs

    order: list[Any] = []
    seen: set[int] = set()
    stack: list[tuple[Any, bool]] = [(item, False) for item in reversed(tuple(items))]
    while stack:
        obj, children_done = stack.pop()
        if children_done:
            order.append(obj)
            continue
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        stack.append((obj, True))
        values = [getattr(obj, a.name) for a in attrs.fields(type(obj))]
        while values:
            value = values.pop()
            if isinstance(value, tuple):
                values.extend(value)
            elif attrs.has(type(value)) and id(value) not in seen:
                stack.append((value, False))
    return order


class Collection(Generic[E]):
    """The entities of one kind, in a stable order (their files' order).

    >>> import povcoop
    >>> projects = povcoop.load().projects
    >>> "east-asia-poverty-reduction-demonstration" in projects
    True
    >>> "east-asia-poverty-reduction-demonstration" in projects.where(country="Laos")
    True
    >>> projects.search("JUNCAO")[0].id
    'china-africa-juncao-technical-cooperation'
    """

    __slots__ = ("_by_id", "_indexes", "_items", "_kind", "_names", "_siblings", "_texts", "_type")

    _kind: str
    _type: type[E]
    _items: tuple[E, ...]
    _by_id: dict[str, E]
    _siblings: Mapping[str, Collection[Any]]
    _indexes: dict[str, dict[Any, Positions]]
    _names: dict[str, Positions]
    _texts: dict[str, Any]

    def __init__(
        self, entity_type: type[E], items: Iterable[E], siblings: Mapping[str, Collection[Any]] | None = None
    ) -> None:
        """A collection of ``items``, entities of the class ``entity_type``, in their order.

        ``siblings`` are the catalog's collections by kind, which ``where()`` resolves linked
        names in (a collection on its own resolves ids only).

        >>> import povcoop
        >>> cat = povcoop.load()
        >>> len(povcoop.Collection(povcoop.Country, cat.countries.where(region="asia")))
        12
        """
        items = tuple(items)
        setter = object.__setattr__
        setter(self, "_kind", entity_type.KIND)
        setter(self, "_type", entity_type)
        setter(self, "_items", items)
        setter(self, "_by_id", {item.id: item for item in items})
        setter(self, "_siblings", siblings if siblings is not None else {})
        setter(self, "_indexes", {})
        setter(self, "_names", {})
        setter(self, "_texts", {})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(_FROZEN)

    def __delattr__(self, name: str) -> None:
        raise AttributeError(_FROZEN)

    def __reduce__(self) -> tuple[Any, ...]:
        # by state, so that the collections of a catalog, which are one another's siblings,
        # pickle once each; the read-only view of the siblings is pickled as a dict.
        # "_linked" goes first: every object the items link to, the linked before the linking,
        # so that pickle and deepcopy meet each link already done (a chain of 1,000 parents
        # would otherwise recurse once per link and exceed Python's recursion limit).
        state: dict[str, Any] = {"_linked": _linked_first(self._items)}
        state.update((name, getattr(self, name)) for name in Collection.__slots__)
        state["_siblings"] = dict(self._siblings)
        return (_empty_collection, (), state)

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            if name == "_linked":
                continue
            object.__setattr__(self, name, MappingProxyType(value) if name == "_siblings" else value)

    @property
    def _criteria(self) -> Mapping[str, ResolvedCriterion]:
        # resolved from the registry once per class, at the first query of any collection of it
        # (not when a collection is made: the shipped catalog is made at every cold start)
        return criteria_of(self._type)

    # -- the container ---------------------------------------------------------------------

    @property
    def kind(self) -> str:
        """The kind of record held: ``"projects"``, ``"countries"``..."""
        return self._kind

    @property
    def entity_type(self) -> type[E]:
        """The class of the entities held (:class:`~povcoop.Project`...)."""
        return self._type

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[E]:
        return iter(self._items)

    def __getitem__(self, position: int) -> E:
        """The entity at ``position`` in the collection's order (use :meth:`get` for an id)."""
        if isinstance(position, str):
            raise TypeError(f"collections are indexed by position; for the id {shorten(position)} use .get()")
        return self._items[position]

    def __contains__(self, item: object) -> bool:
        if isinstance(item, str):
            return item in self._by_id
        if not isinstance(item, Entity):
            return False
        found = self._by_id.get(item.id)
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
        """The entity with ``id``.

        Raises:
            KeyError: no entity has ``id``; the message names the entity :meth:`lookup` finds by
                that name or code (``lookup('Laos') → LAO``), else the closest ids.
            TypeError: ``id`` is not a string.

        >>> import povcoop
        >>> povcoop.load().countries.get("LAO").name
        'Laos'
        """
        try:
            return self._by_id[id]
        except KeyError:
            # A source renamed in this data version is still found by its former id.
            renamed = next((item for item in self._items if id in getattr(item, "former_ids", ())), None)
            if renamed is not None:
                return renamed
        except TypeError:
            raise TypeError(f"an id is a string, not {type(id).__name__}") from None
        try:
            named = self.lookup(id)
        except KeyError:
            raise KeyError(f"no {self._type.NOUN} {shorten(id)}{suggest(id, self._by_id)}") from None
        raise KeyError(f"no {self._type.NOUN} with the id {shorten(id)}; did you mean lookup({id!r}) → {named.id}?")

    # -- combining ---------------------------------------------------------------------------

    def _combine(self, other: object, keep: Callable[[bool], bool]) -> Collection[E]:
        if not isinstance(other, Collection) or other._kind != self._kind:
            return NotImplemented  # type: ignore[no-any-return]
        return self._subset(item for item in self._items if keep(item.id in other._by_id))

    def __or__(self, other: Collection[E]) -> Collection[E]:
        """The entities of either, in this collection's order, then the other's."""
        if not isinstance(other, Collection) or other._kind != self._kind:
            return NotImplemented
        return self._subset([*self._items, *(item for item in other._items if item.id not in self._by_id)])

    def __and__(self, other: Collection[E]) -> Collection[E]:
        """The entities of both, in this collection's order."""
        return self._combine(other, lambda found: found)

    def __sub__(self, other: Collection[E]) -> Collection[E]:
        """The entities of this collection that are not in ``other``."""
        return self._combine(other, lambda found: not found)

    # -- filtering -------------------------------------------------------------------------

    @property
    def criteria(self) -> Mapping[str, str]:
        """What ``where()`` accepts for this kind: each criterion's name and its description.

        >>> import povcoop
        >>> "country" in povcoop.load().projects.criteria
        True
        """
        return {name: criterion.doc for name, criterion in self._criteria.items()}

    @property
    def code_criteria(self) -> Mapping[str, str]:
        """The criteria on codes, with the code list each reads.

        .. versionadded:: 0.3.0

        Each takes a code in any form, at any level of its list, and matches that code and
        every code under it.

        >>> import povcoop
        >>> povcoop.load().projects.code_criteria["dac_crs"]
        'oecd-dac-crs-purpose'
        """
        return {name: c.scheme for name, c in self._criteria.items() if c.scheme is not None}

    def _index(self, name: str) -> dict[Any, Positions]:
        index = self._indexes.get(name)
        if index is None:
            self._build_indexes([name], names=False)
            index = self._indexes[name]
        return index

    def build_indexes(self) -> None:
        """Build every index now, as a catalog of a user's data does at load.

        So no query on a large corpus pays for one. The shipped catalog's collections (a few
        dozen entities each, built at every cold start) and a collection made by ``where()`` or
        ``search()`` build each index on its first use.
        """
        missing = [name for name in self._criteria if name not in self._indexes]
        self._build_indexes(missing, names=not self._names)

    def _build_indexes(self, wanted: list[str], *, names: bool) -> None:
        """The indexes of the criteria ``wanted`` and, with ``names``, the name index, in one
        pass of the class's generated index builder."""
        from povcoop._base.gc import gc_paused

        if not wanted and not (names and self._items):
            return
        flags = (*(name in wanted for name in self._criteria), names)
        with gc_paused():  # an index of a million entries is a million lists: nothing to collect
            built, found = index_builder(self._type)(self._items, normalize, flags)
        self._indexes.update((name, index) for name, index in zip(self._criteria, built, strict=True) if name in wanted)
        if names:
            self._names.update(found)

    def where(self, **criteria: Any) -> Collection[E]:
        """The entities matching every criterion.

        .. versionchanged:: 0.3.0
           A code criterion takes a code in any form and at any level of its list; links take a
           country's ISO alpha-2 or numeric code.

        A criterion's value is an id, an entity, a name, an alias or a Chinese name of a linked
        entity (``country="Laos"``, ``country="老挝"``; a country also by its ISO alpha-2 or
        numeric code, ``"LA"``, ``418``), a value (``status="reported"``), a code, or a list or
        :class:`Collection` of them (any of which matches). A code criterion (see
        :attr:`code_criteria`) takes a :class:`~povcoop.Code` or the code as a person writes it:
        at any level of its list, in any case, with a prefix (``"SDG 2.3"``, ``"DAC 311"``), as
        ``str(code)``, an int, or the code's official name; one rule for every list: **a code
        matches itself and every code under it** (DAC category ``311`` its purpose codes, SDG
        goal ``1`` its targets, M49 ``142`` Asia its sub-regions and countries).

        Args:
            criteria: each criterion's name (one of :attr:`criteria`) and the value(s) it matches.

        Raises:
            TypeError: an unknown criterion (named with the valid ones), or a value of a wrong type
                (an entity of another kind, a float for a code).
            KeyError: a linked name that names no entity (the message suggests the closest).
            ValueError: a value outside a closed vocabulary (the message lists the valid values),
                or text that names no code of the criterion's list (the message names the list
                and the nearest codes and names), or a code of another list.

        >>> import povcoop
        >>> [p.id for p in povcoop.load().projects.where(region="africa", sector="agriculture")]
        ['africa-agricultural-cooperation-demonstration-areas', 'china-africa-juncao-technical-cooperation']
        """
        unknown = [name for name in criteria if name not in self._criteria]
        if unknown:
            valid = ", ".join(self._criteria) or "none"
            shown = ", ".join(shorten(name, 40) for name in unknown)
            raise TypeError(f"{self._kind}.where() got unknown criteria {shown}; valid: {valid}")
        selected: set[int] | None = None
        for name, value in criteria.items():
            keys = self._keys(name, value)
            index = self._index(name)
            matched: set[int] = set()
            for key in keys:
                matched.update(index.get(key, ()))
            selected = matched if selected is None else selected & matched
        positions = sorted(selected) if selected is not None else range(len(self._items))
        return self._subset(self._items[p] for p in positions)

    def _keys(self, name: str, value: Any) -> list[Any]:
        criterion = self._criteria[name]
        values = list(value) if isinstance(value, list | tuple | set | frozenset | Collection) else [value]
        keys: list[Any] = []
        for item in values:
            if criterion.target == ANY_KIND:
                keys.append(self._reference(name, item))
            elif isinstance(item, Entity):
                if criterion.target is None or criterion.target != item.KIND:
                    wanted = criterion.target or ("a code" if criterion.scheme else "a value")
                    raise TypeError(f"{name}= takes {wanted}, not a {item.NOUN} ({item.id})")
                keys.append(item.id)
            elif criterion.target is not None:
                keys.extend(self._linked_ids(name, criterion.target, item))
            elif criterion.scheme is not None:
                keys.extend(code_keys(name, criterion.scheme, item))
            else:
                key = item
                if criterion.vocabulary is not None and key not in criterion.vocabulary:
                    valid = ", ".join(map(repr, criterion.vocabulary))
                    raise ValueError(f"{name}={shorten(key)} is not a value of {name}; valid: {valid}")
                try:
                    hash(key)
                except TypeError:
                    raise TypeError(f"{name}= takes ids, names, values or entities, not {type(key).__name__}") from None
                keys.append(key)
        return keys

    def _reference(self, name: str, value: Any) -> str:
        """A reference to an entity of any kind: the entity itself, ``"kind/id"``, or an id or
        name that one entity of the catalog has."""
        if isinstance(value, Entity):
            return ref_key(value)
        kinds = ", ".join(self._siblings) or "a kind"
        if not isinstance(value, str):
            raise TypeError(f"{name}= takes an entity, 'kind/id', an id or a name, not {type(value).__name__}")
        if "/" in value:
            kind, _, ref_id = value.partition("/")
            if kind in self._siblings:
                return f"{kind}/{self._siblings[kind].get(ref_id).id}"
        found = [
            f"{collection.kind}/{collection._by_id[value].id}"
            for collection in self._siblings.values()
            if value in collection._by_id
        ]
        if not found:
            found = [
                f"{collection.kind}/{collection._items[position].id}"
                for collection in self._siblings.values()
                for position in collection._name_index().get(normalize(value), ())
            ]
        if len(found) == 1:
            return found[0]
        if found:
            raise KeyError(f"{name}={shorten(value)} names several entities: {', '.join(found[:6])}; give one")
        raise KeyError(f"{name}={shorten(value)}: no entity has that id or name; give an entity or 'kind/id' ({kinds})")

    def _linked_ids(self, name: str, target: str, value: Any) -> list[str]:
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value).zfill(3)  # a numeric code (418)
        if not isinstance(value, str):
            raise TypeError(f"{name}= takes ids, names or entities, not {type(value).__name__}")
        linked = self._siblings.get(target)
        if linked is None:
            return [value]  # a collection on its own resolves ids only
        if value in linked._by_id:
            return [value]
        named = linked._name_index().get(normalize(value))
        if named:
            return [linked._items[p].id for p in named]
        coded = linked._by_code(value)
        if coded:
            return coded
        raise KeyError(f"{name}={shorten(value)}: no such {linked._type.NOUN}{linked._suggest_names(value)}")

    def _by_code(self, text: str) -> list[str]:
        """The ids of the entities whose standard code (a country's ISO alpha-2 or numeric
        code, in any case) is ``text``."""
        text = text.strip()
        candidates = {text, text.upper(), text.zfill(3) if text.isdigit() else text}
        found: list[str] = []
        for criterion_name, criterion in self._criteria.items():
            if criterion.scheme is not None and criterion.scheme.startswith("iso3166-1"):
                index = self._index(criterion_name)
                for candidate in candidates:
                    found.extend(self._items[p].id for p in index.get(candidate, ()))
        return list(dict.fromkeys(found))

    def _subset(self, items: Iterable[E]) -> Collection[E]:
        return Collection(self._type, items, self._siblings)

    # -- search ----------------------------------------------------------------------------

    def _name_index(self) -> dict[str, Positions]:
        if not self._names:
            self._build_indexes([], names=True)
        return self._names

    def search(self, text: str, fields: str | Iterable[str] | None = None) -> Collection[E]:
        """Entities that ``text`` names or that mention it, best first.

        .. versionchanged:: 0.3.0
           Ranked: names, linked names, descriptions, evidence quotes, then near spellings; ``fields``.

        Case, accents, width and punctuation are ignored.

        When ``text`` is a whole id, name, alias or Chinese name, the entities it names (a
        lookup, as fast for a million entities as for ten). Otherwise every entity that
        mentions ``text``, ranked: those whose names contain it, then those linked to an entity
        whose name contains it (a project of the sector "health"), then those whose description
        does, then those quoted saying it (evidence quotes), and last those whose words are
        within a typo of it (see :data:`~povcoop._catalog.text.TYPO_LIMITS`: two edits for a
        word of eight letters or more, one for four to seven, so ``"Cambodai"`` finds Cambodia);
        within a rank, in the collection's order.

        Args:
            text: what to look for.
            fields: where to look, any of ``"names"``, ``"links"``, ``"descriptions"`` and
                ``"quotes"`` (all of them by default).

        Raises:
            TypeError: ``text`` is not a string.
            ValueError: ``fields`` names something else.

        >>> import povcoop
        >>> [c.id for c in povcoop.load().countries.search("viet nam")]
        ['VNM']
        >>> [c.id for c in povcoop.load().countries.search("Cambodai")][0]
        'KHM'
        """
        if not isinstance(text, str):
            raise TypeError(f"search() takes text, not {type(text).__name__}")
        wanted = _search_fields(fields)
        query = normalize(text)
        if not query:
            return self._subset(())
        names = self._name_index()
        exact = names.get(query) if "names" in wanted else None
        if exact is not None:
            return self._subset(self._items[p] for p in exact)
        rank: dict[int, int] = {}
        if "names" in wanted:
            _offer(rank, (p for name, positions in names.items() if query in name for p in positions), 1)
        texts = self._text_index()
        for level, field in enumerate(("links", "descriptions", "quotes"), 2):
            if field in wanted:
                _offer(rank, (p for p, value in enumerate(texts[field]) if query in value), level)
        for level, group in ((5, "names"), (6, "texts")):
            if group == "names" and "names" not in wanted:
                continue
            if group == "texts" and not wanted & {"links", "descriptions", "quotes"}:
                continue
            _offer(rank, _near(query, texts[f"{group} words"]), level)
        ordered = sorted(rank, key=lambda p: (rank[p], p))
        return self._subset(self._items[p] for p in ordered)

    def find(self, text: str) -> Passages:
        """The passages of the source texts that say ``text`` and that this collection quotes.

        .. versionadded:: 0.3.0

        Those are the passages the evidence of an entity of this collection quotes, in source
        order (see ``Catalog.find``); each passage's ``entities`` are this collection's.

        Raises:
            TypeError: ``text`` is not a string.
            ValueError: ``text`` has nothing to look for.

        >>> import povcoop
        >>> [e.id for p in povcoop.load().projects.find("Juncao") for e in p.entities]
        ['china-africa-juncao-technical-cooperation']
        """
        from povcoop._catalog.find import find_passages

        siblings = self._siblings if "sources" in self._siblings else {self._kind: self}
        return find_passages(siblings, text, self)

    def _text_index(self) -> dict[str, Any]:
        """What :meth:`search` reads besides names, folded once: each entity's linked names,
        description and evidence quotes, and the words of its names and of those texts."""
        texts = self._texts
        if "links" not in texts:
            from povcoop._domain.fields import fields_of

            linked = [f.name for f in fields_of(self._type) if f.role in ("link", "links")]
            links: list[str] = []
            descriptions: list[str] = []
            quotes: list[str] = []
            name_words: dict[str, set[int]] = {}
            text_words: dict[str, set[int]] = {}
            for position, item in enumerate(self._items):
                others: list[str] = []
                for name in linked:
                    value = getattr(item, name)
                    for entity in value if isinstance(value, tuple) else (value,):
                        if entity is not None:
                            others.extend(normalize(t) for t in _names_of(entity) if t)
                links.append("\n".join(others))
                descriptions.append(normalize(item.description or ""))
                quotes.append("\n".join(normalize(ev.quote) for ev in item.evidence if ev.quote))
                for text in _names_of(item):
                    for word in normalize(text).split():
                        name_words.setdefault(word, set()).add(position)
                for text in (links[-1], descriptions[-1], quotes[-1]):
                    for word in text.split():
                        text_words.setdefault(word, set()).add(position)
            texts.update(
                {
                    "links": links,
                    "descriptions": descriptions,
                    "quotes": quotes,
                    "names words": name_words,
                    "texts words": text_words,
                }
            )
        return texts

    def lookup(self, text: str) -> E:
        """The one entity whose id, name, alias or Chinese name is ``text``.

        For a country, its ISO 3166-1 alpha-2 or numeric code names it too.

        Case, accents and punctuation are ignored, as :meth:`search` does.

        Raises:
            KeyError: no entity, or several, have that name (the message suggests or lists them).
            TypeError: ``text`` is not a string.

        >>> import povcoop
        >>> povcoop.load().countries.lookup("laos").id
        'LAO'
        """
        if not isinstance(text, str):
            raise TypeError(f"lookup() takes text, not {type(text).__name__}")
        if text in self._by_id:
            return self._by_id[text]
        positions: Sequence[int] = self._name_index().get(normalize(text), ())
        if not positions:
            coded = self._by_code(text)
            positions = [self._items.index(self._by_id[i]) for i in coded] if len(coded) == 1 else []
        if len(positions) == 1:
            return self._items[positions[0]]
        if positions:
            ids = ", ".join(repr(self._items[p].id) for p in positions[:5])
            raise KeyError(f"{shorten(text)} names several {self._kind}: {ids}")
        raise KeyError(f"no {self._type.NOUN} named {shorten(text)}{self._suggest_names(text)}")

    def _suggest_names(self, text: str) -> str:
        """``"; did you mean 'Laos'?"``: entities whose names contain ``text``, else those whose
        names are spelled closest, by name; or nothing."""
        partial = self.search(text)._items[:5]
        if not partial:
            import difflib

            names = self._name_index()
            if len(names) > _SUGGEST_LIMIT or len(text) > 200:
                return ""
            close = difflib.get_close_matches(normalize(text), list(names), n=3)
            partial = tuple(dict.fromkeys(self._items[names[key][0]] for key in close))
        if not partial:
            return ""
        return f"; did you mean {', '.join(f'{item.name!r} ({item.id})' for item in partial)}?"

    # -- tables ----------------------------------------------------------------------------

    def to_records(self) -> list[dict[str, Any]]:
        """Plain rows for tables, one dict per entity.

        Links are ids, codes their text, dates ISO text and value objects dicts. This is not the
        at-rest form of the data files: ``povcoop.save`` writes that.

        >>> import povcoop
        >>> povcoop.load().countries.where(id="LAO").to_records()[0]["region"]
        'asia'
        """
        from povcoop._views.tables import plain_row

        return [plain_row(item) for item in self._items]

    def to_table(self) -> Table:
        """The collection as a typed plain-Python :class:`~povcoop.Table`.

        Its columns are those of :meth:`to_frame`, with ``id`` as a column.

        >>> import povcoop
        >>> table = povcoop.load().countries.to_table()
        >>> table.name, table.column("m49_subregion").type, table.data["m49_subregion"][1]
        ('countries', 'string', '035')
        """
        from povcoop._views.tables import table_of

        return table_of(self._type, self._items)

    def to_frame(self) -> pandas.DataFrame:
        """A :class:`pandas.DataFrame`, one typed row per entity, indexed by id.

        Needs ``pip install "povcoop[pandas]"`` (an ImportError says so).

        A link gives its id and its linked entity's name (``region_id``, ``region``), links
        tuples of both (``country_ids``, ``countries``); numbers are numeric, a partial date the
        first day it can mean with its precision beside it (``start``, ``start_precision``),
        codes strings (``"035"``), closed vocabularies categoricals with every value; a value
        object's fields are columns (a metric's ``number``, ``unit``, ``scale``, ``type``,
        ``magnitude``); the first stated quote and its offsets close the row.

        >>> import povcoop
        >>> frame = povcoop.load().projects.to_frame()
        >>> frame.loc["east-asia-poverty-reduction-demonstration", "countries"]
        ('Laos', 'Cambodia', 'Myanmar')
        """
        from povcoop._views.frames import frame_of

        frame: pandas.DataFrame = frame_of(self._type, self._items)
        return frame

    def to_polars(self) -> polars.DataFrame:
        """A :class:`polars.DataFrame` with the columns of :meth:`to_frame`, ``id`` first.

        The schema is explicit (a column of nulls keeps its type); closed vocabularies are
        ``Enum``. Needs ``pip install "povcoop[polars]"`` (an ImportError says so).

        >>> import povcoop
        >>> povcoop.load().metrics.to_polars()["magnitude"][2]
        7600000.0
        """
        from povcoop._views.frames import to_polars

        frame: polars.DataFrame = to_polars(self.to_table())
        return frame

    def to_arrow(self) -> pyarrow.Table:
        """A :class:`pyarrow.Table` with the columns of :meth:`to_frame`, ``id`` first.

        The schema is explicit (a column of nulls keeps its type); closed vocabularies are
        dictionaries of their whole vocabulary. Needs ``pip install "povcoop[arrow]"`` (an
        ImportError says so).

        >>> import povcoop
        >>> povcoop.load().countries.to_arrow().schema.field("m49_subregion").type
        DataType(string)
        """
        from povcoop._views.frames import to_arrow

        table: pyarrow.Table = to_arrow(self.to_table())
        return table

    def _repr_html_(self) -> str:
        from povcoop._domain.html import collection_html

        return collection_html(self._type, self._items)


SEARCH_FIELDS = ("names", "links", "descriptions", "quotes")
"""Where :meth:`Collection.search` looks: names (id, name, aliases, Chinese name, title), the
names of linked entities, descriptions, evidence quotes."""


def _search_fields(fields: str | Iterable[str] | None) -> frozenset[str]:
    if fields is None:
        return frozenset(SEARCH_FIELDS)
    chosen = frozenset([fields] if isinstance(fields, str) else fields)
    unknown = sorted(chosen - set(SEARCH_FIELDS))
    if unknown or not chosen:
        raise ValueError(f"search(fields=) takes any of {', '.join(SEARCH_FIELDS)}; not {unknown or 'nothing'}")
    return chosen


def _offer(rank: dict[int, int], positions: Iterable[int], level: int) -> None:
    for position in positions:
        if position not in rank:
            rank[position] = level


def _near(query: str, words: Mapping[str, set[int]]) -> set[int]:
    """The positions whose words hold every word of ``query``, each the same word, a longer
    word it begins, or a word within the typos it allows."""
    from povcoop._catalog.text import edit_distance, typos_allowed

    found: set[int] | None = None
    for part in query.split():
        allowed = typos_allowed(part)
        here: set[int] = set()
        for word, positions in words.items():
            if word.startswith(part) or (allowed and edit_distance(part, word, allowed) <= allowed):
                here |= positions
        found = here if found is None else found & here
        if not found:
            return set()
    return found or set()


def _names_of(item: Any) -> Iterator[str]:
    """The names of an entity: its fields declared ``searchable``, in order, the empty left out."""
    for field in names_of(type(item)):
        value = getattr(item, field.name)
        if field.many:
            yield from value
        elif value:
            yield value


def code_keys(name: str, scheme: str, value: Any) -> list[str]:
    """The codes a code criterion's ``value`` stands for: the code it names and every code
    under it (see :func:`povcoop._codes.lists.match_code` for the forms a code may take).

    >>> code_keys("dac_crs", "oecd-dac-crs-purpose", "DAC 121")[:3]
    ['121', '12110', '12181']
    """
    lists = family(scheme)
    if isinstance(value, Code):
        if value.scheme not in lists:
            raise ValueError(f"{name}= takes codes of {' or '.join(lists)}, not {value.scheme} ({value})")
        named = [(value.scheme, value.code)]
    elif isinstance(value, str | int) and not isinstance(value, bool):
        try:
            named = match_code(value, scheme)
        except ValueError as error:
            raise ValueError(f"{name}={shorten(value)}: {error}") from None
    else:
        raise TypeError(f"{name}= takes a code (text, an int or a Code), not {type(value).__name__}")
    keys: list[str] = []
    for found in named:
        keys.append(found[1])
        keys.extend(code for _, code in descendants_of(*found))
    return keys
