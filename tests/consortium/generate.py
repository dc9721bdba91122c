"""Generated consortium submissions: bodies × rounds, as workbooks or assessment files.

Each body has a fixed profile (how far up each theme it gets), rising a little each round, so
that medians and trends are known; a seeded random number generator varies the answers.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.assessment import Assessment, Organisation, Workshop, make_answer
from svmi_desktop.domain.criteria import Index
from svmi_desktop.domain.levels import Level
from svmi_desktop.domain.reassessment import Lineage
from svmi_desktop.formats import assessment_file

TYPES = ("Police", "Fire and rescue", "University", "Council", "NHS body")


def body_name(n: int) -> str:
    return f"Body {n:02d} {TYPES[n % len(TYPES)]}"


def body_key(n: int) -> str:
    return f"{n:016x}"


def make_assessment(index: Index, body: int, round_: int, seed: int = 0) -> Assessment:
    """Body ``body``'s submission in round ``round_`` (0, 1, 2…: years 2024, 2025…)."""
    rng = random.Random(f"{seed}-{body}-{round_}")
    answers = {}
    for t, theme in enumerate(index.themes):
        reach = min(4, (body + t) % 3 + round_ + rng.choice((0, 0, 1)))
        for criterion in theme.asked:
            met = criterion.level is Level.FOLLOWER or int(criterion.level) <= reach
            if criterion.kind.value == "compliance":
                met = reach > 0 or rng.random() < 0.5
            future = met or int(criterion.level) <= min(4, reach + 1)
            answers[criterion.id] = make_answer(met, future)
    return Assessment(
        index_id=index.id,
        index_version=index.version,
        organisation=Organisation(body_name(body), TYPES[body % len(TYPES)], "Wales"),
        workshop=Workshop(dt.date(2024 + round_, 3, 1 + body % 27)),
        answers=answers,
    )


def write_json(folder: Path, index: Index, body: int, round_: int, draft: int = 0) -> Path:
    a = make_assessment(index, body, round_, draft)
    name = f"{body_name(body)} {a.workshop.date.isoformat()} {draft}.svmi.json"
    return assessment_file.write(folder / name, a, lineage=Lineage(body_key(body)))


def write_workbook(folder: Path, index: Index, body: int, round_: int, draft: int = 0) -> Path:
    from svmi_desktop.export.summary import facts
    from svmi_desktop.export.workbook import workbook_bytes

    a = make_assessment(index, body, round_, draft)
    path = folder / f"{body_name(body)} {a.workshop.date.isoformat()} {draft}.xlsx"
    path.write_bytes(workbook_bytes(facts(index, a)))
    return path


def write_consortium(
    folder: Path, bodies: int, rounds: int, files: int, kind: str = "xlsx"
) -> list[Path]:
    """``files`` submissions spread over ``bodies`` × ``rounds`` (extra files are drafts)."""
    index = load_index("public-sector")
    folder.mkdir(parents=True, exist_ok=True)
    writer = write_workbook if kind == "xlsx" else write_json
    slots = [(b, r) for r in range(rounds) for b in range(bodies)]
    return [
        writer(folder, index, *slots[n % len(slots)], draft=n // len(slots)) for n in range(files)
    ]
