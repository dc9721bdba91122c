"""The ``.svmi.json`` keys of a session's history (issue 14), all optional.

``organisation.key`` is the organisation's key (16 hex digits), which links its sessions however
it is renamed; ``baseline`` is the session this one re-assesses: ``{"session": <id in the
sending app's database>, "date": "YYYY-MM-DD"}``. A file without them is a first assessment,
as every file written before them is.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Any

from ..domain.entry_rules import ORG_KEY, check_org_key
from ..domain.reassessment import Lineage
from ..errors import FileFormatError, SvmiError


def add_lineage(out: dict[str, Any], lineage: Lineage) -> None:
    """Add the history keys to a file's JSON-ready dict (in place)."""
    if ORG_KEY.fullmatch(lineage.org_key):
        out["organisation"]["key"] = lineage.org_key
    if lineage.has_baseline:
        out["baseline"] = {
            "session": lineage.baseline_id,
            "date": lineage.baseline_date.isoformat() if lineage.baseline_date else None,
        }


def read_lineage(data: dict[str, Any], source: str = "the file") -> Lineage | None:
    """The history keys of a parsed file, checked; ``None`` when it has none."""
    org = data.get("organisation")
    key = org.get("key") if isinstance(org, dict) else None
    baseline = data.get("baseline")
    if key is None and baseline is None:
        return None
    if key is not None:
        try:  # the entry rules every field passes (issue 9), then the key's own shape
            key = check_org_key(key, "organisation.key")
        except SvmiError as error:  # EntryError or TextTooLongError: one sentence
            raise FileFormatError(f"{source}: {error}") from None
    session: int | None = None
    day: _dt.date | None = None
    if baseline is not None:
        if not isinstance(baseline, dict) or set(baseline) - {"session", "date"}:
            raise FileFormatError(f'{source}: baseline must be {{"session": …, "date": …}}')
        raw_id, raw_date = baseline.get("session"), baseline.get("date")
        if raw_id is not None and (type(raw_id) is not int or raw_id < 1):
            raise FileFormatError(f"{source}: baseline.session must be a positive whole number")
        session = raw_id
        if raw_date is not None:
            try:
                day = _dt.date.fromisoformat(str(raw_date)) if isinstance(raw_date, str) else None
            except ValueError:
                day = None
            if day is None or len(raw_date) != 10:
                raise FileFormatError(f"{source}: baseline.date must be a date (YYYY-MM-DD)")
    from ..domain.reassessment import new_org_key

    return Lineage(org_key=key or new_org_key(), baseline_id=session, baseline_date=day)


def lineage_of_file(path: Path) -> Lineage | None:
    """The history keys of an assessment file on disk (``None`` for a workbook or no keys)."""
    import json

    if not path.name.lower().endswith(".json"):
        return None
    from ..fileio import read_regular

    try:  # never blocks on a FIFO or device named .json (issue 9)
        data = json.loads(read_regular(path).decode("utf-8-sig"))
    except (OSError, ValueError):
        return None
    return read_lineage(data, path.name) if isinstance(data, dict) else None
