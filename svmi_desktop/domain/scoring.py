"""Theme and overall maturity levels, each able to explain itself (DESIGN.md section 3).

Pure functions: an :class:`~.criteria.Index` and the answers in, an :class:`Evaluation` out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from .assessment import Answer
from .criteria import Criterion, Index, Kind, Theme
from .levels import Level


class Scope(StrEnum):
    """The two columns of the workshop: where we are now, and where we want to be."""

    PRESENT = "present"
    FUTURE = "future"


def is_met(criterion: Criterion, answers: Mapping[str, Answer], scope: Scope) -> bool:
    """Whether the criterion counts as met (descriptors always are)."""
    if criterion.kind is Kind.DESCRIPTOR:
        return True
    answer = answers.get(criterion.answer_id, Answer())
    return answer.met_present if scope is Scope.PRESENT else answer.met_future


def is_unanswered(criterion: Criterion, answers: Mapping[str, Answer], scope: Scope) -> bool:
    if not criterion.asked:
        return False
    answer = answers.get(criterion.id, Answer())
    return answer.present_unanswered if scope is Scope.PRESENT else answer.future_unanswered


@dataclass(frozen=True)
class Why:
    """Why a theme sits at its level: what it would take to reach the next one."""

    scope: Scope
    level: Level
    next_level: Level | None
    missing: tuple[Criterion, ...]
    unanswered: tuple[Criterion, ...]

    @property
    def awaiting_compliance(self) -> bool:
        """Non-compliant only because compliance questions are not answered yet: nobody has
        said No, so the screen says "not answered yet", never Non-compliant (issue 10)."""
        return (
            self.level is Level.NON_COMPLIANT
            and bool(self.missing)
            and all(c in self.unanswered for c in self.missing)
        )

    @property
    def sentence(self) -> str:
        """One plain-English line for screens and reports, in the current language."""
        from . import wording  # wording's one home for this sentence (issue 11)

        return wording.why_text(
            self.level,
            self.next_level,
            [c.id for c in (self.missing if self.awaiting_compliance else self.failed)],
            awaiting_compliance=self.awaiting_compliance,
        )

    @property
    def failed(self) -> tuple[Criterion, ...]:
        """The missing criteria that were answered No: the unanswered are listed apart."""
        return tuple(c for c in self.missing if c not in self.unanswered)


@dataclass(frozen=True)
class ThemeLevel:
    level: Level
    incomplete: bool
    why: Why

    @property
    def not_answered_yet(self) -> bool:
        """Level 0 only because its compliance questions are unanswered: shown as "not
        answered yet" (neutral), never as an orange Non-compliant."""
        return self.why.awaiting_compliance


@dataclass(frozen=True)
class ThemeResult:
    theme: Theme
    present: ThemeLevel
    future: ThemeLevel

    #: How many asked criteria have any answer (for progress displays).
    answered: int = 0

    def for_scope(self, scope: Scope) -> ThemeLevel:
        return self.present if scope is Scope.PRESENT else self.future

    @property
    def status(self) -> str:
        """ "unanswered", "incomplete" or "complete", for the theme list."""
        if self.answered == 0 and self.theme.asked:
            return "unanswered"
        if self.present.incomplete or self.future.incomplete:
            return "incomplete"
        return "complete"


@dataclass(frozen=True)
class OverallLevel:
    """The mean of the theme levels and its floor, the overall level.

    ``mean`` is truncated (not rounded) to one decimal so that the figure shown never
    suggests a level above the overall level: 2.96 shows as 2.9, Mature.
    """

    total: int
    count: int
    incomplete: bool

    @property
    def exact_mean(self) -> float:
        return self.total / self.count if self.count else 0.0

    @property
    def mean(self) -> float:
        if not self.count:
            return 0.0
        return (self.total * 10 // self.count) / 10

    @property
    def level(self) -> Level:
        return Level(self.total // self.count) if self.count else Level.NON_COMPLIANT


@dataclass(frozen=True)
class Evaluation:
    index: Index
    themes: tuple[ThemeResult, ...]
    present: OverallLevel
    future: OverallLevel

    def theme(self, code: str) -> ThemeResult:
        for result in self.themes:
            if result.theme.code == code:
                return result
        raise KeyError(code)

    def overall(self, scope: Scope) -> OverallLevel:
        return self.present if scope is Scope.PRESENT else self.future


def theme_level(theme: Theme, answers: Mapping[str, Answer], scope: Scope) -> ThemeLevel:
    """The highest level whose requirements (and all below it) are met; 0 if non-compliant."""
    unanswered = tuple(c for c in theme.criteria if is_unanswered(c, answers, scope))
    failed_compliance = tuple(
        c for c in theme.criteria if c.kind is Kind.COMPLIANCE and not is_met(c, answers, scope)
    )
    if failed_compliance:
        level = Level.NON_COMPLIANT
        why = Why(scope, level, Level.FOLLOWER, failed_compliance, unanswered)
        return ThemeLevel(level, bool(unanswered), why)
    level = Level.FOLLOWER
    for candidate in (Level.MATURE, Level.LEADER, Level.INNOVATOR):
        missing = _missing(theme, candidate, answers, scope)
        if missing:
            why = Why(scope, level, candidate, missing, unanswered)
            return ThemeLevel(level, bool(unanswered), why)
        level = candidate
    return ThemeLevel(level, bool(unanswered), Why(scope, level, None, (), unanswered))


def _missing(
    theme: Theme, level: Level, answers: Mapping[str, Answer], scope: Scope
) -> tuple[Criterion, ...]:
    return tuple(
        c
        for c in theme.at_level(level)
        if c.kind is Kind.REQUIREMENT and not is_met(c, answers, scope)
    )


def evaluate(index: Index, answers: Mapping[str, Answer]) -> Evaluation:
    """Score every theme, present and future, and the overall mean."""
    results = []
    for theme in index.themes:
        answered = sum(1 for c in theme.asked if not answers.get(c.id, Answer()).is_empty)
        results.append(
            ThemeResult(
                theme,
                theme_level(theme, answers, Scope.PRESENT),
                theme_level(theme, answers, Scope.FUTURE),
                answered,
            )
        )
    return Evaluation(
        index,
        tuple(results),
        _overall(results, Scope.PRESENT),
        _overall(results, Scope.FUTURE),
    )


def _overall(results: list[ThemeResult], scope: Scope) -> OverallLevel:
    levels = [r.for_scope(scope) for r in results]
    return OverallLevel(
        total=sum(int(t.level) for t in levels),
        count=len(levels),
        incomplete=any(t.incomplete for t in levels),
    )
