"""What a screen reader gets beyond Qt's defaults: announcements (live regions) and headings.

Qt 6.8+ sends :class:`QAccessibleAnnouncementEvent` to AT-SPI as an ``announcement`` (Orca
speaks it); a name change is also sent so that older readers that follow a label hear it. Page
titles are exposed with the Heading role through an accessibility factory: a label whose
``heading`` property is set (by :func:`mark_heading`) is reported as a heading of that level.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

HEADING_PROPERTY = "heading"


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have a screen reader say ``text`` now (polite: after what it is saying)."""
    if not text or not QAccessible.isActive():
        return
    from PySide6.QtGui import QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def mark_heading(label: QLabel, level: int = 1) -> QLabel:
    """Expose ``label`` to screen readers as a heading (role Heading) of ``level``."""
    label.setProperty(HEADING_PROPERTY, level)
    _install()
    return label


class _Heading(QAccessibleWidget):
    """A label read as a heading: its text (or accessible name) with the Heading role."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        return str(super().text(kind))


_installed = False
_alive: list[QAccessibleInterface] = []  # PySide: keep the Python side of each interface


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QLabel) and obj.property(HEADING_PROPERTY) is not None:
        interface = _Heading(obj)
        _alive.append(interface)
        obj.destroyed.connect(lambda *_: _forget(interface))
        return interface
    return None


def _forget(interface: QAccessibleInterface) -> None:
    if interface in _alive:
        _alive.remove(interface)


def _install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
