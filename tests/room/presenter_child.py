"""Run under a real X server (Xvfb, xcb) by test_presenter_xvfb.py: drive the presenter and
print what happened as JSON on the last line. Argument: the folder for data and screenshots."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain.assessment import Participant
from svmi_desktop.domain.capture import Evidence
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.workshop import Workshops
from svmi_desktop.storage import Store
from svmi_desktop.ui.main_window import MainWindow
from svmi_desktop.ui.style import Appearance, register_font

SECRETS = ("PRIVATE-NOTE-7731", "Zoë Secret-Name", "DISSENT-NOTE-4410", "EVIDENCE-OWNER-9920")


def wait(ms: int = 300) -> None:
    QTest.qWait(ms)


def main() -> None:
    folder = Path(sys.argv[1])
    tag = sys.argv[2]
    app = QApplication(sys.argv[:1])
    out: dict[str, object] = {
        "screens": [[s.geometry().width(), s.geometry().height()] for s in app.screens()]
    }
    paths = AppPaths.under(folder / "data")
    paths.ensure()
    store = Store.open(paths)
    appearance = Appearance(app, register_font(app))
    appearance.apply()
    window = MainWindow(Workshops(store, IndexLibrary(paths.indexes_dir)), appearance)
    laptop = QGuiApplication.primaryScreen()
    window.setGeometry(laptop.availableGeometry())
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.open_demo()
    from svmi_desktop.ui import page_registry

    presenter = page_registry.addition(window.session_view, "room")  # a session addition
    view = window.session_view
    session = view.session
    # private things the projector must never show
    session.set_note("A", SECRETS[0])
    session.update_details(
        session.assessment.organisation,
        session.assessment.workshop.__class__(
            session.assessment.workshop.date,
            "Facilitator Fay",
            (Participant("Head of procurement", SECRETS[1]),),
            session.assessment.workshop.horizon_years,
        ),
    )
    presenter.room.set_dissent("A.F1", SECRETS[2])
    presenter.room.set_evidence("A.F1", Evidence("Strategy §3", SECRETS[3]))
    view.go("A")
    view.theme_pages["A"].show_note(SECRETS[0])
    if len(app.screens()) == 1:
        single(app, window, presenter, view, out)
        return
    presenter.toggle_audience()
    wait(800)
    audience = presenter.audience
    handle = audience.windowHandle()
    out["mode"] = presenter.mode
    out["audience_screen"] = app.screens().index(handle.screen()) if handle else -1
    out["window_screen"] = app.screens().index(window.windowHandle().screen())
    out["audience_size"] = [audience.width(), audience.height()]
    out["audience_visible"] = audience.isVisible()
    followed = []
    for code in ("C", "D"):
        view.go(code)
        wait(150)
        followed.append(audience.frame.heading.split()[0] if audience.frame else "")
    view.next()  # Ctrl+PgDown's slot
    wait(150)
    followed.append(audience.frame.heading.split()[0])
    out["followed"] = followed
    view.go("A")
    presenter.room.start_timer()
    presenter.enter_counts("A.F1", "4 3 1")
    wait(200)
    out["hidden_votes"] = [r.votes for r in audience.frame.rows if r.criterion_id == "A.F1"]
    presenter.reveal_current() if presenter.criterion == "A.F1" else presenter.room.reveal("A.F1")
    presenter.refresh()
    wait(200)
    out["shown_votes"] = [r.votes for r in audience.frame.rows if r.criterion_id == "A.F1"]
    texts = "\n".join(audience.texts())
    out["private_shown"] = [s for s in SECRETS if s in texts]
    out["private_in_window"] = [
        s
        for s in SECRETS
        if s
        in "\n".join(
            w.toPlainText() if hasattr(w, "toPlainText") else ""
            for w in window.findChildren(object)
            if hasattr(w, "toPlainText")
        )
    ]
    out["editing_controls"] = [
        type(w).__name__
        for w in audience.findChildren(object)
        if type(w).__name__ in ("QPushButton", "QLineEdit", "QPlainTextEdit", "QComboBox")
    ]
    import time

    presenter.room.clock = lambda: time.monotonic() + 14 * 60 + 40  # 40 s over: the cue shows
    presenter.show_panel()
    presenter.refresh()
    wait(300)
    out["cue"] = audience.cue.text()
    shots = folder / "shots"
    shots.mkdir(exist_ok=True)
    a_size = f"{audience.width()}x{audience.height()}"
    w_size = f"{laptop.geometry().width()}x{laptop.geometry().height()}"
    audience.grab().save(str(shots / f"audience-{a_size}-{tag}.png"))
    window.grab().save(str(shots / f"presenter-{w_size}-{tag}.png"))
    # the projector goes away: Qt's screenRemoved with the real screen object
    projector = handle.screen() if handle else None
    app.screenRemoved.emit(projector)
    wait(300)
    out["after_removal"] = {
        "mode": presenter.mode,
        "audience_visible": audience.isVisible(),
        "window_visible": window.isVisible(),
        "status": window.statusBar().currentMessage(),
    }
    view.go("B")  # still works after the screen went
    wait(100)
    out["after_removal"]["heading"] = audience.frame.heading.split()[0]
    # one screen again, then a projector plugged in: Qt's screenAdded with the real screen
    real = presenter.projector_screen
    presenter.projector_screen = lambda: None  # as if only the laptop's screen were there
    presenter.toggle_audience()
    wait(300)
    out["before_added"] = presenter.mode
    presenter.projector_screen = real
    app.screenAdded.emit(projector)
    wait(500)
    handle = audience.windowHandle()
    out["after_added"] = {
        "mode": presenter.mode,
        "screen": app.screens().index(handle.screen()) if handle else -1,
        "size": [audience.width(), audience.height()],
    }
    out["saved"] = session.saved
    window.close()
    store.close()
    with Store.open(paths) as again:
        out["stored_votes"] = str(again.load(session.session_id).room.vote("A.F1"))
    print(json.dumps(out))
    QTimer.singleShot(0, app.quit)


def single(app, window, presenter, view, out) -> None:  # type: ignore[no-untyped-def]
    """One screen: F5 toggles between the window and the audience view, Escape returns."""
    presenter.toggle_audience()
    wait(500)
    audience = presenter.audience
    out["mode"] = presenter.mode
    out["audience_visible"] = audience.isVisible()
    out["audience_size"] = [audience.width(), audience.height()]
    view.go("C")
    wait(150)
    out["followed"] = [audience.frame.heading.split()[0]]
    QTest.keyClick(audience, Qt.Key.Key_Escape)
    wait(300)
    out["after_escape"] = {"mode": presenter.mode, "audience_visible": audience.isVisible()}
    out["private_shown"] = [s for s in SECRETS if s in "\n".join(audience.texts())]
    window.close()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
