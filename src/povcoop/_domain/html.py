"""How domain objects show themselves: readable text for ``str()`` and HTML for Jupyter.

Pure functions of the objects (no I/O, nothing imported beyond the standard library): an
entity's ``_repr_html_`` calls :func:`entity_html`, a piece of evidence's :func:`evidence_html`;
the catalog layer renders a collection and the catalog with :func:`collection_html` and
:func:`catalog_html`. Every text that comes from data is HTML-escaped.

>>> import povcoop
>>> laos = povcoop.load().countries.get("LAO")
>>> print(entity_text(laos).splitlines()[0])
Country LAO: Laos (老挝)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING, Any, Final

from povcoop._domain.fields import Field, fields_of
from povcoop._domain.sentences import sentence_span
from povcoop._domain.values import Code, Erratum, Evidence, Membership, Quantity

if TYPE_CHECKING:
    from povcoop._domain.entities import Entity, Metric, Source

ROWS_SHOWN: Final = 20
"""How many rows a collection's HTML table shows before it gives a count instead."""

_LINE: Final = 160
_CONTEXT: Final = 300
"""How far, at most, the sentence around a highlighted quote reaches on either side."""

_SCALES: Final = {1_000: "thousand", 1_000_000: "million", 1_000_000_000: "billion"}
_HEADER_FIELDS: Final = ("id", "name", "name_zh", "description")
_QUALIFYING_TEXTS: Final = frozenset({"wording", "main_caveat"})
"""Text fields a collection's table shows because they say how to read another column: a
metric's figure in its source's words, and its main caveat."""

_STYLE: Final = (
    "<style>.povcoop table{border-collapse:collapse;margin:.3em 0}"
    ".povcoop th,.povcoop td{text-align:left;vertical-align:top;padding:.15em .6em}"
    ".povcoop .basis{font-variant:small-caps;font-weight:bold}"
    ".povcoop mark{background:#fde68a}.povcoop .muted{opacity:.7}</style>"
)


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _is_entity(value: object) -> bool:
    return hasattr(value, "KIND") and hasattr(value, "evidence")


# -- text ----------------------------------------------------------------------------------------


def quantity_text(quantity: Quantity) -> str:
    """``"7.6 million people (projected)"``: the number as given, its scale in words, the unit
    and the type.

    >>> quantity_text(Quantity(number=7.6, unit="people", scale=1_000_000, type="projected"))
    '7.6 million people (projected)'
    """
    scale = _SCALES.get(quantity.scale)
    if scale is None and quantity.scale != 1:
        scale = f"× {quantity.scale:,}"
    number = f"{quantity.number:,}" if isinstance(quantity.number, int) else f"{quantity.number:g}"
    return " ".join(part for part in (number, scale, quantity.unit) if part) + f" ({quantity.type})"


def figure_text(metric: Metric) -> str:
    """A metric's figure as its source words it (quoted), or, without ``wording``, its number in
    the precision the data give, its scale in words and its unit: never more digits than that.

    >>> import povcoop
    >>> figure_text(povcoop.load().metrics.get("china-share-of-world-population"))
    '“one-fifth”'
    """
    if metric.wording:
        return f"“{metric.wording}”"
    return quantity_text(metric.value).rsplit(" (", 1)[0]


def metric_text(metric: Metric) -> str:
    """A metric's figure (:func:`figure_text`), its type, and its main caveat where it has one.

    >>> import povcoop
    >>> print(metric_text(povcoop.load().metrics.get("china-share-of-world-population")))
    “one-fifth” (share); nearly one fifth (about 18% in 2020), not one fifth
    """
    text = f"{figure_text(metric)} ({metric.value.type})"
    return f"{text}; {metric.main_caveat}" if metric.main_caveat else text


def _membership_text(membership: Membership) -> str:
    left = f", left {membership.left}" if membership.left is not None else ""
    return f"{membership.country.name} (joined {membership.joined}{left})"


def _code_text(code: Code) -> str:
    return f"{code.code} {code.name}" if code.name else code.code


_TEXT_OF: Final[dict[type, Any]] = {
    Code: _code_text,
    Quantity: quantity_text,
    Membership: _membership_text,
    Erratum: lambda erratum: f"{erratum.quote!r} reads {erratum.reading!r}",
}


def value_text(value: Any) -> str:
    """A field's value as short readable text: an entity by its name, a code with its name."""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "; ".join(value_text(item) for item in value)
    if _is_entity(value):
        return str(value.name)
    text_of = _TEXT_OF.get(type(value), str)
    return str(text_of(value))


