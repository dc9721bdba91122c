"""The room's modal dialogs, behind patchable functions (as :mod:`svmi_desktop.ui.dialogs`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoomDialogs", text)


def choose_returned_files(parent: QWidget | None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        _tr("Load returned personal files"),
        str(Path.home()),
        _tr("Assessment files and workbooks (*.svmi.json *.json *.xlsx)"),
    )
    return [Path(n) for n in names]


def ask_personal_files(parent: QWidget | None) -> tuple[int, str] | None:
    """How many blank personal files, and which kind ("json" or "xlsx")."""
    count, ok = QInputDialog.getInt(
        parent, _tr("Personal files"), _tr("How many participants?"), 8, 1, 200
    )
    if not ok:
        return None
    kinds = [_tr("Workbooks (.xlsx)"), _tr("Assessment files (.svmi.json)")]
    kind, ok = QInputDialog.getItem(
        parent, _tr("Personal files"), _tr("Which kind?"), kinds, 0, False
    )
    if not ok:
        return None
    return count, "xlsx" if kind == kinds[0] else "json"


def choose_folder(parent: QWidget | None, caption: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, caption, str(Path.home()))
    return Path(name) if name else None


def choose_pack_path(parent: QWidget | None, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Save the workshop pack"), str(Path.home() / suggested), _tr("PDF (*.pdf)")
    )
    return Path(name) if name else None
