"""Answer patterns that reach chosen levels, for the living-workbook tests.

``answers_for(theme, now, future)`` answers every asked criterion of a theme so that it sits
at exactly ``now`` today and ``future`` in future (0 = a compliance criterion answered No);
``blank`` leaves some unanswered (Incomplete), "compliance unanswered" leaves the compliance
questions of some themes unanswered ("Not answered yet"), ``stretch`` ticks an Innovator criterion for the
future above a lower future level. The expected results always come from ``svmi evaluate``.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from svmi_desktop.domain.assessment import Answer, Assessment, make_answer
from svmi_desktop.domain.criteria import Index, Kind, Theme
from svmi_desktop.domain.levels import Level
from svmi_desktop.formats import assessment_file


def _meets(c_level: Level, kind: Kind, target: int) -> bool:
    if kind is Kind.COMPLIANCE:
        return target >= 1
    return int(c_level) <= target


def answers_for(
    theme: Theme, now: int, future: int, blank: bool = False, stretch: bool = False
) -> dict[str, Answer]:
    out: dict[str, Answer] = {}
    for c in theme.asked:
        present = _meets(c.level, c.kind, now)
        fut = _meets(c.level, c.kind, future)
        if stretch and c.kind is Kind.REQUIREMENT and c.level is Level.INNOVATOR and future < 4:
            fut = True  # above the future level: a stretch action (one is enough to stay below)
        out[c.id] = make_answer(present, True if present else fut)
    if stretch and future < 4:
        # keep the theme below Innovator in future: leave one Innovator requirement unmet
        inno = [c for c in theme.asked if c.kind is Kind.REQUIREMENT and c.level is Level.INNOVATOR]
        if len(inno) > 1:
            out[inno[-1].id] = make_answer(False, False)
    if blank:
        last = theme.asked[-1]
        out[last.id] = Answer(None, None)
    return {k: v for k, v in out.items() if not v.is_empty}


def scenario(index: Index, base: Assessment, name: str) -> Assessment:
    """A named pattern over all themes of ``index``."""
    rng = random.Random(name)
    answers: dict[str, Answer] = {}
    for i, theme in enumerate(index.themes):
        if name == "all levels":
            now, future = i % 5, min(4, i % 5 + (i % 3))
            answers.update(answers_for(theme, now, future))
        elif name == "non-compliant":
            answers.update(answers_for(theme, 0, 0 if i % 2 else 3))
        elif name == "incomplete":
            answers.update(answers_for(theme, (i + 1) % 5, 4, blank=True))
        elif name == "stretch":
            answers.update(answers_for(theme, i % 3, 2 + i % 2, stretch=True))
        elif name == "innovators":
            answers.update(answers_for(theme, 4, 4))
        elif name == "random":
            for c in theme.asked:
                p = rng.choice([True, False, None])
                f = True if p else rng.choice([True, False, None])
                if p is not None or f is not None:
                    answers[c.id] = make_answer(p, f)
        elif name == "compliance unanswered":
            answers.update(answers_for(theme, 4, 4))
            compliance = [c for c in theme.asked if c.kind is Kind.COMPLIANCE]
            j = sum(1 for t in index.themes[:i] if any(c.kind is Kind.COMPLIANCE for c in t.asked))
            for k, c in enumerate(compliance):
                if j % 3 == 0:  # nobody has answered: "Not answered yet", now and in future
                    answers.pop(c.id, None)
                elif j % 3 == 1:  # one No, the rest unanswered: Non-compliant, provisional
                    if k == 0:
                        answers[c.id] = make_answer(False, False)
                    else:
                        answers.pop(c.id, None)
                else:  # unanswered now, Yes in future
                    answers[c.id] = make_answer(None, True)
        elif name == "empty":
            pass
        else:
            raise ValueError(name)
    return replace(base, answers=answers)


CLI = "import sys; from svmi_desktop.cli.main import main; sys.exit(main(sys.argv[1:]))"
SCENARIOS = (
    "empty",
    "all levels",
    "non-compliant",
    "incomplete",
    "stretch",
    "innovators",
    "random",
    "compliance unanswered",
)


def svmi_evaluate(assessment: Assessment, folder: Path) -> dict[str, Any]:
    """What ``svmi evaluate`` prints for this assessment (the real command, in a subprocess)."""
    path = folder / "scenario.svmi.json"
    assessment_file.write(path, assessment, overwrite=True)
    out = subprocess.run(
        [sys.executable, "-c", CLI, "evaluate", str(path)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result
