"""Local storage of workshop sessions (DESIGN.md section 5): SQLite, autosave, backups, recovery.

No Qt here. :class:`Store` is the only way in; all SQL lives in the :mod:`.repository` package.
"""

from .errors import (
    DamagedDatabaseError,
    StorageError,
    StoreFullError,
    StoreLockedError,
    StoreNewerError,
    StoreReadOnlyError,
    StoreReadOnlyModeError,
)
from .repository import SCHEMA_VERSION
from .store import RecoveryReport, SessionSummary, Store

__all__ = [
    "SCHEMA_VERSION",
    "DamagedDatabaseError",
    "RecoveryReport",
    "SessionSummary",
    "StorageError",
    "Store",
    "StoreFullError",
    "StoreLockedError",
    "StoreNewerError",
    "StoreReadOnlyError",
    "StoreReadOnlyModeError",
]
