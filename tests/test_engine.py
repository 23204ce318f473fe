"""The engine's generated code: kept in the repository exactly as the registry gives it, run for
every size, readable (its source, its tracebacks) and equal to the reference interpreter."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import subprocess
import sys
import traceback
from pathlib import Path
from typing import Any

import attrs
import pytest

import povcoop
from povcoop._base import attrs_methods, generated
from povcoop._catalog.engine import kept_modules
from povcoop._domain.entities import ENTITY_TYPES

SOURCE = Path(povcoop.__file__).parent.parent
TOOL = SOURCE.parent / "tools" / "regenerate_engine.py"


@pytest.mark.parametrize("module", sorted(kept_modules()))
def test_regenerating_the_kept_code_changes_nothing(module: str) -> None:
    """A field changed without ``python tools/regenerate_engine.py`` fails here."""
    path = SOURCE.joinpath(*module.split(".")).with_suffix(".py")
    if module == attrs_methods.KEPT_MODULE:
        kept_with = importlib.import_module(module).GENERATED_WITH
        if kept_with != attrs_methods.generated_with():  # pragma: no cover - another attrs or Python
            pytest.skip(f"kept from {kept_with}, not {attrs_methods.generated_with()}: compiled as before")
    assert path.read_text(encoding="utf-8") == kept_modules()[module], (
        f"{path.name} is not what the registry gives: run python tools/regenerate_engine.py"
    )


def test_the_regeneration_tool_checks_without_writing() -> None:
    result = subprocess.run([sys.executable, str(TOOL), "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_the_shipped_load_runs_kept_code_and_compiles_nothing() -> None:
    """The first load imports the kept modules' byte code instead of compiling per class."""
    code = (
        "import json, povcoop, povcoop._base.generated as g\n"
        "made = []\n"
        "real = g.compile_generated\n"
        "g.compile_generated = lambda *a: made.append(a[1]) or real(*a)\n"
        "povcoop.load().projects.where(country='LAO')\n"
        "import sys\n"
        "print(json.dumps([made, sorted(m for m in sys.modules if '_kept_' in m)]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    made, kept = json.loads(result.stdout)
    assert made == []
    assert kept == [
        "povcoop._base._kept_attrs",
        "povcoop._catalog._kept_indexes",
        "povcoop._loading._kept_build",
        "povcoop._loading._kept_checks",
    ]


def test_the_shipped_tables_run_kept_readers_and_other_columns_are_compiled() -> None:
    code = (
        "import json, povcoop, povcoop._base.generated as g\n"
        "from povcoop._views import reader, specs\n"
        "made = []\n"
        "real = g.compile_generated\n"
        "g.compile_generated = lambda *a: made.append(a[1]) or real(*a)\n"
        "catalog = povcoop.load()\n"
        "catalog.to_tables(), catalog.projects.to_table()\n"
        "before = list(made)\n"
        "some = [s for s in specs._specs_of(povcoop.Project) if s.column.name in ('id', 'status')]\n"
        "columns = reader._columns(some, list(catalog.projects))\n"
        "print(json.dumps([before, made, list(columns['status'])]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after, statuses = json.loads(result.stdout)
    assert before == []
    assert after == ["table reader"]
    assert statuses == [project.status for project in povcoop.load().projects]


def test_kept_code_runs_where_its_file_says() -> None:
    """Kept functions are the module's code objects: their source and line numbers are the file's."""
    from povcoop._catalog.criteria import index_builder

    builder = index_builder(povcoop.Region)
    assert builder.__code__.co_filename.endswith("_kept_indexes.py")
    assert inspect.getsource(builder).startswith("def index_Region(items, normalize, wanted=None):")


def test_stale_kept_code_is_compiled_anew_with_its_source_in_view(monkeypatch: pytest.MonkeyPatch) -> None:
    """A registry changed since the kept module was written: the code is generated and compiled
    from the registry of now, under a file name of its own, whose lines a traceback shows."""
    kept = importlib.import_module("povcoop._loading._kept_checks")
    monkeypatch.setattr(kept, "SIGNATURES", {})
    from povcoop._loading import checks

    monkeypatch.setattr(checks, "_COMPILED", {})
    made = checks._compiled_checks(povcoop.Region)
    assert made.__code__.co_filename.startswith("<povcoop generated checks of Region #")
    assert inspect.getsource(made) == checks.checks_code(povcoop.Region)[1]


def test_a_failure_in_generated_code_shows_its_line() -> None:
    function = generated.compile_generated(
        "def explode(record):\n    total = 1\n    return total / record['zero']\n", "example", "explode", {}
    )
    with pytest.raises(ZeroDivisionError) as caught:
        function({"zero": 0})
    text = "".join(traceback.format_exception(caught.value))
    assert "<povcoop generated example #" in text
    assert "return total / record['zero']" in text


def test_each_compile_has_a_file_name_of_its_own() -> None:
    first = generated.compile_generated("def f():\n    return 1\n", "same", "f", {})
    second = generated.compile_generated("def f():\n    return 2\n", "same", "f", {})
    assert first.__code__.co_filename != second.__code__.co_filename
    assert inspect.getsource(first) != inspect.getsource(second)


def test_generated_source_shows_every_function_of_a_class() -> None:
    source = povcoop.generated_source(povcoop.Source)
    heads = [line for line in source.splitlines() if line.startswith("def ")]
    assert heads == [
        "def build_Source(context):",
        "def build_Source_without_evidence(context):",
        "def check_Source(checker):",
        "def index_Source(items, normalize, wanted=None):",
    ]
    compile(source, "<test>", "exec")  # it is Python, whole


def test_generated_source_of_a_value_class_has_no_index() -> None:
    heads = [line for line in povcoop.generated_source(povcoop.Evidence).splitlines() if line.startswith("def ")]
    assert heads == ["def build_Evidence(context):", "def check_Evidence(checker):"]


@pytest.mark.parametrize("wrong", [int, "Project", object])
def test_generated_source_refuses_what_is_not_a_registry_class(wrong: Any) -> None:
    with pytest.raises(TypeError):
        povcoop.generated_source(wrong)


def test_every_kind_has_kept_code() -> None:
    texts = kept_modules()
    for cls in ENTITY_TYPES.values():
        assert f"def build_{cls.__name__}(context):" in texts["povcoop._loading._kept_build"]
        assert f"def check_{cls.__name__}(checker):" in texts["povcoop._loading._kept_checks"]
        assert f"def index_{cls.__name__}(items, normalize, wanted=None):" in texts["povcoop._catalog._kept_indexes"]


# -- attrs' methods, kept ------------------------------------------------------------------------

_SPY_ON_ATTRS = (
    "import json, sys, attr._make as m\n"
    "compiled = []\n"
    "real = m._compile_and_eval\n"
    "m._compile_and_eval = spy = lambda s, g, l=None, f='': compiled.append(f) or real(s, g, l, f)\n"
    "import povcoop\n"
    "import povcoop._base.attrs_methods as a\n"
    "after = m._compile_and_eval\n"
    "made = povcoop.Code('x', 'y')\n"
    "print(json.dumps([compiled, after is spy, hash(made) == hash(povcoop.Code('x', 'y')),"
    " povcoop.Code.__hash__.__globals__[a.TYPE_HASH] == hash('<attrs generated hash povcoop._domain.values.Code>')]))\n"
)


@pytest.mark.parametrize("seed", ["0", "4242", "random"])
def test_the_import_compiles_no_method_attrs_makes(seed: str) -> None:
    """Every class ``import povcoop`` makes takes its methods from the kept byte code, whatever
    the hash seed (the number attrs starts a hash with is this process's), and attrs' own
    compile step is back once povcoop is imported."""
    env = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run([sys.executable, "-c", _SPY_ON_ATTRS], capture_output=True, text=True, check=True, env=env)
    compiled, restored, hashes_agree, own_type_hash = json.loads(result.stdout)
    assert compiled == []
    assert restored
    assert hashes_agree and own_type_hash


def test_kept_attrs_methods_are_attrs_own_and_show_their_source() -> None:
    kept = importlib.import_module(attrs_methods.KEPT_MODULE)
    assert len(kept.SCRIPTS) >= 40
    init = povcoop.Evidence.__init__
    assert init.__code__.co_filename == kept.__file__
    source = inspect.getsource(init)
    assert source.lstrip().startswith("def __init__(self, *, basis, source,")
    assert init.__qualname__ == "Evidence.__init__" and init.__module__ == "povcoop._domain.values"
    ev = povcoop.load().projects[0].evidence[0]
    assert ev == attrs.evolve(ev) and hash(ev) == hash(attrs.evolve(ev))
    assert repr(ev).startswith("Evidence(basis=")

    class Unequal(str):
        def __eq__(self, other: object) -> bool:
            raise RuntimeError("cannot compare")

        __hash__ = str.__hash__

    with pytest.raises(RuntimeError) as failed:
        _ = povcoop.Code(Unequal("s"), "x") == povcoop.Code(Unequal("s"), "x")
    frames = [frame for frame in traceback.extract_tb(failed.value.__traceback__) if frame.filename == kept.__file__]
    assert [frame.name for frame in frames] == ["__eq__"] and frames[0].line == "self.scheme == other.scheme and"
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'message'"):
        povcoop.Problem()  # type: ignore[call-arg]


def test_a_script_not_kept_is_compiled_by_attrs() -> None:
    """A class changed since the kept module was written (another field, another default) or a
    class of someone else's is compiled by attrs, as without povcoop."""
    kept = importlib.import_module(attrs_methods.KEPT_MODULE)
    name = "<attrs generated methods povcoop._domain.values.Code>"
    _, script = kept.SCRIPTS[name]
    assert attrs_methods.kept_methods(script.replace("self.scheme", "self.other"), name, {}) is None
    assert attrs_methods.kept_methods(script, "<attrs generated methods elsewhere.Code>", {}) is None
    names: dict[str, Any] = {"attr_dict": attrs.fields_dict(povcoop.Code)}
    made = attrs_methods.kept_methods(script.replace(attrs_methods.TYPE_HASH, "17"), name, names)
    assert made is not None and set(made) == {"__repr__", "__eq__", "__hash__", "__init__"}
    assert names[attrs_methods.TYPE_HASH] == 17

    with attrs_methods.kept_attrs_methods():

        @attrs.frozen
        class Code:  # the name of a kept class, in another module: compiled by attrs
            scheme: str

    assert Code("a") == Code("a") and Code.__init__.__code__.co_filename != kept.__file__


def test_the_regeneration_refuses_a_script_whose_methods_would_change() -> None:
    """Kept as a function's body, a name that one method takes from another defined beside it
    would be read from the function, not from attrs' names: the byte code differs, refused."""
    sibling = "def __eq__(self, other):\n    return __hash__\ndef __hash__(self):\n    return 1"
    with pytest.raises(ValueError, match="would not be attrs' own"):
        attrs_methods.kept_scripts_text({"<attrs generated methods m.P>": sibling}, "# K.")
    plain = "def __init__(self, x):\n    self.x = x\ndef __repr__(self):\n    return 'P'"
    assert "_methods_1" in attrs_methods.kept_scripts_text({"<attrs generated methods m.P>": plain}, "# K.")


def test_a_call_of_attrs_step_of_another_shape_goes_to_attrs_untouched(monkeypatch: pytest.MonkeyPatch) -> None:
    """An attrs that calls its compile step otherwise (another argument, another type) gets its
    own step, with the call as made."""
    from attr import _make

    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    monkeypatch.setattr(_make, "_compile_and_eval", lambda *args, **kwargs: calls.append((args, kwargs)))
    kept = importlib.import_module(attrs_methods.KEPT_MODULE)
    name = "<attrs generated methods povcoop._domain.values.Code>"
    _, script = kept.SCRIPTS[name]
    script = script.replace(attrs_methods.TYPE_HASH, "17")
    with attrs_methods.kept_attrs_methods():
        step: Any = _make._compile_and_eval
        step(script, {}, None, name, "more")
        step(script, {}, filename=name, optimize=2)
        step(script.encode(), {}, None, name)
        step(script, globs=None, filename=name)
        names = {"attr_dict": attrs.fields_dict(povcoop.Code)}
        step(script=script, globs=names, filename=name)
    assert calls == [
        ((script, {}, None, name, "more"), {}),
        ((script, {}), {"filename": name, "optimize": 2}),
        ((script.encode(), {}, None, name), {}),
        ((script,), {"globs": None, "filename": name}),
    ]
    assert {"__init__", "__eq__", "__hash__", "__repr__"} <= set(names)
    assert _make._compile_and_eval is not step
