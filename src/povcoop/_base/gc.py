"""Pausing the garbage collector while a bulk step builds objects that are all kept (the loader's
build, the catalog's indexes, the tables): shared by layers above, so it lives in the base."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_gc_lock = threading.Lock()
_gc_pauses = [0, False]  # how many pauses are open; whether the collector was on at the first


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the garbage collector while a bulk load builds objects that are all kept; its
    state is restored when the last open pause ends. Building a million objects with the
    collector on costs more in collections than in building.

    >>> import gc
    >>> with gc_paused():
    ...     with gc_paused():
    ...         gc.isenabled()
    ...     gc.isenabled()
    False
    False
    >>> gc.isenabled()
    True
    """
    with _gc_lock:
        if _gc_pauses[0] == 0:
            _gc_pauses[1] = gc.isenabled()
            gc.disable()
        _gc_pauses[0] += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses[0] -= 1
            if _gc_pauses[0] == 0 and _gc_pauses[1]:
                gc.enable()