def _clip(text: str, limit: int = _LINE) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shown_fields(entity: Entity) -> Iterable[tuple[Field, Any]]:
    for field in fields_of(type(entity)):
        if field.name in _HEADER_FIELDS or field.role in ("evidence", "text"):
            continue
        value = getattr(entity, field.name)
        if value is None or value == ():
            continue
        yield field, value


def _origin_codes(entity: Entity) -> tuple[Any, ...]:
    """The entity's codes with their origin (a project's ``codes``: ``CodeOrigin``), or ``()``."""
    if not isinstance(getattr(type(entity), "codes", None), property):
        return ()
    found = entity.codes  # type: ignore[attr-defined]
    return tuple(found) if found and hasattr(found[0], "via") else ()


def _origin_text(origin: Any) -> str:
    via = origin.via
    where = "own" if via.KIND == "projects" else f"from sector {via.id}"
    return f"{origin.code.scheme}:{origin.code.code} ({where})"


def _origin_html(origin: Any) -> str:
    via = origin.via
    where = "own" if via.KIND == "projects" else f"from sector {value_html(via)}"
    return f'{value_html(origin.code)} <span class="muted">({where})</span>'


def _evidence_summary(evidence: Sequence[Evidence]) -> str:
    counts: dict[str, int] = {}
    for item in evidence:
        counts[item.basis] = counts.get(item.basis, 0) + 1
    return f"{len(evidence)} ({', '.join(f'{n} {basis}' for basis, n in counts.items())})" if evidence else "none"


def entity_text(entity: Entity) -> str:
    """A readable account of ``entity`` for ``str()``: its kind, id and name, then each field
    that has a value, links by name, then a count of its evidence by basis."""
    zh = f" ({entity.name_zh})" if entity.name_zh else ""
    lines = [f"{type(entity).__name__} {entity.id}: {entity.name}{zh}"]
    if entity.description:
        lines.append(f"  {_clip(entity.description)}")
    lines.extend(f"  {field.name}: {_clip(value_text(value))}" for field, value in _shown_fields(entity))
    origins = _origin_codes(entity)
    if origins:
        lines.append(f"  codes: {_clip(', '.join(map(_origin_text, origins)))}")
    lines.append(f"  evidence: {_evidence_summary(entity.evidence)}")
    return "\n".join(lines)


# -- HTML ----------------------------------------------------------------------------------------


def _link_html(url: str | None, text: str) -> str:
    if url and url.startswith(("https://", "http://")):
        return f'<a href="{_e(url)}" target="_blank" rel="noopener">{_e(text)}</a>'
    return _e(text)


def value_html(value: Any) -> str:
    """A field's value as HTML: an entity by its name (its id on hover), a list one per line."""
    if isinstance(value, tuple):
        return "<br>".join(value_html(item) for item in value)
    if _is_entity(value):
        return f'<span title="{_e(value.KIND)}/{_e(value.id)}">{_e(value.name)}</span>'
    if isinstance(value, Code):
        name = f' <span class="muted">{_e(value.name)}</span>' if value.name else ""
        return f'<code title="{_e(value.scheme)}">{_e(value.code)}</code>{name}'
    if isinstance(value, str) and value.startswith(("https://", "http://")):
        return _link_html(value, value)
    return _e(value_text(value))


def sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The parts of the sentence of ``text`` before ``start`` and after ``end`` (each at most a
    few hundred characters, cut with an ellipsis).

    >>> sentence_around("One. Two three four. Five.", 9, 14)
    ('Two ', ' four.')
    """
    sentence_start, sentence_end = sentence_span(text, start, end)
    before = text[max(sentence_start, start - _CONTEXT) : start]
    if sentence_start < start - _CONTEXT:
        before = "…" + before
    after = text[end : min(sentence_end, end + _CONTEXT)]
    if sentence_end > end + _CONTEXT:
        after += "…"
    return before, after


def _source_html(source: Source) -> str:
    parts = [_link_html(source.url, source.title)]
    if source.publisher:
        parts.append(_e(source.publisher))
    if source.published is not None:
        parts.append(_e(source.published))
    return ", ".join(parts)


def _quote_html(evidence: Evidence) -> str:
    if evidence.quote is None:
        return ""
    text = evidence.source.text
    if text is not None and evidence.start is not None and evidence.end is not None:
        before, after = sentence_around(text, evidence.start, evidence.end)
        return f"<blockquote>{_e(before)}<mark>{_e(evidence.quote)}</mark>{_e(after)}</blockquote>"
    return f"<blockquote>{_e(evidence.quote)}</blockquote>"


def _evidence_body(evidence: Evidence) -> str:
    parts = [f'<span class="basis">{_e(evidence.basis)}</span> · {_source_html(evidence.source)}']
    if evidence.locator:
        parts.append(f" ({_e(evidence.locator)})")
    parts.append(_quote_html(evidence))
    if evidence.note:
        parts.append(f'<div class="muted">{_e(evidence.note)}</div>')
    return "".join(parts)


def evidence_html(evidence: Evidence) -> str:
    """A piece of evidence as HTML: its basis, its source, its quote highlighted in its sentence
    of the source's text (where located), its note."""
    return f'<div class="povcoop">{_STYLE}{_evidence_body(evidence)}</div>'


