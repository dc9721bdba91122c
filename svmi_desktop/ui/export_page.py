"""The Export page: choose a folder, write the workbook, report, board summary and email draft
off the UI thread, with progress, then open the folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import SvmiError
from ..services.workshop import WorkshopSession
from . import dialogs
from .background import run_in_background
from .i18n import QT_TRANSLATE_NOOP, fmt
from .widgets import label

FORMATS = (
    (
        "xlsx",
        QT_TRANSLATE_NOOP("ExportPage", "&Workbook (.xlsx)"),
        QT_TRANSLATE_NOOP("ExportPage", "The submission workbook in the original SVMI layout"),
    ),
    (
        "pdf",
        QT_TRANSLATE_NOOP("ExportPage", "&Report (.pdf)"),
        QT_TRANSLATE_NOOP("ExportPage", "The full report with radar chart and action plan"),
    ),
    (
        "html",
        QT_TRANSLATE_NOOP("ExportPage", "Accessible report (.htm&l)"),
        QT_TRANSLATE_NOOP("ExportPage", "The same report as one web page, for screen readers"),
    ),
    (
        "board",
        QT_TRANSLATE_NOOP("ExportPage", "&Board summary (.pdf)"),
        QT_TRANSLATE_NOOP("ExportPage", "A one-page summary for the board"),
    ),
    (
        "eml",
        QT_TRANSLATE_NOOP("ExportPage", "Email draf&t (.eml)"),
        QT_TRANSLATE_NOOP("ExportPage", "An unsent email with the workbook and report attached"),
    ),
)


class ExportPage(QWidget):
    def __init__(self, session: WorkshopSession) -> None:
        super().__init__()
        self.session = session
        self.folder = (
            Path.home() / "Documents" if (Path.home() / "Documents").is_dir() else Path.home()
        )
        self.written: list[Path] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.addWidget(label(self.tr("Export"), "h1"))
        outer.addWidget(
            label(
                self.tr(
                    "Nothing leaves this computer unless you export it. Files are written to the folder below; an existing file is never overwritten unless you allow it."
                ),
                "muted",
            )
        )
        row = QHBoxLayout()
        self.folder_edit = QLineEdit(str(self.folder))
        self.folder_edit.setAccessibleName(self.tr("Export folder"))
        folder_label = label(self.tr("Fol&der:"), wrap=False)  # issue 10: Alt+F is File
        folder_label.setBuddy(self.folder_edit)
        row.addWidget(folder_label)
        row.addWidget(self.folder_edit, 1)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the export folder"))
        self.choose_button.clicked.connect(self._choose)
        row.addWidget(self.choose_button)
        outer.addLayout(row)
        self.email_to = QLineEdit()
        self.email_to.setAccessibleName(self.tr("Email draft To address (optional)"))
        self.email_to.setPlaceholderText(self.tr("To address for the email draft (optional)"))
        outer.addWidget(self.email_to)
        self.overwrite = QCheckBox(self.tr("Replace files of the &same name"))
        self.overwrite.setAccessibleName(self.tr("Replace files of the same name"))
        outer.addWidget(self.overwrite, 0, Qt.AlignmentFlag.AlignLeft)  # focus ring hugs the text
        # issue 11: the files' language, whatever the interface's (bilingual: Welsh first)
        self.language = QComboBox()
        for code, name in (
            ("en", self.tr("English")),
            ("cy", self.tr("Cymraeg (Welsh)")),
            ("cy+en", self.tr("Cymraeg and English (bilingual, Welsh first)")),
        ):
            self.language.addItem(name, code)
        self.language.setAccessibleName(self.tr("Language of the files"))
        # never wider than the page (a long item would make the page scroll sideways)
        self.language.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.language.setMinimumContentsLength(16)
        language_label = label(self.tr("Lang&uage of the files:"), wrap=False)
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)
        outer.addLayout(language_row)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, description in FORMATS:
            text, description = self.tr(text), self.tr(description)
            line = QHBoxLayout()
            button = QPushButton(text)
            button.setAccessibleName(fmt(self.tr("Export %1"), text.replace("&", "")))
            button.setAccessibleDescription(description)
            button.clicked.connect(lambda _=False, k=key: self.export({k}))
            self.buttons[key] = button
            line.addWidget(button)
            line.addWidget(label(description, "muted"), 1)
            outer.addLayout(line)
        outer.addWidget(
            label(
                self.tr(
                    "The HTML file is the accessible version of the report: "
                    "send it to anyone who uses a screen reader."
                ),
                "muted",
            )
        )
        self.all_button = QPushButton(self.tr("Export &all"))
        self.all_button.setProperty("primary", "true")
        self.all_button.setAccessibleName(self.tr("Export all the files"))
        self.all_button.clicked.connect(lambda: self.export({k for k, _, _ in FORMATS}))
        outer.addWidget(self.all_button)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setVisible(False)
        outer.addWidget(self.progress)
        self.result = label("")
        outer.addWidget(self.result)
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the export folder"))
        self.open_button.clicked.connect(self._open_folder)
        self.open_button.setVisible(False)
        outer.addWidget(self.open_button)
        outer.addStretch(1)

    def use_preferences(self, prefs: Any) -> None:
        """Start from the remembered export folder and To address, and remember them at each
        export (``ui/preferences.py``)."""
        self.preferences = prefs
        folder = prefs.export_folder()
        if folder is not None:
            self.folder_edit.setText(str(folder))
        self.email_to.setText(prefs.email_to())

    def _choose(self) -> None:
        folder = dialogs.choose_folder(
            self, self.tr("Export to which folder?"), Path(self.folder_edit.text())
        )
        if folder is not None:
            self.folder_edit.setText(str(folder))

    def _busy(self, busy: bool) -> None:
        for button in (*self.buttons.values(), self.all_button, self.choose_button):
            button.setEnabled(not busy)
        self.progress.setVisible(busy)

    def export(self, formats: set[str]) -> None:
        folder = Path(self.folder_edit.text().strip() or ".")
        index, assessment = self.session.index, self.session.assessment
        results = self.session.results  # the exports print the session's results, never rescore
        overwrite, email_to = self.overwrite.isChecked(), self.email_to.text().strip()
        language = str(self.language.currentData() or "en")
        prefs = getattr(self, "preferences", None)
        if prefs is not None:
            prefs.set_export_folder(folder)
            prefs.set_email_to(email_to)
        self._busy(True)
        self.progress.setRange(0, 0)
        self.result.setText(self.tr("Exporting…"))
        from ..services.history import since_last_time_of  # issue 14

        since = since_last_time_of(self.session)  # issue 14
        lineage = getattr(self.session, "lineage", None)

        def work(progress: Any) -> Any:
            from ..services.exports import export_all

            return export_all(
                index,
                assessment,
                folder,
                formats=formats,
                overwrite=overwrite,
                email_to=email_to,
                progress=progress,
                since=since,  # issue 14
                results=results,
                language=language,
                lineage=lineage,  # issue 14: the workbook keeps the organisation key
            )

        run_in_background(work, self._done, self._failed, self._progress)

    def _progress(self, args: tuple[Any, ...]) -> None:
        numbers = [a for a in args if isinstance(a, int)]
        if len(numbers) >= 2 and numbers[1] > 0:
            self.progress.setRange(0, numbers[1])
            self.progress.setValue(numbers[0])
        texts = [a for a in args if isinstance(a, str)]
        if texts:
            self.result.setText(texts[0])

    def _done(self, result: Any) -> None:
        self._busy(False)
        paths = list(_written(result))
        self.written = [Path(p) for p in paths]
        names = ", ".join(p.name for p in self.written) or "nothing"
        self.result.setText(fmt(self.tr("Written to %1: %2"), self.folder_edit.text(), names))
        warnings = list(getattr(result, "warnings", ()))  # unprintable characters (issue 13)
        if warnings:
            self.result.setText("\n".join([self.result.text(), self.tr("Warning:"), *warnings]))
        self.open_button.setVisible(True)
        self.open_button.setFocus()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.result.setText("")
        if isinstance(error, SvmiError | OSError):
            dialogs.show_error(self.window(), self.tr("The export did not finish"), str(error))
        else:
            raise error

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder_edit.text()))


def _written(result: object) -> list[Path]:
    """The files an export wrote (``ExportResult.written`` maps format → path)."""
    written = getattr(result, "written", None) or getattr(result, "paths", None) or []
    if isinstance(written, dict):
        written = list(written.values())
    return [Path(p) for p in written]
