"""The phased action plan generated from present and future answers (DESIGN.md section 4)."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .assessment import ActionEdit, Assessment, CustomAction, Status
from .criteria import Criterion, Index, Kind
from .levels import Level
from .scoring import Evaluation, Scope, is_met


@dataclass(frozen=True)
class ActionItem:
    """One line of the plan: generated from a criterion, or added by the facilitator."""

    theme: str
    criterion: str | None
    custom_id: str | None
    target_level: Level | None
    phase: int
    year: int
    action: str
    stretch: bool
    owner: str
    due: _dt.date
    status: Status
    note: str

    @property
    def key(self) -> str:
        """A stable key for editing: the criterion id, or the custom action's id."""
        return self.criterion or self.custom_id or ""


@dataclass(frozen=True)
class ActionPlan:
    items: tuple[ActionItem, ...]
    horizon_years: int

    def for_theme(self, code: str) -> tuple[ActionItem, ...]:
        return tuple(i for i in self.items if i.theme == code)

    def by_target(self, code: str, level: Level) -> tuple[ActionItem, ...]:
        """The worked example's table cell: theme × "To reach <level>"."""
        return tuple(i for i in self.for_theme(code) if i.target_level == level)

    def by_year(self) -> dict[int, tuple[ActionItem, ...]]:
        years: dict[int, list[ActionItem]] = {}
        for item in self.items:
            years.setdefault(item.year, []).append(item)
        return {y: tuple(years[y]) for y in sorted(years)}


def add_years(day: _dt.date, years: int) -> _dt.date:
    """The same calendar day ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def schedule_year(phase: int, horizon_years: int) -> int:
    """Phase k happens in year min(k, H)."""
    return max(1, min(phase, horizon_years))


def build_action_plan(index: Index, assessment: Assessment, evaluation: Evaluation) -> ActionPlan:
    """Every action needed to move each theme from its present to its future level."""
    horizon = assessment.workshop.horizon_years
    start = assessment.workshop.date
    items: list[ActionItem] = []
    for result in evaluation.themes:
        theme = result.theme
        present = result.present.level
        future = result.future.level
        for criterion in theme.criteria:
            if not criterion.asked or is_met(criterion, assessment.answers, Scope.PRESENT):
                continue
            target, stretch = _target(criterion, present, future, assessment)
            if target is None:
                continue
            phase = max(1, int(target) - int(present))
            year = schedule_year(phase, horizon)
            items.append(_item(criterion, target, phase, year, stretch, start, assessment))
        for custom in assessment.custom_actions:
            if custom.theme != theme.code:
                continue
            items.append(_custom_item(custom, schedule_year(custom.year, horizon), start))
    return ActionPlan(tuple(items), horizon)


def _target(
    criterion: Criterion, present: Level, future: Level, assessment: Assessment
) -> tuple[Level | None, bool]:
    """The level this unmet criterion helps reach, and whether it is a stretch action."""
    if criterion.kind is Kind.COMPLIANCE:
        # A theme that is Non-compliant now needs its compliance action even when it is
        # planned to stay so, if the room answered No (unanswered is not a failure; issue 13).
        answered_no = assessment.answer(criterion.id).present is False
        needed = future > present or answered_no
        return (
            (Level.FOLLOWER, False) if present is Level.NON_COMPLIANT and needed else (None, False)
        )
    if present < criterion.level <= future:
        return criterion.level, False
    if criterion.level > future and assessment.answer(criterion.id).met_future:
        return criterion.level, True
    return None, False


def _custom_item(custom: CustomAction, year: int, start: _dt.date) -> ActionItem:
    """A facilitator's own action: its phase is its year."""
    return ActionItem(
        theme=custom.theme,
        criterion=None,
        custom_id=custom.id,
        target_level=custom.target_level,
        phase=year,
        year=year,
        action=custom.text,
        stretch=False,
        owner=custom.owner,
        due=custom.due or add_years(start, year),
        status=custom.status,
        note=custom.note,
    )


def _item(
    criterion: Criterion,
    target: Level,
    phase: int,
    year: int,
    stretch: bool,
    start: _dt.date,
    assessment: Assessment,
) -> ActionItem:
    edit = assessment.action_edits.get(criterion.id, ActionEdit())
    return ActionItem(
        theme=criterion.theme,
        criterion=criterion.id,
        custom_id=None,
        target_level=target,
        phase=phase,
        year=year,
        action=criterion.action,
        stretch=stretch,
        owner=edit.owner,
        due=edit.due or add_years(start, year),
        status=edit.status,
        note=edit.note,
    )
