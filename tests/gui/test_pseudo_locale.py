"""Issue 11 must-show: the pseudo-locale walk.

A generated translation wraps every catalogue string in ⟦…⟧ and makes it 40% longer; it is
compiled with lrelease and installed with a real QTranslator before the window is made. Every
page of a session, the start and new pages, the menus and the dialogs are walked; the test fails
on any visible text that did not go through the catalogue (data: the index's text, the
workshop's names and notes, numbers and dates, is allowed) and on any clipped label or button.
"""

from __future__ import annotations

import pytest
from pseudo_locale import OPEN, clipped, data_strings, pseudo_qm, untranslated, visible_texts
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMenu, QWidget

from svmi_desktop.ui import i18n

pytestmark = pytest.mark.gui

#: Shown verbatim whatever the language: product names and file patterns.
ALLOWED = ("SVMI Desktop", "Cymraeg", "English", "(*.xlsx *.svmi.json *.json)", "(*.toml)", "(*)")


@pytest.fixture
def pseudo(qapp, tmp_path):
    translator = QTranslator()
    assert translator.load(str(pseudo_qm(tmp_path)))
    i18n.install("en", extra=[translator])
    yield translator
    i18n.install("en")


def _problems(root: QWidget, where: str, data: list[str]) -> list[str]:
    found = []
    for widget, what, text in visible_texts(root):
        left = untranslated(text, [*ALLOWED, *data])
        if left:
            found.append(
                f"{where}: {type(widget).__name__} {what} {text!r} (not in the catalogue: {left!r})"
            )
        if what in ("label", "button") and widget.isVisible() and clipped(widget):
            found.append(f"{where}: {type(widget).__name__} {text!r} is clipped")
    return found


def _menus(window) -> list[str]:  # type: ignore[no-untyped-def]
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        stack = [menu] if isinstance(menu, QMenu) else []
        while stack:
            m = stack.pop()
            for sub in m.actions():
                if sub.isSeparator():
                    continue
                texts.append(sub.text())
                if isinstance(sub.menu(), QMenu):
                    stack.append(sub.menu())
    return texts


def test_every_page_and_dialog_goes_through_the_catalogue(pseudo, qtbot, make_window, monkeypatch):
    window = make_window()
    window.resize(1280, 800)
    problems: list[str] = []
    from svmi_desktop.catalog import load_index

    start_data = data_strings(load_index("public-sector"), _empty_assessment())
    problems += _problems(window, "start page", start_data)
    for text in _menus(window):
        if untranslated(text, ALLOWED):
            problems.append(f"menu {text!r}")
    window.show_new()
    qtbot.wait(20)
    problems += _problems(window, "new page", start_data)
    window.open_demo()
    view = window.session_view
    assert view is not None
    data = data_strings(view.session.index, view.session.assessment)
    for position in range(view.nav.count()):
        view.go(position)
        qtbot.wait(20)
        problems += _problems(window, f"page {position} ({view.nav.item(position).text()!r})", data)
    # dialogs: the Add-an-action dialog, the About box, and every message through ui.dialogs
    from svmi_desktop.ui import dialogs
    from svmi_desktop.ui.language_menu import about_text

    add = dialogs.AddActionDialog(window, view.session.index.themes, 3)
    add.show()
    qtbot.wait(10)
    problems += _problems(add, "Add-an-action dialog", data)
    add.reject()
    for paragraph in about_text().split("\n\n"):
        if untranslated(paragraph, [*ALLOWED, "0.1.0", "docs/welsh-glossary.md"]):
            problems.append(f"About box {paragraph!r}")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_info", lambda parent, title, text: shown.append((title, text))
    )
    window.show_shortcuts()
    for title, text in shown:
        for part in (title, text):
            if untranslated(part, ALLOWED):
                problems.append(f"message {part!r}")
    assert shown
    assert OPEN in window.windowTitle() or OPEN in view.nav.item(0).text()
    assert not problems, "\n".join(problems[:60]) + f"\n({len(problems)} in all)"


def _empty_assessment():  # type: ignore[no-untyped-def]
    import datetime as dt

    from svmi_desktop.domain.assessment import Assessment, Organisation, Workshop

    return Assessment("public-sector", "x", Organisation("x"), Workshop(dt.date(2026, 1, 1)))
