"""The app's import shows what the workbook's sheets changed before anything is stored (issue 12):
declining stores nothing; accepting stores the sheet's values."""

from __future__ import annotations

import io

import openpyxl

from svmi_desktop.catalog import load_index
from svmi_desktop.export.summary import facts
from svmi_desktop.export.workbook import workbook_bytes
from svmi_desktop.formats import assessment_file
from svmi_desktop.resources import demo_path
from svmi_desktop.ui import dialogs


def _edited_workbook(tmp_path):
    demo = assessment_file.read(demo_path(), load_index)
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(facts(load_index(demo.index_id), demo))))
    ws = wb["Self Assessment"]
    row = next(r[1].row for r in ws.iter_rows(min_row=2) if r[1].value == "C.L2")
    ws[f"E{row}"] = "Yes"
    wb["Organisation"]["B4"] = "Renamed region"
    path = tmp_path / "edited.xlsx"
    wb.save(path)
    return path


def test_import_asks_with_the_report_and_stores_only_if_accepted(
    make_window, qtbot, tmp_path, monkeypatch
):
    window = make_window()
    path = _edited_workbook(tmp_path)
    shown: list[str] = []
    answer = {"value": False}

    def confirm(parent, report):
        shown.append(report)
        return answer["value"]

    monkeypatch.setattr(dialogs, "confirm_import", confirm)
    before = len(window.workshops.sessions())
    window.import_path(path)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    assert "the visible sheets win" in shown[0]
    assert "C.L2 present: No in the data, Yes in the sheet" in shown[0]
    assert "region:" in shown[0] and "'Renamed region' in the sheet" in shown[0]
    qtbot.wait(200)
    assert len(window.workshops.sessions()) == before  # declined: nothing stored

    answer["value"] = True
    window.import_path(path)
    qtbot.waitUntil(lambda: len(window.workshops.sessions()) == before + 1, timeout=20_000)
    assert len(shown) == 2
