"""Read and write the ``.svmi.json`` assessment file (DESIGN.md section 6).

The format is documented by ``svmi-assessment.schema.json`` beside this module. Reading is
strict: anything unexpected is a :class:`FileFormatError` with one line saying what and where.
"""

from __future__ import annotations

import datetime as _dt
import json
import reprlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.assessment import (
    MAX_HORIZON_YEARS,
    MIN_HORIZON_YEARS,
    ORGANISATION_TYPE_V1,
    ActionEdit,
    Answer,
    AnswerRuleError,
    Assessment,
    CustomAction,
    Organisation,
    Participant,
    Status,
    Workshop,
    make_answer,
)
from ..domain.criteria import Index
from ..domain.entry_rules import check_imported
from ..domain.levels import Level
from ..domain.reassessment import Lineage  # issue 14
from ..domain.room import RoomRecord  # issue 15
from ..domain.text_limits import MAX_TEXT, too_long_message
from ..errors import CriteriaError, FileFormatError
from ..fileio import read_regular

FORMAT = "svmi-assessment"
VERSION = 1
MAX_FILE_BYTES = 20_000_000
SCHEMA_PATH = Path(__file__).with_name("svmi-assessment.schema.json")

IndexResolver = Callable[[str], Index]


def to_dict(assessment: Assessment, lineage: Lineage | None = None) -> dict[str, Any]:
    """The JSON-ready form; unanswered criteria and empty notes are left out.

    With a ``lineage`` (issue 14) the file also records the organisation's key and the
    baseline's id and date (optional keys: files without them read as before)."""
    actions: list[dict[str, Any]] = []
    for cid, edit in sorted(assessment.action_edits.items()):
        actions.append(
            {"criterion": cid, **_edit_fields(edit.owner, edit.due, edit.status, edit.note)}
        )
    for custom in assessment.custom_actions:
        entry: dict[str, Any] = {
            "criterion": None,
            "id": custom.id,
            "theme": custom.theme,
            "action": custom.text,
            "year": custom.year,
            "target_level": int(custom.target_level) if custom.target_level is not None else None,
        }
        entry.update(_edit_fields(custom.owner, custom.due, custom.status, custom.note))
        actions.append(entry)
    answers: dict[str, dict[str, bool]] = {}
    for cid in sorted(assessment.answers):
        answer = assessment.answers[cid]
        fields = {
            k: v
            for k, v in (("present", answer.present), ("future", answer.future))
            if v is not None
        }
        if fields:
            answers[cid] = fields
    w = assessment.workshop
    out = {
        "format": FORMAT,
        "version": VERSION,
        "index": assessment.index_id,
        "index_version": assessment.index_version,
        "organisation": {
            "name": assessment.organisation.name,
            "type": ORGANISATION_TYPE_V1.get(
                assessment.organisation.type, assessment.organisation.type
            ),
            "region": assessment.organisation.region,
        },
        "workshop": {
            "date": w.date.isoformat(),
            "facilitator": w.facilitator,
            "participants": [{"role": p.role, "name": p.name} for p in w.participants],
            "horizon_years": w.horizon_years,
        },
        "answers": answers,
        "notes": {k: v for k, v in sorted(assessment.notes.items()) if v},
        "actions": actions,
        **_room_entry(assessment),  # issue 15: the optional "room" key
    }
    if lineage is not None:  # issue 14
        from .history_keys import add_lineage

        add_lineage(out, lineage)
    return out


def _room_entry(assessment: Assessment) -> dict[str, Any]:  # issue 15
    from . import room_file

    room = room_file.to_dict(assessment.room)
    return {room_file.KEY: room} if room else {}


def _edit_fields(owner: str, due: _dt.date | None, status: Status, note: str) -> dict[str, Any]:
    return {
        "owner": owner,
        "due": due.isoformat() if due else None,
        "status": status.v1_value,  # version 1's value, "Not started" (docs/decisions.md)
        "note": note,
    }


def dumps(assessment: Assessment, lineage: Lineage | None = None) -> str:
    return json.dumps(to_dict(assessment, lineage), ensure_ascii=False, indent=2) + "\n"


def loads(text: str, resolve_index: IndexResolver, source: str = "the file") -> Assessment:
    """Parse and validate the JSON text against its index."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"{source} is not valid JSON (line {exc.lineno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise FileFormatError(f"{source} is nested too deeply to be an assessment file") from None
    except ValueError:  # an integer longer than Python converts (sys.get_int_max_str_digits)
        raise FileFormatError(
            f"{source} has a number too large to be in an assessment file"
        ) from None
    return from_dict(data, resolve_index, source)


def read(path: Path, resolve_index: IndexResolver) -> Assessment:
    """Read an assessment file from disk, refusing anything that is not one."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileFormatError(f"{name} is {size:,} bytes, too large for an assessment file")
        raw = read_regular(path, MAX_FILE_BYTES)  # issue 9: a FIFO or device is refused at once
    except FileNotFoundError:
        raise FileFormatError(f"{path} does not exist") from None
    except IsADirectoryError:
        raise FileFormatError(f"{path} is a folder, not an assessment file") from None
    except OSError as exc:
        raise FileFormatError(f"{name} cannot be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileFormatError(
            f"{name} is not UTF-8 text, so it is not an assessment file"
        ) from None
    return loads(text, resolve_index, name)


