"""Remembered preferences: one INI file (``QSettings``) in the config folder, typed getters and
setters, and the hooks that read and write them for the window.

Keys (the INI sections group them; other issues add theirs the same way: a getter, a setter,
a line in ``KEYS``):

=========================  =========================================================
``appearance/zoom``        text size, percent (100–200)
``appearance/contrast``    ``high`` or ``normal``
``window/geometry``        ``QWidget.saveGeometry()``; used only if it fits today's screens
``export/folder``          the last export folder
``export/to``              the last To address of an email draft
``sessions/<id>/page``     each session's last page: ``intro``, a theme code, ``results``…
=========================  =========================================================

A damaged file (one ``QSettings`` cannot parse, or cannot read) is set aside as
``preferences.ini.damaged`` with a log line, and the app starts from the defaults; a single
value of the wrong kind is ignored (logged) and its default used.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from ..domain.text_limits import MAX_TEXT
from .style import MAX_ZOOM, MIN_ZOOM

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .session_view import SessionView

log = logging.getLogger(__name__)
FILE_NAME = "preferences.ini"
KEYS = (
    "appearance/zoom",
    "appearance/contrast",
    "window/geometry",
    "export/folder",
    "export/to",
    "sessions/<id>/page",
)
_PAGE = re.compile(r"intro|results|plan|export|[A-Za-z0-9._-]{1,16}")


class Preferences:
    """Typed access to the settings file; every setter writes through at once (``sync``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.settings = self._open(path)

    @classmethod
    def in_folder(cls, config_dir: Path) -> Preferences:
        return cls(Path(config_dir) / FILE_NAME)

    @staticmethod
    def _open(path: Path) -> QSettings:
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        if settings.status() == QSettings.Status.NoError:
            return settings
        log.warning(
            "the preferences file %s is damaged (%s); it is set aside and the defaults are used",
            path,
            settings.status().name,
        )
        del settings
        try:
            path.replace(path.with_name(path.name + ".damaged"))
        except OSError as error:
            log.warning("could not set the damaged preferences file aside: %s", error)
        return QSettings(str(path), QSettings.Format.IniFormat)

    # -- typed values --------------------------------------------------------------------------

    def _text(self, key: str, default: str = "", limit: int = MAX_TEXT) -> str:
        value = self.settings.value(key, default)
        if not isinstance(value, str) or len(value) > limit:
            if value is not None:
                log.warning("preference %s ignored: not a text of up to %d characters", key, limit)
            return default
        return value

    def _set(self, key: str, value: object) -> None:
        self.settings.setValue(key, value)
        self.settings.sync()
        if self.settings.status() != QSettings.Status.NoError:
            log.warning("could not write the preferences file %s", self.path)

    def zoom(self) -> int:
        text = self._text("appearance/zoom", "100", 3)
        if text.isdigit() and MIN_ZOOM <= int(text) <= MAX_ZOOM:
            return int(text)
        log.warning("preference appearance/zoom ignored: %r is not %d–%d", text, MIN_ZOOM, MAX_ZOOM)
        return 100

    def set_zoom(self, percent: int) -> None:
        self._set("appearance/zoom", str(int(percent)))

    def high_contrast(self) -> bool:
        return self._text("appearance/contrast", "normal", 6) == "high"

    def set_high_contrast(self, on: bool) -> None:
        self._set("appearance/contrast", "high" if on else "normal")

    def geometry(self) -> QByteArray | None:
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._set("window/geometry", geometry)

    def export_folder(self) -> Path | None:
        text = self._text("export/folder", "", 4096)
        return Path(text) if text else None

    def set_export_folder(self, folder: Path) -> None:
        self._set("export/folder", str(folder))

    def email_to(self) -> str:
        return self._text("export/to", "", 320)

    def set_email_to(self, address: str) -> None:
        self._set("export/to", address)

    def last_page(self, session_id: int) -> str | None:
        text = self._text(f"sessions/{int(session_id)}/page", "", 16)
        return text if text and _PAGE.fullmatch(text) else None

    def set_last_page(self, session_id: int, page: str) -> None:
        self._set(f"sessions/{int(session_id)}/page", page)


# -- hooks for the window ---------------------------------------------------------------------


def page_name(view: SessionView, position: int) -> str | None:
    """The name ``SessionView.go`` takes for the page at ``position``."""
    for name in ("intro", *view.theme_pages, "results", "plan", "export"):
        if view.page_index(name) == position:
            return name
    return None


def restore_appearance(window: MainWindow, prefs: Preferences) -> None:
    window.appearance.zoom = prefs.zoom()
    window.appearance.set_high_contrast(prefs.high_contrast())
    window.contrast_action.setChecked(window.appearance.high_contrast)


def restore_geometry(window: MainWindow, prefs: Preferences) -> bool:
    """The remembered size and place, if they fit one of today's screens; False if not (the
    caller then uses the default size)."""
    from PySide6.QtGui import QGuiApplication

    geometry = prefs.geometry()
    if geometry is None or not window.restoreGeometry(geometry):
        return False
    frame = window.frameGeometry()
    for screen in QGuiApplication.screens():
        area = screen.availableGeometry()
        if area.contains(frame.center()) and area.intersected(frame).width() >= min(
            200, frame.width()
        ):
            return True
    log.info("the remembered window place is on no screen of today: using the default")
    return False


def remember(window: MainWindow, prefs: Preferences) -> None:
    """Write zoom and contrast when they change, and the window's geometry when it closes;
    each session's last page as it changes (see ``MainWindow.show_session``)."""
    window.preferences = prefs

    def changed() -> None:
        prefs.set_zoom(window.appearance.zoom)
        prefs.set_high_contrast(window.appearance.high_contrast)

    window.appearance_changed = changed  # type: ignore[method-assign]
