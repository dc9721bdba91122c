"""Returned personal files merged into counts: the spread of views per criterion.

Before the room, each participant fills in a blank personal file. Merging counts, for every asked
criterion and both questions (now, by the horizon), how many said yes, no or were not sure
(unanswered counts as not sure). Nothing about who said what is kept: only the counts and each
file's token (and a label, only if the facilitator typed one). Each rule is a pure function; the
reading of files is :mod:`svmi_desktop.services.room_files`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .assessment import Assessment
from .criteria import Index
from .room import Returned, RoomRecord, TallyKey
from .votes import Column, Tally, counted


@dataclass(frozen=True)
class PersonalFile:
    """One returned file: where it came from (for messages), its identity and its answers.

    ``identity`` is the token of the blank file it was made from, or, for a file without one,
    a digest of its bytes, so a copy of the same file is recognised too.
    """

    source: str
    identity: str
    assessment: Assessment
    label: str = ""


@dataclass(frozen=True)
class MergeResult:
    """The session's spread after merging, and the files refused, each with its reason."""

    spread: dict[TallyKey, Tally]
    returned: tuple[Returned, ...]
    counted: tuple[str, ...] = ()  # sources counted
    refused: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (source, message)


def refusal(session: Assessment, file: PersonalFile) -> str | None:
    """Why a returned file cannot be counted in this session, or ``None`` when it can."""
    a = file.assessment
    if a.index_id != session.index_id:
        return (
            f"{file.source} was filled in against the {a.index_id} index, but this session uses "
            f"the {session.index_id} index, so it was not counted."
        )
    if a.index_version != session.index_version:
        return (
            f"{file.source} was filled in against version {a.index_version} of the index, but "
            f"this session uses version {session.index_version}, so it was not counted."
        )
    return None


def merge_files(index: Index, session: Assessment, files: Sequence[PersonalFile]) -> MergeResult:
    """Add the files' views to the spread already in the session, refusing wrong-index files
    and any file whose person was already counted (in this batch or an earlier one)."""
    room: RoomRecord = session.room
    spread = dict(room.spread)
    returned = list(room.returned)
    seen = {r.token: r for r in returned}
    first_source: dict[str, str] = {}
    counted_sources: list[str] = []
    refused: list[tuple[str, str]] = []
    for file in files:
        reason = refusal(session, file)
        if reason is None and file.identity in seen:
            earlier = first_source.get(file.identity)
            where = f"as {earlier}" if earlier else "in an earlier batch"
            reason = (
                f"{file.source} is the same person's file as one already counted ({where}), "
                "so it was not counted twice."
            )
        if reason is not None:
            refused.append((file.source, reason))
            continue
        for cid in index.asked_ids:
            answer = file.assessment.answer(cid)
            for column, value in (
                (Column.PRESENT, answer.present),
                (Column.FUTURE, True if answer.present is True else answer.future),
            ):
                key = (cid, column)
                spread[key] = spread.get(key, Tally()).plus(counted(value))
        entry = Returned(file.identity, file.label)
        returned.append(entry)
        seen[file.identity] = entry
        first_source[file.identity] = file.source
        counted_sources.append(file.source)
    return MergeResult(spread, tuple(returned), tuple(counted_sources), tuple(refused))
