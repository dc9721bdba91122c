"""One writer across processes: an exclusive lock on a file beside the database.

The lock is taken with ``fcntl.flock`` (POSIX) or ``msvcrt.locking`` (Windows) without
waiting, so a second opener learns at once that the sessions are in use. The operating system
drops the lock when the holding process ends, however it ends, so a lock left by a killed app
clears itself. The lock file itself is never deleted (deleting lock files invites races).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import IO

_HELD_ERRNOS = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}


class LockHeld(Exception):
    """Another process (or another Store in this one) holds the lock."""


class WriterLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[bytes] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`LockHeld`; ``OSError`` if the file cannot be made."""
        flags = os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, 0o600)  # private to its owner (issue 9)
        handle = os.fdopen(fd, "a+b")  # kept open while the lock is held
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            if exc.errno in _HELD_ERRNOS:
                raise LockHeld(str(self.path)) from None
            raise
        except BaseException:
            handle.close()
            raise
        self._file = handle
        if sys.platform != "win32":  # a hint for people, never read by the app
            with contextlib.suppress(OSError):
                handle.seek(0)
                handle.truncate()
                handle.write(f"{os.getpid()}\n".encode())
                handle.flush()

    def release(self) -> None:
        handle, self._file = self._file, None
        if handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(handle)
        handle.close()

    @property
    def held(self) -> bool:
        return self._file is not None


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
