"""Where the history features (issue 14) join the window: menu items, the Results box and the
theme pages' carried-over marks.

The window's menus call :func:`add_menu_items`; the marks are a session addition of the page
registry (:func:`attach`, registered below), which also lends the open session's pages the
``History`` that the Compare and History pages' feeds read (those pages are registered pages:
:mod:`.compare_page`, :mod:`.trend_page`, built when first shown).
"""

from __future__ import annotations

import datetime as _dt
import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QWidget

if TYPE_CHECKING:
    from ..services.history import History
    from .history_marks import CarriedBanner
    from .main_window import MainWindow
    from .session_view import SessionView


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def add_menu_items(window: MainWindow, menu: Any) -> None:
    """File menu: start a re-assessment; compare several bodies (a consortium)."""
    window._action(menu, _tr("Start a &re-assessment…"), lambda: reassess(window), "Ctrl+Alt+R")
    window._action(menu, _tr("Compare several &bodies…"), lambda: open_consortium(window))
    window.start.reassess_requested.connect(lambda sid: reassess(window, sid))


def _history(window: MainWindow) -> History:
    from ..services.history import History

    return History(window.workshops)


def reassess(window: MainWindow, session_id: int | None = None) -> None:
    """Ask the date and whether to carry answers over, then open the new session."""
    from ..domain.reassessment import default_date
    from . import history_dialogs

    if session_id is None:
        view = window.session_view
        if view is not None and window.stack.currentWidget() is view:
            session_id = view.session.session_id
        else:
            session_id = window.start.selected_id()
    if session_id is None:
        from . import dialogs

        dialogs.show_info(
            window,
            _tr("Start a re-assessment"),
            _tr("Open or select the session to re-assess first."),
        )
        return
    from ..errors import SvmiError

    history = _history(window)
    try:
        baseline = window.workshops.store.load(session_id)
    except SvmiError as error:  # e.g. the session was deleted meanwhile
        from . import dialogs

        dialogs.show_error(window, _tr("The re-assessment could not be started"), str(error))
        return
    day = baseline.workshop.date
    choice = history_dialogs.ask_reassessment(
        window, baseline.organisation.name, day, default_date(day, _dt.date.today())
    )
    if choice is None:
        return
    date, mode = choice
    window._run(
        _tr("The re-assessment could not be started"),
        lambda: history.reassess(session_id, date, mode),
    )


def open_consortium(window: MainWindow) -> None:
    from .consortium_window import open_consortium_window

    open_consortium_window(window)


class HistoryMarks(QObject):
    """The "since last time" box and the carried-over marks of one open session."""

    def __init__(self, view: SessionView, history: History) -> None:
        super().__init__(view)
        from .history_marks import SinceLastTimeBox

        self.view, self.history = view, history
        self.session = view.session
        self.box = SinceLastTimeBox()
        _insert(view.results, 2, self.box)
        self.banners: dict[str, CarriedBanner] = {}
        self.marks: dict[str, dict[str, Any]] = {code: {} for code in view.theme_pages}
        # Built after the page bar: put the new controls where they read, in the Tab order.
        _tab_before(
            [
                w
                for w in self.box.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            ],
            view.results.table,
        )
        # Theme pages are made when first shown (lazy_pages): each gets its banner then.
        for code in view.theme_pages:
            built = view.theme_pages.built(code)
            if built is not None:
                self._adopt_page(code, built)
        view.theme_pages.on_built.append(self._adopt_page)
        view.page_changed.connect(self._page_changed)
        view.saved_changed.connect(self._marks)
        self._marks()

    def _adopt_page(self, code: str, page: Any) -> None:
        """Give a theme page its "carried over" banner, in reading and Tab order."""
        from .history_marks import CarriedBanner

        banner = CarriedBanner(code)
        banner.confirm_requested.connect(self._confirm)
        _insert(page, 2, banner)
        self.banners[code] = banner
        first = page.first_button()
        if first is not None:
            _tab_before([banner.button], first)
        self._shown: frozenset[str] | None = None  # redraw every built page's marks
        self._marks()

    # -- showing -------------------------------------------------------------------------------

    def _page_changed(self, position: int) -> None:
        if self.view.stack.widget(position) is self.view.results:
            self.box.show_since(self.history.since_last_time(self.session))

    def _marks(self) -> None:
        """Refresh the marks of the themes whose carried answers changed (after every save:
        so it touches only those pages, and none when nothing carried changed)."""
        from .history_marks import mark_carried

        lineage = self.session.lineage
        carried = lineage.carried if lineage else frozenset()
        shown: frozenset[str] | None = getattr(self, "_shown", None)
        themes = (
            set(self.view.theme_pages)
            if shown is None
            else {cid.split(".", 1)[0] for cid in shown ^ carried}
        )
        self._shown = carried
        for code in themes:
            page = self.view.theme_pages.built(code)
            if page is not None and code in self.banners:
                mark_carried(page, carried, self.banners[code], self.marks[code])

    def _confirm(self, theme_code: str) -> None:
        from ..services.history import confirm_all

        ids = frozenset(c.id for c in self.session.index.theme(theme_code).asked)
        self.view._apply(lambda: confirm_all(self.session, ids))


def _tab_before(widgets: list[QWidget], before: QWidget) -> None:
    """Move ``widgets``, in order, into the Tab chain just before ``before``."""
    if not widgets:
        return
    anchor = before.previousInFocusChain()
    while (
        anchor is not None
        and anchor is not before
        and (anchor in widgets or not anchor.focusPolicy() & Qt.FocusPolicy.TabFocus)
    ):
        anchor = anchor.previousInFocusChain()
    if anchor is before:
        anchor = None
    chain = [anchor, *widgets, before] if anchor is not None else [*widgets, before]
    for a, b in itertools.pairwise(chain):
        QWidget.setTabOrder(a, b)


def _insert(page: QWidget, position: int, widget: QWidget) -> None:
    """Put a widget into an existing page's top-level box layout, below its heading."""
    layout = page.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(position, widget)


def attach(view: SessionView, window: MainWindow) -> HistoryMarks:
    """Add the marks to a session view just shown, and lend its pages the ``History``."""
    from .page_registry import lend

    history = _history(window)
    lend(view, "history", history)
    return HistoryMarks(view, history)


def _register() -> None:
    from .page_registry import register_addition

    register_addition("history_marks", attach, order=10)


_register()
