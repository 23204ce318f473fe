"""The checks no per-record schema can make, derived from the registry: unique ids, references
that resolve, quotes that occur in their source, codes that exist in their code list, and no
cycles of references.

Every check runs over every record and collects its problems; nothing stops at the first.
The checks also compute what the builder needs: each quote's offsets, keyed by where the quote
is (kind, record index, field path), and an order of the records of each kind in which a
record comes after those of its kind it refers to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any, Final, NamedTuple

from povcoop._base.errors import Problem, ProblemLog, clip, shorten
from povcoop._base.generated import kept_or_compiled
from povcoop._base.layout import MANIFEST, Kind, file_of
from povcoop._codes.lists import code_list
from povcoop._domain.entities import Country, Entity
from povcoop._domain.fields import Field, fields_of, locates_quote, signature_of
from povcoop._domain.values import Evidence

Base = Mapping[Kind, Mapping[str, Entity]]
"""Entities already loaded (the shipped catalog's, by kind and id) that a user's records may
refer to: their ids resolve references, their sources' texts locate quotes."""

NO_BASE: Base = MappingProxyType({})

Location = tuple[str, int, str]
"""Where a quote is: its record's kind and index, and the field path of the item holding it
(``("projects", 3, "evidence[0]")``, ``("sources", 0, "errata[1]")``)."""


class QuoteError(ValueError):
    """A quote that cannot be located; ``code`` is ``quote-not-found``, ``quote-ambiguous``,
    ``occurrence-out-of-range`` or ``quote-not-at-offset``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class Checked(NamedTuple):
    """What the checks found out for the builder."""

    spans: dict[Location, tuple[int, int]]
    """Offsets of each located quote, by where the quote is."""
    order: dict[Kind, list[int]]
    """For each kind, record indexes in an order where intra-kind references come first."""


MAX_OCCURRENCE: Final = 10_000
"""The highest occurrence a quote may give: beyond it, a longer quote says better which passage."""


def locate(text: str, quote: str, occurrence: int | None) -> tuple[int, int]:
    """The offsets of ``quote`` in ``text``; a :class:`QuoteError` when it cannot be located.

    A quote must say which passage it is: one that occurs once is located there; one that
    occurs more than once is located only with ``occurrence`` (1-based, counting overlapping
    matches from the start of the text).

    >>> locate("one two one", "one", 2)
    (8, 11)
    >>> locate("one two one", "one", None)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    povcoop._loading.checks.QuoteError: occurs 2 times (at offsets 0, 8): give its occurrence ...
    """
    first = text.find(quote)
    if first == -1:
        raise QuoteError("quote-not-found", "not found verbatim in the source text")
    if occurrence is None:
        if text.find(quote, first + 1) == -1:
            return first, first + len(quote)
        count = text.count(quote)  # non-overlapping: one pass, whatever the text
        shown = _offsets(text, quote, first)
        message = f"occurs {count} times (at offsets {shown}): give its occurrence (1-based) or a longer quote"
        raise QuoteError("quote-ambiguous", message)
    if occurrence > MAX_OCCURRENCE:
        message = f"occurrence {occurrence} is over {MAX_OCCURRENCE:,}: give a longer quote"
        raise QuoteError("occurrence-out-of-range", message)
    position, count = first, 1
    while count < occurrence:  # overlapping matches, counted without keeping them
        position = text.find(quote, position + 1)
        if position == -1:
            message = f"occurrence {occurrence} asked for, but the quote occurs {count} time(s)"
            raise QuoteError("occurrence-out-of-range", message)
        count += 1
    return position, position + len(quote)


def at_offset(text: str, quote: str, offset: int) -> tuple[int, int]:
    """The offsets of ``quote`` in ``text`` where a record says it starts, at ``offset``; a
    :class:`QuoteError` (``quote-not-at-offset``) when the text does not hold it there. The
    text is not searched: a quote elsewhere is no quote of the passage the record names.

    >>> at_offset("one two one", "one", 8)
    (8, 11)
    >>> at_offset("one two one", "one", 4)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    povcoop._loading.checks.QuoteError: not at offset 4 of the source text, which reads 'two' there
    """
    if text.startswith(quote, offset):
        return offset, offset + len(quote)
    if offset >= len(text):
        message = f"not at offset {offset:,}: the source text has {len(text):,} characters"
    else:
        there = shorten(text[offset : offset + len(quote)], 60)
        message = f"not at offset {offset:,} of the source text, which reads {there} there"
    raise QuoteError("quote-not-at-offset", message)


DIRECT_SEARCH: Final = 20_000_000
"""Characters times quotes up to which a text's quotes are each found by :func:`str.find`
(C speed; the shipped release and most users' texts); beyond it, :func:`locate_all`."""

_SHOWN_OFFSETS: Final = 5


def locate_all(text: str, wanted: Mapping[str, int]) -> dict[str, tuple[int, list[int]]]:
    """For each quote of ``wanted``, how often it occurs in ``text`` (overlapping matches) and
    the starts of its first ``wanted[quote]`` occurrences: one pass of an Aho-Corasick automaton
    (pyahocorasick) over the text, whatever the number of quotes.

    >>> locate_all("one two one", {"one": 6, "two": 6, "six": 6})
    {'one': (2, [0, 8]), 'two': (1, [4]), 'six': (0, [])}
    """
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for quote in wanted:
        automaton.add_word(quote, quote)
    automaton.make_automaton()
    counts = dict.fromkeys(wanted, 0)
    starts: dict[str, list[int]] = {quote: [] for quote in wanted}
    for end, quote in automaton.iter(text):
        counts[quote] += 1
        kept = starts[quote]
        if len(kept) < wanted[quote]:
            kept.append(end - len(quote) + 1)
    return {quote: (counts[quote], starts[quote]) for quote in wanted}


def _resolve(quote: str, occurrence: int | None, count: int, starts: list[int]) -> tuple[int, int]:
    """:func:`locate`'s answer from the count and first starts of ``quote`` in its text."""
    if count == 0:
        raise QuoteError("quote-not-found", "not found verbatim in the source text")
    if occurrence is None:
        if count == 1:
            return starts[0], starts[0] + len(quote)
        shown = ", ".join(map(str, starts[:_SHOWN_OFFSETS])) + (", ..." if count > _SHOWN_OFFSETS else "")
        message = f"occurs {count} times (at offsets {shown}): give its occurrence (1-based) or a longer quote"
        raise QuoteError("quote-ambiguous", message)
    if occurrence > MAX_OCCURRENCE:
        message = f"occurrence {occurrence} is over {MAX_OCCURRENCE:,}: give a longer quote"
        raise QuoteError("occurrence-out-of-range", message)
    if occurrence > count:
        message = f"occurrence {occurrence} asked for, but the quote occurs {count} time(s)"
        raise QuoteError("occurrence-out-of-range", message)
    return starts[occurrence - 1], starts[occurrence - 1] + len(quote)


def _offsets(text: str, quote: str, first: int) -> str:
    starts = [first]
    while len(starts) < 6:
        position = text.find(quote, starts[-1] + 1)
        if position == -1:
            break
        starts.append(position)
    return ", ".join(str(s) for s in starts[:5]) + (", ..." if len(starts) > 5 else "")


def record_problem(kind: Kind, index: int, record: Any, field: str | None, code: str, message: str) -> Problem:
    """A problem of the record at ``index`` of ``kind``'s file, named by its id (shortened)."""
    record_id = record.get("id") if isinstance(record, dict) else None
    return Problem(
        file=file_of(kind),
        index=index,
        id=clip(record_id) if isinstance(record_id, str) else None,
        field=field,
        code=code,
        message=message,
    )


def _text_file(source: Any) -> str | None:
    """A source record's ``text_file``, when it is text (an invalid record may hold anything)."""
    path = source.get("text_file") if isinstance(source, dict) else None
    return path if isinstance(path, str) else None


def _refs(value: Any) -> list[tuple[str, Any]]:
    """A reference field's ids with their field-path suffixes: ``("", id)`` or ``("[i]", id)``."""
    if value is None:
        return []
    if isinstance(value, list):
        return [(f"[{i}]", item) for i, item in enumerate(value)]
    return [("", value)]


def _ids_shaped(value: Any) -> bool:
    """Whether ``value`` is an id or a list of ids, as a link field holds them."""
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(item, str) for item in value))