def from_dict(data: Any, resolve_index: IndexResolver, source: str = "the file") -> Assessment:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise FileFormatError(f'{source} is not an SVMI assessment file (no "format": "{FORMAT}")')
    if data.get("version") != VERSION:
        raise FileFormatError(
            f"{source} is assessment format version {_show(data.get('version'))}; "
            f"this app reads version {VERSION}"
        )
    _only(
        data,
        {
            "format",
            "version",
            "index",
            "index_version",
            "organisation",
            "workshop",
            "answers",
            "notes",
            "actions",
            "room",  # issue 15
            "baseline",  # issue 14
        },
        source,
    )
    index_id = _str(data, "index", source, required=True)
    from .history_keys import read_lineage  # issue 14: the optional history keys, checked

    read_lineage(data, source)
    try:
        index = resolve_index(index_id)
    except CriteriaError:
        raise FileFormatError(f"{source} uses the unknown index {_show(index_id)}") from None
    org = _obj(data, "organisation", source)
    _only(org, {"name", "type", "region", "key"}, f"{source}: organisation")  # key: issue 14
    name = _str(org, "name", f"{source}: organisation", required=True)
    if not name.strip():
        raise FileFormatError(f"{source}: organisation.name is empty")
    organisation = Organisation(name, _str(org, "type", source), _str(org, "region", source))
    workshop = _workshop(_obj(data, "workshop", source), source)
    answers = _answers(data.get("answers", {}), index, source)
    notes = _notes(data.get("notes", {}), index, source)
    edits, customs = _actions(data.get("actions", []), index, source)
    return check_imported(
        Assessment(
            index_id=index_id,
            index_version=_str(data, "index_version", source) or index.version,
            organisation=organisation,
            workshop=workshop,
            answers=answers,
            notes=notes,
            action_edits=edits,
            custom_actions=customs,
            room=_room(data, index, source),  # issue 15
        ),
        source,
    )


def _room(data: dict[str, Any], index: Index, source: str) -> RoomRecord:  # issue 15
    from . import room_file

    return room_file.from_dict(data.get(room_file.KEY), index, source)


def _workshop(w: dict[str, Any], source: str) -> Workshop:
    where = f"{source}: workshop"
    _only(w, {"date", "facilitator", "participants", "horizon_years"}, where)
    day = _date(w.get("date"), f"{where}.date", required=True)
    assert day is not None
    horizon = w.get("horizon_years", 3)
    if type(horizon) is not int or not MIN_HORIZON_YEARS <= horizon <= MAX_HORIZON_YEARS:
        raise FileFormatError(
            f"{where}.horizon_years must be a whole number of years from "
            f"{MIN_HORIZON_YEARS} to {MAX_HORIZON_YEARS}"
        )
    raw_people = w.get("participants", [])
    if not isinstance(raw_people, list):
        raise FileFormatError(f"{where}.participants must be a list")
    people = []
    for i, p in enumerate(raw_people, 1):
        if not isinstance(p, dict):
            raise FileFormatError(f"{where}.participants[{i}] must be an object with a role")
        _only(p, {"role", "name"}, f"{where}.participants[{i}]")
        people.append(
            Participant(_str(p, "role", f"{where}.participants[{i}]"), _str(p, "name", where))
        )
    return Workshop(day, _str(w, "facilitator", where), tuple(people), horizon)


def _answers(raw: Any, index: Index, source: str) -> dict[str, Answer]:
    if not isinstance(raw, dict):
        raise FileFormatError(f"{source}: answers must be an object keyed by criterion id")
    out: dict[str, Answer] = {}
    for cid, value in raw.items():
        if not index.has_criterion(cid):
            raise FileFormatError(f"{source}: answers has the unknown criterion id {_show(cid)}")
        criterion = index.criterion(cid)
        if criterion.same_as:
            raise FileFormatError(
                f"{source}: answers.{cid} restates {criterion.same_as} and shares its answer; "
                f"give the answer under {criterion.same_as}"
            )
        if not criterion.asked:
            raise FileFormatError(f"{source}: answers.{cid} is a description, not a question")
        if not isinstance(value, dict):
            raise FileFormatError(f"{source}: answers.{cid} must be an object with present/future")
        _only(value, {"present", "future"}, f"{source}: answers.{cid}")
        present, future = value.get("present"), value.get("future")
        for key, v in (("present", present), ("future", future)):
            if v is not None and not isinstance(v, bool):
                raise FileFormatError(
                    f"{source}: answers.{cid}.{key} must be true or false, not {_show(v)}"
                )
        try:
            answer = make_answer(present, future)
        except AnswerRuleError:
            raise FileFormatError(
                f"{source}: answers.{cid} says met now but not in future; met now implies met in future"
            ) from None
        if not answer.is_empty:
            out[cid] = answer
    return out


