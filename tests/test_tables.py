"""Typed tidy tables: one set of column definitions from the registry, for plain Python, pandas,
polars and pyarrow alike."""

from __future__ import annotations

import datetime
import subprocess
import sys
from typing import Any, cast, get_args

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcoop
from povcoop._domain import fields as f
from povcoop._domain.entities import ENTITY_TYPES, Entity
from povcoop._domain.fields import Field, Role, computed_of, fields_of
from povcoop._views import frames as views_frames
from povcoop._views import reader as views_reader
from povcoop._views import specs as views_specs
from povcoop._views.frames import to_arrow
from povcoop._views.specs import COLUMNS_BY_ROLE, columns_of
from povcoop._views.table import LOGICAL_TYPES
from povcoop._views.tables import table_of, tidy_tables

EAST_ASIA = "east-asia-poverty-reduction-demonstration"


@pytest.fixture(scope="module")
def tables(cat: povcoop.Catalog) -> dict[str, povcoop.Table]:
    return tidy_tables(cat)


def test_every_role_of_the_registry_has_columns() -> None:
    assert set(get_args(Role)) <= set(COLUMNS_BY_ROLE)


def test_an_unknown_role_fails_loudly() -> None:
    @attrs.frozen
    class Odd:
        id: str = attrs.field(metadata={"povcoop": None})

    with pytest.raises(TypeError, match="registry"):
        columns_of(Odd)
    field = Field(
        name="mystery",
        at_rest="mystery",
        role="mystery",  # type: ignore[arg-type]
        doc="?",
        target=None,
        scheme=None,
        criterion=None,
        nested=None,
        derived=False,
        required=False,
        type="str",
    )
    from povcoop._views.specs import _specs

    class Mystery:
        pass

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("povcoop._views.specs.fields_of", lambda cls: (field,))
        with pytest.raises(TypeError, match="unknown role 'mystery'"):
            _specs(Mystery)


def test_flattening_and_computed_columns_are_registry_facts() -> None:
    """No table code tests a field by its name: a value object the registry flattens gives its
    owner's columns under any name, and a computed column reads the inputs it declares."""

    @attrs.frozen(kw_only=True)
    class Figure:
        amount: povcoop.Quantity = f.nested(povcoop.Quantity, "The figure.", flatten=True)
        line: povcoop.PovertyLine | None = f.nested(povcoop.PovertyLine, "Its line.", required=False)

    names = [column.name for column in columns_of(Figure)]
    assert names[:5] == ["number", "unit", "scale", "type", "magnitude"]
    assert "line_amount" in names and "amount" not in names
    assert [field.name for field in fields_of(povcoop.Metric) if field.flatten] == ["value"]
    for computed in computed_of(povcoop.Project):
        assert computed.derived and computed.scheme is not None
        assert {source.name for source in computed.inputs} <= {field.name for field in fields_of(povcoop.Project)}


def test_references_become_kind_slash_id(cat: povcoop.Catalog) -> None:
    # The `refs` role (links to entities of any kind) may not be declared yet; its columns are ready.
    field = next(f for f in fields_of(povcoop.Project) if f.name == "countries")
    refs = attrs.evolve(field, role=cast(Any, "refs"))
    project = cat.projects.get(EAST_ASIA)
    (spec,) = COLUMNS_BY_ROLE["refs"](refs, "", ())
    assert spec.column.type == "strings" and spec.path == ("countries",)
    assert spec.convert([project.countries]) == [("countries/LAO", "countries/KHM", "countries/MMR")]


@pytest.mark.parametrize("kind", list(ENTITY_TYPES))
def test_every_kind_has_a_typed_table_keyed_by_id(cat: povcoop.Catalog, kind: str) -> None:
    table = cat[kind].to_table()
    assert table.name == kind and table.primary_key == ("id",)
    assert table.column_names[0] == "id"
    assert list(table.data["id"]) == list(cat[kind].ids())
    assert len(set(table.column_names)) == len(table.columns)
    for column in table.columns:
        assert column.type in LOGICAL_TYPES
        assert column.doc
        assert (column.categories is not None) == (column.type == "category")
        for value in table.data[column.name]:
            assert value is None or _fits(column, value), (column, value)


def _fits(column: povcoop.Column, value: Any) -> bool:
    checks = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "date": lambda v: isinstance(v, datetime.date),
        "category": lambda v: v in (column.categories or ()),
        "strings": lambda v: isinstance(v, tuple) and all(isinstance(i, str) for i in v),
    }
    return bool(checks[column.type](value))


