"""The consortium window: reads off the UI thread with progress and Cancel, then shows the view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from svmi_desktop.domain import wording
from tests.consortium.generate import body_name, write_consortium

ARTEFACTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


def _open(window):
    from svmi_desktop.ui.consortium_window import open_consortium_window

    return open_consortium_window(window)


def test_loading_stays_responsive_shows_progress_and_can_be_cancelled(make_window, qtbot, tmp_path):
    folder = tmp_path / "subs"
    write_consortium(folder, bodies=20, rounds=2, files=300, kind="json")
    view = _open(make_window())
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(view.progress.value()))
    timer.start(10)
    view.load(folder)
    assert view.progress.isVisibleTo(view) and view.cancel_button.isVisibleTo(view)
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=30_000)
    view.cancel_button.click()
    qtbot.waitUntil(lambda: not view._loading, timeout=30_000)
    assert "cancelled" in view.status.text()
    assert view.consortium is None  # nothing half-read is shown
    assert len(ticks) > 1  # the event loop kept running while the folder was read
    assert any(0 < v < 300 for v in ticks)  # the bar showed progress part-way
    # Read it whole this time.
    ticks.clear()
    view.load(folder)
    qtbot.waitUntil(lambda: not view._loading, timeout=60_000)
    timer.stop()
    assert len(ticks) > 1
    g = view.consortium.main
    assert g is not None and len(g.members) == 20 and g.names_shown
    assert view.now_table.rowCount() == 20
    assert view.rounds_table.rowCount() == 2


def test_view_of_four_members_hides_names_until_chosen(make_window, qtbot, tmp_path):
    folder = tmp_path / "subs"
    write_consortium(folder, bodies=4, rounds=3, files=12, kind="json")
    (folder / "broken.svmi.json").write_text("{", encoding="utf-8")
    view = _open(make_window())
    view.resize(1200, 760)
    view.load(folder)
    qtbot.waitUntil(lambda: not view._loading and view.consortium is not None, timeout=30_000)
    names = [view.now_table.text(r, 0) for r in range(view.now_table.rowCount())]
    assert names == [wording.member_label(n) for n in (1, 2, 3, 4)]
    assert not view.names_box.isChecked()
    assert view.apart_table.text(0, 0) == "broken.svmi.json"
    view.tabs.setCurrentIndex(3)
    assert view.radar.present and view.radar.future  # the member and the median
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(100)
    view.grab().save(str(ARTEFACTS / "consortium-radar.png"))
    view.tabs.setCurrentIndex(0)
    qtbot.wait(100)
    view.grab().save(str(ARTEFACTS / "consortium-members-hidden.png"))
    view.names_box.setChecked(True)
    names = sorted(view.now_table.text(r, 0) for r in range(view.now_table.rowCount()))
    assert names == sorted(body_name(n) for n in range(4))
    view.tabs.setCurrentIndex(2)
    qtbot.wait(100)
    view.grab().save(str(ARTEFACTS / "consortium-per-theme.png"))
    out = view.export_to(tmp_path / "c.xlsx", "xlsx")
    assert out is not None and out.stat().st_size > 0
    pdf = view.export_to(tmp_path / "c.pdf", "pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
