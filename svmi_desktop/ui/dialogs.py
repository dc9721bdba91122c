"""Every modal the app shows, as small module-level functions that tests patch.

No slot calls ``QMessageBox`` or ``exec()`` directly; it calls one of these.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import wording
from ..domain.criteria import Theme
from ..domain.levels import Level


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_storage_error(parent: QWidget | None, error: Exception, kept: bool = True) -> None:
    """A storage problem in plain English: what happened, and what to do."""
    text = str(error)
    if kept:
        text += "\n\n" + QCoreApplication.translate(
            "dialogs",
            "Your change is still shown on screen. SVMI Desktop will try to save it again with "
            "your next change.",
        )
    QMessageBox.warning(
        parent, QCoreApplication.translate("dialogs", "Your change could not be saved"), text
    )


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def confirm_import(parent: QWidget | None, report: str) -> bool:
    """Show what an imported workbook's sheets changed, before anything is stored (issue 12)."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("Dialogs", text)

    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Import these changes?"),
        tr("The workbook was changed outside SVMI Desktop."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(tr("Import it with the changes listed under Details?"))
    box.setDetailedText(report)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_crash(parent: QWidget | None, text: str) -> None:
    QMessageBox.critical(
        parent, QCoreApplication.translate("dialogs", "Something went wrong"), text
    )


def choose_open_file(parent: QWidget | None, caption: str, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(Path.home()), filters)
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, caption: str, start: Path) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, caption, str(start))
    return Path(name) if name else None


class AddActionDialog(QDialog):
    """Ask for a free-text action: theme, text, year and (optionally) the level it helps reach."""

    def __init__(self, parent: QWidget | None, themes: tuple[Theme, ...], horizon: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an action"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.theme = QComboBox()
        for theme in themes:
            self.theme.addItem(f"{theme.code}  {theme.short}", theme.code)
        self.theme.setAccessibleName(self.tr("Theme"))
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Action"))
        self.text.setPlaceholderText(self.tr("What needs doing, in one sentence"))
        self.year = QSpinBox()
        self.year.setRange(1, horizon)
        self.year.setAccessibleName(self.tr("Year"))
        self.target = QComboBox()
        self.target.addItem(self.tr("(no particular level)"), None)
        for level in (Level.FOLLOWER, Level.MATURE, Level.LEADER, Level.INNOVATOR):
            self.target.addItem(wording.plan_column_title(level), int(level))
        self.target.setAccessibleName(self.tr("Level it helps reach"))
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("&Action"), self.text)
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.tr("&Helps reach"), self.target)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Qt ships no Welsh for its standard buttons: they are worded from our catalogue
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.text.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))

    def values(self) -> tuple[str, str, int, Level | None]:
        target = self.target.currentData()
        return (
            str(self.theme.currentData()),
            self.text.text().strip(),
            self.year.value(),
            Level(target) if target is not None else None,
        )


def ask_custom_action(
    parent: QWidget | None, themes: tuple[Theme, ...], horizon: int, theme: str | None = None
) -> tuple[str, str, int, Level | None] | None:
    dialog = AddActionDialog(parent, themes, horizon)
    if theme is not None:
        dialog.theme.setCurrentIndex(max(0, dialog.theme.findData(theme)))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()
