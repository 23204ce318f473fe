"""The registry: records and entities agree field by field, and a field declared twice (its
record field, its entity field) is checked, built, filtered and written with nothing else touched."""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Annotated, Any

import attrs
import pytest
from pydantic import BaseModel, ConfigDict, StringConstraints
from pydantic import Field as PydanticField

import povcoop
from conftest import edit
from povcoop._catalog.catalog import Catalog
from povcoop._domain import fields as f
from povcoop._domain.entities import ENTITY_TYPES, Organization, Project, Statement
from povcoop._domain.fields import fields_of
from povcoop._domain.iati import IATI_VALUES
from povcoop._domain.values import Erratum, Evidence, Membership, PovertyLine, Quantity
from povcoop._loading.folder import load_folder
from povcoop._loading.write import to_rest, write_folder
from povcoop._records.models import (
    RECORD_MODELS,
    VALUE_MODELS,
    EntityRef,
    OrganizationRef,
    ProjectRecord,
    Ref,
    Scheme,
    StatementRecord,
    record_model,
)

RECORD_ONLY = {"occurrence", "offset"}
"""Fields that exist only at rest: which occurrence of a quote is meant, or where it starts (the
loader turns either into offsets, which exist only in the domain)."""

VALUE_TYPES = {"Evidence": Evidence, "Erratum": Erratum, "Membership": Membership, "Quantity": Quantity}
VALUE_TYPES["PovertyLine"] = PovertyLine
VALUE_TYPES.update({cls.__name__: cls for cls in IATI_VALUES})


def _markers(annotation: Any) -> list[Any]:
    """Every Ref and Scheme marker inside an annotation (through Annotated, list, Optional)."""
    found: list[Any] = []
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, Ref | Scheme):
            found.append(meta)
    for arg in typing.get_args(annotation):
        found.extend(_markers(arg))
    return found


def _record_fields(model: type[BaseModel]) -> dict[str, dict[str, Any]]:
    described = {}
    for name, info in model.model_fields.items():
        markers = _markers(info.annotation) + [m for m in info.metadata if isinstance(m, Ref | Scheme)]
        refs = {m.kind for m in markers if isinstance(m, Ref)}
        schemes = {m.scheme for m in markers if isinstance(m, Scheme)}
        described[name] = {"required": info.is_required(), "target": refs, "scheme": schemes}
    return described


def parity(model: type[BaseModel], cls: type) -> list[str]:
    """How a record model and its entity (or value) class disagree: names, optionality, link
    targets and code schemes, with the record-only fields and derived fields set aside."""
    record = _record_fields(model)
    entity = {field.at_rest: field for field in fields_of(cls) if not field.derived}
    differences = []
    for name in sorted(set(record) - RECORD_ONLY - set(entity)):
        differences.append(f"{model.__name__}.{name} has no entity field")
    for name in sorted(set(entity) - set(record)):
        differences.append(f"{cls.__name__} field {name!r} has no record field")
    for name in sorted(set(record) & set(entity)):
        field, described = entity[name], record[name]
        # A source's text is a file at rest: optional in both, a path in the record.
        if field.required != described["required"]:
            differences.append(f"{name}: required {described['required']} at rest, {field.required} in the domain")
        target = {field.target} if field.target else ({"*"} if field.role == "refs" else set())
        if target != described["target"]:
            differences.append(f"{name}: links to {described['target']} at rest, {target} in the domain")
        scheme = {field.scheme} if field.scheme else set()
        if scheme != described["scheme"]:
            differences.append(f"{name}: code scheme {described['scheme']} at rest, {scheme} in the domain")
    return differences


@pytest.mark.parametrize("kind", list(RECORD_MODELS))
def test_every_record_model_agrees_with_its_entity(kind: str) -> None:
    assert parity(RECORD_MODELS[kind], ENTITY_TYPES[kind]) == []  # type: ignore[index]


@pytest.mark.parametrize("name", list(VALUE_MODELS))
def test_every_value_model_agrees_with_its_value_class(name: str) -> None:
    assert parity(VALUE_MODELS[name], VALUE_TYPES[name]) == []


def test_parity_catches_a_field_declared_on_one_side_only() -> None:
    class Extra(ProjectRecord):
        funder: OrganizationRef | None = None

    assert parity(Extra, Project) == ["Extra.funder has no entity field"]

    @attrs.frozen(kw_only=True, repr=False)
    class Funded(Project):
        funder: Organization | None = f.link("countries", "Who funds it.")

    assert parity(Extra, Funded) == ["funder: links to {'organizations'} at rest, {'countries'} in the domain"]


