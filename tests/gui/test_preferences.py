"""Preferences survive a restart (zoom, contrast, window size and place, export folder and To
address, each session's last page); a damaged file or value is ignored with a log line; a
remembered place that fits no screen of today is not used."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from svmi_desktop.ui import preferences
from svmi_desktop.ui.application import place_window, remember_preferences
from svmi_desktop.ui.preferences import Preferences


def _restart(window, prefs_path: Path):  # type: ignore[no-untyped-def]
    window.close()  # remembers the geometry
    window.workshops.store.close()
    return Preferences(prefs_path)  # a new process reads the file afresh


def test_preferences_survive_a_restart(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    prefs_path = tmp_path / "config" / "preferences.ini"
    prefs = Preferences(prefs_path)
    window = make_window()
    remember_preferences(window, prefs)
    area = QGuiApplication.primaryScreen().availableGeometry()
    window.resize(area.width() * 2 // 3, area.height() * 3 // 4)  # not the default size
    window.set_zoom(150)
    window.toggle_contrast()
    window.open_demo()
    view = window.session_view
    session_id = view.session.session_id
    view.go("results")
    export = view.export
    folder = tmp_path / "exports"
    export.folder_edit.setText(str(folder))
    export.email_to.setText("clerk@example.org")
    export.export({"xlsx"})
    qtbot.waitUntil(lambda: bool(export.written), timeout=30_000)
    size = window.size()
    assert size.width() == area.width() * 2 // 3

    again = _restart(window, prefs_path)
    assert prefs_path.is_file()
    window.appearance.set_zoom(100)  # what a fresh start would have
    window.appearance.set_high_contrast(False)
    second = make_window()
    remember_preferences(second, again)
    preferences.restore_appearance(second, again)
    place_window(second, again)
    assert second.appearance.zoom == 150
    assert second.appearance.high_contrast and second.contrast_action.isChecked()
    assert second.size() == size
    second.open_session(session_id)
    view = second.session_view
    assert view.stack.currentWidget() is view.results  # its last page, not theme A
    assert view.export.folder_edit.text() == str(folder)
    assert view.export.email_to.text() == "clerk@example.org"


def test_a_damaged_preferences_file_is_ignored_with_a_log_line(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "preferences.ini"
    path.write_text("[appearance\nzoom=150\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        prefs = Preferences(path)
    assert "is damaged" in caplog.text
    assert prefs.zoom() == 100
    assert (
        (tmp_path / "preferences.ini.damaged").read_text(encoding="utf-8").startswith("[appearance")
    )
    prefs.set_zoom(125)
    assert Preferences(path).zoom() == 125  # a fresh, good file


def test_a_value_of_the_wrong_kind_is_ignored_with_a_log_line(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "preferences.ini"
    path.write_text(
        "[appearance]\nzoom=900\ncontrast=high\n[sessions]\n1\\page=../../x\n", encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING):
        prefs = Preferences(path)
        assert prefs.zoom() == 100
    assert "appearance/zoom ignored" in caplog.text
    assert prefs.high_contrast()  # the good value next to it still counts
    assert prefs.last_page(1) is None


def test_a_remembered_place_off_every_screen_is_not_used(
    qtbot, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    prefs = Preferences(tmp_path / "preferences.ini")
    window = make_window()
    remember_preferences(window, prefs)
    window.move(20_000, 20_000)  # a second monitor that is gone today
    window.close()
    window.workshops.store.close()
    second = make_window(tmp_path / "other")
    place_window(second, Preferences(tmp_path / "preferences.ini"))
    qtbot.wait(50)
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.intersects(second.frameGeometry())
    assert area.contains(second.frameGeometry().center())