def entity_html(entity: Entity) -> str:
    """An entity as HTML: kind, id and names, its fields (links by name), and its evidence with
    basis and quote."""
    zh = f' <span lang="zh">{_e(entity.name_zh)}</span>' if entity.name_zh else ""
    parts = [
        f'<div class="povcoop">{_STYLE}',
        f'<div class="muted">{_e(type(entity).__name__)} <code>{_e(entity.id)}</code></div>',
        f"<strong>{_e(entity.name)}</strong>{zh}",
    ]
    if entity.description:
        parts.append(f"<p>{_e(entity.description)}</p>")
    rows = "".join(
        f'<tr><th title="{_e(field.doc)}">{_e(field.name)}</th><td>{value_html(value)}</td></tr>'
        for field, value in _shown_fields(entity)
    )
    origins = _origin_codes(entity)
    if origins:
        doc = "Every code, its own and those it inherits from its sectors, with where it comes from."
        rows += f'<tr><th title="{_e(doc)}">codes</th><td>{"<br>".join(map(_origin_html, origins))}</td></tr>'
    if rows:
        parts.append(f"<table>{rows}</table>")
    items = "".join(f"<li>{_evidence_body(ev)}</li>" for ev in entity.evidence)
    parts.append(f"<details open><summary>Evidence: {_e(_evidence_summary(entity.evidence))}</summary>")
    parts.append(f"<ol>{items}</ol></details></div>")
    return "".join(parts)


def _table_fields(entity_type: type) -> list[Field]:
    """The fields a collection's table shows: short, comparable ones (no descriptions, lists of
    names, value objects' details or evidence)."""
    shown = []
    for field in fields_of(entity_type):
        if field.name in _QUALIFYING_TEXTS:
            shown.append(field)
            continue
        if field.name in _HEADER_FIELDS[2:] or field.role in ("texts", "codes", "nested_list", "evidence", "text"):
            continue
        plain = field.role == "value" and field.name not in ("name", "id") and field.vocabulary is None
        if plain and field.scheme is None and field.value_type not in (int, float, int | float):
            continue
        shown.append(field)
    return shown


def collection_html(entity_type: type, items: Sequence[Entity]) -> str:
    """A collection as an HTML table: the first :data:`ROWS_SHOWN` entities, then a count."""
    fields = _table_fields(entity_type)
    head = "".join(f'<th title="{_e(field.doc)}">{_e(field.name)}</th>' for field in fields)
    body = "".join(
        "<tr>" + "".join(f"<td>{value_html(getattr(item, field.name))}</td>" for field in fields) + "</tr>"
        for item in items[:ROWS_SHOWN]
    )
    kind = getattr(entity_type, "KIND", entity_type.__name__)
    more = len(items) - ROWS_SHOWN
    count = f"{len(items)} {kind}" + (f" (the first {ROWS_SHOWN} shown; {more} more)" if more > 0 else "")
    return (
        f'<div class="povcoop">{_STYLE}<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
        f'<div class="muted">{_e(count)}</div></div>'
    )


def catalog_html(title: str, data_version: str, release: Source, counts: Mapping[str, int]) -> str:
    """A catalog as HTML: its title, the release (title, date, outlet), and counts per kind."""
    published = release.date.isoformat() if release.date is not None else str(release.published or "")
    rows = "".join(f"<tr><th>{_e(kind)}</th><td>{count}</td></tr>" for kind, count in counts.items())
    return (
        f'<div class="povcoop">{_STYLE}<strong>{_e(title)}</strong> '
        f'<span class="muted">data {_e(data_version)}</span>'
        f"<p>{_link_html(release.url, release.title)}<br>{_e(release.outlet or '')}, {_e(published)}</p>"
        f"<table>{rows}</table></div>"
    )


def code_html(code: Code) -> str:
    """A code as HTML: scheme, code and name, the code it lies under and those under it."""
    parent = code.parent
    children = code.children
    lines = [f"<code>{_e(code.scheme)}</code> <strong>{_e(code.code)}</strong> {_e(code.name or '')}"]
    if parent is not None:
        lines.append(f"under {value_html(parent)}")
    if children:
        lines.append(f"{len(children)} codes under it: " + ", ".join(value_html(child) for child in children[:10]))
    return f'<div class="povcoop">{"<br>".join(lines)}</div>'