def test_a_field_outside_the_registry_is_refused() -> None:
    @attrs.frozen(kw_only=True, repr=False)
    class Careless(Project):
        note: str | None = None

    with pytest.raises(TypeError, match=r"Careless\.note is not declared through the registry"):
        fields_of(Careless)
    with pytest.raises(TypeError, match=r"Careless\.note is not declared through the registry"):
        f.register(Careless)  # what the classes' module does for each class it defines, at import


def test_a_class_documents_its_fields_when_its_help_is_first_read() -> None:
    import inspect

    @attrs.frozen(kw_only=True, repr=False)
    class Audited(Project):
        """A project with an auditor."""

        auditor: Organization | None = f.link("organizations", "Who audits the project.")

    f.register(Audited)
    assert not isinstance(Audited.__dict__["__doc__"], str)  # not written yet
    text = Audited.__doc__
    assert text is not None and text.startswith("A project with an auditor.\n\n    Fields:\n")
    assert "auditor (Organization | None; links to organizations)\n        Who audits the project." in text
    assert text.index("    id (") < text.index("    auditor (")  # declared order, the base's first
    assert inspect.getdoc(Audited) == inspect.cleandoc(text)
    assert Audited.__doc__ is text  # written once
    project = povcoop.load().projects[0]
    assert project.__doc__ == Project.__doc__ and "    countries (" in (project.__doc__ or "")


# -- a new link field, two declarations, nothing else touched ---------------------------------


class FundedProjectRecord(ProjectRecord):
    funder: OrganizationRef | None = None


@attrs.frozen(kw_only=True, repr=False)
class FundedProject(Project):
    funder: Organization | None = f.link("organizations", "Who funds the project.", criterion="funder")


FUNDED_TYPES = {**ENTITY_TYPES, "projects": FundedProject}
FUNDED_MODELS = {**RECORD_MODELS, "projects": FundedProjectRecord}


def _fund(funder: str) -> Any:
    def change(records: list[dict[str, Any]]) -> None:
        records[1]["funder"] = funder

    return change


def test_a_new_link_field_is_checked(folder: Path) -> None:
    edit(folder, "projects.json", _fund("no-such-funder"))
    with pytest.raises(povcoop.DataError) as raised:
        load_folder(folder, types=FUNDED_TYPES, record_models=FUNDED_MODELS)
    (problem,) = raised.value.problems
    assert (problem.file, problem.index, problem.field, problem.code) == (
        "projects.json",
        1,
        "funder",
        "dangling-reference",
    )


def test_a_new_link_field_is_built_filtered_and_written(folder: Path, tmp_path: Path) -> None:
    edit(folder, "projects.json", _fund("ministry-of-commerce-china"))
    loaded = load_folder(folder, types=FUNDED_TYPES, record_models=FUNDED_MODELS)
    catalog = Catalog.from_entities(loaded.entities, povcoop.load().manifest, FUNDED_TYPES)
    project = catalog.projects[1]
    assert isinstance(project, FundedProject)
    assert project.funder is catalog.organizations.get("ministry-of-commerce-china")
    assert [p.id for p in catalog.projects.where(funder="ministry-of-commerce-china")] == [project.id]
    assert "funder" in catalog.projects.criteria
    assert to_rest(project)["funder"] == "ministry-of-commerce-china"
    written = write_folder(tmp_path / "out", catalog.manifest.to_rest(), catalog.to_entities())
    again = load_folder(written, types=FUNDED_TYPES, record_models=FUNDED_MODELS)
    assert again.entities["projects"][1].funder.id == "ministry-of-commerce-china"  # type: ignore[attr-defined]
    assert again.entities == loaded.entities


# -- references to entities of any kind ----------------------------------------------------------


class AboutRecord(StatementRecord):
    about: list[EntityRef] = []


@attrs.frozen(kw_only=True, repr=False)
class AboutStatement(Statement):
    about: tuple[povcoop.Entity, ...] = f.refs("What the statement is about.", criterion="about")


ABOUT_TYPES = {**ENTITY_TYPES, "statements": AboutStatement}
ABOUT_MODELS = {**RECORD_MODELS, "statements": AboutRecord}


def _about(*refs: str) -> Any:
    def change(records: list[dict[str, Any]]) -> None:
        records[0]["about"] = list(refs)

    return change


def test_references_to_any_kind_resolve_filter_and_round_trip(folder: Path, tmp_path: Path) -> None:
    edit(folder, "statements.json", _about("projects/east-asia-poverty-reduction-demonstration", "countries/LAO"))
    loaded = load_folder(folder, types=ABOUT_TYPES, record_models=ABOUT_MODELS)
    catalog = Catalog.from_entities(loaded.entities, povcoop.load().manifest, ABOUT_TYPES)
    statement = catalog.statements[0]
    assert statement.about == (
        catalog.projects.get("east-asia-poverty-reduction-demonstration"),
        catalog.countries.get("LAO"),
    )
    assert statement in catalog.statements.where(about=catalog.countries.get("LAO"))
    assert statement in catalog.statements.where(about="projects/east-asia-poverty-reduction-demonstration")
    assert len(catalog.statements.where(about="countries/KHM")) == 0
    with pytest.raises(KeyError):
        catalog.statements.where(about="countries/XXX")
    written = write_folder(tmp_path / "out", catalog.manifest.to_rest(), catalog.to_entities())
    assert load_folder(written, types=ABOUT_TYPES, record_models=ABOUT_MODELS).entities == loaded.entities


