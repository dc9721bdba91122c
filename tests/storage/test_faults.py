"""D3, D4: a full disk and a read-only data folder give a clear message and lose nothing stored.

The genuine versions run the store inside a user and mount namespace (``unshare -rm``): a 1 MB
tmpfs that really fills up, and a read-only bind mount (as root, ``chmod`` does not stop
writes, but a read-only mount does). Where namespaces are not available they are skipped; the
patched full-disk test and the not-a-folder test run everywhere.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from svmi_desktop.domain.assessment import Answer
from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import (
    Store,
    StoreFullError,
    StoreReadOnlyError,
    StoreReadOnlyModeError,
    repository,
)

from ..fault_kit import needs_namespaces, run_in_namespace
from .conftest import rich_assessment, simple_assessment

CHILD = Path(__file__).with_name("fault_child.py")


def test_full_disk_simulated(paths, monkeypatch):
    with Store.open(paths) as store:
        sid = store.create_session(rich_assessment())
        store.set_answer(sid, "A.I1", Answer(None, True))

        def full(*args, **kwargs):
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(repository, "upsert_answer", full)
        with pytest.raises(StoreFullError, match=r"disk holding .* is full") as info:
            store.set_answer(sid, "A.I2", Answer(True, True))
        assert "\n" not in str(info.value)
        monkeypatch.undo()
        expected = rich_assessment().with_answer("A.I1", Answer(None, True))
        assert store.load(sid) == expected  # nothing stored lost, nothing half-written
        assert store.integrity_check() == "ok"
        store.set_answer(sid, "A.I2", Answer(True, True))  # works again once there is space
    with Store.open(paths) as store:
        assert store.load(sid) == expected.with_answer("A.I2", Answer(True, True))


@needs_namespaces
def test_full_disk_on_a_real_tiny_filesystem(tmp_path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    r = run_in_namespace(CHILD, 'mount -t tmpfs -o size=1m tmpfs "$0"', folder, "full")
    assert r["filler_errno"] == "ENOSPC"
    assert r["refused"] is not None and r["acked"] >= 50
    assert "is full" in r["message"] and "everything saved before it is safe" in r["message"]
    assert r["all_acked_present_while_full"] and r["refused_absent"]
    assert r["integrity_while_full"] == "ok"
    assert r["close_ok"] is True
    assert r["recovery_after"] is None
    assert r["all_acked_present_after"] and r["integrity_after"] == "ok"
    assert r["refused_saved_after"]


def _stored(folder: Path) -> str:
    paths = AppPaths.under(folder)
    with Store.open(paths) as store:
        store.create_session(simple_assessment("Read-only Council"))
    return hashlib.sha256(paths.database.read_bytes()).hexdigest()


@needs_namespaces
def test_read_only_data_folder_mounted_read_only(tmp_path):
    folder = tmp_path / "ro"
    before = _stored(folder)
    r = run_in_namespace(CHILD, 'mount --bind -o ro "$0" "$0"', folder, "readonly")
    assert r["writer"] == "StoreReadOnlyError"
    assert "cannot write to its data folder" in r["message"] and "--data-dir" in r["message"]
    assert r["listed"] == ["Read-only Council"] and r["loaded"] == "Read-only Council"
    assert r["write"] == "StoreReadOnlyModeError"
    assert hashlib.sha256((folder / "svmi.sqlite3").read_bytes()).hexdigest() == before


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="root ignores file modes; the read-only mount test covers root",
)
def test_read_only_data_folder_by_permissions(tmp_path):
    folder = tmp_path / "ro"
    _stored(folder)
    paths = AppPaths.under(folder)
    for path in (folder, paths.database, folder / "svmi.sqlite3.lock"):
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        with pytest.raises(StoreReadOnlyError, match="cannot write to its data folder"):
            Store.open(paths)
        with Store.open(paths, read_only=True) as store:
            (summary,) = store.list_sessions()
            with pytest.raises(StoreReadOnlyModeError):
                store.delete_session(summary.id)
    finally:
        folder.chmod(0o755)


def test_data_folder_that_cannot_exist(tmp_path):
    """--data-dir pointing inside a file: mkdir fails (ENOTDIR), whoever runs the test."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreReadOnlyError, match="cannot write to its data folder"):
        Store.open(AppPaths.under(blocker / "data"))
    with pytest.raises(StoreReadOnlyError):
        Store.open(AppPaths.under(blocker))


def test_read_only_store_refuses_every_change(paths):
    with Store.open(paths) as store:
        sid = store.create_session(rich_assessment())
    with Store.open(paths, read_only=True) as store:
        assert store.read_only
        before = store.load(sid)
        for call in (
            lambda: store.set_answer(sid, "A.I1", Answer(True, True)),
            lambda: store.set_note(sid, "A", "x"),
            lambda: store.create_session(simple_assessment()),
            lambda: store.delete_session(sid),
            lambda: store.purge_deleted(),
            lambda: store.backup_now(),
        ):
            with pytest.raises(StoreReadOnlyModeError, match="opened read-only"):
                call()
        assert store.load(sid) == before
