"""The session's extra pages, each a module of its own plus one line in :data:`PAGE_MODULES`;
and the session's additions (not pages), each a module plus one line in :data:`ADDITION_MODULES`.

Pages. A page module calls :func:`register_page` when imported; :class:`SessionView` puts every
registered page, in ``order``, after the built-in ones (introduction, themes, results, plan,
export) in the side list. A page is built the first time it is shown (as the theme pages are:
opening a workshop builds none of them); until then a :class:`PendingPage` holds its place, and
``view.extra_pages[key]`` is the page itself once built. A page is a ``QWidget``; if it has a
``show_session(session)`` method the view calls it whenever the page is shown or the workshop
details change. It talks back through signals its factory connects (e.g. to
``view.change_details``), never to storage.

Feeds. A page whose data come from beyond the open session (issue 14's Compare and History read
the organisation's other sessions) registers a ``feed(view, page)``: called each time the page
is shown, it asks a service for the data and gives them to the page's ``show_*`` methods, so the
page itself never reads the store. Services are lent to a view by an addition (:func:`lend`) and
read by the feed (:func:`lent`); without one (a view with no window) the feed says so.

Additions. Things every open session gets that are not pages (issue 14's carried-over marks and
"since last time" box, issue 15's room dock and presenter) call :func:`register_addition`; the
main window calls :func:`attach_additions` once per session shown, its one line for all of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ..services.workshop import WorkshopSession
    from .session_view import SessionView

#: One line per page module.
PAGE_MODULES: tuple[str, ...] = (
    "svmi_desktop.ui.details_page",
    "svmi_desktop.ui.compare_page",  # issue 14
    "svmi_desktop.ui.trend_page",  # issue 14
)

#: One line per addition module (each attached in its ``order``).
ADDITION_MODULES: tuple[str, ...] = (
    "svmi_desktop.ui.history_hooks",  # issue 14: carried-over marks, "since last time"
    "svmi_desktop.ui.presenter",  # issue 15: the room dock and the audience view
)


@dataclass(frozen=True)
class PageSpec:
    key: str  # the name ``SessionView.go`` takes, e.g. "details"
    title: Callable[[], str]  # the side list's entry, translated when the session opens
    factory: Callable[[SessionView], QWidget]
    order: int
    feed: Callable[[SessionView, Any], None] | None = None  # data from services, on each show


@dataclass(frozen=True)
class AdditionSpec:
    key: str
    attach: Callable[[SessionView, Any], object]  # (view, main window) -> what it attached
    order: int


_pages: dict[str, PageSpec] = {}
_additions: dict[str, AdditionSpec] = {}


def register_page(
    key: str,
    title: Callable[[], str],
    factory: Callable[[SessionView], QWidget],
    order: int = 100,
    feed: Callable[[SessionView, Any], None] | None = None,
) -> None:
    """Add (or replace) the page ``key``; pages are shown by ``order``, then key."""
    _pages[key] = PageSpec(key, title, factory, order, feed)


def registered_specs() -> list[PageSpec]:
    """Every registered page as registered, its module imported first, in the order shown."""
    for module in PAGE_MODULES:
        importlib.import_module(module)
    return sorted(_pages.values(), key=lambda spec: (spec.order, spec.key))


def registered_pages() -> list[PageSpec]:
    """What :class:`SessionView` builds: each page's factory makes a :class:`PendingPage`,
    which builds the page itself when it is first shown."""
    return [
        replace(spec, factory=lambda view, spec=spec: PendingPage(view, spec))  # type: ignore[misc]
        for spec in registered_specs()
    ]


class PendingPage(QWidget):
    """Holds a registered page's place in the session's stack until it is first shown.

    The view calls ``show_session`` on the page at the row the side list has just moved to,
    before showing it: then the page is built, put in this place (stack, ``extra_pages``, Tab
    order after the pages before it), and given the session. When the workshop details change
    the view calls ``show_session`` on every page: one not on screen stays unbuilt."""

    def __init__(self, view: SessionView, spec: PageSpec) -> None:
        super().__init__()
        self.view, self.spec, self.key = view, spec, spec.key
        self.page: QWidget | None = None

    def show_session(self, session: WorkshopSession) -> None:
        view = self.view
        position = view.stack.indexOf(self)
        if position < 0 or view.nav.currentRow() != position:
            return  # not being shown: built when it is
        self.build(position)
        show = getattr(self.page, "show_session", None)
        if show is not None:
            show(session)

    def build(self, position: int) -> QWidget:
        from .lazy_pages import tab_after_pages_before

        view, spec = self.view, self.spec
        page = spec.factory(view)
        self.page = page
        view.stack.insertWidget(position, page)
        view.stack.removeWidget(self)
        view.extra_pages[spec.key] = page
        self.deleteLater()
        tab_after_pages_before(view.stack, position, page, view.nav)
        if spec.feed is not None:
            feed = spec.feed

            def shown(at: int) -> None:
                if view.stack.widget(at) is page:
                    feed(view, page)

            view.page_changed.connect(shown)
        return page


def page_of(view: SessionView, key: str) -> QWidget:
    """The registered page ``key`` of ``view``, built (not shown) if it was not yet."""
    page = view.extra_pages[key]
    if isinstance(page, PendingPage):
        return page.build(view.stack.indexOf(page))
    return page


# -- services lent to the feeds ----------------------------------------------------------------


def lend(view: SessionView, name: str, service: object) -> None:
    """Give the feeds of ``view``'s pages a service (e.g. issue 14's ``History``)."""
    view.__dict__.setdefault("_lent", {})[name] = service


def lent(view: SessionView, name: str) -> Any:
    """The service lent to ``view`` under ``name``, or ``None``."""
    return view.__dict__.get("_lent", {}).get(name)


# -- additions ---------------------------------------------------------------------------------


def register_addition(
    key: str, attach: Callable[[SessionView, Any], object], order: int = 100
) -> None:
    """Add (or replace) the addition ``key``: ``attach(view, window)`` for each session shown,
    by ``order`` (history's marks before the room, which follows the pages they mark)."""
    _additions[key] = AdditionSpec(key, attach, order)


def attach_additions(view: SessionView, window: Any) -> dict[str, object]:
    """Attach every registered addition to a session view just shown in ``window`` (the main
    window's one line). What each attached is kept by key: :func:`addition`."""
    for module in ADDITION_MODULES:
        importlib.import_module(module)
    specs = sorted(_additions.values(), key=lambda spec: (spec.order, spec.key))
    attached = {spec.key: spec.attach(view, window) for spec in specs}
    view.__dict__["additions"] = attached
    return attached


def addition(view: SessionView, key: str) -> Any:
    """What the addition ``key`` attached to ``view`` (e.g. ``"history"``, ``"room"``)."""
    return view.__dict__.get("additions", {}).get(key)
