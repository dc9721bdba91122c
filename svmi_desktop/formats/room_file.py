"""The room record in the assessment file: the optional ``room`` key (additive to version 1).

A file without the key reads as a session run without the room; a file with it carries the
agenda, the time per theme, vote and spread counts (never names), dissent, evidence and each
theme's items, so that they round-trip through the ``.svmi.json`` file and the workbook's hidden
``svmi_data`` sheet. Every value is checked; a bad one is refused with a message naming where.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ..domain.agenda import Agenda, AgendaError, Break
from ..domain.capture import Evidence, Item, ItemKind
from ..domain.criteria import Index
from ..domain.room import Returned, RoomRecord, TallyKey
from ..domain.text_limits import MAX_TEXT
from ..domain.votes import Column, CountError, Tally, Vote
from ..errors import FileFormatError

KEY = "room"
_TOP = {
    "personal",
    "agenda",
    "time_spent",
    "votes",
    "spread",
    "returned",
    "dissent",
    "evidence",
    "items",
}


def to_dict(room: RoomRecord) -> dict[str, Any]:
    """The JSON-ready form, leaving out what is empty."""
    out: dict[str, Any] = {}
    if room.personal:
        out["personal"] = room.personal
    a = room.agenda
    if not a.is_default:
        out["agenda"] = {
            "start": a.start.isoformat(timespec="minutes") if a.start else None,
            "total_minutes": a.total_minutes,
            "opening_minutes": a.opening_minutes,
            "closing_minutes": a.closing_minutes,
            "theme_minutes": dict(sorted(a.theme_minutes.items())),
            "breaks": [
                {"after": b.after, "minutes": b.minutes, "label": b.label} for b in a.breaks
            ],
        }
    if room.time_spent:
        out["time_spent"] = dict(sorted(room.time_spent.items()))
    if room.votes:
        out["votes"] = [
            {"criterion": cid, "question": col.value, **_counts(v.tally), "revealed": v.revealed}
            for (cid, col), v in sorted(room.votes.items())
        ]
    if room.spread:
        out["spread"] = [
            {"criterion": cid, "question": col.value, **_counts(t)}
            for (cid, col), t in sorted(room.spread.items())
        ]
    if room.returned:
        out["returned"] = [{"token": r.token, "label": r.label} for r in room.returned]
    if room.dissent:
        out["dissent"] = dict(sorted(room.dissent.items()))
    if room.evidence:
        out["evidence"] = {
            cid: {"what": e.what, "owner": e.owner, "date": e.date.isoformat() if e.date else None}
            for cid, e in sorted(room.evidence.items())
        }
    if room.items:
        out["items"] = [
            {"kind": i.kind.value, "theme": i.theme, "text": i.text} for i in room.items
        ]
    return out


def _counts(t: Tally) -> dict[str, int]:
    return {"yes": t.yes, "no": t.no, "unsure": t.unsure}


def from_dict(raw: Any, index: Index, source: str) -> RoomRecord:
    """Read the ``room`` key (``None``: an empty record), checked against the index."""
    if raw is None:
        return RoomRecord()
    where = f"{source}: room"
    data = _object(raw, where)
    _only(data, _TOP, where)
    try:
        return RoomRecord(
            personal=_text(data.get("personal"), f"{where}.personal", limit=200),
            agenda=_agenda(data.get("agenda"), index, f"{where}.agenda"),
            time_spent=_time(data.get("time_spent"), index, f"{where}.time_spent"),
            votes={
                k: Vote(t, r)
                for k, t, r in _tallies(data.get("votes"), index, f"{where}.votes", True)
            },
            spread={
                k: t for k, t, _ in _tallies(data.get("spread"), index, f"{where}.spread", False)
            },
            returned=_returned(data.get("returned"), f"{where}.returned"),
            dissent={
                cid: _text(text, f"{where}.dissent.{cid}")
                for cid, text in _by_criterion(
                    data.get("dissent"), index, f"{where}.dissent"
                ).items()
            },
            evidence={
                cid: _evidence(e, f"{where}.evidence.{cid}")
                for cid, e in _by_criterion(
                    data.get("evidence"), index, f"{where}.evidence"
                ).items()
            },
            items=_items(data.get("items"), index, f"{where}.items"),
        )
    except (AgendaError, CountError) as exc:
        raise FileFormatError(f"{where}: {exc}") from None


def _object(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise FileFormatError(f"{where} must be an object")
    return raw


def _list(raw: Any, where: str) -> list[Any]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise FileFormatError(f"{where} must be a list")
    return raw


def _only(data: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise FileFormatError(f"{where}: unknown key {unknown[0][:40]!r}")


def _text(value: Any, where: str, limit: int = MAX_TEXT) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise FileFormatError(f"{where} must be text")
    if len(value) > limit:
        raise FileFormatError(f"{where} is {len(value):,} characters; the limit is {limit:,}")
    return value


def _int(value: Any, where: str) -> int:
    if type(value) is not int:
        raise FileFormatError(f"{where} must be a whole number")
    return value


def _theme(code: Any, index: Index, where: str) -> str:
    if not isinstance(code, str) or not index.has_theme(code):
        raise FileFormatError(f"{where} names the unknown theme {str(code)[:40]!r}")
    return code


def _criterion(cid: Any, index: Index, where: str) -> str:
    if not isinstance(cid, str) or not index.has_criterion(cid):
        raise FileFormatError(f"{where} names the unknown criterion {str(cid)[:40]!r}")
    return cid


def _agenda(raw: Any, index: Index, where: str) -> Agenda:
    if raw is None:
        return Agenda()
    data = _object(raw, where)
    _only(
        data,
        {"start", "total_minutes", "opening_minutes", "closing_minutes", "theme_minutes", "breaks"},
        where,
    )
    start = None
    if data.get("start") is not None:
        try:
            start = _dt.time.fromisoformat(_text(data["start"], f"{where}.start", 8))
        except ValueError:
            raise FileFormatError(f"{where}.start is not a time written HH:MM") from None
    own = {
        _theme(code, index, f"{where}.theme_minutes"): _int(m, f"{where}.theme_minutes.{code}")
        for code, m in _object(data.get("theme_minutes", {}), f"{where}.theme_minutes").items()
    }
    breaks = []
    for n, b in enumerate(_list(data.get("breaks"), f"{where}.breaks"), 1):
        bw = f"{where}.breaks[{n}]"
        b = _object(b, bw)
        _only(b, {"after", "minutes", "label"}, bw)
        breaks.append(
            Break(
                _theme(b.get("after"), index, f"{bw}.after"),
                _int(b.get("minutes"), f"{bw}.minutes"),
                _text(b.get("label"), f"{bw}.label", 200),
            )
        )
    defaults = Agenda()
    return Agenda(
        start=start,
        total_minutes=_int(
            data.get("total_minutes", defaults.total_minutes), f"{where}.total_minutes"
        ),
        opening_minutes=_int(
            data.get("opening_minutes", defaults.opening_minutes), f"{where}.opening_minutes"
        ),
        closing_minutes=_int(
            data.get("closing_minutes", defaults.closing_minutes), f"{where}.closing_minutes"
        ),
        theme_minutes=own,
        breaks=tuple(breaks),
    )


def _time(raw: Any, index: Index, where: str) -> dict[str, int]:
    if raw is None:
        return {}
    out = {}
    for code, seconds in _object(raw, where).items():
        value = _int(seconds, f"{where}.{_theme(code, index, where)}")
        if not 0 <= value <= 7 * 24 * 3600:
            raise FileFormatError(f"{where}.{code} must be 0 to a week of seconds")
        if value:
            out[code] = value
    return out


def _tallies(raw: Any, index: Index, where: str, vote: bool) -> list[tuple[TallyKey, Tally, bool]]:
    allowed = {"criterion", "question", "yes", "no", "unsure"} | ({"revealed"} if vote else set())
    out: list[tuple[TallyKey, Tally, bool]] = []
    seen: set[TallyKey] = set()
    for n, entry in enumerate(_list(raw, where), 1):
        ew = f"{where}[{n}]"
        entry = _object(entry, ew)
        _only(entry, allowed, ew)
        cid = _criterion(entry.get("criterion"), index, f"{ew}.criterion")
        try:
            column = Column(entry.get("question", "present"))
        except ValueError:
            raise FileFormatError(f"{ew}.question must be present or future") from None
        if (cid, column) in seen:
            raise FileFormatError(f"{ew} repeats {cid} ({column.value})")
        seen.add((cid, column))
        tally = Tally(*(_int(entry.get(k, 0), f"{ew}.{k}") for k in ("yes", "no", "unsure")))
        revealed = entry.get("revealed", False)
        if not isinstance(revealed, bool):
            raise FileFormatError(f"{ew}.revealed must be true or false")
        out.append(((cid, column), tally, revealed))
    return out


def _returned(raw: Any, where: str) -> tuple[Returned, ...]:
    out = []
    for n, entry in enumerate(_list(raw, where), 1):
        ew = f"{where}[{n}]"
        entry = _object(entry, ew)
        _only(entry, {"token", "label"}, ew)
        token = _text(entry.get("token"), f"{ew}.token", 200)
        if not token:
            raise FileFormatError(f"{ew}.token is empty")
        out.append(Returned(token, _text(entry.get("label"), f"{ew}.label", 200)))
    return tuple(out)


def _by_criterion(raw: Any, index: Index, where: str) -> dict[str, Any]:
    if raw is None:
        return {}
    return {_criterion(cid, index, where): v for cid, v in _object(raw, where).items()}


def _evidence(raw: Any, where: str) -> Evidence:
    data = _object(raw, where)
    _only(data, {"what", "owner", "date"}, where)
    day = data.get("date")
    date = None
    if day is not None:
        try:
            date = _dt.date.fromisoformat(_text(day, f"{where}.date", 10))
        except ValueError:
            raise FileFormatError(f"{where}.date is not a date written YYYY-MM-DD") from None
    return Evidence(
        _text(data.get("what"), f"{where}.what"), _text(data.get("owner"), f"{where}.owner"), date
    )


def _items(raw: Any, index: Index, where: str) -> tuple[Item, ...]:
    out = []
    for n, entry in enumerate(_list(raw, where), 1):
        ew = f"{where}[{n}]"
        entry = _object(entry, ew)
        _only(entry, {"kind", "theme", "text"}, ew)
        try:
            kind = ItemKind(str(entry.get("kind")))
        except ValueError:
            allowed = ", ".join(k.value for k in ItemKind)
            raise FileFormatError(f"{ew}.kind must be one of: {allowed}") from None
        text = _text(entry.get("text"), f"{ew}.text")
        if text.strip():
            out.append(Item(kind, _theme(entry.get("theme"), index, f"{ew}.theme"), text))
    return tuple(out)
