"""``read_iati()``: IATI activity files (2.01, 2.02, 2.03) into a catalog of povcoop's kinds.

Each file is streamed (``lxml.etree.iterparse``, each activity cleared once read) through three
stages: the XML (a parser that refuses DTDs, entities, network access and huge trees), the
schema (IATI's 2.03 activity XSD, shipped with povcoop, activity by activity), and the rules
(codes in their shipped IATI code lists, an identifier, dates and numbers). The records made
then go through the same loading pipeline as a user's data folder: every id, link, code and
quote is checked again, and ``base=`` joins them to another catalog exactly as ``load(path,
base=)`` does.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

import attrs

from povcoop._base.errors import DataError, Problem, ProblemLog, clip
from povcoop._base.gc import gc_paused
from povcoop._base.layout import file_of
from povcoop._catalog.catalog import Catalog, merged_entities
from povcoop._catalog.collection import Collection
from povcoop._domain.entities import Source
from povcoop._domain.manifest import Manifest
from povcoop._iati_in.mapping import (
    ROOT_ATTRIBUTES,
    ActivityReader,
    FileState,
    Reading,
    digest,
    organization_id,
    slug,
)
from povcoop._iati_in.xml import (
    MAX_PATH,
    PARSER_OPTIONS,
    Utf8Text,
    XmlRefused,
    parse_problem,
    read_bytes,
    refuse_doctype,
    schema_problems,
    text_of,
)
from povcoop._loading.checks import NO_BASE
from povcoop._loading.folder import load_records
from povcoop._loading.read import Packed

_INHERITED_ANNOTATIONS: Final = (Mapping, Collection, Source)
"""The names of the annotations :class:`IatiCatalog` inherits from ``Catalog.__init__``: held here
so that they resolve in this module too (``typing.get_type_hints``, the API reference)."""

VERSIONS: Final = frozenset({"2.01", "2.02", "2.03"})
"""The IATI versions the reader reads."""


@attrs.frozen(repr=False)
class IatiCatalog(Catalog):
    """A catalog read from IATI activity files, with what povcoop did not map.

    ``unmapped`` gives, for each file (as given), the elements and attributes of its activities
    that povcoop holds no field for, each with its count: ``{"iati-activity/contact-info": 3,
    "iati-activity/transaction/provider-org": 12, "iati-activity/@hierarchy": 1}``. An unmapped
    element is counted once, with everything it holds. ``notes`` are findings that do not stop
    the read (percentages that do not sum to 100, whitespace around a code), located like
    problems.

    >>> import povcoop, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.xml"
    >>> _ = path.write_text('''<iati-activities version="2.03"><iati-activity>
    ... <iati-identifier>XM-EX-1</iati-identifier>
    ... <reporting-org ref="XM-EX" type="21"><narrative>Example NGO</narrative></reporting-org>
    ... <title><narrative>Rural water supply</narrative></title><description><narrative>Wells.</narrative>
    ... </description><participating-org role="4" ref="XM-EX"/><activity-status code="2"/>
    ... <activity-date type="2" iso-date="2019-04-01"/>
    ... <contact-info><email>info@example.org</email></contact-info>
    ... <recipient-country code="LA"/></iati-activity></iati-activities>''')
    >>> cat = povcoop.read_iati(path, base=povcoop.load())
    >>> list(cat.unmapped.values())
    [{'iati-activity/contact-info': 1}]

    .. versionadded:: 0.3.0
    """

    unmapped: Mapping[str, Mapping[str, int]] = attrs.field(factory=dict, eq=False)
    notes: tuple[Problem, ...] = attrs.field(default=(), eq=False)

    def unmapped_report(self) -> str:
        """The unmapped elements and attributes of each file, one per line, most frequent first.

        .. versionadded:: 0.3.0
        """
        lines = []
        for path, counts in self.unmapped.items():
            if not counts:
                lines.append(f"{path}: every element and attribute mapped")
                continue
            lines.append(f"{path}: not mapped (element or attribute: count)")
            lines.extend(
                f"  {name}: {count:,}" for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
            )
        return "\n".join(lines)


LOAD_BATCH: Final = 2_000
"""Records of a kind loaded at once (see ``load_records``): each batch's records are dropped once
built. Smaller than a JSON Lines file's batch: the reader's records are all in memory already,
so what is alive beside them (the batch's checks) is what a batch can cut; below 2,000 records,
neither the peak nor the time changes (measured at 100,000 activities)."""

MAX_DEPTH: Final = 64
"""How deep an activity's elements may nest (IATI's own nest a few levels): deeper is refused."""


@functools.cache
def _deeper_than_allowed() -> Any:
    """An XPath that finds, below an activity, an element nested over :data:`MAX_DEPTH` levels
    (the activity the first): evaluated in libxml2, it stops where the activity's nesting
    does, so that the common, shallow activity costs a few steps, not a walk of its elements."""
    from lxml import etree

    return etree.XPath(f"boolean({'/'.join(['*'] * MAX_DEPTH)})")


def _too_deep(activity: Any) -> int | None:
    """The line of the first element of ``activity`` nested over :data:`MAX_DEPTH` levels, if any."""
    from lxml import etree

    if not _deeper_than_allowed()(activity):
        return None
    depth = 0
    for event, element in etree.iterwalk(activity, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth > MAX_DEPTH:
            return int(element.sourceline or 0)
    return None


def _paths(paths: tuple[str | os.PathLike[str], ...]) -> list[str]:
    """Each path given, a folder replaced by its ``.xml`` files (sorted, recursively)."""
    found: list[str] = []
    for path in paths:
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"read_iati() takes paths of files or folders, not {type(path).__name__}")
        text = os.fspath(path)
        if os.path.isdir(text):
            found.extend(str(p) for p in sorted(Path(text).rglob("*.xml")) if p.is_file())
        else:
            found.append(text)
    return found


def _file_source(path: str, text: str) -> dict[str, Any]:
    name = os.path.basename(path) or path
    identity = f"iati-file-{slug(Path(name).stem, 40)}-{digest(os.path.abspath(path))}"
    return {
        "id": identity,
        "name": clip(name, 1_000),
        "type": "dataset",
        "title": clip(name, 1_000),
        "title_descriptive": True,
        "language": "und",
        "text_file": f"texts/{identity}.xml",
    }


def read_file(path: str, reading: Reading) -> None:
    """Read the IATI file ``path`` into ``reading``: its source, its activities' records, and
    every problem (an XML problem stops the file where it stands)."""
    try:
        text = text_of(read_bytes(path), path)  # the bytes dropped once decoded: the text is parsed
        refuse_doctype(text, path)
    except XmlRefused as refused:
        reading.problems.append(refused.problem)
        return
    source = _file_source(path, text)
    state = FileState(path, source["id"], text)
    reading.files.append(state)
    root = _stream(text, state, reading)
    if root is not None:
        _read_root(root, state, reading, source)
        reading.sources[source["id"]] = source
        reading.texts[source["text_file"]] = text


def _stream(text: str, state: FileState, reading: Reading) -> Any:
    """Read each activity of the file as the parser finishes it, then drop it; the root
    element (holding what is not an activity), or ``None`` after an XML problem."""
    from lxml import etree

    path = state.path
    context = etree.iterparse(Utf8Text(text), events=("end",), tag="iati-activity", encoding="utf-8", **PARSER_OPTIONS)
    try:
        for _, activity in context:
            root = activity.getparent()
            if root is None or root.getparent() is not None or root.tag != "iati-activities":
                continue  # an iati-activity elsewhere: the schema reports it
            index = state.activities
            state.activities += 1
            deep = _too_deep(activity)
            if deep is None:
                _read_activity(activity, index, state, reading, path)
            else:
                message = f"elements nested more than {MAX_DEPTH} levels deep: refused, not read"
                problem = Problem(
                    file=clip(path, MAX_PATH), index=index, field=f"line {deep}", code="too-deep", message=message
                )
                reading.problems.append(problem)
            activity.clear()
            while activity.getprevious() is not None:
                del root[0]
        root = context.root
    except etree.XMLSyntaxError as error:
        reading.problems.append(parse_problem(error, path))
        return None
    if root.tag != "iati-activities":
        message = f"the root element is {root.tag!r}, not iati-activities: not an IATI activity file"
        field = f"line {root.sourceline}"
        reading.problems.append(Problem(file=clip(path, MAX_PATH), field=field, code="not-iati", message=message))
        return None
    return root


def _read_root(root: Any, state: FileState, reading: Reading, source: dict[str, Any]) -> None:
    """The root's version (a rule problem when povcoop does not read it), its date, what it holds
    besides activities, and its schema problems."""
    path = state.path
    version = (root.get("version") or "").strip()
    if version not in VERSIONS:  # a rule problem: the file's other problems are listed too
        message = f"IATI version {clip(version)!r}: povcoop reads {', '.join(sorted(VERSIONS))}"
        field = f"/iati-activities/@version (line {root.sourceline})"
        reading.problems.append(
            Problem(file=clip(path, MAX_PATH), field=field, code="unsupported-version", message=message)
        )
    for child in root.findall("iati-activity"):  # read and cleared: the root is validated without them
        root.remove(child)
    for attribute in root.attrib:
        if attribute not in ROOT_ATTRIBUTES:
            state.unmapped[f"iati-activities/@{attribute}"] += 1
    for child in root:
        if isinstance(child.tag, str):
            state.unmapped[f"iati-activities/{child.tag}"] += 1
    found = schema_problems(root, path, index=None, identifier=None)
    if state.activities:  # the activities were validated one by one, then dropped from the root
        found = [p for p in found if not ("Missing child" in p.message and "( iati-activity )" in p.message)]
    reading.problems.extend(found)
    generated = (root.get("generated-datetime") or "")[:10]
    with contextlib.suppress(ValueError):
        source["published"] = datetime.date.fromisoformat(generated).isoformat()


def _read_activity(activity: Any, index: int, state: FileState, reading: Reading, path: str) -> None:
    identifier = (activity.findtext("iati-identifier") or "").strip() or None
    found = schema_problems(activity, path, index=index, identifier=identifier)
    if found:
        reading.problems.extend(found)
        return
    currency = activity.get("default-currency")
    reader = ActivityReader(reading, state, activity, index, None)
    if currency is not None:
        reader.default_currency = reader.code(activity, "default-currency", "iati-currency")
    reader.read()


def _translated(problems: list[Problem], reading: Reading) -> list[Problem]:
    """The loader's problems of project records, placed at their activity in their file."""
    placed = []
    projects = file_of("projects")
    for problem in problems:
        if problem.file == projects and problem.index is not None and problem.index < len(reading.origins):
            path, index, identifier = reading.origins[problem.index]
            field = f"{problem.field or 'record'} (as {projects} record {problem.index})"
            placed.append(
                attrs.evolve(problem, file=clip(path, MAX_PATH), index=index, id=clip(identifier), field=field)
            )
        else:
            placed.append(problem)
    return placed


