"""What makes a zoom or contrast step and a page switch fit in one frame (issue 10), tested as
behaviour: hidden pages are passed by a zoom step and catch up when shown, scroll bars and level
badges are painted by the app's style in the scheme's colours, and Enter still clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QScrollBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from svmi_desktop.domain.levels import Level
from svmi_desktop.ui.proxy_style import FONT_ROLES
from svmi_desktop.ui.responsive import PageScroll
from svmi_desktop.ui.style import HIGH_CONTRAST, LEVEL_COLOURS, LIGHT, contrast
from svmi_desktop.ui.widgets import LevelBadge


class _FontChanges(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange:
            self.count += 1
        return False


def _plain_label(page: QWidget) -> QLabel:
    """A label of the page whose font is the application's (no role of its own)."""
    for label in page.findChildren(QLabel):
        if label.property("role") is None and not isinstance(label, LevelBadge) and label.text():
            return label
    raise AssertionError("no plain label on the page")


def test_a_zoom_step_passes_hidden_pages_by_and_they_catch_up_when_shown(  # type: ignore[no-untyped-def]
    qtbot, make_window
) -> None:
    window = make_window()
    window.open_demo()
    view = window.session_view
    view.go("A")
    view.go("C")  # A is built, and now hidden
    hidden = view.theme_pages["A"]
    label = _plain_label(hidden)
    changes = _FontChanges()
    label.installEventFilter(changes)
    before = label.font().pointSizeF()

    window.zoom(10)
    QApplication.processEvents()
    shown_label = _plain_label(view.theme_pages["C"])
    assert shown_label.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
    assert changes.count == 0  # the hidden page did no work for the step
    assert label.font().pointSizeF() == pytest.approx(before)
    scroll = view.stack.scroll_area(hidden)
    assert isinstance(scroll, PageScroll) and scroll.held

    # a heading of the hidden page keeps its size until the page shows, then takes the new one
    heading = next(w for w in hidden.findChildren(QLabel) if w.property("role") == "h1")
    assert heading.font().pointSizeF() == pytest.approx(before * FONT_ROLES["h1"][0])
    muted = [w for w in hidden.findChildren(QLabel) if w.property("role") == "muted"]
    assert muted
    window.toggle_contrast()  # while the page is still held
    QApplication.processEvents()

    view.go("A")
    QApplication.processEvents()
    assert heading.font().pointSizeF() == pytest.approx(before * 1.1 * FONT_ROLES["h1"][0])
    for widget in muted:  # and its muted text has the high-contrast colour
        ink = widget.palette().color(widget.foregroundRole()).name().upper()
        assert ink == HIGH_CONTRAST.muted.upper()
    window.toggle_contrast()
    assert not scroll.held
    assert changes.count >= 1
    assert label.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
    assert label.font().pointSizeF() == pytest.approx(before * 1.1)
    # and a later zoom step reaches it while it is shown
    window.zoom(-10)
    QApplication.processEvents()
    assert label.font().pointSizeF() == pytest.approx(before)


