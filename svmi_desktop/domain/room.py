"""Everything a workshop records about the room itself, beside the agreed answers.

The agenda, the time spent per theme, silent votes and the spread of returned personal files (as
counts, never names), dissent notes, evidence per criterion, and each theme's decisions,
disagreements and parking lot. An immutable value kept on the :class:`Assessment` as ``room``;
changed through ``with_*`` methods like the rest of the domain.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .agenda import Agenda
from .capture import Evidence, Item, ItemKind
from .votes import Column, Tally, Vote

#: A tally's key: the criterion and the question (now, or by the horizon).
TallyKey = tuple[str, Column]


@dataclass(frozen=True)
class Returned:
    """One personal file loaded into the session: its token and, if the facilitator chose, a
    label (a role or a name). Kept so that the same person's file is not counted twice."""

    token: str
    label: str = ""


@dataclass(frozen=True)
class RoomRecord:
    """The room's record for one session (empty for a session run without it)."""

    agenda: Agenda = field(default_factory=Agenda)
    time_spent: dict[str, int] = field(default_factory=dict)  # theme code -> whole seconds
    votes: dict[TallyKey, Vote] = field(default_factory=dict)
    spread: dict[TallyKey, Tally] = field(default_factory=dict)  # from returned files
    returned: tuple[Returned, ...] = ()
    dissent: dict[str, str] = field(default_factory=dict)  # criterion id -> note of dissent
    evidence: dict[str, Evidence] = field(default_factory=dict)
    items: tuple[Item, ...] = ()
    #: Set only in a blank personal file sent to one participant: the random token that lets
    #: the returned file be recognised (and not counted twice). Never a name.
    personal: str = ""

    @property
    def is_empty(self) -> bool:
        return self == RoomRecord()

    def vote(self, criterion_id: str, column: Column = Column.PRESENT) -> Vote | None:
        return self.votes.get((criterion_id, column))

    def spread_of(self, criterion_id: str, column: Column = Column.PRESENT) -> Tally:
        return self.spread.get((criterion_id, column), Tally())

    def with_personal(self, token: str) -> RoomRecord:
        return replace(self, personal=token)

    def with_agenda(self, agenda: Agenda) -> RoomRecord:
        return replace(self, agenda=agenda)

    def with_time_spent(self, theme: str, seconds: int) -> RoomRecord:
        spent = dict(self.time_spent)
        if seconds > 0:
            spent[theme] = int(seconds)
        else:
            spent.pop(theme, None)
        return replace(self, time_spent=spent)

    def with_vote(self, criterion_id: str, column: Column, vote: Vote | None) -> RoomRecord:
        """Set a criterion's vote; ``None`` or an empty, hidden vote removes it."""
        votes = dict(self.votes)
        if vote is None or (vote.tally.is_empty and not vote.revealed):
            votes.pop((criterion_id, column), None)
        else:
            votes[(criterion_id, column)] = vote
        return replace(self, votes=votes)

    def with_spread(
        self, spread: dict[TallyKey, Tally], returned: tuple[Returned, ...]
    ) -> RoomRecord:
        return replace(
            self, spread={k: v for k, v in spread.items() if not v.is_empty}, returned=returned
        )

    def with_dissent(self, criterion_id: str, text: str) -> RoomRecord:
        dissent = dict(self.dissent)
        if text.strip():
            dissent[criterion_id] = text
        else:
            dissent.pop(criterion_id, None)
        return replace(self, dissent=dissent)

    def with_evidence(self, criterion_id: str, evidence: Evidence) -> RoomRecord:
        recorded = dict(self.evidence)
        if evidence.is_empty:
            recorded.pop(criterion_id, None)
        else:
            recorded[criterion_id] = evidence
        return replace(self, evidence=recorded)

    def items_of(self, theme: str, kind: ItemKind | None = None) -> tuple[Item, ...]:
        return tuple(i for i in self.items if i.theme == theme and (kind is None or i.kind == kind))

    def with_item(self, item: Item) -> RoomRecord:
        """Add an item at the end (blank text is ignored)."""
        if not item.text.strip():
            return self
        return replace(self, items=(*self.items, item))

    def with_item_replaced(self, position: int, item: Item | None) -> RoomRecord:
        """Replace (or, with ``None``, remove) the item at ``position`` in :attr:`items`."""
        items = list(self.items)
        if not 0 <= position < len(items):
            raise IndexError(position)
        if item is None or not item.text.strip():
            del items[position]
        else:
            items[position] = item
        return replace(self, items=tuple(items))