class _Checker:
    def __init__(
        self,
        raw_records: Mapping[Kind, list[Any]],
        texts: Mapping[str, str],
        unreadable: frozenset[str],
        invalid: frozenset[tuple[Kind, int]],
        types: Mapping[Kind, type[Entity]],
        base: Base = NO_BASE,
        *,
        quotes_only: bool = False,
    ) -> None:
        self.quotes_only = quotes_only
        """Locate the quotes but check no link or code (data checked before: the shipped)."""
        self.records = raw_records
        self.base = base
        self.texts = texts
        self.unreadable = unreadable
        self.invalid = invalid
        self.types = types
        self.problems = ProblemLog()
        self.spans: dict[Location, tuple[int, int]] = {}
        self.ids: dict[Kind, dict[str, int]] = {kind: {} for kind in types}
        self.usable_texts: dict[str, tuple[bool, str | None]] = {}
        self.pending: dict[int, tuple[str, list[tuple[Kind, int, dict[str, Any], dict[str, Any], str]]]] = {}

    def problem(self, kind: Kind, index: int, record: Any, field: str | None, code: str, message: str) -> None:
        self.problems.append(record_problem(kind, index, record, field, code, message))

    def valid_records(self, kind: Kind) -> Iterator[tuple[int, dict[str, Any]]]:
        for index, record in enumerate(self.records.get(kind, ())):
            if (kind, index) not in self.invalid and isinstance(record, dict):
                yield index, record

    # -- ids and the manifest --------------------------------------------------------------

    def check_ids(self) -> None:
        for kind in self.types:
            seen = self.ids[kind]
            for index, record in enumerate(self.records.get(kind, ())):
                record_id = record.get("id") if isinstance(record, dict) else None
                if not isinstance(record_id, str):
                    if (kind, index) not in self.invalid:
                        self.problem(kind, index, record, "id", "missing-field", "missing id")
                    continue
                if record_id in seen:
                    message = f"duplicate id: record {seen[record_id]} has it too"
                    self.problem(kind, index, record, "id", "duplicate-id", message)
                else:
                    seen[record_id] = index

    def check_manifest(self, manifest: Mapping[str, Any]) -> None:
        release = manifest.get("release")
        if not isinstance(release, str):
            if "release" not in manifest:
                message = "missing: the id of the release among the sources"
                self.problems.append(Problem(file=MANIFEST, field="release", code="missing-release", message=message))
            return
        index = self.ids["sources"].get(release)
        in_base = self.base.get("sources", {}).get(release)
        if index is None and in_base is None:
            message = f"no source {shorten(release)} in {file_of('sources')}"
            self.problems.append(Problem(file=MANIFEST, field="release", code="missing-release", message=message))
        elif index is None:
            if getattr(in_base, "text", None) is None:
                message = f"the release {shorten(release)} must ship its text"
                self.problems.append(
                    Problem(file=MANIFEST, field="release", code="release-without-text", message=message)
                )
        elif ("sources", index) in self.invalid:
            return  # the source's own problems are reported
        elif not _text_file(self.records["sources"][index]):
            message = f"the release {shorten(release)} must ship its text (text_file)"
            self.problems.append(Problem(file=MANIFEST, field="release", code="release-without-text", message=message))

    # -- one record, field by field, from the registry ---------------------------------------

    def check_invalid_records(self) -> None:
        """The links of records with a shape problem, so that every problem of a record is
        reported at once: each link field whose value has the shape of ids, at the top level
        and inside its value objects and evidence (a membership's country, an evidence's
        source); anything else the shape problems already name."""
        for kind, cls in self.types.items():
            records = self.records.get(kind, ())
            for index in sorted(i for k, i in self.invalid if k == kind):
                record = records[index] if index < len(records) else None
                if isinstance(record, dict):
                    self.check_invalid_links(kind, index, record, cls=cls, item=record, prefix="")

    def check_invalid_links(
        self, kind: Kind, index: int, record: dict[str, Any], *, cls: type, item: dict[str, Any], prefix: str
    ) -> None:
        """The id-shaped links of ``item`` (of class ``cls``) and of the objects it nests."""
        for field in fields_of(cls):
            value = item.get(field.at_rest)
            path = prefix + field.at_rest
            inner_cls = Evidence if field.role == "evidence" else field.nested
            if inner_cls is not None:
                if field.role == "nested":
                    inner = [(path, value)]
                else:
                    inner = [(f"{path}[{i}]", v) for i, v in enumerate(value)] if isinstance(value, list) else []
                for where, nested in inner:
                    if isinstance(nested, dict):
                        self.check_invalid_links(kind, index, record, cls=inner_cls, item=nested, prefix=where + ".")
            elif not _ids_shaped(value):
                continue
            elif field.target is not None and field.role in ("link", "links"):
                self.check_links(kind, index, record, field, value, path)
            elif field.role == "refs":
                self.check_refs(kind, index, record, value, path)

    def check_records(self) -> None:
        """Each record's links, codes and quotes, with the code generated for its class."""
        for kind, cls in self.types.items():
            check_fields = _compiled_checks(cls)(self)
            for index, record in self.valid_records(kind):
                check_fields(kind, index, record, item=record, prefix="")

    def known(self, kind: str, ref: Any) -> bool:
        """Whether ``ref`` is the id of a record of ``kind``, the user's or the base's."""
        return isinstance(ref, str) and (ref in self.ids.get(kind, {}) or ref in self.base.get(kind, {}))  # type: ignore[call-overload]

    def check_links(self, kind: Kind, index: int, record: dict[str, Any], field: Field, value: Any, path: str) -> None:
        assert field.target is not None
        seen: set[Any] = set()
        for suffix, ref in _refs(value):
            if not self.known(field.target, ref):
                message = f"no {self.types[field.target].NOUN} {shorten(ref)} in {file_of(field.target)}"
                self.problem(kind, index, record, path + suffix, "dangling-reference", message)
            elif ref in seen:
                self.problem(kind, index, record, path + suffix, "duplicate-link", f"{shorten(ref)} is listed twice")
            seen.add(ref)

    def check_refs(self, kind: Kind, index: int, record: dict[str, Any], value: Any, path: str) -> None:
        seen: set[Any] = set()
        for suffix, ref in _refs(value):
            target, _, ref_id = str(ref).partition("/")
            if target not in self.ids or not self.known(target, ref_id):
                kinds = ", ".join(self.types)
                message = f"no entity {shorten(ref)}: a reference is 'kind/id', the kind one of {kinds}"
                self.problem(kind, index, record, path + suffix, "dangling-reference", message)
            elif ref in seen:
                self.problem(kind, index, record, path + suffix, "duplicate-link", f"{shorten(ref)} is listed twice")
            seen.add(ref)

    def check_codes(self, kind: Kind, index: int, record: dict[str, Any], scheme: str, value: Any, path: str) -> None:
        codes = code_list(scheme)
        for suffix, code in _refs(value):
            if code not in codes:
                message = f"{shorten(code)} is not a code of {scheme}"
                self.problem(kind, index, record, path + suffix, "unknown-code", message)

    def check_country_codes(self) -> None:
        """The alpha-2, alpha-3 and numeric codes of a country must name the same country."""
        forms = (("id", "iso3166-1-alpha-3"), ("alpha_2", "iso3166-1-alpha-2"), ("numeric", "iso3166-1-numeric"))
        for kind, cls in self.types.items():
            if not issubclass(cls, Country):
                continue
            for index, record in self.valid_records(kind):
                names = {field: code_list(scheme).get(record.get(field) or "") for field, scheme in forms}
                if None not in names.values() and len(set(names.values())) > 1:
                    said = ", ".join(f"{field} {record.get(field)!r} is {name}" for field, name in names.items())
                    message = f"ISO 3166-1 codes disagree: {said}"
                    self.problem(kind, index, record, "alpha_2", "code-mismatch", message)

    # -- quotes ---------------------------------------------------------------------------------

    def text_of(self, source: dict[str, Any]) -> str | None:
        return self.texts.get(_text_file(source) or "")

    def source_text(self, source_id: str) -> tuple[bool, str | None]:
        """Whether the source ``source_id`` is usable for locating quotes, and its text (once
        per source: the ids, records and texts no longer change when the records are checked)."""
        known = self.usable_texts.get(source_id)
        if known is None:
            known = self.usable_texts[source_id] = self.find_source_text(source_id)
        return known

    def find_source_text(self, source_id: str) -> tuple[bool, str | None]:
        source_index = self.ids["sources"].get(source_id)
        if source_index is None:
            base_source = self.base.get("sources", {}).get(source_id)
            return base_source is not None, getattr(base_source, "text", None)
        source = self.records["sources"][source_index]
        if ("sources", source_index) in self.invalid or _text_file(source) in self.unreadable:
            return False, None  # the source's own problems are reported; one is enough
        return True, self.text_of(source)

    def check_evidence(self, kind: Kind, index: int, record: dict[str, Any], item: dict[str, Any], path: str) -> None:
        source_id = item.get("source")
        if not isinstance(source_id, str):
            return
        usable, text = self.source_text(source_id)
        if not usable:
            return  # a dangling reference (reported by check_links) or a source with problems
        if text is None:
            if item.get("basis") == "stated":
                message = f"stated evidence needs a source with its text; {shorten(source_id)} has none"
                self.problem(kind, index, record, f"{path}.source", "no-source-text", message)
            return  # an outside source's wording, which povcoop cannot check without its text
        if item.get("quote") is not None:
            self.locate(kind, index, record, item, text, path)

    def check_own_quote(self, kind: Kind, index: int, record: dict[str, Any], item: dict[str, Any], path: str) -> None:
        if _text_file(record) in self.unreadable:
            return
        text = self.text_of(record)
        if text is None:
            self.problem(kind, index, record, path, "no-source-text", "errata need the source's text (text_file)")
            return
        self.locate(kind, index, record, item, text, path)

    def locate(
        self, kind: Kind, index: int, record: dict[str, Any], item: dict[str, Any], text: str, path: str
    ) -> None:
        # located later, all the quotes of one text together (see locate_pending)
        self.pending.setdefault(id(text), (text, []))[1].append((kind, index, record, item, path))

    def locate_pending(self) -> None:
        """Locate every quote met by the checks, text by text. A quote whose record gives its
        ``offset`` is checked there (:func:`at_offset`), the text not searched; the others
        are found with :func:`str.find` where the text and its quotes are small, else in one
        pass over the text for all of its quotes (:func:`locate_all`), so that the cost is
        the text's size plus the quotes', never their product."""
        for text, every in self.pending.values():
            waiting = []
            for entry in every:
                item = entry[3]
                offset = item.get("offset")
                if offset is None:
                    waiting.append(entry)
                    continue
                kind, index, record, _, path = entry
                try:
                    self.spans[(kind, index, path)] = at_offset(text, item["quote"], offset)
                except QuoteError as error:
                    message = f"quote {shorten(item['quote'], 60)}: {error}"
                    self.problem(kind, index, record, f"{path}.offset", error.code, message)
            if not waiting:
                continue
            quotes = {item["quote"] for _, _, _, item, _ in waiting}
            found = None
            if len(text) * len(quotes) > DIRECT_SEARCH and "" not in quotes:
                wanted: dict[str, int] = {}
                for _, _, _, item, _ in waiting:
                    occurrence = item.get("occurrence")
                    need = max(
                        _SHOWN_OFFSETS + 1, min(occurrence, MAX_OCCURRENCE) if isinstance(occurrence, int) else 1
                    )
                    wanted[item["quote"]] = max(wanted.get(item["quote"], 0), need)
                found = locate_all(text, wanted)
            for kind, index, record, item, path in waiting:
                quote = item["quote"]
                try:
                    if found is None:
                        span = locate(text, quote, item.get("occurrence"))
                    else:
                        count, starts = found[quote]
                        span = _resolve(quote, item.get("occurrence"), count, starts)
                    self.spans[(kind, index, path)] = span
                except QuoteError as error:
                    message = f"quote {shorten(quote, 60)}: {error}"
                    self.problem(kind, index, record, f"{path}.quote", error.code, message)

    # -- cycles ---------------------------------------------------------------------------------

    def order_and_cycles(self) -> dict[Kind, list[int]]:
        """A build order per kind; a reference cycle within a kind is a problem, reported once."""
        order: dict[Kind, list[int]] = {}
        for kind, cls in self.types.items():
            own = tuple(f.at_rest for f in fields_of(cls) if f.target == kind and f.role in ("link", "links"))
            records = self.records.get(kind, [])
            order[kind], cycles = _topological_order(records, own, self.ids[kind])
            for shown, length in cycles:
                ids = " -> ".join(clip(str(records[i].get("id")), 40) for i in [*shown, shown[0]])
                if length > len(shown):
                    ids = " -> ".join(clip(str(records[i].get("id")), 40) for i in shown) + " -> ..."
                message = f"reference cycle of {length} record{'s' if length != 1 else ''}: {ids}"
                self.problem(kind, shown[0], records[shown[0]], None, "reference-cycle", message)
        return order


