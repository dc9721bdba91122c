"""What the projector shows: built here, from the session, with nothing private in it.

The audience view draws an :class:`AudienceFrame` and nothing else, so what it can show is
decided in one pure function: the theme, its question and criteria with the agreed answers, the
live levels, the timer, and vote counts only once revealed. Notes, participants' names, dissent
notes, evidence owners and the facilitator's name are never put in a frame.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import room_wording, wording
from .assessment import Assessment
from .criteria import Index
from .scoring import Evaluation
from .timer import Reading
from .votes import Column, projected


@dataclass(frozen=True)
class AudienceRow:
    criterion_id: str
    text: str
    present: str  # the agreed answer, in words
    future: str
    current: bool  # the criterion the room is discussing
    votes: str  # revealed counts, "counted, not yet shown", or ""


@dataclass(frozen=True)
class AudienceFrame:
    heading: str
    question: str
    levels: tuple[tuple[str, str], ...]  # ("Now", "Leader (3)"), ("In 3 years", ...)
    timer: str
    cue: str  # words and a shape; empty while on time
    rows: tuple[AudienceRow, ...] = ()
    theme: str = ""  # the theme code, "" off the theme pages


def theme_frame(
    index: Index,
    assessment: Assessment,
    evaluation: Evaluation,
    theme_code: str,
    current: str | None = None,
    timer: Reading | None = None,
) -> AudienceFrame:
    """The frame for a theme page."""
    theme = index.theme(theme_code)
    result = evaluation.theme(theme_code)
    horizon = assessment.workshop.horizon_years
    rows = []
    for c in theme.criteria:
        if not c.asked:
            continue
        answer = assessment.answer(c.id)
        vote = assessment.room.vote(c.id, Column.PRESENT)
        shown = projected(vote)
        votes = (
            room_wording.tally_text(shown)
            if shown is not None
            else room_wording.hidden_tally_text()
            if vote is not None
            else ""
        )
        rows.append(
            AudienceRow(
                criterion_id=c.id,
                text=c.text,
                present=room_wording.answer_word(answer.present),
                future=room_wording.answer_word(True if answer.met_future else answer.future),
                current=c.id == current,
                votes=votes,
            )
        )
    return AudienceFrame(
        heading=f"{theme.code}  {theme.title}",
        question=theme.question,
        levels=(
            (
                wording.now_label(),
                wording.level_text(result.present.level, result.present.incomplete),
            ),
            (
                wording.future_label(horizon),
                wording.level_text(result.future.level, result.future.incomplete),
            ),
        ),
        timer=room_wording.timer_text(timer) if timer else "",
        cue=room_wording.timer_cue(timer) if timer else "",
        rows=tuple(rows),
        theme=theme_code,
    )


def overview_frame(index: Index, assessment: Assessment, evaluation: Evaluation) -> AudienceFrame:
    """The frame off the theme pages: every theme's levels, now and by the horizon."""
    horizon = assessment.workshop.horizon_years
    p, f = evaluation.present, evaluation.future
    rows = tuple(
        AudienceRow(
            criterion_id=r.theme.code,
            text=r.theme.title,
            present=wording.level_text(r.present.level, r.present.incomplete),
            future=wording.level_text(r.future.level, r.future.incomplete),
            current=False,
            votes="",
        )
        for r in evaluation.themes
    )
    return AudienceFrame(
        heading=index.title,
        question=wording.tr("Room", "Where we stand now, and where we want to be"),
        levels=(
            (wording.now_label(), wording.overall_text(p.mean, p.level, p.incomplete)),
            (wording.future_label(horizon), wording.overall_text(f.mean, f.level, f.incomplete)),
        ),
        timer="",
        cue="",
        rows=rows,
    )
