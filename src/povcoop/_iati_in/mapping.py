"""One IATI activity, turned into povcoop records (dicts at rest) with their evidence, and what
povcoop does not map counted.

Every fact's evidence names the file (a source whose text is the file's text), the activity's
``iati-identifier`` and the element, by an XPath with positions and its line. A narrative's
evidence quotes its raw text in the file (escapes as written: ``A &amp; B``); another fact's
quotes the activity's raw ``<iati-identifier>`` element, and its ``locator`` names the fact's own
element. Each quote gives its ``offset`` in the file's text, where the reader found it: the load
checks that the quote is there, without searching the file for it.

>>> slug("XM-DAC-41114-PROJECT-00089622")
'xm-dac-41114-project-00089622'
>>> project_id("XM-DAC-41114-PROJECT-00089622")
'iati-xm-dac-41114-project-00089622-b76432b6'
"""

from __future__ import annotations

import array
import datetime
import functools
import hashlib
import html
import math
import re
from collections import Counter
from typing import TYPE_CHECKING, Any, Final

from povcoop._base.errors import Problem, clip
from povcoop._base.vocab import VOCABULARIES
from povcoop._codes.lists import ancestors_of, code_list
from povcoop._iati_in.xml import MAX_PATH
from povcoop._loading.read import Packed

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_QUOTE: Final = 10_000
"""The longest quote a record may hold (the record models' limit)."""
MIN_QUOTE: Final = 10
MAX_SHORT: Final = 1_000
MAX_EVIDENCE: Final = 1_000
PROJECT_TYPE: Final = "iati activity"
"""The ``type`` of a project read from an IATI file (an open vocabulary's term)."""

STATUS: Final[dict[str, str]] = {"1": "planned", "2": "ongoing", "3": "completed", "4": "completed"}
"""povcoop's status of each IATI ActivityStatus code that maps to one: 1 pipeline/identification,
2 implementation, 3 finalisation (the physical activity is complete), 4 closed. 5 cancelled, 6
suspended and an absent status are ``reported``: the file says the activity exists."""

ORGANIZATION_TYPE: Final[dict[str, str]] = {"10": "government"}
"""povcoop's organisation type of each IATI OrganisationType that is one of povcoop's; the others
are ``unclassified`` (their IATI type is kept in ``iati_type``)."""

SECTOR_FIELDS: Final[dict[str, tuple[str, str]]] = {
    "1": ("dac_crs", "oecd-dac-crs-purpose"),
    "2": ("dac_crs_categories", "oecd-dac-crs-category"),
    "7": ("sdg_goals", "un-sdg-goal"),
    "8": ("sdg_targets", "un-sdg-target"),
}
"""The project field and code list of each IATI SectorVocabulary povcoop checks codes of; 9 (SDG
indicators) goes to ``sdg_indicators`` unchecked (IATI ships no list of them); the others are
kept in ``iati_sectors`` with their vocabulary."""

POVCOOP_NAMESPACE: Final = "urn:povcoop:iati"
"""The namespace of the attributes povcoop's own IATI export adds (``povcoop:status``)."""
POVCOOP_STATUS: Final = f"{{{POVCOOP_NAMESPACE}}}status"
PROJECT_STATUSES: Final = frozenset(VOCABULARIES["ProjectStatus"])

REGION_LISTS: Final[dict[str, str]] = {"1": "oecd-dac-region", "2": "un-m49"}

_Spec = dict[str, tuple[frozenset[str], "dict[str, Any]"]]
_NARRATIVE: Final[_Spec] = {"narrative": (frozenset({XML_LANG}), {})}
_VALUE: Final[_Spec] = {"value": (frozenset({"currency", "value-date"}), {})}

MAPPED: Final[_Spec] = {
    "iati-identifier": (frozenset(), {}),
    "reporting-org": (frozenset({"ref", "type", "secondary-reporter"}), _NARRATIVE),
    "title": (frozenset(), _NARRATIVE),
    "description": (frozenset({"type"}), _NARRATIVE),
    "participating-org": (frozenset({"ref", "type", "role", "activity-id"}), _NARRATIVE),
    "activity-status": (frozenset({"code", POVCOOP_STATUS}), {}),
    "activity-date": (frozenset({"type", "iso-date"}), {}),
    "recipient-country": (frozenset({"code", "percentage"}), {}),
    "recipient-region": (frozenset({"code", "vocabulary", "vocabulary-uri", "percentage"}), {}),
    "sector": (frozenset({"code", "vocabulary", "vocabulary-uri", "percentage"}), {}),
    "default-flow-type": (frozenset({"code"}), {}),
    "default-finance-type": (frozenset({"code"}), {}),
    "default-aid-type": (frozenset({"code", "vocabulary"}), {}),
    "default-tied-status": (frozenset({"code"}), {}),
    "budget": (frozenset({"type"}), _VALUE),
    "planned-disbursement": (frozenset({"type"}), _VALUE),
    "transaction": (frozenset(), {"transaction-type": (frozenset({"code"}), {}), **_VALUE}),
    "document-link": (
        frozenset({"url"}),
        {
            "title": (frozenset(), _NARRATIVE),
            "language": (frozenset({"code"}), {}),
            "document-date": (frozenset({"iso-date"}), {}),
        },
    ),
    "related-activity": (frozenset({"ref", "type"}), {}),
}
"""What the reader maps: each element of an activity, the attributes of it that it maps, and its
children's specification. Anything else is counted in the unmapped report."""

