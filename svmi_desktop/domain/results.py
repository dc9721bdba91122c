"""The one rule that turns an assessment into its results: scores, the plan and the progress.

Every consumer (the open session, the exports, ``svmi evaluate``, ``svmi sessions import``) calls
:func:`assess`; nothing else calls :func:`~.scoring.evaluate` and
:func:`~.action_plan.build_action_plan` together, so the screen and the files can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from .action_plan import ActionPlan, build_action_plan
from .assessment import Assessment
from .criteria import Index
from .scoring import Evaluation, evaluate


@dataclass(frozen=True)
class Results:
    """What an assessment comes to: its evaluation, its action plan and how far it is answered.

    ``answered`` counts only the criteria the workshop asks (restatements and descriptors are
    never answered themselves), out of ``asked``.
    """

    evaluation: Evaluation
    plan: ActionPlan
    answered: int
    asked: int


def answered_count(index: Index, assessment: Assessment) -> int:
    """How many of the asked criteria have an answer (present or future)."""
    return sum(1 for cid in index.asked_ids if not assessment.answer(cid).is_empty)


def assess(index: Index, assessment: Assessment) -> Results:
    """Score ``assessment`` against ``index`` and build its plan: the one call everyone makes."""
    evaluation = evaluate(index, assessment.answers)
    plan = build_action_plan(index, assessment, evaluation)
    return Results(evaluation, plan, answered_count(index, assessment), len(index.asked_ids))