def test_every_field_of_the_registry_is_in_the_table(cat: povcoop.Catalog) -> None:
    for entity_type in ENTITY_TYPES.values():
        names = {c.name for c in columns_of(entity_type)}
        for field in fields_of(entity_type):
            if field.role in ("nested", "nested_list", "evidence", "text"):
                continue
            expected = {
                "link": f"{field.name}_id",
                "links": f"{field.criterion or field.name}_ids",
            }.get(field.role, field.name)
            assert expected in names, (entity_type.__name__, field.name)


def test_project_row(cat: povcoop.Catalog) -> None:
    table = cat.projects.to_table()
    row = table.records()[cat.projects.ids().index(EAST_ASIA)]
    assert row["region_id"] == "asia" and row["region"] == "Asia"
    assert row["country_ids"] == ("LAO", "KHM", "MMR")
    assert row["countries"] == ("Laos", "Cambodia", "Myanmar")
    assert row["start"] == datetime.date(2017, 1, 1) and row["start_precision"] == "year"
    assert row["status"] == "reported"
    project = cat.projects.get(EAST_ASIA)
    assert row["aid_types"] == tuple(c.code for c in project.aid_types)
    assert row["all_dac_crs"] == tuple(c.code for c in project.all_dac_crs)
    release = cat.release.text
    assert release is not None
    assert row["quote"] == release[row["quote_start"] : row["quote_end"]]
    assert row["quote_source_id"] == cat.release.id
    assert table.column("status").categories == povcoop.ProjectStatus.__args__  # type: ignore[attr-defined]


def test_metric_columns(cat: povcoop.Catalog) -> None:
    table = cat.metrics.to_table()
    row = next(r for r in table.records() if r["id"] == "bri-absolute-poverty-claim")
    assert (row["number"], row["unit"], row["scale"], row["type"]) == (7.6, "people", 1_000_000, "projected")
    assert row["magnitude"] == 7_600_000
    assert row["based_on_id"] == "bri-extreme-poverty-world-bank"
    assert table.column("number").type == table.column("magnitude").type == "number"
    estimate = next(r for r in table.records() if r["id"] == "bri-extreme-poverty-world-bank")
    assert estimate["poverty_line_amount"] == 1.9 and estimate["poverty_line_ppp_year"] == 2011


def test_codes_keep_leading_zeros(cat: povcoop.Catalog) -> None:
    table = cat.countries.to_table()
    laos = table.records()[cat.countries.ids().index("LAO")]
    assert laos["m49_subregion"] == "035" and laos["numeric"] == "418"


def test_link_tables_join(cat: povcoop.Catalog, tables: dict[str, povcoop.Table]) -> None:
    for name, table in tables.items():
        for key in table.foreign_keys:
            target = tables[key.table]
            known = set(target.data[key.reference])
            assert set(table.data[key.column]) - {None} <= known, (name, key)
        for column in table.primary_key:
            assert column in table.column_names
        keys = list(table.rows()) and [tuple(table.data[c][i] for c in table.primary_key) for i in range(len(table))]
        assert len(set(keys)) == len(keys), f"{name}: primary key repeats"
    pairs = {(r["project_id"], r["country_id"]) for r in tables["project_countries"].records()}
    assert {(p.id, c.id) for p in cat.projects for c in p.countries} == pairs
    assert {"project_sectors", "sector_dac_crs", "organization_members", "entity_evidence"} <= set(tables)


def test_entity_evidence_holds_every_piece(cat: povcoop.Catalog, tables: dict[str, povcoop.Table]) -> None:
    evidence = tables["entity_evidence"]
    assert len(evidence) == sum(len(e.evidence) for c in cat for e in c)
    first = evidence.records()[0]
    entity = cat[first["kind"]].get(first["id"])
    assert first["basis"] == entity.evidence[0].basis and first["source_id"] == entity.evidence[0].source.id


