"""What the printed pack says, computed once for the PDF and the HTML (Qt-free, translatable).

A pack is made for an index (blank) or for a session (its organisation, date and horizon on the
cover). It holds a pre-read (the method's three steps, the four levels, each theme's question
and criteria), a participant worksheet (every criterion with its id, Present and Future tick
boxes and room for evidence), and voting cards (Yes / No / Not sure: a word and a shape each).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import wording
from ..domain.assessment import DEFAULT_HORIZON_YEARS, Assessment
from ..domain.criteria import Index, Kind
from ..domain.levels import CRITERION_LEVELS

_CTX = "Pack"


def tr(text: str) -> str:
    return wording.tr(_CTX, text)


@dataclass(frozen=True)
class PackCriterion:
    id: str
    level: str  # "Follower (1)"
    text: str
    asked: bool
    note: str  # "(same answer as A.M1)", "(a fundamental requirement of the Act)", ""


@dataclass(frozen=True)
class PackTheme:
    code: str
    title: str
    question: str
    criteria: tuple[PackCriterion, ...]


@dataclass(frozen=True)
class Card:
    word: str
    shape: str  # a shape that says the same without colour or words
    fill: str  # hex colour, a help only
    ink: str


@dataclass(frozen=True)
class Pack:
    title: str
    subtitle: str  # organisation and date, or "for any organisation"
    horizon: str  # "In 3 years"
    steps: tuple[tuple[str, str], ...]
    levels: tuple[tuple[str, str], ...]
    themes: tuple[PackTheme, ...]
    cards: tuple[Card, ...]


def pack(index: Index, assessment: Assessment | None = None) -> Pack:
    years = assessment.workshop.horizon_years if assessment else DEFAULT_HORIZON_YEARS
    horizon = wording.future_label(years)
    if assessment is not None:
        subtitle = wording.trf(
            _CTX,
            "%1 · workshop %2",
            assessment.organisation.name,
            assessment.workshop.date.isoformat(),
        )
    else:
        subtitle = tr("For any organisation using this index")
    steps = (
        (
            tr("1. Where are we now?"),
            tr(
                "For each theme, the room agrees which statements are true of the organisation "
                "today. The theme's level is the highest level whose statements are all met."
            ),
        ),
        (
            wording.trf(_CTX, "2. Where do we want to be (%1)?", horizon.lower()),
            tr(
                "The room ticks the statements it wants to be true by the end of the programme: "
                "that sets each theme's future level."
            ),
        ),
        (
            tr("3. How will we get there?"),
            tr(
                "Each statement ticked for the future but not met now becomes an action, phased "
                "year by year, with an owner and a date."
            ),
        ),
    )
    levels = tuple(
        (wording.level_text(level), index.level_descriptions.get(level, ""))
        for level in CRITERION_LEVELS
    )
    themes = []
    for theme in index.themes:
        rows = []
        for c in theme.criteria:
            if c.same_as:
                note = wording.trf(_CTX, "(same answer as %1)", c.same_as)
            elif not c.asked:
                note = tr("(description, not asked)")
            elif c.kind is Kind.COMPLIANCE:
                note = tr("(a fundamental requirement of the Act)")
            else:
                note = ""
            rows.append(PackCriterion(c.id, wording.level_text(c.level), c.text, c.asked, note))
        themes.append(PackTheme(theme.code, theme.title, theme.question, tuple(rows)))
    cards = (
        Card(tr("YES"), "✓", "#DDF2E3", "#0B5D2A"),
        Card(tr("NO"), "✗", "#F8E0E0", "#8A1111"),
        Card(tr("NOT SURE"), "?", "#FFF3CC", "#5C4500"),
    )
    return Pack(
        title=wording.trf(_CTX, "%1: workshop pack", index.title),
        subtitle=subtitle,
        horizon=horizon,
        steps=steps,
        levels=levels,
        themes=tuple(themes),
        cards=cards,
    )
