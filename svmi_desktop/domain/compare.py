"""Two sessions of the same index side by side: then → now → target, theme by theme.

Computed once here and drawn by the Compare page, the exports and ``svmi compare``. A
comparison never mixes indexes or index versions: the criteria would not mean the same thing.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from enum import StrEnum

from ..errors import SvmiError
from . import wording
from .assessment import Assessment
from .criteria import Index
from .levels import Level
from .scoring import Evaluation, OverallLevel, ThemeResult, evaluate


class ComparisonError(SvmiError):
    """Two sessions that cannot be compared (another index or index version)."""


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    SAME = "same"
    NOT_COMPARABLE = "not-comparable"


@dataclass(frozen=True)
class LevelPoint:
    """A theme's level on one date: the level, provisional or not, answered at all or not."""

    level: Level
    provisional: bool = False
    unanswered: bool = False

    @classmethod
    def present_of(cls, result: ThemeResult) -> LevelPoint:
        return cls(result.present.level, result.present.incomplete, result.status == "unanswered")

    @classmethod
    def future_of(cls, result: ThemeResult) -> LevelPoint:
        return cls(result.future.level, result.future.incomplete, result.status == "unanswered")


@dataclass(frozen=True)
class Delta:
    """The change between two levels, with its arrow and its words."""

    then: LevelPoint
    now: LevelPoint

    @property
    def comparable(self) -> bool:
        return not (self.then.unanswered or self.now.unanswered)

    @property
    def steps(self) -> int:
        return int(self.now.level) - int(self.then.level) if self.comparable else 0

    @property
    def provisional(self) -> bool:
        return self.then.provisional or self.now.provisional

    @property
    def direction(self) -> Direction:
        if not self.comparable:
            return Direction.NOT_COMPARABLE
        if self.steps > 0:
            return Direction.UP
        return Direction.DOWN if self.steps < 0 else Direction.SAME

    @property
    def arrow(self) -> str:
        return wording.delta_arrow(self.steps, self.comparable)

    @property
    def words(self) -> str:
        return wording.delta_text(
            self.then.level, self.now.level, self.provisional, self.comparable
        )


@dataclass(frozen=True)
class CriterionChange:
    """A criterion whose present answer differs between the two dates (``None``: unanswered)."""

    criterion_id: str
    text: str
    then: bool | None
    now: bool | None

    @property
    def became_met(self) -> bool:
        return self.now is True and self.then is not True


@dataclass(frozen=True)
class ThemeComparison:
    code: str
    title: str
    short: str
    delta: Delta
    target: LevelPoint
    changes: tuple[CriterionChange, ...]


@dataclass(frozen=True)
class Comparison:
    index_id: str
    index_version: str
    then_date: _dt.date
    now_date: _dt.date
    themes: tuple[ThemeComparison, ...]
    overall_then: OverallLevel
    overall_now: OverallLevel
    overall_target: OverallLevel

    def codes(self, direction: Direction) -> tuple[str, ...]:
        return tuple(t.code for t in self.themes if t.delta.direction is direction)

    @property
    def level_changes(self) -> tuple[ThemeComparison, ...]:
        return tuple(t for t in self.themes if t.delta.direction in (Direction.UP, Direction.DOWN))


def check_comparable(then: Assessment, now: Assessment) -> None:
    """Refuse two sessions of different indexes or index versions, in one sentence."""
    if then.index_id != now.index_id:
        raise ComparisonError(
            f"These sessions use different indexes ({then.index_id} and {now.index_id}), "
            f"so they cannot be compared."
        )
    if then.index_version != now.index_version:
        raise ComparisonError(
            f"These sessions use different versions of the {then.index_id} index "
            f"({then.index_version} and {now.index_version}), so they cannot be compared."
        )


def compare(index: Index, then: Assessment, now: Assessment) -> Comparison:
    """Theme by theme: the level then, now and the target (now's future), and what changed."""
    check_comparable(then, now)
    if index.id != now.index_id:
        raise ComparisonError(f"The index given is {index.id}, not {now.index_id}.")
    ev_then, ev_now = evaluate(index, then.answers), evaluate(index, now.answers)
    return compare_evaluations(then, now, ev_then, ev_now)


def compare_evaluations(
    then: Assessment, now: Assessment, ev_then: Evaluation, ev_now: Evaluation
) -> Comparison:
    themes = []
    for r_then, r_now in zip(ev_then.themes, ev_now.themes, strict=True):
        theme = r_now.theme
        changes = []
        for criterion in theme.asked:
            a, b = then.answer(criterion.id).present, now.answer(criterion.id).present
            if a != b:
                changes.append(CriterionChange(criterion.id, criterion.text, a, b))
        themes.append(
            ThemeComparison(
                code=theme.code,
                title=theme.title,
                short=theme.short,
                delta=Delta(LevelPoint.present_of(r_then), LevelPoint.present_of(r_now)),
                target=LevelPoint.future_of(r_now),
                changes=tuple(changes),
            )
        )
    return Comparison(
        index_id=now.index_id,
        index_version=now.index_version,
        then_date=then.workshop.date,
        now_date=now.workshop.date,
        themes=tuple(themes),
        overall_then=ev_then.present,
        overall_now=ev_now.present,
        overall_target=ev_now.future,
    )


def comparison_dict(comparison: Comparison) -> dict[str, object]:
    """The JSON form ``svmi compare`` prints: keys, levels as numbers, words as read."""

    def point(p: LevelPoint) -> dict[str, object]:
        return {"level": int(p.level), "provisional": p.provisional, "answered": not p.unanswered}

    return {
        "index": comparison.index_id,
        "index_version": comparison.index_version,
        "then": comparison.then_date.isoformat(),
        "now": comparison.now_date.isoformat(),
        "overall": {
            "then": comparison.overall_then.mean,
            "now": comparison.overall_now.mean,
            "target": comparison.overall_target.mean,
        },
        "themes": [
            {
                "theme": t.code,
                "then": point(t.delta.then),
                "now": point(t.delta.now),
                "target": point(t.target),
                "direction": t.delta.direction.value,
                "steps": t.delta.steps,
                "words": t.delta.words,
                "changed_criteria": [
                    {"criterion": c.criterion_id, "then": c.then, "now": c.now} for c in t.changes
                ],
            }
            for t in comparison.themes
        ],
    }
