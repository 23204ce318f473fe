"""Every public class, function, method and property has a docstring a user can rely on.

Reachable from ``povcoop.__all__``: the public functions and classes, and the public methods
and properties of the classes (dunders left out, but for a hand-written ``__init__``). The
convention, light enough to check:

- a docstring whose first line is a summary: a sentence that ends on that line (``.``);
- a function or method with parameters names each of them in its docstring (for ``__init__``,
  in its own or the class's docstring);
- an exception the function raises itself (``raise KeyError(...)`` in its body) is named in its
  docstring;
- a public function's and a public class's docstring has an example (``>>>``), which runs as a
  doctest (``pytest`` collects ``src/povcoop`` with ``--doctest-modules``).

Names whose modules are being changed elsewhere are allowed to fail a check for now: each
allow-list below says what is left to do. An allowed name that passes fails the test, so the
lists only shrink.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import povcoop
from povcoop._base import _kept_attrs

_KEPT_ATTRS = _kept_attrs.__file__

MISSING_EXAMPLE: frozenset[str] = frozenset()
"""Public functions and classes whose docstrings have no example yet."""

MISSING_PARAMETERS: frozenset[str] = frozenset()
"""Functions and methods whose docstrings do not name every parameter yet."""

MISSING_SUMMARY: frozenset[str] = frozenset()
"""Docstrings without a one-line summary yet."""

MISSING_RAISES: frozenset[str] = frozenset()
"""Functions and methods whose docstrings do not name every exception they raise yet."""


def _is_generated(function: Any) -> bool:
    """Whether attrs wrote the method (``__init__``, ``__eq__``...): its fields document it.
    (Compiled by attrs, or run from the byte code povcoop keeps of what attrs wrote.)"""
    code = getattr(function, "__code__", None)
    return code is not None and (code.co_filename.startswith("<attrs generated") or code.co_filename == _KEPT_ATTRS)


def _members(cls: type) -> Iterator[tuple[str, Any]]:
    """The public methods and properties ``cls`` defines itself, and a hand-written ``__init__``."""
    for name, declared in vars(cls).items():
        if name.startswith("_") and name != "__init__":
            continue
        member = declared.__func__ if isinstance(declared, staticmethod | classmethod) else declared
        if isinstance(member, property) or (inspect.isfunction(member) and not _is_generated(member)):
            yield name, member


def documented() -> dict[str, Any]:
    """Every public object to check, by its name under ``povcoop``: ``"Collection.where"``."""
    found: dict[str, Any] = {}
    for name in povcoop.__all__:
        obj = getattr(povcoop, name)
        if inspect.isclass(obj):
            found[name] = obj
            for member_name, member in _members(obj):
                found[f"{name}.{member_name}"] = member
        elif inspect.isfunction(obj):
            found[name] = obj
    return found


OBJECTS = documented()


def _doc(obj: Any) -> str:
    function = obj.fget if isinstance(obj, property) else obj
    return inspect.cleandoc(function.__doc__ or "")


def _parameters(obj: Any) -> list[str]:
    if isinstance(obj, property) or inspect.isclass(obj):
        return []
    return [name for name in inspect.signature(obj).parameters if name not in ("self", "cls")]


def _raised(obj: Any) -> set[str]:
    """The exception classes the function's own body raises by name."""
    function = obj.fget if isinstance(obj, property) else obj
    if inspect.isclass(function):
        return set()
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))  # type: ignore[arg-type]
    raised = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and node.exc is not None:
            exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if isinstance(exc, ast.Name) and exc.id[:1].isupper():
                raised.add(exc.id)
    return raised


def _summary_problem(name: str, obj: Any) -> str | None:
    doc = _doc(obj)
    if not doc:
        return "no docstring"
    first = doc.splitlines()[0]
    if not first.rstrip().endswith((".", ".)")):
        return f"the first line is not a one-line summary: {first!r}"
    return None


def _parameters_problem(name: str, obj: Any) -> str | None:
    text = _doc(obj)
    if name.endswith(".__init__"):
        text += "\n" + _doc(OBJECTS[name.removesuffix(".__init__")])
    missing = [p for p in _parameters(obj) if not re.search(rf"\b{re.escape(p)}\b", text)]
    return f"parameters not described: {', '.join(missing)}" if missing else None


def _raises_problem(name: str, obj: Any) -> str | None:
    text = _doc(obj)
    missing = sorted(exc for exc in _raised(obj) if exc not in text)
    return f"raises, without saying so: {', '.join(missing)}" if missing else None


def _example_problem(name: str, obj: Any) -> str | None:
    if "." in name:  # methods and properties: an example is welcome, not required
        return None
    return None if ">>>" in _doc(obj) else "no example (>>>)"


CHECKS: dict[str, tuple[Callable[[str, Any], str | None], frozenset[str]]] = {
    "summary": (_summary_problem, MISSING_SUMMARY),
    "parameters": (_parameters_problem, MISSING_PARAMETERS),
    "raises": (_raises_problem, MISSING_RAISES),
    "example": (_example_problem, MISSING_EXAMPLE),
}


def test_the_walk_reaches_the_public_api() -> None:
    assert {"load", "cite", "json_schema", "Collection.where", "Catalog.search", "Project.all_dac_crs"} <= set(OBJECTS)
    assert "Project.__init__" not in OBJECTS  # attrs writes it; the registry documents its fields
    assert not any(name.split(".")[-1].startswith("_") and not name.endswith("__init__") for name in OBJECTS)


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_docstrings(check: str) -> None:
    find, allowed = CHECKS[check]
    problems = {name: problem for name, obj in OBJECTS.items() if (problem := find(name, obj)) is not None}
    unexpected = {name: problem for name, problem in problems.items() if name not in allowed}
    assert not unexpected, "\n".join(f"povcoop.{name}: {problem}" for name, problem in sorted(unexpected.items()))
    fixed = sorted(allowed - set(problems))
    assert not fixed, f"now documented: remove {', '.join(fixed)} from the {check} allow-list"


@pytest.mark.parametrize(
    ("check", "name", "obj"),
    [
        ("summary", "f", lambda: None),
        ("parameters", "f", lambda x: x),
        ("example", "f", lambda: None),
    ],
)
def test_the_checks_catch_an_undocumented_function(check: str, name: str, obj: Any) -> None:
    find, _ = CHECKS[check]
    assert find(name, obj) is not None


def test_the_raises_check_reads_the_body() -> None:
    def get(key: str) -> str:
        """The value of ``key``."""
        raise KeyError(key)

    assert _raises_problem("get", get) == "raises, without saying so: KeyError"
