"""Shared fixtures: the demo workshop, a Welsh one, and one with hostile text in every field."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from svmi_desktop.domain.assessment import (
    ActionEdit,
    Assessment,
    CustomAction,
    Organisation,
    Participant,
    Status,
    Workshop,
)
from svmi_desktop.domain.criteria import Index
from svmi_desktop.domain.levels import Level
from svmi_desktop.export.summary import Facts, facts

from ..hostile import LONG_NOTE, WELSH, hostile_text

# The corpus (HOSTILE, LONG_NOTE, WELSH) lives in tests/hostile.py, shared with the fault tests.


def pick_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(
            f"{name} is not installed (apt-get install poppler-utils / libreoffice-calc-nogui)"
        )
    return path


def pdf_text(path: Path, raw: bool = True) -> str:
    """pdftotext's output; ``raw`` keeps content-stream order, so each table cell is whole."""
    tool = pick_tool("pdftotext")
    args = [tool, "-enc", "UTF-8", *(["-raw"] if raw else []), str(path), "-"]
    out = subprocess.run(args, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def sheet_xml(xlsx: Path) -> dict[str, str]:
    with zipfile.ZipFile(xlsx) as zf:
        return {n: zf.read(n).decode("utf-8") for n in zf.namelist() if n.endswith(".xml")}


# index and demo: tests/conftest.py


@pytest.fixture(scope="session")
def demo_facts(index: Index, demo: Assessment) -> Facts:
    return facts(index, demo)


@pytest.fixture(scope="session")
def welsh(demo: Assessment) -> Assessment:
    return replace(
        demo,
        organisation=Organisation(WELSH, "Police", "Gogledd Cymru – Wrecsam"),
        notes={**demo.notes, "B": "Cyfarfod â’r Bwrdd: £5,000 – “ŵyŷ” ł é €"},
    )


@pytest.fixture(scope="session")
def hostile(demo: Assessment, index: Index) -> Assessment:
    """Hostile text in every free-text field the app lets a user type into."""
    notes = {t.code: hostile_text(i) for i, t in enumerate(index.themes)}
    notes["A"] = LONG_NOTE
    edits = {
        "C.M1": ActionEdit(
            hostile_text(1), dt.date(2027, 1, 1), Status.IN_PROGRESS, hostile_text(2)
        ),
        "E.L1": ActionEdit(LONG_NOTE, None, Status.NOT_STARTED, LONG_NOTE),
    }
    customs = (
        CustomAction(
            "custom-1",
            "F",
            hostile_text(3),
            1,
            Level.MATURE,
            hostile_text(4),
            None,
            Status.DONE,
            hostile_text(5),
        ),
        CustomAction("custom-2", "J", LONG_NOTE, 1, None, "", None, Status.NOT_STARTED, ""),
        CustomAction("custom-3", "B", "x" * 5000, 2, Level.INNOVATOR, "y" * 3000),
    )
    return replace(
        demo,
        organisation=Organisation(hostile_text(0), hostile_text(6), hostile_text(7)),
        workshop=Workshop(
            dt.date(2026, 11, 10),
            hostile_text(8),
            (
                Participant(hostile_text(9), hostile_text(10)),
                Participant(LONG_NOTE, ""),
                Participant("Chair", "Siân Ŵyn"),
            ),
            3,
        ),
        notes=notes,
        action_edits=edits,
        custom_actions=customs,
    )


from .libreoffice import libreoffice  # noqa: E402,F401  (the session's one soffice, via UNO)
