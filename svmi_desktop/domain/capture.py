"""What the room captures per theme: evidence per criterion, decisions, disagreements, a parking lot.

Evidence answers "what shows this is met?", with who holds it and a date. A theme's evidence
completeness is the share of the criteria it says are met now that have evidence recorded: a
claim without evidence is exactly what an assurer asks about.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the assessment module imports this one (through the room record)
    from .assessment import Answer
    from .criteria import Theme


@dataclass(frozen=True)
class Evidence:
    """What shows a criterion is met, who owns that evidence, and a date (all optional)."""

    what: str = ""
    owner: str = ""
    date: _dt.date | None = None

    @property
    def is_empty(self) -> bool:
        return not self.what.strip() and not self.owner.strip() and self.date is None

    @property
    def recorded(self) -> bool:
        """Counts towards completeness: something is named as the evidence."""
        return bool(self.what.strip())

    def with_what(self, what: str) -> Evidence:
        return replace(self, what=what)

    def with_owner(self, owner: str) -> Evidence:
        return replace(self, owner=owner)

    def with_date(self, date: _dt.date | None) -> Evidence:
        return replace(self, date=date)


class ItemKind(StrEnum):
    """The kinds of free-text item a theme collects (stored keys)."""

    DECISION = "decision"
    DISAGREEMENT = "disagreement"
    PARKING = "parking"


@dataclass(frozen=True)
class Item:
    """One decision, disagreement or parked question, in a theme."""

    kind: ItemKind
    theme: str
    text: str

    def with_text(self, text: str) -> Item:
        return replace(self, text=text)


@dataclass(frozen=True)
class Completeness:
    """Of the criteria a theme says are met now, how many have evidence recorded."""

    theme: str
    with_evidence: int
    claimed: int

    @property
    def percent(self) -> int | None:
        """Whole per cent, or ``None`` when nothing is claimed as met yet."""
        if self.claimed == 0:
            return None
        return round(100 * self.with_evidence / self.claimed)

    def explain(self) -> str:
        if self.claimed == 0:
            return f"Theme {self.theme}: no criterion is met now, so no evidence is expected yet."
        return (
            f"Theme {self.theme}: {self.with_evidence} of the {self.claimed} criteria met now "
            f"have evidence recorded ({self.percent}%)."
        )


def evidence_completeness(
    theme: Theme, answers: Mapping[str, Answer], evidence: Mapping[str, Evidence]
) -> Completeness:
    """Completeness for one theme: asked criteria answered Yes now, with evidence named."""
    claimed = [
        c.id
        for c in theme.criteria
        if c.asked and (answer := answers.get(c.id)) is not None and answer.met_present
    ]
    with_evidence = sum(1 for cid in claimed if evidence.get(cid, Evidence()).recorded)
    return Completeness(theme.code, with_evidence, len(claimed))
