"""Undo and redo for every change made in a session, on Qt's :class:`QUndoStack`.

Each command holds the value before and the value after, and applies either one through the
:class:`~svmi_desktop.services.workshop.WorkshopSession` service (or :class:`Workshops` for a
deleted session), so that storage stays the truth: undo is one more change, saved like any other.
A change the service refuses (text too long, a rule) makes the command obsolete, so the stack
never holds something that did not happen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

#: Runs a change and says whether it was made (the view's guard explains any failure).
Guard = Callable[[Callable[[], object]], bool]


class Change(QUndoCommand):
    """One change: ``do`` applies the value after, ``undo_`` the value before; ``shown`` redraws
    what changed (with ``True`` after a redo, ``False`` after an undo)."""

    def __init__(
        self,
        text: str,
        guard: Guard,
        do: Callable[[], object],
        undo: Callable[[], object],
        shown: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._guard = guard
        self._do = do
        self._undo = undo
        self._shown = shown
        self._first = True

    def redo(self) -> None:
        made = self._guard(self._do)
        if self._first and not made:
            self.setObsolete(True)  # refused: the stack drops it
        self._first = False
        if self._shown is not None:
            self._shown(True)

    def undo(self) -> None:
        self._guard(self._undo)
        if self._shown is not None:
            self._shown(False)


class EditHistory(QObject):
    """The window's undo: an Edit menu's Undo and Redo (Ctrl+Z, Ctrl+Shift+Z) and the status
    bar's Undo button, all acting on the active stack of a :class:`QUndoGroup`: the open
    session's own stack while it is shown, the start screen's (session deletions) otherwise."""

    def __init__(self, window: QWidget, menu: QMenu, button: QAbstractButton) -> None:
        super().__init__(window)
        self.group = QUndoGroup(self)
        self.start_stack = QUndoStack(self)  # what the start screen did: deleting sessions
        self.group.addStack(self.start_stack)
        self.group.setActiveStack(self.start_stack)
        self.undo_action = self.group.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.group.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            menu.addAction(action)
            window.addAction(action)
        self.button = button
        button.clicked.connect(self.group.undo)
        self.group.canUndoChanged.connect(self._update_button)
        self.group.undoTextChanged.connect(self._update_button)
        self.group.activeStackChanged.connect(self._update_button)
        self._update_button()

    def _update_button(self, *_: object) -> None:
        can = self.group.canUndo()
        if can:
            text = self.tr("Undo: %1").replace("%1", self.group.undoText())
            fit = getattr(self.parent(), "fit_undo_text", None)
            if callable(fit):  # the window elides it so the status bar never widens (issue 10)
                fit(text)
            else:
                self.button.setText(text)
            self.button.setAccessibleName(text)
        self.button.setVisible(can)

    def use(self, stack: QUndoStack | None) -> None:
        """Make ``stack`` (a session's) the one Undo and Redo act on; None: the start screen's."""
        if stack is not None and stack not in self.group.stacks():
            self.group.addStack(stack)
        self.group.setActiveStack(stack or self.start_stack)
