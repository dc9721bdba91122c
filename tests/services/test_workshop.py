"""The Qt-free workshop use cases: answers and their rule, autosave, summaries, plan edits, undo."""

from __future__ import annotations

import datetime as _dt

import pytest
from fake_store import FakeFull, FakeStore

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain.assessment import (
    Answer,
    AnswerRuleError,
    Organisation,
    Status,
    Workshop,
)
from svmi_desktop.domain.levels import Level
from svmi_desktop.services.workshop import NewSession, Workshops, WorkshopSession, next_value


def _new(workshops: Workshops) -> WorkshopSession:
    return workshops.create(
        NewSession(
            "public-sector",
            Organisation("Test Council", "Council", "Wales"),
            Workshop(_dt.date(2026, 1, 15)),
        )
    )


@pytest.fixture
def workshops(store: FakeStore, tmp_path) -> Workshops:  # type: ignore[no-untyped-def]
    return Workshops(store, IndexLibrary(tmp_path / "indexes"))


def test_create_stores_session_and_summary(workshops: Workshops, store: FakeStore) -> None:
    session = _new(workshops)
    assert store.sessions[session.session_id].organisation.name == "Test Council"
    summary = store.summaries[session.session_id]
    assert (summary.answered, summary.asked) == (0, session.asked)
    assert session.asked == len(session.index.asked_ids) > 80


def test_present_yes_ticks_future_and_future_locked(workshops: Workshops, store: FakeStore) -> None:
    session = _new(workshops)
    answer = session.set_present("A.M1", True)
    assert answer == Answer(True, True)
    assert store.sessions[session.session_id].answer("A.M1") == Answer(True, True)
    with pytest.raises(AnswerRuleError):
        session.set_future("A.M1", False)
    assert session.answer("A.M1") == Answer(True, True)
    # issue 10: the Future that Present ticked follows Present: unticking it gives Future back
    # as it was (nobody had set it), never a Yes the room did not choose
    session.set_present("A.M1", False)
    assert session.answer("A.M1") == Answer(False, None)
    session.set_future("A.M1", False)
    assert store.sessions[session.session_id].answer("A.M1") == Answer(False, False)


def test_restatement_is_not_asked(workshops: Workshops) -> None:
    session = _new(workshops)
    with pytest.raises(ValueError, match="not asked"):
        session.set_present("C.I1", True)
    session.set_present("C.L1", True)
    assert session.answer("C.I1") == Answer(True, True)


def test_live_evaluation_and_summary(workshops: Workshops, store: FakeStore) -> None:
    session = _new(workshops)
    session.set_present("A.F1", True)
    for cid in ("A.M1", "A.M2"):
        session.set_present(cid, True)
    theme = session.evaluation.theme("A")
    assert theme.present.level is Level.MATURE
    assert theme.present.incomplete
    summary = store.summaries[session.session_id]
    assert summary.answered == 3
    assert summary.present_mean == session.evaluation.present.mean


def test_failed_write_keeps_answer_and_retries(workshops: Workshops, store: FakeStore) -> None:
    session = _new(workshops)
    store.fail = FakeFull("disk full")
    with pytest.raises(FakeFull):
        session.set_present("B.M1", True)
    assert session.answer("B.M1") == Answer(True, True)
    assert not session.saved
    assert store.sessions[session.session_id].answer("B.M1") == Answer()
    store.fail = None
    session.set_present("B.L1", False)
    assert session.saved
    assert store.sessions[session.session_id].answer("B.M1") == Answer(True, True)
    assert store.sessions[session.session_id].answer("B.L1") == Answer(False, None)


def test_action_edits_and_custom_actions(workshops: Workshops, store: FakeStore) -> None:
    session = _new(workshops)
    session.set_answer("C.L1", False, True)
    session.edit_action("C.L1", owner="Head of Procurement", status=Status.IN_PROGRESS)
    stored = store.sessions[session.session_id]
    assert stored.action_edits["C.L1"].owner == "Head of Procurement"
    assert stored.action_edits["C.L1"].status is Status.IN_PROGRESS
    item = next(i for i in session.plan.items if i.key == "C.L1")
    assert item.owner == "Head of Procurement"

    action = session.add_custom_action("C", "  Brief the board  ", year=9)
    assert action.text == "Brief the board" and action.year == 3
    assert any(i.key == action.id for i in session.plan.items)
    session.edit_action(action.id, owner="Chief Executive")
    assert store.sessions[session.session_id].custom_actions[0].owner == "Chief Executive"
    removed = session.delete_custom_action(action.id)
    assert store.sessions[session.session_id].custom_actions == ()
    session.restore_custom_action(removed)
    assert store.sessions[session.session_id].custom_actions[0].owner == "Chief Executive"
    with pytest.raises(ValueError):
        session.add_custom_action("C", "   ")


def test_note_and_details(workshops: Workshops, store: FakeStore) -> None:
    session = _new(workshops)
    session.set_note("A", "Evidence: policy approved 2025")
    assert store.sessions[session.session_id].notes == {"A": "Evidence: policy approved 2025"}
    before = len(store.calls)
    session.set_note("A", "Evidence: policy approved 2025")
    assert len(store.calls) == before  # unchanged note is not written again
    session.update_details(Organisation("Renamed"), Workshop(_dt.date(2026, 2, 1), horizon_years=2))
    assert store.sessions[session.session_id].workshop.horizon_years == 2


def test_delete_restore_and_reopen(workshops: Workshops, store: FakeStore) -> None:
    session = _new(workshops)
    session.set_present("A.F1", True)
    workshops.delete(session.session_id)
    assert workshops.sessions() == []
    workshops.restore(session.session_id)
    again = workshops.open(session.session_id)
    assert again.answer("A.F1") == Answer(True, True)


def test_demo_is_added_once(workshops: Workshops) -> None:
    first = workshops.open_demo()
    second = workshops.open_demo()
    assert first.session_id == second.session_id
    assert len(workshops.sessions()) == 1
    assert first.answered > 0


def test_next_value_cycle() -> None:
    assert [next_value(v) for v in (None, True, False)] == [True, False, None]
