"""The one exception family of povcoop, and the located problems it carries."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

_SHOWN = 50
_ECHO = 80


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

    Where: the file, the record's index and id, the field's path; what: a machine-readable
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
            place.append(f"record {self.index}" + (f" (id {self.id!r})" if self.id else ""))
        elif self.id:
            place.append(f"id {self.id!r}")
        if self.field:
            place.append(f"field {self.field}")
        text = f"{', '.join(place)}: {self.message}" if place else self.message
        return f"{text} [{self.code}]"


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

        The message shows the first 50 problems, one a line; ``.problems`` holds them all.
        Raises ValueError when ``problems`` is empty: an error says what is wrong.

        >>> len(DataError([Problem(message="a"), Problem(message="b")]).problems)
        2
        """
        if isinstance(problems, str):
            problems = [Problem(message=problems)]
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
