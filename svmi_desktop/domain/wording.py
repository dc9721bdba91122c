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
import functools
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import ParamSpec

from .levels import Level

P = ParamSpec("P")

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


def per_language(fn: Callable[P, str]) -> Callable[P, str]:
    """Make a wording bilingual-safe: in a bilingual export it is built once per language and
    the two are joined ("Dilynwr (1), dros dro / Follower (1), provisional"), rather than each
    piece doubled inside the doubled whole ("Dilynwr / Follower (1), dros dro / Dilynwr /
    Follower (1), provisional"). Every wording below is one; one language: just ``fn``."""

    @functools.wraps(fn)
    def wording(*args: P.args, **kwargs: P.kwargs) -> str:
        return both(lambda: fn(*args, **kwargs))

    return wording


# -- levels ------------------------------------------------------------------------------------

_CONTEXT = "Wording"


@per_language
def level_name(level: Level) -> str:
    """ "Non-compliant", "Follower", "Mature", "Leader", "Innovator"."""
    names = {
        Level.NON_COMPLIANT: tr(_CONTEXT, "Non-compliant"),
        Level.FOLLOWER: tr(_CONTEXT, "Follower"),
        Level.MATURE: tr(_CONTEXT, "Mature"),
        Level.LEADER: tr(_CONTEXT, "Leader"),
        Level.INNOVATOR: tr(_CONTEXT, "Innovator"),
    }
    return names[level]


@per_language
def level_text(level: Level, provisional: bool = False) -> str:
    """A theme's level with its number: "Leader (3)", or "Leader (3), provisional"."""
    text = trf(_CONTEXT, "%1 (%2)", level_name(level), int(level))
    return trf(_CONTEXT, "%1, provisional", text) if provisional else text


@per_language
def overall_text(mean: float, level: Level, provisional: bool = False) -> str:
    """The overall figure: "2.4 Mature", or "2.4 Mature, provisional".

    The mean is truncated, not rounded, to one decimal (docs/decisions.md) before it is shown.
    """
    shown = int(mean * 10 + 1e-9) / 10
    text = f"{shown:.1f} {level_name(level)}"
    return trf(_CONTEXT, "%1, provisional", text) if provisional else text


PROVISIONAL_NOTE = "A level is provisional while questions are unanswered."


@per_language
def provisional_note() -> str:
    return tr(_CONTEXT, PROVISIONAL_NOTE)


# -- the horizon -------------------------------------------------------------------------------


@per_language
def now_label() -> str:
    """The present column: "Now"."""
    return tr(_CONTEXT, "Now")


@per_language
def future_label(horizon_years: int) -> str:
    """The future column, from the session's horizon: "In 1 year", "In 3 years"."""
    return tr(_CONTEXT, "In %n year(s)", horizon_years)


# -- the action plan ---------------------------------------------------------------------------


@per_language
def plan_column_title(target: Level | None) -> str:
    """A column of the plan table: "To become compliant", "To reach Mature", "Other actions"."""
    if target is None:
        return tr(_CONTEXT, "Other actions")
    if target is Level.FOLLOWER:
        return tr(_CONTEXT, "To become compliant")
    return trf(_CONTEXT, "To reach %1", level_name(target))


@per_language
def target_text(target: Level | None, stretch: bool) -> str:
    """An action's target: "Leader", or "Leader (stretch)" for a stretch action."""
    if target is None:
        return ""
    name = level_name(target)
    return trf(_CONTEXT, "%1 (stretch)", name) if stretch else name


@per_language
def stretch_note() -> str:
    """Why an action is a stretch, said the same way in every output."""
    return tr(
        _CONTEXT,
        "Stretch: ticked for the future above the level the theme is planned to reach.",
    )


# -- issue 10 --


@per_language
def not_answered_yet() -> str:
    """A theme whose compliance questions nobody has answered: never "Non-compliant"."""
    return tr(_CONTEXT, "Not answered yet")


@per_language
def theme_level_text(level: Level, provisional: bool, not_answered: bool = False) -> str:
    """A theme's level as every output writes it: "Not answered yet" while it is 0 only because
    its compliance questions are unanswered (``ThemeLevel.not_answered_yet``), else
    :func:`level_text`. The screen and every file say the same."""
    return not_answered_yet() if not_answered else level_text(level, provisional)


# -- issue 14 --
# Re-assessment, progress on the plan, comparison over time and across bodies.

_HISTORY = "History"


@per_language
def carried_marker() -> str:
    """Beside an answer copied from last time that the room has not touched yet."""
    return tr(_HISTORY, "carried over, not yet confirmed")


@per_language
def carried_count_text(count: int) -> str:
    """At the top of a theme page: how many of its answers are carried over, unconfirmed."""
    return tr(_HISTORY, "%n answer(s) carried over from last time, not yet confirmed.", count)


@per_language
def not_answered_text() -> str:
    """A theme with no answers at all on one of the dates compared."""
    return tr(_HISTORY, "Not answered yet")


@per_language
def delta_arrow(steps: int, comparable: bool = True) -> str:
    """The arrow beside a change: up, down, level; a dash when it cannot be compared."""
    if not comparable:
        return "–"
    return "↑" if steps > 0 else "↓" if steps < 0 else "="


@per_language
def delta_text(then: Level, now: Level, provisional: bool = False, comparable: bool = True) -> str:
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


@per_language
def level_change_text(code: str, then: Level, now: Level) -> str:
    """One theme's level change: "C: Follower (1) → Leader (3)"."""
    return trf(_HISTORY, "%1: %2 → %3", code, level_text(then), level_text(now))


