"""The one way povcoop runs code it generates from the registry.

The engine's stages (the builder, the record checks, the collection indexes, the table reader)
turn the registry's description of a class into straight-line Python, once per class: for a
million records, asking the registry about every field of every record would be most of the
load. Every such function comes through this module, in one of two ways:

- **kept**: the source is generated ahead of time into a module of the package
  (``_loading/_kept_build.py``, ``_loading/_kept_checks.py``, ``_catalog/_kept_indexes.py``)
  by ``tools/regenerate_engine.py``, and a test fails when regenerating it would change a
  line. Loading it costs an import of compiled byte code instead of a compile per class
  (compiling every class's functions takes about 40 ms; the shipped catalog's first load
  is budgeted at 10 ms). Its code is bound to the names it needs (classes, defaults, fields)
  at run time.
- **compiled**: code that depends on the call (the table reader of a set of columns), or kept
  code that no longer matches the registry (a maintainer changed a field and has not
  regenerated yet), is compiled here under a file name of its own, registered in
  :mod:`linecache`: a traceback shows the failing line and :func:`inspect.getsource` works.

Either way a function's source can be read, and ``povcoop.generated_source(cls)`` prints a
class's.
"""

from __future__ import annotations

import builtins
import importlib
import itertools
import linecache
import sys
import threading
import types
from collections.abc import Callable, Mapping
from typing import Any, Final

_numbers: Final = itertools.count(1)
_lock: Final = threading.Lock()


def compile_generated(source: str, title: str, function: str, names: Mapping[str, Any]) -> Any:
    """The function named ``function`` defined by ``source``, its free names bound to ``names``.

    The code is compiled under a file name of its own (``<povcoop generated TITLE #N>``) whose
    lines are put in :mod:`linecache`, so tracebacks and :func:`inspect.getsource` show them.

    >>> double = compile_generated("def double(x):\\n    return 2 * x\\n", "example", "double", {})
    >>> double(21)
    42
    >>> import inspect
    >>> inspect.getsource(double).splitlines()[0]
    'def double(x):'
    """
    with _lock:
        filename = f"<povcoop generated {title} #{next(_numbers)}>"
    # mtime None: linecache.checkcache keeps the entry (it has no file to compare with).
    linecache.cache[filename] = (len(source), None, source.splitlines(keepends=True), filename)
    namespace = {"__builtins__": builtins, **names}
    exec(compile(source, filename, "exec"), namespace)
    return namespace[function]


def kept_or_compiled(
    kept_module: str,
    function: str,
    signature: str,
    code: Callable[[bool], tuple[Mapping[str, Any], str]],
    title: str,
) -> Any:
    """The kept function ``function`` of ``kept_module``, when the module was generated from a
    registry of the same ``signature``; otherwise its source compiled by
    :func:`compile_generated` (the same code, a compile slower). ``code(with_source)`` gives the
    names the code uses and, when asked, its source.

    ``signature`` sums up the registry facts the generator reads: a field added, renamed or
    changed since the module was generated makes it differ, and the code is made anew.
    """
    try:
        module: Any = sys.modules.get(kept_module) or importlib.import_module(kept_module)
    except ModuleNotFoundError as error:  # not generated yet: a maintainer's first run
        if error.name != kept_module:
            raise
        module = None
    kept = getattr(module, function, None)
    if kept is None or module.SIGNATURES.get(function) != signature:
        names, source = code(True)
        return compile_generated(source, title, function, names)
    names, _ = code(False)
    # The kept code object, run with the names of this process: classes, defaults, fields.
    bound = types.FunctionType(kept.__code__, {"__builtins__": builtins, **names}, function, kept.__defaults__)
    bound.__kwdefaults__ = kept.__kwdefaults__
    return bound


def kept_module_head(header: str) -> list[str]:
    """The first lines of every kept module: ``header`` (its docstring), then the pragmas that
    keep linters, type checkers and formatters off generated code."""
    return [header, "", "# ruff: noqa", "# mypy: ignore-errors", "# fmt: off", ""]


def kept_module_text(header: str, sources: Mapping[str, tuple[str, str]]) -> str:
    """The text of a kept module: ``header`` (its docstring), then for each function name its
    source, and the ``SIGNATURES`` of the registry they were generated from.

    >>> text = kept_module_text("# Kept.", {"f": ("def f():\\n    return 1\\n", "s")})
    >>> text.splitlines()[-6:]
    ['    return 1', '', '', 'SIGNATURES = {', "    'f': 's',", '}']
    """
    parts = kept_module_head(header)
    for source, _ in sources.values():
        parts += ["", source.rstrip("\n"), ""]
    parts += ["", "SIGNATURES = {"]
    parts += [f"    {name!r}: {signature!r}," for name, (_, signature) in sources.items()]
    parts += ["}", ""]
    return "\n".join(parts)
