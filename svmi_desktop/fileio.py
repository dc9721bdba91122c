"""Safe file writing: a temporary file in the target folder, fsync, then rename into place.

A crash, a kill or a full disk leaves either the old file or the new one at the final path,
never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .errors import FileFormatError, SvmiError


class ExistsError(SvmiError):
    """The target exists and the caller did not allow overwriting it."""


def write_atomic(path: Path, data: bytes | Callable[[Path], None], overwrite: bool = False) -> Path:
    """Write ``data`` (bytes, or a function that writes a given temporary path) to ``path``."""
    path = Path(path)
    folder = path.parent
    if not overwrite and path.exists():
        raise ExistsError(
            f"{path.name} already exists in {folder}; choose another name or allow replacing it"
        )
    if not folder.is_dir():
        raise SvmiError(f"the folder {folder} does not exist")
    prefix = f".{path.name[:40]}."
    remove_stale_temporaries(folder, prefix)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=folder)
    except OSError as exc:
        raise SvmiError(f"cannot write in {folder}: {_reason(exc)}") from None
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); a finished export gets the usual permissions:
        # those of the file it replaces, else what the user's umask allows.
        os.chmod(tmp, _target_mode(path))
        if callable(data):
            os.close(fd)
            data(tmp)
            fd = os.open(tmp, os.O_RDWR)  # Windows cannot fsync a read-only handle
        else:
            with os.fdopen(fd, "wb", closefd=False) as fh:
                fh.write(data)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        raise SvmiError(f"could not write {path.name}: {_reason(exc)}") from None
    finally:
        if fd >= 0:
            with contextlib.suppress(OSError):
                os.close(fd)
        with contextlib.suppress(OSError):
            tmp.unlink()
    return path


#: A temporary file this old is left over from a write that was killed (its writer would have
#: renamed or removed it within seconds).
STALE_SECONDS = 60.0


def remove_stale_temporaries(folder: Path, prefix: str) -> int:
    """Remove the hidden ``<prefix>XXXXXXXX.tmp`` files an interrupted write of the same target
    left behind (a kill or power cut between mkstemp and rename), if older than a minute.

    Only names :func:`tempfile.mkstemp` makes with this prefix are touched; errors are ignored.
    Returns how many were removed.
    """
    removed = 0
    cutoff = time.time() - STALE_SECONDS
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        middle = name[len(prefix) : -len(".tmp")]
        if len(middle) != 8 or not all(c in _MKSTEMP_CHARS for c in middle):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed += 1
    return removed


_MKSTEMP_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _current_umask() -> int:
    """The process umask, read without changing it where the system allows (Linux), since
    exports run on a worker thread and ``os.umask`` is process-wide."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


#: Read once at import, before any worker thread exists.
_UMASK = _current_umask()


def _target_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_UMASK


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def _reason(exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (the folder may be read-only)"
    return exc.strerror or str(exc)


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of ``path`` (at most ``limit`` + 1), refusing at once anything that is not a
    regular file (issue 9): a FIFO named ``.xlsx`` would block the read for ever, a device
    never end. Opened non-blocking, so a FIFO swapped in after the check cannot block either.
    ``OSError`` (missing, unreadable) is left to the caller."""
    import stat

    # O_BINARY: on Windows a descriptor is opened in text mode (CR LF and Ctrl-Z translated)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fh.fileno()).st_mode
        if not stat.S_ISREG(mode):
            if stat.S_ISDIR(mode):
                raise IsADirectoryError(21, "Is a directory", str(path))
            kind = (
                "a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a device or other special file"
            )
            raise FileFormatError(f"{Path(path).name} is {kind}, not a file, so it was not read")
        return fh.read() if limit is None else fh.read(limit + 1)
