"""Export and import use cases, for the wizard's Export page and the command line (no Qt).

``export_all`` builds the chosen files in memory, then writes each one atomically (temporary
file in the target folder, fsync, rename). Nothing existing is replaced unless
``overwrite=True``; the check covers every target before the first file is written. It is
safe to call from a worker thread: it touches no UI and reports progress through a callback.

openpyxl and reportlab are imported only when an export or an import actually runs.
"""

from __future__ import annotations

import dataclasses  # issue 14
import datetime as _dt
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..domain import wording
from ..domain.assessment import Assessment
from ..domain.criteria import Index
from ..domain.results import Results
from ..errors import SvmiError
from ..fileio import ExistsError, write_atomic
from ..importing import ImportResult, import_file

__all__ = [
    "ALL_FORMATS",
    "EXPORT_LANGUAGES",
    "FORMATS",
    "ExportResult",
    "ImportResult",
    "export_all",
    "export_to_paths",
    "file_names",
    "import_path",
]

#: The languages an export can be written in: English, Welsh, or both with Welsh first (the
#: Welsh Language Standards' rule for bilingual documents).
EXPORT_LANGUAGES: tuple[str, ...] = ("en", "cy", "cy+en")

#: Export kinds, in the order they are built: the email draft attaches the files before it.
FORMATS: tuple[str, ...] = ("xlsx", "pdf", "html", "board", "eml")
ALL_FORMATS = frozenset(FORMATS)


def _label(kind: str) -> str:
    labels = {
        "xlsx": wording.tr("Export", "Writing the workbook"),
        "pdf": wording.tr("Export", "Writing the PDF report"),
        "html": wording.tr("Export", "Writing the accessible report (HTML)"),
        "board": wording.tr("Export", "Writing the board summary"),
        "eml": wording.tr("Export", "Writing the email draft"),
    }
    return labels[kind]


Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ExportResult:
    """What was written, by kind ("xlsx", "pdf", "board", "eml")."""

    written: dict[str, Path] = field(default_factory=dict)
    #: Said before anything was written: fields with characters the PDF cannot print.
    warnings: tuple[str, ...] = ()

    @property
    def paths(self) -> list[Path]:
        return list(self.written.values())

    @property
    def folder(self) -> Path | None:
        return next(iter(self.written.values())).parent if self.written else None


def file_names(assessment: Assessment, formats: Collection[str] = ALL_FORMATS) -> dict[str, str]:
    """The file name each export gets in a folder: "<organisation> – SVMI <date>.xlsx" etc."""
    from ..export.filenames import export_name

    return {
        kind: export_name(assessment.organisation.name, assessment.workshop.date, kind)
        for kind in FORMATS
        if kind in formats
    }


def export_all(
    index: Index,
    assessment: Assessment,
    folder: Path,
    *,
    formats: Collection[str] = ALL_FORMATS,
    overwrite: bool = False,
    email_to: str = "",
    progress: Progress | None = None,
    warn: Callable[[str], None] | None = None,
    since: object = None,  # issue 14: a SinceLastTime adds the "since last time" sections
    results: Results | None = None,
    language: str = "en",
    lineage: object = None,  # issue 14: the session's Lineage, its key kept in the workbook
) -> ExportResult:
    """Write the chosen exports into ``folder`` with names made from the organisation.

    A missing folder is made (here, for the window and the command line alike).
    """
    from ..export.filenames import inside

    folder = Path(folder)
    make_folder(folder)
    names = file_names(assessment, _check_formats(formats))
    targets = {kind: inside(folder, name) for kind, name in names.items()}
    return export_to_paths(
        index,
        assessment,
        targets,
        overwrite=overwrite,
        email_to=email_to,
        progress=progress,
        results=results,
        language=language,
        warn=warn,
        since=since,  # issue 14
        lineage=lineage,
    )


def make_folder(folder: Path) -> None:
    """The one rule for a missing export folder: it is made, with its parents; a folder that
    cannot be made (a file in the way, no permission) is refused in one sentence."""
    if folder.is_dir():
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        raise SvmiError(
            f"the folder {folder} does not exist and cannot be made ({reason}); choose another"
        ) from None


def export_translator(language: str) -> wording.Translator | None:
    """The translator an export in ``language`` ("en", "cy" or "cy+en") runs with."""
    if language not in EXPORT_LANGUAGES:
        raise SvmiError(f"unknown language {language!r}; choose from {', '.join(EXPORT_LANGUAGES)}")
    from ..i18n import translator_for

    return translator_for(language)


