"""Issue 10: compliance criteria are asked as plain questions (``prompt``, Yes means compliant),
validated by the loader; an unanswered one reads "not answered yet", never Non-compliant."""

from __future__ import annotations

import pytest

from svmi_desktop.catalog import load_index, load_index_file
from svmi_desktop.catalog.bundled import criteria_dir
from svmi_desktop.domain.assessment import Answer
from svmi_desktop.domain.criteria import Kind
from svmi_desktop.domain.levels import Level
from svmi_desktop.domain.scoring import Scope, theme_level
from svmi_desktop.errors import CriteriaError

from .test_catalog import broken

COMPLIANCE = {"public-sector": {"A.F1", "E.F1", "E.F2", "J.F1"}, "business": {"E.F1", "F.F1"}}


@pytest.mark.parametrize("index_id", sorted(COMPLIANCE))
def test_every_bundled_compliance_criterion_is_a_question(index_id: str) -> None:
    index = load_index(index_id)
    prompted = {c.id for t in index.themes for c in t.criteria if c.prompt}
    compliance = {c.id for t in index.themes for c in t.criteria if c.kind is Kind.COMPLIANCE}
    assert prompted == compliance == COMPLIANCE[index_id]
    for theme in index.themes:
        for c in theme.criteria:
            if c.prompt:
                assert c.prompt.endswith("?") and c.question == c.prompt
                assert c.statement  # the verbatim statement is still there, beneath


def test_a_f1_asks_about_meeting_the_act_not_about_having_no_policy() -> None:
    a_f1 = load_index("public-sector").criterion("A.F1")
    assert a_f1.statement.startswith("No specific policy in place")
    assert "meet the Act" in (a_f1.prompt or "")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            'id = "A.M1"\nlevel = "mature"\nkind = "requirement"\n',
            'id = "A.M1"\nlevel = "mature"\nkind = "requirement"\nprompt = "Is it?"\n',
            r"criterion A\.M1: key 'prompt' is only allowed on a compliance criterion",
        ),
        (
            'prompt = "Does the organisation at least meet the Act for services contracts above the threshold?"',
            'prompt = "The organisation meets the Act."',
            r"criterion A\.F1: key 'prompt' must be a question ending with '\?'",
        ),
        (
            'prompt = "Does the organisation at least meet the Act for services contracts above the threshold?"',
            'prompt = "' + "x" * 300 + '?"',
            r"criterion A\.F1: key 'prompt' is 301 characters; the limit is 300",
        ),
        (
            'prompt = "Does the organisation at least meet the Act for services contracts above the threshold?"',
            'prompt = " "',
            r"criterion A\.F1: key 'prompt' is empty",
        ),
    ],
)
def test_bad_prompts_are_named(tmp_path, old: str, new: str, message: str) -> None:  # type: ignore[no-untyped-def]
    assert old in (criteria_dir() / "public-sector.toml").read_text(encoding="utf-8")
    with pytest.raises(CriteriaError, match=message):
        load_index_file(broken(tmp_path, old, new))


def test_unanswered_compliance_is_not_answered_yet_never_non_compliant() -> None:
    theme = load_index("public-sector").theme("A")
    level = theme_level(theme, {}, Scope.PRESENT)
    assert level.level is Level.NON_COMPLIANT and level.incomplete  # the score is unchanged
    assert level.not_answered_yet
    assert "Non-compliant" not in level.why.sentence
    assert level.why.sentence.startswith("Not answered yet")
    said_no = theme_level(theme, {"A.F1": Answer(False, None)}, Scope.PRESENT)
    assert not said_no.not_answered_yet
    assert said_no.why.sentence.startswith("Non-compliant")
    said_yes = theme_level(theme, {"A.F1": Answer(True, True)}, Scope.PRESENT)
    assert said_yes.level is Level.FOLLOWER and not said_yes.not_answered_yet
