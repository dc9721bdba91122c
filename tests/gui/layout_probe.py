"""Walk the real window through zooms × themes × pages and report what does not fit.

Run by ``tests/gui/test_layout_xvfb.py`` inside an Xvfb server with a window manager (one
process per screen size), as ``python -m tests.gui.layout_probe --out result.json ...``; it can
be run by hand on any display too. It builds the window as ``svmi-desktop`` does (bundled font,
the app style, the store on a data folder, the window sized to the screen), opens the demo
workshop and, at each step, checks:

* **frame**: the window's frame (decorations included) lies within the screen;
* **reach**: every visible interactive widget lies inside the window, or inside a scroll
  area that can scroll to it (and that scroll area in turn is reachable);
* **cut**: no visible label's text is cut (a wrapping label is as tall as its text at its
  width; another is as wide and tall as its text), and the label is reachable as above; no
  push button is smaller than its text needs.

Writes ``{"checks": n, "failures": [...], "shots": [...]}`` as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from tests.a11y.audit import INTERACTIVE, THEMES  # the controls and themes the audit checks

ZOOMS = (100, 125, 150, 175, 200)


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or (widget.text() if hasattr(widget, "text") else "")
    return f"{type(widget).__name__} “{str(name)[:50]}”"


def unreachable(widget: QWidget, window: QWidget) -> str | None:
    """Why ``widget`` cannot be brought into view (None when it can)."""
    node, rect = widget, widget.rect()
    while node is not window:
        parent = node.parentWidget()
        if parent is None:
            return "not in the window"
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            if isinstance(area, QScrollArea) and node is area.widget():
                viewport = parent.size()
                h, v = area.horizontalScrollBar(), area.verticalScrollBar()
                if node.width() - viewport.width() > h.maximum() + 1:
                    return f"{describe(area)} cannot scroll sideways to it"
                if node.height() - viewport.height() > v.maximum() + 1:
                    return f"{describe(area)} cannot scroll down to it"
            node, rect = area, parent.geometry()  # reachable if the viewport is
            continue
        moved = QRect(node.mapToParent(rect.topLeft()), rect.size())
        if not parent.rect().adjusted(-1, -1, 1, 1).contains(moved):
            return f"cut off by {describe(parent)} ({moved} outside {parent.rect()})"
        node, rect = parent, moved
    return None


def cut_text(label: QLabel) -> str | None:
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        if need > label.height() + 1:
            return f"needs {need} px of height, has {label.height()}"
        return None
    hint = label.minimumSizeHint()
    if hint.width() > label.width() + 1 or hint.height() > label.height() + 1:
        return f"needs {hint.width()}×{hint.height()} px, has {label.width()}×{label.height()}"
    return None


def check(window: QWidget, where: str) -> tuple[int, list[str]]:
    """(checks made, failures) for what the window shows now."""
    from svmi_desktop.ui.responsive import PageScroll

    failures, checks = [], 1
    screen = window.screen().geometry()
    frame = window.frameGeometry()
    if not screen.contains(frame):
        failures.append(f"[{where}] frame: window frame {frame} is not inside the screen {screen}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, INTERACTIVE):
            checks += 1
            why = unreachable(widget, window)
            if why:
                failures.append(f"[{where}] reach: {describe(widget)}: {why}")
            if isinstance(widget, QPushButton) and widget.text():
                checks += 1
                hint = widget.sizeHint()
                if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                    failures.append(
                        f"[{where}] cut: {describe(widget)}: needs {hint.width()}×{hint.height()} px, "
                        f"has {widget.width()}×{widget.height()}"
                    )
        elif isinstance(widget, QScrollArea) and not isinstance(widget, PageScroll):
            # A page's own reading area (a theme's criteria, the introduction) scrolls down,
            # never sideways: its text wraps to the width there is.
            checks += 1
            inner = widget.widget()
            if inner is not None and inner.width() > widget.viewport().width() + 1:
                failures.append(
                    f"[{where}] sideways: {describe(widget)}: {inner.width()} px of content in "
                    f"{widget.viewport().width()} px"
                )
        elif isinstance(widget, QLabel) and widget.text().strip():
            checks += 1
            why = cut_text(widget) or unreachable(widget, window)
            if why:
                failures.append(f"[{where}] cut: {describe(widget)}: {why}")
    return checks, failures


def settle(app: QApplication, ms: int = 30) -> None:
    for _ in range(3):
        app.processEvents()
        QTest.qWait(ms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--zooms", default=",".join(map(str, ZOOMS)))
    parser.add_argument("--themes", default=",".join(THEMES))
    parser.add_argument("--all-themes", action="store_true", help="every theme page, not two")
    parser.add_argument("--shots", type=Path, help="save screenshots of the screen here")
    parser.add_argument("--shot", action="append", default=[], help="theme/zoom/page to shoot")
    args = parser.parse_args(argv)

    from svmi_desktop.catalog import IndexLibrary
    from svmi_desktop.paths import AppPaths
    from svmi_desktop.services.workshop import Workshops
    from svmi_desktop.storage import Store
    from svmi_desktop.ui.main_window import MainWindow
    from svmi_desktop.ui.style import Appearance, register_font

    app = QApplication([sys.argv[0], "-style", "Fusion"])
    appearance = Appearance(app, register_font(app))
    appearance.apply()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.under(Path(folder))
        paths.ensure()
        store = Store.open(paths)
        window = MainWindow(Workshops(store, IndexLibrary(paths.indexes_dir)), appearance)
        window.fit_default_size()
        window.show()
        QTest.qWaitForWindowExposed(window)
        deadline = time.monotonic() + 3  # the window manager adds the frame
        while window.frameGeometry() == window.geometry() and time.monotonic() < deadline:
            QTest.qWait(20)
        window.keep_on_screen()
        window.open_demo()
        view = window.session_view
        assert view is not None
        codes = list(view.theme_pages)
        longest = max(codes, key=lambda c: len(view.theme_pages[c].buttons))
        themes = codes if args.all_themes else sorted({codes[0], longest})
        window.show_start()
        # Undo on offer all through the walk, with a long description: it too must stay in view.
        window.offer_undo(
            "Deleted the action “Publish a social value statement with every tender”", lambda: None
        )
        settle(app)
        first_size = window.frameGeometry().size()

        def show(page: str) -> None:
            if page == "start":
                window.show_start()
            elif page == "new":
                window.show_new()
            else:
                window._go(page.split(":")[0])
                if page.startswith("plan:"):
                    view.plan.tabs.setCurrentIndex(0 if page.endswith("theme") else 1)

        pages = ["start", "new", "intro", *themes, "results", "plan:theme", "plan:year", "export"]
        pages += ["compare", "history"]  # issue 14's registered pages (built when first shown)
        checks, failures, shots = 0, [], []
        screen = window.screen().geometry()
        size = f"{screen.width()}x{screen.height()}"
        for theme in args.themes.split(","):
            window.appearance.set_high_contrast(theme == "high-contrast")
            window.contrast_action.setChecked(theme == "high-contrast")
            for zoom in map(int, args.zooms.split(",")):
                window.set_zoom(zoom)
                settle(app, 60)
                for page in pages:
                    show(page)
                    settle(app)
                    where = f"{size} {zoom}% {theme} {page}"
                    n, found = check(window, where)
                    if found:  # layouts may still be catching up with a font change
                        settle(app, 200)
                        n, found = check(window, where)
                    checks += n
                    failures += found
                    if args.shots and f"{theme}/{zoom}/{page}" in args.shot:
                        args.shots.mkdir(parents=True, exist_ok=True)
                        target = args.shots / f"{size}-{zoom}-{theme}-{page.replace(':', '-')}.png"
                        window.screen().grabWindow(0).save(str(target), "PNG")
                        shots.append(str(target))
            window.set_zoom(100)
            show("start")
            settle(app, 60)
            checks += 1
            back = window.frameGeometry().size()
            if (
                abs(back.width() - first_size.width()) > 2
                or abs(back.height() - first_size.height()) > 2
            ):
                failures.append(
                    f"[{size} {theme}] restore: back at 100% the window is {back}, was {first_size}"
                )
        window.close()
        store.close()
    args.out.write_text(
        json.dumps(
            {
                "checks": checks,
                "failures": failures,
                "shots": shots,
                "pages": pages,
                "seconds": round(time.perf_counter() - started, 1),
            },
            indent=1,
        ),
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
