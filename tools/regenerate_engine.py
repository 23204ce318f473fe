"""Write the engine's kept modules: the code generated from the registry, ahead of time.

Run from the repository root as ``python tools/regenerate_engine.py`` after changing a field of
the registry (``--check`` only says whether a module would change, exiting 1 if one would).
tests/test_engine.py fails while a kept module differs from what this writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from povcoop._catalog.engine import kept_modules

SOURCE = Path(__file__).resolve().parent.parent / "src"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    changed = []
    for module, text in kept_modules().items():
        path = SOURCE.joinpath(*module.split(".")).with_suffix(".py")
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            changed.append(path)
            if not check:
                path.write_text(text, encoding="utf-8")
    for path in changed:
        print(f"{'would change' if check else 'wrote'} {path.relative_to(SOURCE.parent)}")
    return 1 if check and changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
