"""Opening the sessions store for the window, so that the UI never imports ``storage``.

The window catches :class:`StorageError` (and :class:`StoreLockedError` to offer a read-only
view); both are the storage package's own classes, re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..storage.errors import (
    DamagedDatabaseError,
    StorageError,
    StoreFullError,
    StoreLockedError,
    StoreNewerError,
    StoreReadOnlyError,
)

if TYPE_CHECKING:
    from ..paths import AppPaths

__all__ = [
    "DamagedDatabaseError",
    "StorageError",
    "StoreFullError",
    "StoreLockedError",
    "StoreNewerError",
    "StoreReadOnlyError",
    "open_store",
]


def open_store(paths: AppPaths, *, read_only: bool = False) -> Any:
    """The app's :class:`~svmi_desktop.storage.Store` (raises ``StoreLockedError`` when another
    copy of the app has it open for writing, ``StorageError`` when it cannot be opened)."""
    from ..storage import Store

    return Store.open(paths, read_only=read_only)
