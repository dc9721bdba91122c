"""Conversions between Python values and stored columns: times, dates and yes/no flags.

Times are UTC ISO 8601 strings of fixed width, so that they sort as text. No SQL here; shared by
the session reads and writes of the repository package.
"""

from __future__ import annotations

import datetime as _dt


def now_text() -> str:
    return format_time(_dt.datetime.now(_dt.UTC))


def format_time(moment: _dt.datetime) -> str:
    return moment.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> _dt.datetime:
    """Read a stored time (``fromisoformat`` reads the ``Z`` suffix as UTC, and is fast)."""
    moment = _dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=_dt.UTC)


def to_flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def from_flag(value: object) -> bool | None:
    return None if value is None else bool(value)


def to_date_text(day: _dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def from_date_text(value: object) -> _dt.date | None:
    return None if value is None else _dt.date.fromisoformat(str(value))
