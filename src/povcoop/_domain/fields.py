"""The registry: each entity field declares, once, what every other layer needs to know of it.

An entity class declares its fields with the helpers below instead of bare ``attrs.field``:
``value``, ``texts``, ``date``, ``link``, ``links``, ``code``, ``codes``, ``nested``,
``nested_list`` and ``evidence``. Each stores a :class:`FieldSpec` in the attrs field's
metadata: the role of the field, a one-line description, the kind a link points to, the code
scheme of a code, the name at rest where it differs, and the ``where()`` criterion it offers.
The checks, the builder, ``where()``, the writer, the tables, ``help()`` and the JSON Schema's
descriptions all read :func:`fields_of`; nothing else lists an entity's fields.

>>> from povcoop._domain.entities import Project
>>> spec = next(f for f in fields_of(Project) if f.name == "countries")
>>> spec.role, spec.target, spec.criterion
('links', 'countries', 'country')
"""

from __future__ import annotations

import builtins
import functools
import operator
import sys
import types
import typing
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol

import attrs

from povcoop._base.vocab import Vocabulary, vocabulary_of

if TYPE_CHECKING:
    from povcoop._base.layout import Kind

Role = Literal[
    "value", "texts", "date", "link", "links", "refs", "code", "codes", "nested", "nested_list", "evidence", "text"
]
"""How a field is held: a plain value, a tuple of strings, a partial date, a link or links to
entities of one kind, references to entities of any kind (``refs``: ``"kind/id"`` at rest), a
code or codes of a code scheme, a value object or a tuple of them, the evidence, or a source's
text (a file at rest)."""

_KEY: Final = "povcoop"


@attrs.frozen(kw_only=True)
class AtRest:
    """The constraints of a value at rest, beyond its type: the record models are derived from
    them (a string's length and pattern, a number's bounds), and the checks of meaning read
    ``lines`` (only long text may span lines).

    >>> SHORT_TEXT.max_length, LONG_TEXT.lines
    (1000, True)
    """

    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    ge: int | float | None = None
    le: int | float | None = None
    gt: int | float | None = None
    lines: bool = False
    """Whether the text may span lines (a description, a note, a quote); other text may not."""


SHORT_TEXT: Final = AtRest(min_length=1, max_length=1_000)
"""A name, a title, a word or two: the default of a text field."""
LONG_TEXT: Final = AtRest(min_length=1, max_length=100_000, lines=True)
"""A description, a note, a caveat: text that may span lines."""
QUOTE: Final = AtRest(min_length=10, max_length=10_000, lines=True)
"""A quote of a source: long enough to be found once in its text."""
SLUG: Final = AtRest(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=1, max_length=200)
"""A lower-case kebab-case id: ``east-asia-poverty-reduction-demonstration``."""
URL: Final = AtRest(pattern=r"^https?://\S+$", max_length=2_000)
"""A web address."""
YEAR: Final = AtRest(ge=1900, le=2100)
"""A year a figure, a projection or a parity refers to."""
PERCENT: Final = AtRest(ge=0, le=100)
"""A share in percent."""


@attrs.frozen(kw_only=True)
class RestOnly:
    """A field that exists only at rest (which occurrence of a repeated quote is meant, where a
    quote starts): the loader turns it into something else (offsets). Declared in the class's
    ``REST_ONLY``."""

    name: str
    doc: str
    type: Any
    rest: AtRest | None = None


def rest_only(cls: type) -> tuple[RestOnly, ...]:
    """The fields ``cls`` has only at rest (its ``REST_ONLY``), after its registered fields.

    >>> from povcoop._domain.values import Evidence
    >>> [field.name for field in rest_only(Evidence)]
    ['occurrence', 'offset']
    """
    found: tuple[RestOnly, ...] = getattr(cls, "REST_ONLY", ())
    return found


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


