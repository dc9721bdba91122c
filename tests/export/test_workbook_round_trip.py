"""Every edit made in LibreOffice (through Python-UNO, not openpyxl) comes back on import and is
reported (field, old, new) before anything is stored; a LibreOffice re-save (which turns "very
hidden" into "hidden") imports losslessly; .ods and .xls get one message saying to save as .xlsx.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from dataclasses import replace

import openpyxl
import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain.assessment import ActionEdit, Participant, Status
from svmi_desktop.domain.levels import Level
from svmi_desktop.errors import FileFormatError
from svmi_desktop.export.summary import facts
from svmi_desktop.export.workbook import workbook_bytes
from svmi_desktop.formats import assessment_file
from svmi_desktop.formats.workbook_layout import PLAN_FIRST_ROW, SPARE_ACTIONS, org_row
from svmi_desktop.importing import import_file

from ..hostile import LONG_NOTE, WELSH
from .libreoffice import ODS_FILTER, XLS_FILTER
from .living import positions

pytestmark = pytest.mark.libreoffice


@pytest.fixture(scope="module")
def exported(tmp_path_factory, index, demo):
    a = replace(demo, notes={**demo.notes, "D": LONG_NOTE[:5000]})
    root = tmp_path_factory.mktemp("round-trip")
    path = root / "out.xlsx"
    data = workbook_bytes(facts(index, a))
    path.write_bytes(data)
    return a, path, data


def _plan_row(data: bytes, key: str) -> int:
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    for n, row in enumerate(
        wb["Action Plan"].iter_rows(min_row=PLAN_FIRST_ROW, values_only=True), PLAN_FIRST_ROW
    ):
        if row[0] == key:
            return n
    raise KeyError(key)


def _first_spare(data: bytes) -> int:
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    rows = list(wb["Action Plan"].iter_rows(min_row=PLAN_FIRST_ROW, values_only=True))
    return PLAN_FIRST_ROW + len(rows) - SPARE_ACTIONS


def test_every_editable_field_edited_in_libreoffice_comes_back_and_is_reported(
    libreoffice, exported, tmp_path
):
    a, path, data = exported
    sa, _ = positions(data)
    crit = _plan_row(data, "C.M2")
    custom = _plan_row(data, "custom-1")
    spare = _first_spare(data)
    participants = len(a.workshop.participants)
    libreoffice.open(path)
    try:
        edits = [
            ("Self Assessment", f"E{sa['C.L2']}", "Yes"),
            ("Self Assessment", f"F{sa['A.I1']}", "Yes"),
            ("Self Assessment", f"G{sa['B.F1']}", "Edited in LibreOffice: ŵ £"),
            ("Organisation", f"B{org_row('organisation')}", WELSH),
            ("Organisation", f"B{org_row('region')}", "Gwynedd"),
            ("Organisation", f"B{org_row('facilitator')}", "Siân"),
            ("Organisation", f"B{org_row('horizon')}", 4),
            ("Organisation", f"A{org_row('index_version') + 3 + participants}", "Treasurer"),
            ("Organisation", f"B{org_row('index_version') + 3 + participants}", "Ffion"),
            ("Action Plan", f"G{crit}", "Chief Finance Officer"),
            ("Action Plan", f"I{crit}", "Done"),
            ("Action Plan", f"J{crit}", "Signed off in March"),
            ("Action Plan", f"C{custom}", "Hold two supplier summits"),
            ("Action Plan", f"F{custom}", 2),
            ("Action Plan", f"E{custom}", "Leader"),
            ("Action Plan", f"B{spare}", "H Cross Sector Collaboration"),
            ("Action Plan", f"C{spare}", "Join the regional anchor network"),
            ("Action Plan", f"E{spare}", "Mature"),
            ("Action Plan", f"F{spare}", 1),
            ("Action Plan", f"G{spare}", "Chief Constable"),
        ]
        libreoffice.set_many(edits)
        libreoffice.set_date("Organisation", f"B{org_row('date')}", "2026-12-01")
        libreoffice.set_date("Action Plan", f"H{crit}", "2027-03-31")
        libreoffice.calc()
        saved = tmp_path / "edited.xlsx"
        libreoffice.save(saved)
    finally:
        libreoffice.close()

    result = import_file(saved, IndexLibrary())
    b = result.assessment
    assert b.answer("C.L2").present is True and b.answer("A.I1").future is True
    assert b.notes["B"] == "Edited in LibreOffice: ŵ £"
    assert b.notes["D"] == a.notes["D"]  # the long note, cut into pieces for print, is whole
    assert b.organisation == replace(a.organisation, name=WELSH, region="Gwynedd")
    assert b.workshop.date == dt.date(2026, 12, 1) and b.workshop.facilitator == "Siân"
    assert b.workshop.horizon_years == 4
    assert b.workshop.participants == (*a.workshop.participants, Participant("Treasurer", "Ffion"))
    assert b.action_edits["C.M2"] == ActionEdit(
        "Chief Finance Officer", dt.date(2027, 3, 31), Status.DONE, "Signed off in March"
    )
    customs = {c.id: c for c in b.custom_actions}
    assert customs["custom-1"].text == "Hold two supplier summits"
    assert (customs["custom-1"].year, customs["custom-1"].target_level) == (2, Level.LEADER)
    new = [c for c in b.custom_actions if c.id != "custom-1"]
    assert len(new) == 1
    assert (new[0].theme, new[0].text, new[0].target_level, new[0].year, new[0].owner) == (
        "H",
        "Join the regional anchor network",
        Level.MATURE,
        1,
        "Chief Constable",
    )
    # everything not edited is as it was
    untouched = replace(
        b,
        answers={**b.answers, "C.L2": a.answer("C.L2"), "A.I1": a.answer("A.I1")},
        notes=a.notes,
        organisation=a.organisation,
        workshop=a.workshop,
        action_edits=a.action_edits,
        custom_actions=a.custom_actions,
    )
    assert untouched == a

    fields = {d.field: (d.old, d.new) for d in result.differences}
    assert fields["C.L2 present"] == ("No", "Yes")
    assert fields["A.I1 future"] == ("No", "Yes")
    assert fields["the note on theme B"][1] == "'Edited in LibreOffice: ŵ £'"
    assert fields["organisation name"][1] == repr(WELSH)
    assert fields["region"] == (
        repr(a.organisation.region) if a.organisation.region else "blank",
        "'Gwynedd'",
    )
    assert fields["workshop date"] == (a.workshop.date.isoformat(), "2026-12-01")
    assert fields["programme horizon (years)"] == (str(a.workshop.horizon_years), "4")
    n = participants + 1
    assert fields[f"participant {n} role"] == ("(none)", "'Treasurer'")
    assert fields["the action of C.M2 owner"] == ("blank", "'Chief Finance Officer'")
    assert fields["the action of C.M2 due date"] == ("the default", "2027-03-31")
    assert fields["the action of C.M2 status"] == ("Not started", "Done")
    assert fields["the action of C.M2 note"] == ("blank", "'Signed off in March'")
    assert fields["custom action custom-1 text"][1] == "'Hold two supplier summits'"
    assert fields["custom action custom-1 year"] == ("1", "2")
    assert fields[f"custom action {new[0].id}"] == ("(none)", "'Join the regional anchor network'")
    assert "the note on theme D" not in fields
    assert result.report.startswith(
        "The workbook's visible sheets differ from its hidden svmi_data in "
    )
    assert "the visible sheets win" in result.report.splitlines()[0]

    # the CLI prints the same report before it writes anything
    out = tmp_path / "back.svmi.json"
    cli = "import sys; from svmi_desktop.cli.main import main; sys.exit(main(sys.argv[1:]))"
    run = subprocess.run(
        [sys.executable, "-c", cli, "import", str(saved), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stderr.splitlines()
    assert lines[0].startswith("note: The workbook's visible sheets differ")
    assert "note: - the action of C.M2 status: Not started in the data, Done in the sheet" in lines
    assert len(lines) == len(result.differences) + 1
    assert assessment_file.read(out, IndexLibrary()) == b


@pytest.mark.parametrize("which", ["demo", "welsh", "hostile"])
def test_a_libreoffice_resave_imports_losslessly(
    libreoffice, tmp_path, index, demo, welsh, hostile, which
):
    a = {"demo": demo, "welsh": welsh, "hostile": hostile}[which]
    path = tmp_path / "fresh.xlsx"
    path.write_bytes(workbook_bytes(facts(index, a)))
    libreoffice.open(path)
    try:
        saved = tmp_path / "resaved.xlsx"
        libreoffice.save(saved)
    finally:
        libreoffice.close()
    wb = openpyxl.load_workbook(saved, read_only=True)
    assert wb["svmi_data"].sheet_state == "hidden"  # LibreOffice's re-save: no longer "very hidden"
    wb.close()
    result = import_file(saved, IndexLibrary())
    assert [str(d) for d in result.differences] == []
    assert result.assessment == a


@pytest.mark.parametrize(
    ("filter_name", "suffix", "message"),
    [
        (
            ODS_FILTER,
            ".ods",
            r"is an OpenDocument spreadsheet \(\.ods\), not an Excel workbook; open it "
            r"in LibreOffice, save it as \.xlsx",
        ),
        (
            XLS_FILTER,
            ".xls",
            r"is an old Excel 97-2003 \(\.xls\) .*save it as an Excel workbook \(\.xlsx\)",
        ),
    ],
)
def test_ods_and_xls_get_one_message_to_save_as_xlsx(
    libreoffice, tmp_path, exported, filter_name, suffix, message
):
    _, path, _ = exported
    libreoffice.open(path)
    try:
        other = tmp_path / f"saved{suffix}"
        libreoffice.save(other, filter_name)
    finally:
        libreoffice.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(FileFormatError, match=message) as err:
        import_file(other, IndexLibrary())
    assert "\n" not in str(err.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
