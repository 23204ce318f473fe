"""The checks no per-record schema can make: unique ids, references that resolve, quotes that
occur in their source, codes that exist in their code list, and no cycles of references.

Every check runs over every record and collects its problems; nothing stops at the first.
The checks also compute what the builder needs: each quote's offsets, and an order of the
records of each kind in which a record comes after those of its kind it refers to.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final, NamedTuple

from povcoop._codes import code_list
from povcoop._errors import Problem
from povcoop._layout import KINDS, MANIFEST, Kind, file_of
from povcoop._loading.files import RawData

SINGULAR: Final[dict[Kind, str]] = {
    "sources": "source",
    "people": "person",
    "organizations": "organization",
    "regions": "region",
    "countries": "country",
    "sectors": "sector",
    "concepts": "concept",
    "initiatives": "initiative",
    "projects": "project",
    "metrics": "metric",
    "events": "event",
    "statements": "statement",
}

REFERENCES: Final[dict[Kind, tuple[tuple[str, Kind], ...]]] = {
    "organizations": (("country", "countries"), ("parent", "organizations")),
    "people": (("organization", "organizations"),),
    "countries": (("region", "regions"),),
    "initiatives": (
        ("countries", "countries"),
        ("organizations", "organizations"),
        ("goals", "initiatives"),
    ),
    "projects": (
        ("region", "regions"),
        ("countries", "countries"),
        ("sectors", "sectors"),
        ("partners", "organizations"),
        ("implementers", "organizations"),
        ("initiative", "initiatives"),
    ),
    "metrics": (
        ("countries", "countries"),
        ("regions", "regions"),
        ("initiative", "initiatives"),
        ("concept", "concepts"),
        ("based_on", "metrics"),
    ),
    "events": (("organizer", "organizations"), ("people", "people"), ("document", "sources")),
    "statements": (("speaker", "people"), ("event", "events")),
}
"""Each kind's reference fields and the kind they refer to (a field holds an id or a list)."""

CODES: Final[dict[Kind, tuple[tuple[str, str], ...]]] = {
    "countries": (
        ("id", "iso3166-1-alpha-3"),
        ("alpha_2", "iso3166-1-alpha-2"),
        ("numeric", "iso3166-1-numeric"),
        ("m49_region", "un-m49"),
        ("m49_subregion", "un-m49"),
        ("dac_recipient", "oecd-dac-recipient"),
    ),
    "regions": (("m49", "un-m49"), ("m49_subregions", "un-m49"), ("dac_regions", "oecd-dac-region")),
    "sectors": (("dac_crs", "oecd-dac-crs-purpose"), ("sdg_targets", "un-sdg-target")),
    "initiatives": (("sdg_targets", "un-sdg-target"),),
    "projects": (
        ("dac_crs", "oecd-dac-crs-purpose"),
        ("sdg_targets", "un-sdg-target"),
        ("aid_types", "iati-aid-type"),
    ),
}
"""Each kind's code fields and the code scheme their values belong to."""


class Checked(NamedTuple):
    """What the checks found out for the builder."""

    spans: dict[int, tuple[int, int]]
    """Offsets of each located quote, keyed by ``id()`` of its evidence or erratum dict."""
    order: dict[Kind, list[int]]
    """For each kind, record indexes in an order where intra-kind references come first."""


def _ids(value: Any) -> list[tuple[str, Any]]:
    """A reference field's ids with their field-path suffixes: ``("", id)`` or ``("[i]", id)``."""
    if value is None:
        return []
    if isinstance(value, list):
        return [(f"[{i}]", item) for i, item in enumerate(value)]
    return [("", value)]


def locate(text: str, quote: str, occurrence: int | None) -> tuple[int, int] | str:
    """The offsets of ``quote`` in ``text``, or why it cannot be located.

    A quote must say which passage it is: one that occurs once is located there; one that
    occurs more than once is located only with ``occurrence`` (1-based, counting overlapping
    matches from the start of the text), and is otherwise an error listing its offsets.

    >>> locate("one two one", "one", 2)
    (8, 11)
    >>> locate("one two one", "one", None)
    'occurs 2 times (at offsets 0, 8): give its occurrence (1-based) or a longer quote'
    """
    starts: list[int] = []
    position = text.find(quote)
    while position != -1:
        starts.append(position)
        if occurrence is not None and len(starts) == occurrence:
            return position, position + len(quote)
        position = text.find(quote, position + 1)
    if not starts:
        return "not found verbatim in the source text"
    if occurrence is not None:
        return f"occurrence {occurrence} asked for, but the quote occurs {len(starts)} time(s)"
    if len(starts) == 1:
        return starts[0], starts[0] + len(quote)
    shown = ", ".join(str(s) for s in starts[:5]) + (", ..." if len(starts) > 5 else "")
    return f"occurs {len(starts)} times (at offsets {shown}): give its occurrence (1-based) or a longer quote"


