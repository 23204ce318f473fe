"""The code the engine generates from the registry, gathered: each class's source, and the
text of the kept modules (see :mod:`povcoop._base.generated`).

``tools/regenerate_engine.py`` writes :func:`kept_modules` into the package; a test fails when
what is written differs from what the registry gives now.

>>> from povcoop._domain.entities import Region
>>> print(generated_source(Region).splitlines()[0])
def build_Region(context):
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import attrs

from povcoop._base import attrs_methods
from povcoop._catalog.criteria import KEPT_MODULE as INDEXES_MODULE
from povcoop._catalog.criteria import indexes_code, indexes_name, indexes_signature
from povcoop._domain.entities import ENTITY_TYPES, Entity, Source
from povcoop._domain.fields import fields_of, signature_of
from povcoop._domain.values import Evidence
from povcoop._loading.build import KEPT_MODULE as BUILDERS_MODULE
from povcoop._loading.build import builder_code, builder_name
from povcoop._loading.checks import KEPT_MODULE as CHECKS_MODULE
from povcoop._loading.checks import checks_code, checks_name
from povcoop._views.reader import KEPT_MODULE as _READERS_MODULE

_HEADERS = {
    BUILDERS_MODULE: "the builders of the loader (povcoop._loading.build)",
    CHECKS_MODULE: "the record checks of the loader (povcoop._loading.checks)",
    INDEXES_MODULE: "the index builders of the collections (povcoop._catalog.criteria)",
    _READERS_MODULE: "the readers of the shipped catalog's tables (povcoop._views.reader)",
}


def generated_source(cls: type) -> str:
    """The Python source the engine runs for the entity or value class ``cls``.

    Its builder (and, for a source, its builder without evidence), its record checks and, for
    an entity, its index builder, each generated from the registry; a ``TypeError`` for a
    class outside the registry.

    .. versionadded:: 0.3.0

    >>> import povcoop
    >>> source = povcoop.generated_source(povcoop.Project)
    >>> [line for line in source.splitlines() if line.startswith("def ")]
    ['def build_Project(context):', 'def check_Project(checker):', 'def index_Project(items, normalize, wanted=None):']
    """
    if not attrs.has(cls):
        raise TypeError(f"generated_source() takes an entity or value class of povcoop, not {cls!r}")
    fields_of(cls)  # a class outside the registry is refused here, with what to do
    return "\n\n".join(source for _, _, source, _ in _functions_of(cls))


def kept_modules() -> dict[str, str]:
    """The text of each kept module, by its module name: the generated functions of every
    class the shipped kinds reach, in a fixed order, and attrs' methods of the classes that
    ``import povcoop`` makes.

    >>> sorted(kept_modules())[:2]
    ['povcoop._base._kept_attrs', 'povcoop._catalog._kept_indexes']
    """
    functions: dict[str, dict[str, tuple[str, str]]] = {module: {} for module in _HEADERS}
    for cls in _classes():
        for module, name, source, signature in _functions_of(cls):
            functions[module][name] = (source, signature)
    functions[_READERS_MODULE] = _readers()
    from povcoop._base.generated import kept_module_text

    kept = {
        module: kept_module_text(
            f'"""Generated code: {_HEADERS[module]}.\n\n'
            'Made by ``python tools/regenerate_engine.py`` from the registry; do not edit."""',
            functions[module],
        )
        for module in _HEADERS
    }
    kept[attrs_methods.KEPT_MODULE] = _kept_attrs_text()
    return kept


@functools.cache
def _kept_attrs_text() -> str:
    """The kept module of attrs' methods (see :mod:`povcoop._base.attrs_methods`): made once a
    process, from a fresh interpreter's import."""
    return attrs_methods.kept_scripts_text(
        attrs_methods.scripts_of_import(),
        '"""Generated code: the methods attrs makes for the classes of ``import povcoop``, kept as\n'
        "byte code (povcoop._base.attrs_methods).\n\n"
        'Made by ``python tools/regenerate_engine.py`` from the scripts attrs writes; do not edit."""',
    )


def _functions_of(cls: type) -> Iterator[tuple[str, str, str, str]]:
    """(kept module, function name, source, signature) of each generated function of ``cls``."""
    yield BUILDERS_MODULE, builder_name(cls), builder_code(cls)[1], signature_of(cls)
    if isinstance(cls, type) and issubclass(cls, Source):
        yield BUILDERS_MODULE, builder_name(cls, True), builder_code(cls, True)[1], signature_of(cls)
    yield CHECKS_MODULE, checks_name(cls), checks_code(cls)[1], signature_of(cls)
    if isinstance(cls, type) and issubclass(cls, Entity):
        yield INDEXES_MODULE, indexes_name(cls), indexes_code(cls)[1], indexes_signature(cls)


def _readers() -> dict[str, tuple[str, str]]:
    """The table readers of the shipped catalog's tables (``to_tables()``, ``to_frame()``), by name."""
    from povcoop._catalog.load import shipped
    from povcoop._views.reader import reader_key, reader_name, reader_source, recording_plans
    from povcoop._views.tables import tidy_tables

    with recording_plans() as plans:
        tidy_tables(shipped())
    readers = {reader_name(plan): (reader_source(plan, reader_name(plan)), reader_key(plan)) for plan in plans}
    return dict(sorted(readers.items()))


def _classes() -> list[type]:
    """Every class the shipped kinds reach through nested fields, each once, in a fixed order."""
    found: dict[type, None] = {}
    stack: list[type] = [*reversed(ENTITY_TYPES.values()), Evidence]
    while stack:
        cls = stack.pop()
        if cls in found:
            continue
        found[cls] = None
        stack += [field.nested for field in reversed(fields_of(cls)) if field.nested is not None]
    return list(found)
