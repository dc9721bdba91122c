"""The room's actions that go through dialogs and files, and the Room menu.

Split from :mod:`svmi_desktop.ui.presenter` (which follows the session and the screens): loading
returned personal files, writing blank ones, saving the pack, and the menu that reaches them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from ..domain import wording
from . import dialogs, room_dialogs

if TYPE_CHECKING:
    from .presenter import Presenter


def _tr(text: str) -> str:
    return QApplication.translate("Room", text)


def load_returned_files(presenter: Presenter) -> None:
    """Ask for returned personal files, count them, say what was counted and refused."""
    paths = room_dialogs.choose_returned_files(presenter.window)
    if not paths:
        return
    workshops_library = presenter.view.session.index
    resolve = _resolver(presenter.window, workshops_library)
    result: list[Any] = []
    if not presenter.guard(lambda: result.append(presenter.room.merge_files(paths, resolve))):
        return
    merged = result[0]
    presenter.show_panel()
    lines = [wording.tr("Room", "%n file(s) counted.", len(merged.counted))]
    lines += [message for _, message in merged.refused]
    title = _tr("Returned files") if not merged.refused else _tr("Some files were not counted")
    (dialogs.show_error if merged.refused else dialogs.show_info)(
        presenter.window, title, "\n".join(lines)
    )
    presenter.panel.setCurrentIndex(2)
    presenter.refresh()


def make_personal_files(presenter: Presenter) -> None:
    """Ask how many and which kind, and write blank personal files to a folder."""
    from ..services.room_files import write_blank_files

    choice = room_dialogs.ask_personal_files(presenter.window)
    if choice is None:
        return
    folder = room_dialogs.choose_folder(presenter.window, _tr("Folder for the personal files"))
    if folder is None:
        return
    count, kind = choice
    written: list[Any] = []
    session = presenter.view.session
    if presenter.guard(
        lambda: written.extend(
            write_blank_files(session.index, session.assessment, folder, count, kind)
        )
    ):
        dialogs.show_info(
            presenter.window,
            _tr("Personal files"),
            wording.tr("Room", "%n blank personal file(s) written to %1.", len(written)).replace(
                "%1", str(folder)
            ),
        )


def save_pack(presenter: Presenter) -> None:
    """The pack for this session: the PDF chosen, and the same pack as HTML beside it."""
    from ..export.pack_content import pack
    from ..export.pack_html import pack_html
    from ..export.pack_pdf import pack_pdf
    from ..fileio import write_atomic

    path = room_dialogs.choose_pack_path(presenter.window, "svmi-workshop-pack.pdf")
    if path is None:
        return
    session = presenter.view.session
    content = pack(session.index, session.assessment)
    html = path.with_suffix(".html")

    def write() -> None:
        write_atomic(path, pack_pdf(content), overwrite=True)
        write_atomic(html, pack_html(content).encode("utf-8"), overwrite=True)

    try:
        write()
    except OSError as error:
        dialogs.show_error(presenter.window, _tr("The pack was not saved"), str(error))
        return
    presenter.window.statusBar().showMessage(
        _tr("Saved the pack: %1 and %2").replace("%1", path.name).replace("%2", html.name),
        8000,
    )


def _resolver(window: QMainWindow, index: Any) -> Callable[[str], Any]:
    workshops = getattr(window, "workshops", None)
    if workshops is not None:
        return workshops.index  # type: ignore[no-any-return]
    return lambda _id: index


def room_menu(window: QMainWindow) -> QMenu:
    tr: Callable[[str], str] = lambda text: QApplication.translate("Room", text)  # noqa: E731
    menu = window.menuBar().addMenu(tr("Roo&m"))

    def act(text: str, method: str, *keys: str) -> QAction:
        action = QAction(text, window)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda *_: _call(window, method))
        menu.addAction(action)
        window.addAction(action)
        return action

    act(tr("&Audience view (projector or toggle)"), "toggle_audience", "F5")
    act(tr("Room &panel"), "toggle_panel", "F6")
    act(tr("Start or pause the &timer"), "toggle_timer", "F9")
    act(tr("Enter &vote counts"), "focus_counts", "Ctrl+Shift+V")
    act(tr("&Reveal or hide the votes"), "reveal_current", "Ctrl+Shift+R")
    menu.addSeparator()
    act(tr("&Make personal files…"), "make_personal_files")
    act(tr("&Load returned personal files…"), "load_returned_files")
    act(tr("Save the workshop &pack (pre-read, worksheet, cards)…"), "save_pack")
    return menu


def _call(window: QMainWindow, method: str) -> None:
    presenter = getattr(window, "_room_presenter", None)
    if presenter is None:
        return
    if method == "toggle_panel":
        presenter.dock.hide() if presenter.dock.isVisible() else presenter.show_panel()
        return
    getattr(presenter, method)()
