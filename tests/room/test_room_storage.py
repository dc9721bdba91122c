"""The room record is stored (schema 6) and round-trips through the store, the assessment file
and the workbook's hidden data sheet."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest

from svmi_desktop.domain.room import RoomRecord
from svmi_desktop.errors import FileFormatError
from svmi_desktop.formats import assessment_file
from svmi_desktop.storage import Store, repository

from .conftest import full_room


def test_room_record_survives_the_store_and_a_reopen(session, store, paths):
    room = full_room()
    store.set_room(session.session_id, room)
    assert store.load(session.session_id).room == room
    store.close()
    with Store.open(paths) as again:
        assert again.load(session.session_id).room == room
        conn = again._conn
        assert conn is not None
        assert repository.user_version(conn) == repository.SCHEMA_VERSION


def test_tallies_table_holds_counts_and_no_names(session, store, paths):
    store.set_room(session.session_id, full_room())
    conn = sqlite3.connect(paths.database)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(room_tallies)")]
    conn.close()
    assert "name" not in columns and {"yes", "no", "unsure"} <= set(columns)


def test_empty_room_writes_no_rows(session, store, paths):
    store.set_room(session.session_id, full_room())
    store.set_room(session.session_id, RoomRecord())
    conn = sqlite3.connect(paths.database)
    counts = {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("room_agenda", "room_tallies", "room_items", "room_evidence", "room_time")
    }
    conn.close()
    assert set(counts.values()) == {0}
    assert store.load(session.session_id).room == RoomRecord()


def test_replace_session_and_import_keep_the_room(session, store):
    assessment = session.assessment.with_room(full_room())
    store.replace_session(session.session_id, assessment)
    assert store.load(session.session_id).room == full_room()
    new_id = store.create_session(assessment)
    assert store.load(new_id).room == full_room()


def test_assessment_file_round_trips_the_room(session, library):
    assessment = session.assessment.with_room(full_room())
    text = assessment_file.dumps(assessment)
    data = json.loads(text)
    assert data["room"]["votes"][0] == {
        "criterion": "A.F1",
        "question": "present",
        "yes": 5,
        "no": 2,
        "unsure": 1,
        "revealed": True,
    }
    back = assessment_file.loads(text, library.get)
    assert back.room == full_room()
    assert back == assessment


def test_a_file_without_the_room_key_reads_as_before(session, library):
    data = assessment_file.to_dict(session.assessment)
    assert "room" not in data
    assert assessment_file.from_dict(data, library.get).room == RoomRecord()


def test_the_schema_documents_every_room_key(session):
    schema = json.loads(assessment_file.SCHEMA_PATH.read_text())["properties"]["room"]
    data = assessment_file.to_dict(session.assessment.with_room(full_room().with_personal("t")))
    assert set(schema["properties"]) == set(data["room"])
    assert set(schema["properties"]["agenda"]["properties"]) == set(data["room"]["agenda"])
    for key in ("votes", "spread", "items", "returned"):
        assert set(schema["properties"][key]["items"]["properties"]) == set(data["room"][key][0])


@pytest.mark.parametrize(
    ("room", "message"),
    [
        ({"votes": [{"criterion": "Z.F9", "yes": 1}]}, "unknown criterion"),
        ({"votes": [{"criterion": "A.F1", "yes": -1}]}, "0 to 999"),
        ({"items": [{"kind": "gossip", "theme": "A", "text": "x"}]}, "kind must be one of"),
        ({"agenda": {"total_minutes": 5}}, "15 to 720"),
        ({"evidence": {"A.F1": {"date": "tomorrow"}}}, "YYYY-MM-DD"),
        ({"names": ["Ann"]}, "unknown key"),
    ],
)
def test_bad_room_values_are_refused_with_a_message(session, library, room, message):
    data = assessment_file.to_dict(session.assessment)
    data["room"] = room
    with pytest.raises(FileFormatError, match=message):
        assessment_file.from_dict(data, library.get, "x.svmi.json")


def test_workbook_round_trips_the_room(session, library, tmp_path):
    from svmi_desktop.export.summary import facts
    from svmi_desktop.export.workbook import workbook_bytes
    from svmi_desktop.importing import import_file

    session.set_answer("A.F1", True, True)
    assessment = replace(session.assessment.with_room(full_room()))
    path = tmp_path / "w.xlsx"
    path.write_bytes(workbook_bytes(facts(session.index, assessment)))
    back = import_file(path, library.get).assessment
    assert back.room == full_room()
