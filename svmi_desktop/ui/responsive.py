"""Layout that fits any room: pages that scroll inside themselves, a side list that collapses,
and the window kept inside the screen it is on.

A page's minimum size is what its layout needs; with wrapped text at 200% on a 1024×768
projector that is more than the screen. Inside a :class:`PageScroll` the page asks for no room
at all: it gets the viewport, and scrolls when it needs more. So the window's own minimum stays
small, the window never grows past the screen, and navigation, save status and Undo (outside the
pages) stay in view.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QListWidget,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from . import font_hold


class PageScroll(QScrollArea):
    """One page of a :class:`ScrollingStack`: the page, resized to the viewport, scrolling when
    it needs more room than there is.

    While hidden, a page is held in the font it was laid out in during a zoom step
    (``font_hold``): only the pages in view re-lay out their text."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's own controls
        self.setWidget(page)
        self.setAccessibleName(page.accessibleName())
        font_hold.holdable(self, watch_show=False)

    @property
    def held(self) -> bool:
        return font_hold.is_held(self)

    def showEvent(self, event: QShowEvent) -> None:
        font_hold.release(self)  # the application's font again, before the page is laid out
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_inner()

    def _fit_inner(self) -> None:
        """A scroll area of the page's own (a theme page's criteria) is never taller than this
        one's viewport: on a short screen at a large text size the page's head scrolls away and
        the criteria area is then wholly in view, rather than taller than the window and
        showing a control only in part."""
        page = self.widget()
        if page is None:
            return
        tallest = max(self.viewport().height(), 120)
        for inner in page.findChildren(QScrollArea):
            if inner.maximumHeight() != tallest:
                inner.setMaximumHeight(tallest)


def _follow_focus(_old: QWidget | None, new: QWidget | None) -> None:
    """Bring a newly focused control wholly into view in every scroll area that holds it, when
    one of them is a :class:`PageScroll`. (A scroll area scrolls to the focused control itself,
    but only to a text box's cursor, and with a page's own scroll area inside a PageScroll the
    outer one moves first, before the inner one has.)"""
    if new is None:
        return
    areas = [a for a in _ancestors(new) if isinstance(a, QScrollArea) and a.widget() is not None]
    if any(isinstance(a, PageScroll) for a in areas):
        QTimer.singleShot(0, lambda: _ensure_visible(new, areas))


def _ancestors(widget: QWidget) -> list[QWidget]:
    chain = []
    parent = widget.parentWidget()
    while parent is not None:
        chain.append(parent)
        parent = parent.parentWidget()
    return chain


def show_whole(area: QScrollArea, widget: QWidget, margin: int = 8) -> None:
    """Scroll ``area`` so that all of ``widget`` shows (its top left if it is the larger)."""
    content = area.widget()
    if content is None or not shiboken6.isValid(widget) or not content.isAncestorOf(widget):
        return
    at = widget.mapTo(content, QPoint(0, 0))
    half_w, half_h = widget.width() // 2, widget.height() // 2
    area.ensureVisible(at.x() + half_w, at.y() + half_h, half_w + margin, half_h + margin)


def _ensure_visible(widget: QWidget, areas: Sequence[QWidget]) -> None:
    for area in areas:  # innermost first
        if shiboken6.isValid(area) and isinstance(area, QScrollArea):
            show_whole(area, widget)


_following = False


def follow_focus() -> None:
    """Install :func:`_follow_focus` once for the application."""
    global _following
    app = QApplication.instance()
    if not _following and isinstance(app, QApplication):
        app.focusChanged.connect(_follow_focus)
        _following = True


class ScrollingStack(QStackedWidget):
    """A stack whose pages each scroll inside a :class:`PageScroll`.

    The stack's own methods take and return the pages themselves (``widget``, ``currentWidget``,
    ``indexOf``, ``setCurrentWidget``), so code that switches pages need not know about the
    scroll areas. ``addWidget(page, scroll=False)`` adds a page as it is (one that keeps its own
    controls in view, such as an open session with its side list and Previous/Next)."""

    def addWidget(self, page: QWidget, scroll: bool = True) -> int:
        follow_focus()
        return super().addWidget(PageScroll(page) if scroll else page)

    def insertWidget(self, position: int, page: QWidget, scroll: bool = True) -> int:
        return super().insertWidget(position, PageScroll(page) if scroll else page)

    def widget(self, position: int) -> QWidget | None:
        held = super().widget(position)
        inner = held.widget() if isinstance(held, PageScroll) else None
        return inner if inner is not None else held

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:
        for position in range(self.count()):
            if self.widget(position) is page:
                return position
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        position = self.indexOf(page)
        if position >= 0:
            self.setCurrentIndex(position)

    def removeWidget(self, page: QWidget) -> None:
        position = self.indexOf(page)
        held = super().widget(position) if position >= 0 else None
        if held is not None:
            super().removeWidget(held)
        if isinstance(held, PageScroll):  # as QStackedWidget does: the page itself lives on
            held.takeWidget()
            held.deleteLater()

    def scroll_area(self, page: QWidget) -> QScrollArea | None:
        """The :class:`PageScroll` that holds ``page`` (None for a page added as it is)."""
        position = self.indexOf(page)
        held = super().widget(position) if position >= 0 else None
        return held if isinstance(held, PageScroll) else None


#: Below this many average characters left for the page, the side list collapses.
PAGE_MIN_CHARS = 52


def fit_side_list(nav: QListWidget, available: int, wanted: int) -> bool:
    """Size the session's side list for ``available`` pixels of width; returns True when it
    collapsed. Full width (``wanted``, wrapping long names) when the page keeps at least
    :data:`PAGE_MIN_CHARS` average characters beside it; else a narrow column of status marks and theme
    codes, the rest of each name elided (each theme's tooltip and accessible name still say it
    all)."""
    fm = nav.fontMetrics()
    collapse = available - wanted < PAGE_MIN_CHARS * fm.averageCharWidth()
    if collapse:
        narrow = (
            fm.horizontalAdvance("●  M  Int…") + 2 * nav.frameWidth() + 2 * fm.averageCharWidth()
        )
        width = min(wanted, narrow)
    else:
        width = wanted
    if nav.wordWrap() == collapse:
        nav.setWordWrap(not collapse)
        nav.setTextElideMode(Qt.TextElideMode.ElideRight)
    if nav.width() != width or nav.minimumWidth() != width:
        nav.setFixedWidth(width)
    nav.setProperty("collapsed", collapse)
    return collapse


def fit_to_screen(
    frame: QRect, available: QRect, margin_w: int, margin_h: int
) -> tuple[int, int, int, int] | None:
    """Where a window goes when its frame (``frame``, decorations included) is not inside
    ``available`` (the screen less its panels): ``(x, y, width, height)`` with x, y the frame's
    new top left (``QWidget.move``) and width, height the client size (``QWidget.resize``);
    None when it already fits. ``margin_w``/``margin_h``: frame size minus client size."""
    if available.contains(frame):
        return None
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    x = min(max(frame.x(), available.x()), available.x() + available.width() - width)
    y = min(max(frame.y(), available.y()), available.y() + available.height() - height)
    return x, y, max(width - margin_w, 1), max(height - margin_h, 1)