def test_to_frame_is_typed_and_indexed_by_id(cat: povcoop.Catalog) -> None:
    pandas = pytest.importorskip("pandas")
    frame = cat.projects.to_frame()
    assert frame.index.name == "id" and list(frame.index) == list(cat.projects.ids())
    assert isinstance(frame["status"].dtype, pandas.CategoricalDtype)
    assert list(frame["status"].cat.categories) == list(povcoop.ProjectStatus.__args__)  # type: ignore[attr-defined]
    assert frame["start"].dtype == "datetime64[s]"
    assert frame.loc[EAST_ASIA, "countries"] == ("Laos", "Cambodia", "Myanmar")
    assert frame["quote_start"].dtype == "Int64"
    metrics = cat.metrics.to_frame()
    assert pandas.api.types.is_float_dtype(metrics["number"])
    assert metrics.loc["bri-absolute-poverty-claim", "magnitude"] == 7_600_000
    assert metrics["type"].dtype.name == "category"
    assert cat.countries.to_frame().loc["LAO", "m49_subregion"] == "035"


def test_a_column_of_nulls_keeps_its_type(cat: povcoop.Catalog) -> None:
    pandas = pytest.importorskip("pandas")
    polars = pytest.importorskip("polars")
    pyarrow = pytest.importorskip("pyarrow")
    projects = cat.projects.where(id=["china-asean-rural-poverty-reduction-plan"])
    assert projects[0].start is None
    assert projects.to_frame()["start"].dtype == "datetime64[s]"
    assert projects.to_polars().schema["start"] == polars.Date
    assert projects.to_arrow().schema.field("start").type == pyarrow.date32()
    empty = cat.projects.where(region="africa", country="LAO")
    assert len(empty) == 0
    frame = empty.to_frame()
    assert isinstance(frame["status"].dtype, pandas.CategoricalDtype) and frame["quote_start"].dtype == "Int64"


@pytest.mark.parametrize("kind", list(ENTITY_TYPES))
def test_polars_and_arrow_share_the_columns(cat: povcoop.Catalog, kind: str) -> None:
    polars = pytest.importorskip("polars")
    pyarrow = pytest.importorskip("pyarrow")
    collection = cat[kind]
    table = collection.to_table()
    frame = collection.to_polars()
    arrow = collection.to_arrow()
    assert frame.columns == list(table.column_names) == arrow.column_names
    assert frame.height == arrow.num_rows == len(collection)
    expected_polars = {
        "string": polars.String,
        "integer": polars.Int64,
        "number": polars.Float64,
        "boolean": polars.Boolean,
        "date": polars.Date,
        "strings": polars.List(polars.String),
    }
    for column in table.columns:
        polars_type = frame.schema[column.name]
        arrow_type = arrow.schema.field(column.name).type
        if column.type == "category":
            assert polars_type == polars.Enum(list(column.categories or ()))
            assert pyarrow.types.is_dictionary(arrow_type)
        else:
            assert polars_type == expected_polars[column.type]
        assert frame[column.name].to_list() == arrow.column(column.name).to_pylist()
        expected = [list(v) if column.type == "strings" else v for v in table.data[column.name]]
        if column.type == "date":
            continue  # polars gives dates back as dates, like the table
        assert frame[column.name].to_list() == expected, column.name
    pandas_frame = collection.to_frame()
    assert list(pandas_frame.columns) == list(table.column_names[1:])


def test_arrow_dictionary_keeps_the_whole_vocabulary(cat: povcoop.Catalog) -> None:
    pytest.importorskip("pyarrow")
    arrow = to_arrow(table_of(povcoop.Project, cat.projects))
    chunk = arrow.column("status").chunk(0)
    assert chunk.dictionary.to_pylist() == list(povcoop.ProjectStatus.__args__)  # type: ignore[attr-defined]


def test_to_frames_join_on_ids(cat: povcoop.Catalog) -> None:
    pytest.importorskip("pandas")
    frames = cat.to_frames()
    assert set(frames) == set(cat.to_tables())
    joined = frames["project_countries"].join(frames["countries"], on="country_id")
    laos_projects = set(joined.loc[joined["country_id"] == "LAO", "project_id"])
    assert laos_projects == set(cat.projects.where(country="LAO").ids())
    by_code = frames["project_all_dac_crs"]
    agriculture = set(by_code.loc[by_code["code"].str.startswith("311"), "project_id"])
    assert agriculture == set(cat.projects.where(dac_crs=povcoop.codes.get("dac-crs", "311")).ids())


def test_table_errors_and_repr(cat: povcoop.Catalog) -> None:
    table = cat.regions.to_table()
    assert repr(table) == f"<Table 'regions': 4 rows, {len(table.columns)} columns>"
    with pytest.raises(KeyError, match="columns: id"):
        table.column("colour")


