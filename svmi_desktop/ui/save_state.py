"""What the window says about saving (issue 9): never more than is on disk.

Kept apart from :mod:`.main_window`, which calls these two functions: the saved indicator says
"Saving…" while a note is typed but not yet committed, and a store opened read-only says so (and
why) in the status bar for as long as the window is open.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

SAVED = "All changes saved"
NOT_SAVED = "NOT SAVED: see the message"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveState", text)


def not_saved_text() -> str:
    """The indicator's words when a change is not on disk (announced assertively)."""
    return _tr(NOT_SAVED)


def state(store: Any, view: Any | None) -> str:
    """The save indicator's text for ``view`` (a session view, or ``None`` off a session)."""
    if getattr(store, "read_only", False):
        return _tr("Read-only: changes cannot be saved here")
    if view is None:
        return _tr(SAVED)
    if not view.session.saved:
        return _tr(NOT_SAVED)
    pending = getattr(view, "has_uncommitted_text", None)
    if callable(pending) and pending():
        return _tr("Saving…")
    return _tr(SAVED)


def add_read_only_notice(window: QMainWindow, store: Any) -> QLabel | None:
    """A permanent status-bar notice when ``store`` is read-only, saying why; else ``None``."""
    if not getattr(store, "read_only", False):
        return None
    reason = getattr(store, "read_only_reason", None) or _tr(
        "These sessions were opened read-only: you can look at them, but changes cannot be saved."
    )
    notice = QLabel(reason)
    notice.setObjectName("readOnlyNotice")
    notice.setAccessibleName(_tr("Read-only"))
    notice.setWordWrap(True)
    window.statusBar().addWidget(notice, 1)
    return notice
