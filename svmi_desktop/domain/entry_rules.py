"""What text and dates may enter a session, wherever they come from (issue 9).

One home for the rules every entry point applies (the window's text boxes and date pickers,
assessment files, workbooks, index files), so that what is accepted can always be stored and
exported: text within :data:`~.text_limits.MAX_TEXT` characters with no unpaired surrogate
(``"\\ud800"`` cannot be written as UTF-8, so SQLite, JSON and the workbook all refuse it),
and dates between :data:`DATE_MIN` and :data:`DATE_MAX` (a workshop in year 9995 makes every
later date, the horizon's included, overflow). Each refusal is one sentence naming the field.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING

from ..errors import FileFormatError, SvmiError
from .text_limits import TextTooLongError, check_length

if TYPE_CHECKING:
    from .assessment import Assessment, Organisation, Workshop

#: The dates a workshop or a due date may have: far wider than any real plan, and far enough
#: inside ``datetime.date``'s range that adding a horizon or a plan year can never overflow.
DATE_MIN = _dt.date(2000, 1, 1)
DATE_MAX = _dt.date(2100, 12, 31)


#: The longest name or label (organisation name, type and region, facilitator, participants,
#: an index's titles and statements): the exports put these in cells and lines after a label
#: ("Organisation: ..."), so they must leave room under the 32,767 characters a cell holds.
MAX_LABEL = 10_000


class EntryError(SvmiError):
    """Text or a date that cannot be stored; nothing was changed."""


def unencodable_at(text: str) -> int | None:
    """The position of the first character UTF-8 cannot encode (a lone surrogate), or ``None``."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return int(exc.start)
    return None


def check_text(text: str, field: str) -> str:
    """Return ``text`` unchanged, or raise naming the field: too long, or unencodable."""
    check_length(text, field)
    at = unencodable_at(text)
    if at is not None:
        raise EntryError(
            f"{field} contains a character that cannot be stored (an unpaired surrogate, "
            f"U+{ord(text[at]):04X}, at character {at + 1}); retype or remove it. Nothing was "
            "changed."
        )
    return text


def check_label(text: str, field: str) -> str:
    """:func:`check_text` for a name or label, at most :data:`MAX_LABEL` characters."""
    if len(text) > MAX_LABEL:
        raise TextTooLongError(
            f"{field} is {len(text):,} characters; the limit for a name or label is "
            f"{MAX_LABEL:,}. Shorten it; nothing was changed."
        )
    return check_text(text, field)


#: An organisation's key (issue 14): 16 lower-case hexadecimal digits, random, meaning nothing.
ORG_KEY = re.compile(r"[0-9a-f]{16}")


def check_org_key(key: object, field: str = "The organisation key") -> str:
    """Return ``key`` unchanged, or raise naming the field. A key arrives in files and workbooks
    anyone can edit, so it passes the rules every text does (bounded, storable) and then its
    shape; the refusal never repeats the key itself (it may be huge or unprintable)."""
    if not isinstance(key, str):
        raise EntryError(f"{field} must be 16 hexadecimal digits (0-9, a-f), not a number or list.")
    check_label(key, field)
    if not ORG_KEY.fullmatch(key):
        raise EntryError(
            f"{field} must be 16 hexadecimal digits (0-9, a-f); this one is {len(key):,} "
            "characters long or holds other characters."
        )
    return key


def clean_text(text: str) -> str:
    """``text`` with every unencodable character replaced by U+FFFD (for display only)."""
    return (
        text.encode("utf-8", "replace").decode("utf-8")
        if unencodable_at(text) is not None
        else text
    )


def check_date(day: _dt.date, field: str) -> _dt.date:
    """Return ``day`` unchanged, or raise naming the field if it is outside the allowed years."""
    if not DATE_MIN <= day <= DATE_MAX:
        raise EntryError(
            f"{field} is {day.isoformat()}; a date must be between {DATE_MIN.year} and "
            f"{DATE_MAX.year}. Nothing was changed."
        )
    return day


def check_details(organisation: Organisation, workshop: Workshop) -> None:
    """Refuse unstorable organisation and workshop details before anything is stored."""
    check_label(organisation.name, "The organisation name")
    check_label(organisation.type, "The organisation type")
    check_label(organisation.region, "The region")
    check_label(workshop.facilitator, "The facilitator")
    check_date(workshop.date, "The workshop date")
    for n, person in enumerate(workshop.participants, 1):
        check_label(person.role, f"Participant {n}'s role")
        check_label(person.name, f"Participant {n}'s name")


def check_assessment(assessment: Assessment) -> Assessment:
    """Every text and date of ``assessment`` checked; raises :class:`EntryError` naming the first bad one."""
    check_text(assessment.index_id, "The index id")
    check_text(assessment.index_version, "The index version")
    check_details(assessment.organisation, assessment.workshop)
    for theme, note in assessment.notes.items():
        check_text(theme, "A note's theme")
        check_text(note, f"The note for theme {theme}")
    for cid, edit in assessment.action_edits.items():
        check_text(cid, "An action's criterion id")
        check_text(edit.owner, f"The owner of action {cid}")
        check_text(edit.note, f"The note of action {cid}")
        if edit.due is not None:
            check_date(edit.due, f"The due date of action {cid}")
    for n, action in enumerate(assessment.custom_actions, 1):
        where = f"Custom action {n}"
        check_text(action.id, f"{where}'s id")
        check_text(action.theme, f"{where}'s theme")
        check_text(action.text, f"{where}'s text")
        check_text(action.owner, f"{where}'s owner")
        check_text(action.note, f"{where}'s note")
        if action.due is not None:
            check_date(action.due, f"{where}'s due date")
    return assessment


def check_imported(assessment: Assessment, source: str) -> Assessment:
    """:func:`check_assessment` for a file being read: the refusal names the file as well."""
    try:
        return check_assessment(assessment)
    except EntryError as error:
        raise FileFormatError(f"{source} cannot be used: {error}") from None
