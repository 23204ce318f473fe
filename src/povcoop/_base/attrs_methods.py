"""attrs' methods of povcoop's classes, run from kept byte code instead of compiled at each import.

attrs writes the methods of each class it makes (``__init__``, ``__repr__``, ``__eq__``,
``__hash__``) as Python source and compiles that source when the class is made. For the 40
classes ``import povcoop`` makes, that is 52 KB of source compiled at every import: 11 to 20 ms
of an import of 35 to 65 ms on the machine of ``docs/performance.md``, its largest single cost.
The source is the same at every import, so it is kept, as the engine's generated code is:
``_base/_kept_attrs.py`` holds each class's script as the body of a function, written by
``python tools/regenerate_engine.py`` from the scripts attrs made in a fresh process, and Python
caches that module's byte code like any module's (its ``.pyc``).

While ``povcoop`` imports its modules, :func:`kept_attrs_methods` stands in for attrs' compile
step (``attr._make._compile_and_eval``, which compiles a script and runs it in attrs' names). A
script equal to a kept one runs from the kept byte code, in attrs' names: the same methods, to
the byte code (the tool checks each function's code against the script's), with the kept
module's file name, so a traceback through an ``__init__`` shows its line. Any other script (a
class changed and not regenerated, another attrs or Python that writes other source, a class of
another library made meanwhile by another thread) is compiled by attrs as before.

One number in a script changes from process to process: attrs starts every hash with the hash
of the class's name, which moves with the hash seed; a kept script has the name
:data:`TYPE_HASH` there, bound to this process's number when the script runs.
"""

from __future__ import annotations

import builtins
import importlib
import threading
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, Final

KEPT_MODULE: Final = "povcoop._base._kept_attrs"
"""The module of the kept scripts: ``SCRIPTS`` maps attrs' file name of a script to the kept
function that makes its methods and the script it was generated from."""

TYPE_HASH: Final = "_attrs_type_hash"
"""The name that stands for the number attrs puts first in a hash, in a kept script."""

_HASH_START: Final = "\n        return hash((\n                "
"""What attrs writes before the number that starts a hash (``def __hash__(self):``, then
``return hash((`` and the number, each on its line): found by ``str.find``, ten times faster
than a regular expression over the 52 KB of scripts."""

_lock: Final = threading.Lock()
_kept: dict[str, tuple[Callable[[], dict[str, Any]], str]] | None = None


def normalized(script: str) -> tuple[str, int | None]:
    """``script`` with the number that starts its hash (if it has one) written :data:`TYPE_HASH`,
    and that number.

    >>> script, number = normalized("def __hash__(self):\\n        return hash((\\n                -42,\\n")
    >>> script.splitlines()[-1].strip(), number
    ('_attrs_type_hash,', -42)
    >>> normalized("def __init__(self):\\n    pass")
    ('def __init__(self):\\n    pass', None)
    >>> normalized("def __hash__(self):\\n        return hash((\\n                x,\\n")[1] is None
    True
    """
    start = script.find(_HASH_START)
    if start < 0:
        return script, None
    start += len(_HASH_START)
    end = script.find(",\n", start)
    number = script[start:end]
    digits = number.removeprefix("-")
    if end < 0 or not (digits.isascii() and digits.isdigit()):
        return script, None
    return f"{script[:start]}{TYPE_HASH}{script[end:]}", int(number)


def _kept_scripts() -> Mapping[str, tuple[Callable[[], dict[str, Any]], str]]:
    global _kept  # noqa: PLW0603 - read once, on the first class made
    with _lock:
        if _kept is None:
            try:
                _kept = importlib.import_module(KEPT_MODULE).SCRIPTS
            except ModuleNotFoundError as error:  # not generated yet: a maintainer's first run
                if error.name != KEPT_MODULE:
                    raise
                _kept = {}
        return _kept


def kept_methods(script: str, filename: str, names: dict[str, Any]) -> dict[str, Any] | None:
    """The functions that ``script`` (attrs' source of a class's methods, under attrs'
    ``filename``) defines, made from the kept byte code with attrs' ``names`` as their globals;
    ``None`` when no kept script is equal to it."""
    found = _kept_scripts().get(filename)
    if found is None:
        return None
    make, kept_script = found
    script, type_hash = normalized(script)
    if script != kept_script:
        return None
    names.setdefault("__builtins__", builtins.__dict__)  # as eval() does
    if type_hash is not None:
        names[TYPE_HASH] = type_hash
    methods: dict[str, Any] = types.FunctionType(make.__code__, names)()
    return methods


