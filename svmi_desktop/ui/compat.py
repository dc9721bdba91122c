"""Work around a PySide6 6.12.0 bug on Python 3.11: its wrappers drop a reference to ``None``
on many calls that return nothing, so after some thousands of calls CPython aborts with
"Fatal Python error: none_dealloc" (the same happens to ``True`` and ``False``). Python 3.12
made these immortal (PEP 683); here we do the same by giving them a reference count that can
never run out. Nothing else changes.
"""

from __future__ import annotations

import sys

import PySide6

_IMMORTAL = 1 << 40


#: PySide6 releases known to have the bug (the project's pin already excludes 6.12.0).
AFFECTED = ("6.12.0",)


def make_none_immortal() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if PySide6.__version__ not in AFFECTED:
        return
    import ctypes  # ~3 ms; only where the workaround is needed

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        if refcount.value < _IMMORTAL:
            refcount.value += _IMMORTAL


make_none_immortal()
