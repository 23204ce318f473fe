"""The optional dependencies of the extras (pandas, pyarrow, matplotlib, openpyxl, lxml): imported
where a function needs one, with an error naming the extra that installs it. Shared by the views
and the exports, so it lives in the base."""

from __future__ import annotations

import importlib
from typing import Any


def need(module: str, extra: str) -> Any:
    """Import ``module``, or an ImportError naming the extra that installs it.

    >>> need("json", "none").dumps([1])
    '[1]'
    >>> need("no_such_module_here", "plot")
    Traceback (most recent call last):
    ...
    ImportError: this needs no_such_module_here: pip install "povcoop[plot]"
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(f'this needs {module}: pip install "povcoop[{extra}]"') from error
