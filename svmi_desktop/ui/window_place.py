"""The main window's size and place: inside the free area of the screen it is on (issue 10).

Functions for :class:`~.main_window.MainWindow` (which calls them from two thin methods), kept
apart so the window's own module stays about menus and pages.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from .responsive import fit_to_screen


def available_area(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (without panels and docks)."""
    handle = window.windowHandle()
    screen = handle.screen() if handle is not None else None
    if screen is None:
        screen = (
            QGuiApplication.screenAt(window.frameGeometry().center())
            or QGuiApplication.primaryScreen()
        )
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)


def fit_default_size(window: QWidget) -> None:
    """The first size: 1280×800, or two thirds of a larger screen, never more than the
    screen's free area; centred in it."""
    area = available_area(window)
    margin_w, margin_h = frame_margins(window)
    width = min(max(1280, area.width() * 2 // 3), area.width() - margin_w)
    height = min(max(800, area.height() * 2 // 3), area.height() - margin_h)
    window.resize(width, height)
    window.move(
        area.x() + (area.width() - width - margin_w) // 2,
        area.y() + (area.height() - height - margin_h) // 2,
    )


def frame_margins(window: QWidget) -> tuple[int, int]:
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame.width() > inner.width():
        return frame.width() - inner.width(), frame.height() - inner.height()
    return 0, 0


def keep_on_screen(window: QWidget) -> None:
    """Pull the window back inside its screen's free area when a zoom step, a restored
    geometry or a screen change left any of it outside (a full-screen or maximised window
    is the window manager's to place)."""
    if window.isFullScreen() or window.isMaximized() or not window.isVisible():
        return
    margin_w, margin_h = frame_margins(window)
    place = fit_to_screen(window.frameGeometry(), available_area(window), margin_w, margin_h)
    if place is not None:
        x, y, width, height = place
        window.resize(width, height)
        window.move(x, y)
