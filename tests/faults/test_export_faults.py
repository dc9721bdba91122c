"""Full disk, read-only folder and left-over temporary files during export.

The genuine versions run the exports inside a user and mount namespace (``unshare -rm``): a
small tmpfs that really fills up (ENOSPC from the kernel), and a read-only bind mount (EROFS;
the tests run as root, whom ``chmod`` does not stop, but a read-only mount stops everyone).
They are skipped where namespaces are not available; the patched versions run everywhere and
show the same messages and the same guarantee: the file already at the final path is unchanged.
"""

from __future__ import annotations

import errno
import hashlib
import os
import time
from pathlib import Path

import pytest

from svmi_desktop import fileio
from svmi_desktop.errors import SvmiError
from svmi_desktop.services.exports import export_all, file_names

from ..fault_kit import needs_namespaces, run_in_namespace

CHILD = Path(__file__).with_name("export_fault_child.py")


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@needs_namespaces
def test_full_disk_on_a_real_tiny_filesystem(tmp_path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    r = run_in_namespace(CHILD, 'mount -t tmpfs -o size=1m tmpfs "$0"', folder, "full")
    assert (
        r["first"] == {"error": None} and r["files_before"] == 5
    )  # with the HTML report (issue 13)
    assert r["filler_errno"] == "ENOSPC"
    assert r["while_full"]["error"] == "SvmiError", r["while_full"]
    assert "the disk is full" in r["while_full"]["message"]
    assert "\n" not in r["while_full"]["message"]
    assert r["unchanged_while_full"], "a file at a final path changed while the disk was full"
    assert r["left_while_full"] == [], "a temporary file was left behind"
    assert r["after"] == {"error": None} and r["files_after"] == 5


@needs_namespaces
def test_read_only_folder_mounted_read_only(tmp_path, index, demo):
    folder = tmp_path / "ro"
    folder.mkdir()
    export_all(index, demo, folder)
    before = digest(folder)
    r = run_in_namespace(CHILD, 'mount --bind -o ro "$0" "$0"', folder, "readonly")
    assert r["files_before"] == 5
    assert r["attempt"]["error"] == "SvmiError", r["attempt"]
    assert "permission denied (the folder may be read-only)" in r["attempt"]["message"]
    assert r["unchanged"] and digest(folder) == before


def test_full_disk_simulated_at_fsync(tmp_path, index, demo, monkeypatch):
    """ENOSPC reported late, at fsync (as NFS and some FUSE file systems do)."""
    export_all(index, demo, tmp_path, formats={"xlsx", "pdf"})
    before = digest(tmp_path)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", full)
    with pytest.raises(SvmiError, match=r"could not write .*\.xlsx: the disk is full$"):
        export_all(index, demo, tmp_path, formats={"xlsx", "pdf"}, overwrite=True)
    monkeypatch.undo()
    assert digest(tmp_path) == before  # previous files unchanged, no temporary file left


def test_full_disk_on_the_second_file_keeps_each_file_whole(tmp_path, index, demo, monkeypatch):
    """Each file is replaced atomically, not the set: the workbook is new, the PDF still old."""
    export_all(index, demo, tmp_path, formats={"xlsx", "pdf"})
    before = digest(tmp_path)
    names = file_names(demo)
    real = fileio.os.replace

    def replace(src, dst):  # type: ignore[no-untyped-def]
        if str(dst).endswith(".pdf"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(fileio.os, "replace", replace)
    with pytest.raises(SvmiError, match="the disk is full"):
        export_all(index, demo, tmp_path, formats={"xlsx", "pdf"}, overwrite=True)
    monkeypatch.undo()
    after = digest(tmp_path)
    assert set(after) == set(before)  # no temporary file left
    assert after[names["pdf"]] == before[names["pdf"]]


def test_permission_denied_simulated(tmp_path, index, demo, monkeypatch):
    """EACCES when creating the temporary file (a folder the user may not write)."""
    export_all(index, demo, tmp_path, formats={"eml"})
    before = digest(tmp_path)

    def denied(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(fileio.tempfile, "mkstemp", denied)
    with pytest.raises(SvmiError, match=r"cannot write in .*: permission denied"):
        export_all(index, demo, tmp_path, formats={"eml"}, overwrite=True)
    monkeypatch.undo()
    assert digest(tmp_path) == before


def test_folder_inside_a_file(tmp_path, index, demo):
    """A target folder whose parent is a file cannot exist, whoever runs the test (ENOTDIR)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(SvmiError, match="does not exist"):
        export_all(index, demo, blocker / "out")
    assert blocker.read_text() == "not a folder"


def test_stale_temporary_files_of_a_killed_export_are_removed(tmp_path, index, demo):
    """A kill between mkstemp and rename leaves a hidden temporary file; the next export of the
    same file removes those older than a minute, and leaves young ones and other files alone."""
    name = file_names(demo)["xlsx"]
    prefix = f".{name[:40]}."
    stale = tmp_path / f"{prefix}abcd_123.tmp"
    young = tmp_path / f"{prefix}zzzz9999.tmp"
    other = tmp_path / f"{prefix}not-mkstemp.tmp"
    mine = tmp_path / ".someone else's.abcdefgh.tmp"
    for p in (stale, young, other, mine):
        p.write_bytes(b"PK\x03\x04half a workbook")
    old = time.time() - 3600
    for p in (stale, other, mine):
        os.utime(p, (old, old))
    export_all(index, demo, tmp_path, formats={"xlsx"})
    left = sorted(p.name for p in tmp_path.iterdir())
    assert stale.name not in left
    assert {young.name, other.name, mine.name, name} == set(left)
