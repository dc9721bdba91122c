"""The composition root of the window: paths → logging → Qt → font and style → store → window."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ..catalog import IndexLibrary
from ..paths import AppPaths
from ..services.workshop import Workshops
from ..storage import Store
from ..storage.errors import StorageError, StoreLockedError
from . import dialogs
from .main_window import MainWindow
from .style import Appearance, register_font

log = logging.getLogger("svmi_desktop")
LOG_NAME = "svmi-desktop.log"


def setup_logging(log_dir: Path) -> Path:
    path = log_dir / LOG_NAME
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_crash_handler(log_path: Path) -> None:
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
        try:
            dialogs.show_crash(
                QApplication.activeWindow(),
                "SVMI Desktop hit a problem it did not expect. Every answer given before this "
                "message is saved.\n\n"
                f"{kind.__name__}: {error}\n\n"
                f"The details are in {log_path}. Please send that file to whoever supports "
                "SVMI Desktop for you.",
            )
        finally:
            showing = False

    sys.excepthook = hook


def open_store(paths: AppPaths) -> Store | None:
    try:
        return Store.open(paths)
    except StoreLockedError as error:
        if dialogs.ask_yes_no(
            None,
            "SVMI Desktop is already open",
            f"{error}\n\nOpen the sessions read-only in this window? You can look, but not change.",
        ):
            try:
                return Store.open(paths, read_only=True)
            except StorageError as again:
                dialogs.show_storage_error(None, again, kept=False)
        return None
    except StorageError as error:
        dialogs.show_storage_error(None, error, kept=False)
        return None


def _screenshot_dialogs() -> None:
    """In --screenshot mode nobody can click a dialog: print instead."""

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
        print(f"svmi-desktop: cannot create the data folder: {error}", file=sys.stderr)
        return 2
    log_path = setup_logging(paths.log_dir)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "svmi-desktop"])
    assert isinstance(app, QApplication)
    app.setApplicationName("SVMI Desktop")
    app.setStyle("Fusion")
    appearance = Appearance(app, register_font(app))
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
            dialogs.show_info(None, "Your sessions were recovered", recovery.message)
        window = MainWindow(Workshops(store, IndexLibrary(paths.indexes_dir)), appearance)
        if args.demo or (args.screenshot and args.page != "start"):
            window.open_demo()
        if args.screenshot:
            return screenshot(app, window, Path(args.screenshot), args.page)
        window.show()
        return app.exec()
    finally:
        store.close()


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
