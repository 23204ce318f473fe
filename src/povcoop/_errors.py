"""The one exception family of povcoop, and the located problems it carries."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

_SHOWN = 50


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with the input, and where: file, record index and id, field path.

    >>> print(Problem(file="projects.json", index=3, id="x", field="region", message="no region 'y'"))
    projects.json, record 3 (id 'x'), field region: no region 'y'
    """

    file: str | None = None
    index: int | None = None
    id: str | None = None
    field: str | None = None
    message: str

    def __str__(self) -> str:
        place = [self.file] if self.file else []
        if self.index is not None:
            place.append(f"record {self.index}" + (f" (id {self.id!r})" if self.id else ""))
        elif self.id:
            place.append(f"id {self.id!r}")
        if self.field:
            place.append(f"field {self.field}")
        return f"{', '.join(place)}: {self.message}" if place else self.message


class DataError(ValueError):
    """Input that povcoop cannot load; ``problems`` lists every problem found, each located.

    >>> err = DataError([Problem(file="a.json", message="not JSON")])
    >>> err.problems[0].file, isinstance(err, ValueError)
    ('a.json', True)
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        if not self.problems:
            raise ValueError("a DataError needs at least one problem")
        lines = [str(p) for p in self.problems[:_SHOWN]]
        if len(self.problems) > _SHOWN:
            lines.append(f"... and {len(self.problems) - _SHOWN} more (see .problems)")
        count = len(self.problems)
        heading = f"{count} problem{'s' if count != 1 else ''} in the data:"
        super().__init__("\n  ".join([heading, *lines]))

    def __reduce__(self) -> tuple[type[DataError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))
