"""Every public function, class, method or property added since code 0.2.0 says in its docstring
which version added it (``.. versionadded::``), so that the API reference tells users what they can
rely on. ``data/public_api_0.2.0.txt`` lists the public names of the 0.2.0 release (its last
commit), one a line: module-level names and the public members of public classes."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import povcoop
import povcoop.codes

BASELINE = Path(__file__).parent / "data" / "public_api_0.2.0.txt"
_DIRECTIVE = re.compile(r"\.\. versionadded:: (\d+)\.(\d+)\.(\d+)")


def _public() -> dict[str, Any]:
    """Each public name with what carries its docstring (a callable, class or property); None for
    data (constants, attrs fields), whose description is the registry's."""
    found: dict[str, Any] = {}
    for module, prefix in ((povcoop, "povcoop"), (povcoop.codes, "povcoop.codes")):
        names = getattr(module, "__all__", [name for name in dir(module) if not name.startswith("_")])
        for name in names:
            if name.startswith("__"):
                continue
            value = getattr(module, name)
            if inspect.ismodule(value):
                continue
            found[f"{prefix}.{name}"] = value if callable(value) else None
            if inspect.isclass(value) and value.__module__.startswith("povcoop"):
                for member, raw in vars(value).items():
                    if not member.startswith("_"):
                        documented = callable(raw) or isinstance(raw, (property, classmethod, staticmethod))
                        found[f"{prefix}.{name}.{member}"] = raw if documented else None
    return found


def test_the_baseline_is_a_list_of_names() -> None:
    names = BASELINE.read_text(encoding="utf-8").split()
    assert len(names) > 200
    assert "povcoop.load" in names
    assert "povcoop.Collection.where" in names


def test_every_public_name_added_since_0_2_0_says_when() -> None:
    released = set(BASELINE.read_text(encoding="utf-8").split())
    missing = []
    for name, documented in sorted(_public().items()):
        if name in released or documented is None:
            continue
        doc = inspect.getdoc(documented) or ""
        found = _DIRECTIVE.search(doc)
        if found is None or tuple(map(int, found.groups())) <= (0, 2, 0):
            missing.append(name)
    assert not missing, f"add '.. versionadded:: 0.3.0' (or the version that adds it) to: {missing}"
