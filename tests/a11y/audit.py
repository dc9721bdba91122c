"""The accessibility audit: every wizard page and dialog, in the normal and high-contrast themes.

Checks (issue 6 item 6; anchors table rows A1, A3 and A5):

* **name**: every visible interactive control (buttons, text fields, combo and spin boxes, item
  views, sliders, each tab of a tab bar) has a non-empty accessible name, read through
  ``QAccessible.queryAccessibleInterface(w).text(Name)``, which is what a screen reader gets;
* **tab**: Tab from the first focusable control visits every visible focusable control exactly
  once before it cycles back, never stays on one control (a keyboard trap), never lands on a
  control that is scrolled out of sight, and follows reading order (top to bottom; left to right
  within a row);
* **focus**: each focusable control looks different with and without focus, and the change is a
  visible one: the pixels that change do so with a contrast of at least 3:1, over at least as
  many pixels as a one-pixel ring round the control (half of WCAG 2.4.13's two-pixel ring);
* **contrast**: the colour pairs the app really paints with (the live palette, the style's answer,
  badge, error and primary-button colours, the level colours) reach 4.5:1 for text and 3:1 for
  focus rings, input borders and chart series; disabled text is exempt (WCAG 1.4.3);
* **target**: every clickable control, every tab and every item-view row is at least 24×24 px
  (WCAG 2.2 SC 2.5.8).

Used by ``tests/a11y`` and by ``tools/a11y_audit.py`` (which writes docs/a11y-audit.md).
The index-file chooser and the export-folder chooser are native ``QFileDialog`` s and are not
audited here: on Windows and macOS they are the operating system's own dialogs.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageChops
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAccessible, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSlider,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain.levels import Level
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.workshop import Workshops
from svmi_desktop.storage import Store
from svmi_desktop.storage.errors import StoreFullError
from svmi_desktop.ui import dialogs
from svmi_desktop.ui.main_window import MainWindow
from svmi_desktop.ui.style import (
    FUTURE_COLOUR,
    HIGH_CONTRAST,
    LEVEL_COLOURS,
    LIGHT,
    PRESENT_COLOUR,
    Appearance,
    Scheme,
    contrast,
    register_font,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QSlider,
    QTabBar,
)
THEMES = ("normal", "high-contrast")
TEXT_MIN, NON_TEXT_MIN, TARGET_MIN = 4.5, 3.0, 24
MAX_STAY = 4  # Tab presses one control may keep (a date edit's day, month and year sections)
CHECKS = ("name", "tab", "focus", "contrast", "target")
REPORTS: list[Report] = []  # every report made in this process (printed at the end of a test run)
NOT_AUDITED = (
    "index-file chooser and export-folder chooser: native QFileDialog (the operating system's "
    "own dialog on Windows and macOS), not app code"
)


@dataclass(frozen=True)
class Finding:
    where: str
    check: str
    widget: str
    detail: str

    def __str__(self) -> str:
        return f"[{self.where}] {self.check}: {self.widget}: {self.detail}"


@dataclass
class Tally:
    """What was checked on one page or dialog in one theme."""

    theme: str
    page: str
    kind: str  # "page" or "dialog"
    named: int = 0  # interactive controls (and tabs) whose name was read
    tab_stops: int = 0
    focus: int = 0
    targets: int = 0
    contrast_pairs: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.theme} / {self.page}"

    def add(self, check: str, widget: str, detail: str) -> None:
        self.findings.append(Finding(self.where, check, widget, detail))


@dataclass
class Report:
    tallies: list[Tally] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for t in self.tallies for f in t.findings]

    def of(self, check: str) -> list[Finding]:
        return [f for f in self.findings if f.check == check]

    def pages(self, theme: str | None = None) -> list[str]:
        return [t.page for t in self.tallies if theme in (None, t.theme) and t.kind == "page"]

    def dialogs(self, theme: str | None = None) -> list[str]:
        return [t.page for t in self.tallies if theme in (None, t.theme) and t.kind == "dialog"]

    def totals(self) -> dict[str, int]:
        return {
            "named": sum(t.named for t in self.tallies),
            "tab_stops": sum(t.tab_stops for t in self.tallies),
            "focus": sum(t.focus for t in self.tallies),
            "targets": sum(t.targets for t in self.tallies),
            "contrast_pairs": sum(t.contrast_pairs for t in self.tallies),
            "findings": len(self.findings),
        }

    def table(self) -> str:
        """A compact Markdown table: one row per page or dialog and theme, then the totals."""
        head = (
            "| theme | page or dialog | named | tab stops | focus | targets | contrast | findings |"
        )
        rows = [head, "|---|---|---:|---:|---:|---:|---:|---:|"]
        for t in self.tallies:
            rows.append(
                f"| {t.theme} | {t.page} | {t.named} | {t.tab_stops} | {t.focus} | {t.targets} "
                f"| {t.contrast_pairs} | {len(t.findings)} |"
            )
        s = self.totals()
        rows.append(
            f"| **all** | {len(self.pages())} pages, {len(self.dialogs())} dialogs | {s['named']} "
            f"| {s['tab_stops']} | {s['focus']} | {s['targets']} | {s['contrast_pairs']} "
            f"| {s['findings']} |"
        )
        return "\n".join(rows)


# -- helpers ---------------------------------------------------------------------------------


def settle(ms: int = 0) -> None:
    QApplication.processEvents()
    if ms:
        QTest.qWait(ms)


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (
        iface.text(QAccessible.Text.Name).strip() if iface is not None and iface.isValid() else ""
    )


def describe(widget: QWidget) -> str:
    text = widget.text().replace("&", "") if isinstance(widget, QAbstractButton) else ""
    label = accessible_name(widget) or text or widget.objectName() or "(no name)"
    return f"{type(widget).__name__} “{label}”"


def _inside_composite(widget: QWidget, root: QWidget) -> bool:
    """Parts of a composite control that it exposes itself (a spin box's line edit, a header)."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def interactive(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisible()
        and w.window() is root
        and not _inside_composite(w, root)
    ]


