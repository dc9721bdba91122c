"""Importing a workbook or assessment file from the window: read off the UI thread in a
memory-capped child (issue 9), the report of the sheets' changes shown first (issue 12), the
session stored whole and joined to its organisation's history (issue 14).

Texts keep the "MainWindow" translation context they had as ``MainWindow.tr``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ..errors import SvmiError
from .i18n import fmt

if TYPE_CHECKING:
    from .main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _dialogs() -> Any:
    from . import dialogs

    return dialogs


def import_file(window: MainWindow) -> None:
    path = _dialogs().choose_open_file(
        window,
        _tr("Import a workbook or assessment file"),
        _tr("SVMI files (*.xlsx *.svmi.json *.json);;All files (*)"),
    )
    if path is not None:
        window.import_path(path)


def import_path(window: MainWindow, path: Path) -> None:
    from .background import run_in_background

    window.statusBar().showMessage(fmt(_tr("Importing %1…"), path.name))

    def work(progress: Callable[..., None]) -> Any:
        return window.workshops.read_import(path)  # issue 9: in a child with a memory cap

    def done(result: Any) -> None:
        window.statusBar().clearMessage()
        report = getattr(result, "report", "")
        if report and not _dialogs().confirm_import(window, report):
            return  # issue 12: the report comes first; nothing stored
        from ..services.history import adopt_into  # issue 14: the file's organisation key

        if not window._run(
            _tr("The file could not be imported"),
            lambda: adopt_into(window.workshops.add(result.assessment), result.lineage),
        ):
            return  # issue 9: "Imported" only once the session is stored
        window.statusBar().showMessage(fmt(_tr("Imported %1"), path.name), 4000)

    def failed(error: Exception) -> None:
        window.statusBar().clearMessage()
        if isinstance(error, SvmiError):
            _dialogs().show_error(
                window,
                _tr("The file could not be imported"),
                str(error),
            )
        else:
            raise error

    run_in_background(work, done, failed)
