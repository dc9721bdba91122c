"""Child of the read-only folder test, run inside ``unshare -rm`` with DIR bind-mounted read-only.

``window DIR``: start the window's composition root as ``svmi-desktop`` does (open the store,
build the window) and print what the window says, as JSON.
"""

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def window(data_dir: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from svmi_desktop.catalog import IndexLibrary
    from svmi_desktop.paths import AppPaths
    from svmi_desktop.services.workshop import Workshops
    from svmi_desktop.ui import application, dialogs
    from svmi_desktop.ui.main_window import MainWindow
    from svmi_desktop.ui.style import Appearance, register_font

    shown: list[str] = []

    def record(*args: object, **_: object) -> bool:  # no modal can block the test
        shown.append(" ".join(str(a) for a in args[1:]))
        return False

    for name in ("show_error", "show_info", "show_storage_error", "show_crash", "ask_yes_no"):
        setattr(dialogs, name, record)
    app = QApplication([])
    paths = AppPaths.under(data_dir)
    store = application.open_store(paths)
    assert store is not None, shown
    win = MainWindow(
        Workshops(store, IndexLibrary(paths.indexes_dir)), Appearance(app, register_font(app))
    )
    result = {
        "read_only": store.read_only,
        "notice": win.read_only_notice.text(),
        "saved_label": win.saved_label.text(),
        "rows": win.start.table.rowCount(),
        "dialogs": shown,
    }
    store.close()
    return result


if __name__ == "__main__":
    print(json.dumps(window(Path(sys.argv[2]))))
