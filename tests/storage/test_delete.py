"""Deleting is undoable while the app runs; once purged the text is gone from the files (P4)."""

from __future__ import annotations

import dataclasses

from svmi_desktop.domain.assessment import Organisation, Participant
from svmi_desktop.storage import Store, backups

from .conftest import rich_assessment, simple_assessment

SECRET_ORG = "Zyxwvutsrq Borough Council"
SECRET_NOTE = "Confidential qwertyuiop note about the chief executive"
SECRET_NAME = "Bartholomew Quxley-Fennimore"


def secret_session():
    base = rich_assessment()
    workshop = dataclasses.replace(base.workshop, participants=(Participant("Chair", SECRET_NAME),))
    return dataclasses.replace(
        base,
        organisation=Organisation(SECRET_ORG, "Council"),
        workshop=workshop,
        notes={**base.notes, "A": SECRET_NOTE},
    )


def file_bytes(paths) -> bytes:
    data = paths.database.read_bytes()
    wal = paths.database.with_name(paths.database.name + "-wal")
    if wal.exists():
        data += wal.read_bytes()
    return data


def secrets_in(data: bytes) -> list[str]:
    return [s for s in (SECRET_ORG, SECRET_NOTE, SECRET_NAME) if s.encode() in data]


def test_delete_hides_restore_brings_everything_back(paths):
    with Store.open(paths) as store:
        keep = store.create_session(simple_assessment("Kept"))
        sid = store.create_session(secret_session())
        store.delete_session(sid)
        assert [s.id for s in store.list_sessions()] == [keep]
        store.restore_session(sid)
        assert {s.id for s in store.list_sessions()} == {keep, sid}
        assert store.load(sid) == secret_session()


def test_purge_leaves_no_trace_in_the_database_or_wal(paths):
    with Store.open(paths) as store:
        keep = store.create_session(simple_assessment("Kept"))
        sid = store.create_session(secret_session())
        for i in range(20):  # some history in the WAL too
            store.set_note(sid, "B", f"{SECRET_NOTE} draft {i}")
        store.set_note(sid, "B", "")
        assert secrets_in(file_bytes(paths))  # the check can see them before purging
        store.delete_session(sid)
        assert store.purge_deleted() == 1
        assert secrets_in(file_bytes(paths)) == []
        assert [s.id for s in store.list_sessions()] == [keep]
        assert store.integrity_check() == "ok"
    assert secrets_in(file_bytes(paths)) == []
    with Store.open(paths) as store:
        assert store.load(keep).organisation.name == "Kept"


def test_close_purges_deleted_sessions(paths):
    with Store.open(paths) as store:
        sid = store.create_session(secret_session())
        store.backup_now()
        store.delete_session(sid)
    assert secrets_in(file_bytes(paths)) == []
    with Store.open(paths) as store:
        assert store.list_sessions() == []
    # The backup made before the delete still holds the session until it rotates out.
    assert backups.list_backups(paths.backups_dir)


def test_sessions_deleted_by_a_run_that_crashed_are_purged_at_the_next_open(paths):
    from .test_recovery import crash

    store = Store.open(paths)
    sid = store.create_session(secret_session())
    store.delete_session(sid)
    crash(store)
    with Store.open(paths) as store:
        assert store.list_sessions() == []
        assert secrets_in(file_bytes(paths)) == []