@pytest.mark.parametrize("ref", ["projects/nothing", "nowhere/LAO", "LAO"])
def test_a_reference_that_names_nothing_is_a_problem(folder: Path, ref: str) -> None:
    edit(folder, "statements.json", _about(ref))
    with pytest.raises(povcoop.DataError) as raised:
        load_folder(folder, types=ABOUT_TYPES, record_models=ABOUT_MODELS)
    codes = {(p.field, p.code) for p in raised.value.problems}
    assert ("about[0]", "dangling-reference") in codes or ("about[0]", "bad-format") in codes


def test_every_declared_field_has_a_description() -> None:
    for cls in [*ENTITY_TYPES.values(), *VALUE_TYPES.values()]:
        for field in fields_of(cls):
            assert field.doc.endswith((".", ")")), (cls.__name__, field.name, field.doc)
            assert 10 <= len(field.doc) < 200, (cls.__name__, field.name)


def test_the_json_schema_describes_every_stored_field() -> None:
    schema = povcoop.json_schema()
    for name, definition in schema["$defs"].items():
        if name in ("ManifestRecord",):
            continue
        for prop, spec in definition.get("properties", {}).items():
            assert spec.get("description"), f"{name}.{prop} has no description"


def test_help_shows_every_field_with_its_description() -> None:
    import pydoc

    for cls in [*ENTITY_TYPES.values(), *VALUE_TYPES.values()]:
        text = " ".join(pydoc.render_doc(cls, renderer=pydoc.plaintext).split())  # type: ignore[attr-defined]
        for field in fields_of(cls):
            assert f"{field.name} (" in text and " ".join(field.doc.split()) in text, (cls.__name__, field.name)
    assert "one of 'planned', 'ongoing', 'completed', 'reported'" in pydoc.render_doc(Project)


# -- a field whose value model is defined below its user (issue 19: 'MockCoreSchema') -------------


@attrs.frozen(kw_only=True)
class Budget:
    """What a project costs."""

    amount: float = f.value("The amount, in the currency's units.", rest=f.AtRest(gt=0))
    currency: str = f.value("ISO 4217 currency code (USD).", rest=f.AtRest(pattern=r"^[A-Z]{3}$"))


@attrs.frozen(kw_only=True, repr=False)
class BudgetedProject(Project):
    budget: Budget | None = f.nested(Budget, "What the project costs.", required=False)


BUDGETED_TYPES = {**ENTITY_TYPES, "projects": BudgetedProject}


def _budget(value: Any) -> Any:
    def change(records: list[dict[str, Any]]) -> None:
        records[1]["budget"] = value

    return change


def test_a_new_nested_field_is_one_edit_the_record_model_derived(folder: Path) -> None:
    edit(folder, "projects.json", _budget({"amount": 1.5, "currency": "USD"}))
    loaded = load_folder(folder, types=BUDGETED_TYPES)
    assert loaded.entities["projects"][1].budget == Budget(amount=1.5, currency="USD")  # type: ignore[attr-defined]
    edit(folder, "projects.json", _budget({"amount": 0, "currency": "usd"}))
    with pytest.raises(povcoop.DataError) as raised:
        load_folder(folder, types=BUDGETED_TYPES)
    found = {(p.index, p.field, p.code) for p in raised.value.problems}
    assert found == {(1, "budget.amount", "out-of-range"), (1, "budget.currency", "bad-format")}


class BudgetedProjectRecord(ProjectRecord):
    budget: BudgetRecord | None = None  # defined below: pydantic completes the model on first use


