"""Every wording the screen and the files share, in one Qt-free place, translatable.

Screens, the workbook, the PDF, the board summary and the email all write levels, the horizon and
the plan's columns the same way because they all call these functions; nothing else builds such
text. Stored values are keys (``Level``, a status key, a horizon in years); these functions turn
them into what a person reads.

Translation: each wording goes through :func:`tr` with a context and an English source text, the
shape of Qt's ``QCoreApplication.translate`` (placeholders ``%1``, ``%2``… and ``%n`` for plurals),
so one catalogue serves the screen and the files. The translator lives in a context variable: the
UI thread installs Qt's with :func:`set_translator`; an export, on its own worker thread, runs
inside ``with using(translator):`` for the language (or the bilingual pair) it was asked for, so
the two never disturb each other. The default is English, the source text itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar

from .levels import Level

#: (context, source text, plural count or -1) -> translated text. Qt's signature.
Translator = Callable[[str, str, int], str]


def _english(context: str, text: str, n: int = -1) -> str:
    """The source text; for a plural, Qt's English convention "year(s)" made "year" or "years"."""
    if n < 0:
        return text
    return text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))


_translator: ContextVar[Translator] = ContextVar("svmi_translator", default=_english)


def set_translator(translator: Translator | None) -> None:
    """Install the translator for this thread's wordings (``None``: English)."""
    _translator.set(translator or _english)


@contextlib.contextmanager
def using(translator: Translator | None) -> Iterator[None]:
    """Within the block, wordings on this thread go through ``translator`` (``None``: English)."""
    token = _translator.set(translator or _english)
    try:
        yield
    finally:
        _translator.reset(token)


def tr(context: str, text: str, n: int = -1) -> str:
    """``text`` in the current language; with ``n`` >= 0, the plural form for ``n`` (``%n``)."""
    return _translator.get()(context, text, n)


def trf(context: str, text: str, *args: object, n: int = -1) -> str:
    """:func:`tr`, then ``%1``, ``%2``… replaced by ``args`` (Qt's ``arg()``), highest first so
    that ``%1`` never eats the start of ``%10``."""
    out = tr(context, text, n)
    for i in range(len(args), 0, -1):
        out = out.replace(f"%{i}", str(args[i - 1]))
    return out


# -- levels ------------------------------------------------------------------------------------

_CONTEXT = "Wording"


def level_name(level: Level) -> str:
    """"Non-compliant", "Follower", "Mature", "Leader", "Innovator"."""
    names = {
        Level.NON_COMPLIANT: tr(_CONTEXT, "Non-compliant"),
        Level.FOLLOWER: tr(_CONTEXT, "Follower"),
        Level.MATURE: tr(_CONTEXT, "Mature"),
        Level.LEADER: tr(_CONTEXT, "Leader"),
        Level.INNOVATOR: tr(_CONTEXT, "Innovator"),
    }
    return names[level]


def level_text(level: Level, provisional: bool = False) -> str:
    """A theme's level with its number: "Leader (3)", or "Leader (3), provisional"."""
    text = trf(_CONTEXT, "%1 (%2)", level_name(level), int(level))
    return trf(_CONTEXT, "%1, provisional", text) if provisional else text


def overall_text(mean: float, level: Level, provisional: bool = False) -> str:
    """The overall figure: "2.4 Mature", or "2.4 Mature, provisional".

    The mean is truncated, not rounded, to one decimal (docs/decisions.md) before it is shown.
    """
    shown = int(mean * 10 + 1e-9) / 10
    text = f"{shown:.1f} {level_name(level)}"
    return trf(_CONTEXT, "%1, provisional", text) if provisional else text


PROVISIONAL_NOTE = "A level is provisional while questions are unanswered."


def provisional_note() -> str:
    return tr(_CONTEXT, PROVISIONAL_NOTE)


# -- the horizon -------------------------------------------------------------------------------


def now_label() -> str:
    """The present column: "Now"."""
    return tr(_CONTEXT, "Now")


def future_label(horizon_years: int) -> str:
    """The future column, from the session's horizon: "In 1 year", "In 3 years"."""
    return tr(_CONTEXT, "In %n year(s)", horizon_years)


# -- the action plan ---------------------------------------------------------------------------


