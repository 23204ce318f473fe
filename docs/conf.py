"""Sphinx configuration of povcoop's documentation site.

Build it with ``python -m sphinx -W --keep-going -b html docs docs/_build/html`` (after
``pip install -e ".[docs]"``). Pages are MyST Markdown; ``tutorial.ipynb`` is executed at build
time by myst-nb; the API reference is autodoc over the docstrings, with type hints. Nothing is
fetched from the network (no intersphinx).
"""

from __future__ import annotations

import ast
import contextlib
import inspect
import os
import sys
import warnings
from pathlib import Path
from typing import Any

from sphinx.addnodes import pending_xref
from sphinx.transforms.post_transforms import SphinxPostTransform

ROOT = Path(__file__).resolve().parents[1]
SOURCE = str(ROOT / "src")
# The source tree documented, not whatever is installed: here, and in the kernel that runs the
# tutorial (a subprocess, which inherits the environment).
sys.path.insert(0, SOURCE)
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [SOURCE, os.environ.get("PYTHONPATH")]))

import povcoop  # noqa: E402  (after the source folder is on the path)
from povcoop._domain.fields import fields_of  # noqa: E402

project = "povcoop"
author = "povcoop developers"
copyright = "povcoop developers; code MIT, curated records CC BY 4.0"
release = povcoop.__version__
version = release

extensions = [
    "myst_nb",  # Markdown (it brings myst-parser) and notebooks executed at build time
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",  # the Args:, Returns: and Raises: sections of the docstrings
    "sphinx_autodoc_typehints",
]

root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "**.ipynb_checkpoints", "jupyter_execute"]
source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# The tutorial is executed on every build, so its outputs are those of the code documented;
# an error in a cell fails the build.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 120

autodoc_member_order = "bysource"
typehints_fully_qualified = False
always_document_param_types = True
always_use_bars_union = True


html_theme = "furo"
html_title = f"povcoop {release}"
html_static_path: list[str] = []

# sphinx-autodoc-typehints 3.6 still calls an API Sphinx 10 removes; not ours to fix.
warnings.filterwarnings("ignore", message=".*set_application.*", module="sphinx_autodoc_typehints")


def _resolve_type_checking_imports() -> None:
    """Make the names povcoop imports only for type checking resolvable by the type hints.

    The modules import ``Kind``, the vocabularies and linked classes under ``if TYPE_CHECKING:``
    (keeping ``import povcoop`` light); here those imports run into each module's namespace, and
    into the namespace of the ``__init__`` methods attrs generates (a copy made when the class
    was defined), so that each annotation resolves to the class it names.
    """
    modules = [module for name, module in sorted(sys.modules.items()) if name.startswith("povcoop")]
    for module in modules:
        tree = ast.parse(inspect.getsource(module))
        for node in tree.body:
            if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
                code = compile(ast.Module(body=node.body, type_ignores=[]), module.__name__, "exec")
                with contextlib.suppress(ImportError):  # an optional library absent: its hints stay text
                    exec(code, module.__dict__)
    for name in povcoop.__all__:
        cls = getattr(povcoop, name)
        init = getattr(cls, "__init__", None) if isinstance(cls, type) else None
        namespace = getattr(init, "__globals__", None)
        module = sys.modules.get(getattr(cls, "__module__", ""))
        if namespace is not None and module is not None and namespace is not module.__dict__:
            for key, value in module.__dict__.items():
                namespace.setdefault(key, value)


_resolve_type_checking_imports()


def _field_docs(app: Any, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    """Give each entity and value field the description the registry declares for it: attrs
    fields carry no docstring of their own, the registry holds them."""
    if what != "attribute" or lines:
        return
    owner_name, _, field_name = name.rpartition(".")
    owner = getattr(povcoop, owner_name.removeprefix("povcoop."), None)
    if owner is None or not hasattr(owner, "__attrs_attrs__"):
        return
    try:
        declared = fields_of(owner)
    except TypeError:  # a value class declared with plain attrs fields (Code, PartialDate)
        return
    for field in declared:
        if field.name == field_name:
            lines.append(field.doc)
            if field.target:
                linked = "Links to" if field.many else "A link to"
                lines += ["", f"{linked} {field.target} (at rest: {'ids' if field.many else 'its id'})."]
            return


class _BuiltinType(SphinxPostTransform):
    """Point a type hint's bare ``type`` (``type[Entity]``) at the builtin: Sphinx would look it
    up among the documented attributes, and every entity has one called ``type``."""

    default_priority = 5  # before the references are resolved (10)

    def run(self, **kwargs: Any) -> None:
        for node in self.document.findall(pending_xref):
            if node.get("refdomain") == "py" and node.get("reftarget") == "type":
                node["reftarget"] = "builtins.type"


def setup(app: Any) -> None:
    app.connect("autodoc-process-docstring", _field_docs)
    app.add_post_transform(_BuiltinType)