@per_language
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


@per_language
def since_last_time_title(baseline_date: str) -> str:
    """The heading of the section: "Since last time (12 March 2025)"."""
    return trf(_HISTORY, "Since last time (%1)", baseline_date)


@per_language
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


@per_language
def member_label(n: int) -> str:
    """A consortium member whose name is hidden: "Member 1", "Member 2"…"""
    return trf(_HISTORY, "Member %1", n)


# -- issue 11 --------------------------------------------------------------------------------
# Stored keys turned into labels, and plurals. The context strings are the catalogue's
# (resources/translations/svmi_*.ts); keep them and the English text as they are, or every
# translation of them is lost.


@per_language
def status_label(status: str) -> str:
    """An action's status key ("not-started", "in-progress", "done") as a person reads it."""
    labels = {
        "not-started": tr(_CONTEXT, "Not started"),
        "in-progress": tr(_CONTEXT, "In progress"),
        "done": tr(_CONTEXT, "Done"),
    }
    return labels.get(str(status), str(status))


@per_language
def organisation_type_label(key: str) -> str:
    """An organisation type key ("fire") as a person reads it ("Fire and rescue"); a type of
    the user's own (free text) is shown as it was typed."""
    labels = {
        "police": tr(_CONTEXT, "Police"),
        "fire": tr(_CONTEXT, "Fire and rescue"),
        "university": tr(_CONTEXT, "University"),
        "council": tr(_CONTEXT, "Council"),
        "nhs": tr(_CONTEXT, "NHS body"),
        "central-government": tr(_CONTEXT, "Central government"),
        "business": tr(_CONTEXT, "Business"),
        "other": tr(_CONTEXT, "Other"),
    }
    return labels.get(key, key)


@per_language
def answered_text(answered: int, asked: int) -> str:
    """Progress: "12 of 80 answered" (the plural follows ``asked``)."""
    return trf(_CONTEXT, "%1 of %n answered", answered, n=asked)


@per_language
def actions_count_text(count: int) -> str:
    """ "1 action", "3 actions"."""
    return tr(_CONTEXT, "%n action(s)", count)


@per_language
def yes_no(value: bool | None) -> str:
    """An answer as the workbook and reports show it: "Yes", "No", or "" when unanswered."""
    if value is None:
        return ""
    return tr(_CONTEXT, "Yes") if value else tr(_CONTEXT, "No")


@per_language
def language_note() -> str:
    """Said wherever the Welsh text appears: it is a draft awaiting a translator's review."""
    return tr(
        _CONTEXT,
        "This translation is awaiting review by a Welsh-language translator.",
    )


@per_language
def why_text(
    level: Level,
    next_level: Level | None,
    missing_ids: list[str],
    awaiting_compliance: bool = False,
) -> str:
    """ "Why this level" in one line: "Mature: to reach Leader (C.L1, C.L2).", "Leader: every
    requirement is met.", the Non-compliant sentence, or, while nobody has answered the
    compliance questions, that they come first (``domain.scoring.Why.sentence``).
    ``missing_ids`` are the criteria answered No; the unanswered are listed apart."""
    if awaiting_compliance:
        return trf(
            _CONTEXT,
            "Not answered yet: the compliance question (%1) comes first.",
            ", ".join(missing_ids),
        )
    if next_level is None:
        return trf(_CONTEXT, "%1: every requirement is met.", level_name(level))
    ids = ", ".join(missing_ids)
    if level is Level.NON_COMPLIANT:
        if ids:
            return trf(
                _CONTEXT,
                "Non-compliant: a fundamental requirement of the Act is not met (%1).",
                ids,
            )
        # only unanswered: never reported as failed (issue 13)
        return tr(_CONTEXT, "Not compliant yet: a compliance question is not answered.")
    if ids:
        return trf(
            _CONTEXT, "%1: to reach %2 (%3).", level_name(level), level_name(next_level), ids
        )
    return trf(_CONTEXT, "%1: to reach %2.", level_name(level), level_name(next_level))


class Bilingual:
    """A translator for bilingual text, the first language first ("Dilynwr / Follower").

    A plain label goes through it whole. A text built from other wordings ("%1 (%2)" around a
    level name) must not: its parts would be doubled inside the doubled whole. Such a text is
    made with :func:`both`, which builds it once per language and joins the two; a document
    can also be built once per language (:func:`parts`), as the PDF report is.
    """

    def __init__(self, *parts: Translator, separator: str = " / ") -> None:
        self.parts = parts
        self.separator = separator

    def __call__(self, context: str, text: str, n: int = -1) -> str:
        return self.join([part(context, text, n) for part in self.parts])

    def join(self, texts: list[str]) -> str:
        out: list[str] = []
        for text in texts:
            if text not in out:  # a number or a name reads the same in both: once
                out.append(text)
        return self.separator.join(out)


def parts() -> tuple[Translator, ...] | None:
    """The languages of a bilingual export, first first; ``None`` for one language."""
    current = _translator.get()
    return current.parts if isinstance(current, Bilingual) else None


def both(build: Callable[[], str]) -> str:
    """``build()`` in the current language, or once per language of a bilingual export, joined
    ("Dilynwr (1), dros dro / Follower (1), provisional")."""
    current = _translator.get()
    if not isinstance(current, Bilingual):
        return build()
    texts = []
    for part in current.parts:
        with using(part):
            texts.append(build())
    return current.join(texts)
