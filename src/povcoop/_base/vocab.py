"""The vocabularies of povcoop, each defined once: records and entities both use them.

A vocabulary is a :class:`typing.Literal`; :data:`VOCABULARIES` gives each one's values by name,
for error messages, ``help()`` and the data dictionary. Most are closed: a value outside them is
an error. Those in :data:`OPEN_VOCABULARIES` list the release's values but accept others (a
user's projects may be of kinds the release never names).

>>> VOCABULARIES["ProjectStatus"]
('planned', 'ongoing', 'completed', 'reported')
"""

from __future__ import annotations

import types
from typing import Any, Final, Literal, Union, get_args, get_origin

import attrs

Basis = Literal["stated", "inferred", "external"]
"""How a piece of evidence supports its record: a quote of the source, a reasoned inference, or
an outside source."""

ProjectStatus = Literal["planned", "ongoing", "completed", "reported"]
"""How far a project has come; ``reported`` when the release says only that it exists or was
carried out, without saying whether it is still under way."""

ValueType = Literal["achieved", "projected", "target", "share"]
"""What kind of figure a metric's value is."""

StatementMode = Literal["direct", "indirect"]
"""Whether a statement is quoted as said (direct) or reported (indirect)."""

Period = Literal["day", "month", "year"]
"""The period a poverty line is expressed per."""

SourceType = Literal[
    "news release",
    "press conference",
    "report",
    "working paper",
    "book",
    "web page",
    "news report",
    "standard",
    "code list",
    "dataset",
    "document",
]
"""What a source is."""

OrganizationType = Literal[
    "government",
    "government ministry",
    "news agency",
    "intergovernmental organization",
    "international financial institution",
    "research and training centre",
    "university",
    "office",
    "unclassified",
]
"""What an organisation is; ``unclassified`` for one read from an IATI file whose IATI type
(``iati_type``) is none of these."""

InitiativeType = Literal["development strategy", "cooperation plan", "goal framework", "cooperation initiative"]
"""What an initiative is."""

KnownProjectType = Literal[
    "cooperation plan",
    "technical assistance",
    "infrastructure",
    "demonstration centre",
    "demonstration area",
    "technical cooperation",
]
"""The kinds of project the release names."""

ProjectType = KnownProjectType | str
"""What a project is: one of the release's terms (:data:`KnownProjectType`) or any other (an open
vocabulary)."""

StatementType = Literal["question", "answer", "letter", "commitment", "remark"]
"""What a statement is."""

EventType = Literal["press conference", "letter", "publication", "summit"]
"""What an event is."""

AmountElement = Literal["budget", "planned-disbursement", "transaction"]
"""The IATI element an amount total sums."""

_DECLARED: Final[dict[str, Any]] = {
    "Basis": Basis,
    "ProjectStatus": ProjectStatus,
    "ValueType": ValueType,
    "StatementMode": StatementMode,
    "Period": Period,
    "SourceType": SourceType,
    "OrganizationType": OrganizationType,
    "InitiativeType": InitiativeType,
    "ProjectType": ProjectType,
    "StatementType": StatementType,
    "EventType": EventType,
    "AmountElement": AmountElement,
}
"""Every vocabulary, by the name of its ``Literal`` (the open project type with its other values):
the one list that :data:`VOCABULARIES` and :func:`vocabulary_of` read."""

VOCABULARIES: Final[dict[str, tuple[str, ...]]] = {
    name: get_args(next((arg for arg in get_args(value) if get_origin(arg) is Literal), value))
    for name, value in _DECLARED.items()
}
"""Every vocabulary's values (an open one's known values), by the name of its ``Literal``."""

OPEN_VOCABULARIES: Final = frozenset({"ProjectType"})
"""The vocabularies that accept values besides those listed: a project's ``type``."""


@attrs.frozen
class Vocabulary:
    """A vocabulary as an object: its name, its values (an open one's known values), whether it
    accepts others, and the annotation fields are declared with.

    >>> vocabulary_of(ProjectStatus).values
    ('planned', 'ongoing', 'completed', 'reported')
    >>> vocabulary_of(ProjectType).open, vocabulary_of(str)
    (True, None)
    """

    name: str
    values: tuple[str, ...]
    open: bool
    annotation: Any = attrs.field(eq=False, repr=False)


def _vocabulary(name: str, annotation: Any) -> Vocabulary:
    known = next((arg for arg in get_args(annotation) if get_origin(arg) is Literal), annotation)
    return Vocabulary(name, get_args(known), name in OPEN_VOCABULARIES, annotation)


_BY_ANNOTATION: Final[dict[Any, Vocabulary]] = {
    annotation: _vocabulary(name, annotation) for name, annotation in _DECLARED.items()
}


def vocabulary_of(annotation: Any) -> Vocabulary | None:
    """The vocabulary a type is (a ``Literal`` of this module, or the open project type), or ``None``."""
    if get_origin(annotation) not in (Literal, Union, types.UnionType):
        return None
    return _BY_ANNOTATION.get(annotation)
