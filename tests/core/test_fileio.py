"""Atomic writes: the final path holds the old file or the new one, with normal permissions."""

from __future__ import annotations

import errno
import stat

import pytest

from svmi_desktop.errors import SvmiError
from svmi_desktop.fileio import ExistsError, write_atomic


def test_new_file_gets_umask_permissions_not_private(tmp_path):
    from svmi_desktop import fileio

    path = write_atomic(tmp_path / "a.txt", b"hello")
    assert path.read_bytes() == b"hello"
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~fileio._current_umask()
    assert stat.S_IMODE(path.stat().st_mode) != 0o600 or fileio._current_umask() == 0o066
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_replacing_keeps_the_old_files_permissions(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")
    path.chmod(0o600)
    write_atomic(path, b"new", overwrite=True)
    assert path.read_bytes() == b"new" and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_refuses_to_overwrite_without_permission(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")
    with pytest.raises(ExistsError):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"old"


def test_a_failing_writer_leaves_the_old_file_and_no_temp(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"old")

    def writer(tmp):
        tmp.write_bytes(b"partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(SvmiError, match="the disk is full"):
        write_atomic(path, writer, overwrite=True)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
