"""Progress on last time's plan, and the "since last time" summary of a re-assessment.

Each action of the baseline's plan is checked against the re-assessment: was it done (its status
now, or then if it was already done and so not carried forward), and is its criterion met now?
Pure functions; the wording of each state is in :mod:`.wording`.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from enum import StrEnum

from . import wording
from .action_plan import ActionItem, build_action_plan
from .assessment import Assessment, Status
from .compare import Comparison, Direction, compare
from .criteria import Index
from .scoring import evaluate


class ProgressState(StrEnum):
    DONE_MET = "done-met"
    DONE_NOT_MET = "done-not-met"
    DONE = "done"  # a custom action: no criterion to check
    MET_NOT_DONE = "met-not-done"
    OPEN = "open"


@dataclass(frozen=True)
class ActionProgress:
    """One action of last time's plan, as it stands now."""

    item: ActionItem
    status_now: Status
    met_now: bool | None  # None: a custom action, or its criterion not answered yet

    @property
    def done(self) -> bool:
        return self.status_now is Status.DONE

    @property
    def state(self) -> ProgressState:
        if self.done:
            if self.met_now is None:
                return ProgressState.DONE
            return ProgressState.DONE_MET if self.met_now else ProgressState.DONE_NOT_MET
        return ProgressState.MET_NOT_DONE if self.met_now else ProgressState.OPEN

    @property
    def words(self) -> str:
        return wording.progress_state_text(self.state.value)


def plan_progress(
    index: Index, baseline: Assessment, current: Assessment
) -> tuple[ActionProgress, ...]:
    """Every action of the baseline's plan, with whether it is done and its criterion met now."""
    plan = build_action_plan(index, baseline, evaluate(index, baseline.answers))
    customs = {a.id: a for a in current.custom_actions}
    out = []
    for item in plan.items:
        met: bool | None = None
        if item.criterion is not None:
            edit = current.action_edits.get(item.criterion)
            status = edit.status if edit is not None else item.status
            if index.has_criterion(item.criterion):
                answer = current.answer(index.criterion(item.criterion).answer_id)
                met = None if answer.present is None else answer.present
        else:
            custom = customs.get(item.custom_id or "")
            status = custom.status if custom is not None else item.status
        out.append(ActionProgress(item, status, met))
    return tuple(out)


@dataclass(frozen=True)
class SinceLastTime:
    """What changed since the baseline: themes up and down, level changes, actions done."""

    baseline_date: _dt.date
    comparison: Comparison
    progress: tuple[ActionProgress, ...]

    @property
    def up(self) -> tuple[str, ...]:
        return self.comparison.codes(Direction.UP)

    @property
    def down(self) -> tuple[str, ...]:
        return self.comparison.codes(Direction.DOWN)

    @property
    def same(self) -> tuple[str, ...]:
        return self.comparison.codes(Direction.SAME)

    @property
    def actions_done(self) -> int:
        return sum(1 for p in self.progress if p.done)

    def count(self, state: ProgressState) -> int:
        return sum(1 for p in self.progress if p.state is state)

    @property
    def headline(self) -> str:
        return wording.since_last_time_counts(
            len(self.up), len(self.down), len(self.same), self.actions_done, len(self.progress)
        )

    @property
    def change_lines(self) -> tuple[str, ...]:
        return tuple(
            wording.level_change_text(t.code, t.delta.then.level, t.delta.now.level)
            for t in self.comparison.level_changes
        )


def since_last_time(index: Index, baseline: Assessment, current: Assessment) -> SinceLastTime:
    """The summary for a re-assessment of ``baseline`` (raises ComparisonError across indexes)."""
    return SinceLastTime(
        baseline_date=baseline.workshop.date,
        comparison=compare(index, baseline, current),
        progress=plan_progress(index, baseline, current),
    )
