"""One workshop's assessment: who, when, the answers, notes and the action plan's edits.

An :class:`Assessment` is an immutable value; every change makes a new one (``with_*``
methods), which keeps undo, autosave and tests simple.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

from .levels import Level

#: The organisation types offered, as stored keys; ``domain.wording.organisation_type_label``
#: gives the label. Files and databases written before version 4 hold the English labels of
#: :data:`ORGANISATION_TYPE_V1`, which every reader still accepts.
ORGANISATION_TYPES: tuple[str, ...] = (
    "police",
    "fire",
    "university",
    "council",
    "nhs",
    "central-government",
    "business",
    "other",
)

#: Key -> the value today's files hold (DESIGN.md section 6, assessment file version 1).
ORGANISATION_TYPE_V1: dict[str, str] = {
    "police": "Police",
    "fire": "Fire and rescue",
    "university": "University",
    "council": "Council",
    "nhs": "NHS body",
    "central-government": "Central government",
    "business": "Business",
    "other": "Other",
}
_ORGANISATION_TYPE_FROM_V1 = {v.casefold(): k for k, v in ORGANISATION_TYPE_V1.items()}


def organisation_type_key(value: str) -> str:
    """The key for a stored or read organisation type: a key stays a key, a version-1 label
    ("Fire and rescue") becomes its key ("fire"); any other text (a type typed in by hand, or
    an empty one) is kept as it is."""
    if value in ORGANISATION_TYPE_V1:
        return value
    return _ORGANISATION_TYPE_FROM_V1.get(value.strip().casefold(), value)

MIN_HORIZON_YEARS = 1
MAX_HORIZON_YEARS = 5
DEFAULT_HORIZON_YEARS = 3


class Status(StrEnum):
    """Where an action stands: a stable key, never shown (``domain.wording.status_label``).

    ``Status("Not started")`` still works: the values of DESIGN.md section 7 (what databases
    before schema version 4 and every version-1 file hold) are accepted for ever.
    """

    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    DONE = "done"

    @classmethod
    def _missing_(cls, value: object) -> Status | None:
        if isinstance(value, str):
            for member in cls:
                if STATUS_V1[member] == value:
                    return member
        return None

    @property
    def v1_value(self) -> str:
        """The value version-1 files and ``svmi evaluate`` write: "Not started", ..."""
        return STATUS_V1[self]


#: Status -> the value of DESIGN.md section 7 (files and ``svmi evaluate`` output, version 1).
STATUS_V1: dict[Status, str] = {
    Status.NOT_STARTED: "Not started",
    Status.IN_PROGRESS: "In progress",
    Status.DONE: "Done",
}


@dataclass(frozen=True)
class Answer:
    """A criterion's answer, now and in 2-3 years; ``None`` means not yet answered.

    Met at present implies met in future: construct through :func:`make_answer`, which
    enforces that rule.
    """

    present: bool | None = None
    future: bool | None = None

    @property
    def met_present(self) -> bool:
        return self.present is True

    @property
    def met_future(self) -> bool:
        return self.present is True or self.future is True

    @property
    def present_unanswered(self) -> bool:
        return self.present is None

    @property
    def future_unanswered(self) -> bool:
        return self.present is not True and self.future is None

    @property
    def is_empty(self) -> bool:
        return self.present is None and self.future is None


class AnswerRuleError(ValueError):
    """An answer that breaks the present-implies-future rule."""


def make_answer(present: bool | None, future: bool | None) -> Answer:
    """Build an answer, ticking future when present is ticked.

    Raises :class:`AnswerRuleError` for present Yes with future No, which the rule forbids.
    """
    if present is True:
        if future is False:
            raise AnswerRuleError("future cannot be 'No' while present is 'Yes'")
        future = True
    return Answer(present=present, future=future)


@dataclass(frozen=True)
class Organisation:
    """Who is assessed. ``type`` is a key of :data:`ORGANISATION_TYPES` (a version-1 label is
    turned into its key here, so every reader accepts today's files) or free text."""

    name: str
    type: str = ""
    region: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "type", organisation_type_key(self.type))


@dataclass(frozen=True)
class Participant:
    """Someone in the room: a role, and a name only if they agreed to give one."""

    role: str
    name: str = ""


@dataclass(frozen=True)
class Workshop:
    date: _dt.date
    facilitator: str = ""
    participants: tuple[Participant, ...] = ()
    horizon_years: int = DEFAULT_HORIZON_YEARS

    def __post_init__(self) -> None:
        if not MIN_HORIZON_YEARS <= self.horizon_years <= MAX_HORIZON_YEARS:
            raise ValueError(
                f"the programme horizon must be {MIN_HORIZON_YEARS} to {MAX_HORIZON_YEARS} years, "
                f"not {self.horizon_years}"
            )


@dataclass(frozen=True)
class ActionEdit:
    """What the facilitator changed on a generated action (keyed by criterion id)."""

    owner: str = ""
    due: _dt.date | None = None
    status: Status = Status.NOT_STARTED
    note: str = ""

    @property
    def is_default(self) -> bool:
        return self == ActionEdit()


@dataclass(frozen=True)
class CustomAction:
    """A free-text action the facilitator added to a theme."""

    id: str
    theme: str
    text: str
    year: int = 1
    target_level: Level | None = None
    owner: str = ""
    due: _dt.date | None = None
    status: Status = Status.NOT_STARTED
    note: str = ""


@dataclass(frozen=True)
class Assessment:
    """Everything recorded in one workshop."""

    index_id: str
    index_version: str
    organisation: Organisation
    workshop: Workshop
    answers: dict[str, Answer] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    action_edits: dict[str, ActionEdit] = field(default_factory=dict)
    custom_actions: tuple[CustomAction, ...] = ()

    def answer(self, criterion_id: str) -> Answer:
        return self.answers.get(criterion_id, Answer())

    def with_answer(self, criterion_id: str, answer: Answer) -> Assessment:
        answers = dict(self.answers)
        if answer.is_empty:
            answers.pop(criterion_id, None)
        else:
            answers[criterion_id] = answer
        return replace(self, answers=answers)

    def with_note(self, theme: str, text: str) -> Assessment:
        notes = dict(self.notes)
        if text:
            notes[theme] = text
        else:
            notes.pop(theme, None)
        return replace(self, notes=notes)

    def with_action_edit(self, criterion_id: str, edit: ActionEdit) -> Assessment:
        edits = dict(self.action_edits)
        if edit.is_default:
            edits.pop(criterion_id, None)
        else:
            edits[criterion_id] = edit
        return replace(self, action_edits=edits)

    def with_custom_action(self, action: CustomAction) -> Assessment:
        """Add the action, or replace the one with the same id."""
        kept = [a for a in self.custom_actions if a.id != action.id]
        if len(kept) == len(self.custom_actions):
            return replace(self, custom_actions=(*self.custom_actions, action))
        return replace(
            self,
            custom_actions=tuple(action if a.id == action.id else a for a in self.custom_actions),
        )

    def without_custom_action(self, action_id: str) -> Assessment:
        return replace(
            self, custom_actions=tuple(a for a in self.custom_actions if a.id != action_id)
        )