def focusable(root: QWidget) -> list[QWidget]:
    """What Tab should reach: visible, enabled, Tab-focusable widgets without a focus proxy."""
    out = []
    for w in root.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled() and w.window() is root):
            continue
        if (w.focusPolicy() & Qt.FocusPolicy.TabFocus) != Qt.FocusPolicy.TabFocus:
            continue
        if w.focusProxy() is not None or _inside_composite(w, root):
            continue
        out.append(w)
    return out


def _blocks(widget: QWidget, root: QWidget) -> list[QScrollArea]:
    """The scroll areas that hold ``widget``, outermost first."""
    chain = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            chain.append(parent)
        parent = parent.parentWidget()
    return chain[::-1]


def reading_box(widget: QWidget, root: QWidget) -> list[tuple[int, int, int, int]]:
    """Where a widget sits in reading order: its box in the window, or, inside a scroll area,
    the scroll area's box and then its box in the scrolled content (so scrolling does not matter)."""
    boxes = []
    frame: QWidget = root
    for area in _blocks(widget, root):
        at = area.mapTo(frame, QPoint(0, 0))
        boxes.append((at.y(), at.x(), area.height(), area.width()))
        inner = area.widget()
        assert inner is not None
        frame = inner
    at = widget.mapTo(frame, QPoint(0, 0))
    boxes.append((at.y(), at.x(), widget.height(), widget.width()))
    return boxes


def reads_before(a: QWidget, b: QWidget, root: QWidget) -> bool:
    """True if ``b`` comes before ``a`` in reading order (rows overlapping by half the smaller
    height count as one row, read left to right)."""
    for (ya, xa, ha, _), (yb, xb, hb, _) in zip(
        reading_box(a, root), reading_box(b, root), strict=False
    ):
        if (ya, xa) == (yb, xb):
            continue
        overlap = min(ya + ha, yb + hb) - max(ya, yb)
        if overlap >= min(ha, hb) / 2:
            return xb < xa
        return yb < ya
    return False


