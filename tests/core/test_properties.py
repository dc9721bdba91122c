"""Property tests of the scoring rules over random answers to both bundled indexes."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.assessment import Answer, make_answer
from svmi_desktop.domain.criteria import Kind
from svmi_desktop.domain.levels import Level
from svmi_desktop.domain.scoring import evaluate

INDEXES = [load_index("public-sector"), load_index("business")]
TRI = st.sampled_from([None, True, False])


@st.composite
def answered(draw):
    index = draw(st.sampled_from(INDEXES))
    answers = {}
    for cid in index.asked_ids:
        present = draw(TRI)
        future = True if present is True else draw(TRI)
        answer = make_answer(present, future)
        if not answer.is_empty:
            answers[cid] = answer
    return index, answers


@settings(max_examples=150, deadline=None)
@given(answered())
def test_future_level_never_below_present(case):
    index, answers = case
    for r in evaluate(index, answers).themes:
        assert r.future.level >= r.present.level


@settings(max_examples=150, deadline=None)
@given(answered(), st.data())
def test_ticking_one_more_criterion_never_lowers_a_level(case, data):
    index, answers = case
    cid = data.draw(st.sampled_from(index.asked_ids))
    before = evaluate(index, answers)
    old = answers.get(cid, Answer())
    more = dict(answers)
    more[cid] = (
        make_answer(True, True)
        if data.draw(st.booleans())
        else make_answer(old.present if old.present is not True else True, True)
    )
    after = evaluate(index, more)
    for b, a in zip(before.themes, after.themes, strict=True):
        assert a.present.level >= b.present.level
        assert a.future.level >= b.future.level


@settings(max_examples=150, deadline=None)
@given(answered())
def test_overall_level_is_floor_of_mean(case):
    index, answers = case
    result = evaluate(index, answers)
    for overall, scope in ((result.present, "present"), (result.future, "future")):
        levels = [int(getattr(r, scope).level) for r in result.themes]
        mean = sum(levels) / len(levels)
        assert overall.level == Level(math.floor(mean))
        assert overall.mean == math.floor(mean * 10) / 10
        assert math.floor(overall.mean) == int(overall.level)


@settings(max_examples=150, deadline=None)
@given(answered(), st.data())
def test_failed_compliance_criterion_makes_theme_non_compliant(case, data):
    index, answers = case
    compliance = [c for c in index.criteria() if c.kind is Kind.COMPLIANCE]
    c = data.draw(st.sampled_from(compliance))
    answers = dict(answers)
    answers[c.id] = make_answer(False, data.draw(st.sampled_from([None, True, False])))
    result = evaluate(index, answers).theme(c.theme)
    assert result.present.level is Level.NON_COMPLIANT
    assert c in result.present.why.missing
