"""An SVMI index: themes, their criteria, and the level descriptions.

These are immutable values built by the catalog loader; the rest of the app only reads them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from .levels import Level


class Kind(StrEnum):
    """How a criterion takes part in scoring (see DESIGN.md section 2)."""

    REQUIREMENT = "requirement"  # asked; needed for its level
    COMPLIANCE = "compliance"  # asked; failing it makes the theme Non-compliant
    DESCRIPTOR = "descriptor"  # shown, never asked, always met


@dataclass(frozen=True)
class Criterion:
    """One statement in a theme's table cell."""

    id: str
    theme: str
    level: Level
    number: int
    kind: Kind
    statement: str
    action: str
    display: str | None = None
    same_as: str | None = None
    #: For a compliance criterion: the plain question the room answers, where Yes means
    #: compliant (the verbatim statement is shown beneath it). None: ask the statement.
    prompt: str | None = None
    #: Optional translations from the index file: ``(("statement_cy", "..."), ...)``.
    translations: tuple[tuple[str, str], ...] = ()

    def translated(self, field: str, language: str) -> str | None:
        """``field`` ("statement", "action", ...) in ``language``, or ``None`` if not given."""
        return _lookup(self.translations, field, language)

    @property
    def text(self) -> str:
        """What the screen shows: the display override, else the verbatim statement."""
        return self.display or self.statement

    @property
    def question(self) -> str:
        """What the room is asked: the prompt, else the screen text."""
        return self.prompt or self.text

    @property
    def asked(self) -> bool:
        """True if the workshop answers this criterion itself (not a descriptor or restatement)."""
        return self.kind is not Kind.DESCRIPTOR and self.same_as is None

    @property
    def answer_id(self) -> str:
        """The id whose answer this criterion uses (its own, or the one it restates)."""
        return self.same_as or self.id


@dataclass(frozen=True)
class Theme:
    """One row of the index table, with its guiding question."""

    code: str
    title: str
    short: str
    question: str
    criteria: tuple[Criterion, ...]
    #: Optional translations from the index file: ``(("question_cy", "..."), ...)``.
    translations: tuple[tuple[str, str], ...] = ()

    def translated(self, field: str, language: str) -> str | None:
        return _lookup(self.translations, field, language)

    def at_level(self, level: Level) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.level == level)

    @property
    def asked(self) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if c.asked)


@dataclass(frozen=True)
class Index:
    """A whole maturity index (public sector, business or the user's own)."""

    id: str
    version: str
    title: str
    source: str
    level_descriptions: dict[Level, str]
    themes: tuple[Theme, ...]
    #: Optional level descriptions in other languages: ``(("follower_cy", "..."), ...)``.
    level_translations: tuple[tuple[str, str], ...] = ()
    _by_id: dict[str, Criterion] = field(init=False, repr=False, compare=False)
    _themes_by_code: dict[str, Theme] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {c.id: c for t in self.themes for c in t.criteria})
        object.__setattr__(self, "_themes_by_code", {t.code: t for t in self.themes})

    def criterion(self, criterion_id: str) -> Criterion:
        return self._by_id[criterion_id]

    def has_criterion(self, criterion_id: str) -> bool:
        return criterion_id in self._by_id

    def theme(self, code: str) -> Theme:
        return self._themes_by_code[code]

    def has_theme(self, code: str) -> bool:
        return code in self._themes_by_code

    def criteria(self) -> Iterator[Criterion]:
        for theme in self.themes:
            yield from theme.criteria

    @property
    def asked_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria() if c.asked)


def _lookup(translations: tuple[tuple[str, str], ...], field: str, language: str) -> str | None:
    wanted = f"{field}_{language}"
    return next((text for key, text in translations if key == wanted), None)