def _pil(image: QImage) -> Image.Image:
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return Image.frombuffer(
        "RGBA",
        (rgba.width(), rgba.height()),
        bytes(rgba.constBits()),
        "raw",
        "RGBA",
        rgba.bytesPerLine(),
        1,
    ).convert("RGB")


def focus_change(before: QImage, after: QImage) -> tuple[int, int]:
    """(pixels that changed, pixels that changed with a contrast of at least 3:1)."""
    a, b = _pil(before), _pil(after)
    if a.size != b.size:
        return a.width * a.height, a.width * a.height
    mask = ImageChops.difference(a, b).convert("L").point(lambda v: 255 if v else 0)
    box = mask.getbbox()
    if box is None:
        return 0, 0
    width = a.width
    pa, pb = a.load(), b.load()
    assert pa is not None and pb is not None
    changed = strong = 0
    cache: dict[tuple[object, object], float] = {}
    flat = getattr(mask, "get_flattened_data", mask.getdata)  # getdata is deprecated in Pillow 12
    for i, on in enumerate(flat()):
        if not on:
            continue
        changed += 1
        x, y = i % width, i // width
        key = (pa[x, y], pb[x, y])
        ratio = cache.get(key)
        if ratio is None:
            ratio = cache[key] = contrast(_hex(key[0]), _hex(key[1]))
        strong += ratio >= NON_TEXT_MIN
    return changed, strong


def _hex(rgb: object) -> str:
    """An (r, g, b) pixel of an RGB image as #RRGGBB."""
    assert isinstance(rgb, tuple)
    r, g, b = (int(v) for v in rgb)
    return f"#{r:02X}{g:02X}{b:02X}"


# -- the five checks --------------------------------------------------------------------------


def check_names(root: QWidget, tally: Tally) -> None:
    for w in interactive(root):
        tally.named += 1
        if not accessible_name(w):
            tally.add("name", describe(w), "no accessible name")
        if isinstance(w, QTabBar):
            iface = QAccessible.queryAccessibleInterface(w)
            for i in range(w.count()):
                tally.named += 1
                child = iface.child(i) if iface is not None else None
                name = child.text(QAccessible.Text.Name).strip() if child is not None else ""
                if not name:
                    tally.add("name", f"tab {i} of {describe(w)}", "no accessible name")


def _focused_in(expected: list[QWidget]) -> QWidget | None:
    w = QApplication.focusWidget()
    while w is not None and w not in expected:
        w = w.parentWidget()
    return w


