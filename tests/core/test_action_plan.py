"""The action plan of DESIGN.md section 4: targets, phases, years, stretch and edits."""

from __future__ import annotations

import datetime as dt

import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.action_plan import add_years, build_action_plan
from svmi_desktop.domain.assessment import (
    ActionEdit,
    Assessment,
    CustomAction,
    Organisation,
    Status,
    Workshop,
    make_answer,
)
from svmi_desktop.domain.levels import Level
from svmi_desktop.domain.scoring import evaluate

from .surrey import surrey_assessment

WORKED_EXAMPLE_TO_LEADER = [
    "Start to measure social value in financial as well as non-financial terms, against the approved "
    "themes outcomes and measures (TOMs).",
    "Start a process to update TOMs annually, supported by evidence from case studies and ongoing contracts.",
    "Introduce a system to weight outcomes according to council and local priorities.",
]
WORKED_EXAMPLE_TO_INNOVATOR = [
    "Incorporate stakeholder feedback to adjust your outcome financial weightings.",
    "Consult stakeholders and public sector bodies in the TOMs development/update process "
    "(e. g. health, education, emergency services).",
]


@pytest.fixture(scope="module")
def public():
    return load_index("public-sector")


def plan_for(index, assessment):
    return build_action_plan(index, assessment, evaluate(index, assessment.answers))


def test_surrey_measurement_plan_matches_the_worked_example(public):
    plan = plan_for(public, surrey_assessment(public))
    assert [i.action for i in plan.by_target("C", Level.LEADER)] == WORKED_EXAMPLE_TO_LEADER
    assert [i.action for i in plan.by_target("C", Level.INNOVATOR)] == WORKED_EXAMPLE_TO_INNOVATOR
    assert [i.criterion for i in plan.for_theme("C")] == ["C.L1", "C.L2", "C.L3", "C.I2", "C.I4"]


def test_phases_and_years_follow_the_horizon(public):
    a = surrey_assessment(public)
    plan = plan_for(public, a)
    c_items = {i.criterion: i for i in plan.for_theme("C")}
    assert (c_items["C.L1"].phase, c_items["C.L1"].year) == (1, 1)
    assert (c_items["C.I2"].phase, c_items["C.I2"].year) == (2, 2)
    assert c_items["C.I2"].due == dt.date(2028, 11, 21)
    one_year = Assessment(**{**a.__dict__, "workshop": Workshop(a.workshop.date, horizon_years=1)})
    plan1 = plan_for(public, one_year)
    assert {i.year for i in plan1.items} == {1}
    assert {i.phase for i in plan1.for_theme("C")} == {1, 2}


def test_themes_with_no_gap_have_no_actions(public):
    plan = plan_for(public, surrey_assessment(public))
    for code in ("A", "F", "H", "J"):  # present == future in the worked example
        assert plan.for_theme(code) == ()


def test_non_compliant_theme_gets_compliance_actions_first(public):
    a = Assessment("public-sector", "x", Organisation("X"), Workshop(dt.date(2026, 1, 1)))
    a = a.with_answer("E.F1", make_answer(False, True)).with_answer("E.F2", make_answer(True, True))
    for cid in ("E.M1", "E.M2"):
        a = a.with_answer(cid, make_answer(False, True))
    plan = plan_for(public, a)
    items = plan.for_theme("E")
    assert [(i.criterion, i.target_level, i.phase) for i in items] == [
        ("E.F1", Level.FOLLOWER, 1),
        ("E.M1", Level.MATURE, 2),
        ("E.M2", Level.MATURE, 2),
    ]


def test_stretch_actions_above_the_future_level(public):
    a = Assessment("public-sector", "x", Organisation("X"), Workshop(dt.date(2026, 1, 1)))
    a = a.with_answer("B.M1", make_answer(False, True)).with_answer(
        "B.I1", make_answer(False, True)
    )
    items = {i.criterion: i for i in plan_for(public, a).for_theme("B")}
    assert not items["B.M1"].stretch and items["B.M1"].target_level is Level.MATURE
    assert items["B.I1"].stretch and items["B.I1"].target_level is Level.INNOVATOR
    assert "B.L1" not in items


def test_edits_and_custom_actions_appear_in_the_plan(public):
    a = surrey_assessment(public)
    a = a.with_action_edit(
        "C.L1", ActionEdit("Head of Procurement", dt.date(2027, 3, 31), Status.IN_PROGRESS, "n")
    )
    a = a.with_custom_action(CustomAction("x1", "H", "Meet the fire service.", year=2, owner="CFO"))
    plan = plan_for(public, a)
    item = next(i for i in plan.items if i.criterion == "C.L1")
    assert (item.owner, item.due, item.status, item.note) == (
        "Head of Procurement",
        dt.date(2027, 3, 31),
        Status.IN_PROGRESS,
        "n",
    )
    custom = plan.for_theme("H")
    assert [(i.criterion, i.custom_id, i.action, i.year) for i in custom] == [
        (None, "x1", "Meet the fire service.", 2)
    ]
    assert 2 in plan.by_year() and custom[0] in plan.by_year()[2]


def test_add_years_handles_leap_day():
    assert add_years(dt.date(2028, 2, 29), 1) == dt.date(2029, 2, 28)
