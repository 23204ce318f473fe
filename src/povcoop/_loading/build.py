"""Convert checked records into the linked domain: the one place where records become entities.

It takes plain JSON values (validated, or shipped and validated by the test suite) that have
passed :func:`povcoop._loading.checks.check`, so every reference resolves and every quote has
its offsets. Optional fields may be absent: the records' defaults are all ``None`` or empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from povcoop._codes import code_name
from povcoop._domain import (
    Code,
    Concept,
    Country,
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
from povcoop._layout import KINDS, Kind
from povcoop._loading.checks import CODES, Checked
from povcoop._loading.files import RawData

Record = dict[str, Any]


def _date(value: str | None) -> PartialDate | None:
    return None if value is None else PartialDate.fromisoformat(value)


class _Builder:
    def __init__(self, raw: RawData, checked: Checked) -> None:
        self.raw = raw
        self.spans = checked.spans
        self.built: dict[Kind, dict[str, Any]] = {kind: {} for kind in KINDS}
        self.schemes = {kind: dict(fields) for kind, fields in CODES.items()}

    # -- the pieces every converter uses --------------------------------------------------

    def one(self, kind: Kind, ref: str | None) -> Any:
        return None if ref is None else self.built[kind][ref]

    def many(self, kind: Kind, refs: list[str] | None) -> tuple[Any, ...]:
        table = self.built[kind]
        return tuple(table[ref] for ref in refs or ())

    def codes(self, kind: Kind, field: str, values: list[str] | None) -> tuple[Code, ...]:
        return tuple(self.code(kind, field, value) for value in values or ())

    def code(self, kind: Kind, field: str, value: str) -> Code:
        scheme = self.schemes[kind][field]
        return Code(scheme, value, code_name(scheme, value))

    def optional_code(self, kind: Kind, field: str, value: str | None) -> Code | None:
        return None if value is None else self.code(kind, field, value)

    def evidence(self, items: list[Record] | None) -> tuple[Evidence, ...]:
        sources = self.built["sources"]
        result = []
        for item in items or ():
            span = self.spans.get(id(item))
            result.append(
                Evidence(
                    basis=item["basis"],
                    source=sources[item["source"]],
                    quote=item.get("quote"),
                    start=span[0] if span else None,
                    end=span[1] if span else None,
                    note=item.get("note"),
                    locator=item.get("locator"),
                )
            )
        return tuple(result)

    def common(self, record: Record, *, with_evidence: bool = True) -> dict[str, Any]:
        return {
            "id": record["id"],
            "name": record["name"],
            "name_zh": record.get("name_zh"),
            "aliases": tuple(record.get("aliases") or ()),
            "description": record.get("description"),
            "evidence": self.evidence(record.get("evidence")) if with_evidence else (),
        }

    # -- one converter per kind -------------------------------------------------------------

    def source(self, r: Record) -> Source:
        text_file = r.get("text_file")
        text = self.raw.texts.get(text_file) if text_file else None
        errata = tuple(
            Erratum(
                quote=e["quote"],
                start=self.spans[id(e)][0],
                end=self.spans[id(e)][1],
                reading=e["reading"],
                note=e["note"],
            )
            for e in r.get("errata") or ()
        )
        # Sources may cite sources, themselves included: their evidence is set once all exist.
        return Source(
            **self.common(r, with_evidence=False),
            kind=r["kind"],
            title=r["title"],
            title_zh=r.get("title_zh"),
            publisher=r.get("publisher"),
            place=r.get("place"),
            published=_date(r.get("date")),
            reporter=r.get("reporter"),
            authors=tuple(r.get("authors") or ()),
            language=r["language"],
            url=r.get("url"),
            text=text,
            errata=errata,
        )

    def region(self, r: Record) -> Region:
        return Region(
            **self.common(r),
            m49=self.optional_code("regions", "m49", r.get("m49")),
            m49_subregions=self.codes("regions", "m49_subregions", r.get("m49_subregions")),
            dac_regions=self.codes("regions", "dac_regions", r.get("dac_regions")),
        )

    def country(self, r: Record) -> Country:
        return Country(
            **self.common(r),
            alpha_2=r["alpha_2"],
            numeric=r["numeric"],
            region=self.one("regions", r.get("region")),
            m49_region=self.code("countries", "m49_region", r["m49_region"]),
            m49_subregion=self.code("countries", "m49_subregion", r["m49_subregion"]),
            dac_recipient=self.optional_code("countries", "dac_recipient", r.get("dac_recipient")),
        )

    def organization(self, r: Record) -> Organization:
        members = tuple(
            Membership(
                country=self.built["countries"][m["country"]],
                joined=PartialDate.fromisoformat(m["joined"]),
                left=_date(m.get("left")),
                evidence=self.evidence(m["evidence"]),
            )
            for m in r.get("members") or ()
        )
        return Organization(
            **self.common(r),
            kind=r["kind"],
            country=self.one("countries", r.get("country")),
            parent=self.one("organizations", r.get("parent")),
            members=members,
            url=r.get("url"),
        )

    def person(self, r: Record) -> Person:
        return Person(
            **self.common(r),
            role=r["role"],
            organization=self.one("organizations", r.get("organization")),
            role_start=_date(r.get("role_start")),
            role_end=_date(r.get("role_end")),
        )

    def sector(self, r: Record) -> Sector:
        return Sector(
            **self.common(r),
            dac_crs=self.codes("sectors", "dac_crs", r.get("dac_crs")),
            sdg_targets=self.codes("sectors", "sdg_targets", r.get("sdg_targets")),
        )

    def concept(self, r: Record) -> Concept:
        return Concept(**self.common(r))

    def initiative(self, r: Record) -> Initiative:
        return Initiative(
            **self.common(r),
            kind=r["kind"],
            launched=_date(r.get("launched")),
            countries=self.many("countries", r.get("countries")),
            organizations=self.many("organizations", r.get("organizations")),
            goals=self.many("initiatives", r.get("goals")),
            sdg_targets=self.codes("initiatives", "sdg_targets", r.get("sdg_targets")),
        )

    def project(self, r: Record) -> Project:
        return Project(
            **self.common(r),
            kind=r["kind"],
            status=r["status"],
            region=self.one("regions", r.get("region")),
            countries=self.many("countries", r.get("countries")),
            sectors=self.many("sectors", r.get("sectors")),
            partners=self.many("organizations", r.get("partners")),
            implementers=self.many("organizations", r.get("implementers")),
            initiative=self.one("initiatives", r.get("initiative")),
            start=_date(r.get("start")),
            end=_date(r.get("end")),
            dac_crs=self.codes("projects", "dac_crs", r.get("dac_crs")),
            sdg_targets=self.codes("projects", "sdg_targets", r.get("sdg_targets")),
            aid_types=self.codes("projects", "aid_types", r.get("aid_types")),
        )

    def metric(self, r: Record) -> Metric:
        value = r["value"]
        line = r.get("poverty_line")
        return Metric(
            **self.common(r),
            value=Quantity(
                number=value["number"],
                unit=value["unit"],
                scale=value.get("scale", 1),
                kind=value["kind"],
            ),
            subject=r["subject"],
            countries=self.many("countries", r.get("countries")),
            regions=self.many("regions", r.get("regions")),
            initiative=self.one("initiatives", r.get("initiative")),
            concept=self.one("concepts", r.get("concept")),
            year=r.get("year"),
            horizon=r.get("horizon"),
            poverty_line=None if line is None else PovertyLine(
                amount=line["amount"],
                currency=line["currency"],
                ppp_year=line["ppp_year"],
                period=line["period"],
            ),
            conditions=r.get("conditions"),
            based_on=self.one("metrics", r.get("based_on")),
            caveats=tuple(r.get("caveats") or ()),
        )

    def event(self, r: Record) -> Event:
        return Event(
            **self.common(r),
            kind=r["kind"],
            date=_date(r.get("date")),
            place=r.get("place"),
            organizer=self.one("organizations", r.get("organizer")),
            people=self.many("people", r.get("people")),
            document=self.one("sources", r.get("document")),
        )

    def statement(self, r: Record) -> Statement:
        return Statement(
            **self.common(r),
            kind=r["kind"],
            mode=r["mode"],
            speaker=self.one("people", r.get("speaker")),
            event=self.one("events", r.get("event")),
            date=_date(r.get("date")),
            topic=r["topic"],
        )


# The order satisfies every reference across kinds; within a kind, Checked.order does.
_BUILD_ORDER: tuple[tuple[Kind, Callable[[_Builder, Record], Any]], ...] = (
    ("sources", _Builder.source),
    ("regions", _Builder.region),
    ("countries", _Builder.country),
    ("organizations", _Builder.organization),
    ("people", _Builder.person),
    ("sectors", _Builder.sector),
    ("concepts", _Builder.concept),
    ("initiatives", _Builder.initiative),
    ("projects", _Builder.project),
    ("metrics", _Builder.metric),
    ("events", _Builder.event),
    ("statements", _Builder.statement),
)


def build(raw: RawData, checked: Checked) -> dict[Kind, tuple[Any, ...]]:
    """The entities of each kind, linked, in the order of their files."""
    builder = _Builder(raw, checked)
    for kind, convert in _BUILD_ORDER:
        records = raw.records[kind]
        table = builder.built[kind]
        for index in checked.order[kind]:
            record = records[index]
            table[record["id"]] = convert(builder, record)
    for record in raw.records["sources"]:
        evidence = builder.evidence(record.get("evidence"))
        # The one mutation of a frozen entity, before anyone can see it (see Builder.source).
        object.__setattr__(builder.built["sources"][record["id"]], "evidence", evidence)
    return {kind: tuple(builder.built[kind][r["id"]] for r in raw.records[kind]) for kind in KINDS}

