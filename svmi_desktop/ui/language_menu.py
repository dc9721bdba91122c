"""View → Language and Help → About: the interface language, chosen and remembered, and the
About box that says the Welsh translation awaits a translator's review.

Kept out of ``main_window.py`` (one hook line there): the menu lists "System language" and each
catalogue language by its own name; choosing one saves it (``ui.i18n.save_language``), installs
the translators, and asks the window to rebuild its pages so every text is shown again in the
new language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from .. import __version__
from ..i18n import LANGUAGES
from . import i18n


def add_language_menu(view_menu: QMenu, rebuild: Callable[[], None]) -> QMenu:
    """A Language submenu under ``view_menu``; ``rebuild`` re-creates the window's texts."""
    menu = view_menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    group = QActionGroup(menu)
    group.setExclusive(True)
    saved = i18n.saved_language()
    choices = [("", QCoreApplication.translate("LanguageMenu", "&System language"))] + [
        (code, name) for code, name in LANGUAGES.items()
    ]
    for code, name in choices:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)

    def chosen(action: QAction) -> None:
        code = str(action.data() or "")
        i18n.save_language(code)
        i18n.install(code or i18n.system_language())
        rebuild()

    group.triggered.connect(chosen)
    return menu


def about_text() -> str:
    """The About box's text, with the translation's review status when not in English."""
    lines = [
        QCoreApplication.translate("LanguageMenu", "SVMI Desktop %1").replace("%1", __version__),
        QCoreApplication.translate(
            "LanguageMenu",
            "Run a Social Value Maturity Index workshop offline: answers, radar chart, action "
            "plan, workbook and PDF report. Nothing leaves this computer unless you export it.",
        ),
        QCoreApplication.translate("LanguageMenu", "Free software under the MIT licence."),
        QCoreApplication.translate(
            "LanguageMenu",
            "The Welsh translation (Cymraeg) is a draft awaiting review by a Welsh-language "
            "translator; its terms and their sources are in docs/welsh-glossary.md.",
        ),
    ]
    return "\n\n".join(lines)


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("LanguageMenu", "About SVMI Desktop"), about_text()
    )
