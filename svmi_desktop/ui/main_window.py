"""The main window: a thin shell of menus, shortcuts and a stack (start, new, open session)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QWidget

from ..errors import SvmiError
from ..services.sessions_store import StorageError
from ..services.workshop import NewSession, Workshops, WorkshopSession
from . import save_state, window_place
from .i18n import fmt
from .index_titles import index_titles
from .responsive import ScrollingStack
from .start_page import StartPage
from .style import Appearance

# Only the start screen is needed for the first paint: the other pages, and the dialogs, are
# imported and built when first used (see ``new_page``, ``show_session`` and ``_dialogs``).
if TYPE_CHECKING:
    from .new_page import NewAssessmentPage
    from .preferences import Preferences
    from .session_view import SessionView
    from .undo import EditHistory

log = logging.getLogger(__name__)
BACKUP_EVERY_MS = 5 * 60 * 1000
UNDO_MAX_PX = 320  # the Undo button's widest, at 100% text size


def _dialogs() -> ModuleType:
    """The dialogs module, imported when a dialog is first needed (it is not needed to start)."""
    from . import dialogs

    return dialogs


class MainWindow(QMainWindow):
    #: Made by ``window_menus.build_menus``: the Edit menu's undo group and View's contrast item.
    history: EditHistory
    contrast_action: QAction

    def __init__(self, workshops: Workshops, appearance: Appearance) -> None:
        super().__init__()
        self.workshops = workshops
        self.appearance = appearance
        self.session_view: SessionView | None = None
        self.preferences: Preferences | None = None  # set by preferences.remember
        self.resize(1280, 800)
        self.stack = ScrollingStack()  # the start and new pages scroll inside themselves
        self.setCentralWidget(self.stack)
        self.start = StartPage()
        self.start.new_requested.connect(self.show_new)
        self.start.demo_requested.connect(self.open_demo)
        self.start.import_requested.connect(self.import_file)
        self.start.open_requested.connect(self.open_session)
        self.start.delete_requested.connect(self.delete_session)
        self.stack.addWidget(self.start)
        self._new_page: NewAssessmentPage | None = None

        self.saved_label = QLabel(self.tr("All changes saved"))
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.hide()
        self._undo_text = ""
        self._fit_undo_button()  # the status bar never widens the window
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menus()
        from .widgets import enable_enter_on_buttons  # issue 10: Enter clicks a focused button

        enable_enter_on_buttons(QApplication.instance())
        self.stack.currentChanged.connect(lambda _: self._use_history())
        self._backup_timer = QTimer(self)
        self._backup_timer.timeout.connect(self._maybe_backup)
        self._backup_timer.start(BACKUP_EVERY_MS)
        self.read_only_notice = save_state.add_read_only_notice(self, workshops.store)  # issue 9
        self.show_start()

    @property
    def new_page(self) -> NewAssessmentPage:
        """The New assessment page, built the first time it is needed."""
        if self._new_page is None:
            from .new_page import NewAssessmentPage

            page = NewAssessmentPage()
            page.create_requested.connect(self.create_session)
            page.cancel_requested.connect(self.show_start)
            page.add_index_requested.connect(self.add_index)
            self.stack.addWidget(page)
            self._new_page = page
        return self._new_page

    # -- menus and shortcuts -----------------------------------------------------------------

    def _action(self, menu: Any, text: str, slot: Callable[[], Any], *keys: Any) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda *_: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        from .window_menus import build_menus

        build_menus(self)

    #: Set by the application: re-creates the window in the language just chosen.
    rebuild_requested: Callable[[], None] | None = None

    def retranslate(self) -> None:
        """View > Language: every text is made again in the new language (the window is
        rebuilt by the application, the open session reopened); without the hook, the new
        language shows from the next start."""
        if self.rebuild_requested is not None:
            self.rebuild_requested()
        else:
            self.statusBar().showMessage(
                self.tr("The language changes when SVMI Desktop is next started."), 8000
            )

    def _view(self, method: str) -> None:
        if self.session_view is not None and self.stack.currentWidget() is self.session_view:
            getattr(self.session_view, method)()

    def _go(self, name: str) -> None:
        if self.session_view is not None:
            self.stack.setCurrentWidget(self.session_view)
            self.session_view.go(name)

    def _focus_nav(self) -> None:
        if self.session_view is not None:
            self.session_view.nav.setFocus()

    def _add_action(self) -> None:
        if self.session_view is not None:
            self._go("plan")
            self.session_view._add_action()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def zoom(self, step: int) -> None:
        self.set_zoom(self.appearance.zoom + step if step else 100)

    def set_zoom(self, percent: int) -> None:
        self.appearance.set_zoom(percent)
        self._fit_undo_button()
        self.statusBar().showMessage(
            self.tr("Text size %1%").replace("%1", str(self.appearance.zoom)), 2000
        )
        QTimer.singleShot(0, self.keep_on_screen)  # once the layouts have taken the new font
        self.appearance_changed()

    def toggle_contrast(self) -> None:
        self.appearance.set_high_contrast(not self.appearance.high_contrast)
        self.contrast_action.setChecked(self.appearance.high_contrast)
        self.appearance_changed()

    def appearance_changed(self) -> None:
        """Hook: remembered by the preferences (see ``preferences.remember_window``)."""

    # -- window size and place (issue 10; ui/window_place.py) --------------------------------

    def fit_default_size(self) -> None:
        window_place.fit_default_size(self)

    def _fit_undo_button(self) -> None:
        """Undo's button never widens the status bar: a long description is elided (the whole
        of it in the tooltip and the accessible description)."""
        from PySide6.QtCore import Qt

        widest = self.appearance.px(UNDO_MAX_PX)
        self.undo_button.setMaximumWidth(widest)
        text = self._undo_text
        fm = QFontMetrics(QApplication.font())  # the new size at once, before it reaches the button
        room = widest - self.appearance.px(30)
        self.undo_button.setText(
            fm.elidedText(text, Qt.TextElideMode.ElideRight, room) if text else "&Undo"
        )
        self.undo_button.setToolTip(text)
        self.undo_button.setAccessibleDescription(text)

    def fit_undo_text(self, text: str) -> None:
        """Show ``text`` on Undo's button, elided to fit (called by ``undo.EditHistory``)."""
        self._undo_text = text
        self._fit_undo_button()

    def keep_on_screen(self) -> None:
        window_place.keep_on_screen(self)

    def show_shortcuts(self) -> None:
        _dialogs().show_info(
            self,
            self.tr("Keyboard shortcuts"),
            self.tr(
                "Ctrl+Page Down / Alt+Right: next page\nCtrl+Page Up / Alt+Left: previous page\nTab / Shift+Tab: next / previous answer\nSpace: cycle the focused answer (– → Yes → No)\nY / N: Yes / No\nDelete: clear the focused answer\nCtrl+R: results   Ctrl+P: action plan\nCtrl+L: the side list of pages\nF11: full screen\nCtrl+= / Ctrl+- / Ctrl+0: text size\nCtrl+Shift+H: high contrast"
            ),
        )

    # -- pages -------------------------------------------------------------------------------

    def _titles(self, index_ids: Iterable[str] | None = None) -> dict[str, str]:
        """Index titles by id: of every index, or of only ``index_ids``."""
        return index_titles(self.workshops, index_ids)

    def show_start(self) -> None:
        if self.session_view is not None:
            self.session_view.flush()
        sessions = self.workshops.sessions()
        # Only the indexes the listed sessions use (each one read is a whole index file).
        self.start.show_sessions(sessions, self._titles({s.index_id for s in sessions}))
        self.stack.setCurrentWidget(self.start)
        self.start.table.setFocus() if self.start.table.rowCount() else self.start.new_button.setFocus()
        self._update_title()

    def show_new(self) -> None:
        self.new_page.reset(self.workshops.index_ids(), self._titles())
        self.stack.setCurrentWidget(self.new_page)
        self.new_page.organisation.setFocus()
        self._update_title()

    def add_index(self) -> None:
        path = _dialogs().choose_open_file(
            self, self.tr("Add your own index file"), self.tr("Index files (*.toml)")
        )
        if path is None:
            return
        try:
            index = self.workshops.add_index_file(path)
        except SvmiError as error:
            _dialogs().show_error(self, self.tr("This index file cannot be used"), str(error))
            return
        self.new_page.set_indexes(self.workshops.index_ids(), self._titles(), index.id)

    # -- sessions ----------------------------------------------------------------------------

    def _run(self, title: str, action: Callable[[], WorkshopSession | None]) -> bool:
        try:
            session = action()
        except StorageError as error:
            _dialogs().show_storage_error(self, error, kept=False)
            return False
        except SvmiError as error:
            _dialogs().show_error(self, title, str(error))
            return False
        if session is not None:
            self.show_session(session)
        return True

    def create_session(self, new: NewSession) -> None:
        self._run(
            self.tr("The assessment could not be created"), lambda: self.workshops.create(new)
        )

    def open_session(self, session_id: int) -> None:
        self._run(
            self.tr("The session could not be opened"), lambda: self.workshops.open(session_id)
        )

    def open_demo(self) -> None:
        self._run(self.tr("The demo could not be opened"), self.workshops.open_demo)

    def import_file(self) -> None:
        from .window_import import import_file

        import_file(self)

    def import_path(self, path: Path) -> None:
        from .window_import import import_path

        import_path(self, path)

    def show_session(self, session: WorkshopSession) -> None:
        old = self.session_view
        if old is not None:
            old.flush()
        from .export_page import ExportPage
        from .session_view import SessionView

        view = SessionView(session, ExportPage(session))
        view.saved_changed.connect(self._update_title)
        view.undo_offered.connect(self.offer_undo)
        view.page_changed.connect(lambda _: self._update_title())
        self.stack.addWidget(view, scroll=False)  # keeps its side list and Previous/Next in view
        self.stack.setCurrentWidget(view)
        self.session_view = view
        if self.preferences is not None and view.export is not None:
            view.export.use_preferences(self.preferences)  # type: ignore[attr-defined]
        self._use_history()
        from .page_registry import attach_additions

        attach_additions(view, self)  # issue 14's marks, issue 15's room (page_registry)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        view.go(1 if session.answered else 0)
        self._remembered_page(view)
        page = view.current_theme_page()
        button = page.first_button() if page else None
        (button or view.next_button).setFocus()
        self._update_title()

    def delete_session(self, session_id: int) -> None:
        """Delete a session, as a step Undo (the button, Ctrl+Z) brings back."""
        from .undo import Change

        def delete() -> None:
            self.workshops.delete(session_id)
            if self.session_view is not None and self.session_view.session.session_id == session_id:
                self.stack.removeWidget(self.session_view)
                self.session_view.deleteLater()
                self.session_view = None

        def shown(redone: bool) -> None:
            self.show_start()
            self.statusBar().showMessage(
                self.tr("Session deleted. Press Ctrl+Z or Undo to bring it back.")
                if redone
                else self.tr("Session brought back"),
                8000,
            )

        self.history.start_stack.push(
            Change(
                self.tr("delete the session"),
                self._storage_step,
                delete,
                lambda: self.workshops.restore(session_id),
                shown,
            )
        )

    def _use_history(self) -> None:
        """Undo acts on what is shown: the open session's changes, or the start screen's."""
        view = self.session_view
        shown = view is not None and self.stack.currentWidget() is view
        self.history.use(view.undo_stack if shown and view is not None else None)

    def _storage_step(self, step: Callable[[], object]) -> bool:
        try:
            step()
        except StorageError as error:
            _dialogs().show_storage_error(self, error, kept=False)
            return False
        return True

    def offer_undo(self, what: str, undo: object) -> None:
        """(Kept for callers of the old one-step undo: the message only.)"""
        self.statusBar().showMessage(
            fmt(self.tr("%1. Press Ctrl+Z or Undo to bring it back."), what), 8000
        )

    # -- saved state, backups, closing --------------------------------------------------------

    def _update_title(self) -> None:
        view = self.session_view
        on_session = view is not None and self.stack.currentWidget() is view
        if view is not None and on_session:
            state = save_state.state(self.workshops.store, view)  # issue 9
            self.setWindowTitle(
                fmt(
                    self.tr("%1 – SVMI Desktop – %2"),
                    view.session.assessment.organisation.name,
                    state,
                )
            )
            if self.saved_label.text() != state:  # issue 10: the save status is announced
                from .accessibility import announce

                announce(self.saved_label, state, assertive=state == save_state.not_saved_text())
            self.saved_label.setText(state)
        else:
            self.setWindowTitle(self.tr("SVMI Desktop"))
            self.saved_label.setText(save_state.state(self.workshops.store, None))  # issue 9

    def _maybe_backup(self) -> None:
        try:
            self.workshops.maybe_backup()
        except (StorageError, OSError) as error:
            log.warning("automatic backup failed: %s", error)

    # -- preferences (issue 10) -------------------------------------------------------------

    def _remembered_page(self, view: SessionView) -> None:
        """Open a session on its last page, and remember each page it moves to."""
        prefs = self.preferences
        session_id = view.session.session_id
        if prefs is None or session_id is None:
            return
        from .preferences import page_name

        last = prefs.last_page(session_id)
        if last is not None and view.page_index(last) >= 0:
            view.go(last)

        def moved(position: int) -> None:
            name = page_name(view, position)
            if name is not None:
                prefs.set_last_page(session_id, name)

        view.page_changed.connect(moved)

    def _remember_geometry(self) -> None:
        if self.preferences is not None:
            self.preferences.set_geometry(self.saveGeometry())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember_geometry()
        if self.session_view is not None:
            self.session_view.flush()
            if not self.session_view.session.saved:
                try:
                    self.session_view.session.retry_save()
                except StorageError as error:
                    _dialogs().show_storage_error(self, error, kept=False)
        event.accept()

    def current_page(self) -> QWidget | None:
        view = self.session_view
        if view is not None and self.stack.currentWidget() is view:
            return view.stack.currentWidget()
        return self.stack.currentWidget()
