"""Every text and date the workbook reader takes from a visible sheet goes through issue 9's entry
rules (``domain/entry_rules.py``): a lone surrogate, a date outside 2000–2100 or an over-long name
in any editable cell is refused with the rules' own one-line message naming the cell and the
field, by ``svmi import`` and by the window's import path, and nothing is stored.

Fail on the code before the fix: a lone surrogate written into a cell (openpyxl writes it as the
character reference ``&#55296;``, which is not valid XML) was "damaged and cannot be read as a
workbook" with no cell named; a date out of range had the reader's own wording ("a date from
2000 to 2100 is expected"); a 10,001-character organisation name was refused without the cell.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from svmi_desktop.catalog import IndexLibrary, load_index
from svmi_desktop.domain.entry_rules import MAX_LABEL
from svmi_desktop.errors import FileFormatError
from svmi_desktop.export.workbook import workbook_bytes
from svmi_desktop.formats.workbook_layout import PARTICIPANT_HEADER_ROW, PLAN_FIRST_ROW, org_row
from svmi_desktop.importing import import_file
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.workshop import Workshops
from svmi_desktop.storage import Store

SVMI = Path(sys.executable).with_name("svmi")
LONE = "ab\ud800cd"
SURROGATE = (
    r" contains a character that cannot be stored \(an unpaired surrogate, U\+D800, at "
    r"character 3\); retype or remove it\. Nothing was changed\.$"
)


@pytest.fixture(scope="module")
def demo_xlsx(demo_facts) -> bytes:
    return workbook_bytes(demo_facts)


def _edit(xlsx: bytes, sheet: str, where: str, value: object, path: Path) -> str:
    """Set one cell with openpyxl ("C.M1:G" is the Action Plan row of C.M1, column G); returns
    the cell's address."""
    wb = openpyxl.load_workbook(io.BytesIO(xlsx))
    ws = wb[sheet]
    if ":" in where:
        key, col = where.split(":")
        row = next(r[0].row for r in ws.iter_rows(min_row=PLAN_FIRST_ROW) if r[0].value == key)
        where = f"{col}{row}"
    ws[where] = value
    wb.save(path)
    return where