@attrs.frozen(kw_only=True)
class FieldSpec:
    """What one field declares (stored in the attrs field's metadata)."""

    role: Role
    doc: str
    target: Kind | None = None
    """The kind a link points to."""
    scheme: str | None = None
    """The code scheme a code (or a code-checked string) belongs to."""
    at_rest: str | None = None
    """The field's name in the data files, where it differs from the attribute's."""
    criterion: str | None = None
    """The name ``where()`` filters this field under, or ``None``."""
    nested: type | None = None
    """The value class of a nested field."""
    derived: bool = False
    """Computed at load (quote offsets), never written."""
    span: Literal["quote", "start", "end"] | None = None
    """For a derived field: which end of the object's located quote it holds (``start``: the
    offset of its first character; ``end``: just past its last). ``quote``: the field is the
    quote, kept as its source's text at ``start:end`` once located there (an evidence's)."""
    rest: AtRest | None = None
    """The constraints at rest beyond the type (``None``: the role's and type's own)."""
    range_of: tuple[str, str] | None = None
    """For the end of a range: the field that starts it, and what a reversed range means."""
    flatten: bool = False
    """For a value object: its fields are its owner's own columns in the tables, unprefixed."""
    searchable: bool = False
    """A name of the entity: ``search()`` and name lookups (``where(country="Laos")``) match it."""


@attrs.frozen(kw_only=True)
class Field:
    """A field of an entity or value class, as the registry describes it."""

    name: str
    """The attribute's name."""
    at_rest: str
    """The name in the data files."""
    role: Role
    doc: str
    target: Kind | None
    scheme: str | None
    criterion: str | None
    nested: type | None
    derived: bool
    required: bool
    """Whether a record must give the field (it has no default)."""
    annotation: Any = attrs.field(alias="type")
    """The field's annotation as written: text (``"int | None"``) under postponed evaluation
    (given as ``type=``; :attr:`type` is the type it names)."""
    module: str = "povcoop._domain.entities"
    """The module the field's class is defined in, whose names the annotation may use."""
    rest: AtRest | None = None
    """The constraints at rest beyond the type (see :class:`AtRest`)."""
    range_of: tuple[str, str] | None = None
    """For the end of a range: the field that starts it, and what a reversed range means."""
    flatten: bool = False
    """For a value object: its fields are its owner's own columns in the tables, unprefixed (a
    metric's ``value``: its ``number`` and ``unit`` are the metric's ``number`` and ``unit``)."""
    searchable: bool = False
    """A name of the entity, which ``search()`` and name lookups match (see :class:`FieldSpec`)."""
    inputs: tuple[Field, ...] = ()
    """For a computed column (:class:`Computed`): the fields its value is computed from, where
    it depends on nothing else (the tables compute it once per distinct combination of them)."""
    span: Literal["quote", "start", "end"] | None = None
    """The part of the object's located quote the field holds (see :class:`FieldSpec`)."""

    @property
    def type(self) -> Any:
        """The field's type, resolved: ``str | None``, a vocabulary's ``Literal``, a class.

        >>> from povcoop._domain.entities import Metric
        >>> next(f for f in fields_of(Metric) if f.name == "year").type == int | None
        True
        """
        return _resolve(self.annotation, self.module)

    @property
    def value_type(self) -> Any:
        """The field's type without ``None`` (``int`` of ``int | None``)."""
        return without_none(self.type)

    @property
    def optional(self) -> bool:
        """Whether the type admits ``None``."""
        return bool(without_none(self.type) != self.type)

    @property
    def vocab(self) -> Vocabulary | None:
        """The field's vocabulary (an object of :mod:`povcoop._base.vocab`), or ``None``: only a plain
        value has one (its type need not be resolved otherwise, which help() asks at import)."""
        return vocabulary_of(self.value_type) if self.role == "value" else None

    @property
    def many(self) -> bool:
        """Whether the field holds a tuple."""
        return self.role in ("texts", "links", "refs", "codes", "nested_list", "evidence")

    @property
    def long_text(self) -> bool:
        """Whether the field's text may span lines (its :class:`AtRest` says so)."""
        return self.rest is not None and self.rest.lines

    @property
    def vocabulary(self) -> tuple[str, ...] | None:
        """The values of the field's vocabulary (an open one's known values), or ``None``."""
        vocab = self.vocab
        return None if vocab is None else vocab.values

    @property
    def open_vocabulary(self) -> bool:
        """Whether the field's vocabulary accepts values besides those listed (a project's type).

        >>> from povcoop._domain.entities import Project
        >>> [(f.name, f.open_vocabulary) for f in fields_of(Project) if f.vocabulary]
        [('type', True), ('status', False)]
        """
        vocab = self.vocab
        return vocab is not None and vocab.open