def check_tab_order(root: QWidget, tally: Tally) -> None:
    expected = focusable(root)
    tally.tab_stops += len(expected)
    if not expected:
        return
    order = list(expected)
    # Reading order by insertion: a stable, tolerance-aware ordering for the start point.
    order.sort(key=lambda w: reading_box(w, root)[0][:2])
    first = order[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    seq: list[QWidget] = [first]
    stay = 0
    for _ in range(MAX_STAY * (len(expected) + 3)):
        current = QApplication.focusWidget()
        QTest.keyClick(current if current is not None else root, Qt.Key.Key_Tab)
        settle()
        landed = _focused_in(expected)
        if landed is None:
            tally.add(
                "tab",
                describe(QApplication.focusWidget() or root),
                "Tab landed on a control outside the page's focus list",
            )
            return
        if landed is seq[-1] and len(expected) > 1:
            # A date edit's Tab first moves day → month → year, then leaves: that is fine.
            stay += 1
            if stay >= MAX_STAY:
                tally.add(
                    "tab",
                    describe(landed),
                    f"keyboard trap: Tab stays on this control for {MAX_STAY} presses",
                )
                return
            continue
        stay = 0
        if landed is first:
            break
        if landed in seq:
            tally.add("tab", describe(landed), "visited twice before Tab cycled back to the start")
            return
        if landed.visibleRegion().isEmpty():
            tally.add("tab", describe(landed), "focused but scrolled out of sight")
        seq.append(landed)
    else:
        tally.add("tab", describe(seq[-1]), "Tab never cycled back to the first control")
    for w in expected:
        if w not in seq:
            tally.add("tab", describe(w), "not reachable by Tab")
    for a, b in itertools.pairwise(seq):
        if reads_before(a, b, root):
            tally.add("tab", describe(b), f"comes after {describe(a)} but reads before it")


def on_screen(widget: QWidget, area: QRect) -> QImage:
    """The window's pixels over ``area`` (window coordinates): what the user sees there, with
    whatever shows through a transparent margin."""
    return widget.window().grab(area).toImage()


def visible_rect(widget: QWidget, root: QWidget) -> QRect:
    """The part of ``widget`` its ancestors let show, in ``root`` coordinates."""
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        rect &= QRect(parent.mapTo(root, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return rect & root.rect()


def scroll_into_view(widget: QWidget) -> None:
    """All of the control, innermost scroll area first. (``ensureWidgetVisible`` would show
    only a text box's cursor.)"""
    from svmi_desktop.ui.responsive import show_whole

    for area in _blocks(widget, widget.window())[::-1]:
        show_whole(area, widget, 0)
        settle()
    settle()


def check_focus_visible(root: QWidget, tally: Tally) -> None:
    for w in focusable(root):
        tally.focus += 1
        scroll_into_view(w)
        area = visible_rect(w, root)
        if isinstance(w, QTabBar):  # its focus shows on the current tab
            tab = w.tabRect(w.currentIndex())
            area = QRect(w.mapTo(root, tab.topLeft()), tab.size()) & area
        if area.isEmpty():
            tally.add("focus", describe(w), "cannot be brought into view")
            continue
        w.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        with_focus = on_screen(w, area)
        w.clearFocus()
        settle()
        without = on_screen(w, area)
        changed, strong = focus_change(without, with_focus)
        ring = 2 * (area.width() + area.height()) - 4  # a one-pixel ring round what is visible
        if strong < ring:
            tally.add(
                "focus",
                describe(w),
                f"focus changes {changed} px, {strong} of them at >= 3:1; a 1 px ring is {ring} px",
            )


def check_targets(root: QWidget, tally: Tally) -> None:
    for w in interactive(root):
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                tally.targets += 1
                r = w.tabRect(i)
                if r.width() < TARGET_MIN or r.height() < TARGET_MIN:
                    tally.add("target", f"tab “{w.tabText(i)}”", f"{r.width()}×{r.height()} px")
            continue
        tally.targets += 1
        if w.width() < TARGET_MIN or w.height() < TARGET_MIN:
            tally.add("target", describe(w), f"{w.width()}×{w.height()} px")
        if isinstance(w, QTableView):
            rows = [w.rowHeight(r) for r in range(w.model().rowCount()) if not w.isRowHidden(r)]
            small = [h for h in rows if h < TARGET_MIN]
            tally.targets += len(rows)
            if small:
                tally.add(
                    "target", describe(w), f"{len(small)} rows under 24 px (min {min(small)})"
                )
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for row in range(model.rowCount()):
                tally.targets += 1
                h = w.visualRect(model.index(row, 0)).height()
                if 0 < h < TARGET_MIN:
                    tally.add("target", describe(w), f"row {row} is {h} px high")


def contrast_pairs(scheme: Scheme) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(text pairs, non-text pairs) as (what, foreground, background), from the live palette and
    the colours the style sheet and widgets paint with."""
    pal = QApplication.palette()

    def c(group: QPalette.ColorGroup, role: QPalette.ColorRole) -> str:
        return pal.color(group, role).name()

    R = QPalette.ColorRole
    text: list[tuple[str, str, str]] = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        g = group.name.lower()
        text += [
            (f"window text / window ({g})", c(group, R.WindowText), c(group, R.Window)),
            (f"text / base ({g})", c(group, R.Text), c(group, R.Base)),
            (f"text / alternate base ({g})", c(group, R.Text), c(group, R.AlternateBase)),
            (f"button text / button ({g})", c(group, R.ButtonText), c(group, R.Button)),
            (
                f"highlighted text / highlight ({g})",
                c(group, R.HighlightedText),
                c(group, R.Highlight),
            ),
            (f"link / base ({g})", c(group, R.Link), c(group, R.Base)),
            (f"link / window ({g})", c(group, R.Link), c(group, R.Window)),
            (f"placeholder / base ({g})", c(group, R.PlaceholderText), c(group, R.Base)),
            (f"tooltip text / tooltip ({g})", c(group, R.ToolTipText), c(group, R.ToolTipBase)),
        ]
    error = "#9B1111" if scheme is LIGHT else "#FFD400"
    text += [
        ("muted text / window", scheme.muted, scheme.window),
        ("muted text / card (base)", scheme.muted, scheme.base),
        ("error text / window", error, scheme.window),
        ("primary button text", scheme.highlighted_text, scheme.highlight),
        ("answer Yes", scheme.yes_fg, scheme.yes_bg),
        ("answer No", scheme.no_fg, scheme.no_bg),
        ("answer not yet given", scheme.text, scheme.base),
        ("answer locked Yes", scheme.text, scheme.alt_base),
    ]
    for level in Level:
        bg, fg = LEVEL_COLOURS[level]
        text.append((f"level badge {level.label}", fg, bg))
    non_text = [
        ("focus ring / window", scheme.focus, scheme.window),
        ("focus ring / base", scheme.focus, scheme.base),
        ("focus ring / button", scheme.focus, scheme.button),
        ("input and button border / window", scheme.border, scheme.window),
        ("input border / card (base)", scheme.border, scheme.base),
        ("answer No border / base", scheme.no_fg, scheme.base),
        ("radar present series / base", PRESENT_COLOUR, scheme.base),
        ("radar future series / base", FUTURE_COLOUR, scheme.base),
    ]
    return text, non_text


def check_contrast(scheme: Scheme, tally: Tally) -> None:
    text, non_text = contrast_pairs(scheme)
    for minimum, pairs in ((TEXT_MIN, text), (NON_TEXT_MIN, non_text)):
        for what, fg, bg in pairs:
            tally.contrast_pairs += 1
            ratio = contrast(fg, bg)
            if ratio < minimum:
                tally.add("contrast", what, f"{fg} on {bg} is {ratio:.2f}:1, needs {minimum}:1")


def audit(root: QWidget, tally: Tally) -> None:
    """Names, targets and Tab order, then focus (which moves focus about), for one screen."""
    settle()
    check_names(root, tally)
    check_targets(root, tally)
    check_tab_order(root, tally)
    check_focus_visible(root, tally)


# -- driving the app -------------------------------------------------------------------------


def activate(widget: QWidget) -> None:
    widget.activateWindow()
    handle = widget.windowHandle()
    if handle is not None:
        handle.requestActivate()
    for _ in range(50):
        if widget.isActiveWindow():
            break
        QTest.qWait(10)


def audit_modal(theme: str, name: str, report: Report, show: Callable[[], object]) -> None:
    """Run one of the patchable dialog functions; audit its box while it is open, then close it."""
    tally = Tally(theme, name, "dialog")
    report.tallies.append(tally)
    seen: list[QWidget] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, inspect)
            return
        seen.append(box)
        activate(box)
        audit(box, tally)
        box.close()

    QTimer.singleShot(0, inspect)
    show()
    if not seen:
        tally.add("name", name, "the dialog never opened")


@contextlib.contextmanager
def opened_window(
    data_dir: Path, appearance: Appearance, size: tuple[int, int] = (1280, 800)
) -> Iterator[MainWindow]:
    paths = AppPaths.under(data_dir)
    paths.ensure()
    store = Store.open(paths)
    window = MainWindow(Workshops(store, IndexLibrary(paths.indexes_dir)), appearance)
    try:
        window.resize(*size)
        window.show()
        QTest.qWaitForWindowExposed(window)
        activate(window)
        yield window
    finally:
        window.close()
        window.deleteLater()
        settle()
        store.close()


def audit_theme(
    window: MainWindow, appearance: Appearance, theme: str, report: Report, label: str | None = None
) -> None:
    """Every page and dialog in one theme; ``label`` names the grid cell in the report (the
    theme's name when None)."""
    appearance.set_high_contrast(theme == "high-contrast")
    settle()
    scheme = HIGH_CONTRAST if theme == "high-contrast" else LIGHT
    where = label or theme

    def page(name: str) -> None:
        tally = Tally(where, name, "page")
        report.tallies.append(tally)
        if name == "start":
            check_contrast(scheme, tally)  # once per theme: the palette is app-wide
        settle(20)
        audit(window, tally)

    window.open_demo()  # so the start page lists a session
    window.show_start()
    page("start")
    window.start.search.setText("e")  # shows the search box's clear button
    page("start, searching")
    window.start.search.clear()
    window.show_new()
    window.new_page.add_row("Head of Procurement")  # two participant rows
    page("new assessment")
    window.open_demo()
    view = window.session_view
    assert view is not None
    view.go("intro")
    page("introduction")
    for code in view.theme_pages:
        view.go(code)
        page(f"theme {code}")
    view.go("results")
    page("results")
    view.go("plan")
    view.plan.tabs.setCurrentIndex(0)
    page("action plan: by theme")
    view.plan.tabs.setCurrentIndex(1)
    page("action plan: by year")
    view.go("export")
    page("export")

    # Dialogs. The add-action dialog is built and shown without exec() so it can be inspected.
    tally = Tally(where, "add an action", "dialog")
    report.tallies.append(tally)
    dialog = dialogs.AddActionDialog(window, view.session.index.themes, 3)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    activate(dialog)
    audit(dialog, tally)
    dialog.reject()
    dialog.deleteLater()
    audit_modal(
        where,
        "information message",
        report,
        lambda: dialogs.show_info(window, "Keyboard shortcuts", "F1: this list"),
    )
    audit_modal(
        where,
        "error message",
        report,
        lambda: dialogs.show_error(window, "The file could not be imported", "Not a workbook."),
    )
    audit_modal(
        where,
        "storage error",
        report,
        lambda: dialogs.show_storage_error(window, StoreFullError("The disk is full.")),
    )
    audit_modal(
        where,
        "yes/no question",
        report,
        lambda: dialogs.ask_yes_no(window, "SVMI Desktop is already open", "Open read-only?"),
    )
    audit_modal(
        where,
        "crash dialog",
        report,
        lambda: dialogs.show_crash(window, "SVMI Desktop hit a problem it did not expect."),
    )
    activate(window)


#: The layout grid of issue 10: screen sizes × text sizes (the window fills the screen).
GRID_SIZES = ((1024, 768), (1280, 720), (1366, 768), (1920, 1080), (3840, 2160))
GRID_ZOOMS = (100, 125, 150, 175, 200)


def run_audit(
    data_dir: Path,
    themes: tuple[str, ...] = THEMES,
    cells: tuple[tuple[tuple[int, int], int], ...] = (((1280, 800), 100),),
) -> Report:
    """The whole audit on a fresh data folder (needs a QApplication), for each grid cell
    ``((width, height), zoom)``; cells other than the default are named in the report."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create a QApplication first"
    appearance = Appearance(app, register_font(app))
    appearance.apply()  # the app's style, as the app sets it
    report = Report()
    try:
        for n, (size, zoom) in enumerate(cells):
            appearance.set_zoom(zoom)
            for theme in themes:
                label = (
                    theme
                    if cells == (((1280, 800), 100),)
                    else f"{theme} {size[0]}×{size[1]} {zoom}%"
                )
                with opened_window(data_dir / str(n), appearance, size) as window:
                    audit_theme(window, appearance, theme, report, label)
    finally:
        appearance.set_high_contrast(False)
        appearance.set_zoom(100)
    return report
