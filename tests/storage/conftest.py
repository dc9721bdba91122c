"""Fixtures for the storage tests: a data folder and a session holding every kind of data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from svmi_desktop.domain.assessment import (
    ActionEdit,
    Answer,
    Assessment,
    CustomAction,
    Organisation,
    Participant,
    Status,
    Workshop,
    make_answer,
)
from svmi_desktop.domain.levels import Level
from svmi_desktop.paths import AppPaths

HOSTILE = "'; DROP TABLE sessions; --"


def rich_assessment(name: str = "Cyngor Gwynedd — Ŵyn & Ŷ £€ 🙂") -> Assessment:
    """A session with every kind of data, hostile text included."""
    return Assessment(
        index_id="public-sector",
        index_version="2017.1",
        organisation=Organisation(name, "Council", "Wales"),
        workshop=Workshop(
            date=dt.date(2026, 11, 21),
            facilitator="Siân Łukasz",
            participants=(
                Participant("Procurement lead", "Zoë O'Brien"),
                Participant("Finance officer"),
                Participant(HOSTILE, "Robert'); DROP TABLE participants;--"),
            ),
            horizon_years=2,
        ),
        answers={
            "A.F1": make_answer(True, None),
            "A.M1": make_answer(False, True),
            "A.M2": make_answer(None, False),  # future-only
            "A.L1": make_answer(None, True),
            "B.M1": make_answer(False, False),
            "C.M1": make_answer(True, True),
        },
        notes={
            "A": HOSTILE,
            "B": "Emoji 🙂🎉 and Welsh ŵ ŷ â ł é\nsecond line\ttab \x00nul",
            "C": "x" * 5000,
        },
        action_edits={
            "A.M2": ActionEdit(
                "Head of procurement", dt.date(2027, 3, 31), Status.IN_PROGRESS, "bid"
            ),
            "B.M1": ActionEdit(note=HOSTILE),
            "C.L1": ActionEdit(status=Status.DONE),
        },
        custom_actions=(
            CustomAction(
                "custom-1",
                "C",
                "Publish a statement",
                2,
                Level.LEADER,
                "Ann",
                dt.date(2028, 1, 1),
                Status.DONE,
                "🙂",
            ),
            CustomAction("custom-2", "A", HOSTILE, 1),
            CustomAction("zz-0", "B", "Train buyers", 3, Level.INNOVATOR),
        ),
    )


def simple_assessment(name: str = "Acme Ltd", index_id: str = "public-sector") -> Assessment:
    return Assessment(
        index_id=index_id,
        index_version="2017.1",
        organisation=Organisation(name, "Business"),
        workshop=Workshop(dt.date(2026, 1, 5)),
        answers={"A.F1": Answer(True, True)},
    )


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "data")
