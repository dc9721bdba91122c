"""The .svmi.json exchange format: round trip, schema, and one-line refusals."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.assessment import (
    ActionEdit,
    Assessment,
    CustomAction,
    Organisation,
    Participant,
    Status,
    Workshop,
    make_answer,
)
from svmi_desktop.domain.levels import Level
from svmi_desktop.errors import FileFormatError
from svmi_desktop.fileio import ExistsError
from svmi_desktop.formats import assessment_file
from svmi_desktop.formats.assessment_file import SCHEMA_PATH

from .surrey import surrey_assessment


def full_assessment() -> Assessment:
    a = surrey_assessment(load_index("public-sector"))
    a = Assessment(
        **{
            **a.__dict__,
            "organisation": Organisation("Heddlu Gogledd Cymru – ŵ ŷ â ł é £ €", "Police", "Wales"),
            "workshop": Workshop(
                dt.date(2026, 11, 21),
                "Facilitator <b>&",
                (Participant("CFO", "Siân"), Participant("Clerk")),
                2,
            ),
        }
    )
    a = a.with_answer("H.I1", make_answer(None, True))  # future-only answer
    a = a.with_note("C", '=HYPERLINK("http://x","y")\nline two 🙂')
    a = a.with_action_edit("C.L1", ActionEdit("Owner", dt.date(2027, 1, 31), Status.DONE, "note"))
    return a.with_custom_action(CustomAction("c1", "J", "Publish targets.", 2, Level.LEADER, "CEO"))


def test_round_trip_is_identical(tmp_path):
    a = full_assessment()
    path = assessment_file.write(tmp_path / "x.svmi.json", a)
    b = assessment_file.read(path, load_index)
    assert b == a
    assert assessment_file.dumps(b) == path.read_text(encoding="utf-8")


def test_unanswered_criteria_are_absent_and_shape_is_documented(tmp_path):
    a = full_assessment().with_answer("H.I2", make_answer(None, None))
    data = assessment_file.to_dict(a)
    assert set(data) == {
        "format",
        "version",
        "index",
        "index_version",
        "organisation",
        "workshop",
        "answers",
        "notes",
        "actions",
    }
    assert data["answers"]["H.I1"] == {"future": True}
    assert "H.I2" not in data["answers"]
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert set(schema["properties"]) - {"room", "baseline"} == set(data)  # optional (issues 14, 15)
    assert set(schema["properties"]["workshop"]["properties"]) == set(data["workshop"])


def test_write_refuses_to_overwrite(tmp_path):
    path = assessment_file.write(tmp_path / "x.svmi.json", full_assessment())
    before = path.read_bytes()
    with pytest.raises(ExistsError, match="already exists"):
        assessment_file.write(path, surrey_assessment(load_index("public-sector")))
    assert path.read_bytes() == before


def mutate(change):
    data = assessment_file.to_dict(full_assessment())
    change(data)
    return json.dumps(data)


BAD = [
    (lambda d: d.update(format="other"), "is not an SVMI assessment file"),
    (lambda d: d.update(version=2), "is assessment format version 2; this app reads version 1"),
    (lambda d: d.update(index="housing"), "uses the unknown index 'housing'"),
    (lambda d: d["answers"].update({"Z.M1": {"present": True}}), "unknown criterion id 'Z.M1'"),
    (
        lambda d: d["answers"].update({"A.M1": {"present": "yes"}}),
        r"answers.A.M1.present must be true or false",
    ),
    (
        lambda d: d["answers"].update({"A.M1": {"present": 1}}),
        r"answers.A.M1.present must be true or false",
    ),
    (
        lambda d: d["answers"].update({"A.M1": {"present": True, "future": False}}),
        "met now implies met in future",
    ),
    (lambda d: d["answers"].update({"C.I1": {"present": True}}), "restates C.L1"),
    (
        lambda d: d["answers"].update({"B.F1": {"present": True}}),
        "is a description, not a question",
    ),
    (lambda d: d["workshop"].update(date="21/11/2026"), "is not a date written YYYY-MM-DD"),
    (
        lambda d: d["workshop"].update(horizon_years=9),
        "horizon_years must be a whole number of years",
    ),
    (lambda d: d["organisation"].update(name=""), "organisation.name is empty"),
    (lambda d: d.update(extra=1), "unknown key 'extra'"),
    (lambda d: d["notes"].update({"Q": "x"}), "unknown theme 'Q'"),
    (
        lambda d: d["actions"].append(
            {"criterion": None, "theme": "A", "action": "x", "status": "Late"}
        ),
        "status must be one of",
    ),
]


@pytest.mark.parametrize(("change", "message"), BAD)
def test_bad_files_get_one_line_errors(change, message):
    with pytest.raises(FileFormatError, match=message) as info:
        assessment_file.loads(mutate(change), load_index)
    assert "\n" not in str(info.value)


def test_not_json_not_utf8_and_missing(tmp_path):
    with pytest.raises(FileFormatError, match="is not valid JSON"):
        assessment_file.loads("{nope", load_index)
    bad = tmp_path / "b.svmi.json"
    bad.write_bytes(b"\xff\xfe\xfa")
    with pytest.raises(FileFormatError, match="is not UTF-8"):
        assessment_file.read(bad, load_index)
    with pytest.raises(FileFormatError, match="does not exist"):
        assessment_file.read(tmp_path / "missing.svmi.json", load_index)