def _notes(raw: Any, index: Index, source: str) -> dict[str, str]:
    if not isinstance(raw, dict):
        raise FileFormatError(f"{source}: notes must be an object keyed by theme code")
    out: dict[str, str] = {}
    for code, text in raw.items():
        if not index.has_theme(code):
            raise FileFormatError(f"{source}: notes has the unknown theme {_show(code)}")
        if not isinstance(text, str):
            raise FileFormatError(f"{source}: notes.{code} must be text")
        _length(text, f"{source}: notes.{code}")
        if text:
            out[code] = text
    return out


def _actions(
    raw: Any, index: Index, source: str
) -> tuple[dict[str, ActionEdit], tuple[CustomAction, ...]]:
    if not isinstance(raw, list):
        raise FileFormatError(f"{source}: actions must be a list")
    edits: dict[str, ActionEdit] = {}
    customs: list[CustomAction] = []
    for i, entry in enumerate(raw, 1):
        where = f"{source}: actions[{i}]"
        if not isinstance(entry, dict):
            raise FileFormatError(f"{where} must be an object")
        common = {"criterion", "owner", "due", "status", "note"}
        owner, note = _str(entry, "owner", where), _str(entry, "note", where)
        due = _date(entry.get("due"), f"{where}.due")
        status = _status(entry.get("status", Status.NOT_STARTED.value), where)
        cid = entry.get("criterion")
        if cid is not None:
            _only(entry, common, where)
            if not isinstance(cid, str) or not index.has_criterion(cid):
                raise FileFormatError(f"{where} names the unknown criterion id {_show(cid)}")
            edit = ActionEdit(owner, due, status, note)
            if not edit.is_default:
                edits[cid] = edit
            continue
        _only(entry, common | {"id", "theme", "action", "year", "target_level"}, where)
        code = _str(entry, "theme", where, required=True)
        if not index.has_theme(code):
            raise FileFormatError(f"{where} names the unknown theme {_show(code)}")
        text = _str(entry, "action", where, required=True)
        if not text.strip():
            raise FileFormatError(f"{where}.action is empty")
        year = entry.get("year", 1)
        if type(year) is not int or not 1 <= year <= MAX_HORIZON_YEARS:
            raise FileFormatError(
                f"{where}.year must be a whole number from 1 to {MAX_HORIZON_YEARS}"
            )
        target = entry.get("target_level")
        if target is not None and (type(target) is not int or not 1 <= target <= 4):
            raise FileFormatError(f"{where}.target_level must be 1 to 4 or null")
        action_id = _str(entry, "id", where) or f"custom-{i}"
        if any(c.id == action_id for c in customs):
            raise FileFormatError(f"{where}.id {_show(action_id)} is used twice")
        customs.append(
            CustomAction(
                id=action_id,
                theme=code,
                text=text,
                year=year,
                target_level=Level(target) if target is not None else None,
                owner=owner,
                due=due,
                status=status,
                note=note,
            )
        )
    return edits, tuple(customs)


def _status(value: Any, where: str) -> Status:
    try:
        return Status(value)
    except ValueError:
        allowed = ", ".join(s.v1_value for s in Status)
        raise FileFormatError(f"{where}.status must be one of: {allowed}") from None


def _date(value: Any, where: str, required: bool = False) -> _dt.date | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise FileFormatError(f"{where} must be a date written YYYY-MM-DD")
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise FileFormatError(f"{where} is not a date written YYYY-MM-DD: {value[:40]!r}") from None


def _obj(data: dict[str, Any], key: str, source: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise FileFormatError(f"{source}: {key} must be an object")
    return value


def _str(data: dict[str, Any], key: str, where: str, required: bool = False) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise FileFormatError(f"{where}: missing {key}")
        return ""
    if not isinstance(value, str):
        raise FileFormatError(f"{where}: {key} must be text")
    _length(value, f"{where}: {key}")
    return value


def _length(text: str, where: str) -> None:
    if len(text) > MAX_TEXT:
        raise FileFormatError(too_long_message(text, where))


_SHOW = reprlib.Repr()
_SHOW.maxstring = _SHOW.maxother = 40
_SHOW.maxlevel = 2


def _show(value: object) -> str:
    """A value for a message: its repr, cut short (a key or value can be 32,767 characters or
    nested a thousand deep)."""
    return _SHOW.repr(value)


def _only(data: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise FileFormatError(f"{where}: unknown key {_show(unknown[0])}")


def write(
    path: Path, assessment: Assessment, overwrite: bool = False, lineage: Lineage | None = None
) -> Path:
    """Write the assessment file atomically (temporary file, then rename)."""
    from ..fileio import write_atomic

    return write_atomic(path, dumps(assessment, lineage).encode("utf-8"), overwrite=overwrite)
