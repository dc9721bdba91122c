"""Rotating, verified backups of the sessions database.

A backup is written with SQLite's backup API to a temporary file in the backups folder,
checked with ``PRAGMA integrity_check``, synced, and only then renamed to
``svmi-NNNNNN-YYYYmmdd-HHMMSS.sqlite3``: a sequence number one above the highest in the folder,
then the time (UTC, for people). "Newest" means the highest sequence number, never the time in
the name, so a clock set back (or once set forward) cannot make rotation delete each new backup
as it is written, nor recovery restore old work (issue 9). The newest :data:`KEEP` are kept.
Backups taken before a schema migration end ``-before-vN.sqlite3`` and rotate separately, so that
a retried upgrade can never push the pre-upgrade copy out. Backups named by the earlier scheme
(``svmi-YYYYmmdd-HHMMSS.sqlite3``, no sequence number) still count, as older than any numbered one.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
import re
import sqlite3
from pathlib import Path

from ..paths import private, private_dir
from . import repository as repo
from .errors import StorageError, translate

KEEP = 10
KEEP_BEFORE_MIGRATION = 3
_NAME_RE = re.compile(r"^svmi-(?:(\d{6,})-)?(\d{8}-\d{6})(-before-v\d+)?\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"


def stamp(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).strftime(_STAMP)


def backup_time(path: Path) -> _dt.datetime | None:
    """When a backup was taken by the clock of the day (UTC), from its name; ``None`` if the
    name is not a backup's. For people only: the order is :func:`sequence`'s."""
    match = _NAME_RE.match(path.name)
    if match is None:
        return None
    try:
        return _dt.datetime.strptime(match.group(2), _STAMP).replace(tzinfo=_dt.UTC)
    except ValueError:
        return None


def sequence(path: Path) -> int | None:
    """A backup's sequence number (0 for one named before numbers); ``None`` if not a backup."""
    match = _NAME_RE.match(path.name)
    if match is None:
        return None
    return int(match.group(1) or 0)


def list_backups(folder: Path) -> list[Path]:
    """Every backup in ``folder``, newest (highest sequence number) first, both kinds."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [(n, p) for p in entries if (n := sequence(p)) is not None and p.is_file()]
    # un-numbered (older-scheme) backups sort among themselves by the time in their name
    found.sort(key=lambda item: (item[0], item[1].name[5:] if item[0] == 0 else ""), reverse=True)
    return [p for _, p in found]


def next_sequence(folder: Path) -> int:
    return max((sequence(p) or 0 for p in list_backups(folder)), default=0) + 1


def verify(path: Path) -> bool:
    """Whether the file opens as a database that passes ``integrity_check``."""
    try:
        conn = repo.connect_reader(path)
    except sqlite3.Error:
        return False
    try:
        return not repo.integrity_problems(conn, full=True) and not repo.missing_tables(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def write_backup(
    conn: sqlite3.Connection, folder: Path, now: _dt.datetime, *, before_version: int | None = None
) -> Path:
    """Write, verify and rotate in a backup of ``conn``; raises :class:`StorageError`."""
    where = str(folder)
    suffix = f"-before-v{before_version}" if before_version is not None else ""
    try:
        private_dir(folder)
    except OSError as exc:
        raise translate(exc, where) from exc
    final = folder / f"svmi-{next_sequence(folder):06d}-{stamp(now)}{suffix}.sqlite3"
    tmp = folder / f".{final.name}.{os.getpid()}.tmp"
    try:
        _remove(tmp)
        repo.copy_database(conn, tmp)
        if not verify(tmp):
            raise StorageError(
                f"A backup of the sessions could not be verified, so it was not kept; "
                f"check the disk holding {where}."
            )
        private(tmp)
        _fsync_file(tmp)
        os.replace(tmp, final)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error) as exc:
        raise translate(exc, where) from exc
    finally:
        _remove(tmp)
        _remove(tmp.with_name(tmp.name + "-journal"))
    rotate(folder)
    return final


def rotate(folder: Path) -> None:
    """Keep the newest :data:`KEEP` backups (and pre-migration ones); drop leftover temp files."""
    plain = [p for p in list_backups(folder) if "-before-v" not in p.name]
    before = [p for p in list_backups(folder) if "-before-v" in p.name]
    for old in plain[KEEP:] + before[KEEP_BEFORE_MIGRATION:]:
        _remove(old)
    with contextlib.suppress(OSError):
        for leftover in folder.glob(".svmi-*.tmp*"):
            if str(os.getpid()) not in leftover.name:
                _remove(leftover)


def restore(backup: Path, database: Path) -> None:
    """Put a copy of ``backup`` in place of ``database`` (temporary file, sync, rename)."""
    tmp = database.with_name(f".{database.name}.restore.tmp")
    try:
        import shutil  # only on restore; kept out of start-up

        shutil.copyfile(backup, tmp)
        private(tmp)
        _fsync_file(tmp)
        os.replace(tmp, database)
        _fsync_dir(database.parent)
    except OSError as exc:
        raise translate(exc, str(database.parent)) from exc
    finally:
        _remove(tmp)


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
        path.unlink()


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)  # Windows can only flush a file opened for writing
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
