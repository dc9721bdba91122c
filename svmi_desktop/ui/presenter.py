"""Presenter mode: the laptop keeps the full window, the projector shows the audience view.

:func:`attach_room` is a session addition of the page registry (registered below: the main
window's one ``page_registry.attach_additions`` call reaches it for every session shown). It adds the
room panel (a dock), a Room menu, and a :class:`Presenter` that

- follows the laptop's navigation and answers (the two views always show the same theme);
- puts the audience view full screen on a second screen when there is one, or, with one screen,
  toggles between the window and the audience view (F5; Escape returns);
- handles screens plugged in or removed mid-workshop (``QGuiApplication.screenAdded`` /
  ``screenRemoved``): a new screen takes the audience view; if the projector goes away, the
  audience view leaves it and the laptop window comes back, nothing lost;
- ticks the per-theme timer once a second and records the time spent through the room service.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from ..domain.agenda import check_agenda
from ..domain.audience import overview_frame, theme_frame
from ..errors import SvmiError
from ..services.room import RoomService
from ..services.sessions_store import StorageError
from . import dialogs, font_hold, room_actions
from .audience_view import AudienceView
from .room_panel import RoomPanel
from .widgets import AnswerButton

if TYPE_CHECKING:
    from .session_view import SessionView

TICK_MS = 1000


class Presenter(QObject):
    """One open session's room: the service, the audience view, the panel, the screens."""

    def __init__(
        self, window: QMainWindow, view: SessionView, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(window)
        self.window = window
        self.view = view
        self.room = RoomService(view.session, clock)
        self.audience = AudienceView()
        self.audience.dismissed.connect(self.hide_audience)
        self.panel = RoomPanel(view.session.index)
        self.dock = QDockWidget(self.tr("Room"), window)
        self.dock.setObjectName("roomDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        font_hold.holdable(self.dock)  # hidden, a zoom step passes it by
        font_hold.holdable(self.audience)
        self.criterion: str | None = None
        self.mode = "off"  # "off", "projector" (second screen) or "toggle" (one screen)
        self._closed = False
        self._stale = True
        self._theme_shown: str | None = None
        self._agenda_shown: object = None
        self._connect()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self.dock.visibilityChanged.connect(self._dock_visibility)
        self.panel.show_agenda(
            self.room.room
        )  # the plan's fields hold the stored plan from the start
        self._agenda_shown = (self.room.room.agenda, self.room.room.time_spent)
        self._page_changed()

    # -- wiring ------------------------------------------------------------------------------

    def _connect(self) -> None:
        v, p = self.view, self.panel
        v.page_changed.connect(lambda _: self._page_changed())
        v.saved_changed.connect(self.refresh)
        v.destroyed.connect(self.close)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        app.screenAdded.connect(self.screen_added)
        app.screenRemoved.connect(self.screen_removed)
        p.timer_toggled.connect(self.toggle_timer)
        p.presenter_requested.connect(self.toggle_audience)
        p.agenda_changed.connect(self.set_agenda)
        p.counts_entered.connect(self.enter_counts)
        p.reveal_requested.connect(lambda c, r: self.guard(lambda: self.room.reveal(c, r)))
        p.dissent_changed.connect(lambda c, t: self.guard(lambda: self.room.set_dissent(c, t)))
        p.criterion_chosen.connect(self.choose_criterion)
        p.evidence_changed.connect(lambda c, e: self.guard(lambda: self.room.set_evidence(c, e)))
        p.item_added.connect(self._add_item)
        p.item_removed.connect(lambda n: self.guard(lambda: self.room.remove_item(n)))
        p.load_files_requested.connect(self.load_returned_files)
        p.make_files_requested.connect(self.make_personal_files)
        self.window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.flush()
        return False

    def close(self) -> None:
        """The session is closed (another opened, or the window closing); safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._tick.stop()
        with contextlib.suppress(StorageError, RuntimeError):
            self.room.flush()
        with contextlib.suppress(RuntimeError):  # already deleted with the other windows
            self.audience.hide()
            self.audience.deleteLater()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            for signal, slot in (
                (app.focusChanged, self._focus_changed),
                (app.screenAdded, self.screen_added),
                (app.screenRemoved, self.screen_removed),
            ):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        with contextlib.suppress(RuntimeError):
            self.dock.deleteLater()

    def flush(self) -> None:
        self.guard(self.room.flush)

    # -- following the laptop ----------------------------------------------------------------

    def current_theme(self) -> str | None:
        page = self.view.current_theme_page()
        return page.theme.code if page is not None else None

    def _page_changed(self) -> None:
        theme = self.current_theme()
        self.guard(lambda: self.room.show_theme(theme))
        session = self.view.session
        index_theme = session.index.theme(theme) if theme else None
        if self.criterion is None or not theme or not self.criterion.startswith(theme + "."):
            first = index_theme.asked[0].id if index_theme and index_theme.asked else None
            self.criterion = first
        self._theme_shown = None  # the panel's theme lists are out of date
        self.refresh()

    def _visible(self) -> bool:
        return self.dock.isVisible() or self.audience.isVisible()

    def _dock_visibility(self, visible: bool) -> None:
        if visible and self._stale:
            self.refresh()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if (
            isinstance(new, AnswerButton)
            and self.view.isAncestorOf(new)
            and new.criterion_id != self.criterion
        ):
            self.criterion = new.criterion_id
            self.refresh()

    def choose_criterion(self, criterion_id: str) -> None:
        self.criterion = criterion_id
        self.refresh()

    def refresh(self) -> None:
        """Show the session's state in the audience view and the panel. While neither is on
        screen nothing is drawn (a page switch stays as fast as without the room); the next
        showing catches up."""
        if not self._visible():
            self._stale = True
            return
        self._stale = False
        session = self.view.session
        room = self.room.room
        theme = self.current_theme()
        if self._theme_shown != theme:
            self._theme_shown = theme
            index_theme = session.index.theme(theme) if theme else None
            self.panel.show_theme(index_theme, room, dict(session.assessment.answers))
        if self._agenda_shown != (room.agenda, room.time_spent):
            self._agenda_shown = (room.agenda, room.time_spent)
            self.panel.show_agenda(room)
        if theme is not None:
            frame = theme_frame(
                session.index,
                session.assessment,
                session.evaluation,
                theme,
                self.criterion,
                self.room.timer_reading(theme),
            )
            self.panel.show_completeness(self.room.completeness(theme))
        else:
            frame = overview_frame(session.index, session.assessment, session.evaluation)
            self.panel.show_completeness(None)
        self.audience.show_frame(frame)
        self.panel.show_timer(self.room.timer_reading(theme), self.room.timing)
        self.panel.show_criterion(self.criterion, room)
        self.panel.show_spread(room, dict(session.assessment.answers))
        self.panel.show_items(room)
        self.panel.show_agenda_problems(check_agenda(room.agenda, self.room.theme_codes))

    def _on_tick(self) -> None:
        if self.room.timing:
            self.refresh()

    # -- actions -----------------------------------------------------------------------------

    def guard(self, change: Callable[[], Any]) -> bool:
        try:
            change()
        except StorageError as error:
            dialogs.show_storage_error(self.window, error)
            return False
        except (SvmiError, ValueError, KeyError) as error:
            dialogs.show_error(self.window, self.tr("Not changed"), str(error).strip("'"))
            return False
        return True

    def set_agenda(self, agenda: Any) -> None:
        self.guard(lambda: self.room.set_agenda(agenda))
        self.panel.show_agenda(self.room.room)  # the new suggestions, even with the panel hidden
        self.refresh()

    def toggle_timer(self) -> None:
        self.guard(self.room.toggle_timer)
        self.refresh()

    def enter_counts(self, criterion_id: str, text: str) -> None:
        if self.guard(lambda: self.room.enter_counts(criterion_id, text)):
            self.panel.counts_edit.clear()
        self.refresh()

    def reveal_current(self) -> None:
        if self.criterion is None:
            return
        vote = self.room.vote(self.criterion)
        if vote is not None:
            self.guard(lambda: self.room.reveal(self.criterion or "", not vote.revealed))
        self.refresh()

    def focus_counts(self) -> None:
        self.show_panel()
        self.panel.setCurrentIndex(1)
        self.panel.counts_edit.setFocus()

    def _add_item(self, kind: str, theme: str, text: str) -> None:
        from ..domain.capture import ItemKind

        self.guard(lambda: self.room.add_item(ItemKind(kind), theme, text))
        self.refresh()

    def load_returned_files(self) -> None:
        room_actions.load_returned_files(self)

    def make_personal_files(self) -> None:
        room_actions.make_personal_files(self)

    def save_pack(self) -> None:
        room_actions.save_pack(self)

    # -- screens -----------------------------------------------------------------------------

    def projector_screen(self) -> QScreen | None:
        """A screen other than the laptop window's, or ``None`` with one screen."""
        mine = self.window.screen()
        others = [s for s in QGuiApplication.screens() if s is not mine]
        primary = QGuiApplication.primaryScreen()
        others.sort(key=lambda s: s is primary)  # prefer a screen that is not the primary
        return others[0] if others else None

    def toggle_audience(self) -> None:
        if self.mode == "off":
            self.show_audience()
        else:
            self.hide_audience()

    def show_panel(self) -> None:
        """Show the room panel at a third of the window, so the theme page keeps its room."""
        if not self.dock.isVisible():
            self.dock.show()
            QTimer.singleShot(0, self._fit_dock)

    def _fit_dock(self) -> None:
        if self._stale:
            self.refresh()
        width = max(300, self.window.width() * 3 // 10)
        self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)

    def show_audience(self) -> None:
        self.refresh()
        self.show_panel()
        target = self.projector_screen()
        if target is not None:
            self.mode = "projector"
            self._place(target)
        else:
            self.mode = "toggle"
            self._place(self.window.screen())
        self.audience.raise_()
        if self.mode == "projector":
            self.window.activateWindow()

    def hide_audience(self) -> None:
        self.mode = "off"
        self.audience.hide()
        self.window.raise_()
        self.window.activateWindow()

    def _place(self, screen: QScreen) -> None:
        audience = self.audience
        audience.fit_type(screen.geometry().height())
        if audience.isVisible():
            audience.hide()  # a full-screen window moves screens only when shown again
        audience.setScreen(screen)
        audience.setGeometry(screen.geometry())
        audience.showFullScreen()
        handle = audience.windowHandle()
        if handle is not None:
            handle.setScreen(screen)

    def screen_added(self, screen: QScreen) -> None:
        """A projector plugged in: a single-screen audience view moves onto it."""
        if self.mode == "toggle" and screen is not self.window.screen():
            self.mode = "projector"
            self._place(screen)
            self.window.raise_()
            self.window.activateWindow()
            self.window.statusBar().showMessage(
                self.tr("A second screen was connected: the audience view is on it."), 8000
            )

    def screen_removed(self, screen: QScreen) -> None:
        """The projector went away: take the audience view off it and bring the window back."""
        if self.mode != "projector":
            return
        handle = self.audience.windowHandle()
        on_removed = handle is None or handle.screen() is screen or self.audience.screen() is screen
        remaining = [s for s in QGuiApplication.screens() if s is not screen]
        if not on_removed and len(remaining) >= 2:
            return
        self.mode = "off"
        self.audience.hide()
        if remaining:
            self.audience.setScreen(remaining[0])
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()
        self.window.statusBar().showMessage(
            self.tr("The second screen was disconnected; press F5 to show the audience view here."),
            10000,
        )


# -- the hook ---------------------------------------------------------------------------------


def attach_room(window: QMainWindow, view: SessionView) -> Presenter:
    """Give the window's newly shown session its room (the main window's one line)."""
    old = getattr(window, "_room_presenter", None)
    if isinstance(old, Presenter):
        old.close()
    presenter = Presenter(window, view)
    window._room_presenter = presenter  # type: ignore[attr-defined]
    if getattr(window, "_room_menu", None) is None:
        window._room_menu = room_actions.room_menu(window)  # type: ignore[attr-defined]
    return presenter


def _attach(view: SessionView, window: QMainWindow) -> Presenter:
    return attach_room(window, view)


def _register() -> None:
    from .page_registry import register_addition

    register_addition("room", _attach, order=20)


_register()