def export_to_paths(
    index: Index,
    assessment: Assessment,
    targets: Mapping[str, Path],
    *,
    overwrite: bool = False,
    email_to: str = "",
    progress: Progress | None = None,
    now: _dt.datetime | None = None,
    warn: Callable[[str], None] | None = None,
    since: object = None,  # issue 14
    results: Results | None = None,
    language: str = "en",
    lineage: object = None,  # issue 14
) -> ExportResult:
    """Write each requested kind to its own path (the command line's ``--xlsx X --pdf P``).

    ``results`` are the open session's (the exports never score again); ``language`` is "en",
    "cy" or "cy+en" (bilingual, Welsh first): every label of every file comes from the one
    catalogue the screen uses. The email draft attaches the workbook and report made in the
    same run; if they were not requested, they are made in memory just for the attachment.
    """
    with wording.using(export_translator(language)):
        return _export(
            index,
            assessment,
            targets,
            overwrite,
            email_to,
            progress,
            now,
            results,
            warn,
            since,
            lineage,
        )


def _export(
    index: Index,
    assessment: Assessment,
    targets: Mapping[str, Path],
    overwrite: bool,
    email_to: str,
    progress: Progress | None,
    now: _dt.datetime | None,
    results: Results | None,
    warn: Callable[[str], None] | None = None,
    since: object = None,
    lineage: object = None,
) -> ExportResult:
    from ..export.summary import facts as make_facts

    kinds = [k for k in FORMATS if k in _check_formats(targets)]
    if not kinds:
        raise SvmiError(
            "choose at least one export: workbook, PDF report, HTML report, board summary or email"
        )
    paths = {k: Path(targets[k]) for k in kinds}
    if not overwrite:
        for path in paths.values():
            if path.exists():
                raise ExistsError(
                    f"{path.name} already exists in {path.resolve().parent}; choose another name or "
                    "allow replacing it"
                )
    for path in paths.values():
        make_folder(path.parent)
    total = len(kinds) + 1
    step = 0

    def report(what: str) -> None:
        nonlocal step
        step += 1
        if progress is not None:
            progress(what, step, total)

    report(wording.tr("Export", "Checking the results"))
    facts = make_facts(index, assessment, results)
    if since is not None:  # issue 14
        facts = dataclasses.replace(facts, since=since)  # type: ignore[arg-type]
    if lineage is not None:  # issue 14: the organisation key goes into the workbook's data
        facts = dataclasses.replace(facts, lineage=lineage)  # type: ignore[arg-type]
    warnings: tuple[str, ...] = ()
    if {"pdf", "board", "eml"} & set(kinds):  # before anything is written (issue 13)
        from ..export.report import printing_problems

        warnings = tuple(printing_problems(facts))
        for message in warnings:
            if warn is not None:
                warn(message)
    built: dict[str, bytes] = {}
    written: dict[str, Path] = {}
    for kind in kinds:
        report(_label(kind))
        data = _build(kind, facts, built, paths, assessment, email_to, now)
        built[kind] = data
        written[kind] = write_atomic(paths[kind], data, overwrite=overwrite)
    return ExportResult(written, warnings)


def _build(
    kind: str,
    facts: object,
    built: dict[str, bytes],
    paths: Mapping[str, Path],
    assessment: Assessment,
    email_to: str,
    now: _dt.datetime | None,
) -> bytes:
    from ..export.summary import Facts

    assert isinstance(facts, Facts)
    if kind == "xlsx":
        from ..export.workbook import workbook_bytes

        return workbook_bytes(facts)
    if kind == "html":
        from ..export.html_report import report_html

        return report_html(facts)
    if kind in ("pdf", "board"):
        from ..export.report import report_pdf

        return report_pdf(facts, board=kind == "board")
    from ..export.email_draft import email_bytes

    default_names = file_names(assessment)
    attachments = []
    for part in ("xlsx", "pdf", "html", "board"):
        if part in ("html", "board") and part not in built:
            continue  # the HTML report and board summary are attached only when made
        if part not in built:
            built[part] = _build(part, facts, built, paths, assessment, email_to, now)
        name = paths[part].name if part in paths else default_names[part]
        attachments.append((name, built[part]))
    return email_bytes(facts, attachments, to=email_to, now=now)


def _check_formats(formats: Collection[str]) -> set[str]:
    chosen = set(formats)
    unknown = sorted(chosen - ALL_FORMATS)
    if unknown:
        raise SvmiError(f"unknown export {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    return chosen


def import_path(path: Path, library: Callable[[str], Index]) -> ImportResult:
    """Read a workbook or assessment file; returns ``ImportResult(assessment, differences)``.

    ``library`` is an :class:`~svmi_desktop.catalog.IndexLibrary` (or any id → Index
    resolver). Nothing is stored: saving the result is the caller's job.
    """
    return import_file(Path(path), library)
