"""What a table is: a :class:`Table` is plain Python, a name, ordered :class:`Column` definitions
(each with a logical type), the values of each column, a primary key and foreign keys
(:class:`ForeignKey`). Every table of povcoop, of an entity, a link or evidence, and every
format made of them, is one.

>>> Table("letters", "Two letters.", (Column("id", "string", "The letter."),), {"id": ["a", "b"]}, ("id",)).records()
[{'id': 'a'}, {'id': 'b'}]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final, Literal

import attrs

LogicalType = Literal["string", "integer", "number", "boolean", "date", "category", "strings"]
"""A column's type: text, a whole number, a real number, true or false, a calendar date, a word
of a closed vocabulary (``category``), or a tuple of strings (``strings``)."""

LOGICAL_TYPES: Final[tuple[LogicalType, ...]] = (
    "string",
    "integer",
    "number",
    "boolean",
    "date",
    "category",
    "strings",
)


@attrs.frozen
class Column:
    """One column of a :class:`Table`: its name, logical type and description.

    A ``category`` column also gives the values it may take, in order.

    >>> import povcoop
    >>> status = povcoop.load().projects.to_table().column("status")
    >>> status.type, status.categories
    ('category', ('planned', 'ongoing', 'completed', 'reported'))
    """

    name: str
    type: LogicalType
    doc: str
    categories: tuple[str, ...] | None = None


@attrs.frozen
class ForeignKey:
    """A column of a table that holds ids of another table's column.

    ``column`` holds values of ``table``'s ``reference`` column.

    >>> import povcoop
    >>> povcoop.load().projects.to_table().foreign_keys[0]
    ForeignKey(column='region_id', table='regions', reference='id')
    """

    column: str
    table: str
    reference: str = "id"


@attrs.frozen(eq=False)
class Table:
    """A tidy table of plain Python values, stored by column.

    ``data`` maps each column's name to its values (one per row): ``str``, ``int``, ``float``,
    ``bool``, :class:`datetime.date`, a tuple of ``str`` for a ``strings`` column, or ``None``.

    >>> import povcoop
    >>> from povcoop._views.tables import table_of
    >>> countries = table_of(povcoop.Country, povcoop.load().countries)
    >>> len(countries), countries.column("numeric").type, countries.data["numeric"][0]
    (12, 'string', '156')
    """

    name: str
    doc: str
    columns: tuple[Column, ...]
    data: Mapping[str, Sequence[Any]]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()

    def __len__(self) -> int:
        return len(self.data[self.columns[0].name]) if self.columns else 0

    def __repr__(self) -> str:
        return f"<Table {self.name!r}: {len(self)} rows, {len(self.columns)} columns>"

    @property
    def column_names(self) -> tuple[str, ...]:
        """The columns' names, in order."""
        return tuple(column.name for column in self.columns)

    def column(self, name: str) -> Column:
        """The column called ``name``; a KeyError naming the columns when there is none."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name} has no column {name!r}; columns: {', '.join(self.column_names)}")

    def rows(self) -> Iterator[tuple[Any, ...]]:
        """The rows, each a tuple of values in the columns' order."""
        return zip(*(self.data[name] for name in self.column_names), strict=True)

    def records(self) -> list[dict[str, Any]]:
        """The rows as dicts, column name to value."""
        names = self.column_names
        return [dict(zip(names, row, strict=True)) for row in self.rows()]
