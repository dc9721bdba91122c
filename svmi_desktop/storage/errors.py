"""Storage errors: each message is one plain-English sentence saying what happened and what to do.

:func:`translate` turns the ``sqlite3`` and ``OSError`` exceptions that reach the store into
these, so that nothing technical (and no traceback) reaches the facilitator for a condition of
the machine rather than a bug.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from ..errors import SvmiError


class StorageError(SvmiError):
    """The sessions database could not do what was asked."""


class StoreLockedError(StorageError):
    """Another process or window has the store open for writing."""


class StoreNewerError(StorageError):
    """The database was made by a newer version of SVMI Desktop; it is refused and left untouched."""


class StoreReadOnlyError(StorageError):
    """The data folder or database file cannot be written."""


class StoreFullError(StorageError):
    """The disk filled up while saving; the change was not stored, nothing stored before is lost."""


class StoreReadOnlyModeError(StorageError):
    """A change was asked of a store opened read-only (for example in a second window)."""


class DamagedDatabaseError(StorageError):
    """The database file is damaged (used inside the store to trigger recovery)."""


LOCKED_MESSAGE = (
    "SVMI Desktop is already open in another window (or a command is using its sessions); "
    "close it first, or open the sessions read-only."
)

_DAMAGE_MARKERS = (
    "file is not a database",
    "database disk image is malformed",
    "malformed",
    "corrupt",
)


def is_damage(exc: BaseException) -> bool:
    """Whether an sqlite3 error says the file itself is damaged (not locked, not full)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    text = str(exc).lower()
    return any(marker in text for marker in _DAMAGE_MARKERS)


def translate(exc: BaseException, where: str) -> StorageError:
    """The storage error for an ``sqlite3`` or ``OSError`` exception; ``where`` names the folder."""
    if isinstance(exc, StorageError):
        return exc
    text = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return full_error(where)
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EEXIST):
            return read_only_error(where)
        return StorageError(
            f"The sessions in {where} could not be saved because the disk reported an error "
            f"({exc.strerror or exc}); check the disk and try again."
        )
    if "database or disk is full" in text or "disk is full" in text:
        return full_error(where)
    if "readonly database" in text or "read-only" in text or "unable to open database file" in text:
        return read_only_error(where)
    if "database is locked" in text or "database table is locked" in text:
        return StoreLockedError(LOCKED_MESSAGE)
    if is_damage(exc):
        return DamagedDatabaseError(
            f"The sessions database in {where} is damaged; close SVMI Desktop and open it again "
            f"to recover it from the latest backup."
        )
    if "disk i/o error" in text:
        return StorageError(
            f"The disk holding {where} reported an input/output error, so the change was not saved; "
            f"check the disk (or USB stick) and try again."
        )
    return StorageError(f"The sessions database in {where} reported an error ({exc}).")


def full_error(where: str) -> StoreFullError:
    return StoreFullError(
        f"The disk holding {where} is full, so the last change was not saved (everything saved "
        f"before it is safe); free some space and the change will be saved when you try again."
    )


def read_only_error(where: str) -> StoreReadOnlyError:
    return StoreReadOnlyError(
        f"SVMI Desktop cannot write to its data folder {where}; make the folder writable, or start "
        f"it with --data-dir pointing to a folder you can write to."
    )


def newer_error(db: Path) -> StoreNewerError:
    return StoreNewerError(
        f"The sessions database {db} was made by a newer version of SVMI Desktop; install that "
        f"version (or newer) to open it. The file has not been changed."
    )