def without_none(annotation: Any) -> Any:
    """``annotation`` without ``None``: ``int`` of ``int | None``.

    >>> without_none(int | None), without_none(str)
    (<class 'int'>, <class 'str'>)
    """
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        kept = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(kept) < len(typing.get_args(annotation)):
            return functools.reduce(lambda a, b: a | b, kept) if len(kept) > 1 else kept[0]
    return annotation


@functools.cache
def _domain_names() -> dict[str, Any]:
    """The names the domain's annotations use (imported only for type checking there)."""
    from povcoop._base import vocab as _vocab
    from povcoop._domain import entities, values

    return {**vars(_vocab), **vars(values), **vars(entities)}


def _resolve(annotation: Any, module: str) -> Any:
    """An annotation written as text, evaluated among the domain's names and its own module's."""
    return _evaluate(annotation, module) if isinstance(annotation, str) else annotation


@functools.cache
def _evaluate(annotation: str, module: str) -> Any:
    own = vars(sys.modules[module]) if module in sys.modules else {}
    parts = annotation.split(" | ")
    if all(part.isidentifier() for part in parts):
        # most annotations name a type or two (``str | None``): looked up, not compiled (the
        # first load resolves the types it reads; help() resolves every field's)
        found = [None if part == "None" else _look_up(part, own) for part in parts]
        return functools.reduce(operator.or_, found) if len(found) > 1 else found[0]
    return eval(annotation, _domain_names(), own)


def _look_up(name: str, own: dict[str, Any]) -> Any:
    if name in own:
        return own[name]
    names = _domain_names()
    return names[name] if name in names else getattr(builtins, name)


@attrs.frozen(kw_only=True)
class Criterion:
    """A ``where()`` criterion that no single field gives: how to read an entity's keys, the
    kind its ids name (``None`` for plain values), a description, and the closed vocabulary
    its values come from, if any."""

    keys: Callable[[Any], Iterable[Any]]
    doc: str
    target: Kind | None = None
    vocabulary: tuple[str, ...] | None = None
    scheme: str | None = None
    """The code list the keys are codes of, for a criterion on codes (``where()`` then takes a
    code in any form, at any level of its list)."""
    inputs: tuple[str, ...] = ()
    """The fields the keys are read from, where they are only those: a large collection's
    index reads the keys once per distinct combination of those fields' values (the loader
    makes equal tuples of links and codes one object)."""


def _link_key(entity: _HasId | None) -> str | None:
    return None if entity is None else entity.id


def _links_key(entities: tuple[_HasId, ...]) -> tuple[str, ...]:
    return tuple(entity.id for entity in entities)


def _field(spec: FieldSpec, **kwargs: Any) -> Any:
    return attrs.field(metadata={_KEY: spec}, **kwargs)


def value(
    doc: str,
    *,
    default: Any = attrs.NOTHING,
    scheme: str | None = None,
    criterion: str | None = None,
    at_rest: str | None = None,
    span: Literal["quote", "start", "end"] | None = None,
    rest: AtRest | None = None,
    after: tuple[str, str] | None = None,
    searchable: bool = False,
) -> Any:
    """A plain value (text, number, a word of a closed vocabulary); ``scheme`` checks it as a code.
    ``rest`` constrains it at rest (text is :data:`SHORT_TEXT` unless it says otherwise);
    ``after`` names the field whose value this one may not precede, and what it means if it does;
    ``span="start"`` or ``"end"`` makes it derived, never at rest: an end of the object's quote
    as located at load (``"quote"``: the quote, kept as a slice of its source's text);
    ``searchable`` makes it a name of the entity, which ``search()`` and name lookups match."""
    spec = FieldSpec(
        role="value",
        doc=doc,
        scheme=scheme,
        criterion=criterion,
        at_rest=at_rest,
        derived=span in ("start", "end"),
        span=span,
        rest=rest,
        range_of=after,
        searchable=searchable,
    )
    return _field(spec, default=default)


