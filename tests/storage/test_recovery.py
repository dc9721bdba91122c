"""D5, D6, D8 (newer): damaged databases are moved aside and recovered; backups; newer schema."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3

import pytest

from svmi_desktop.storage import Store, StoreNewerError, backups
from svmi_desktop.storage.store import describe_time, marker_path

from .conftest import rich_assessment, simple_assessment


def crash(store: Store) -> None:
    """Stop as a killed app would: no purge, no backup, the clean-shutdown marker left behind."""
    assert store._conn is not None and store._lock is not None
    store._conn.close()
    store._conn = None
    store._lock.release()


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_store_with_backup(paths):
    """Session A is in a backup; session B was added after it and is in no backup."""
    with Store.open(paths) as store:
        a = store.create_session(rich_assessment("Backed-up Council"))
    (backup,) = backups.list_backups(paths.backups_dir)
    store = Store.open(paths)
    b = store.create_session(simple_assessment("Added after the backup"))
    crash(store)
    return a, b, backup


def truncate(db):
    os.truncate(db, db.stat().st_size // 2)


def random_bytes(db):
    db.write_bytes(os.urandom(db.stat().st_size))


def flip_page_2(db):
    data = bytearray(db.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size] ^= 0xFF  # the b-tree page type of page 2
    db.write_bytes(bytes(data))


def checkpoint(db):
    """Fold the WAL into the database file, so that damage to the file is all there is."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.mark.parametrize("damage", [truncate, random_bytes, flip_page_2])
@pytest.mark.parametrize("clean", [True, False], ids=["after-clean-close", "after-crash"])
def test_damaged_database_is_moved_aside_and_restored_from_backup(paths, damage, clean):
    a, _b, backup = make_store_with_backup(paths)
    db = paths.database
    checkpoint(db)
    if clean:
        marker_path(db).unlink()
    damage(db)
    damaged_bytes = db.read_bytes()
    with Store.open(paths) as store:
        report = store.recovery
        assert report is not None
        assert report.moved_to is not None and report.moved_to.exists()
        assert report.moved_to.read_bytes() == damaged_bytes  # moved, never deleted
        assert report.restored_from == backup
        taken = backups.backup_time(backup)
        assert taken is not None
        assert describe_time(taken) in report.message
        assert str(report.moved_to) in report.message
        assert "Changes made after that time are lost" in report.message
        assert [s.id for s in store.list_sessions()] == [a]
        assert store.load(a) == rich_assessment("Backed-up Council")
        assert store.integrity_check() == "ok"
        store.set_answer(a, "A.I1", rich_assessment().answers["A.F1"])  # usable again
    with Store.open(paths) as store:
        assert store.recovery is None


def test_damaged_database_without_a_backup_starts_empty_and_says_so(paths):
    with Store.open(paths) as store:
        store.create_session(simple_assessment())
    for old in backups.list_backups(paths.backups_dir):
        old.unlink()
    random_bytes(paths.database)
    with Store.open(paths) as store:
        report = store.recovery
        assert report is not None and report.restored_from is None
        assert report.moved_to is not None and report.moved_to.exists()
        assert "nothing could be recovered" in report.message
        assert store.list_sessions() == []
        sid = store.create_session(simple_assessment("Fresh start"))
    with Store.open(paths) as store:
        assert store.recovery is None
        assert [s.id for s in store.list_sessions()] == [sid]


def test_a_damaged_newest_backup_is_skipped_for_an_older_good_one(paths):
    with Store.open(paths) as store:
        a = store.create_session(simple_assessment("Old"))
        good = backups.write_backup(
            store._conn, paths.backups_dir, dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        )
        store.create_session(simple_assessment("New"))
    newest = backups.list_backups(paths.backups_dir)[0]
    assert newest != good
    random_bytes(newest)
    random_bytes(paths.database)
    with Store.open(paths) as store:
        assert store.recovery is not None and store.recovery.restored_from == good
        assert [s.id for s in store.list_sessions()] == [a]


def test_empty_database_file_with_backups_counts_as_damage(paths):
    with Store.open(paths) as store:
        sid = store.create_session(simple_assessment())
    paths.database.write_bytes(b"")
    with Store.open(paths) as store:
        assert store.recovery is not None and store.recovery.restored_from is not None
        assert [s.id for s in store.list_sessions()] == [sid]


def test_unclean_shutdown_runs_a_full_integrity_check(paths, monkeypatch):
    from svmi_desktop.storage import repository

    seen = []
    real = repository.integrity_problems

    def spy(conn, *, full):
        seen.append(full)
        return real(conn, full=full)

    monkeypatch.setattr(repository, "integrity_problems", spy)
    store = Store.open(paths)
    sid = store.create_session(simple_assessment())
    assert seen[0] is False  # a new database: quick check
    crash(store)
    assert marker_path(paths.database).exists()
    seen.clear()
    with Store.open(paths) as store:
        assert seen[0] is True and store.unclean_shutdown
        assert store.recovery is None
        assert [s.id for s in store.list_sessions()] == [sid]
    assert not marker_path(paths.database).exists()
    seen.clear()
    with Store.open(paths) as store:
        assert seen[0] is False and not store.unclean_shutdown


def test_backups_are_verified_rotated_and_made_on_close_only_if_changed(paths):
    with Store.open(paths) as store:
        sid = store.create_session(simple_assessment())
        made = []
        for _ in range(backups.KEEP + 3):
            # same-second names replace each other, so give each its own time
            moment = dt.datetime(2026, 1, 1, 9, 0, len(made), tzinfo=dt.UTC)
            path = backups.write_backup(store._conn, paths.backups_dir, moment)
            made.append(path)
    kept = backups.list_backups(paths.backups_dir)
    assert len(kept) == backups.KEEP  # bounded; the close backup is the newest
    assert kept[1:] == made[::-1][: backups.KEEP - 1]  # the newest of those made, newest first
    assert not any(p.name.endswith(".tmp") for p in paths.backups_dir.iterdir())
    for path in kept:
        assert backups.verify(path)
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        conn.close()
    assert made[0] not in kept  # the oldest rotated out
    newest = kept[0]
    conn = sqlite3.connect(newest)
    assert conn.execute("SELECT id FROM sessions").fetchall() == [(sid,)]
    conn.close()
    for path in kept:
        path.unlink()
    with Store.open(paths) as store:
        store.list_sessions()  # reading changes nothing, so closing makes no backup
    assert backups.list_backups(paths.backups_dir) == []


def test_newer_database_is_refused_and_left_byte_identical(paths):
    with Store.open(paths) as store:
        store.create_session(simple_assessment())
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = sha(paths.database)
    names_before = sorted(p.name for p in paths.data_dir.iterdir())
    for read_only in (False, True):
        with pytest.raises(StoreNewerError, match="newer version of SVMI Desktop") as info:
            Store.open(paths, read_only=read_only)
        assert "\n" not in str(info.value)
        assert sha(paths.database) == before
    assert sorted(p.name for p in paths.data_dir.iterdir()) == names_before
    assert not marker_path(paths.database).exists()
    # and the lock was released: a normal open still reports the same problem, not "locked"
    with pytest.raises(StoreNewerError):
        Store.open(paths)
