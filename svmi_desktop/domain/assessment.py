"""One workshop's assessment: who, when, the answers, notes and the action plan's edits.

An :class:`Assessment` is an immutable value; every change makes a new one (``with_*``
methods), which keeps undo, autosave and tests simple.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

from .levels import Level
from .room import RoomRecord  # issue 15

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


#: The bundled index each organisation type is assessed against ("other": the user chooses).
INDEX_FOR_TYPE: dict[str, str] = {
    **{t: "public-sector" for t in ORGANISATION_TYPES if t not in ("business", "other")},
    "business": "business",
}


def index_for_type(organisation_type: str) -> str | None:
    """The index an organisation of this type uses, or None to leave the choice as it is."""
    return INDEX_FOR_TYPE.get(organisation_type)


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
    #: While present is Yes (and so future shows Yes), the Future the room chose itself, which
    #: Future returns to if Present is changed back (None: nobody set it). Always None while
    #: present is not Yes. See :func:`choose_present` and :func:`choose_future`. Memory, not
    #: the answer: two answers that show and score the same are equal whatever it holds.
    future_own: bool | None = field(default=None, compare=False)

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


def make_answer(
    present: bool | None, future: bool | None, future_own: bool | None = None
) -> Answer:
    """Build an answer, ticking future when present is ticked.

    Raises :class:`AnswerRuleError` for present Yes with future No, which the rule forbids.
    ``future_own`` (what Future returns to if Present is changed back) only counts while
    present is Yes.
    """
    if present is True:
        if future is False:
            raise AnswerRuleError("future cannot be 'No' while present is 'Yes'")
        return Answer(present=True, future=True, future_own=future_own)
    return Answer(present=present, future=future)


# -- the answer rule: a Future that Present ticked follows Present -------------------------------


def own_future(answer: Answer) -> bool | None:
    """The Future the room chose itself, whatever Present says (None: nobody set it)."""
    return answer.future_own if answer.present is True else answer.future


def choose_present(answer: Answer, value: bool | None) -> Answer:
    """Set the Present column.

    Yes ticks Future too (met now implies met in future) but remembers the Future the room had
    chosen; any other Present value gives that Future back. So Present – → Yes → No leaves
    Future as it was before Yes, never a Yes that nobody chose.
    """
    return make_answer(value, True if value is True else own_future(answer), own_future(answer))


def choose_future(answer: Answer, value: bool | None) -> Answer:
    """Set the Future column: refused (:class:`AnswerRuleError`) while Present is Yes, unless
    to Yes, which makes the room's own Future Yes (it then stays Yes if Present changes)."""
    if answer.present is True:
        if value is not True:
            raise AnswerRuleError("future cannot be changed while present is 'Yes'")
        return make_answer(True, True, True)
    return make_answer(answer.present, value)


def future_follows_present(answer: Answer) -> bool:
    """True while Future shows Yes only because Present is Yes (the rule, not the room)."""
    return answer.present is True and answer.future_own is not True


def explain_future(answer: Answer) -> str:
    """Why the Future column shows what it shows, in one plain sentence (the rule explains
    itself, as the scoring does)."""
    own = own_future(answer)
    own_word = {None: "not answered", True: "Yes", False: "No"}[own]
    if future_follows_present(answer):
        return f"Yes because Present is Yes; if Present changes, Future goes back to {own_word}."
    if answer.present is True:
        return "Yes, as the room chose; it stays Yes if Present changes."
    if own is None:
        return "Not answered yet."
    return f"{own_word}, as the room chose."


def stored_future(answer: Answer) -> bool | None:
    """The value the store keeps in an answer's future column: the room's own Future.

    (While present is Yes the shown Future is always Yes, so the column is free to hold what
    Future returns to; a row written before this rule has 1 there, i.e. "the room chose Yes".)
    """
    return own_future(answer)


def answer_from_store(present: bool | None, future: bool | None) -> Answer:
    """The answer a stored (present, future column) pair means: see :func:`stored_future`."""
    if present is True:
        return Answer(present=True, future=True, future_own=future)
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
    room: RoomRecord = field(default_factory=RoomRecord)  # issue 15: the room's record

    def with_room(self, room: RoomRecord) -> Assessment:  # issue 15
        return replace(self, room=room)

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
