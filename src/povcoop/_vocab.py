"""The vocabularies of povcoop, each defined once: records and entities both use them.

A vocabulary is a :class:`typing.Literal`; :data:`VOCABULARIES` gives each one's values by name,
for error messages, ``help()`` and the data dictionary. Most are closed: a value outside them is
an error. Those in :data:`OPEN_VOCABULARIES` list the release's values but accept others (a
user's projects may be of kinds the release never names).

>>> VOCABULARIES["ProjectStatus"]
('planned', 'ongoing', 'completed', 'reported')
"""

from __future__ import annotations

from typing import Final, Literal, get_args

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

VOCABULARIES: Final[dict[str, tuple[str, ...]]] = {
    name: get_args(value)
    for name, value in {
        "Basis": Basis,
        "ProjectStatus": ProjectStatus,
        "ValueType": ValueType,
        "StatementMode": StatementMode,
        "Period": Period,
        "SourceType": SourceType,
        "OrganizationType": OrganizationType,
        "InitiativeType": InitiativeType,
        "ProjectType": KnownProjectType,
        "StatementType": StatementType,
        "EventType": EventType,
        "AmountElement": AmountElement,
    }.items()
}
"""Every vocabulary's values (an open one's known values), by the name of its ``Literal``."""

OPEN_VOCABULARIES: Final = frozenset({"ProjectType"})
"""The vocabularies that accept values besides those listed: a project's ``type``."""
