"""The room's wordings, shared by the laptop window, the projector and the files (Qt-free).

One home for how a timer, a tally, an item kind and evidence completeness read, all through
:func:`svmi_desktop.domain.wording.tr`, so the screen, the PDF and the workbook say the same
thing and translate together. The overrun cue is words and a shape (▲), never colour alone.
"""

from __future__ import annotations

from .capture import Completeness, ItemKind
from .timer import Phase, Reading, clock_text
from .votes import Tally
from .wording import tr, trf

_CTX = "Room"


def timer_text(r: Reading) -> str:
    """ "12:05 of 15:00", "17:05 · 2:05 over time", or "3:10" for an untimed theme."""
    elapsed = clock_text(r.elapsed)
    if r.phase is Phase.UNTIMED:
        return elapsed
    if r.phase is Phase.OVER:
        return trf(_CTX, "%1 · %2 over time", elapsed, clock_text(-r.remaining))
    return trf(_CTX, "%1 of %2", elapsed, clock_text(r.allotted))


def timer_cue(r: Reading) -> str:
    """The gentle cue beside the timer: a shape and words, empty while on time."""
    if r.phase is Phase.OVER:
        return tr(_CTX, "▲ Over time: agree the answer or park it")
    if r.phase is Phase.NEARLY_OUT:
        return trf(_CTX, "● %1 left", clock_text(r.remaining))
    return ""


def tally_text(t: Tally) -> str:
    """ "5 yes · 2 no · 1 not sure"."""
    return trf(_CTX, "%1 yes · %2 no · %3 not sure", t.yes, t.no, t.unsure)


def hidden_tally_text() -> str:
    return tr(_CTX, "Votes counted, not yet shown")


def spread_heading() -> str:
    return tr(_CTX, "Views (counts)")


def item_kind_label(kind: ItemKind) -> str:
    return {
        ItemKind.DECISION: tr(_CTX, "Decision"),
        ItemKind.DISAGREEMENT: tr(_CTX, "Disagreement"),
        ItemKind.PARKING: tr(_CTX, "Parking lot"),
    }[kind]


def item_kind_plural(kind: ItemKind) -> str:
    return {
        ItemKind.DECISION: tr(_CTX, "Decisions"),
        ItemKind.DISAGREEMENT: tr(_CTX, "Disagreements"),
        ItemKind.PARKING: tr(_CTX, "Parking lot"),
    }[kind]


def completeness_text(c: Completeness) -> str:
    """ "2 of 3 met criteria evidenced (67%)", or "no criterion met yet"."""
    if c.percent is None:
        return tr(_CTX, "no criterion met yet")
    return trf(_CTX, "%1 of %2 met criteria evidenced (%3%)", c.with_evidence, c.claimed, c.percent)


def minutes_text(minutes: int) -> str:
    return tr(_CTX, "%n min", n=minutes)


def spent_text(seconds: int) -> str:
    """Time actually spent, as minutes and seconds ("12:05")."""
    return clock_text(seconds)


def answer_word(value: bool | None) -> str:
    """An agreed answer as the projector and the record show it."""
    if value is True:
        return tr(_CTX, "Yes")
    if value is False:
        return tr(_CTX, "No")
    return tr(_CTX, "Not agreed yet")


def tally_compact(t: Tally) -> str:
    """ "5 / 2 / 1" (yes / no / not sure), where a table column names the order."""
    return trf(_CTX, "%1 / %2 / %3", t.yes, t.no, t.unsure)
