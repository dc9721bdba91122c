"""Everything stored comes back exactly, and each change is its own committed transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.assessment import (
    ActionEdit,
    Answer,
    CustomAction,
    Organisation,
    Participant,
    Status,
    Workshop,
    make_answer,
)
from svmi_desktop.domain.levels import Level
from svmi_desktop.formats import assessment_file
from svmi_desktop.storage import StorageError, Store

from .conftest import rich_assessment, simple_assessment


def test_store_and_load_every_kind_of_data(paths):
    original = rich_assessment()
    with Store.open(paths) as store:
        sid = store.create_session(original)
        assert store.load(sid) == original
    with Store.open(paths) as store:  # and after closing and opening again
        loaded = store.load(sid)
    assert loaded == original
    assert assessment_file.to_dict(loaded) == assessment_file.to_dict(original)
    assert loaded.custom_actions == original.custom_actions  # order kept


def test_export_and_import_back_is_identical(paths, tmp_path):
    original = rich_assessment()
    original = dataclasses.replace(original, notes={**original.notes, "B": "no nul here 🙂"})
    exported = tmp_path / "out.svmi.json"
    with Store.open(paths) as store:
        sid = store.create_session(original)
        assessment_file.write(exported, store.load(sid))
        imported = assessment_file.read(exported, load_index)
        new_id = store.create_session(imported)
        again = store.load(new_id)
    assert new_id != sid
    assert imported == original
    assert again == original
    assert assessment_file.to_dict(again) == assessment_file.to_dict(original)
    assert assessment_file.dumps(again) == exported.read_text(encoding="utf-8")


def test_each_change_matches_the_domain_model(paths):
    """Applying the same change to the store and to the in-memory value keeps them equal."""
    expected = simple_assessment()
    with Store.open(paths) as store:
        sid = store.create_session(expected)
        changes = [
            (
                "set_answer",
                ("A.M1", make_answer(None, True)),
                lambda a: a.with_answer("A.M1", make_answer(None, True)),
            ),
            (
                "set_answer",
                ("A.M1", make_answer(True, None)),
                lambda a: a.with_answer("A.M1", make_answer(True, None)),
            ),
            ("set_answer", ("A.F1", Answer()), lambda a: a.with_answer("A.F1", Answer())),
            ("set_note", ("A", "first"), lambda a: a.with_note("A", "first")),
            ("set_note", ("A", "second 🙂"), lambda a: a.with_note("A", "second 🙂")),
            ("set_note", ("B", "b"), lambda a: a.with_note("B", "b")),
            ("set_note", ("B", ""), lambda a: a.with_note("B", "")),
            (
                "set_action_edit",
                ("A.M1", ActionEdit("Ann", dt.date(2027, 1, 2), Status.DONE)),
                lambda a: a.with_action_edit(
                    "A.M1", ActionEdit("Ann", dt.date(2027, 1, 2), Status.DONE)
                ),
            ),
            (
                "set_action_edit",
                ("A.M2", ActionEdit(note="n")),
                lambda a: a.with_action_edit("A.M2", ActionEdit(note="n")),
            ),
            (
                "set_action_edit",
                ("A.M1", ActionEdit()),
                lambda a: a.with_action_edit("A.M1", ActionEdit()),
            ),
        ]
        c1 = CustomAction("c1", "A", "one", 1, Level.MATURE)
        c2 = CustomAction("c2", "B", "two", 2)
        c1b = dataclasses.replace(
            c1, text="one, edited", target_level=None, due=dt.date(2027, 5, 1)
        )
        changes += [
            ("put_custom_action", (c1,), lambda a: a.with_custom_action(c1)),
            ("put_custom_action", (c2,), lambda a: a.with_custom_action(c2)),
            ("put_custom_action", (c1b,), lambda a: a.with_custom_action(c1b)),  # stays first
            ("delete_custom_action", ("c2",), lambda a: a.without_custom_action("c2")),
            ("put_custom_action", (c2,), lambda a: a.with_custom_action(c2)),
        ]
        for name, args, apply in changes:
            getattr(store, name)(sid, *args)
            expected = apply(expected)
            assert store.load(sid) == expected, name
        org = Organisation("Renamed", "Police", "North")
        workshop = Workshop(
            dt.date(2026, 2, 2), "Fac", (Participant("Chair", "Ann"), Participant("Clerk")), 5
        )
        store.update_details(sid, org, workshop)
        expected = dataclasses.replace(expected, organisation=org, workshop=workshop)
        assert store.load(sid) == expected
        store.update_details(sid, org, dataclasses.replace(workshop, participants=()))
        assert store.load(sid).workshop.participants == ()
    with Store.open(paths) as store:
        assert store.load(sid).organisation == org


def test_replace_session_rewrites_everything(paths):
    with Store.open(paths) as store:
        sid = store.create_session(rich_assessment())
        other = simple_assessment("Other org")
        store.replace_session(sid, other)
        assert store.load(sid) == other
        store.replace_session(sid, rich_assessment())
        assert store.load(sid) == rich_assessment()


def test_list_sessions_newest_first_with_summary(paths):
    with Store.open(paths) as store:
        a = store.create_session(simple_assessment("First"))
        b = store.create_session(simple_assessment("Second"))
        c = store.create_session(simple_assessment("Third"))
        store.set_answer(a, "A.M1", make_answer(True, None))  # a becomes most recent
        store.set_summary(b, 12, 40, 1.5, None)
        listed = store.list_sessions()
        assert [s.id for s in listed] == [a, c, b]
        summary = next(s for s in listed if s.id == b)
        assert (summary.answered, summary.asked, summary.present_mean, summary.future_mean) == (
            12,
            40,
            1.5,
            None,
        )
        assert summary.organisation == "Second"
        assert summary.index_id == "public-sector"
        assert summary.date == dt.date(2026, 1, 5)
        assert summary.created.tzinfo is not None and summary.updated >= summary.created
        raw = sqlite3.connect(paths.database).execute("SELECT created FROM sessions").fetchone()[0]
        assert raw.endswith("Z") and "T" in raw  # UTC ISO


def test_missing_session_is_a_clear_error(paths):
    with Store.open(paths) as store:
        with pytest.raises(StorageError, match="no session 42"):
            store.load(42)
        with pytest.raises(StorageError, match="no session 42"):
            store.set_answer(42, "A.F1", Answer(True, True))
        with pytest.raises(StorageError):
            store.set_summary(42, 0, 0, None, None)
        assert store.list_sessions() == []  # the failed writes left nothing behind


def test_every_change_is_committed_when_the_call_returns(paths):
    """Another connection sees each change at once: no batching, no unsaved state."""
    with Store.open(paths) as store:
        sid = store.create_session(simple_assessment())
        store.set_answer(sid, "A.M1", make_answer(None, True))
        other = sqlite3.connect(paths.database)
        row = other.execute(
            "SELECT present, future FROM answers WHERE criterion_id = 'A.M1'"
        ).fetchone()
        assert row == (None, 1)
        store.set_note(sid, "A", "seen")
        assert other.execute("SELECT text FROM notes").fetchone() == ("seen",)
        other.close()


def test_connection_settings(paths):
    with Store.open(paths) as store:
        conn = store._conn
        assert conn is not None
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