@pytest.mark.parametrize(("method", "extra"), [("to_frame", "pandas"), ("to_polars", "polars"), ("to_arrow", "arrow")])
def test_a_missing_library_names_the_extra(method: str, extra: str) -> None:
    module = {"pandas": "pandas", "polars": "polars", "arrow": "pyarrow"}[extra]
    code = (
        f"import sys; sys.modules[{module!r}] = None\n"
        "import povcoop\n"
        "try:\n"
        f"    povcoop.load().projects.{method}()\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert f'pip install "povcoop[{extra}]"' in result.stdout


def test_to_records_stays_plain(cat: povcoop.Catalog) -> None:
    record = cat.metrics.where(id="bri-absolute-poverty-claim").to_records()[0]
    assert record["value"] == {"number": 7.6, "unit": "people", "scale": 1_000_000, "type": "projected"}
    assert record["based_on"] == "bri-extreme-poverty-world-bank"
    assert isinstance(cat.projects[0], Entity)


# -- the fast paths agree with the reference ---------------------------------------------------
#
# A table's rows are read first by a generated loop, and what rows make of the entities, codes
# and dates they link is made once per distinct object and shared. The reference reads every
# column row by row: no generated loop, every row its own group (so a project's inherited codes
# are its property, read for each project).


def _column_by_column(self: Any, plan: Any) -> None:
    """The reference skips the generated loop: each path is read by the reader's own steps."""


def _each_row_alone(self: Any, owners: Any, keys: Any) -> Any:
    rows = len(self(owners))
    return list(range(rows)), list(range(rows))


def _read(specs: Any, items: Any, *, generate: bool, grouped: bool = False, reference: bool = False) -> Any:
    with pytest.MonkeyPatch.context() as patch:
        if not generate:
            patch.setattr(views_reader._Reader, "read_first", _column_by_column)
        if reference:
            patch.setattr(views_reader._Reader, "_distinct", _each_row_alone)
        data = views_reader._columns(specs, items, grouped=grouped)
    return {name: list(values) for name, values in data.items()}


def _agree(entity_type: type[Entity], items: Any) -> dict[str, list[Any]]:
    """Assert that every path reads ``items`` as the reference does; return the reference."""
    specs = views_specs._specs_of(entity_type)
    expected: dict[str, list[Any]] = _read(specs, items, generate=False, reference=True)
    for generate in (False, True):
        for grouped in (False, True):
            assert _read(specs, items, generate=generate, grouped=grouped) == expected, (generate, grouped)
    return expected


@pytest.mark.parametrize("kind", list(ENTITY_TYPES))
def test_the_fast_paths_read_the_shipped_data_as_the_reference(cat: povcoop.Catalog, kind: str) -> None:
    expected = _agree(ENTITY_TYPES[kind], tuple(cat[kind]))  # type: ignore[index]
    assert expected == dict(cat[kind].to_table().data)


def test_a_project_inherits_the_codes_of_its_own_sectors(cat: povcoop.Catalog) -> None:
    """Equal-looking sectors of another catalog (the same id, other codes) are told apart."""
    agriculture = next(s for s in cat.sectors if s.dac_crs)
    other = attrs.evolve(agriculture, dac_crs=(*agriculture.dac_crs[:1], povcoop.Code("oecd-dac-crs-purpose", "99810")))
    project = next(p for p in cat.projects if agriculture in p.sectors)
    projects = [
        attrs.evolve(project, id=f"{project.id}-{n}", sectors=(agriculture if n % 2 else other,)) for n in range(4)
    ]
    data = _agree(povcoop.Project, projects)
    assert data["all_dac_crs"] == [tuple(c.code for c in p.all_dac_crs) for p in projects]
    assert data["all_dac_crs"][0] != data["all_dac_crs"][1]
    assert data["sector_ids"][0] == data["sector_ids"][1]


def _replicated(cat: povcoop.Catalog, count: int) -> list[povcoop.Project]:
    """The shipped projects under new ids, each with tuples of its own (as the benchmark makes them)."""
    shipped = list(cat.projects)
    made = []
    for n in range(count):
        project = shipped[n % len(shipped)]
        tuples: dict[str, Any] = {
            field.name: (*value,)
            for field in attrs.fields(type(project))
            if isinstance(value := getattr(project, field.name), tuple)
        }
        made.append(attrs.evolve(project, id=f"{project.id}-{n}", **tuples))
    return made


def test_a_large_collection_makes_the_reference_frame(cat: povcoop.Catalog) -> None:
    pandas = pytest.importorskip("pandas")
    projects = _replicated(cat, 1_007)
    data = _agree(povcoop.Project, projects)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(views_reader._Reader, "read_first", _column_by_column)
        patch.setattr(views_reader._Reader, "_distinct", _each_row_alone)
        reference = views_frames.to_pandas(table_of(povcoop.Project, projects))
    frame = povcoop.Collection(povcoop.Project, projects).to_frame()
    pandas.testing.assert_frame_equal(frame, reference)
    # Rows that link the same entities share one tuple of their ids, made once.
    same = [n for n, p in enumerate(projects) if p.sectors == projects[0].sectors]
    assert len(same) > 1 and all(data["sector_ids"][n] == data["sector_ids"][0] for n in same)
    table = table_of(povcoop.Project, projects)
    assert all(table.data["sector_ids"][n] is table.data["sector_ids"][0] for n in same)


@st.composite
def _projects(draw: st.DrawFn, cat: povcoop.Catalog) -> list[povcoop.Project]:
    """Projects made of the shipped ones: links, codes, dates and evidence drawn anew, in tuples
    of their own; codes and dates either the shipped objects or equal copies of them; sectors
    either the catalog's or equal-looking ones with other codes."""
    sectors = list(cat.sectors)
    sectors += [attrs.evolve(s, dac_crs=s.dac_crs[::-1], sdg_targets=s.sdg_targets[1:]) for s in sectors[:2]]
    codes = {
        "own_dac_crs": sorted({c for s in cat.sectors for c in s.dac_crs}, key=str),
        "own_sdg_targets": sorted({c for s in cat.sectors for c in s.sdg_targets}, key=str),
        "aid_types": sorted({c for p in cat.projects for c in p.aid_types}, key=str),
    }
    links: dict[str, list[Any]] = {
        "countries": list(cat.countries),
        "participant_groups": list(cat.organizations),
        "sectors": sectors,
        "partners": list(cat.organizations),
        "implementers": list(cat.organizations),
        "presented_in": list(cat.sources),
    }
    dates: list[Any] = [None, *{d for p in cat.projects for d in (p.launched, p.start, p.end) if d is not None}]
    made = []
    for n in range(draw(st.integers(1, 12))):
        project = draw(st.sampled_from(list(cat.projects)))
        changes: dict[str, Any] = {"id": f"{project.id}-{n}"}
        for name, choices in links.items():
            changes[name] = tuple(draw(st.lists(st.sampled_from(choices), max_size=3, unique_by=id)))
        for name, choices in codes.items():
            picked = draw(st.lists(st.sampled_from(choices), max_size=3, unique=True))
            copy = draw(st.booleans())
            changes[name] = tuple(povcoop.Code(c.scheme, c.code, c.name) if copy else c for c in picked)
        for name in ("launched", "start", "end"):
            date = draw(st.sampled_from(dates))
            changes[name] = date if date is None or draw(st.booleans()) else attrs.evolve(date)
        changes["region"] = draw(st.sampled_from([None, *cat.regions]))
        changes["initiative"] = draw(st.sampled_from([None, *cat.initiatives]))
        changes["evidence"] = tuple(draw(st.permutations(project.evidence))[: draw(st.integers(0, 4))])
        made.append(attrs.evolve(project, **changes))
    return made


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_fast_paths_read_generated_projects_as_the_reference(cat: povcoop.Catalog, data: st.DataObject) -> None:
    projects = data.draw(_projects(cat))
    # Repeated, so that rows share groups; each copy with tuples of its own.
    rows = [attrs.evolve(p, id=f"{p.id}-{n}", sectors=(*p.sectors,)) for n in range(3) for p in projects]
    expected = _agree(povcoop.Project, rows)
    assert expected["all_sdg_targets"] == [tuple(c.code for c in p.all_sdg_targets) for p in rows]


def test_to_frames_are_the_frames_of_the_plain_tables(cat: povcoop.Catalog) -> None:
    pandas = pytest.importorskip("pandas")
    frames = cat.to_frames()
    tables = cat.to_tables()
    assert list(frames) == list(tables)
    for name, table in tables.items():
        pandas.testing.assert_frame_equal(frames[name], views_frames.to_pandas(table), obj=name)