def _all_known(values: list[Any], ids: Mapping[str, Any], base: Mapping[str, Any]) -> bool:
    """Whether ``values`` are ids, each of ``ids`` or ``base``, none twice (nothing to report)."""
    for value in values:
        if type(value) is not str or (value not in ids and value not in base):
            return False
    return len(set(values)) == len(values)


def _all_codes(values: list[Any], codes: Mapping[str, Any]) -> bool:
    return all(type(value) is str and value in codes for value in values)


_Check = Callable[..., None]


_COMPILED: dict[type, Callable[[_Checker], _Check]] = {}

KEPT_MODULE: Final = "povcoop._loading._kept_checks"


def _compiled_checks(cls: type) -> Callable[[_Checker], _Check]:
    """The generated checks of ``cls`` (see :func:`checks_code`), once per class."""
    made = _COMPILED.get(cls)
    if made is None:
        made = _COMPILED[cls] = kept_or_compiled(
            KEPT_MODULE,
            checks_name(cls),
            signature_of(cls),
            lambda with_source: checks_code(cls, with_source=with_source),
            f"checks of {cls.__name__}",
        )
    return made


def checks_name(cls: type) -> str:
    """The name of ``cls``'s generated checks (``check_Project``)."""
    return f"check_{cls.__name__}"


