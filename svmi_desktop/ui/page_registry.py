"""The session's extra pages, each a module of its own plus one line in :data:`PAGE_MODULES`.

A page module calls :func:`register_page` when imported; :class:`SessionView` builds every
registered page, in ``order``, after the built-in ones (introduction, themes, results, plan,
export) and puts it in the side list. A page is a ``QWidget``; if it has a
``show_session(session)`` method the view calls it whenever the page is shown or the workshop
details change. It talks back through the view given to its factory (e.g.
``view.change_details``), never to storage.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .session_view import SessionView

#: One line per page module (issues 14 and 15 add Compare/Trend and the presenter pages here).
PAGE_MODULES: tuple[str, ...] = ("svmi_desktop.ui.details_page",)


@dataclass(frozen=True)
class PageSpec:
    key: str  # the name ``SessionView.go`` takes, e.g. "details"
    title: Callable[[], str]  # the side list's entry, translated when the page is built
    factory: Callable[[SessionView], QWidget]
    order: int


_pages: dict[str, PageSpec] = {}


def register_page(
    key: str,
    title: Callable[[], str],
    factory: Callable[[SessionView], QWidget],
    order: int = 100,
) -> None:
    """Add (or replace) the page ``key``; pages are shown by ``order``, then key."""
    _pages[key] = PageSpec(key, title, factory, order)


def registered_pages() -> list[PageSpec]:
    """Every registered page, its module imported first, in the order they are shown."""
    for module in PAGE_MODULES:
        importlib.import_module(module)
    return sorted(_pages.values(), key=lambda spec: (spec.order, spec.key))
