"""GUI benchmark (prints figures; not a test). Run: .venv/bin/python tests/benchmarks/bench_gui.py

1. Cold start to the first paint of the start screen, as a ratio to a minimal PySide6 window
   started the same way in the same run (goal <= 1.5).
2. Answer toggle to saved-and-repainted, 95th percentile (goal <= 16 ms).
3. Theme page switch, 95th percentile (goal <= 16 ms).
4. Resident memory with the demo open (goal <= 150 MB).
5. Zoom step and contrast step to repainted, 95th percentile (goal <= 16 ms: one frame), the
   demo open on a theme page, the steps made through the window's own View menu handlers.
6. Opening a workshop from the start screen to its first page painted, median (goal <= 150 ms).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

try:
    from .figures import Figure
except ImportError:  # run as a script: python tests/benchmarks/bench_gui.py
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from figures import Figure  # type: ignore[no-redef]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RUNS = 7

MINIMAL = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True); os._exit(0)
        return False
app = QApplication(sys.argv[:1])
w = QLabel("Minimal window"); w.resize(1280, 800)
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

APP = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
demo = sys.argv[2] == "demo"
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and o.isWidgetType() and o.window().isVisible():
            name = type(o.window()).__name__
            if name == "MainWindow":  # the window's own paint event comes first, as in MINIMAL
                rss = 0
                for line in open("/proc/self/status"):
                    if line.startswith("VmRSS:"):
                        rss = int(line.split()[1]) // 1024
                print("PAINTED", rss, flush=True); os._exit(0)
        return False
f = F()
_orig = QApplication.exec
def exec_(*_):  # QApplication.exec is static: never pass it the instance
    # Watch the shown window, as MINIMAL does. (Filtering every object of the application
    # would make the probe itself slow: shiboken resolves the Python type of each unknown
    # private QObject it hands to Python, creating some 130 enum classes on the way.)
    for w in QApplication.topLevelWidgets():
        if type(w).__name__ == "MainWindow":
            w.installEventFilter(f)
    return _orig()
QApplication.exec = exec_
from svmi_desktop.app import main
args = ["--data-dir", sys.argv[1]] + (["--demo"] if demo else [])
sys.exit(main(args))
"""


