"""The composition root of the window: paths → logging → Qt → font and style → store → window."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from ..catalog import IndexLibrary
from ..paths import AppPaths, private
from ..services.sessions_store import (
    DamagedDatabaseError,
    StorageError,
    StoreFullError,
    StoreLockedError,
    StoreNewerError,
    StoreReadOnlyError,
)
from ..services.sessions_store import open_store as _open
from ..services.workshop import Workshops
from .i18n import fmt
from .main_window import MainWindow
from .style import HIGH_CONTRAST, LIGHT, Appearance, register_font

if TYPE_CHECKING:
    from .preferences import Preferences

log = logging.getLogger("svmi_desktop")
LOG_NAME = "svmi-desktop.log"


class RotatingLog(logging.FileHandler):
    """``logging.handlers.RotatingFileHandler`` in a few lines: that module imports socket,
    pickle and queue, which cost more at start than the rest of the logging set-up together.
    Before a record would take the file past ``max_bytes`` it becomes ``NAME.1`` (``NAME.1``
    becomes ``NAME.2``, and so on; the oldest beyond ``backups`` is dropped)."""

    def __init__(self, path: Path, max_bytes: int = 1_000_000, backups: int = 3) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.max_bytes > 0:
                size = len(self.format(record).encode("utf-8", "replace")) + 1
                if self.stream.tell() + size > self.max_bytes:
                    self._roll_over()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _roll_over(self) -> None:
        self.close()
        base = Path(self.baseFilename)
        for n in range(self.backups - 1, 0, -1):
            older = base.with_name(f"{base.name}.{n}")
            if older.exists():
                older.replace(base.with_name(f"{base.name}.{n + 1}"))
        if self.backups > 0 and base.exists():
            base.replace(base.with_name(f"{base.name}.1"))
        self.stream = self._open()
        private(base)


def setup_logging(log_dir: Path) -> Path:
    path = log_dir / LOG_NAME
    handler = RotatingLog(path)
    private(path)  # issue 9: logs are the user's alone
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def setup_logging_or_stderr(log_dir: Path) -> Path | str:
    """Logging to the log folder, or (issue 9: a read-only data folder) to standard error."""
    try:
        return setup_logging(log_dir)
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logging.getLogger().addHandler(handler)
        logging.getLogger().setLevel(logging.INFO)
        return "standard error (the log folder cannot be written)"


def install_crash_handler(log_path: Path | str) -> None:
    """Unexpected exceptions: log the traceback, then a calm dialog saying where it is."""
    showing = False

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if showing:
            return
        showing = True
        from . import dialogs

        try:
            dialogs.show_crash(
                QApplication.activeWindow(),
                QCoreApplication.translate(
                    "application",
                    "SVMI Desktop hit a problem it did not expect. Every answer given before this "
                    "message is saved.",
                )
                + f"\n\n{kind.__name__}: {error}\n\n"
                + QCoreApplication.translate(
                    "application",
                    "The details are in %1. Please send that file to whoever supports SVMI Desktop "
                    "for you.",
                ).replace("%1", str(log_path)),
            )
        finally:
            showing = False

    sys.excepthook = hook


def open_store(paths: AppPaths) -> Any:
    # The dialogs module is imported only when opening fails: it is not needed to start.
    try:
        return _open(paths)
    except StoreLockedError as error:
        from . import dialogs

        if dialogs.ask_yes_no(
            None,
            QCoreApplication.translate("application", "SVMI Desktop is already open"),
            fmt(
                QCoreApplication.translate(
                    "application",
                    "%1\n\nOpen the sessions read-only in this window? You can look, but not change.",
                ),
                error,
            ),
        ):
            try:
                return _open(paths, read_only=True)
            except StorageError as again:
                dialogs.show_error(None, startup_title(again), str(again))
        return None
    except StoreReadOnlyError as error:
        return open_read_only(paths, error)
    except StorageError as error:
        from . import dialogs

        dialogs.show_error(None, startup_title(error), str(error))
        return None


def open_read_only(paths: AppPaths, error: StorageError) -> Any:
    """Issue 9 case 3: a data folder that cannot be written opens read-only, saying why."""
    from . import dialogs

    try:
        store = _open(paths, read_only=True)
    except StorageError as again:
        dialogs.show_error(None, startup_title(again), f"{error} {again}")
        return None
    store.read_only_reason = QCoreApplication.translate(
        "Startup",
        "The data folder %1 cannot be written to, so these sessions are open read-only: you can "
        "look at them and export them, but changes cannot be saved there. To change them, make "
        "the folder writable or copy it and start SVMI Desktop with --data-dir on the copy.",
    ).replace("%1", str(paths.data_dir))
    return store


def startup_title(error: BaseException) -> str:
    """Issue 9 case 12: the title of a start-up failure says what happened (nothing was changed)."""
    if isinstance(error, StoreNewerError):
        return QCoreApplication.translate("Startup", "These sessions need a newer SVMI Desktop")
    if isinstance(error, StoreLockedError):
        return QCoreApplication.translate("Startup", "SVMI Desktop is already open")
    if isinstance(error, StoreFullError):
        return QCoreApplication.translate("Startup", "The disk is full")
    if isinstance(error, DamagedDatabaseError):
        return QCoreApplication.translate("Startup", "The sessions database is damaged")
    return QCoreApplication.translate("Startup", "Your sessions could not be opened")


def _screenshot_dialogs() -> None:
    """In --screenshot mode nobody can click a dialog: print instead."""
    from . import dialogs

    def say(*args: object, **_: object) -> None:
        print("svmi-desktop:", " ".join(str(a) for a in args[1:]), file=sys.stderr)

    for name in ("show_info", "show_error", "show_storage_error", "show_crash"):
        setattr(dialogs, name, say)
    dialogs.ask_yes_no = lambda *a, **k: False


def run(args: argparse.Namespace) -> int:
    paths = AppPaths.resolve(args.data_dir)
    try:
        paths.ensure()
    except OSError as error:
        if not paths.data_dir.is_dir():
            print(f"svmi-desktop: cannot create the data folder: {error}", file=sys.stderr)
            return 2
        # issue 9: a read-only data folder still opens (read-only); logs go to stderr
    log_path = setup_logging_or_stderr(paths.log_dir)
    existing = QApplication.instance()
    if existing is None:
        # Qt's own "-style" option sets Fusion as the style is first made, rather than making
        # the default style first and replacing it (and wrapping it for Python): ~8 ms sooner.
        app = QApplication([sys.argv[0] if sys.argv else "svmi-desktop", "-style", "Fusion"])
    else:
        assert isinstance(existing, QApplication)
        app = existing
        app.setStyle("Fusion")
    app.setApplicationName("SVMI Desktop")
    from . import i18n

    i18n.install(getattr(args, "language", None) or i18n.current_language())
    appearance = Appearance(app, register_font(app))
    prefs = None if args.screenshot else _preferences(paths)
    if prefs is not None:
        appearance.zoom = prefs.zoom()
        appearance.scheme = HIGH_CONTRAST if prefs.high_contrast() else LIGHT
    appearance.apply()
    if args.screenshot:
        _screenshot_dialogs()
    install_crash_handler(log_path)
    store = open_store(paths)
    if store is None:
        return 2
    try:
        recovery = getattr(store, "recovery", None)
        if recovery is not None:
            from . import dialogs

            title = getattr(recovery, "title", "Your sessions were recovered")  # issue 9
            dialogs.show_info(None, QCoreApplication.translate("Startup", title), recovery.message)
        workshops = Workshops(store, IndexLibrary(paths.indexes_dir))
        holder: list[MainWindow] = []

        def make_window() -> MainWindow:
            made = MainWindow(workshops, appearance)
            made.rebuild_requested = rebuild
            if prefs is not None:
                remember_preferences(made, prefs)
            holder[:] = [made]
            return made

        def rebuild() -> None:
            """View > Language: the same session, on the same page, in a window made anew."""
            old = holder[0]
            view = old.session_view
            session_id = view.session.session_id if view is not None else None
            page = view.stack.currentIndex() if view is not None else 0
            geometry = old.saveGeometry()
            if view is not None:
                view.flush()
            new = make_window()
            new.restoreGeometry(geometry)
            if session_id is not None:
                new.open_session(session_id)
                if new.session_view is not None:
                    new.session_view.go(page)
            new.show()  # before the old one closes, so the application does not quit
            old.close()
            old.deleteLater()

        window = make_window()
        if args.demo or (args.screenshot and args.page != "start"):
            window.open_demo()
        if args.screenshot:
            return screenshot(app, window, Path(args.screenshot), args.page)
        place_window(window, prefs)
        window.show()
        return app.exec()
    finally:
        store.close()
        if store.checkpoint_deferred:  # issue 9 case 11: closing does not wait for other readers
            log.warning("%s", store.checkpoint_deferred)
            print(f"svmi-desktop: {store.checkpoint_deferred}", file=sys.stderr)


def _preferences(paths: AppPaths) -> Preferences:
    from .preferences import Preferences

    return Preferences.in_folder(paths.config_dir)


def remember_preferences(window: MainWindow, prefs: Preferences) -> None:
    from . import preferences

    preferences.remember(window, prefs)
    window.contrast_action.setChecked(window.appearance.high_contrast)


def place_window(window: MainWindow, prefs: Preferences | None = None) -> None:
    """The first size and place: the remembered one if it fits today's screens, else inside
    the screen's free area (issue 10)."""
    from . import preferences

    if prefs is None or not preferences.restore_geometry(window, prefs):
        window.fit_default_size()

    def shown() -> None:  # with the frame the window manager adds
        window.keep_on_screen()
        handle = window.windowHandle()
        if handle is not None:  # moved to another screen, or a screen went away
            handle.screenChanged.connect(lambda *_: QTimer.singleShot(0, window.keep_on_screen))

    QTimer.singleShot(0, shown)


def show_page(window: MainWindow, page: str) -> None:
    view = window.session_view
    if page == "start" or view is None:
        window.show_start()
    elif page == "theme":
        codes = [r.theme.code for r in view.session.evaluation.themes if r.status != "complete"]
        view.go(codes[0] if codes else view.session.index.themes[0].code)
    else:
        view.go(page)


def screenshot(app: QApplication, window: MainWindow, target: Path, page: str) -> int:
    """Show the page, wait for its first paint, save the window as a PNG and quit."""
    show_page(window, page)
    window.show()
    result = {"rc": 1}

    def shoot() -> None:
        image = window.grab()
        target.parent.mkdir(parents=True, exist_ok=True)
        if image.isNull() or not image.save(str(target), "PNG"):
            print(f"svmi-desktop: could not write {target}", file=sys.stderr)
        else:
            result["rc"] = 0
        app.quit()

    QTimer.singleShot(150, shoot)
    app.exec()
    return result["rc"]