def texts(doc: str, *, criterion: str | None = None, rest: AtRest | None = None, searchable: bool = False) -> Any:
    """A tuple of strings (a list at rest); ``rest`` constrains each (:data:`SHORT_TEXT` by default)."""
    spec = FieldSpec(role="texts", doc=doc, criterion=criterion, rest=rest, searchable=searchable)
    return _field(spec, default=())


def date(
    doc: str, *, required: bool = False, criterion: str | None = None, after: tuple[str, str] | None = None
) -> Any:
    """A :class:`~povcoop.PartialDate` (ISO text at rest: ``2021``, ``2021-03``, ``2021-03-10``);
    ``after`` names the date it may not precede (a range's start), and what it means if it does."""
    spec = FieldSpec(role="date", doc=doc, criterion=criterion, range_of=after)
    return _field(spec, default=attrs.NOTHING if required else None)


def link(target: Kind, doc: str, *, criterion: str | None = None, required: bool = False, repr: Any = True) -> Any:
    """A link to one entity of ``target`` (its id at rest). Compared by id, so that equality
    never walks the graph (a source may cite itself)."""
    spec = FieldSpec(role="link", doc=doc, target=target, criterion=criterion)
    return _field(spec, default=attrs.NOTHING if required else None, eq=_link_key, repr=repr)


def links(target: Kind, doc: str, *, criterion: str | None = None) -> Any:
    """Links to entities of ``target`` (a list of ids at rest). Compared by id."""
    return _field(FieldSpec(role="links", doc=doc, target=target, criterion=criterion), default=(), eq=_links_key)


def refs(doc: str, *, criterion: str | None = None) -> Any:
    """References to entities of any kind (a list of ``"kind/id"`` at rest: ``"projects/x"``).
    Compared by kind and id."""
    return _field(FieldSpec(role="refs", doc=doc, criterion=criterion), default=(), eq=_refs_key)


def ref_key(entity: Any) -> str:
    """How a reference to ``entity`` is written: ``"projects/east-asia-poverty-reduction-demonstration"``."""
    return f"{entity.KIND}/{entity.id}"


