"""Issue 9 cases 6 and 13: an import is one complete session or nothing, and a change is written
in the same transaction as the summary that reflects it (one commit per change).

Fail on the code before the fix: a failure after ``create_session`` (the summary's write, the
evaluation, a date out of range) left a session behind; the change and its summary were two
commits, so a failure (or a kill) between them left the summary one behind.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.errors import SvmiError
from svmi_desktop.formats import assessment_file
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.workshop import Workshops
from svmi_desktop.storage import StorageError, Store, repository

from .conftest import rich_assessment


@pytest.fixture
def store(tmp_path):
    with Store.open(AppPaths.under(tmp_path / "data")) as opened:
        yield opened


def _fail_summary(monkeypatch):  # type: ignore[no-untyped-def]
    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(repository, "set_summary", refuse)


def test_a_failed_summary_write_leaves_no_half_session(store, monkeypatch):
    workshops = Workshops(store, IndexLibrary())
    _fail_summary(monkeypatch)
    with pytest.raises(StorageError):
        workshops.add(rich_assessment("Acme"))
    assert store.list_sessions() == []


def test_an_import_path_failure_leaves_nothing(store, tmp_path):
    """Through the GUI's path (``Workshops.import_file``): refused files store nothing."""
    workshops = Workshops(store, IndexLibrary())
    late = rich_assessment("Acme")
    late = dataclasses.replace(
        late, workshop=dataclasses.replace(late.workshop, date=dt.date(9995, 1, 1))
    )
    path = tmp_path / "late.svmi.json"
    path.write_text(assessment_file.dumps(late), encoding="utf-8")
    with pytest.raises(SvmiError):
        workshops.import_file(path)
    unknown = dataclasses.replace(rich_assessment("Acme"), index_id="no-such-index")
    with pytest.raises(SvmiError):
        workshops.add(unknown)
    assert store.list_sessions() == []
    good = tmp_path / "good.svmi.json"
    assessment_file.write(good, rich_assessment("Acme"))
    session, _ = workshops.import_file(good)
    (listed,) = store.list_sessions()
    assert listed.id == session.session_id and listed.answered == session.answered > 0


def test_a_change_and_its_summary_are_one_commit(store, monkeypatch):
    workshops = Workshops(store, IndexLibrary())
    session = workshops.add(rich_assessment("Acme"))
    cid = next(c for c in session.index.asked_ids if session.answer(c).is_empty)
    before = store.list_sessions()[0].answered
    _fail_summary(monkeypatch)
    with pytest.raises(StorageError):
        session.set_answer(cid, True, True)
    assert not session.saved
    # the answer was rolled back with its summary: the list is never one behind what is stored
    assert store.load(session.session_id).answer(cid).is_empty
    assert store.list_sessions()[0].answered == before
    monkeypatch.undo()
    session.retry_save()
    assert session.saved
    assert not store.load(session.session_id).answer(cid).is_empty
    assert store.list_sessions()[0].answered == before + 1


def test_one_commit_per_answer(store):
    """Counted with SQLite's own statement trace: one COMMIT for an answer and its summary."""
    workshops = Workshops(store, IndexLibrary())
    session = workshops.add(rich_assessment("Acme"))
    conn = store._conn
    assert conn is not None
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        for cid in session.index.asked_ids[:5]:
            session.set_answer(cid, False, True)
    finally:
        conn.set_trace_callback(None)
    assert sum(s.strip().upper() == "COMMIT" for s in statements) == 5
    assert store.list_sessions()[0].answered == session.answered