def read_iati(*paths: str | os.PathLike[str], base: Catalog | None = None) -> IatiCatalog:
    """Read IATI activity files (2.01, 2.02, 2.03) into a catalog of povcoop's kinds.

    ``paths`` are files or folders (every ``.xml`` below a folder). Each activity becomes a
    project (``iati_identifier`` verbatim, an id derived from it, its titles in every language,
    its status, dates, countries, regions, sectors, organisations, amounts, documents and
    related activities), each organisation an organisation, each document link a source, each
    file a source whose text is the file's text, quoted by every fact's evidence. What povcoop
    does not map is counted in ``.unmapped``.

    With ``base`` (``base=povcoop.load()``), the activities link to the base's countries and the
    result holds both, exactly as ``load(path, base=)``; a record with an id the base has for a
    different entity is a ``conflicting-id`` problem. Without it, the catalog stands alone; its
    release is the first file.

    Raises:
        DataError: every problem found: the XML's (``invalid-xml``, ``dtd-refused``,
            ``entity-refused``, ``too-deep``, ``text-too-large``, ``not-iati``), the schema's
            (``schema-invalid``), the rules' (``unknown-code``, ``empty-identifier``...), each
            with its file, activity and line.
        TypeError: no path, or a path or ``base`` of the wrong type.

    >>> import povcoop, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.xml").write_text('''<iati-activities version="2.03">
    ... <iati-activity default-currency="EUR"><iati-identifier>XM-EX-1</iati-identifier>
    ... <reporting-org ref="XM-EX" type="21"><narrative xml:lang="en">Example NGO</narrative></reporting-org>
    ... <title><narrative xml:lang="en">Rural water supply</narrative></title>
    ... <description><narrative xml:lang="en">Wells for twelve villages.</narrative></description>
    ... <participating-org role="4" ref="XM-EX"/>
    ... <activity-status code="2"/><activity-date type="2" iso-date="2019-04-01"/>
    ... <recipient-country code="LA"/><sector code="14030"/></iati-activity></iati-activities>''')
    >>> cat = povcoop.read_iati(folder / "a.xml", base=povcoop.load())
    >>> [p.name for p in cat.projects.where(country="LAO", dac_crs="140")]
    ['Rural water supply']

    .. versionadded:: 0.3.0
    """
    if not paths:
        raise TypeError("read_iati() takes at least one IATI file or folder")
    if base is not None and not isinstance(base, Catalog):
        raise TypeError(f"base= takes a Catalog (povcoop.load()), not {type(base).__name__}")
    base_entities = NO_BASE if base is None else base._by_kind()
    reading = Reading(base_entities.get("countries", {}), base_entities.get("organizations", {}), LOAD_BATCH)
    files = _paths(paths)
    if not files:
        raise DataError(
            [Problem(file=clip(os.fspath(paths[0]), MAX_PATH), code="file-not-found", message="no .xml file")]
        )
    try:
        with gc_paused():  # the records made are all kept to the end, or all dropped on a problem
            for path in files:
                read_file(path, reading)
    finally:
        organization_id.cache_clear()  # its names are this read's: not kept beyond it
    log = ProblemLog()
    log.extend(reading.problems)
    if log:
        raise DataError(log.all())
    reading.identifiers.clear()  # needed while reading only: not kept while the records load
    records: dict[Any, list[Any] | Packed] = {
        "sources": list(reading.sources.values()),
        "organizations": list(reading.organizations.values()),
        "countries": list(reading.countries.values()),
        "projects": reading.projects,
    }
    if base is None:
        first = reading.files[0].source_id
        names = ", ".join(os.path.basename(state.path) for state in reading.files)
        manifest = {"title": clip(f"IATI activities of {names}", 1_000), "release": first, "data_version": "0.0.0"}
    else:
        manifest = base.manifest.to_rest()
    try:
        loaded = load_records(manifest, records, reading.texts, base=base_entities, batch=LOAD_BATCH)
    except DataError as error:
        raise DataError(_translated(list(error.problems), reading)) from None
    unmapped = {state.path: dict(state.unmapped) for state in reading.files}
    if base is None:
        catalog = Catalog.from_entities(loaded.entities, Manifest(**manifest))
    else:
        catalog = Catalog.from_entities(merged_entities(base.to_entities(), loaded.entities), base.manifest)
    return IatiCatalog(
        catalog.manifest, catalog.release, catalog._collections, unmapped=unmapped, notes=tuple(reading.notes)
    )


__all__ = ["IatiCatalog", "read_iati"]