ACTIVITY_ATTRIBUTES: Final = frozenset({"default-currency", XML_LANG})
ROOT_ATTRIBUTES: Final = frozenset({"version", "generated-datetime"})

_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")
_START_TAG_REST = re.compile(r"""(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*(/?)>""")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)


def slug(text: str, limit: int = 60) -> str:
    """``text`` as lower-case words of letters and digits joined by ``-``, at most ``limit`` long."""
    words = _NOT_SLUG.sub("-", text.lower()).strip("-")[:limit].strip("-")
    return words or "x"


def digest(text: str) -> str:
    """Eight hex digits of ``text``'s SHA-256: ids made from texts that fold alike stay apart."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def project_id(identifier: str) -> str:
    """The povcoop id of the activity ``identifier``: stable (the same identifier gives the same
    id in every read) and unique (the hash of the identifier as written tells apart identifiers
    whose slugs are equal)."""
    return f"iati-{slug(identifier)}-{digest(identifier)}"


@functools.lru_cache(maxsize=4_096)  # a file names its few organisations in every activity
def organization_id(ref: str | None, name: str) -> str:
    """The povcoop id of an organisation: from its IATI ref where it has one, else its name."""
    key = ref or name
    return f"iati-org-{slug(key)}-{digest(key)}"


def _name(tag: str) -> str:
    if tag == XML_LANG:
        return "xml:lang"
    return tag


def _unescape(raw: str) -> str:
    """The text an XML reader gives for the raw element content ``raw`` (references resolved,
    CDATA sections kept as they are)."""
    parts = []
    position = 0
    for match in _CDATA.finditer(raw):
        parts.append(html.unescape(raw[position : match.start()]))
        parts.append(match.group(1))
        position = match.end()
    parts.append(html.unescape(raw[position:]))
    return "".join(parts)


def _same_text(raw: str, parsed: str | None) -> bool:
    """Whether the raw element content ``raw`` reads as ``parsed`` (the parser's text)."""
    if "&" in raw or "<" in raw:
        return _unescape(raw) == (parsed or "")
    return raw == (parsed or "")


def _count(element: Any, spec: _Spec, path: str, counts: Counter[str]) -> None:
    for child in element:
        tag = child.tag
        if tag.__class__ is not str:  # a comment or a processing instruction
            continue
        _count_child(child, spec.get(tag), f"{path}/{_name(tag)}", counts)


def _count_child(child: Any, entry: tuple[frozenset[str], _Spec] | None, here: str, counts: Counter[str]) -> None:
    """Count ``child`` (at ``here``) if it is unmapped (``entry`` is ``None``), else its
    unmapped attributes and, below it, its unmapped descendants."""
    if entry is None:
        counts[here] += 1
        return
    attributes, children = entry
    for attribute in child.attrib:
        if attribute not in attributes:
            counts[f"{here}/@{_name(attribute)}"] += 1
    if len(child):
        _count(child, children, here, counts)


_TAGS: Final = {tag: ("<" + tag, "</" + tag, len(tag) + 1) for tag in ("iati-activity", "iati-identifier", "narrative")}
"""The opening and closing of each element the raw file is searched for, and the opening's length."""
_AFTER_NAME: Final = frozenset(" \t\n/>")


class RawFile:
    """The text of one file and a cursor through it, in document order: where each element
    that carries a quote (an activity, its identifier, a narrative) starts and ends."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cursor = 0

    def element(self, tag: str) -> tuple[int, int, int, int] | None:
        """The next element ``tag`` from the cursor: (start, content start, content end, end),
        or ``None``; the cursor moves past its start tag. The search starts where the last one
        ended, so a file's elements are found in one pass over its text, whatever its size."""
        text = self.text
        position = self.cursor
        opening, closing, length = _TAGS.get(tag) or ("<" + tag, "</" + tag, len(tag) + 1)
        while True:
            start = text.find(opening, position)
            if start == -1:
                return None
            after = start + length
            if text[after : after + 1] in _AFTER_NAME:
                break
            position = after
        if text[after] == ">":  # no attributes: the common case, without the pattern
            content = after + 1
            self.cursor = content
        else:
            match = _START_TAG_REST.match(text, after)
            if match is None:
                return None
            content = match.end()
            self.cursor = content
            if match.group(1):  # <tag/>: no content
                return start, content, content, content
        shut = text.find(closing, content)
        if shut == -1:
            return None
        end = text.find(">", shut)
        return start, content, shut, end + 1


class FileState:
    """What one file gives while it is read: its source id, its raw text, the unmapped counts
    and how many activities it holds."""

    def __init__(self, path: str, source_id: str, text: str) -> None:
        self.path = path
        self.source_id = source_id
        self.raw = RawFile(text)
        self.unmapped: Counter[str] = Counter()
        self.activities = 0


class Origins:
    """Where each project record comes from: its file, the activity's index in the file and its
    identifier, held compactly (a number a record for each, and the identifier strings the
    records hold too), since they are kept for every record while the records load.

    >>> origins = Origins()
    >>> origins.append("a.xml", 0, "XM-EX-1"); origins.append("b.xml", 4, "XM-EX-2")
    >>> len(origins), origins[1]
    (2, ('b.xml', 4, 'XM-EX-2'))
    """

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.files = array.array("I")
        self.indexes = array.array("q")
        self.identifiers: list[str] = []

    def append(self, path: str, index: int, identifier: str) -> None:
        if not self.paths or self.paths[-1] != path:  # records come file by file
            self.paths.append(path)
        self.files.append(len(self.paths) - 1)
        self.indexes.append(index)
        self.identifiers.append(identifier)

    def __len__(self) -> int:
        return len(self.identifiers)

    def __getitem__(self, record: int) -> tuple[str, int, str]:
        return self.paths[self.files[record]], self.indexes[record], self.identifiers[record]


class ProjectRecords(Packed):
    """The project records, packed ``batch`` at a time (the load's batches; they are all kept
    until the read ends, and packed they take a fraction of the memory), each unpacked with its
    identifier string the one its :class:`Origins` holds, as it was when made: the notes of its
    activity hold that string too, and the project built keeps it, not a copy.

    >>> origins = Origins()
    >>> records = ProjectRecords(2, origins)
    >>> identifier = "".join(["XM-EX-", "1"])
    >>> origins.append("a.xml", 0, identifier); records.append({"iati_identifier": identifier})
    >>> [record["iati_identifier"] is identifier for part in records.unpacked() for record in part]
    [True]
    """

    def __init__(self, batch: int, origins: Origins) -> None:
        super().__init__(batch)
        self.origins = origins

    def unpacked(self) -> Iterator[list[Any]]:
        identifiers = self.origins.identifiers
        start = 0
        for records in super().unpacked():
            for record, identifier in zip(records, identifiers[start : start + len(records)], strict=True):
                if record.get("iati_identifier") == identifier:
                    record["iati_identifier"] = identifier
            start += len(records)
            yield records


class Reading:
    """The records read from every file so far, and the problems and notes found."""

    def __init__(self, base_countries: Iterable[str], base_organizations: Iterable[str], batch: int) -> None:
        self.organizations: dict[str, dict[str, Any]] = {}
        self.countries: dict[str, dict[str, Any]] = {}
        self.sources: dict[str, dict[str, Any]] = {}
        self.texts: dict[str, str] = {}
        self.problems: list[Problem] = []
        self.notes: list[Problem] = []
        self.origins = Origins()
        """For each project record: its file, the activity's index and its identifier."""
        self.projects = ProjectRecords(batch, self.origins)
        self.identifiers: dict[str, tuple[str, int]] = {}
        self.base_countries = frozenset(base_countries)
        self.base_organizations = frozenset(base_organizations)
        self.files: list[FileState] = []


_ALPHA_3_BY_NAME: dict[str, str] = {}
_SUPPORTS: dict[tuple[str, ...], list[str]] = {}


def _alpha_3(alpha_2: str) -> str | None:
    """The ISO alpha-3 code of ``alpha_2``, through the shipped lists (equal names, same source)."""
    if not _ALPHA_3_BY_NAME:
        _ALPHA_3_BY_NAME.update({name: code for code, name in code_list("iso3166-1-alpha-3").items()})
    name = code_list("iso3166-1-alpha-2").get(alpha_2)
    return None if name is None else _ALPHA_3_BY_NAME.get(name)


def _numeric(alpha_3: str) -> str | None:
    name = code_list("iso3166-1-alpha-3").get(alpha_3)
    numeric = {n: c for c, n in code_list("iso3166-1-numeric").items()}
    return None if name is None else numeric.get(name)


class ActivityReader:
    """Turns one ``iati-activity`` element into a project record and the records it links to."""

    def __init__(self, reading: Reading, state: FileState, activity: Any, index: int, default_currency: str | None):
        self.reading = reading
        self.state = state
        self.activity = activity
        self.index = index
        self.xpath = f"/iati-activities/iati-activity[{index + 1}]"
        self.identifier = ""
        self.identifier_quote: tuple[str, int] | None = None
        self.evidence: list[dict[str, Any]] = []
        self.language = (activity.get(XML_LANG) or "").strip() or None
        self.default_currency = default_currency
        self.narratives: dict[Any, tuple[str, int] | None] = {}
        self.parsed: dict[Any, str] = {}
        """Each narrative's text as the parser read it (once: one string for its record and its quote)."""
        self.paths: dict[Any, str] = {activity: self.xpath}
        """The XPath of each element met so far, its positions counted as it was met."""
        self.children: dict[str, list[Any]] = {}
        """The activity's children of each tag, in document order."""
        self.scan()

    # -- places, problems, evidence ------------------------------------------------------

    def scan(self) -> None:
        """One pass over the activity's children: each tag's children in document order, each
        child's XPath (its position among the children of its tag, counted as they come), and
        what :data:`MAPPED` does not map counted (an unmapped element once, with all it holds)."""
        counts = self.state.unmapped
        children = self.children
        paths = self.paths
        prefix = self.xpath + "/"
        for attribute in self.activity.attrib:
            if attribute not in ACTIVITY_ATTRIBUTES:
                counts[f"iati-activity/@{_name(attribute)}"] += 1
        for child in self.activity:
            tag = child.tag
            if tag.__class__ is not str:  # a comment or a processing instruction
                continue
            same = children.get(tag)
            if same is None:
                same = children[tag] = []
            same.append(child)
            name = _name(tag)
            paths[child] = f"{prefix}{name}[{len(same)}]"
            _count_child(child, MAPPED.get(tag), f"iati-activity/{name}", counts)

    def first(self, tag: str) -> Any:
        """The activity's first child ``tag``, or ``None``."""
        same = self.children.get(tag)
        return same[0] if same else None

    def path_of(self, element: Any) -> str:
        """The XPath of ``element``, with a position at every step (an element the reader met
        in order has its path already; another's position is counted among its siblings)."""
        known = self.paths.get(element)
        if known is not None:
            return known
        parent = element.getparent()
        position = 1 + sum(1 for _ in element.itersiblings(element.tag, preceding=True))
        path = self.paths[element] = f"{self.path_of(parent)}/{_name(element.tag)}[{position}]"
        return path

    def where(self, element: Any, attribute: str | None = None) -> str:
        path = self.path_of(element) + (f"/@{attribute}" if attribute else "")
        return f"{path} (line {element.sourceline})"

    def problem(
        self, code: str, message: str, element: Any, attribute: str | None = None, *, note: bool = False
    ) -> None:
        found = Problem(
            file=clip(self.state.path, MAX_PATH),
            index=self.index,
            id=clip(self.identifier) if self.identifier else None,
            field=self.where(element, attribute),
            code=code,
            message=message,
        )
        (self.reading.notes if note else self.reading.problems).append(found)

    def cite(self, element: Any, *supports: str, quote: tuple[str, int] | None = None) -> dict[str, Any]:
        """Evidence that ``element`` of this activity states ``supports``: its own quote (a
        narrative's), else the activity's identifier element."""
        quote = quote or self.identifier_quote
        locator = f"{self.paths.get(element) or self.path_of(element)} (line {element.sourceline})"
        shared = _SUPPORTS.get(supports)
        if shared is None:  # one list per combination of fields, shared by the records (never changed)
            shared = _SUPPORTS[supports] = list(supports)
        evidence: dict[str, Any] = {
            "basis": "stated",
            "source": self.state.source_id,
            "locator": locator if len(locator) <= MAX_SHORT else clip(locator, MAX_SHORT),
            "supports": shared,
        }
        if quote is None:  # no identifier element to quote: the activity is then refused
            evidence["basis"] = "external"
            return evidence
        evidence["quote"] = quote[0]
        evidence["offset"] = quote[1]  # the loader checks the quote there, without a search
        return evidence

    # -- locating the raw text -------------------------------------------------------------

    def locate_quotes(self) -> None:
        """Find, in the file's text, the activity's identifier element and each narrative, in
        document order, and keep each one's quote where its text is what the parser read."""
        raw = self.state.raw
        text = raw.text
        for element in self.activity.iter("iati-activity", "iati-identifier", "narrative"):
            tag = element.tag
            found = raw.element(tag)
            if found is None:
                continue
            if tag == "narrative":
                self.narratives[element] = self._narrative_quote(element, found)
            elif tag == "iati-identifier" and self.identifier_quote is None:
                start, content, content_end, end = found
                if _same_text(text[content:content_end], element.text):
                    self.identifier_quote = (text[start:end], start)

    def _narrative_quote(self, element: Any, found: tuple[int, int, int, int]) -> tuple[str, int] | None:
        text = self.state.raw.text
        start, content, content_end, end = found
        body = text[content:content_end]
        parsed = element.text
        if not _same_text(body, parsed):
            return None  # a comment or a CDATA section misled the cursor: quote the identifier
        if parsed is not None:  # read once: the record's text and a plain quote share the string
            self.parsed[element] = parsed
        if MIN_QUOTE <= len(body) <= MAX_QUOTE:
            return (parsed if body == parsed else body), content
        if len(body) > MAX_QUOTE:
            return body[:MAX_QUOTE], content
        if end - start <= MAX_QUOTE:
            return text[start:end], start
        return None

    # -- codes and values ------------------------------------------------------------------

    def code(self, element: Any, attribute: str, scheme: str | None, *, required: bool = True) -> str | None:
        """The code in ``attribute`` of ``element``, stripped (whitespace noted), checked
        against ``scheme``'s shipped list: an unknown code is a problem."""
        raw = element.get(attribute)
        if raw is None:
            if required:
                self.problem("missing-code", f"no {attribute}", element, attribute)
            return None
        code: str = raw.strip()
        if code != raw:
            self.problem(
                "code-whitespace",
                f"the code {raw!r} has whitespace around it: read as {code!r}",
                element,
                attribute,
                note=True,
            )
        if not code:
            self.problem("unknown-code", "an empty code", element, attribute)
            return None
        if scheme is not None and code not in code_list(scheme):
            self.problem("unknown-code", f"{clip(code)!r} is not a code of {scheme}", element, attribute)
            return None
        return code

    def number(self, text: str | None, element: Any, attribute: str | None = None) -> float | None:
        if text is None:
            return None
        try:
            value = float(text.strip())
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            self.problem("bad-number", f"{clip(text.strip())!r} is not a number", element, attribute)
            return None
        return value

    def percentage(self, element: Any) -> float | None:
        value = self.number(element.get("percentage"), element, "percentage")
        if value is not None and not 0 <= value <= 100:
            self.problem("bad-number", f"a percentage of {value:g}, outside 0 to 100", element, "percentage")
            return None
        return value

    def date(self, text: str | None, element: Any, attribute: str) -> str | None:
        if text is None:
            self.problem("bad-date", f"no {attribute}", element, attribute)
            return None
        match = _ISO_DATE.match(text)
        try:
            if match is None:
                raise ValueError
            day = datetime.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            self.problem("bad-date", f"{clip(text)!r} is not a date (YYYY-MM-DD)", element, attribute)
            return None
        return day.isoformat()

    def narratives_of(self, parent: Any) -> list[tuple[dict[str, Any], Any]]:
        """The narratives of ``parent`` as ``{"text", "language"}`` dicts, each with its element."""
        found = []
        parent_path = self.path_of(parent)
        position = 0
        for narrative in parent.iterchildren("narrative"):
            position += 1
            self.paths[narrative] = f"{parent_path}/narrative[{position}]"
            text = self.parsed.get(narrative) or narrative.text or ""
            if not text.strip():
                self.problem("empty-narrative", "an empty narrative: not read", narrative, note=True)
                continue
            language = (narrative.get(XML_LANG) or "").strip() or self.language
            if language is not None and not _LANGUAGE.match(language):
                self.problem(
                    "bad-language", f"{clip(language)!r} is no language tag: not kept", narrative, "xml:lang", note=True
                )
                language = None
            if language is None:
                self.problem(
                    "no-language", "a narrative without xml:lang, in an activity without one", narrative, note=True
                )
            item: dict[str, Any] = {"text": text}
            if language is not None:
                item["language"] = language
            found.append((item, narrative))
        return found

    def narrative_evidence(self, narrative: Any, *supports: str) -> dict[str, Any]:
        return self.cite(narrative, *supports, quote=self.narratives.get(narrative))

    # -- the activity ------------------------------------------------------------------------

    def read(self) -> None:
        activity = self.activity
        identifier_element = self.first("iati-identifier")
        self.identifier = (identifier_element.text or "").strip() if identifier_element is not None else ""
        self.locate_quotes()
        # A rule problem does not stop the activity's other checks: every problem is listed at once.
        keep = True
        if not self.identifier:
            place = identifier_element if identifier_element is not None else activity
            self.problem("empty-identifier", "the activity has no iati-identifier", place)
            keep = False
        elif (seen := self.reading.identifiers.get(self.identifier)) is not None:
            message = f"the iati-identifier is also that of activity {seen[1]} of {clip(seen[0])}"
            self.problem("duplicate-identifier", message, identifier_element)
            keep = False
        else:
            self.reading.identifiers[self.identifier] = (self.state.path, self.index)
        record: dict[str, Any] = {"id": project_id(self.identifier), "type": PROJECT_TYPE}
        record["iati_identifier"] = clip(self.identifier, MAX_SHORT)
        self.evidence.append(self.cite(identifier_element, "iati_identifier", "id"))
        self.read_titles(record)
        self.read_descriptions(record)
        self.read_status(record)
        self.read_dates(record)
        self.read_places(record)
        self.read_sectors(record)
        self.read_organizations(record)
        self.read_defaults(record)
        self.read_amounts(record)
        self.read_documents(record)
        self.read_related(record)
        if len(self.evidence) > MAX_EVIDENCE:
            message = f"{len(self.evidence):,} facts: the evidence of the first {MAX_EVIDENCE:,} is kept"
            self.problem("evidence-capped", message, activity, note=True)
            del self.evidence[MAX_EVIDENCE:]
        record["evidence"] = self.evidence
        if not keep:
            return
        self.reading.projects.append(record)
        self.reading.origins.append(self.state.path, self.index, self.identifier)

    def read_titles(self, record: dict[str, Any]) -> None:
        titles = []
        for title in self.children.get("title", ()):
            for item, narrative in self.narratives_of(title):
                titles.append(item)
                self.evidence.append(self.narrative_evidence(narrative, "titles"))
        if titles:
            record["titles"] = titles
        name, name_zh, aliases = _names(titles, self.language)
        record["name"] = name or clip(self.identifier, MAX_SHORT)
        if name_zh:
            record["name_zh"] = name_zh
        if aliases:
            record["aliases"] = aliases

    def read_descriptions(self, record: dict[str, Any]) -> None:
        descriptions = []
        for description in self.children.get("description", ()):
            kind = self.code(description, "type", "iati-description-type", required=False)
            for item, narrative in self.narratives_of(description):
                if kind is not None:
                    item["type"] = kind
                descriptions.append(item)
                self.evidence.append(self.narrative_evidence(narrative, "descriptions"))
        if descriptions:
            record["descriptions"] = descriptions

    def read_status(self, record: dict[str, Any]) -> None:
        status = self.first("activity-status")
        code = None if status is None else self.code(status, "code", "iati-activity-status")
        record["status"] = STATUS.get(code or "", "reported")
        own = None if status is None else status.get(POVCOOP_STATUS)
        if own is not None:  # povcoop's own export states its status where IATI has no code for it
            if own.strip() in PROJECT_STATUSES:
                record["status"] = own.strip()
            else:
                self.problem("unknown-code", f"{clip(own)!r} is not a povcoop status", status, "povcoop:status")
        if code is not None:
            record["iati_status"] = code
            self.evidence.append(self.cite(status, "iati_status", "status"))

    def read_dates(self, record: dict[str, Any]) -> None:
        dates = []
        for element in self.children.get("activity-date", ()):
            kind = self.code(element, "type", "iati-activity-date-type")
            day = self.date(element.get("iso-date"), element, "iso-date")
            if kind is None or day is None:
                continue
            dates.append({"type": kind, "date": day})
            supports = ["iati_dates"]
            if kind == "2" and "start" not in record:
                record["start"] = day
                supports.append("start")
            if kind == "4" and "end" not in record:
                record["end"] = day
                supports.append("end")
            self.evidence.append(self.cite(element, *supports))
        if dates:
            record["iati_dates"] = dates

    def read_places(self, record: dict[str, Any]) -> None:
        shares: list[dict[str, Any]] = []
        percentages: list[float] = []
        for element in self.children.get("recipient-country", ()):
            code = self.code(element, "code", "iso3166-1-alpha-2")
            share: dict[str, Any] = self.share(element, percentages)
            country = None if code is None else self.country(code.upper(), element)
            if country is not None:
                shares.append({"country": country, **share})
                self.evidence.append(self.cite(element, "countries", "recipient_countries"))
        regions = []
        for element in self.children.get("recipient-region", ()):
            vocabulary = self.code(element, "vocabulary", "iati-region-vocabulary", required=False) or "1"
            code = self.code(element, "code", REGION_LISTS.get(vocabulary))
            share = self.share(element, percentages)
            if code is not None:
                regions.append({"code": code, "vocabulary": vocabulary, **self.uri(element), **share})
                self.evidence.append(self.cite(element, "recipient_regions"))
        if shares:
            record["countries"] = list(dict.fromkeys(share["country"] for share in shares))
            record["recipient_countries"] = shares
        if regions:
            record["recipient_regions"] = regions
        total = sum(percentages)
        if percentages and abs(total - 100) > 0.01:
            message = f"the recipient countries' and regions' percentages sum to {total:g}, not 100"
            first = self.first("recipient-country")
            first = first if first is not None else self.first("recipient-region")
            self.problem("percentages-not-100", message, first, note=True)

    def share(self, element: Any, percentages: list[float]) -> dict[str, Any]:
        """``{"percentage": ...}`` where ``element`` gives a valid one (kept in ``percentages``)."""
        percentage = self.percentage(element)
        if percentage is None:
            return {}
        percentages.append(percentage)
        return {"percentage": percentage}

    def uri(self, element: Any) -> dict[str, Any]:
        uri = (element.get("vocabulary-uri") or "").strip()
        return {"vocabulary_uri": clip(uri, MAX_SHORT)} if uri else {}

    def country(self, alpha_2: str, element: Any) -> str | None:
        """The id of the country ``alpha_2`` (the base's, or one made from the shipped lists)."""
        alpha_3 = _alpha_3(alpha_2)
        if alpha_3 is None:
            self.problem(
                "unknown-code", f"{alpha_2!r} has no ISO 3166-1 alpha-3 code in povcoop's lists", element, "code"
            )
            return None
        if alpha_3 in self.reading.base_countries or alpha_3 in self.reading.countries:
            return alpha_3
        numeric = _numeric(alpha_3)
        chain = [code for _, code in ancestors_of("un-m49", numeric)] if numeric else []
        if len(chain) < 3:
            self.problem("no-m49-region", f"{alpha_2!r} has no UN M49 region: not linked", element, "code", note=True)
            return None
        evidence = self.cite(element, "id")  # the same dict as the one whose quote is located
        evidence["note"] = "The name, ISO 3166-1 codes and UN M49 regions are those of povcoop's shipped code lists."
        self.reading.countries[alpha_3] = {
            "id": alpha_3,
            "name": code_list("iso3166-1-alpha-3")[alpha_3],
            "alpha_2": alpha_2,
            "numeric": numeric,
            "m49_region": chain[-2],
            "m49_subregion": chain[-3],
            "evidence": [evidence],
        }
        return alpha_3

    def read_sectors(self, record: dict[str, Any]) -> None:
        sectors: list[dict[str, Any]] = []
        totals: dict[str, float] = {}
        for element in self.children.get("sector", ()):
            vocabulary = self.code(element, "vocabulary", "iati-sector-vocabulary", required=False) or "1"
            field, scheme = SECTOR_FIELDS.get(vocabulary, (None, None))
            code = self.code(element, "code", scheme)
            percentage = self.percentage(element)
            if percentage is not None:
                totals[vocabulary] = totals.get(vocabulary, 0.0) + percentage
            if code is None:
                continue
            sector: dict[str, Any] = {"code": clip(code, MAX_SHORT), "vocabulary": vocabulary, **self.uri(element)}
            if percentage is not None:
                sector["percentage"] = percentage
            sectors.append(sector)
            supports = ["iati_sectors"]
            if vocabulary == "9":
                field = "sdg_indicators"
            if field is not None:
                values = record.setdefault(field, [])
                if code not in values:
                    values.append(code)
                supports.append(field)
            self.evidence.append(self.cite(element, *supports))
        if sectors:
            record["iati_sectors"] = sectors
        for vocabulary, total in totals.items():
            if abs(total - 100) > 0.01:
                message = f"the percentages of the sectors of vocabulary {vocabulary} sum to {total:g}, not 100"
                first = next(e for e in self.children["sector"] if (e.get("vocabulary") or "1").strip() == vocabulary)
                self.problem("percentages-not-100", message, first, note=True)

    def organization(self, element: Any) -> str | None:
        """The id of the organisation ``element`` names (a reporting or participating org),
        its record made or extended; ``None`` when it has neither a ref nor a name."""
        ref = (element.get("ref") or "").strip() or None
        if ref is not None:  # an organisation already read by its ref: its names are not read again
            known = organization_id(ref, "")
            if known in self.reading.organizations or known in self.reading.base_organizations:
                return known
        names = self.narratives_of(element)
        texts = [item for item, _ in names]
        name, name_zh, aliases = _names(texts, self.language)
        if name is None and ref is None:
            self.problem(
                "unnamed-organisation", "an organisation with neither a ref nor a name: not read", element, note=True
            )
            return None
        identity = organization_id(ref, name or "")
        if identity in self.reading.organizations or identity in self.reading.base_organizations:
            return identity
        kind = self.code(element, "type", "iati-organisation-type", required=False)
        evidence = [self.narrative_evidence(narrative, "name") for _, narrative in names[:1]]
        evidence.append(self.cite(element, "id", *(["iati_ref"] if ref else []), *(["iati_type"] if kind else [])))
        organization: dict[str, Any] = {
            "id": identity,
            "name": clip(name or ref or "", MAX_SHORT),
            "type": ORGANIZATION_TYPE.get(kind or "", "unclassified"),
            "evidence": evidence,
        }
        if name_zh:
            organization["name_zh"] = name_zh
        if aliases:
            organization["aliases"] = aliases
        if ref:
            organization["iati_ref"] = clip(ref, MAX_SHORT)
        if kind:
            organization["iati_type"] = kind
        self.reading.organizations[identity] = organization
        return identity

    def read_organizations(self, record: dict[str, Any]) -> None:
        reporting = self.first("reporting-org")
        if reporting is not None:
            identity = self.organization(reporting)
            if identity is not None:
                record["reporting_org"] = identity
                supports = ["reporting_org"]
                secondary = reporting.get("secondary-reporter")
                if secondary is not None:
                    record["secondary_reporter"] = secondary.strip() in ("1", "true")
                    supports.append("secondary_reporter")
                self.evidence.append(self.cite(reporting, *supports))
        participants, implementers = [], []
        for element in self.children.get("participating-org", ()):
            role = self.code(element, "role", "iati-organisation-role")
            kind = self.code(element, "type", "iati-organisation-type", required=False)
            identity = self.organization(element)
            if role is None or identity is None:
                continue
            participant: dict[str, Any] = {"organization": identity, "role": role}
            if kind:
                participant["type"] = kind
            for attribute, key in (("ref", "ref"), ("activity-id", "activity_id")):
                value = (element.get(attribute) or "").strip()
                if value:
                    participant[key] = clip(value, MAX_SHORT)
            participants.append(participant)
            supports = ["participants"]
            if role == "4" and identity not in implementers:
                implementers.append(identity)
                supports.append("implementers")
            self.evidence.append(self.cite(element, *supports))
        if participants:
            record["participants"] = participants
        if implementers:
            record["implementers"] = implementers

    def read_defaults(self, record: dict[str, Any]) -> None:
        for tag, field, scheme in (
            ("default-flow-type", "flow_type", "iati-flow-type"),
            ("default-finance-type", "finance_type", "iati-finance-type"),
            ("default-tied-status", "tied_status", "iati-tied-status"),
        ):
            element = self.first(tag)
            if element is None:
                continue
            code = self.code(element, "code", scheme)
            if code is not None:
                record[field] = code
                self.evidence.append(self.cite(element, field))
        aid_types = []
        for element in self.children.get("default-aid-type", ()):
            vocabulary = self.code(element, "vocabulary", "iati-aid-type-vocabulary", required=False) or "1"
            if vocabulary != "1":
                self.state.unmapped[f"iati-activity/default-aid-type[@vocabulary={vocabulary}]"] += 1
                continue
            code = self.code(element, "code", "iati-aid-type")
            if code is not None and code not in aid_types:
                aid_types.append(code)
                self.evidence.append(self.cite(element, "aid_types"))
        if aid_types:
            record["aid_types"] = aid_types
        if self.default_currency is not None:
            record["default_currency"] = self.default_currency
            self.evidence.append(self.cite(self.activity, "default_currency"))

    def amount(self, element: Any, tag: str) -> tuple[tuple[str, str | None, str], float, str | None] | None:
        """The key (element, type, currency), the amount and the value date of a budget, a
        planned disbursement or a transaction; ``None`` where it has none to read."""
        if tag == "transaction":
            kind_element = element.find("transaction-type")
            kind = None if kind_element is None else self.code(kind_element, "code", "iati-transaction-type")
        else:
            kind = self.code(element, "type", "iati-budget-type", required=False)
        value = element.find("value")
        if value is None:
            return None
        amount = self.number(value.text, value)
        if value.get("currency") is not None:
            currency = self.code(value, "currency", "iati-currency")
        else:
            currency = self.default_currency
            if currency is None:
                message = "a value without a currency, in an activity without a default currency"
                self.problem("missing-currency", message, value)
        day = None if value.get("value-date") is None else self.date(value.get("value-date"), value, "value-date")
        if amount is None or currency is None:
            return None
        return (tag, kind, currency), amount, day

    def read_amounts(self, record: dict[str, Any]) -> None:
        totals: dict[tuple[str, str | None, str], dict[str, Any]] = {}
        places: dict[tuple[str, str | None, str], list[Any]] = {}
        for tag in ("budget", "planned-disbursement", "transaction"):
            for element in self.children.get(tag, ()):
                found = self.amount(element, tag)
                if found is None:
                    continue
                key, amount, day = found
                total = totals.get(key)
                if total is None:
                    total = totals[key] = {"element": tag, "currency": key[2], "total": 0.0, "count": 0}
                    if key[1] is not None:
                        total["type"] = key[1]
                    places[key] = []
                total["total"] += amount
                total["count"] += 1
                places[key].append(element.find("value"))
                if day is not None:
                    first, last = total.get("first_value_date"), total.get("last_value_date")
                    total["first_value_date"] = day if first is None or day < first else first
                    total["last_value_date"] = day if last is None or day > last else last
        for key, total in totals.items():
            first, last = places[key][0], places[key][-1]
            evidence = self.cite(first, "amounts")
            if last is not first:
                span = f"{self.where(first)} to {self.where(last)} ({total['count']:,} values)"
                evidence["locator"] = clip(span, MAX_SHORT)
            self.evidence.append(evidence)
        if totals:
            record["amounts"] = list(totals.values())

    def read_documents(self, record: dict[str, Any]) -> None:
        documents = []
        for element in self.children.get("document-link", ()):
            url = (element.get("url") or "").strip()
            identity = f"iati-doc-{digest(url or self.identifier + self.path_of(element))}"
            title_element = element.find("title")
            names = self.narratives_of(title_element) if title_element is not None else []
            title, _, _ = _names([item for item, _ in names], self.language)
            if identity not in self.reading.sources:
                source: dict[str, Any] = {
                    "id": identity,
                    "name": clip(title or url or "untitled document", MAX_SHORT),
                    "type": "document",
                    "title": clip(title or url or "untitled document", MAX_SHORT),
                    "language": self.document_language(element, names),
                    "evidence": [self.cite(element, "url", "title")],
                }
                if title is None:
                    source["title_descriptive"] = True
                if url.startswith(("http://", "https://")) and not any(c.isspace() for c in url):
                    source["url"] = clip(url, 2_000)
                elif url:
                    self.problem(
                        "url-not-kept",
                        f"{clip(url)!r} is no http(s) address: not kept as the url",
                        element,
                        "url",
                        note=True,
                    )
                date_element = element.find("document-date")
                if date_element is not None:
                    day = self.date(date_element.get("iso-date"), date_element, "iso-date")
                    if day is not None:
                        source["published"] = day
                self.reading.sources[identity] = source
            if identity not in documents:
                documents.append(identity)
                self.evidence.append(self.cite(element, "documents"))
        if documents:
            record["documents"] = documents

    def document_language(self, element: Any, names: list[tuple[dict[str, Any], Any]]) -> str:
        language_element = element.find("language")
        code = None if language_element is None else (language_element.get("code") or "").strip().lower()
        if not code and names:
            code = str(names[0][0].get("language", "")).lower()
        return code if code and re.fullmatch(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*", code) else "und"

    def read_related(self, record: dict[str, Any]) -> None:
        related = []
        for element in self.children.get("related-activity", ()):
            kind = self.code(element, "type", "iati-related-activity-type")
            ref = (element.get("ref") or "").strip()
            if kind is None or not ref:
                continue
            related.append({"type": kind, "ref": clip(ref, MAX_SHORT)})
            self.evidence.append(self.cite(element, "related_activities"))
        if related:
            record["related_activities"] = related


def _names(items: list[dict[str, Any]], default: str | None) -> tuple[str | None, str | None, list[str]]:
    """The name (the English narrative, else the first), the Chinese name, and the others (as
    aliases), from narratives ``items``; names are cut to the records' 1,000 characters."""
    if not items:
        return None, None, []

    def language(item: dict[str, Any]) -> str:
        return str(item.get("language") or default or "").lower()

    english = next((item for item in items if language(item).split("-")[0] == "en"), items[0])
    chinese = next((item for item in items if language(item).split("-")[0] == "zh" and item is not english), None)
    name = clip(" ".join(english["text"].split()), MAX_SHORT)
    name_zh = clip(" ".join(chinese["text"].split()), MAX_SHORT) if chinese else None
    aliases: list[str] = []
    for item in items:
        text = clip(" ".join(item["text"].split()), MAX_SHORT)
        if text and text not in (name, name_zh) and text not in aliases:
            aliases.append(text)
    return name, name_zh, aliases