def checks_code(cls: type, *, with_source: bool = True) -> tuple[dict[str, Any], str]:
    """The names and the source of the checks of ``cls``'s fields, in straight-line code made
    from the registry: for a checker, a function ``(kind, index, record, *, item, prefix)``. A
    value found fine in a few comparisons (known ids, known codes, no repeats) reports nothing;
    any other goes to the checker's method of its check, which says what is wrong.

    >>> from povcoop._domain.values import Quantity
    >>> print(checks_code(Quantity)[1].splitlines()[0])
    def check_Quantity(checker):
    """
    namespace: dict[str, Any] = {
        "_all_known": _all_known,
        "_all_codes": _all_codes,
        "code_list": code_list,
        "_compiled_checks": _compiled_checks,
    }
    for number, field in enumerate(fields_of(cls)):
        if not field.derived:
            namespace[f"F{number}"] = field
            if field.role == "evidence":
                namespace["Evidence"] = Evidence
            elif field.role in ("nested", "nested_list") and field.nested is not None:
                namespace[f"N{number}"] = field.nested
    return namespace, _checks_source(cls) if with_source else ""


def _checks_source(cls: type) -> str:
    setup: list[str] = []
    body: list[str] = []
    lazy: list[str] = []  # bound on first use: a code list read, a nested class's checks bound
    for number, field in enumerate(fields_of(cls)):
        if field.derived:
            continue
        name = f"F{number}"
        at = repr(field.at_rest)
        start = len(body)
        own: list[str] = []  # the checks of the value itself: trusted data skip them
        if field.target is not None:
            setup.append(f"    ids{number} = checker.ids.get({field.target!r}, {{}})")
            setup.append(f"    base{number} = checker.base.get({field.target!r}, {{}})")
            own += [
                "        if type(value) is str:",
                f"            fine = value in ids{number} or value in base{number}",
                "        else:",
                f"            fine = type(value) is list and _all_known(value, ids{number}, base{number})",
                "        if not fine:",
                f"            checker.check_links(kind, index, record, {name}, value, prefix + {at})",
            ]
        elif field.role == "refs":
            own.append(f"        checker.check_refs(kind, index, record, value, prefix + {at})")
        if field.scheme is not None:
            lazy.append(f"codes{number}")
            own += [
                f"        if codes{number} is None:",
                f"            codes{number} = code_list({field.scheme!r})",
                "        if type(value) is str:",
                f"            fine = value in codes{number}",
                "        else:",
                f"            fine = type(value) is list and _all_codes(value, codes{number})",
                "        if not fine:",
                f"            checker.check_codes(kind, index, record, {field.scheme!r}, value, prefix + {at})",
            ]
        if own:
            body += ["        if every:", *("    " + line for line in own)]
        if field.role == "evidence":
            lazy.append("evidence_checks")
            body += [
                "        if evidence_checks is None:",
                "            evidence_checks = _compiled_checks(Evidence)(checker)",
                "        for i, evidence in enumerate(value):",
                f"            path = f'{{prefix}}{field.at_rest}[{{i}}]'",
                "            evidence_checks(kind, index, record, item=evidence, prefix=path + '.')",
                "            check_evidence(kind, index, record, evidence, path)",
            ]
        elif field.role in ("nested", "nested_list") and field.nested is not None:
            nested = f"nested{number}"
            lazy.append(nested)
            body += [f"        if {nested} is None:", f"            {nested} = _compiled_checks(N{number})(checker)"]
            if field.role == "nested_list":
                body += [
                    "        for i, nested in enumerate(value):",
                    f"            where = f'{{prefix}}{field.at_rest}[{{i}}]'",
                ]
            else:
                body += ["        for nested in (value,):", f"            where = prefix + {at}"]
            if locates_quote(field.nested):
                body.append("            checker.check_own_quote(kind, index, record, nested, where)")
            body.append(f"            {nested}(kind, index, record, item=nested, prefix=where + '.')")
        if len(body) > start:  # a field with checks to make: they run on its value, when present
            body[start:start] = [f"    value = item.get({at})", "    if value is not None:"]
    source = "\n".join(
        [
            f"def {checks_name(cls)}(checker):",
            "    check_evidence = checker.check_evidence",
            "    every = not checker.quotes_only",
            *setup,
            *(f"    {name} = None" for name in lazy),
            "    def check(kind, index, record, *, item, prefix):",
            *([f"        nonlocal {', '.join(lazy)}"] if lazy else []),
            *(["        pass"] if not body else ["    " + line for line in body]),
            "    return check",
        ]
    )
    return source + "\n"