def _evidence_lists(record: dict[str, Any]) -> Iterator[tuple[str, list[Any]]]:
    """Every evidence list of a record with its field path (memberships have their own)."""
    evidence = record.get("evidence")
    if isinstance(evidence, list):
        yield "evidence", evidence
    members = record.get("members")
    if isinstance(members, list):
        for i, member in enumerate(members):
            if isinstance(member, dict) and isinstance(member.get("evidence"), list):
                yield f"members[{i}].evidence", member["evidence"]


class _Checker:
    def __init__(self, raw: RawData) -> None:
        self.raw = raw
        self.problems: list[Problem] = []
        self.spans: dict[int, tuple[int, int]] = {}
        self.ids: dict[Kind, dict[str, int]] = {kind: {} for kind in KINDS}

    def problem(self, kind: Kind, index: int, record: dict[str, Any], field: str | None, message: str) -> None:
        record_id = record.get("id")
        self.problems.append(
            Problem(
                file=file_of(kind),
                index=index,
                id=record_id if isinstance(record_id, str) else None,
                field=field,
                message=message,
            )
        )

    def valid_records(self, kind: Kind) -> Iterator[tuple[int, dict[str, Any]]]:
        invalid = self.raw.invalid
        for index, record in enumerate(self.raw.records[kind]):
            if (kind, index) not in invalid:
                yield index, record

    def check_ids(self) -> None:
        for kind in KINDS:
            seen = self.ids[kind]
            for index, record in enumerate(self.raw.records[kind]):
                record_id = record.get("id")
                if not isinstance(record_id, str):
                    if (kind, index) not in self.raw.invalid:
                        self.problem(kind, index, record, "id", "missing id")
                    continue
                if record_id in seen:
                    first = seen[record_id]
                    self.problem(kind, index, record, "id", f"duplicate id: record {first} has it too")
                else:
                    seen[record_id] = index

    def check_manifest(self) -> None:
        release = self.raw.manifest.get("release")
        if not isinstance(release, str):
            if not self.raw.manifest or "release" not in self.raw.manifest:
                self.problems.append(
                    Problem(file=MANIFEST, field="release", message="missing: the id of the release among the sources")
                )
            return
        index = self.ids["sources"].get(release)
        if index is None:
            self.problems.append(
                Problem(file=MANIFEST, field="release", message=f"no source {release!r} in {file_of('sources')}")
            )
        elif not self.raw.records["sources"][index].get("text_file"):
            message = f"the release {release!r} must ship its text (text_file)"
            self.problems.append(Problem(file=MANIFEST, field="release", message=message))

    def check_references(self) -> None:
        for kind in KINDS:
            fields = REFERENCES.get(kind, ())
            for index, record in self.valid_records(kind):
                for field, target in fields:
                    for suffix, ref in _ids(record.get(field)):
                        if ref not in self.ids[target]:
                            message = f"no {SINGULAR[target]} {ref!r} in {file_of(target)}"
                            self.problem(kind, index, record, field + suffix, message)
                for i, member in enumerate(record.get("members") or ()):
                    country = member.get("country")
                    if country not in self.ids["countries"]:
                        message = f"no country {country!r} in {file_of('countries')}"
                        self.problem(kind, index, record, f"members[{i}].country", message)

    def check_evidence(self) -> None:
        sources = self.raw.records["sources"]
        for kind in KINDS:
            for index, record in self.valid_records(kind):
                for path, evidence in _evidence_lists(record):
                    for i, item in enumerate(evidence):
                        source_id = item.get("source")
                        source_index = self.ids["sources"].get(source_id)
                        where = f"{path}[{i}]"
                        if source_index is None:
                            message = f"no source {source_id!r} in {file_of('sources')}"
                            self.problem(kind, index, record, f"{where}.source", message)
                            continue
                        text_file = sources[source_index].get("text_file") or ""
                        if text_file in self.raw.unreadable:
                            continue  # the unreadable text is already a problem; one is enough
                        text = self.raw.texts.get(text_file)
                        self.check_quote(kind, index, record, where, item, text, source_id)
                if kind == "sources" and record.get("text_file") not in self.raw.unreadable:
                    text = self.raw.texts.get(record.get("text_file") or "")
                    for i, erratum in enumerate(record.get("errata") or ()):
                        if text is None:
                            message = "errata need the source's text (text_file)"
                            self.problem(kind, index, record, f"errata[{i}]", message)
                            continue
                        found = locate(text, erratum["quote"], erratum.get("occurrence"))
                        self.record_span(kind, index, record, f"errata[{i}].quote", erratum, found)

    def check_quote(
        self,
        kind: Kind,
        index: int,
        record: dict[str, Any],
        where: str,
        item: dict[str, Any],
        text: str | None,
        source_id: str,
    ) -> None:
        quote = item.get("quote")
        if item.get("basis") == "stated" and text is None:
            message = f"stated evidence needs a source with its text; {source_id!r} has none"
            self.problem(kind, index, record, f"{where}.source", message)
            return
        if quote is None or text is None:
            return  # an outside source's wording, which povcoop cannot check without its text
        self.record_span(kind, index, record, f"{where}.quote", item, locate(text, quote, item.get("occurrence")))

    def record_span(
        self,
        kind: Kind,
        index: int,
        record: dict[str, Any],
        field: str,
        item: dict[str, Any],
        found: tuple[int, int] | str,
    ) -> None:
        if isinstance(found, str):
            self.problem(kind, index, record, field, f"quote {_short(item['quote'])}: {found}")
        else:
            self.spans[id(item)] = found

    def check_codes(self) -> None:
        for kind, fields in CODES.items():
            for index, record in self.valid_records(kind):
                for field, scheme in fields:
                    codes = code_list(scheme)
                    for suffix, code in _ids(record.get(field)):
                        if code not in codes:
                            self.problem(kind, index, record, field + suffix, f"{code!r} is not a code of {scheme}")
        self.check_iso_agreement()

    def check_iso_agreement(self) -> None:
        """The alpha-2, alpha-3 and numeric codes of a country must name the same country."""
        forms = (("id", "iso3166-1-alpha-3"), ("alpha_2", "iso3166-1-alpha-2"), ("numeric", "iso3166-1-numeric"))
        for index, record in self.valid_records("countries"):
            names = {field: code_list(scheme).get(record.get(field) or "") for field, scheme in forms}
            if None not in names.values() and len(set(names.values())) > 1:
                said = ", ".join(f"{field} {record.get(field)!r} is {name}" for field, name in names.items())
                self.problem("countries", index, record, "alpha_2", f"ISO 3166-1 codes disagree: {said}")

    def order_and_cycles(self) -> dict[Kind, list[int]]:
        """A build order per kind; a reference cycle within a kind is a problem."""
        order: dict[Kind, list[int]] = {}
        for kind in KINDS:
            own = tuple(field for field, target in REFERENCES.get(kind, ()) if target == kind)
            records = self.raw.records[kind]
            order[kind], cycles = _topological_order(records, own, self.ids[kind])
            for cycle in cycles:
                ids = " -> ".join(str(records[i].get("id")) for i in cycle)
                self.problem(kind, cycle[0], records[cycle[0]], None, f"reference cycle: {ids}")
        return order


