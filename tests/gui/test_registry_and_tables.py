"""Compare and History are registered pages built when first shown; the history marks and the
room are session additions; the data tables are a model behind a sort proxy."""

from __future__ import annotations

import sys
import types

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from svmi_desktop.domain.reassessment import CarryMode
from svmi_desktop.ui import history_dialogs, page_registry
from svmi_desktop.ui.table_model import CellModel, CellSort, CellTable
from tests.gui.test_history_flow import LATER, _first_workshop


def _reassessed(window, monkeypatch):  # type: ignore[no-untyped-def]
    _first_workshop(window)
    monkeypatch.setattr(history_dialogs, "ask_reassessment", lambda *a: (LATER, CarryMode.CARRY))
    window.show_start()
    window.start.reassess_button.click()
    return window.session_view


def test_compare_and_history_are_registered_pages(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from svmi_desktop.ui.compare_page import ComparePage
    from svmi_desktop.ui.trend_page import TrendPage

    assert "svmi_desktop.ui.compare_page" in page_registry.PAGE_MODULES
    assert "svmi_desktop.ui.trend_page" in page_registry.PAGE_MODULES
    keys = [spec.key for spec in page_registry.registered_specs()]
    assert keys[:3] == ["details", "compare", "history"]
    window = make_window()
    window.open_demo()
    view = window.session_view
    titles = [view.nav.item(i).text() for i in range(view.nav.count())]
    assert titles[-3:] == ["Workshop details", "Compare", "History"]
    # Opening builds none of them (first paint); each is built when first shown.
    assert not view.findChildren(ComparePage) and not view.findChildren(TrendPage)
    assert isinstance(view.extra_pages["compare"], page_registry.PendingPage)
    view.show_details()  # the details changed: pages not on screen stay unbuilt
    assert isinstance(view.extra_pages["history"], page_registry.PendingPage)
    view.go("compare")
    compare = view.extra_pages["compare"]
    assert isinstance(compare, ComparePage) and view.stack.currentWidget() is compare
    assert view.nav.currentRow() == view.stack.indexOf(compare)
    assert not view.findChildren(TrendPage)
    trend = page_registry.page_of(view, "history")  # built without being shown
    assert isinstance(trend, TrendPage) and view.extra_pages["history"] is trend
    assert view.stack.currentWidget() is compare
    # The hooks no longer make pages: the marks' addition holds no page.
    marks = page_registry.addition(view, "history_marks")
    assert not hasattr(marks, "compare_page") and not hasattr(marks, "trend_page")


def test_a_page_left_out_of_the_registry_is_not_shown(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The Compare and History entries come from the registry, not from a hook."""
    monkeypatch.setattr(page_registry, "PAGE_MODULES", ("svmi_desktop.ui.details_page",))
    kept = {k: v for k, v in page_registry._pages.items() if k not in ("compare", "history")}
    monkeypatch.setattr(page_registry, "_pages", kept)
    window = make_window()
    window.open_demo()
    view = window.session_view
    titles = [view.nav.item(i).text() for i in range(view.nav.count())]
    assert "Compare" not in titles and "History" not in titles
    assert view.page_index("compare") == -1


def test_one_module_plus_one_line_in_page_modules(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    module = types.ModuleType("tests_sample_page")

    def build(view):  # type: ignore[no-untyped-def]
        return QLabel(view.session.assessment.organisation.name)

    fed: list[str] = []
    module.__dict__["registered"] = lambda: page_registry.register_page(
        "sample", lambda: "Sample", build, 90, lambda view, page: fed.append(page.text())
    )
    monkeypatch.setitem(sys.modules, "tests_sample_page", module)
    monkeypatch.setattr(page_registry, "_pages", dict(page_registry._pages))
    module.registered()
    monkeypatch.setattr(
        page_registry, "PAGE_MODULES", (*page_registry.PAGE_MODULES, "tests_sample_page")
    )
    window = make_window()
    window.open_demo()
    view = window.session_view
    assert view.nav.item(view.nav.count() - 1).text() == "Sample"
    view.go("sample")
    assert fed == [view.session.assessment.organisation.name]  # fed each time it is shown
    view.go("intro")
    view.go("sample")
    assert len(fed) == 2


def test_additions_are_attached_once_per_session_shown(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from svmi_desktop.ui.history_hooks import HistoryMarks
    from svmi_desktop.ui.presenter import Presenter

    seen: list[object] = []
    monkeypatch.setattr(page_registry, "_additions", dict(page_registry._additions))
    page_registry.register_addition("probe", lambda view, window: seen.append(view) or "ok", 5)
    window = make_window()
    window.open_demo()
    view = window.session_view
    assert seen == [view]
    assert isinstance(page_registry.addition(view, "history_marks"), HistoryMarks)
    assert isinstance(page_registry.addition(view, "room"), Presenter)
    assert list(view.__dict__["additions"]) == ["probe", "history_marks", "room"]  # by order
    assert page_registry.lent(view, "history") is not None


def test_compare_and_history_tables_sort_through_the_proxy(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    view = _reassessed(make_window(), monkeypatch)
    session = view.session
    mature = [c.id for c in session.index.theme("C").asked if c.level.letter == "M"]
    for cid in mature:  # theme C moves up a level: the one change
        view._answer(cid, "present", True)
    view.go("compare")
    compare = view.extra_pages["compare"]
    table = compare.table
    assert isinstance(table, CellTable) and isinstance(table.model(), CellSort)
    assert isinstance(table.model().sourceModel(), CellModel)
    assert table.text(0, 0).startswith("A")  # the themes' order until a heading is clicked
    table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # by the change, up first
    assert table.text(0, 0).startswith("C") and table.text(0, 4).startswith("↑")
    assert table.model().index(0, 4).data(Qt.ItemDataRole.AccessibleTextRole) == "Up 1 level"
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [table.text(r, 0)[0] for r in range(3)] == ["A", "B", "C"]
    # Shown again, the page is fed again: the answer undone shows at once.
    for cid in mature:
        view._answer(cid, "present", False)
    view.go("intro")
    view.go("compare")
    assert set(compare.change_texts()) == {"=  No change"}

    view.go("history")
    trend = view.extra_pages["history"].table
    n = trend.rowCount()
    assert trend.text(n - 1, 0) == "Overall (mean)"
    trend.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert trend.text(0, 0).startswith("J") and trend.text(n - 1, 0) == "Overall (mean)"
    assert trend.model().index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_room_spread_keeps_disagreements_first_until_sorted(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_demo()
    view = window.session_view
    view.go("A")
    presenter = page_registry.addition(view, "room")
    presenter.show_panel()
    spread = presenter.panel.spread_table
    source = spread.model().sourceModel()
    given = [row[0].text for row in source.rows]
    assert given and [spread.text(r, 0) for r in range(spread.rowCount())] == given
    spread.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [spread.text(r, 0) for r in range(spread.rowCount())] == sorted(given, reverse=True)
    chosen: list[str] = []
    presenter.panel.criterion_chosen.connect(chosen.append)
    spread.activated.emit(spread.model().index(0, 2))  # Enter on a row: that criterion
    assert chosen == [sorted(given, reverse=True)[0]]


def test_plan_by_theme_is_a_read_only_model(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.open_demo()
    view = window.session_view
    view.go("plan")
    matrix = view.plan.matrix
    assert isinstance(matrix.model(), CellSort)
    themes = view.session.index.themes
    assert matrix.rowCount() == len(themes)
    heading = matrix.model().headerData(0, Qt.Orientation.Vertical)
    assert heading == f"{themes[0].code} {themes[0].short}"
    index = matrix.model().index(0, 0)
    assert not matrix.model().flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not matrix.model().setData(index, "typed")
    assert not matrix.isSortingEnabled()
