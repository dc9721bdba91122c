"""Re-assessment: a new session for the same organisation, built from the last one.

The SVMI is a cycle: a body re-assesses a year or so later. The new session keeps the
organisation's key (so the sessions form one history however the organisation is renamed), its
details, optionally its answers (each *carried over, not yet confirmed* until the room touches
it) and the actions still open, with their owners, due dates and statuses. Notes are not carried:
they record what one room said on one day. Pure functions over frozen values.
"""

from __future__ import annotations

import datetime as _dt
import secrets
from dataclasses import dataclass, replace
from enum import StrEnum

from .assessment import ActionEdit, Assessment, Status, Workshop
from .criteria import Index


class CarryMode(StrEnum):
    """What happens to last time's answers."""

    CARRY = "carry"  # copied, each marked carried over until confirmed
    BLANK = "blank"  # the room answers afresh


@dataclass(frozen=True)
class Lineage:
    """Where a session sits in its organisation's history.

    ``org_key`` links the sessions of one organisation (never its name); ``baseline_id`` is the
    session it re-assesses (``None`` for a first assessment, or when the baseline is not in this
    database), ``baseline_date`` that session's workshop date; ``carried`` the criteria whose
    answers were carried over and are not yet confirmed.
    """

    org_key: str
    baseline_id: int | None = None
    baseline_date: _dt.date | None = None
    carried: frozenset[str] = frozenset()

    @property
    def has_baseline(self) -> bool:
        return self.baseline_id is not None or self.baseline_date is not None

    def confirmed(self, criterion_id: str) -> Lineage:
        """The lineage once the room has confirmed (or changed) a carried answer."""
        return replace(self, carried=self.carried - {criterion_id})


def new_org_key() -> str:
    """A fresh organisation key: 16 hex digits, random, meaning nothing."""
    return secrets.token_hex(8)


@dataclass(frozen=True)
class Reassessment:
    """The new session's assessment and its lineage (without its own id yet)."""

    assessment: Assessment
    lineage: Lineage


def is_open(status: Status) -> bool:
    """An action still to carry forward: anything not done."""
    return status is not Status.DONE


def reassess(
    baseline: Assessment,
    baseline_lineage: Lineage,
    baseline_id: int | None,
    index: Index,
    date: _dt.date,
    mode: CarryMode,
) -> Reassessment:
    """The re-assessment of ``baseline`` on ``date`` against ``index`` (its current version).

    Answers to criteria the index no longer has are dropped; so are edits of actions whose
    criterion it no longer has. Done actions stay with the baseline, where progress reads them.
    """
    if index.id != baseline.index_id:
        raise ValueError("a re-assessment uses the same index as its baseline")
    if mode is CarryMode.CARRY:
        answers = {
            cid: a
            for cid, a in baseline.answers.items()
            if index.has_criterion(cid) and not a.is_empty
        }
    else:
        answers = {}
    edits: dict[str, ActionEdit] = {
        cid: edit
        for cid, edit in baseline.action_edits.items()
        if is_open(edit.status) and index.has_criterion(cid) and not edit.is_default
    }
    customs = tuple(
        a for a in baseline.custom_actions if is_open(a.status) and index.has_theme(a.theme)
    )
    old = baseline.workshop
    workshop = Workshop(
        date=date,
        facilitator=old.facilitator,
        participants=old.participants,
        horizon_years=old.horizon_years,
    )
    assessment = Assessment(
        index_id=index.id,
        index_version=index.version,
        organisation=baseline.organisation,
        workshop=workshop,
        answers=answers,
        notes={},
        action_edits=edits,
        custom_actions=customs,
    )
    lineage = Lineage(
        org_key=baseline_lineage.org_key,
        baseline_id=baseline_id,
        baseline_date=old.date,
        carried=frozenset(answers),
    )
    return Reassessment(assessment, lineage)


def default_date(baseline_date: _dt.date, today: _dt.date) -> _dt.date:
    """The date a re-assessment proposes: today, or the day after the baseline if that is later."""
    return max(today, baseline_date + _dt.timedelta(days=1))
