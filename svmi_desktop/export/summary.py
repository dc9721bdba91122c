"""The facts every export repeats, computed once: results, plan, gaps and year-1 actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import wording
from ..domain.action_plan import ActionItem, ActionPlan
from ..domain.assessment import Assessment
from ..domain.criteria import Index
from ..domain.levels import Level
from ..domain.results import Results, assess
from ..domain.scoring import Evaluation, OverallLevel, ThemeResult
from ..errors import SvmiError

if TYPE_CHECKING:
    from ..domain.progress import SinceLastTime  # issue 14
    from ..domain.reassessment import Lineage  # issue 14

#: The "To reach …" columns of the worked example's action plan table.
TARGET_COLUMNS: tuple[Level, ...] = (Level.MATURE, Level.LEADER, Level.INNOVATOR)


@dataclass(frozen=True)
class Facts:
    index: Index
    assessment: Assessment
    evaluation: Evaluation
    plan: ActionPlan
    since: SinceLastTime | None = None  # issue 14: set when the session has a baseline
    #: issue 14: the session's place in its organisation's history; the workbook's hidden data
    #: records its organisation key so that importing the workbook continues that history.
    lineage: Lineage | None = None

    @property
    def organisation(self) -> str:
        return self.assessment.organisation.name


def facts(index: Index, assessment: Assessment, results: Results | None = None) -> Facts:
    """The facts of an export. ``results`` are the open session's (the exports never score
    again); without them (a file exported from the command line) they are assessed once here."""
    if assessment.index_id != index.id:
        raise SvmiError(
            wording.trf(
                "Export",
                "The assessment uses the index %1, not %2.",
                repr(assessment.index_id),
                repr(index.id),
            )
        )
    if results is None:
        results = assess(index, assessment)
    return Facts(index, assessment, results.evaluation, results.plan)


def overall_text(o: OverallLevel) -> str:
    """ "2.4 Mature", with ", provisional" while answers are missing (domain.wording)."""
    return wording.overall_text(o.mean, o.level, o.incomplete)


def level_text(level: Level, incomplete: bool) -> str:
    """ "Leader (3)", with ", provisional" while answers are missing (domain.wording)."""
    return wording.level_text(level, incomplete)


def biggest_gaps(evaluation: Evaluation, count: int = 3) -> list[ThemeResult]:
    """The themes with the largest future − present gap (index order breaks ties); gap > 0."""
    ranked = sorted(
        (r for r in evaluation.themes if r.future.level > r.present.level),
        key=lambda r: -(int(r.future.level) - int(r.present.level)),
    )
    return ranked[:count]


def year_actions(plan: ActionPlan, year: int = 1) -> tuple[ActionItem, ...]:
    return plan.by_year().get(year, ())


def target_columns(plan: ActionPlan) -> list[Level | None]:
    """The plan table's columns: Mature, Leader, Innovator, plus Follower ("become compliant")
    first and "Other" (custom actions without a target) last when the plan has any."""
    cols: list[Level | None] = list(TARGET_COLUMNS)
    targets = {i.target_level for i in plan.items}
    if Level.FOLLOWER in targets:
        cols.insert(0, Level.FOLLOWER)
    if None in targets:
        cols.append(None)
    return cols


def column_title(level: Level | None) -> str:
    return wording.plan_column_title(level)


def target_text(item: ActionItem) -> str:
    return wording.target_text(item.target_level, item.stretch)
