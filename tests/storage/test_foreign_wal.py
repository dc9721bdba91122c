"""Issue 9 case 1: a ``-wal`` copied in from another data folder is moved aside, never applied.

Fails on the code before the fix: the copied WAL was applied, and folder A listed folder B's
sessions with no message.
"""

from __future__ import annotations

import shutil

from svmi_desktop.cli.main import main
from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import Store

from .conftest import simple_assessment


def _folder_with_wal(paths: AppPaths, name: str) -> tuple[Store, bytes]:
    """A store left open (as if killed) with its last changes still only in its WAL."""
    store = Store.open(paths)
    store.create_session(simple_assessment(name))
    wal = paths.database.with_name(paths.database.name + "-wal")
    return store, wal.read_bytes()


def test_a_wal_from_another_data_folder_is_moved_aside_and_not_applied(tmp_path, capsys):
    a, b = AppPaths.under(tmp_path / "a"), AppPaths.under(tmp_path / "b")
    with Store.open(a) as store:  # folder A: closed cleanly, so no WAL
        store.create_session(simple_assessment("Our own council"))
    other, wal_bytes = _folder_with_wal(b, "Somebody else's supplier")
    try:
        a_wal = a.database.with_name(a.database.name + "-wal")
        a_wal.write_bytes(wal_bytes)
        with Store.open(a) as store:
            names = [s.organisation for s in store.list_sessions()]
            assert names == ["Our own council"]
            assert store.integrity_check() == "ok"
            assert store.recovery is not None
            message = store.recovery.message
            assert "belonged to another SVMI Desktop data folder" in message
            assert store.recovery.title == "A file from another data folder was set aside"
            assert store.recovery.moved_to is not None and store.recovery.moved_to.exists()
            assert str(store.recovery.moved_to) in message and "\n" not in message
        # moved aside, never deleted: the foreign WAL's bytes are kept as they were
        assert store.recovery.moved_to.read_bytes() == wal_bytes
        # the next open is quiet: nothing foreign is left
        with Store.open(a) as store:
            assert store.recovery is None
            assert [s.organisation for s in store.list_sessions()] == ["Our own council"]
    finally:
        other.close()


def test_the_cli_says_what_happened_to_a_foreign_wal(tmp_path, capsys):
    a, b = AppPaths.under(tmp_path / "a"), AppPaths.under(tmp_path / "b")
    with Store.open(a) as store:
        store.create_session(simple_assessment("Our own council"))
    other, wal_bytes = _folder_with_wal(b, "Somebody else's supplier")
    other.close()
    a.database.with_name(a.database.name + "-wal").write_bytes(wal_bytes)
    assert main(["sessions", "list", "--data-dir", str(a.data_dir)]) == 0
    out, err = capsys.readouterr()
    assert "Our own council" in out and "Somebody else" not in out
    assert "belonged to another SVMI Desktop data folder" in err


def test_its_own_wal_after_a_kill_is_still_applied(tmp_path):
    """The guard must not throw away this folder's own unsaved changes."""
    live, copy = AppPaths.under(tmp_path / "live"), AppPaths.under(tmp_path / "copy")
    store, _ = _folder_with_wal(live, "Kept after the kill")
    try:
        store.create_session(simple_assessment("Second, also only in the WAL"))
        copy.data_dir.mkdir(parents=True)
        for suffix in ("", "-wal"):  # what a kill -9 leaves on disk
            shutil.copyfile(str(live.database) + suffix, str(copy.database) + suffix)
    finally:
        store.close()
    with Store.open(copy) as reopened:
        assert reopened.recovery is None
        assert {s.organisation for s in reopened.list_sessions()} == {
            "Kept after the kill",
            "Second, also only in the WAL",
        }
