"""An open session: the side list of pages (with each theme's status) and the pages themselves.

Slots stay short: read the widget, call the :class:`WorkshopSession`, show the result.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.scoring import ThemeResult
from ..services.workshop import WorkshopSession
from .i18n import QT_TRANSLATE_NOOP
from .intro_page import IntroPage
from .lazy_pages import LazyPages, Placeholder, tab_after_pages_before
from .page_registry import registered_pages
from .plan_page import PlanPage
from .responsive import ScrollingStack, fit_side_list
from .results_page import ResultsPage
from .session_changes import SessionChanges
from .theme_page import ThemePage

CONFIRM_MS = 6000  # how long the confirmation of a change stays on screen


class PageStack(ScrollingStack):
    """The session's pages. Unlike a plain :class:`QStackedWidget` it reports no height for
    width: else every page switch (a page shown, another hidden) makes the window's layout ask
    the stack for its height at some width, which the stack answers by laying out the wrapped
    text of every page, all ten themes included: two thirds of the time of a switch. Each
    page still lays out its own wrapped text, at the width the stack gives it. Each page
    scrolls inside itself when the window is too small for it (issue 10)."""

    def hasHeightForWidth(self) -> bool:
        return False


STATUS_MARK = {"unanswered": "○", "incomplete": "◐", "complete": "●"}
STATUS_WORD = {
    "unanswered": QT_TRANSLATE_NOOP("SessionView", "not started"),
    "incomplete": QT_TRANSLATE_NOOP("SessionView", "incomplete"),
    "complete": QT_TRANSLATE_NOOP("SessionView", "complete"),
}


class SessionView(QWidget, SessionChanges):
    """Everything shown while a session is open."""

    saved_changed = Signal()
    undo_offered = Signal(str, object)  # what was done, a callable that undoes it
    page_changed = Signal(int)

    def __init__(self, session: WorkshopSession, export_page: QWidget | None = None) -> None:
        super().__init__()
        self.session = session
        #: One undo stack per open session: every change made here can be undone and redone.
        self.undo_stack = QUndoStack(self)
        self.extra_pages: dict[str, QWidget] = {}
        index = session.index
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Workshop pages and theme status"))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        self.nav.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        row.addWidget(self.nav, 0)
        right = QVBoxLayout()
        row.addLayout(right, 1)
        self.stack = PageStack()
        right.addWidget(self.stack, 1)

        self.intro = IntroPage()
        self.intro.show_index(index, session.assessment.organisation.name)
        self.intro.show_horizon(session.assessment.workshop.horizon_years)
        self._add(self.intro, self.tr("Introduction"))
        # Each theme page is made when first shown (lazy_pages): opening builds one, not ten.
        self.theme_pages = LazyPages([t.code for t in index.themes], self._make_theme_page)
        for code in self.theme_pages:
            self._add(Placeholder(code), "")
        self.results = ResultsPage()
        self._add(self.results, self.tr("Results"))
        self.plan = PlanPage()
        self.plan.edit_requested.connect(self._edit_action)
        self.plan.add_requested.connect(self._add_action)
        self.plan.delete_requested.connect(self._delete_action)
        self._add(self.plan, self.tr("Action plan"))
        self.export = export_page
        if export_page is not None:
            self._add(export_page, self.tr("Export"))
        for spec in registered_pages():  # pages added by modules of their own (page_registry)
            extra = spec.factory(self)
            self.extra_pages[spec.key] = extra
            self._add(extra, spec.title())

        bar = QHBoxLayout()
        bar.setContentsMargins(16, 4, 16, 8)
        self.prev_button = QPushButton(self.tr("← &Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous page"))
        self.prev_button.setToolTip(self.tr("Previous page (Ctrl+Page Up)"))
        self.prev_button.clicked.connect(self.previous)
        self.next_button = QPushButton(self.tr("&Next →"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.setToolTip(self.tr("Next page (Ctrl+Page Down)"))
        self.next_button.clicked.connect(self.next)
        bar.addWidget(self.prev_button)
        bar.addStretch(1)
        # A brief confirmation of each change, naming what changed and its new value.
        self.confirmation = QLabel("")
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setAccessibleName(self.tr("Last change"))
        self.confirmation.setWordWrap(True)
        self.confirmation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.setInterval(CONFIRM_MS)
        self._confirm_timer.timeout.connect(lambda: self.confirmation.setText(""))
        bar.addWidget(self.confirmation, 4)
        bar.addStretch(1)
        bar.addWidget(self.next_button)
        right.addLayout(bar)

        self._refresh_levels()
        self._fit_nav()
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.nav.setCurrentRow(0)

    def _make_theme_page(self, code: str) -> ThemePage:
        """Build a theme page, show the session's answers, note and level on it, and put it in
        its placeholder's place in the stack."""
        session = self.session
        page = ThemePage(session.index, session.index.theme(code))
        page.answer_requested.connect(self._answer)
        page.note_changed.connect(self._note)
        page.notes.textChanged.connect(self.saved_changed)  # issue 9: "Saving…" while typing
        page.show_answers(session.assessment.answers)
        page.show_note(session.assessment.notes.get(code, ""))
        page.show_horizon(session.assessment.workshop.horizon_years)
        for result in session.evaluation.themes:
            if result.theme.code == code:
                page.show_result(result)
        position = self.page_index(code)
        placeholder = self.stack.widget(position)
        self.stack.insertWidget(position, page)
        if placeholder is not None:
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        tab_after_pages_before(self.stack, position, page, self.nav)
        return page

    def _add(self, page: QWidget, title: str) -> None:
        self.stack.addWidget(page)
        item = QListWidgetItem(title)
        self.nav.addItem(item)

    def _fit_nav(self) -> None:
        """Make the side list as wide as its longest entry, within reason, at any zoom."""
        fm = self.nav.fontMetrics()
        texts = [self.nav.item(i).text() for i in range(self.nav.count())]
        widest = max((fm.horizontalAdvance(t) for t in texts), default=100)
        wanted = widest + 2 * self.nav.frameWidth() + 4 * fm.averageCharWidth()
        limit = int(self.window().width() * 0.28) if self.window().width() > 400 else wanted
        fit_side_list(self.nav, self.width(), min(wanted, max(limit, 160)))  # collapses when narrow

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_nav()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_nav()

    # -- navigation --------------------------------------------------------------------------

    def page_index(self, name: str) -> int:
        """Stack position of "intro", "results", "plan", "export" or a theme code."""
        named: dict[str, QWidget | None] = {
            "intro": self.intro,
            "results": self.results,
            "plan": self.plan,
            "export": self.export,
        }
        widget = named.get(name) or self.extra_pages.get(name)
        if widget is None and name in self.theme_pages:  # by position: looking does not build it
            return self.stack.indexOf(self.intro) + 1 + list(self.theme_pages).index(name)
        return self.stack.indexOf(widget) if widget is not None else -1

    def go(self, position: int | str) -> None:
        if isinstance(position, str):
            position = self.page_index(position)
        if 0 <= position < self.stack.count():
            self.nav.setCurrentRow(position)

    def next(self) -> None:
        self.go(self.stack.currentIndex() + 1)

    def previous(self) -> None:
        self.go(self.stack.currentIndex() - 1)

    def current_theme_page(self) -> ThemePage | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, ThemePage) else None

    def _nav_changed(self, position: int) -> None:
        old = self.stack.currentWidget()
        if isinstance(old, ThemePage):
            old.flush_note()
        elif old is self.plan:
            self.plan.close_editor()
        if position < 0:
            return
        page = self.stack.widget(position)
        if isinstance(page, Placeholder):
            page = self.theme_pages[page.key]
        if page is self.results:
            self.results.show_horizon(self.session.assessment.workshop.horizon_years)
            self.results.show_evaluation(self.session.evaluation)
        elif page is self.plan:
            self.plan.show_plan(self.session.index, self.session.plan)
        elif page in self.extra_pages.values():
            getattr(page, "show_session", lambda _s: None)(self.session)
        self.stack.setCurrentIndex(position)
        self.prev_button.setEnabled(position > 0)
        self.next_button.setEnabled(position < self.stack.count() - 1)
        self.page_changed.emit(position)

    # -- changes: ui/session_changes.py (SessionChanges), each one an undoable command ------

    # -- display -----------------------------------------------------------------------------

    def _refresh_levels(self, only: str | None = None) -> None:
        for result in self.session.evaluation.themes:
            code = result.theme.code
            if only is not None and code != only:
                continue
            page = self.theme_pages.built(code)
            if page is not None:
                page.show_result(result)
            self._nav_status(result)

    def _nav_status(self, result: ThemeResult) -> None:
        code = result.theme.code
        item = self.nav.item(self.page_index(code))
        status = result.status
        text = f"{STATUS_MARK[status]}  {code}  {result.theme.short}"
        if item.text() != text:
            item.setText(text)
            item.setToolTip(f"{result.theme.title}: {STATUS_WORD[status]}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{code} {result.theme.short}, {STATUS_WORD[status]}",
            )

    def _built_theme_pages(self) -> list[ThemePage]:
        """The theme pages made so far (looking at the others would make them)."""
        pages = (self.theme_pages.built(code) for code in self.theme_pages)
        return [page for page in pages if page is not None]

    def has_uncommitted_text(self) -> bool:
        """Issue 9 case 8: a note typed but not yet committed (the saved indicator must not
        claim it is on disk)."""
        return any(page.has_pending_note() for page in self._built_theme_pages())

    def flush(self) -> None:
        page = self.current_theme_page()
        if page is not None:
            page.flush_note()
        self.plan.close_editor()
