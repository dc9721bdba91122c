"""Hidden parts of the window held in their font during a zoom step, so that only what is in view
re-lays out its text.

Qt passes an application font change down the tree of widgets, and a widget whose font is set
explicitly passes it by, with everything inside it. So before each zoom step every *holdable*
part that is hidden (each page of a ``responsive.ScrollingStack``, the room dock) gets the font
it has as an explicit font; when it is next shown it takes the application's font again (one
relayout then, only if the zoom changed meanwhile) and :data:`on_release` runs for it. With the
ten theme pages built, the hidden pages were 40% of the time of a zoom step.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

_holdable: weakref.WeakSet[QWidget] = weakref.WeakSet()
_held: weakref.WeakSet[QWidget] = weakref.WeakSet()

#: Called with each held part as it is shown again, after it has taken the application's font
#: (``style.Appearance`` restyles the widgets with a role inside it).
on_release: list[Callable[[QWidget], None]] = []

_SHOW = QEvent.Type.Show


class _ReleaseOnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _SHOW and isinstance(watched, QWidget):
            release(watched)
        return False


_watcher: _ReleaseOnShow | None = None


def holdable(widget: QWidget, watch_show: bool = True) -> None:
    """Let ``widget`` be held while hidden. ``watch_show=False``: the widget calls
    :func:`release` from its own ``showEvent`` (``responsive.PageScroll`` does)."""
    global _watcher
    _holdable.add(widget)
    if watch_show:
        if _watcher is None:
            _watcher = _ReleaseOnShow()
        widget.installEventFilter(_watcher)


def is_held(widget: QWidget) -> bool:
    return widget in _held


def hold_hidden() -> None:
    """Hold every holdable part that is hidden now in the font it has now."""
    for widget in list(_holdable):
        if shiboken6.isValid(widget) and not widget.isVisible() and widget not in _held:
            font = QFont(widget.font())
            font.setFamily(font.family())  # set explicitly: the attributes the zoom changes
            font.setPointSizeF(font.pointSizeF())
            widget.setFont(font)
            _held.add(widget)


def release(widget: QWidget) -> None:
    """A held part about to be shown takes the application's font again (else nothing)."""
    if widget not in _held:
        return
    _held.discard(widget)
    widget.setFont(QFont())
    for hook in on_release:
        hook(widget)


def held_part(widget: QWidget) -> QWidget | None:
    """The held part that holds ``widget``, if any (only the nearest holdable one counts)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent in _holdable:
            return parent if parent in _held else None
        parent = parent.parentWidget()
    return None