def _topological_order(
    records: list[dict[str, Any]], fields: tuple[str, ...], indexes: dict[str, int]
) -> tuple[list[int], list[list[int]]]:
    """Record indexes with each record after those it refers to through ``fields``, and the
    cycles found. Iterative depth-first search: user data may chain references deeply."""

    def refs(i: int) -> Iterator[int]:
        for field in fields:
            for _, ref in _ids(records[i].get(field)):
                j = indexes.get(ref) if isinstance(ref, str) else None
                if j is not None:
                    yield j

    done: set[int] = set()
    result: list[int] = []
    cycles: list[list[int]] = []
    for start in range(len(records) if fields else 0):
        if start in done:
            continue
        path = [start]
        on_path = {start}
        stack = [refs(start)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                node = path.pop()
                on_path.discard(node)
                done.add(node)
                result.append(node)
            elif child in on_path:
                cycles.append([*path[path.index(child) :], child])
            elif child not in done:
                stack.append(refs(child))
                path.append(child)
                on_path.add(child)
    return (result if fields else list(range(len(records)))), cycles


def _short(quote: str) -> str:
    return repr(quote if len(quote) <= 60 else quote[:57] + "...")


def check(raw: RawData) -> tuple[Checked, list[Problem]]:
    """Run every cross-record check over ``raw``; return what the builder needs and the problems."""
    checker = _Checker(raw)
    checker.check_ids()
    checker.check_manifest()
    checker.check_references()
    checker.check_evidence()
    checker.check_codes()
    order = checker.order_and_cycles()
    return Checked(spans=checker.spans, order=order), checker.problems
