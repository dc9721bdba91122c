"""Opening a workshop builds only the page it shows; other pages are made on first show, with
the session's answers, notes and levels, in their place in the stack and in Tab order."""

from __future__ import annotations

from svmi_desktop.ui.lazy_pages import focus_members
from svmi_desktop.ui.theme_page import ThemePage


def test_opening_builds_one_theme_page_and_the_rest_on_first_show(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_demo()
    view = window.session_view
    built = view.findChildren(ThemePage)
    assert len(built) == 1 and view.current_theme_page() is built[0]  # theme A, shown
    assert list(view.theme_pages) == [t.code for t in view.session.index.themes]  # no build
    assert len(view.findChildren(ThemePage)) == 1

    view.go("C")
    page = view.current_theme_page()
    assert page is view.theme_pages["C"] and page.theme.code == "C"
    assert len(view.findChildren(ThemePage)) == 2
    assert view.page_index("C") == view.stack.indexOf(page) == 3
    session = view.session
    for criterion in page.theme.asked:
        answer = session.answer(criterion.id)
        assert page.buttons[(criterion.id, "present")].value is answer.present
    result = next(r for r in session.evaluation.themes if r.theme.code == "C")
    assert page.present_badge.level is result.present.level
    assert page.notes.toPlainText() == session.assessment.notes.get("C", "")

    # In Tab order right after the pages before it, not after Previous/Next.
    order = focus_members(view)
    assert order.index(page.first_button()) < order.index(view.prev_button)
    assert order.index(view.theme_pages["A"].first_button()) < order.index(page.first_button())


def test_a_pages_tab_order_is_found_without_walking_the_whole_window(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """focus_members walks only the page when its controls follow one another in the chain (as
    a theme page's do), and gives what the walk of the whole window gives, for every page, the
    theme pages built in any order."""
    from svmi_desktop.ui import lazy_pages

    window = make_window()
    window.open_demo()
    view = window.session_view
    for code in ("J", "C", "F", "B"):  # late and out of order
        view.go(code)
    walks = []
    whole = lazy_pages._walk_window
    lazy_pages._walk_window = lambda page: walks.append(page) or whole(page)  # type: ignore[func-returns-value]
    try:
        for position in range(view.stack.count()):
            page = view.stack.widget(position)
            assert lazy_pages.focus_members(page) == whole(page), position
    finally:
        lazy_pages._walk_window = whole
    # a theme page's controls follow one another: its own walk, never the window's
    assert not [page for page in walks if isinstance(page, ThemePage)]
    tab = focus_members(view.theme_pages["C"])
    assert tab and tab[0].nextInFocusChain() is tab[1]