def _render(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _same(a: QColor, b: str) -> bool:
    return a.name().upper() == QColor(b).name().upper()


@pytest.mark.parametrize("scheme", [LIGHT, HIGH_CONTRAST], ids=["light", "high-contrast"])
def test_scroll_bars_are_flat_in_the_schemes_colours(qtbot, make_window, scheme) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.appearance.set_high_contrast(scheme is HIGH_CONTRAST)
    QApplication.processEvents()
    holder = QWidget()
    qtbot.addWidget(holder)
    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.setRange(0, 100)
    bar.setPageStep(50)
    QVBoxLayout(holder).addWidget(bar)
    holder.resize(40, 300)
    holder.show()
    qtbot.waitExposed(holder)
    image = _render(bar)
    handle = bar.style().subControlRect(
        bar.style().ComplexControl.CC_ScrollBar,
        _slider_option(bar),
        bar.style().SubControl.SC_ScrollBarSlider,
        bar,
    )
    centre = handle.center()
    assert _same(image.pixelColor(centre), scheme.border)
    below = handle.bottom() + 10  # the track under the handle
    assert _same(image.pixelColor(centre.x(), below), scheme.alt_base)
    # a handle you can see: 3:1 against its track (WCAG 1.4.11), in both schemes
    assert contrast(scheme.border, scheme.alt_base) >= 3


def _slider_option(bar: QScrollBar):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionSlider

    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return option


def test_level_badges_are_painted_in_their_colour_and_follow_the_zoom(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    badge = LevelBadge(Level.LEADER)
    qtbot.addWidget(badge)
    badge.show()
    qtbot.waitExposed(badge)
    assert badge.styleSheet() == ""  # no sheet to set again at every zoom step
    fill, ink = LEVEL_COLOURS[Level.LEADER]
    image = _render(badge)
    assert _same(image.pixelColor(6, badge.height() // 2), fill)
    assert badge.palette().color(badge.foregroundRole()).name().upper() == ink.upper()
    assert badge.font().bold()
    window.set_zoom(150)
    QApplication.processEvents()
    assert badge.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
    assert badge.font().bold()
    # unanswered compliance: no fill, a dashed border in the scheme's text colour
    badge.set_level(Level.NON_COMPLIANT, not_answered=True)
    fill_or_none, border, dashed = badge.badge_colours()
    assert border.name().upper() == LIGHT.text.upper()
    assert fill_or_none is None and dashed
    window.appearance.set_high_contrast(True)
    QApplication.processEvents()
    assert badge.badge_colours()[1].name().upper() == HIGH_CONTRAST.text.upper()


def test_enter_clicks_a_focused_push_button_and_check_box_outside_dialogs(
    qtbot, make_window
) -> None:  # type: ignore[no-untyped-def]
    """A push button by Qt's own autoDefault (no filter of ours), a check box by the filter."""
    from PySide6.QtWidgets import QPushButton

    make_window()  # installs Enter-clicks, as the app does
    holder = QWidget()
    qtbot.addWidget(holder)
    row = QVBoxLayout(holder)
    button, box = QPushButton("Go"), QCheckBox("Agree")
    row.addWidget(button)
    row.addWidget(box)
    holder.show()
    qtbot.waitExposed(holder)
    holder.windowHandle().requestActivate()  # offscreen windows are not active by default
    qtbot.waitUntil(holder.isActiveWindow)
    assert button.autoDefault()  # made one as the style polished it
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    qtbot.keyClick(button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert clicks == [1, 1]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert box.isChecked()  # Ctrl+Enter is left to shortcuts


def test_the_plan_fits_its_rows_once_when_shown_not_while_hidden(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_demo()
    view = window.session_view
    plan = view.plan
    fits = []
    original = QTableView.resizeRowsToContents

    def counted(table):  # type: ignore[no-untyped-def]
        fits.append(table)
        original(table)

    QTableView.resizeRowsToContents = counted  # type: ignore[method-assign]
    try:
        view.go("C")
        plan.show_plan(view.session.index, view.session.plan)  # hidden: nothing is fitted
        assert fits == [] and plan._fit_due
        view.go("plan")
        QApplication.processEvents()
    finally:
        QTableView.resizeRowsToContents = original  # type: ignore[method-assign]
    assert 2 <= len(fits) <= 4  # both tables, once or twice each (not three times as before)
    assert not plan._fit_due
    # and the rows are as tall as their wrapped text
    table = plan.years
    line = table.fontMetrics().height()
    assert all(table.rowHeight(r) >= line for r in range(table.model().rowCount()))


def test_a_zoom_step_passes_the_hidden_room_dock_by(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from svmi_desktop.ui import page_registry

    window = make_window()
    window.open_demo()
    presenter = page_registry.addition(window.session_view, "room")
    dock = presenter.dock
    assert not dock.isVisible()
    label = next(w for w in dock.findChildren(QLabel) if w.property("role") is None)
    changes = _FontChanges()
    label.installEventFilter(changes)
    before = label.font().pointSizeF()
    window.zoom(20)
    QApplication.processEvents()
    assert changes.count == 0 and label.font().pointSizeF() == pytest.approx(before)
    dock.show()
    QApplication.processEvents()
    assert label.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
    assert label.font().pointSizeF() == pytest.approx(before * 1.2)


def test_the_search_has_a_clear_button_of_its_own_and_frames_keep_room_for_the_ring(
    qtbot, make_window
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPlainTextEdit

    window = make_window()
    start = window.start
    assert not start.clear_button.isEnabled()
    start.search.setFocus()
    qtbot.keyClicks(start.search, "North")
    assert start.clear_button.isEnabled()
    assert start.clear_button.height() >= 24 and start.clear_button.width() >= 24  # a target
    assert start.clear_button.accessibleName() == "Clear the search"
    qtbot.mouseClick(start.clear_button, Qt.MouseButton.LeftButton)
    assert start.search.text() == "" and not start.clear_button.isEnabled()
    assert start.search.hasFocus()
    # a framed scroll area keeps a 3 px frame for its focus ring, with no pixel metric of ours
    notes = QPlainTextEdit()
    qtbot.addWidget(notes)
    notes.show()
    assert notes.frameWidth() == 3
    assert start.table.frameWidth() == 3
