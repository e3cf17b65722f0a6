"""Work-arounds for bugs in the Qt binding, applied once when `shoplens.ui` is imported."""

from __future__ import annotations

import sys

_applied = False


def guard_bool_refcount() -> None:
    """Keep Python's True/False alive whatever PySide6 6.12 does to their reference counts.

    PySide6 6.12.0 returns True from `SignalInstance.emit()` (and `disconnect()`) without taking a new reference,
    so each call in Python code drops one reference of True; on CPython 3.11 the process aborts with
    "bool_dealloc: deallocating True or False" after a few hundred emits. Python 3.12+ makes True immortal; here we
    do the same by giving True and False a reference count no session can use up.
    """
    global _applied
    if _applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        _applied = True
        return
    import ctypes

    for obj in (True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the first field of every object
        if count.value < 1 << 40:
            count.value += 1 << 50
    _applied = True
