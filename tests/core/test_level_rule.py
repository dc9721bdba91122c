"""The gates the workbook's formulas are built from give exactly what ``domain.scoring`` gives,
for every answer pattern: the rule has one description, and a change to it fails here until
both follow it (issue 12)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.assessment import make_answer
from svmi_desktop.domain.level_rule import TOP_LEVEL, gates, level_through_gates
from svmi_desktop.domain.levels import Level
from svmi_desktop.domain.scoring import Scope, is_met, theme_level

INDEXES = [load_index("public-sector"), load_index("business")]
ANSWER = st.sampled_from(
    [
        (None, None),
        (None, True),
        (None, False),
        (False, None),
        (False, True),
        (False, False),
        (True, True),
        (True, None),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_gates_give_the_domains_theme_level_and_why(data):
    index = data.draw(st.sampled_from(INDEXES))
    theme = data.draw(st.sampled_from(index.themes))
    answers = {c.id: make_answer(*data.draw(ANSWER)) for c in theme.asked}
    for scope in Scope:
        expected = theme_level(theme, answers, scope)
        level, gate = level_through_gates(theme, lambda c, s=scope: is_met(c, answers, s))
        assert level == expected.level
        if gate is None:
            assert expected.why.next_level is None and level == TOP_LEVEL
        else:
            assert gate.next_level == expected.why.next_level
            assert (
                tuple(c for c in gate.criteria if not is_met(c, answers, scope))
                == expected.why.missing
            )


def test_every_level_has_its_gate():
    for index in INDEXES:
        for theme in index.themes:
            assert [g.level_if_unmet for g in gates(theme)] == [
                Level.NON_COMPLIANT,
                Level.FOLLOWER,
                Level.MATURE,
                Level.LEADER,
            ]
