"""Issue 11 item 1-2: each rule has one home, and stored values are keys.

- ``domain.results.assess`` is what the session, the exports and ``svmi evaluate`` use: an export
  given the session's results prints them and never scores again;
- one length message, whether the text is typed, read from a file or put in a workbook;
- statuses and organisation types are keys; today's files (labels) still read, and files and
  ``svmi evaluate`` keep writing the values DESIGN.md section 7 documents.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.domain import wording
from svmi_desktop.domain.assessment import (
    ActionEdit,
    Organisation,
    Status,
    organisation_type_key,
)
from svmi_desktop.domain.results import assess
from svmi_desktop.domain.text_limits import MAX_TEXT, TextTooLongError, check_length
from svmi_desktop.errors import SvmiError
from svmi_desktop.export import summary
from svmi_desktop.formats import assessment_file
from svmi_desktop.formats.results_json import evaluation_dict
from svmi_desktop.services.workshop import WorkshopSession

from ..services.fake_store import FakeStore


def test_the_session_holds_the_results_of_assess(index, demo):
    session = WorkshopSession(FakeStore(), 1, index, demo)
    assert session.results == assess(index, demo)
    assert (session.evaluation, session.plan) == (session.results.evaluation, session.results.plan)
    assert session.answered == sum(1 for cid in index.asked_ids if not demo.answer(cid).is_empty)


def test_progress_counts_only_asked_criteria(index, demo):
    """A stray answer to a restatement (not asked) used to be counted by one of the three
    summaries; there is one now, and it ignores it."""
    not_asked = next(c for c in index.criteria() if not c.asked)
    stray = demo.with_answer(not_asked.id, demo.answer(index.asked_ids[0]).__class__(True, True))
    assert assess(index, stray).answered == assess(index, demo).answered


def test_exports_use_the_results_they_are_given(index, demo):
    results = assess(index, demo)
    facts = summary.facts(index, demo, results)
    assert facts.evaluation is results.evaluation and facts.plan is results.plan
    assert (facts.index, facts.assessment) == (index, demo)


def test_results_json_only_formats(index, demo):
    out = evaluation_dict(index, demo, assess(index, demo))
    assert out["overall"]["present"]["name"] in {"Follower", "Mature", "Leader"}
    with pytest.raises(TypeError):
        evaluation_dict(index, demo)  # type: ignore[call-arg]  # no scoring of its own


def test_one_length_message_everywhere(tmp_path, index, demo):
    long = "x" * (MAX_TEXT + 1)
    with pytest.raises(TextTooLongError) as typed:
        check_length(long, "The note for theme A")
    data = assessment_file.to_dict(demo)
    data["notes"]["A"] = long
    path = tmp_path / "long.svmi.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SvmiError) as read:
        assessment_file.read(path, load_index)
    from svmi_desktop.export.text import check_cell_length

    with pytest.raises(SvmiError) as cell:
        check_cell_length(long, "The note for theme A")
    tail = "characters; the limit is 32,767 (what one spreadsheet cell holds), so shorten it"
    for error in (typed.value, read.value, cell.value):
        assert tail in str(error)
    assert str(typed.value) == str(cell.value)


def test_status_is_a_key_and_old_values_read():
    assert [s.value for s in Status] == ["not-started", "in-progress", "done"]
    assert Status("In progress") is Status.IN_PROGRESS  # databases and files before v4
    assert Status("in-progress") is Status.IN_PROGRESS
    assert Status.DONE.v1_value == "Done"
    with pytest.raises(ValueError):
        Status("Finished")
    assert wording.status_label(Status.IN_PROGRESS) == "In progress"


def test_organisation_type_is_a_key_free_text_kept():
    assert Organisation("X", "Fire and rescue").type == "fire"
    assert Organisation("X", "fire").type == "fire"
    assert organisation_type_key("Housing association") == "Housing association"
    assert wording.organisation_type_label("fire") == "Fire and rescue"
    assert wording.organisation_type_label("Housing association") == "Housing association"


def test_files_keep_version_1_values_and_read_keys(tmp_path, index, demo):
    edited = demo.with_action_edit(index.asked_ids[0], ActionEdit(status=Status.DONE))
    edited = replace(edited, organisation=Organisation("Heddlu", "police", "Cymru"))
    data = assessment_file.to_dict(edited)
    assert data["organisation"]["type"] == "Police"
    statuses = {a["status"] for a in data["actions"]}
    assert statuses <= {"Not started", "In progress", "Done"} and "Done" in statuses
    # a file holding keys (a later writer) reads the same
    text = json.dumps(data).replace('"Done"', '"done"').replace('"Police"', '"police"')
    path = tmp_path / "keys.svmi.json"
    path.write_text(text, encoding="utf-8")
    assert assessment_file.read(path, load_index) == edited
    out = evaluation_dict(index, edited, assess(index, edited))
    assert {a["status"] for a in out["action_plan"]} <= {"Not started", "In progress", "Done"}
