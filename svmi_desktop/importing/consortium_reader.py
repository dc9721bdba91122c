"""Reading a folder of submissions for a consortium view: the importers, file by file.

Each workbook or ``.svmi.json`` goes through :func:`svmi_desktop.importing.import_file` (the
same checks as a single import); a file that fails is listed with its one-sentence reason and
the rest carry on. Runs on a worker thread: progress is reported after each file and a
``cancelled`` callable is asked before each, so Cancel stops within one file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..domain.consortium import Refused, Submission, fold_name
from ..domain.scoring import evaluate
from ..errors import SvmiError
from ..formats.assessment_file import IndexResolver
from . import import_file

#: How many files one folder may hold before it is refused (a consortium, not a disk).
MAX_FILES = 5_000


class Cancelled(SvmiError):
    """The facilitator cancelled reading the folder."""


def submission_files(folder: Path) -> list[Path]:
    """The workbooks and assessment files in ``folder`` (not its sub-folders), by name."""
    if not folder.is_dir():
        raise SvmiError(f"{folder} is not a folder")
    try:
        files = sorted(
            p
            for p in folder.iterdir()
            if p.is_file()
            and not p.name.startswith((".", "~$"))
            and (p.suffix.lower() == ".xlsx" or p.name.lower().endswith(".json"))
        )
    except OSError as exc:
        raise SvmiError(f"{folder} cannot be read ({exc.strerror or exc})") from None
    if len(files) > MAX_FILES:
        raise SvmiError(
            f"{folder} holds {len(files):,} files; a consortium may have {MAX_FILES:,} at most"
        )
    return files


def read_submission(path: Path, resolve_index: IndexResolver) -> Submission:
    """One file as a submission (raises a one-sentence SvmiError if it cannot be read)."""
    from ..formats.history_keys import lineage_of_file

    assessment = import_file(path, resolve_index).assessment
    index = resolve_index(assessment.index_id)
    ev = evaluate(index, assessment.answers)
    lineage = lineage_of_file(path)
    name = assessment.organisation.name
    return Submission(
        source=path.name,
        name=name,
        body_key=lineage.org_key if lineage is not None else fold_name(name),
        index_id=assessment.index_id,
        index_version=assessment.index_version,
        date=assessment.workshop.date,
        codes=tuple(r.theme.code for r in ev.themes),
        labels=tuple(f"{r.theme.code} {r.theme.short}" for r in ev.themes),
        present=tuple(int(r.present.level) for r in ev.themes),
        future=tuple(int(r.future.level) for r in ev.themes),
        provisional=ev.present.incomplete or ev.future.incomplete,
    )


def default_workers() -> int:
    """Processes to read with: one per core, at most two (reading is CPU-bound Python)."""
    return max(1, min(2, os.cpu_count() or 1))


def read_folder(
    folder: Path,
    resolve_index: IndexResolver,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    workers: int = 1,
    indexes_dir: Path | None = None,
) -> tuple[list[Submission], list[Refused]]:
    """Every submission in the folder, and the files refused with their reasons.

    With ``workers`` > 1 and enough files, batches are read in that many processes, each with
    its own index library (the bundled indexes and ``indexes_dir``); the result is the same, in
    the same order. If processes cannot be started here, the folder is read in this one.
    """
    files = submission_files(Path(folder))
    if workers > 1 and len(files) >= 2 * BATCH:
        from .consortium_pool import read_in_processes

        read = read_in_processes(files, workers, indexes_dir, progress, cancelled)
        if read is not None:
            return read
    subs: list[Submission] = []
    refused: list[Refused] = []
    for n, path in enumerate(files, 1):
        if cancelled is not None and cancelled():
            raise Cancelled("Reading the folder was cancelled; nothing was changed.")
        try:
            subs.append(read_submission(path, resolve_index))
        except SvmiError as error:
            refused.append(Refused(path.name, str(error)))
        if progress is not None:
            progress(n, len(files))
    return subs, refused


#: Files per batch handed to a reading process: progress and Cancel act between batches.
BATCH = 20


def read_batch(paths: list[Path], indexes_dir: Path | None) -> list[Submission | Refused]:
    """Read a batch of files with a fresh index library (what a reading process runs)."""
    from ..catalog import IndexLibrary

    resolve = IndexLibrary(indexes_dir).get
    out: list[Submission | Refused] = []
    for path in paths:
        try:
            out.append(read_submission(path, resolve))
        except SvmiError as error:
            out.append(Refused(path.name, str(error)))
    return out
