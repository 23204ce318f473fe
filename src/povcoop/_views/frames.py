"""Tables as DataFrames: :func:`to_pandas`, :func:`to_polars` and :func:`to_arrow` turn any
:class:`~povcoop._views.table.Table` into one with an explicit schema, so that a column of nulls
keeps its type; :func:`frame_of` and :func:`frames_of` make a kind's, or a catalog's, at once.

>>> import povcoop
>>> from povcoop._views.tables import table_of
>>> to_pandas(table_of(povcoop.Region, povcoop.load().regions)).index.name
'id'
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import TYPE_CHECKING, Any

from povcoop._base.extras import need
from povcoop._base.gc import gc_paused
from povcoop._domain.entities import Entity
from povcoop._views.reader import _Grouped
from povcoop._views.table import Column, LogicalType, Table
from povcoop._views.tables import table_of, tidy_tables

if TYPE_CHECKING:
    from povcoop._catalog.catalog import Catalog


def to_pandas(table: Table) -> Any:
    """A pandas DataFrame of ``table`` with typed columns, indexed by its primary key when that
    is one column (a kind's ``id``; link tables keep a plain range index).

    Types: ``string`` is pandas' ``string`` dtype (Python storage, which builds fastest),
    ``integer`` ``Int64``, ``number`` ``float64``, ``boolean`` ``boolean``, ``date``
    ``datetime64[s]``, ``category`` a Categorical with every value of the vocabulary in its
    order, ``strings`` an object column of Python lists.
    """
    pandas = need("pandas", "pandas")
    import numpy

    dtypes: dict[LogicalType, Any] = {
        "string": pandas.StringDtype("python"),
        "integer": "Int64",
        "number": "float64",
        "boolean": "boolean",
        "date": "datetime64[s]",
    }
    group_arrays: dict[int, Any] = {}  # by the groups' identity: columns of one key share them

    def array_of(column: Column, values: Sequence[Any]) -> Any:
        if isinstance(values, _Grouped):
            groups = group_arrays.get(id(values.groups))
            if groups is None:
                groups = numpy.fromiter(values.groups, dtype=numpy.intp, count=len(values.groups))
                group_arrays[id(values.groups)] = groups
            return array_of(column, values.values).take(groups)
        if column.type == "category":
            categories = column.categories or ()
            code_of = {value: code for code, value in enumerate(categories)}
            codes = numpy.fromiter(map(code_of.get, values, repeat(-1)), dtype=numpy.int16, count=len(values))
            return pandas.Categorical.from_codes(codes, categories=categories)
        if column.type == "strings":
            # fromiter, not asarray: tuples of equal length must not become a 2-D array.
            return numpy.fromiter(values, dtype=object, count=len(values))
        return pandas.array(values, dtype=dtypes[column.type])

    columns = {column.name: array_of(column, table.data[column.name]) for column in table.columns}
    frame = pandas.DataFrame(columns, copy=False)
    if len(table.primary_key) == 1:
        frame = frame.set_index(table.primary_key[0])
    return frame


def frame_of(entity_type: type[Entity], items: Iterable[Entity]) -> Any:
    """:func:`to_pandas` of :func:`table_of`, with the garbage collector paused: the plain
    table's lists (one of 100,000 values per column) are freed before it runs again, so that it
    never walks them."""
    need("pandas", "pandas")
    with gc_paused():
        return to_pandas(table_of(entity_type, items, grouped=True))


def frames_of(catalog: Catalog) -> dict[str, Any]:
    """:func:`to_pandas` of each of :func:`tidy_tables`, with the collector paused (see :func:`frame_of`)."""
    need("pandas", "pandas")
    with gc_paused():
        return {name: to_pandas(table) for name, table in tidy_tables(catalog, grouped=True).items()}


def to_polars(table: Table) -> Any:
    """A polars DataFrame of ``table`` with an explicit schema (``category`` is an ``Enum``)."""
    polars = need("polars", "polars")
    types: dict[LogicalType, Any] = {
        "string": polars.String,
        "integer": polars.Int64,
        "number": polars.Float64,
        "boolean": polars.Boolean,
        "date": polars.Date,
        "strings": polars.List(polars.String),
    }
    schema = {
        column.name: polars.Enum(list(column.categories or ())) if column.type == "category" else types[column.type]
        for column in table.columns
    }
    series = [polars.Series(name, table.data[name], dtype=dtype, strict=True) for name, dtype in schema.items()]
    return polars.DataFrame(series)


def arrow_schema(table: Table) -> Any:
    """The pyarrow schema of ``table`` (``category`` is a dictionary of int32 to string)."""
    pyarrow = need("pyarrow", "arrow")
    types: dict[LogicalType, Any] = {
        "string": pyarrow.string(),
        "integer": pyarrow.int64(),
        "number": pyarrow.float64(),
        "boolean": pyarrow.bool_(),
        "date": pyarrow.date32(),
        "category": pyarrow.dictionary(pyarrow.int32(), pyarrow.string()),
        "strings": pyarrow.list_(pyarrow.string()),
    }
    fields = [pyarrow.field(column.name, types[column.type], metadata={"doc": column.doc}) for column in table.columns]
    return pyarrow.schema(fields, metadata={"name": table.name, "primary_key": ",".join(table.primary_key)})


def to_arrow(table: Table) -> Any:
    """A pyarrow Table of ``table`` with the schema of :func:`arrow_schema`."""
    pyarrow = need("pyarrow", "arrow")
    schema = arrow_schema(table)
    arrays = []
    for column, field in zip(table.columns, schema, strict=True):
        values = table.data[column.name]
        if column.type == "category":
            categories = list(column.categories or ())
            position = {value: index for index, value in enumerate(categories)}
            indices = pyarrow.array([None if v is None else position[v] for v in values], type=pyarrow.int32())
            arrays.append(pyarrow.DictionaryArray.from_arrays(indices, pyarrow.array(categories, pyarrow.string())))
        else:
            arrays.append(pyarrow.array(values, type=field.type))
    return pyarrow.Table.from_arrays(arrays, schema=schema)