def _env(cache: Path) -> dict[str, str]:
    """Both programs start as an installed app does: with compiled bytecode (pip compiles it at
    install time). Without this, PYTHONDONTWRITEBYTECODE would make the app recompile all of its
    own modules on every start while PySide6 (in site-packages) is already compiled."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


ENV: dict[str, str] = dict(os.environ)


def _time(code: str, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, env=ENV
    ).stdout
    elapsed = time.perf_counter() - start
    if "PAINTED" not in out:
        raise RuntimeError(f"no first paint: {out!r}")
    return elapsed, out.split("PAINTED", 1)[1].strip()


def cold_start(data: Path) -> list[Figure]:
    ENV.clear()
    ENV.update(_env(data.parent / "pycache"))
    _time(MINIMAL)  # compiles the bytecode, as installing does
    _time(APP, str(data), "demo")  # the store holds the demo session, as after a first use
    minimal, app = [], []
    for _ in range(RUNS):
        minimal.append(_time(MINIMAL)[0])
        app.append(_time(APP, str(data), "start")[0])
    m, a = statistics.median(minimal), statistics.median(app)
    print(
        f"cold start to first paint: minimal window {m * 1000:.0f} ms, start screen "
        f"{a * 1000:.0f} ms, ratio {a / m:.2f} (goal <= 1.5), median of {RUNS}"
    )
    rss = [int(_time(APP, str(data), "demo")[1] or 0) for _ in range(3)]
    print(f"resident memory with the demo open: {max(rss)} MB (goal <= 150 MB)")
    return [
        Figure("GUI cold start to first paint / minimal window", a / m, "x", 1.5, "<= 1.5"),
        Figure("GUI resident memory with the demo open", max(rss), "MB", 150, "<= 150 MB"),
    ]


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


def in_process(data: Path) -> list[Figure]:
    from PySide6.QtWidgets import QApplication

    from svmi_desktop.catalog import IndexLibrary
    from svmi_desktop.paths import AppPaths
    from svmi_desktop.services.workshop import Workshops
    from svmi_desktop.storage import Store
    from svmi_desktop.ui.main_window import MainWindow
    from svmi_desktop.ui.style import Appearance, register_font

    app = QApplication.instance() or QApplication([])
    appearance = Appearance(app, register_font(app))  # type: ignore[arg-type]
    appearance.apply()
    paths = AppPaths.under(data)
    store = Store.open(paths)
    window = MainWindow(Workshops(store, IndexLibrary(paths.indexes_dir)), appearance)
    window.resize(1280, 800)
    window.show()
    window.open_demo()
    view = window.session_view
    assert view is not None
    app.processEvents()

    view.go("C")
    app.processEvents()
    page = view.current_theme_page()
    assert page is not None
    button = page.buttons[("C.I2", "present")]
    toggles = []
    for _ in range(150):
        start = time.perf_counter()
        button.click()  # unanswered → Yes → No → unanswered: each one committed to SQLite
        app.processEvents()  # the dirty regions repaint
        toggles.append((time.perf_counter() - start) * 1000)
    assert view.session.saved
    print(
        f"answer toggle to saved and repainted: p95 {p95(toggles):.1f} ms, median "
        f"{statistics.median(toggles):.1f} ms (goal p95 <= 16 ms), n={len(toggles)}"
    )

    codes = [t.code for t in view.session.index.themes]
    switches, first_shows = [], []
    for i in range(200):
        code = codes[i % len(codes)]
        unbuilt = view.theme_pages.built(code) is None
        start = time.perf_counter()
        view.go(code)
        app.processEvents()
        switches.append((time.perf_counter() - start) * 1000)
        if unbuilt:  # the page is made as it is first shown (lazy_pages)
            first_shows.append(switches[-1])
    print(
        f"theme page switch: p95 {p95(switches):.1f} ms, median "
        f"{statistics.median(switches):.1f} ms (goal p95 <= 16 ms), n={len(switches)}; "
        f"of which a page's first show (made then): median {statistics.median(first_shows):.1f} "
        f"ms, max {max(first_shows):.1f} ms, n={len(first_shows)}"
    )
    steps = appearance_steps(app, window)
    opening = open_to_first_paint(app, window)
    window.close()
    store.close()
    return [
        Figure("GUI answer toggle to saved and repainted, p95", p95(toggles), "ms", 16, "<= 16 ms"),
        Figure("GUI theme page switch, p95", p95(switches), "ms", 16, "<= 16 ms"),
        Figure(
            "GUI theme page first show, median",
            statistics.median(first_shows),
            "ms",
            None,
            "(information)",
        ),
        *steps,
        opening,
    ]


def _timed(app: Any, action: Any) -> float:
    start = time.perf_counter()
    action()
    app.processEvents()  # layouts catch up and the dirty regions repaint
    return (time.perf_counter() - start) * 1000


def appearance_steps(app: Any, window: Any) -> list[Figure]:
    """A zoom step (Ctrl+= then Ctrl+-) and a contrast step (Ctrl+Shift+H), each timed to
    repainted, the demo open on theme C."""
    from svmi_desktop.ui.style import ZOOM_STEP

    window.session_view.go("C")
    app.processEvents()
    zooms, contrasts = [], []
    for i in range(40):
        zooms.append(_timed(app, lambda i=i: window.zoom(ZOOM_STEP if i % 2 == 0 else -ZOOM_STEP)))
    for _ in range(40):
        contrasts.append(_timed(app, window.toggle_contrast))
    window.set_zoom(100)
    if window.appearance.high_contrast:
        window.toggle_contrast()
    app.processEvents()
    print(
        f"zoom step to repainted: p95 {p95(zooms):.1f} ms, median {statistics.median(zooms):.1f} ms; "
        f"contrast step: p95 {p95(contrasts):.1f} ms, median {statistics.median(contrasts):.1f} ms "
        f"(goal p95 <= 16 ms), n=40 each"
    )
    return [
        Figure("GUI zoom step to repainted, p95", p95(zooms), "ms", 16, "<= 16 ms"),
        Figure("GUI contrast step to repainted, p95", p95(contrasts), "ms", 16, "<= 16 ms"),
    ]


def open_to_first_paint(app: Any, window: Any) -> Figure:
    """From the start screen, open the demo workshop and paint its first page."""
    session_id = window.session_view.session.session_id
    times = []
    for _ in range(15):
        window.show_start()
        app.processEvents()
        times.append(_timed(app, lambda: window.open_session(session_id)))
    median = statistics.median(times)
    print(
        f"open a workshop to first paint: median {median:.0f} ms, max {max(times):.0f} ms "
        f"(goal <= 150 ms), n={len(times)}"
    )
    return Figure("GUI open a workshop to first paint, median", median, "ms", 150, "<= 150 ms")


def figures(quick: bool = False) -> list[Figure]:
    """For ``python -m tests.benchmarks``; ``quick`` changes nothing (the GUI runs are short)."""
    with tempfile.TemporaryDirectory() as tmp:
        return cold_start(Path(tmp) / "cold") + in_process(Path(tmp) / "warm")


def main() -> None:
    figures()


if __name__ == "__main__":
    main()
