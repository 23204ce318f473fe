"""``import povcoop; povcoop.load()`` stays light, and the layers import only downwards."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import povcoop

PACKAGE = Path(povcoop.__file__).parent

HEAVY = ("pandas", "polars", "pyarrow", "matplotlib", "lxml", "numpy", "pydantic", "pycountry")


def test_load_imports_nothing_heavy() -> None:
    code = (
        "import sys, json, povcoop\n"
        "povcoop.load().projects.where(country='LAO')\n"
        "print(json.dumps(sorted(m.split('.')[0] for m in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(result.stdout))
    assert not loaded & set(HEAVY), f"imported on the way to the shipped catalog: {loaded & set(HEAVY)}"


def test_helpers_are_imported_on_first_use() -> None:
    code = (
        "import sys, json, povcoop\n"
        "povcoop.load()\n"
        "before = sorted(m for m in sys.modules if m.startswith('povcoop.'))\n"
        "povcoop.cite, povcoop.Table, povcoop.save, povcoop.export\n"
        "after = sorted(m for m in sys.modules if m.startswith('povcoop.'))\n"
        "print(json.dumps([before, after]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    before, after = json.loads(result.stdout)
    lazy = {"povcoop._cite", "povcoop._views", "povcoop._export", "povcoop._catalog.save", "povcoop._loading.meaning"}
    assert not lazy & set(before), f"imported by import povcoop; povcoop.load(): {lazy & set(before)}"
    assert lazy - {"povcoop._loading.meaning"} <= set(after)


def test_every_public_name_resolves_to_its_object() -> None:
    from povcoop._catalog.save import save
    from povcoop._cite import cite
    from povcoop._export import export
    from povcoop._views.table import Column, ForeignKey, Table

    expected = {"cite": cite, "export": export, "save": save, "Column": Column, "ForeignKey": ForeignKey}
    expected["Table"] = Table
    for name, value in expected.items():
        assert getattr(povcoop, name) is value, name
    for name in povcoop.__all__:
        assert getattr(povcoop, name) is not None, name
    assert set(povcoop.__all__) <= set(dir(povcoop))
    assert povcoop.codes.__name__ == "povcoop.codes"
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        povcoop.nothing  # noqa: B018


def test_json_schema_loads_pydantic_only_when_asked() -> None:
    code = (
        "import sys, povcoop\n"
        "print('pydantic' in sys.modules)\n"
        "povcoop.json_schema()\n"
        "print('pydantic' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "True"]


# The layers of the architecture (docs/architecture.md), lowest first, one line each: the packages
# (or top-level modules) of a layer may import their own layer or lower ones. A new layer is one
# line at its place; a new package, a name on its layer's line.
LAYERS = (
    ("_base",),  # errors, extras, gc, layout, vocab, version
    ("_codes",),  # the shipped code lists
    ("_domain",),  # entities, value objects, the registry
    ("_records",),  # the pydantic models of the files at rest
    ("_loading",),  # read, validate, checks, build, write
    ("_views",),  # tables, DataFrames, plots
    ("_catalog", "_iati_in"),
    ("_cite", "_export", "codes"),  # the helpers
    ("__init__", "__main__"),  # the public face
)


def _layer(module: str) -> int:
    top = module.split(".", maxsplit=1)[0]
    for level, names in enumerate(LAYERS):
        if top in names:
            return level
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).with_suffix("")
        parts = relative.parts
        found.append((".".join(parts), path))
    return found


def test_the_layers_name_the_modules_of_the_tree() -> None:
    named = {name for names in LAYERS for name in names}
    tops = {module.split(".", maxsplit=1)[0] for module, _ in _modules()}
    assert named == tops, f"named but absent: {sorted(named - tops)}; present but unnamed: {sorted(tops - named)}"


@pytest.mark.parametrize(("module", "path"), _modules(), ids=[m for m, _ in _modules()])
def test_imports_go_down_the_layers(module: str, path: Path) -> None:
    own = _layer(module)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            node.body = []  # imports for annotations only run no code
    # A second walk: ast.walk queues a node's children before yielding it, so the first walk
    # still visits what it cleared.
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("povcoop."):
            target = node.module.removeprefix("povcoop.")
            assert _layer(target) <= own, f"{module} (layer {own}) imports {target} (layer {_layer(target)})"
        if isinstance(node, ast.Import):
            for alias in node.names:
                assert not alias.name.startswith("povcoop."), "import povcoop modules with 'from'"


def test_records_layer_reads_the_domain_only_through_the_registry() -> None:
    """The record models are derived from the registry (issue 19): the records layer may read
    the registry and the classes it describes, nothing else of the domain (no display, no manifest)."""
    allowed = {"povcoop._domain", "povcoop._domain.fields", "povcoop._domain.entities", "povcoop._domain.values"}
    for path in (PACKAGE / "_records").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("povcoop._domain"):
                assert node.module in allowed, f"{path.name} imports {node.module}"


def test_domain_has_no_io_and_no_pydantic() -> None:
    forbidden = {"pydantic", "json", "importlib", "io", "os", "pathlib", "povcoop._records", "povcoop._loading"}
    for path in (PACKAGE / "_domain").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in forbidden and name not in forbidden, f"{path.name} imports {name}"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id != "open", f"{path.name} opens a file"


def test_py_typed_is_shipped() -> None:
    assert (PACKAGE / "py.typed").is_file()