def _parts_of(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[str | None, Any, Any, str]:
    """The script, globals, locals and file name of a call of attrs' compile step, or ``None``
    for the script when the call has another shape."""
    named = dict(zip(("script", "globs", "locs", "filename"), args, strict=False)) if len(args) <= 4 else None
    if named is None or not set(kwargs) <= {"script", "globs", "locs", "filename"} or set(kwargs) & set(named):
        return None, None, None, ""
    named.update(kwargs)
    script, globs, filename = named.get("script"), named.get("globs"), named.get("filename", "")
    if not isinstance(script, str) or not isinstance(globs, dict) or not isinstance(filename, str):
        return None, None, None, ""
    return script, globs, named.get("locs"), filename


@contextmanager
def kept_attrs_methods() -> Iterator[None]:
    """Within: the classes attrs makes take their methods from the kept byte code when their
    script is a kept one (see the module's docstring); attrs' own step again after.

    >>> import attrs
    >>> with kept_attrs_methods():
    ...     @attrs.frozen
    ...     class Point:
    ...         x: int
    >>> Point(1) == Point(1), repr(Point(2))
    (True, 'Point(x=2)')
    """
    from attr import _make

    original = getattr(_make, "_compile_and_eval", None)
    if original is None:  # pragma: no cover - an attrs without the step: it compiles as always
        yield
        return

    def compile_and_eval(*args: Any, **kwargs: Any) -> None:
        # attrs 24.2 to 26 call it (script, globs, locs=None, filename=""); a call of another
        # shape, from an attrs that changed it, goes to attrs' own step untouched
        script, globs, locs, filename = _parts_of(args, kwargs)
        methods = None if script is None or globs is None else kept_methods(script, filename, globs)
        if methods is None or globs is None:
            original(*args, **kwargs)
        else:  # where eval() would have put what the script defines
            (globs if locs is None else locs).update(methods)

    _make._compile_and_eval = compile_and_eval
    try:
        yield
    finally:
        if _make._compile_and_eval is compile_and_eval:
            _make._compile_and_eval = original


# -- writing the kept module (tools/regenerate_engine.py) -----------------------------------------


def scripts_of_import() -> dict[str, str]:
    """attrs' script of each class that ``import povcoop`` makes, by attrs' file name, read from
    :mod:`linecache` (where attrs puts each) in a fresh interpreter that imports this povcoop."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import json, linecache, povcoop\n"
        "print(json.dumps({name: ''.join(entry[2]) for name, entry in linecache.cache.items()"
        " if name.startswith('<attrs generated ') and ' povcoop.' in name}))\n"
    )
    source = str(Path(__file__).resolve().parent.parent.parent)
    path = os.pathsep.join([source, *filter(None, [os.environ.get("PYTHONPATH")])])
    env = {**os.environ, "PYTHONPATH": path}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    scripts: dict[str, str] = json.loads(result.stdout)
    return dict(sorted(scripts.items()))


def kept_scripts_text(scripts: Mapping[str, str], header: str) -> str:
    """The text of the kept module of ``scripts`` (attrs' file name -> script), under ``header``.

    Each script becomes the body of a function that returns the methods it defines; the tool
    refuses a script whose methods would not be the same byte code there as in the script.

    >>> text = kept_scripts_text({"<attrs generated methods m.P>": "def __init__(self, x):\\n    self.x = x"}, "# K.")
    >>> print(text.split("# fmt: off")[1].split("GENERATED_WITH")[0].strip())
    def _methods_1():
        # <attrs generated methods m.P>
        def __init__(self, x):
            self.x = x
        return locals()
    <BLANKLINE>
    <BLANKLINE>
    SCRIPTS = {
        '<attrs generated methods m.P>': (_methods_1, 'def __init__(self, x):\\n    self.x = x'),
    }
    """
    from povcoop._base.generated import kept_module_head

    parts = kept_module_head(header)
    table = []
    for number, (filename, script) in enumerate(scripts.items(), 1):
        kept, _ = normalized(script)
        function = f"_methods_{number}"
        body = "".join(f"    {line}" if line.strip() else line for line in kept.splitlines(keepends=True))
        source = f"def {function}():\n    # {filename}\n{body.rstrip()}\n    return locals()\n"
        _check_same_code(kept, source, function, filename)
        parts += ["", source]
        table.append(f"    {filename!r}: ({function}, {kept!r}),")
    parts += ["", "SCRIPTS = {", *table, "}", "", f"GENERATED_WITH = {generated_with()!r}", ""]
    return "\n".join(parts)


def generated_with() -> dict[str, str]:
    """The versions whose scripts a kept module holds: attrs' and Python's (another may write
    other scripts, which are then compiled as before)."""
    import sys

    import attr

    return {"attrs": attr.__version__, "python": f"{sys.version_info.major}.{sys.version_info.minor}"}


_NESTED: Final = 0x10  # CO_NESTED: set on a function defined in a function, the one difference


def _check_same_code(script: str, source: str, function: str, filename: str) -> None:
    """Refuse ``source`` unless each method its function defines is compiled to the same byte
    code, constants and names as the method ``script`` defines."""
    made = {c.co_name: c for c in compile(script, filename, "exec").co_consts if isinstance(c, types.CodeType)}
    outer = next(c for c in compile(source, filename, "exec").co_consts if isinstance(c, types.CodeType))
    kept = {c.co_name: c for c in outer.co_consts if isinstance(c, types.CodeType)}

    def shape(code: types.CodeType) -> tuple[Any, ...]:
        return (
            code.co_code,
            tuple(shape(c) if isinstance(c, types.CodeType) else c for c in code.co_consts),
            code.co_names,
            code.co_varnames,
            code.co_freevars,
            code.co_cellvars,
            code.co_argcount,
            code.co_posonlyargcount,
            code.co_kwonlyargcount,
            code.co_flags & ~_NESTED,
        )

    if made.keys() != kept.keys() or outer.co_cellvars or any(shape(made[n]) != shape(kept[n]) for n in made):
        raise ValueError(f"{filename}: its methods would not be attrs' own kept in {function}")
