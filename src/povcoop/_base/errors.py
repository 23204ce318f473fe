"""The one exception family of povcoop, and the located problems it carries."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Final, SupportsIndex

import attrs

_SHOWN = 50
_ECHO = 80

MAX_PROBLEMS_PER_FILE: Final = 1_000
"""The most problems a load keeps of one file; the others are counted, by code."""
MAX_PROBLEMS: Final = 10_000
"""The most problems a load keeps in all; the others are counted, by file and code."""
MORE_PROBLEMS: Final = "more-problems"
"""The code of the problem that counts the problems a load found but did not keep."""


def clip(text: str, limit: int = _ECHO) -> str:
    """``text``, cut to ``limit`` characters with an ellipsis: input is echoed, never at length.

    >>> clip("x" * 100, 10)
    'xxxxxxxxx…'
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shorten(value: object, limit: int = _ECHO) -> str:
    """The ``repr`` of ``value`` for a message, cut to ``limit`` characters.

    >>> shorten("asia")
    "'asia'"
    """
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit]
        return repr(value)[:-1] + "…'"
    return clip(repr(value), limit)


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with the input, and where it is.

    Where: the file, the record's index (in a JSON Lines file, ``.jsonl``, its line number) and
    id, the field's path; what: a machine-readable
    ``code`` (``dangling-reference``, ``quote-not-found``...; the list is in the
    documentation's architecture page) and a message for people.

    >>> p = Problem(file="projects.json", index=3, id="x", field="region", code="dangling-reference",
    ...             message="no region 'y'")
    >>> print(p)
    projects.json, record 3 (id 'x'), field region: no region 'y' [dangling-reference]
    """

    file: str | None = None
    index: int | None = None
    id: str | None = None
    field: str | None = None
    code: str = "invalid"
    message: str

    def __str__(self) -> str:
        place = [self.file] if self.file else []
        if self.index is not None:
            unit = "line" if self.file and self.file.endswith(".jsonl") else "record"  # a JSON Lines file's records
            place.append(f"{unit} {self.index}" + (f" (id {self.id!r})" if self.id else ""))
        elif self.id:
            place.append(f"id {self.id!r}")
        if self.field:
            place.append(f"field {self.field}")
        text = f"{', '.join(place)}: {self.message}" if place else self.message
        return f"{text} [{self.code}]"


class ProblemLog(list[Problem]):
    """The problems of a load, kept up to a cap per file and in all; the others counted by file
    and code, so that memory stays proportional to the caps whatever the input.

    >>> log = ProblemLog(per_file=2)
    >>> log.extend(Problem(file="a.json", code="wrong-type", message="x") for _ in range(5))
    >>> len(log), log.found
    (2, 5)
    >>> print(log.summary()[0])
    a.json: 3 more problems found and not listed (povcoop keeps 2 a file and 10,000 a load): \
wrong-type 3 [more-problems]
    """

    def __init__(self, *, per_file: int = MAX_PROBLEMS_PER_FILE, total: int = MAX_PROBLEMS) -> None:
        super().__init__()
        self.per_file = per_file
        self.total = total
        self.found = 0
        """Every problem found, kept or not."""
        self.kept_of: Counter[str | None] = Counter()
        self.omitted: Counter[tuple[str | None, str]] = Counter()

    def append(self, problem: Problem) -> None:
        """Keep ``problem`` when under the caps, else count it."""
        self.found += 1
        if self.kept_of[problem.file] < self.per_file and len(self) < self.total:
            self.kept_of[problem.file] += 1
            super().append(problem)
        else:
            self.omitted[(problem.file, problem.code)] += 1

    def extend(self, problems: Iterable[Problem]) -> None:
        """Add each problem; another log's counts of problems it did not keep are added too."""
        for problem in problems:
            self.append(problem)
        if isinstance(problems, ProblemLog):
            self.found += sum(problems.omitted.values())
            self.omitted.update(problems.omitted)

    def count_omitted(self, file: str | None, codes: Counter[str]) -> None:
        """Count problems of ``file`` by code, without keeping them (the file's share is full)."""
        for code, number in codes.items():
            self.found += number
            self.omitted[(file, code)] += number

    def insert(self, index: SupportsIndex, problem: Problem) -> None:  # pragma: no cover - not used
        raise TypeError("a ProblemLog only appends")

    @property
    def full(self) -> bool:
        """Whether some problem was counted and not kept."""
        return bool(self.omitted)

    def summary(self) -> list[Problem]:
        """One ``more-problems`` problem per file with problems not kept: how many, of what codes."""
        by_file: dict[str | None, Counter[str]] = {}
        for (file, code), count in self.omitted.items():
            by_file.setdefault(file, Counter())[code] += count
        caps = f"povcoop keeps {self.per_file:,} a file and {self.total:,} a load"
        return [
            Problem(
                file=file,
                code=MORE_PROBLEMS,
                message=(
                    f"{sum(codes.values()):,} more problems found and not listed ({caps}): "
                    + ", ".join(f"{code} {count:,}" for code, count in codes.most_common())
                ),
            )
            for file, codes in by_file.items()
        ]

    def all(self) -> list[Problem]:
        """The problems kept, then the summary of those not kept."""
        return [*self, *self.summary()]


class DataError(ValueError):
    """Input that povcoop cannot load; ``problems`` lists every problem found, each located.

    >>> err = DataError([Problem(file="a.json", code="invalid-json", message="not JSON")])
    >>> err.problems[0].file, isinstance(err, ValueError)
    ('a.json', True)
    >>> DataError("a catalog needs a release").problems[0].message
    'a catalog needs a release'
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem] | str) -> None:
        """An error listing ``problems``; text is one problem with that message.

        The message shows the first 50 problems, one a line, and any ``more-problems`` summary;
        ``.problems`` holds them all (a load keeps up to :data:`MAX_PROBLEMS` and counts the rest).
        Raises ValueError when ``problems`` is empty: an error says what is wrong.

        >>> len(DataError([Problem(message="a"), Problem(message="b")]).problems)
        2
        """
        if isinstance(problems, str):
            problems = [Problem(message=problems)]
        self.problems = tuple(problems)
        if not self.problems:
            raise ValueError("a DataError needs at least one problem")
        listed = [p for p in self.problems if p.code != MORE_PROBLEMS]
        lines = [str(p) for p in listed[:_SHOWN]]
        if len(listed) > _SHOWN:
            lines.append(f"... and {len(listed) - _SHOWN} more (see .problems)")
        lines.extend(str(p) for p in self.problems if p.code == MORE_PROBLEMS)
        count = len(self.problems)
        heading = f"{count} problem{'s' if count != 1 else ''} in the data:"
        super().__init__("\n  ".join([heading, *lines]))

    def __reduce__(self) -> tuple[type[DataError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))
