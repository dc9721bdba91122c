"""Scoring rules of DESIGN.md section 3, checked on the worked example and small cases."""

from __future__ import annotations

import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.assessment import Answer, AnswerRuleError, make_answer
from svmi_desktop.domain.levels import Level
from svmi_desktop.domain.scoring import Scope, evaluate, theme_level

from .surrey import FUTURE, PRESENT, surrey_assessment


@pytest.fixture(scope="module")
def public():
    return load_index("public-sector")


def test_surrey_worked_example_levels_per_theme(public):
    result = evaluate(public, surrey_assessment(public).answers)
    assert {r.theme.code: int(r.present.level) for r in result.themes} == PRESENT
    assert {r.theme.code: int(r.future.level) for r in result.themes} == FUTURE
    assert not any(r.present.incomplete or r.future.incomplete for r in result.themes)


def test_surrey_worked_example_overall(public):
    result = evaluate(public, surrey_assessment(public).answers)
    assert result.present.mean == 2.4
    assert result.present.level is Level.MATURE
    assert result.future.mean == 3.2
    assert result.future.level is Level.LEADER


def test_present_implies_future():
    assert make_answer(True, None) == Answer(True, True)
    assert make_answer(False, None) == Answer(False, None)
    with pytest.raises(AnswerRuleError):
        make_answer(True, False)


def test_nothing_answered_is_incomplete_and_provisional(public):
    result = evaluate(public, {})
    a = result.theme("A")
    # A.F1 is a compliance criterion: unanswered counts as not met, provisionally.
    assert a.present.level is Level.NON_COMPLIANT
    assert a.present.incomplete
    assert a.status == "unanswered"
    # Theme B has no compliance criterion: Follower by its descriptor, incomplete.
    assert result.theme("B").present.level is Level.FOLLOWER
    assert result.present.incomplete


def test_failed_compliance_makes_theme_non_compliant_even_with_higher_criteria(public):
    answers = {c.id: Answer(True, True) for c in public.theme("E").asked}
    answers["E.F2"] = Answer(False, True)
    result = theme_level(public.theme("E"), answers, Scope.PRESENT)
    assert result.level is Level.NON_COMPLIANT
    assert [c.id for c in result.why.missing] == ["E.F2"]
    assert theme_level(public.theme("E"), answers, Scope.FUTURE).level is Level.INNOVATOR


def test_levels_are_cumulative(public):
    # Every Innovator requirement met but one Mature one missing: still Follower.
    theme = public.theme("B")
    answers = {c.id: Answer(True, True) for c in theme.asked}
    answers["B.M1"] = Answer(False, False)
    result = theme_level(theme, answers, Scope.PRESENT)
    assert result.level is Level.FOLLOWER
    assert result.why.next_level is Level.MATURE
    assert [c.id for c in result.why.missing] == ["B.M1"]
    assert "to reach Mature (B.M1)" in result.why.sentence


def test_same_as_criterion_shares_its_answer(public):
    theme = public.theme("C")
    answers = {c.id: Answer(True, True) for c in theme.asked}
    assert theme_level(theme, answers, Scope.PRESENT).level is Level.INNOVATOR
    answers["C.L1"] = Answer(False, True)
    present = theme_level(theme, answers, Scope.PRESENT)
    assert present.level is Level.MATURE
    assert "C.I1" not in [c.id for c in theme.asked]


def test_why_at_top_level_says_all_met(public):
    theme = public.theme("G")
    answers = {c.id: Answer(True, True) for c in theme.asked}
    why = theme_level(theme, answers, Scope.PRESENT).why
    assert why.next_level is None and why.missing == ()
    assert why.sentence == "Innovator: every requirement is met."


def test_overall_mean_is_truncated_not_rounded(public):
    # 29 / 10 = 2.9 and 2.96 style means never display above the floor level.
    from svmi_desktop.domain.scoring import OverallLevel

    o = OverallLevel(total=29, count=10, incomplete=False)
    assert (o.mean, o.level) == (2.9, Level.MATURE)
    o = OverallLevel(total=26, count=9, incomplete=False)  # 2.888…
    assert (o.mean, o.level) == (2.8, Level.MATURE)
