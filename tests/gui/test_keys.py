"""Issue 10: forms and keys that don't bite. Enter never creates a session, the index follows
the organisation type, mnemonics are unique in every window and dialog, Enter activates a
focused button, Space/Y/N on an answer do what the README says (and say so), deleting a
session offers Undo with focus somewhere sensible."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from svmi_desktop.domain.assessment import Answer
from svmi_desktop.ui import dialogs

_MNEMONIC = re.compile(r"&([^&\s])")


def _mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic a visible widget in ``root``'s window answers to."""
    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        for m in _MNEMONIC.finditer(text.replace("&&", "")):
            found.append((m.group(1).casefold(), text))

    window = root.window()
    menu_bar = getattr(window, "menuBar", None)
    if menu_bar is not None and not isinstance(window, QDialog):
        for action in menu_bar().actions():
            add(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        buddied = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or buddied:
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i))
    return found


def _assert_unique(root: QWidget, where: str) -> None:
    seen: dict[str, str] = {}
    for letter, text in _mnemonics(root):
        assert letter not in seen, (
            f"{where}: Alt+{letter.upper()} is both {seen[letter]!r} and {text!r}"
        )
        seen[letter] = text


def test_mnemonics_are_unique_in_every_window_and_dialog(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    _assert_unique(window, "start screen")
    window.show_new()
    _assert_unique(window, "new assessment")
    window.open_demo()
    view = window.session_view
    for position in range(view.stack.count()):
        view.go(position)
        page = view.stack.currentWidget()
        for tabs in page.findChildren(QTabBar):  # each tab of the plan is its own view
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                _assert_unique(window, f"page {view.nav.item(position).text()!r}, tab {i}")
        _assert_unique(window, f"page {view.nav.item(position).text()!r}")

    seen_dialog: list[str] = []

    def check_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            _assert_unique(dialog, dialog.windowTitle())
            seen_dialog.append(dialog.windowTitle())
            dialog.reject()

    QTimer.singleShot(200, check_dialog)
    result = dialogs.ask_custom_action(window, view.session.index.themes, 3)
    assert result is None and seen_dialog == ["Add an action"]


def test_enter_in_organisation_name_never_creates_a_session(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show_new()
    page = window.new_page
    page.organisation.setFocus()
    qtbot.keyClicks(page.organisation, "Thames Valley Police")
    qtbot.keyClick(page.organisation, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is page
    assert window.workshops.sessions() == []
    # Enter on the focused Create button creates it (Enter activates a focused button)
    page.create_button.setFocus()
    qtbot.keyClick(page.create_button, Qt.Key.Key_Return)
    assert len(window.workshops.sessions()) == 1


def test_the_index_follows_the_organisation_type(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show_new()
    page = window.new_page
    page.org_type.setCurrentText("Police")
    assert page.index.currentData() == "public-sector"
    page.org_type.setCurrentText("Business")
    assert page.index.currentData() == "business"
    page.org_type.setCurrentText("Council")
    assert page.index.currentData() == "public-sector"
    page.organisation.setText("Acme Ltd")
    page.org_type.setCurrentText("Business")
    page.facilitator.setText("Social value lead")
    page._create()
    assert window.session_view.session.index.id == "business"
    assert window.session_view.session.assessment.workshop.facilitator == "Social value lead"


def test_enter_activates_a_focused_button_on_any_page(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_demo()
    view = window.session_view
    view.go("A")
    view.next_button.setFocus()
    qtbot.keyClick(view.next_button, Qt.Key.Key_Return)
    assert view.stack.currentWidget() is view.theme_pages["B"]
    view.prev_button.setFocus()
    qtbot.keyClick(view.prev_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert view.stack.currentWidget() is view.theme_pages["A"]


def test_answer_keys_do_what_the_readme_says_and_say_so(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """README: Space cycles the focused answer, Y and N set it (Delete clears it)."""
    window = make_window()
    window.show_new()
    window.new_page.organisation.setText("Keys Council")
    window.new_page.org_type.setCurrentText("Council")
    window.new_page._create()
    view = window.session_view
    view.go("B")
    page = view.current_theme_page()
    cid = page.theme.asked[1].id
    present = page.buttons[(cid, "present")]
    present.setFocus()
    steps = [
        (Qt.Key.Key_Space, Answer(True, True), "Yes"),
        (Qt.Key.Key_Space, Answer(False, None), "No"),
        (Qt.Key.Key_Space, Answer(None, None), "not answered"),
        (Qt.Key.Key_Y, Answer(True, True), "Yes"),
        (Qt.Key.Key_N, Answer(False, None), "No"),
        (Qt.Key.Key_Delete, Answer(None, None), "not answered"),
    ]
    for key, answer, word in steps:
        qtbot.keyClick(present, key)
        assert view.session.answer(cid) == answer, key
        assert view.confirmation.text().startswith(f"{cid} Now: {word}"), (
            key,
            view.confirmation.text(),
        )
    qtbot.keyClick(present, Qt.Key.Key_Y, Qt.KeyboardModifier.ShiftModifier)  # a capital Y
    assert view.session.answer(cid) == Answer(True, True)
    qtbot.keyClick(present, Qt.Key.Key_Delete)
    # keys a button does not know change nothing
    qtbot.keyClick(present, Qt.Key.Key_X)
    assert view.session.answer(cid) == Answer()


def test_compliance_asked_as_a_question_and_not_answered_yet(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.show_new()
    window.new_page.organisation.setText("Fresh Council")
    window.new_page.org_type.setCurrentText("Council")
    window.new_page._create()
    view = window.session_view
    view.go("A")
    page = view.current_theme_page()
    prompt = view.session.index.criterion("A.F1").prompt
    assert prompt and page.buttons[("A.F1", "present")].accessibleDescription() == prompt
    texts = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    statement = view.session.index.criterion("A.F1").statement
    assert any(t.startswith(prompt) and statement in t for t in texts)
    assert page.present_badge.text() == "Not answered yet"
    assert "Non-compliant" not in page.present_badge.text() + page.why_present.text()
    present = page.buttons[("A.F1", "present")]
    present.setFocus()
    qtbot.keyClick(present, Qt.Key.Key_N)
    assert page.present_badge.text().startswith("Non-compliant")
