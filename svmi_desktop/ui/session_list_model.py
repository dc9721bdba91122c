"""The start screen's list of sessions as Qt model/view: a table model of the session summaries
and a sort/filter proxy for the search box and the "Sort by" choice (issue 10)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from .i18n import QT_TRANSLATE_NOOP

# Roles as Qt's numbers, not ``Qt.ItemDataRole``: the start screen is built without creating
# the Qt namespace's enums (some 20-30 ms; see ui/widgets.py).
DISPLAY_ROLE = 0
ACCESSIBLE_TEXT_ROLE = 11
ID_ROLE = 0x0100 + 1  # Qt.ItemDataRole.UserRole + 1: the session id of a row
HORIZONTAL = 1  # Qt.Orientation.Horizontal

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("SessionListModel", "Organisation"),
    QT_TRANSLATE_NOOP("SessionListModel", "Index"),
    QT_TRANSLATE_NOOP("SessionListModel", "Workshop date"),
    QT_TRANSLATE_NOOP("SessionListModel", "Progress"),
    QT_TRANSLATE_NOOP("SessionListModel", "Overall: now → future"),
)

#: The "Sort by" choices: name, key of a session summary, newest/largest first.
SORTS: tuple[tuple[str, Callable[[Any], Any], bool], ...] = (
    (QT_TRANSLATE_NOOP("SessionListModel", "Last changed"), lambda s: s.updated, True),
    (
        QT_TRANSLATE_NOOP("SessionListModel", "Organisation"),
        lambda s: s.organisation.casefold(),
        False,
    ),
    (QT_TRANSLATE_NOOP("SessionListModel", "Workshop date"), lambda s: s.date, True),
    (
        QT_TRANSLATE_NOOP("SessionListModel", "Progress"),
        lambda s: (s.answered / s.asked) if s.asked else 0.0,
        True,
    ),
)


def mean_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


class SessionListModel(QAbstractTableModel):
    """One row per session summary (``Store.list_sessions``), read-only."""

    def __init__(self) -> None:
        super().__init__()
        self.sessions: list[Any] = []
        self.titles: dict[str, str] = {}

    def set_sessions(self, sessions: Sequence[Any], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.sessions = list(sessions)
        self.titles = dict(titles)
        self.endResetModel()

    def title(self, session: Any) -> str:
        return str(self.titles.get(session.index_id, session.index_id))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Any, role: int = DISPLAY_ROLE) -> Any:
        if orientation.value == HORIZONTAL and role == DISPLAY_ROLE:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid():
            return None
        s = self.sessions[index.row()]
        if role == ID_ROLE:
            return s.id
        if role not in (DISPLAY_ROLE, ACCESSIBLE_TEXT_ROLE):
            return None
        column = index.column()
        if column == 0:
            return s.organisation
        if column == 1:
            return self.title(s)
        if column == 2:
            return s.date.strftime("%d %b %Y") if hasattr(s.date, "strftime") else str(s.date)
        if column == 3:
            return (
                self.tr("%1 of %2 answered")
                .replace("%1", str(s.answered))
                .replace("%2", str(s.asked))
            )
        return f"{mean_text(s.present_mean)} → {mean_text(s.future_mean)}"


class SessionFilter(QSortFilterProxyModel):
    """Rows whose organisation or index title contain the search text, in the chosen order."""

    def __init__(self, source: SessionListModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self._source = source
        self._needle = ""
        self._sort = 0

    def set_search(self, text: str) -> None:
        self.beginFilterChange()  # Qt 6.9+: invalidateFilter() is deprecated
        self._needle = text.strip().casefold()
        self.endFilterChange()

    def set_sort(self, choice: int) -> None:
        self._sort = max(0, min(choice, len(SORTS) - 1))
        self.invalidate()
        self.sort(0)  # ascending by lessThan, which puts "newest/largest first" choices first

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        if not self._needle:
            return True
        s = self._source.sessions[row]
        return self._needle in s.organisation.casefold() or self._needle in (
            self._source.title(s).casefold()
        )

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        _, key, reverse = SORTS[self._sort]
        a, b = self._source.sessions[left.row()], self._source.sessions[right.row()]
        return bool(key(b) < key(a)) if reverse else bool(key(a) < key(b))