class BudgetRecord(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    amount: Annotated[float, PydanticField(gt=0)]
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


def test_a_hand_written_value_model_defined_below_its_user_works(folder: Path) -> None:
    models = {**RECORD_MODELS, "projects": BudgetedProjectRecord}
    edit(folder, "projects.json", _budget({"amount": 2.0, "currency": "EUR"}))
    loaded = load_folder(folder, types=BUDGETED_TYPES, record_models=models)
    assert loaded.entities["projects"][1].budget == Budget(amount=2.0, currency="EUR")  # type: ignore[attr-defined]
    edit(folder, "projects.json", _budget({"amount": 2.0, "currency": "EUR", "extra": 1}))
    with pytest.raises(povcoop.DataError) as raised:
        load_folder(folder, types=BUDGETED_TYPES, record_models=models)
    assert {(p.index, p.field, p.code) for p in raised.value.problems} == {(1, "budget.extra", "unknown-field")}


def test_the_derived_models_declare_each_field_once() -> None:
    """Every stored field of every class is in its model, and nothing else is (but the fields
    at rest only, which the class declares in ``REST_ONLY``)."""
    for cls in [*ENTITY_TYPES.values(), *VALUE_TYPES.values()]:
        model = record_model(cls)
        stored = [field.at_rest for field in fields_of(cls) if not field.derived]
        assert list(model.model_fields) == stored + [extra.name for extra in f.rest_only(cls)]


def test_the_checks_of_meaning_read_long_text_and_ranges_from_the_registry() -> None:
    from povcoop._loading import meaning

    # an erratum's reading is short text in the registry (and so in its model): no line break
    assert [code for _, code, _ in meaning._character_problems({"reading": "Zhao\nLijian"})] == ["control-character"]
    assert not list(meaning._character_problems({"note": "two\nlines"}))
    ends = {(first, second) for first, second, _ in meaning.ranges()}
    declared = {
        (field.range_of[0], field.at_rest)
        for cls in [*ENTITY_TYPES.values(), *VALUE_TYPES.values()]
        for field in fields_of(cls)
        if field.range_of is not None
    }
    assert ends == declared and ("joined", "left") in ends


def test_the_names_search_matches_are_declared_on_their_fields() -> None:
    """``search()`` and name lookups match the fields declared ``searchable``, and only those:
    every entity's id, name, Chinese name and aliases, and a source's titles."""
    from povcoop._domain.fields import names_of

    for cls in ENTITY_TYPES.values():
        names = [field.name for field in names_of(cls)]
        assert names[:2] == ["id", "name"] and {"name_zh", "aliases"} <= set(names)
        assert all(
            field.role in ("value", "texts") and field.value_type in (str, tuple[str, ...]) for field in names_of(cls)
        )
    assert [field.name for field in names_of(povcoop.Source)][-2:] == ["title", "title_zh"]
    release = povcoop.load().sources.get("cns-2021-03-10")
    assert next(iter(povcoop.load().sources.search(release.title))).id == release.id
    assert "title_en" not in [field.name for field in names_of(povcoop.Source)]


def test_a_located_quote_is_declared_by_the_spans_of_its_fields() -> None:
    """The builder, the writer and the checks find a quote's offsets by the fields' ``span``:
    each class that locates a quote has a start and an end, derived, never at rest."""
    from povcoop._domain.fields import locates_quote

    for cls in (Evidence, Erratum):
        spans = {field.span: field for field in fields_of(cls) if field.span is not None}
        assert locates_quote(cls) and spans["start"].derived and spans["end"].derived
        assert "quote" not in spans or not spans["quote"].derived  # the quote itself is stored
    assert [f.name for f in fields_of(Evidence) if f.span == "quote"] == ["quote"]
    assert not locates_quote(Quantity) and not any(field.span for field in fields_of(Quantity))


@attrs.frozen(kw_only=True, repr=False)
class WebProject(Project):
    website: str | None = f.value("The project's web site.", default=None, rest=f.URL)
    funder: Organization | None = f.link("organizations", "Who funds the project.", criterion="funder")


def test_a_value_field_and_a_link_are_one_edit_each(folder: Path) -> None:
    """The entity field alone: its record field, checks, where(), writer and schema follow."""
    types = {**ENTITY_TYPES, "projects": WebProject}

    def add(records: list[dict[str, Any]]) -> None:
        records[1].update(website="https://example.org/p", funder="ministry-of-commerce-china")

    edit(folder, "projects.json", add)
    loaded = load_folder(folder, types=types)
    catalog = Catalog.from_entities(loaded.entities, povcoop.load().manifest, types)
    project = catalog.projects[1]
    assert isinstance(project, WebProject) and project.website == "https://example.org/p"
    assert [p.id for p in catalog.projects.where(funder="ministry-of-commerce-china")] == [project.id]
    assert to_rest(project)["website"] == "https://example.org/p"
    schema = _schema_of(types)
    assert schema["$defs"]["WebProjectRecord"]["properties"]["website"]["description"] == "The project's web site."

    def spoil(records: list[dict[str, Any]]) -> None:
        records[1].update(website="ftp:/x", funder="nobody")

    edit(folder, "projects.json", spoil)
    with pytest.raises(povcoop.DataError) as raised:
        load_folder(folder, types=types)
    found = {(p.field, p.code) for p in raised.value.problems}
    assert found == {("website", "bad-format"), ("funder", "dangling-reference")}


def _schema_of(types: Any) -> dict[str, Any]:
    from povcoop._loading.schema import json_schema

    return json_schema("projects", types)
