"""Re-assessment: answers carried over or blank, open actions carried forward, history by key."""

from __future__ import annotations

import datetime as dt

import pytest

from svmi_desktop.domain.assessment import Organisation, Status
from svmi_desktop.domain.reassessment import CarryMode
from svmi_desktop.errors import SvmiError
from svmi_desktop.storage import Store

from .helpers import FIRST_DATE, first_workshop

LATER = dt.date(2026, 3, 10)


def test_carry_over_copies_every_answer_marked_not_yet_confirmed(workshops, history):
    first = first_workshop(workshops)
    again = history.reassess(first.session_id, LATER, CarryMode.CARRY)
    assert again.assessment.answers == first.assessment.answers
    assert again.lineage.carried == frozenset(first.assessment.answers)
    assert again.assessment.workshop.date == LATER
    assert again.assessment.organisation == first.assessment.organisation
    assert again.assessment.workshop.participants == first.assessment.workshop.participants
    assert again.assessment.notes == {}
    # Stored: reopening shows the same answers and the same marks.
    reopened = workshops.open(again.session_id)
    assert reopened.assessment.answers == first.assessment.answers
    assert reopened.lineage.carried == again.lineage.carried
    assert reopened.lineage.baseline_id == first.session_id
    assert reopened.lineage.baseline_date == FIRST_DATE


def test_touching_a_carried_answer_confirms_it_and_only_it(workshops, history):
    first = first_workshop(workshops)
    again = history.reassess(first.session_id, LATER, CarryMode.CARRY)
    touched = sorted(again.lineage.carried)[0]
    again.set_answer(touched, True, True)
    assert touched not in again.lineage.carried
    reopened = workshops.open(again.session_id)
    assert touched not in reopened.lineage.carried
    assert len(reopened.lineage.carried) == len(first.assessment.answers) - 1


def test_blank_starts_with_no_answers_and_nothing_carried(workshops, history):
    first = first_workshop(workshops)
    again = history.reassess(first.session_id, LATER, CarryMode.BLANK)
    assert again.assessment.answers == {}
    assert again.lineage.carried == frozenset()
    assert again.evaluation.theme("C").status == "unanswered"
    assert workshops.open(again.session_id).lineage.baseline_id == first.session_id


@pytest.mark.parametrize("mode", list(CarryMode))
def test_open_actions_are_carried_forward_with_owners_and_statuses(workshops, history, mode):
    first = first_workshop(workshops)
    edits = first.assessment.action_edits
    again = history.reassess(first.session_id, LATER, mode)
    reopened = workshops.open(again.session_id).assessment
    open_edits = {k: e for k, e in edits.items() if e.status is not Status.DONE}
    assert open_edits and reopened.action_edits == open_edits
    (kept,) = open_edits.values()
    assert (kept.owner, kept.status) == ("Head of procurement", Status.IN_PROGRESS)
    assert [a.text for a in reopened.custom_actions] == ["Publish a social value statement"]
    assert reopened.custom_actions[0].owner == "Chief executive"
    # The done action stays with the baseline.
    assert not any(e.status is Status.DONE for e in reopened.action_edits.values())


def test_sessions_form_a_history_that_renaming_keeps(workshops, history):
    first = first_workshop(workshops)
    other = first_workshop(workshops, name="Cyngor Sir Ynys Môn")  # same name, other body
    again = history.reassess(first.session_id, LATER, CarryMode.CARRY)
    again.update_details(
        Organisation("Isle of Anglesey County Council", "Council", "Wales"),
        again.assessment.workshop,
    )
    third = history.reassess(again.session_id, dt.date(2027, 3, 9), CarryMode.BLANK)
    ids = [e.session_id for e in history.entries(third.session_id)]
    assert ids == [first.session_id, again.session_id, third.session_id]
    assert other.session_id not in ids  # linked by key, not by name
    assert history.lineage(first.session_id).org_key == history.lineage(third.session_id).org_key
    assert history.lineage(other.session_id).org_key != history.lineage(first.session_id).org_key
    names = [e.organisation for e in history.entries(first.session_id)]
    assert names[1] == names[2] == "Isle of Anglesey County Council"


def test_a_re_assessment_must_be_dated_after_its_baseline(workshops, history):
    first = first_workshop(workshops)
    before = len(workshops.sessions())
    with pytest.raises(SvmiError, match="dated after"):
        history.reassess(first.session_id, FIRST_DATE, CarryMode.CARRY)
    assert len(workshops.sessions()) == before


def test_history_survives_closing_and_reopening_the_store(tmp_path, workshops, history):
    first = first_workshop(workshops)
    again = history.reassess(first.session_id, LATER, CarryMode.CARRY)
    key = history.lineage(first.session_id).org_key
    paths = workshops.store.paths
    workshops.store.close()
    with Store.open(paths) as store:
        assert [r[0] for r in store.history(key)] == [first.session_id, again.session_id]
        assert store.lineage(again.session_id).carried == frozenset(first.assessment.answers)
