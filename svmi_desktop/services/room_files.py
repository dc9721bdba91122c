"""Personal files out and back: blank files for participants, and returned files merged.

Qt-free. A blank personal file is the session's assessment with the answers, notes, plan and room
record left out, and a fresh random token in ``room.personal``; it is written as an assessment file
(``.svmi.json``) or as a submission workbook, so a participant can fill it in SVMI Desktop or in a
spreadsheet. Returned files are read with the ordinary import and merged as counts
(:mod:`svmi_desktop.domain.merge`).
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from ..domain.assessment import Assessment, Workshop
from ..domain.criteria import Index
from ..domain.merge import MergeResult, PersonalFile, merge_files
from ..domain.room import RoomRecord
from ..errors import SvmiError

MAX_BLANK_FILES = 200


def blank_personal(session: Assessment) -> Assessment:
    """The session with nothing answered, for one participant, carrying a new token."""
    w = session.workshop
    return Assessment(
        index_id=session.index_id,
        index_version=session.index_version,
        organisation=session.organisation,
        workshop=Workshop(date=w.date, facilitator=w.facilitator, horizon_years=w.horizon_years),
        room=RoomRecord(personal=secrets.token_hex(8)),
    )


def write_blank_files(
    index: Index, session: Assessment, folder: Path, count: int, kind: str = "json"
) -> list[Path]:
    """Write ``count`` blank personal files (``kind`` "json" or "xlsx") into ``folder``."""
    if not 1 <= count <= MAX_BLANK_FILES:
        raise SvmiError(f"Ask for 1 to {MAX_BLANK_FILES} personal files, not {count}.")
    if kind not in ("json", "xlsx"):
        raise SvmiError(f"A personal file is .svmi.json or .xlsx, not {kind!r}.")
    from ..fileio import write_atomic

    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for n in range(1, count + 1):
        blank = blank_personal(session)
        path = folder / f"personal-{n:02d}.{'svmi.json' if kind == 'json' else 'xlsx'}"
        if kind == "json":
            from ..formats import assessment_file

            data = assessment_file.dumps(blank).encode("utf-8")
        else:
            from ..export.summary import facts
            from ..export.workbook import workbook_bytes

            data = workbook_bytes(facts(index, blank))
        written.append(write_atomic(path, data, overwrite=False))
    return written


def read_personal(path: Path, resolve_index: Callable[[str], Index]) -> PersonalFile:
    """Read one returned file (assessment file or workbook) as a personal file."""
    from ..importing import import_file

    result = import_file(path, resolve_index)
    token = result.assessment.room.personal
    identity = token or "sha256:" + hashlib.sha256(Path(path).read_bytes()).hexdigest()
    return PersonalFile(source=Path(path).name, identity=identity, assessment=result.assessment)


def merge_paths(
    index: Index,
    session: Assessment,
    paths: Sequence[Path],
    resolve_index: Callable[[str], Index],
) -> MergeResult:
    """Read and merge returned files; an unreadable file is refused with its own message."""
    files: list[PersonalFile] = []
    unreadable: list[tuple[str, str]] = []
    for path in paths:
        try:
            files.append(read_personal(path, resolve_index))
        except SvmiError as error:
            unreadable.append((Path(path).name, str(error)))
    result = merge_files(index, session, files)
    return replace(result, refused=(*unreadable, *result.refused))