def _refused(path: Path, message: str) -> None:
    """Refused with ``message`` (a regex) by the reader, the CLI and the window's path; nothing
    is written or stored."""
    with pytest.raises(FileFormatError, match=message) as err:
        import_file(path, load_index)
    assert "\n" not in str(err.value)
    out = path.with_name("out.svmi.json")
    proc = subprocess.run(
        [str(SVMI), "import", str(path), "-o", str(out)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.count("\n") == 1 and re.search(message.lstrip("^"), proc.stderr)
    assert not out.exists()
    store = Store.open(AppPaths.under(path.parent / "data"))
    try:
        with pytest.raises(FileFormatError, match=message):
            Workshops(store, IndexLibrary()).import_file(path)
        assert store.list_sessions() == []
    finally:
        store.close()


SURROGATE_CELLS = [
    ("Self Assessment", "G2"),  # a theme's note
    ("Organisation", f"B{org_row('organisation')}"),
    ("Organisation", f"B{org_row('type')}"),
    ("Organisation", f"B{org_row('region')}"),
    ("Organisation", f"B{org_row('facilitator')}"),
    ("Organisation", f"A{PARTICIPANT_HEADER_ROW + 1}"),  # a participant's role
    ("Organisation", f"B{PARTICIPANT_HEADER_ROW + 1}"),  # and name
    ("Action Plan", "C.M1:G"),  # owner
    ("Action Plan", "C.M1:J"),  # note
    ("Action Plan", "custom-1:C"),  # a custom action's text
    ("Action Plan", "custom-1:G"),
]


@pytest.mark.parametrize(("sheet", "where"), SURROGATE_CELLS)
def test_a_lone_surrogate_in_any_cell_is_refused_naming_it(tmp_path, demo_xlsx, sheet, where):
    cell = _edit(demo_xlsx, sheet, where, LONE, tmp_path / "surrogate.xlsx")
    _refused(tmp_path / "surrogate.xlsx", "^" + re.escape(f"{sheet}!{cell}") + SURROGATE)


@pytest.mark.parametrize("encoding", ["reference", "wtf-8"])
def test_a_lone_surrogate_in_a_shared_string_names_the_cell(tmp_path, demo_xlsx, demo, encoding):
    """As Excel and LibreOffice store text (shared strings), written as a character reference or
    as the raw bytes some writers produce."""
    note = demo.notes["A"]
    raw = {"reference": b"ab&#xD800;cd", "wtf-8": "ab\ud800cd".encode("utf-8", "surrogatepass")}
    zin = zipfile.ZipFile(io.BytesIO(demo_xlsx))
    path = tmp_path / "shared.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "xl/sharedStrings.xml":
                assert note.encode() in data
                data = data.replace(note.encode(), raw[encoding], 1)
            zout.writestr(item, data)
    _refused(path, r"^Self Assessment!G2" + SURROGATE)


@pytest.mark.parametrize("day", [dt.date(9995, 6, 1), dt.date(1999, 12, 31), "9995-06-01"])
@pytest.mark.parametrize(
    ("sheet", "where", "field"),
    [
        ("Organisation", f"B{org_row('date')}", "the workshop date"),
        ("Action Plan", "C.M1:H", "the action's due date"),
        ("Action Plan", "custom-1:H", "the action's due date"),
    ],
)
def test_a_date_out_of_range_is_refused_by_the_entry_rule(
    tmp_path, demo_xlsx, sheet, where, field, day
):
    cell = _edit(demo_xlsx, sheet, where, day, tmp_path / "date.xlsx")
    iso = day if isinstance(day, str) else day.isoformat()
    _refused(
        tmp_path / "date.xlsx",
        "^"
        + re.escape(
            f"{sheet}!{cell} ({field}) is {iso}; a date must be between 2000 and 2100. "
            "Nothing was changed."
        )
        + "$",
    )


def test_names_are_bounded_as_the_window_bounds_them(tmp_path, demo_xlsx):
    path = tmp_path / "long.xlsx"
    cell = _edit(
        demo_xlsx, "Organisation", f"B{org_row('organisation')}", "N" * (MAX_LABEL + 1), path
    )
    _refused(
        path,
        "^"
        + re.escape(
            f"Organisation!{cell} (the organisation name) is {MAX_LABEL + 1:,} characters; the limit "
            f"for a name or label is {MAX_LABEL:,}. Shorten it; nothing was changed."
        )
        + "$",
    )


def test_the_edge_dates_and_a_long_note_still_import(tmp_path, demo_xlsx):
    """The rules refuse only what cannot be stored: 2000-01-01, 2100-12-31 and a 10,001-character
    action note (a note, not a label) come back."""
    wb = openpyxl.load_workbook(io.BytesIO(demo_xlsx))
    wb["Organisation"][f"B{org_row('date')}"] = dt.date(2000, 1, 1)
    ws = wb["Action Plan"]
    row = next(r[0].row for r in ws.iter_rows(min_row=PLAN_FIRST_ROW) if r[0].value == "C.M1")
    ws[f"H{row}"] = dt.date(2100, 12, 31)
    ws[f"J{row}"] = "n" * (MAX_LABEL + 1)
    path = tmp_path / "edges.xlsx"
    wb.save(path)
    got = import_file(path, load_index).assessment
    assert got.workshop.date == dt.date(2000, 1, 1)
    assert got.action_edits["C.M1"].due == dt.date(2100, 12, 31)
    assert got.action_edits["C.M1"].note == "n" * (MAX_LABEL + 1)


@pytest.mark.libreoffice
def test_a_date_typed_in_libreoffice_is_refused_by_the_entry_rule(libreoffice, tmp_path, demo_xlsx):
    """As a person would: the due date typed into LibreOffice, saved as .xlsx, imported."""
    src = tmp_path / "export.xlsx"
    src.write_bytes(demo_xlsx)
    ws = openpyxl.load_workbook(io.BytesIO(demo_xlsx), read_only=True)["Action Plan"]
    row = next(r[0].row for r in ws.iter_rows(min_row=PLAN_FIRST_ROW) if r[0].value == "C.M1")
    libreoffice.open(src)
    try:
        libreoffice.set_date("Action Plan", f"H{row}", "9995-06-01")
        libreoffice.set_date("Organisation", f"B{org_row('date')}", "2026-11-10")
        libreoffice.save(tmp_path / "typed.xlsx")
    finally:
        libreoffice.close()
    _refused(
        tmp_path / "typed.xlsx",
        "^"
        + re.escape(
            f"Action Plan!H{row} (the action's due date) is 9995-06-01; a date must be between 2000 "
            "and 2100. Nothing was changed."
        )
        + "$",
    )
