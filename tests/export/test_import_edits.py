"""Bad values on the Organisation and Action Plan sheets are refused with one sentence naming the
cell, and nothing is returned; a workbook whose texts the export only cleaned reports nothing."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.errors import FileFormatError
from svmi_desktop.export.workbook import workbook_bytes
from svmi_desktop.formats.workbook_layout import PLAN_FIRST_ROW, org_row
from svmi_desktop.importing import import_file
from svmi_desktop.importing.differences import Difference, report


@pytest.fixture(scope="module")
def demo_xlsx(demo_facts) -> bytes:
    return workbook_bytes(demo_facts)


def _plan_row(ws, key: str) -> int:
    return next(r[0].row for r in ws.iter_rows(min_row=PLAN_FIRST_ROW) if r[0].value == key)


def _edit(xlsx: bytes, sheet: str, cells: dict[str, object], tmp_path: Path) -> Path:
    wb = openpyxl.load_workbook(io.BytesIO(xlsx))
    ws = wb[sheet]
    for where, value in cells.items():
        if ":" in where:  # "C.M1:I" -> the Action Plan row of C.M1, column I
            key, col = where.split(":")
            where = f"{col}{_plan_row(ws, key)}"
        ws[where] = value
    path = tmp_path / "edited.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("sheet", "cells", "message"),
    [
        (
            "Organisation",
            {f"B{org_row('organisation')}": None},
            r"^Organisation!B2 is empty; give the organisation's name$",
        ),
        (
            "Organisation",
            {f"B{org_row('date')}": "next Tuesday"},
            r"^Organisation!B5 says 'next Tuesday'; write a date as 2027-01-31$",
        ),
        (
            "Organisation",
            {f"B{org_row('horizon')}": 9},
            r"^Organisation!B7 says '9'; use a whole number from 1 to 5$",
        ),
        (
            "Organisation",
            {f"A{org_row('type')}": "Kind"},
            r"^Organisation!A3 should say 'Type' but says 'Kind'; the sheet's rows were changed",
        ),
        (
            "Organisation",
            {"B25": "Ffion"},
            r"^Organisation!A25 is empty but B25 names a participant",
        ),
        (
            "Action Plan",
            {"C.M1:I": "Finished"},
            r"^Action Plan!I\d+ says 'Finished'; the status is Not started, In progress or Done$",
        ),
        ("Action Plan", {"C.M1:H": "soon"}, r"^Action Plan!H\d+ says 'soon'; write a date as"),
        (
            "Action Plan",
            {"custom-1:B": "Z Nowhere"},
            r"^Action Plan!B\d+ says 'Z Nowhere'; choose the action's theme from the list$",
        ),
        (
            "Action Plan",
            {"custom-1:E": "Legend"},
            r"^Action Plan!E\d+ says 'Legend'; choose a target level from the list or leave it blank$",
        ),
        (
            "Action Plan",
            {"custom-1:A": "custom-99"},
            r"^Action Plan!A\d+ has 'custom-99', which is neither a criterion of the .* nor one of",
        ),
    ],
)
def test_bad_values_name_the_cell(tmp_path, demo_xlsx, sheet, cells, message):
    path = _edit(demo_xlsx, sheet, cells, tmp_path)
    with pytest.raises(FileFormatError, match=message) as err:
        import_file(path, load_index)
    assert "\n" not in str(err.value)


def test_a_cleared_custom_action_is_removed_and_reported(tmp_path, demo_xlsx, demo):
    path = _edit(demo_xlsx, "Action Plan", {"custom-1:C": None}, tmp_path)
    result = import_file(path, load_index)
    assert [c.id for c in result.assessment.custom_actions] == []
    assert [(d.field, d.new) for d in result.differences] == [
        ("custom action custom-1", "(removed)")
    ]


def test_a_difference_is_its_line_and_the_report_says_the_sheet_wins():
    d = Difference("C.L2 present", "No", "Yes")
    assert d == "C.L2 present: No in the data, Yes in the sheet"
    assert (d.field, d.old, d.new) == ("C.L2 present", "No", "Yes")
    assert report([d]).splitlines() == [
        "The workbook's visible sheets differ from its hidden svmi_data in 1 field; the visible "
        "sheets win:",
        "- C.L2 present: No in the data, Yes in the sheet",
    ]
    assert report([]) == ""


def test_the_service_reads_an_import_and_its_report_before_storing_anything(tmp_path, demo_xlsx):
    from svmi_desktop.catalog import IndexLibrary
    from svmi_desktop.paths import AppPaths
    from svmi_desktop.services.workshop import Workshops
    from svmi_desktop.storage import Store

    path = _edit(demo_xlsx, "Organisation", {f"B{org_row('region')}": "Powys"}, tmp_path)
    store = Store.open(AppPaths.under(tmp_path / "data"))
    try:
        workshops = Workshops(store, IndexLibrary())
        result = workshops.read_import(path)
        assert "- region: 'North West England' in the data, 'Powys' in the sheet" in result.report
        assert workshops.sessions() == []  # nothing stored yet
        session, differences = workshops.import_file(path)
        assert session.assessment.organisation.region == "Powys"
        assert list(differences) == [str(d) for d in result.differences]
        assert len(workshops.sessions()) == 1
    finally:
        store.close()


def test_a_workbook_from_the_static_version_still_imports(demo):
    """tests/fixtures/workbooks/static-demo-0.1.xlsx: the demo exported by the version before the
    living workbook (openpyxl, no formulas, the by-year Action Plan). Its answers, notes and
    Organisation are read; its old plan layout is left alone (the plan edits come from svmi_data)."""
    path = Path(__file__).parents[1] / "fixtures" / "workbooks" / "static-demo-0.1.xlsx"
    result = import_file(path, load_index)
    assert result.assessment == demo
    assert result.differences == []


@pytest.mark.parametrize("note", ["short", "word " * 2000, "x" * 5000, "a\nb " * 700 + "end"])
def test_a_note_cut_for_print_joins_back_exactly(note):
    from svmi_desktop.export.workbook_assessment import split_note
    from svmi_desktop.importing.workbook_reader import join_note

    assert join_note(split_note(note)) == note


def test_text_typed_in_another_row_of_the_theme_starts_a_new_line():
    from svmi_desktop.importing.workbook_reader import join_note

    assert (
        join_note(["Agreed at the board", "Follow up in May"])
        == "Agreed at the board\nFollow up in May"
    )
