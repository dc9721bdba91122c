"""Every voice counted: silent votes hidden until revealed, returned personal files merged."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from svmi_desktop.domain.assessment import make_answer
from svmi_desktop.domain.votes import (
    Column,
    CountError,
    Tally,
    disagreement,
    disagreements_first,
    parse_counts,
    projected,
)
from svmi_desktop.formats import assessment_file
from svmi_desktop.services.room import RoomService
from svmi_desktop.services.room_files import blank_personal, write_blank_files


def test_counts_in_a_couple_of_keystrokes():
    assert parse_counts("5 2 1") == Tally(5, 2, 1)
    assert parse_counts("7/3") == Tally(7, 3, 0)
    assert parse_counts("4") == Tally(4, 0, 0)
    for bad in ("", "a lot", "1 2 3 4", "1000"):
        with pytest.raises(CountError):
            parse_counts(bad)


def test_disagreement_orders_the_most_divided_first():
    tallies = {
        "A.F1": Tally(9, 0, 0),  # all agree
        "A.M1": Tally(5, 5, 0),  # evenly split
        "A.M2": Tally(9, 1, 0),  # one dissenter
        "A.L1": Tally(1, 6, 0),  # agreed Yes against a No majority
    }
    agreed = {"A.L1": True}
    order = disagreements_first(["A.F1", "A.M1", "A.M2", "A.L1", "A.I1"], tallies, agreed)
    assert order == ["A.M1", "A.L1", "A.M2", "A.F1", "A.I1"]
    assert disagreement(Tally(5, 5, 0)) == 1.0
    assert disagreement(Tally(3, 0, 4)) == 0.0
    assert order[0] == "A.M1"  # 5/5 beats 1/6 (0.17) and 9/1 (0.11)


def test_a_vote_is_hidden_from_the_projector_until_revealed(room, store, session):
    vote = room.enter_counts("A.F1", "5 2 1")
    assert vote.revealed is False
    assert projected(room.vote("A.F1")) is None
    stored = store.load(session.session_id).room
    assert stored.vote("A.F1").tally == Tally(5, 2, 1) and not stored.vote("A.F1").revealed
    room.reveal("A.F1")
    assert projected(room.vote("A.F1")) == Tally(5, 2, 1)
    assert store.load(session.session_id).room.vote("A.F1").revealed
    room.enter_counts("A.F1", "6 1 1")  # counted again: hidden again until revealed
    assert projected(room.vote("A.F1")) is None


def test_the_agreed_answer_is_separate_from_the_votes(room, session):
    session.set_answer("A.F1", False, True)
    room.enter_counts("A.F1", "6 1 0")
    room.set_dissent("A.F1", "Finance disagree: the threshold test is not met")
    assert session.assessment.answer("A.F1") == make_answer(False, True)  # votes did not change it
    assert session.assessment.room.dissent["A.F1"].startswith("Finance")


def _fill(path, answers):
    """A participant fills in their blank personal file (as SVMI Desktop would save it)."""
    data = json.loads(path.read_text())
    data["answers"] = {cid: {"present": p, "future": f} for cid, (p, f) in answers.items()}
    path.write_text(json.dumps(data))


def test_returned_files_give_the_spread_per_criterion(room, session, library, tmp_path):
    session.set_answer("A.F1", True, True)
    files = write_blank_files(session.index, session.assessment, tmp_path / "out", 4)
    tokens = {json.loads(p.read_text())["room"]["personal"] for p in files}
    assert len(tokens) == 4  # each person's file is recognisable
    assert all(
        "answers" not in json.loads(p.read_text()) or not json.loads(p.read_text())["answers"]
        for p in files
    )
    _fill(files[0], {"A.F1": (True, True), "A.M1": (False, True)})
    _fill(files[1], {"A.F1": (False, True), "A.M1": (False, False)})
    _fill(files[2], {"A.F1": (True, True)})  # A.M1 left blank: not sure
    _fill(files[3], {"A.F1": (True, True), "A.M1": (True, True)})
    result = room.merge_files(files, library.get)
    assert result.refused == ()
    spread = room.room.spread
    assert spread[("A.F1", Column.PRESENT)] == Tally(3, 1, 0)
    assert spread[("A.M1", Column.PRESENT)] == Tally(1, 2, 1)
    assert spread[("A.M1", Column.FUTURE)] == Tally(2, 1, 1)
    assert spread[("A.F1", Column.FUTURE)] == Tally(4, 0, 0)  # present Yes counts future Yes
    assert spread[("B.M1", Column.PRESENT)] == Tally(0, 0, 4)
    assert ("B.F1", Column.PRESENT) not in spread  # a restatement is not asked
    order = disagreements_first(
        [c.id for c in session.index.theme("A").asked],
        {cid: t for (cid, col), t in spread.items() if col is Column.PRESENT},
    )
    assert order[:2] == ["A.M1", "A.F1"]  # 1 yes / 2 no is more divided than 3 / 1


def test_a_file_for_another_index_is_refused_with_a_message(room, session, library, tmp_path):
    other = replace(blank_personal(session.assessment), index_id="business", index_version="2017.1")
    path = tmp_path / "wrong.svmi.json"
    path.write_text(assessment_file.dumps(other))
    result = room.merge_files([path], library.get)
    assert result.counted == ()
    ((source, message),) = result.refused
    assert source == "wrong.svmi.json"
    assert "business index" in message and "public-sector" in message
    assert room.room.spread == {}  # nothing stored


def test_the_same_persons_file_twice_is_detected(room, session, library, tmp_path):
    first, second = write_blank_files(session.index, session.assessment, tmp_path, 2)
    _fill(first, {"A.F1": (True, True)})
    copy = tmp_path / "copy-of-1.svmi.json"
    copy.write_text(first.read_text())
    result = room.merge_files([first, copy, second], library.get)
    assert result.counted == (first.name, second.name)
    ((source, message),) = result.refused
    assert source == copy.name and "same person" in message
    # in a later batch too, even with the answers changed
    _fill(copy, {"A.F1": (False, False)})
    later = room.merge_files([copy], library.get)
    assert later.counted == () and "same person" in later.refused[0][1]
    assert room.room.spread_of("A.F1") == Tally(1, 0, 1)


def test_a_tokenless_file_loaded_twice_is_detected(room, session, library, tmp_path):
    own = session.assessment.with_answer("A.F1", make_answer(True, True))
    path = tmp_path / "someone.svmi.json"
    path.write_text(assessment_file.dumps(own))
    (tmp_path / "renamed.svmi.json").write_bytes(path.read_bytes())
    result = room.merge_files([path, tmp_path / "renamed.svmi.json"], library.get)
    assert len(result.counted) == 1 and "same person" in result.refused[0][1]


def test_returned_workbooks_are_merged_too(room, session, library, tmp_path):
    (book,) = write_blank_files(session.index, session.assessment, tmp_path, 1, kind="xlsx")
    result = room.merge_files([book], library.get)
    assert result.counted == (book.name,)
    assert room.room.spread_of("A.F1") == Tally(0, 0, 1)
    again = room.merge_files([book], library.get)
    assert "same person" in again.refused[0][1]


def test_exports_of_the_spread_hold_counts_not_names(room, session, library, tmp_path):
    files = write_blank_files(session.index, session.assessment, tmp_path, 2)
    room.merge_files(files, library.get)
    data = assessment_file.to_dict(session.assessment)
    text = json.dumps(data["room"])
    assert "Secret Name" not in text
    assert set(data["room"]["spread"][0]) == {"criterion", "question", "yes", "no", "unsure"}
    assert {r["label"] for r in data["room"]["returned"]} == {""}


def test_room_service_in_memory_when_the_store_refuses(session, clock, monkeypatch):
    from svmi_desktop.storage.errors import StorageError

    room = RoomService(session, clock)

    def refuse(*_):
        raise StorageError("The disk is full.")

    monkeypatch.setattr(session.store, "set_room", refuse)
    with pytest.raises(StorageError):
        room.enter_counts("A.F1", "1 1 1")
    assert room.vote("A.F1").tally == Tally(1, 1, 1)  # kept in memory, queued
    assert not session.saved
