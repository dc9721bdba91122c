"""Pages made the first time they are shown, so that opening a workshop builds one theme page
rather than ten (issue 10: open to first paint within 150 ms).

:class:`LazyPages` is a read-only mapping: looking a page up makes it; iterating, ``in`` and
``len`` only see the keys. :class:`Placeholder` holds a page's place in a stack until then.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

P = TypeVar("P", bound=QWidget)


class Placeholder(QWidget):
    """Stands in a page stack for the page ``key`` until it is first shown."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key


class LazyPages(Mapping[str, P], Generic[P]):
    def __init__(self, keys: list[str], make: Callable[[str], P]) -> None:
        self._keys = list(keys)
        self._make = make
        self._built: dict[str, P] = {}
        #: Called with (key, page) once a page is made, so that other modules can add to
        #: pages they never build themselves (issue 14's carried-over banner).
        self.on_built: list[Callable[[str, P], None]] = []

    def __getitem__(self, key: str) -> P:
        page = self._built.get(key)
        if page is None:
            if key not in self._keys:
                raise KeyError(key)
            page = self._built[key] = self._make(key)
            for hook in self.on_built:
                hook(key, page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __contains__(self, key: object) -> bool:
        return key in self._keys

    def built(self, key: str) -> P | None:
        """The page if it has been made, else None (without making it)."""
        return self._built.get(key)


def focus_members(page: QWidget | None) -> list[QWidget]:
    """The controls of ``page`` that take focus, in their Tab order.

    Usually they follow one another in the window's chain (a page is made in one go, or put in
    order by :func:`tab_after`), so the walk starts from one of them and goes only as far as the
    page: walking the whole window's chain instead cost a page made late 5-10 ms (2,000 widgets
    once all pages are built, and once more for each page not yet built before it)."""
    from PySide6.QtCore import Qt

    if page is None:
        return []
    no_focus = Qt.FocusPolicy.NoFocus
    inside = [w for w in page.findChildren(QWidget) if w.focusPolicy() != no_focus]
    if not inside:
        return []
    wanted = set(inside)
    first = inside[0]
    for _ in range(len(wanted)):
        before = first.previousInFocusChain()
        if before not in wanted:
            break
        first = before
    members = [first]
    widget = first.nextInFocusChain()
    while widget in wanted and len(members) < len(wanted):
        members.append(widget)
        widget = widget.nextInFocusChain()
    return members if len(members) == len(wanted) else _walk_window(page)


def _walk_window(page: QWidget) -> list[QWidget]:
    """:func:`focus_members` the long way, for a page whose controls are spread over the chain."""
    from PySide6.QtCore import Qt

    members: list[QWidget] = []
    # Walk the window's whole chain: once reordered, a page's controls no longer follow the
    # page itself (which takes no focus and so is never moved).
    start = page.window()
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and page.isAncestorOf(widget):
            members.append(widget)  # Qt moves only widgets that take focus
        widget = widget.nextInFocusChain()
    return members


def tab_after(page: QWidget, before: QWidget) -> None:
    """Put a page made late back in reading order for Tab, right after ``before`` (the last
    control of the page before it). A widget joins the Tab chain where it is made, so a page
    made on first show would otherwise come after everything made before it."""
    chain = [before, *focus_members(page)]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def tab_after_pages_before(stack: Any, position: int, page: QWidget, first: QWidget) -> None:
    """Put ``page``, made late at ``position`` of ``stack`` (a ``responsive.ScrollingStack``),
    in Tab order after the last control of the pages before it (``first``, e.g. the side list,
    when none of them has one)."""
    before = first
    for earlier in range(position - 1, -1, -1):
        members = focus_members(stack.widget(earlier))
        if members:
            before = members[-1]
            break
    tab_after(page, before)