def _topological_order(
    records: list[Any], fields: tuple[str, ...], indexes: dict[str, int]
) -> tuple[list[int], list[Cycle]]:
    """Record indexes with each record after those it refers to through ``fields``, and the
    cycles found (each once). Iterative depth-first search: user data may chain references
    deeply."""
    if not fields:
        return list(range(len(records))), []

    def refs(i: int) -> Iterator[int]:
        record = records[i]
        if not isinstance(record, dict):
            return
        for field in fields:
            for _, ref in _refs(record.get(field)):
                j = indexes.get(ref) if isinstance(ref, str) else None
                if j is not None:
                    yield j

    done: set[int] = set()
    result: list[int] = []
    cycles: list[Cycle] = []
    for start in range(len(records)):
        if start not in done:
            _visit(start, refs, done, result, cycles)
    return result, cycles


_CYCLE_SHOWN = 10
Cycle = tuple[list[int], int]
"""A reference cycle: the indexes of its first records (at most ten), and its length."""


def _visit(
    start: int, refs: Callable[[int], Iterator[int]], done: set[int], result: list[int], cycles: list[Cycle]
) -> None:
    """Depth-first from ``start``, without recursion: post-order into ``result``, each cycle met
    into ``cycles`` (its first records and its length), once per record it closes on."""
    reported: set[int] = set()
    path = [start]
    position = {start: 0}
    stack = [refs(start)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            node = path.pop()
            del position[node]
            done.add(node)
            result.append(node)
        elif child in position:
            # Kept short and once per record it closes on: many back edges into one long
            # chain would otherwise copy the chain each time (quadratic memory).
            if child not in reported:
                reported.add(child)
                at = position[child]
                cycles.append((path[at : at + _CYCLE_SHOWN], len(path) - at))
        elif child not in done:
            stack.append(refs(child))
            position[child] = len(path)
            path.append(child)


def check(
    manifest: Mapping[str, Any],
    records: Mapping[Kind, list[Any]],
    texts: Mapping[str, str],
    unreadable: frozenset[str],
    invalid: frozenset[tuple[Kind, int]],
    types: Mapping[Kind, type[Entity]],
    base: Base = NO_BASE,
    *,
    trusted: bool = False,
) -> tuple[Checked, ProblemLog]:
    """Run every cross-record check; return what the builder needs and the problems.

    ``base`` holds entities loaded before (the shipped catalog's) that the records may refer to.
    Each record is checked by code generated from the registry for its class. ``trusted``
    data (the shipped, which the test suite loads with every check) only have their quotes
    located.
    """
    checker = _Checker(records, texts, unreadable, invalid, types, base, quotes_only=trusted)
    checker.check_ids()
    checker.check_records()
    if not trusted:
        checker.check_manifest(manifest)
        checker.check_invalid_records()
        checker.check_country_codes()
    checker.locate_pending()
    order = checker.order_and_cycles()
    return Checked(spans=checker.spans, order=order), checker.problems