def _refs_key(entities: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(ref_key(entity) for entity in entities)


def code(scheme: str, doc: str, *, required: bool = False, criterion: str | None = None) -> Any:
    """A :class:`~povcoop.Code` of ``scheme`` (the code's text at rest)."""
    spec = FieldSpec(role="code", doc=doc, scheme=scheme, criterion=criterion)
    return _field(spec, default=attrs.NOTHING if required else None)


def codes(scheme: str, doc: str, *, criterion: str | None = None, at_rest: str | None = None) -> Any:
    """Codes of ``scheme`` (a list of the codes' texts at rest, under ``at_rest`` if it differs)."""
    return _field(FieldSpec(role="codes", doc=doc, scheme=scheme, criterion=criterion, at_rest=at_rest), default=())


def nested(cls: type, doc: str, *, required: bool = True, flatten: bool = False) -> Any:
    """A value object of class ``cls`` (an object at rest, described by ``cls``'s own fields);
    ``flatten``: its fields are its owner's own columns in the tables (a metric's value)."""
    spec = FieldSpec(role="nested", doc=doc, nested=cls, flatten=flatten)
    return _field(spec, default=attrs.NOTHING if required else None)


def nested_list(cls: type, doc: str) -> Any:
    """A tuple of value objects of class ``cls`` (an array of objects at rest)."""
    return _field(FieldSpec(role="nested_list", doc=doc, nested=cls), default=())


def evidence(doc: str, *, required: bool = True) -> Any:
    """The evidence of a record (an array of evidence objects at rest): required, at least one
    piece, unless ``required=False`` (a source, which is evidence itself)."""
    return _field(FieldSpec(role="evidence", doc=doc), default=attrs.NOTHING if required else ())


def text(doc: str, *, at_rest: str) -> Any:
    """A source's text, held in a file at rest; ``at_rest`` names the field giving its path."""
    return _field(FieldSpec(role="text", doc=doc, at_rest=at_rest), default=None)


def _declaration_order(cls: type) -> dict[str, int]:
    """Attribute names in the order their names were first declared, base classes first: a subclass
    that redeclares ``id`` (a country's) keeps it where the base has it."""
    names: dict[str, int] = {}
    for klass in reversed(cls.__mro__):
        if attrs.has(klass):
            for attribute in attrs.fields(klass):
                names.setdefault(attribute.name, len(names))
    return names


_described: dict[type, tuple[Field, ...]] = {}


def names_of(cls: type) -> tuple[Field, ...]:
    """The fields of ``cls`` that name its entities (declared ``searchable``), in order.

    >>> from povcoop._domain.entities import Source
    >>> [field.name for field in names_of(Source)]
    ['id', 'name', 'name_zh', 'aliases', 'title', 'title_zh']
    """
    return tuple(field for field in fields_of(cls) if field.searchable)


def locates_quote(cls: type) -> bool:
    """Whether the objects of ``cls`` hold their quote's located offsets (an erratum does: its
    quote is located in its owner's text).

    >>> from povcoop._domain.values import Erratum, Quantity
    >>> locates_quote(Erratum), locates_quote(Quantity)
    (True, False)
    """
    return any(field.span == "start" for field in fields_of(cls))


def signature_of(cls: type) -> str:
    """The shape of ``cls``'s fields that the engine's generated code is laid out by, as text:
    each field's name, role, name at rest, target and code scheme. Kept generated code (see
    :mod:`povcoop._base.generated`) runs only for the signature it was generated from; a change
    this does not show (a default, a criterion) is caught by the test that regenerates it.

    >>> from povcoop._domain.values import Quantity
    >>> signature_of(Quantity)
    'number:value:number:None:None unit:value:unit:None:None scale:value:scale:None:None type:value:type:None:None'
    """
    found = _signatures.get(cls)
    if found is None:  # one f-string a field: the first load reads the signatures of some 20 classes
        fields = fields_of(cls)
        found = _signatures[cls] = " ".join([f"{f.name}:{f.role}:{f.at_rest}:{f.target}:{f.scheme}" for f in fields])
    return found


_signatures: dict[type, str] = {}


def fields_of(cls: type) -> tuple[Field, ...]:
    """The registry's description of every declared field of the entity or value class ``cls``.

    A field declared without a helper is an error: nothing may escape the registry.
    """
    found = _described.get(cls)
    if found is not None:
        return found
    described = []
    order = _declaration_order(cls)
    for attribute in sorted(attrs.fields(cls), key=lambda attribute: order[attribute.name]):
        spec = attribute.metadata.get(_KEY)
        if not isinstance(spec, FieldSpec):
            raise TypeError(f"{cls.__name__}.{attribute.name} is not declared through the registry's helpers")
        described.append(
            Field(
                name=attribute.name,
                at_rest=spec.at_rest or attribute.name,
                role=spec.role,
                doc=spec.doc,
                target=spec.target,
                scheme=spec.scheme,
                criterion=spec.criterion,
                nested=spec.nested,
                derived=spec.derived,
                span=spec.span,
                searchable=spec.searchable,
                required=attribute.default is attrs.NOTHING,
                type=attribute.type,
                module=cls.__module__,
                rest=spec.rest,
                range_of=spec.range_of,
                flatten=spec.flatten,
            )
        )
    return _described.setdefault(cls, tuple(described))


@attrs.frozen(kw_only=True)
class Computed:
    """A property worth a column of the tables, declared in its class's ``COMPUTED`` (the
    registry lists fields only): its ``role`` (how its value becomes columns), the ``scheme`` of
    its codes, and the ``inputs``, the fields its value is computed from where it depends on
    nothing else. Its description is the property's docstring, its type the property's.

    >>> from povcoop._domain.entities import Project
    >>> Project.COMPUTED[0].name, Project.COMPUTED[0].inputs
    ('all_dac_crs', ('own_dac_crs', 'sectors'))
    """

    name: str
    role: Role
    scheme: str | None = None
    inputs: tuple[str, ...] = ()


_computed: dict[type, tuple[Field, ...]] = {}


def computed_of(cls: type) -> tuple[Field, ...]:
    """The computed columns ``cls`` declares (its ``COMPUTED``), described as fields
    (``derived``, never at rest), after its registered fields.

    >>> from povcoop._domain.entities import Project
    >>> [(f.name, f.role, f.scheme, [i.name for i in f.inputs]) for f in computed_of(Project)][0]
    ('all_dac_crs', 'codes', 'oecd-dac-crs-purpose', ['own_dac_crs', 'sectors'])
    """
    found = _computed.get(cls)
    if found is not None:
        return found
    declared: tuple[Computed, ...] = getattr(cls, "COMPUTED", ())
    by_name = {field.name: field for field in fields_of(cls)} if declared else {}
    described = []
    for computed in declared:
        prop = getattr(cls, computed.name)
        described.append(
            Field(
                name=computed.name,
                at_rest=computed.name,
                role=computed.role,
                doc=(prop.__doc__ or computed.name).strip().splitlines()[0],
                target=None,
                scheme=computed.scheme,
                criterion=None,
                nested=None,
                derived=True,
                required=False,
                type=prop.fget.__annotations__["return"],
                module=cls.__module__,
                inputs=tuple(by_name[name] for name in computed.inputs),
            )
        )
    return _computed.setdefault(cls, tuple(described))


def written(annotation: Any) -> str:
    """An annotation as written: its text under ``from __future__ import annotations``.

    >>> written("int | None"), written(int)
    ('int | None', 'int')
    """
    if isinstance(annotation, str):
        return annotation
    return getattr(annotation, "__name__", None) or str(annotation)


def _describe(field: Field) -> str:
    facts = [written(field.annotation)]
    if field.target:
        facts.append(f"links to {field.target}")
    if field.scheme:
        facts.append(f"code of {field.scheme}")
    if field.criterion:
        facts.append(f"where({field.criterion}=...)")
    if field.vocabulary:
        facts.append("one of " + ", ".join(map(repr, field.vocabulary)))
    return f"    {field.name} ({'; '.join(facts)})\n        {field.doc}"


class _FieldsDocumented:
    """A class's ``__doc__``: its own docstring and the registry's field descriptions, written
    on the first read (``help()``, ``inspect.getdoc``, Sphinx), not at import: writing them for
    every class was about 1% of a cold ``import povcoop; povcoop.load()`` (5 million of its 487
    million instructions), and few sessions ever read a class's help."""

    __slots__ = ("own", "written")

    def __init__(self, own: str | None) -> None:
        self.own = own
        self.written: str | None = None

    def __get__(self, instance: object, owner: type | None = None) -> str:
        if self.written is None:  # two threads may both write it: the same text
            cls = owner if owner is not None else type(instance)
            lines = [_describe(field) for field in fields_of(cls)]
            own = (self.own or cls.__name__).rstrip()
            self.written = own + "\n\n    Fields:\n\n" + "\n".join(lines) + "\n"
        return self.written


def register(cls: type) -> None:
    """Describe ``cls``'s fields now, when its module is imported (a field declared without the
    registry's helpers fails the import, not a later load), and give ``cls`` their descriptions
    after its own docstring, for ``help()``.

    >>> from povcoop._domain.entities import Region
    >>> "Fields:" in Region.__doc__ and "m49 (Code | None; code of un-m49" in Region.__doc__
    True
    """
    fields_of(cls)
    cls.__doc__ = _FieldsDocumented(cls.__doc__)  # type: ignore[assignment]  # read as a str: see the class
