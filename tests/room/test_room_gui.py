"""The room panel in the real window (offscreen): votes in a couple of keystrokes, reveal,
capture and the agenda, all stored; the audience view follows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from svmi_desktop.domain.capture import ItemKind
from svmi_desktop.domain.votes import Tally
from svmi_desktop.ui import page_registry


def _open(make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_demo()
    return window, page_registry.addition(window.session_view, "room")


def test_counts_typed_then_revealed_with_the_keyboard(make_window, qtbot):
    window, presenter = _open(make_window)
    window.session_view.go("A")
    qtbot.keyClick(
        window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    edit = presenter.panel.counts_edit
    assert edit.hasFocus()
    qtbot.keyClicks(edit, "6 2 1")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    criterion = presenter.criterion
    assert criterion == "A.F1"
    store = window.workshops.store
    session_id = window.session_view.session.session_id
    vote = store.load(session_id).room.vote(criterion)
    assert vote.tally == Tally(6, 2, 1) and not vote.revealed
    row = next(r for r in presenter.audience.frame.rows if r.criterion_id == criterion)
    assert row.votes == "Votes counted, not yet shown"
    assert "Hidden from the projector" in presenter.panel.vote_state.text()
    qtbot.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert store.load(session_id).room.vote(criterion).revealed
    row = next(r for r in presenter.audience.frame.rows if r.criterion_id == criterion)
    assert row.votes == "6 yes · 2 no · 1 not sure"


def test_audience_follows_focus_to_the_criterion_discussed(make_window, qtbot):
    window, presenter = _open(make_window)
    presenter.show_panel()
    window.session_view.go("B")
    page = window.session_view.current_theme_page()
    button = page.buttons[("B.L1", "present")]
    button.setFocus()
    qtbot.waitUntil(lambda: presenter.criterion == "B.L1")
    assert [r.criterion_id for r in presenter.audience.frame.rows if r.current] == ["B.L1"]


def test_capture_from_the_panel_is_stored(make_window, qtbot):
    window, presenter = _open(make_window)
    window.session_view.go("A")
    panel = presenter.panel
    presenter.show_panel()
    panel.setCurrentIndex(3)
    panel.evidence_what.setText("Procurement strategy 2025")
    panel.evidence_owner.setText("Head of procurement")
    panel.evidence_what.editingFinished.emit()
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(ItemKind.PARKING.value))
    qtbot.keyClicks(panel.item_edit, "Ask legal about s24")
    qtbot.keyClick(panel.item_edit, Qt.Key.Key_Return)
    room = window.workshops.store.load(window.session_view.session.session_id).room
    assert room.evidence["A.F1"].what == "Procurement strategy 2025"
    assert [(i.kind, i.theme, i.text) for i in room.items] == [
        (ItemKind.PARKING, "A", "Ask legal about s24")
    ]
    assert panel.items_list.count() == 1
    assert "of" in panel.completeness_label.text()  # "1 of N met criteria evidenced"


def test_agenda_edits_are_stored_and_suggestions_follow(make_window, qtbot):
    window, presenter = _open(make_window)
    panel = presenter.panel
    panel.total_spin.setValue(240)
    room = window.workshops.store.load(window.session_view.session.session_id).room
    assert room.agenda.total_minutes == 240
    assert panel.agenda_table.text(0, 1) == "20 *"  # (240 - 35) // 10
    panel.agenda_table.set_text(2, 1, "30")  # theme C gets its own time
    room = window.workshops.store.load(window.session_view.session.session_id).room
    assert room.agenda.theme_minutes == {"C": 30}


def test_nothing_is_drawn_while_the_room_is_hidden(make_window):
    window, presenter = _open(make_window)
    window.session_view.go("D")
    assert presenter.audience.frame is None or presenter.audience.frame.theme != "D"
    presenter.show_panel()  # showing catches up at once
    assert presenter.audience.frame.theme == "D"
    first = window.session_view.session.index.theme("D").asked[0].id
    assert presenter.panel.criterion_combo.itemData(0) == first == presenter.criterion


def test_pack_saved_from_the_room_menu(make_window, qtbot, tmp_path, monkeypatch):
    from svmi_desktop.ui import room_dialogs

    window, _presenter = _open(make_window)
    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(room_dialogs, "choose_pack_path", lambda *_: target)
    action = next(
        a
        for a in window.findChildren(type(window.menuBar().actions()[0]))
        if a.text().startswith("Save the workshop &pack")
    )
    action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    html = target.with_suffix(".html").read_text()
    assert "Northshire" in html  # the session's organisation on the cover


def test_returned_files_from_the_room_menu(make_window, tmp_path, monkeypatch):
    from svmi_desktop.services.room_files import write_blank_files
    from svmi_desktop.ui import dialogs, room_dialogs

    window, presenter = _open(make_window)
    session = window.session_view.session
    files = write_blank_files(session.index, session.assessment, tmp_path, 2)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(room_dialogs, "choose_returned_files", lambda *_: [*files, files[0]])
    monkeypatch.setattr(dialogs, "show_error", lambda _w, title, text: shown.append((title, text)))
    presenter.load_returned_files()
    assert shown and "same person" in shown[0][1] and "2 files counted" in shown[0][1]
    assert len(session.assessment.room.returned) == 2
    assert "2 personal files counted" in presenter.panel.returned_label.text()
