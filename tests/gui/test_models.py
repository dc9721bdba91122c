"""Issue 10: Qt's model/view machinery: the start list is a table model behind a sort/filter
proxy; session pages come from a registry (one module plus one line)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from svmi_desktop.domain.assessment import Organisation, Workshop
from svmi_desktop.services.workshop import NewSession
from svmi_desktop.ui import page_registry
from svmi_desktop.ui.session_list_model import SessionFilter, SessionListModel


def test_start_list_is_a_model_with_search_and_sort(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    workshops = window.workshops
    for name, index_id, day in (
        ("Zeta Police", "public-sector", dt.date(2026, 3, 1)),
        ("Acme Ltd", "business", dt.date(2026, 1, 1)),
        ("Moor Council", "public-sector", dt.date(2026, 2, 1)),
    ):
        workshops.create(NewSession(index_id, Organisation(name), Workshop(day)))
    window.show_start()
    start = window.start
    assert isinstance(start.model, SessionListModel) and isinstance(start.proxy, SessionFilter)
    assert start.table.model() is start.proxy

    def shown() -> list[str]:
        return [start.table.text(r, 0) for r in range(start.table.rowCount())]

    assert shown() == ["Moor Council", "Acme Ltd", "Zeta Police"]  # last changed first
    start.sort.setCurrentText("Organisation")
    assert shown() == ["Acme Ltd", "Moor Council", "Zeta Police"]
    start.sort.setCurrentText("Workshop date")
    assert shown() == ["Zeta Police", "Moor Council", "Acme Ltd"]
    start.search.setText("business")  # the index title matches too
    assert shown() == ["Acme Ltd"]
    assert start.selected_id() is not None and start.open_button.isEnabled()
    start.search.setText("nothing like it")
    assert shown() == [] and start.selected_id() is None
    assert not start.delete_button.isEnabled()
    start.search.clear()
    assert len(shown()) == 3


def test_a_page_is_one_module_plus_one_line(qtbot, make_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The details page comes from the registry; another registered page appears in the side
    list, in order, reachable by its key."""
    window = make_window()

    def build(view):  # type: ignore[no-untyped-def]
        page = QLabel(f"Compare {view.session.assessment.organisation.name}")
        page.show_session = lambda session: page.setText(  # type: ignore[attr-defined]
            f"Compare {session.assessment.organisation.name}"
        )
        return page

    monkeypatch.setattr(page_registry, "_pages", dict(page_registry._pages))
    page_registry.register_page("compare", lambda: "Compare", build, order=60)
    window.open_demo()
    view = window.session_view
    titles = [view.nav.item(i).text() for i in range(view.nav.count())]
    details = titles.index("Workshop details")  # issue 14's Compare and History follow
    assert titles[details + 1] == "Compare"
    view.go("compare")
    assert view.stack.currentWidget() is view.extra_pages["compare"]
    assert view.extra_pages["compare"].text().startswith("Compare Northshire")


def test_results_table_is_a_model_sorted_by_a_heading(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from svmi_desktop.ui.results_model import ResultsModel, ResultsSort

    window = make_window()
    window.open_demo()
    view = window.session_view
    view.go("results")
    results = view.results
    assert isinstance(results.model, ResultsModel) and isinstance(results.proxy, ResultsSort)
    table = results.table
    n = len(view.session.index.themes)
    assert table.rowCount() == n + 1
    codes = [table.text(r, 0)[0] for r in range(n)]
    assert codes == [t.code for t in view.session.index.themes]  # theme order by default
    assert table.text(n, 0).startswith("Overall")
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # by level now, highest first
    levels = [view.session.evaluation.theme(table.text(r, 0)[0]).present.level for r in range(n)]
    assert levels == sorted(levels, reverse=True)
    assert table.text(n, 0).startswith("Overall")  # the mean stays last
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert table.text(n, 0).startswith("Overall")
    # the level cells carry their colour as well as their name
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    index = table.model().index(0, 1)  # theme A, answered in the demo
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "(" in index.data()
    unanswered = table.model().index(n - 1, 1)  # theme J: nobody has answered its compliance
    assert unanswered.data() == "Not answered yet"
    assert unanswered.data(Qt.ItemDataRole.BackgroundRole) is None


def test_plan_by_year_is_a_model_sorted_and_edited_through_the_proxy(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from svmi_desktop.ui.plan_model import YEAR_COLUMNS, PlanSort, PlanYearsModel

    window = make_window()
    window.open_demo()
    view = window.session_view
    view.go("plan")
    plan = view.plan
    assert isinstance(plan.years_model, PlanYearsModel) and isinstance(plan.years_proxy, PlanSort)
    due = YEAR_COLUMNS.index("Due")
    plan.years.sortByColumn(due, Qt.SortOrder.DescendingOrder)
    dates = [plan.years.text(r, due) for r in range(plan.years.rowCount())]
    assert dates == sorted(dates, reverse=True) and len(dates) > 3
    key = plan.years.key_at(0)
    owner = plan.years_proxy.index(0, YEAR_COLUMNS.index("Owner"))
    assert plan.years_proxy.setData(owner, "Head of Finance")
    assert view.session.assessment.action_edits[key].owner == "Head of Finance"
    assert plan.cell_text(key, "Owner") == "Head of Finance"
    stored = window.workshops.store.load(view.session.session_id)
    assert stored.action_edits[key].owner == "Head of Finance"
    # a cell that is not editable refuses, and nothing changes
    action = plan.years_proxy.index(0, YEAR_COLUMNS.index("Action"))
    assert not plan.years_proxy.flags(action) & Qt.ItemFlag.ItemIsEditable
