"""The main window's menus and shortcuts (File, Edit, Go, View, Help), built once.

Texts keep the "MainWindow" translation context they had as ``MainWindow.tr``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from .style import ZOOM_STEP

if TYPE_CHECKING:
    from .main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    file = bar.addMenu(_tr("&File"))
    window._action(file, _tr("&Start screen"), window.show_start, "Ctrl+Home")
    window._action(file, _tr("&New assessment…"), window.show_new, QKeySequence.StandardKey.New)
    window._action(file, _tr("Open the &demo"), window.open_demo)
    window._action(file, _tr("&Import a file…"), window.import_file, "Ctrl+I")
    from . import history_hooks  # issue 14

    history_hooks.add_menu_items(window, file)  # issue 14
    file.addSeparator()
    window._action(file, _tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
    edit = bar.addMenu(_tr("&Edit"))
    from .undo import EditHistory  # issue 10: undo/redo of every change (ui/undo.py)

    window.history = EditHistory(window, edit, window.undo_button)
    edit.addSeparator()
    window._action(edit, _tr("Workshop &details"), lambda: window._go("details"), "Ctrl+D")
    window._action(edit, _tr("&Add an action…"), window._add_action, "Ctrl+Shift+A")
    go = bar.addMenu(_tr("&Go"))
    window._action(go, _tr("&Next page"), lambda: window._view("next"), "Ctrl+PgDown", "Alt+Right")
    window._action(
        go, _tr("&Previous page"), lambda: window._view("previous"), "Ctrl+PgUp", "Alt+Left"
    )
    window._action(go, _tr("&Introduction"), lambda: window._go("intro"), "Ctrl+1")
    window._action(go, _tr("&Results"), lambda: window._go("results"), "Ctrl+R")
    window._action(go, _tr("Action &plan"), lambda: window._go("plan"), "Ctrl+P")
    window._action(go, _tr("&Export"), lambda: window._go("export"), "Ctrl+E")
    window._action(go, _tr("&Side list"), window._focus_nav, "Ctrl+L")
    view = bar.addMenu(_tr("&View"))
    window._action(view, _tr("&Full screen"), window.toggle_full_screen, "F11")
    window._action(view, _tr("Zoom &in"), lambda: window.zoom(ZOOM_STEP), "Ctrl+=", "Ctrl++")
    window._action(view, _tr("Zoom &out"), lambda: window.zoom(-ZOOM_STEP), "Ctrl+-")
    window._action(view, _tr("&Actual size"), lambda: window.zoom(0), "Ctrl+0")
    window.contrast_action = window._action(
        view, _tr("&High contrast"), window.toggle_contrast, "Ctrl+Shift+H"
    )
    window.contrast_action.setCheckable(True)
    from .language_menu import add_language_menu, show_about

    add_language_menu(view, window.retranslate)
    help_menu = bar.addMenu(_tr("&Help"))
    window._action(help_menu, _tr("&Keyboard shortcuts"), window.show_shortcuts, "F1")
    window._action(help_menu, _tr("&About SVMI Desktop"), lambda: show_about(window))
