"""Deltas for every pair of levels, and progress of each action since last time."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from svmi_desktop.domain import wording
from svmi_desktop.domain.assessment import Status
from svmi_desktop.domain.compare import ComparisonError, Delta, Direction, LevelPoint
from svmi_desktop.domain.levels import Level
from svmi_desktop.domain.progress import ProgressState
from svmi_desktop.domain.reassessment import CarryMode

from .helpers import first_workshop

PAIRS = list(itertools.product(Level, Level))


@pytest.mark.parametrize(("then", "now"), PAIRS, ids=[f"{a.name}-{b.name}" for a, b in PAIRS])
def test_every_pair_of_levels_has_an_arrow_and_words(then, now):
    delta = Delta(LevelPoint(then), LevelPoint(now))
    steps = int(now) - int(then)
    assert delta.steps == steps
    words = delta.words
    if steps == 0:
        assert (delta.direction, delta.arrow, words) == (Direction.SAME, "=", "No change")
    elif steps > 0:
        assert delta.direction is Direction.UP and delta.arrow == "↑"
        plural = "level" if steps == 1 else "levels"
        assert words.endswith(f"p {steps} {plural}")
        assert words.startswith("Became compliant") == (then is Level.NON_COMPLIANT)
    else:
        assert delta.direction is Direction.DOWN and delta.arrow == "↓"
        assert f"own {-steps} level" in words
        assert words.startswith("Became non-compliant") == (now is Level.NON_COMPLIANT)
    provisional = Delta(LevelPoint(then, provisional=True), LevelPoint(now))
    assert provisional.words == words + ", provisional"


@pytest.mark.parametrize("side", ["then", "now", "both"])
def test_an_unanswered_theme_is_not_compared(side):
    blank, level = LevelPoint(Level.NON_COMPLIANT, True, True), LevelPoint(Level.LEADER)
    then = blank if side in ("then", "both") else level
    now = blank if side in ("now", "both") else level
    delta = Delta(then, now)
    assert delta.direction is Direction.NOT_COMPARABLE
    assert (delta.steps, delta.arrow) == (0, "–")
    assert delta.words == "Cannot compare: not answered on both dates"


def test_progress_of_each_action_done_and_met_done_not_met_open(workshops, history):
    first = first_workshop(workshops)
    plan_keys = [i.key for i in first.plan.items if i.criterion]
    again = history.reassess(first.session_id, dt.date(2026, 3, 1), CarryMode.CARRY)
    done_met, done_not_met, met_not_done = plan_keys[0], plan_keys[1], plan_keys[2]
    again.edit_action(done_met, status=Status.DONE)
    again.set_answer(done_met, True, True)
    # plan_keys[1] was done last time (not carried forward) and its criterion is still not met
    again.set_answer(met_not_done, True, True)
    summary = history.since_last_time(again)
    assert summary is not None
    states = {p.item.key: p.state for p in summary.progress}
    assert states[done_met] is ProgressState.DONE_MET
    assert states[done_not_met] is ProgressState.DONE_NOT_MET
    assert states[met_not_done] is ProgressState.MET_NOT_DONE
    others = [k for k in plan_keys[3:]]
    assert others and all(states[k] is ProgressState.OPEN for k in others)
    custom = [p for p in summary.progress if p.item.custom_id]
    assert [p.state for p in custom] == [ProgressState.OPEN]
    assert summary.actions_done == 2
    assert summary.count(ProgressState.DONE_NOT_MET) == 1
    assert {p.words for p in summary.progress} >= {
        wording.progress_state_text("done-met"),
        wording.progress_state_text("open"),
    }


def test_since_last_time_counts_themes_up_and_down(workshops, history):
    first = first_workshop(workshops)
    again = history.reassess(first.session_id, dt.date(2026, 3, 1), CarryMode.CARRY)
    theme_c = again.index.theme("C")
    before = again.evaluation.theme("C").present.level
    for criterion in theme_c.asked:
        if criterion.level.letter == "M":
            again.set_answer(criterion.id, True, True)
    summary = history.since_last_time(again)
    assert summary is not None
    after = again.evaluation.theme("C").present.level
    assert after > before
    assert summary.up == ("C",)
    assert summary.down == ()
    assert summary.change_lines == (wording.level_change_text("C", before, after),)
    assert "1 theme up, 0 down" in summary.headline
    changed = next(t for t in summary.comparison.themes if t.code == "C").changes
    assert {c.criterion_id for c in changed} == {
        c.id for c in theme_c.asked if c.level.letter == "M"
    }
    assert all(c.became_met for c in changed)


def test_sessions_of_different_index_versions_are_never_compared(workshops, history):
    first = first_workshop(workshops)
    other = workshops.add(
        __import__("dataclasses").replace(first.assessment, index_version="1999.1")
    )
    with pytest.raises(ComparisonError, match="different versions"):
        history.compare(first.session_id, other.session_id)