def plan_column_title(target: Level | None) -> str:
    """A column of the plan table: "To become compliant", "To reach Mature", "Other actions"."""
    if target is None:
        return tr(_CONTEXT, "Other actions")
    if target is Level.FOLLOWER:
        return tr(_CONTEXT, "To become compliant")
    return trf(_CONTEXT, "To reach %1", level_name(target))


def target_text(target: Level | None, stretch: bool) -> str:
    """An action's target: "Leader", or "Leader (stretch)" for a stretch action."""
    if target is None:
        return ""
    name = level_name(target)
    return trf(_CONTEXT, "%1 (stretch)", name) if stretch else name


def stretch_note() -> str:
    """Why an action is a stretch, said the same way in every output."""
    return tr(
        _CONTEXT,
        "Stretch: ticked for the future above the level the theme is planned to reach.",
    )


# -- issue 10 --


def not_answered_yet() -> str:
    """A theme whose compliance questions nobody has answered: never "Non-compliant"."""
    return tr(_CONTEXT, "Not answered yet")

# -- issue 14 --
# Re-assessment, progress on the plan, comparison over time and across bodies.

_HISTORY = "History"


def carried_marker() -> str:
    """Beside an answer copied from last time that the room has not touched yet."""
    return tr(_HISTORY, "carried over, not yet confirmed")


def carried_count_text(count: int) -> str:
    """At the top of a theme page: how many of its answers are carried over, unconfirmed."""
    return tr(_HISTORY, "%n answer(s) carried over from last time, not yet confirmed.", count)


def not_answered_text() -> str:
    """A theme with no answers at all on one of the dates compared."""
    return tr(_HISTORY, "Not answered yet")


def delta_arrow(steps: int, comparable: bool = True) -> str:
    """The arrow beside a change: up, down, level; a dash when it cannot be compared."""
    if not comparable:
        return "–"
    return "↑" if steps > 0 else "↓" if steps < 0 else "="


def delta_text(
    then: Level, now: Level, provisional: bool = False, comparable: bool = True
) -> str:
    """A theme's change in words: "Up 2 levels", "Became compliant: up 1 level", "No change"."""
    if not comparable:
        return tr(_HISTORY, "Cannot compare: not answered on both dates")
    steps = int(now) - int(then)
    if steps == 0:
        text = tr(_HISTORY, "No change")
    elif then is Level.NON_COMPLIANT:
        text = tr(_HISTORY, "Became compliant: up %n level(s)", steps)
    elif now is Level.NON_COMPLIANT:
        text = tr(_HISTORY, "Became non-compliant: down %n level(s)", -steps)
    elif steps > 0:
        text = tr(_HISTORY, "Up %n level(s)", steps)
    else:
        text = tr(_HISTORY, "Down %n level(s)", -steps)
    return trf(_CONTEXT, "%1, provisional", text) if provisional else text


def level_change_text(code: str, then: Level, now: Level) -> str:
    """One theme's level change: "C: Follower (1) → Leader (3)"."""
    return trf(_HISTORY, "%1: %2 → %3", code, level_text(then), level_text(now))


def progress_state_text(state: str) -> str:
    """An action's progress since last time, from its state key."""
    texts = {
        "done-met": tr(_HISTORY, "Done, and its criterion is now met"),
        "done-not-met": tr(_HISTORY, "Done, but its criterion is not met yet"),
        "done": tr(_HISTORY, "Done"),
        "met-not-done": tr(_HISTORY, "Criterion now met, action not marked done"),
        "open": tr(_HISTORY, "Still open"),
    }
    return texts[state]


def since_last_time_title(baseline_date: str) -> str:
    """The heading of the section: "Since last time (12 March 2025)"."""
    return trf(_HISTORY, "Since last time (%1)", baseline_date)


def since_last_time_counts(up: int, down: int, same: int, done: int, total: int) -> str:
    """The one-line summary: themes up, down, the same; actions done out of last time's plan."""
    return trf(
        _HISTORY,
        "%1 up, %2 down, %3 unchanged; %4 of last time's %5 actions done.",
        tr(_HISTORY, "%n theme(s)", up),
        down,
        same,
        done,
        total,
    )


def member_label(n: int) -> str:
    """A consortium member whose name is hidden: "Member 1", "Member 2"…"""
    return trf(_HISTORY, "Member %1", n)
