"""Capture reaches the PDF report ("Workshop record"), the board summary (evidence completeness)
and the workbook, and comes back through import. Read back with poppler and python-calamine."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from svmi_desktop.domain.capture import Evidence, ItemKind
from svmi_desktop.export.summary import facts
from svmi_desktop.export.workshop_record import SHEET, record
from svmi_desktop.importing import import_file
from svmi_desktop.services.exports import export_to_paths

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler is missing")


def _captured(room, session):  # type: ignore[no-untyped-def]
    session.set_answer("A.F1", True, True)
    session.set_answer("A.M1", True, True)
    session.set_answer("B.M1", True, True)
    room.set_evidence(
        "A.F1", Evidence("Procurement strategy 2025, section 3", "Head of procurement")
    )
    room.enter_counts("A.M1", "3 4 1")
    room.set_dissent("A.M1", "Estates think the process is not used yet")
    room.add_item(ItemKind.DECISION, "A", "Adopt the well-being goals as SRP objectives")
    room.add_item(ItemKind.PARKING, "B", "Ask legal about section 24")
    room.show_theme("A")
    room.start_timer()
    room.clock.advance(13 * 60)
    room.pause_timer()
    return session.assessment


def _text(pdf: Path) -> str:
    """The PDF's text in reading order, whitespace collapsed (table cells wrap)."""
    out = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def test_record_orders_disagreements_first_and_counts_evidence(room, session):
    assessment = _captured(room, session)
    themes = record(facts(session.index, assessment))
    a = themes[0]
    assert [line.criterion_id for line in a.lines] == ["A.M1", "A.F1"]  # the split first
    assert (a.completeness.with_evidence, a.completeness.claimed) == (1, 2)
    assert a.spent_seconds == 780
    b = themes[1]
    assert (b.completeness.with_evidence, b.completeness.claimed) == (0, 1)


@needs_poppler
def test_report_board_and_workbook_carry_the_record(room, session, library, tmp_path):
    assessment = _captured(room, session)
    targets = {k: tmp_path / f"out.{ext}" for k, ext in (("pdf", "pdf"), ("xlsx", "xlsx"))}
    targets["board"] = tmp_path / "board.pdf"
    export_to_paths(session.index, assessment, targets)
    shots = __import__("os").environ.get("SVMI_ROOM_SHOTS")
    if shots:
        for name in ("pdf", "board"):
            shutil.copy(targets[name], Path(shots) / f"record-{name}.pdf")
    report = _text(targets["pdf"])
    assert "Workshop record" in report
    assert "Estates think the process is not used yet" in report
    assert "3 yes · 4 no · 1 not sure" in report
    assert "Procurement strategy 2025, section 3" in report
    assert "Adopt the well-being goals" in report and "Parking lot" in report
    assert "13:00" in report  # time spent on A
    board = _text(targets["board"])
    assert "Evidence: 1 of 3 met criteria evidenced (33%)." in board
    info = subprocess.run(["pdfinfo", str(targets["board"])], capture_output=True, text=True).stdout
    assert "Pages:           1" in info
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(targets["xlsx"]))
    assert SHEET in book.sheet_names
    cells = [str(c) for row in book.get_sheet_by_name(SHEET).to_python() for c in row]
    assert "Estates think the process is not used yet" in cells
    assert "Head of procurement" in cells
    back = import_file(targets["xlsx"], library.get).assessment
    assert back.room == assessment.room  # round trip through the workbook
    json_path = tmp_path / "a.svmi.json"
    from svmi_desktop.formats import assessment_file

    assessment_file.write(json_path, assessment)
    assert import_file(json_path, library.get).assessment.room == assessment.room


def test_a_session_without_the_room_exports_as_before(session):
    import io

    from openpyxl import load_workbook

    from svmi_desktop.export.workbook import DATA_SHEET, EXTRA_SHEETS, SHEETS, workbook_bytes

    wb = load_workbook(io.BytesIO(workbook_bytes(facts(session.index, session.assessment))))
    assert wb.sheetnames == [*SHEETS, DATA_SHEET, *EXTRA_SHEETS]
    assert record(facts(session.index, session.assessment)) == ()


def test_hostile_capture_text_stays_literal(room, session, tmp_path):
    """Capture text reaches no formula, link or markup in the workbook, PDF or pack HTML."""
    from openpyxl import load_workbook

    from svmi_desktop.export.report import report_pdf
    from svmi_desktop.export.workbook import workbook_bytes

    formula = '=HYPERLINK("http://evil.example","click")'
    markup = '<a href="http://evil.example">x</a> <b>&amp;'
    session.set_answer("A.F1", True, True)
    room.set_evidence("A.F1", Evidence(formula, markup))
    room.set_dissent("A.F1", markup)
    room.add_item(ItemKind.DECISION, "A", formula)
    f = facts(session.index, session.assessment)
    wb = load_workbook(io.BytesIO(workbook_bytes(f)))
    cells = [c for row in wb[SHEET].iter_rows() for c in row if c.value in (formula, markup)]
    assert len(cells) >= 3 and all(c.data_type == "s" for c in cells)
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(report_pdf(f))
    assert b"/URI" not in pdf.read_bytes()
    if shutil.which("pdftotext"):
        text = _text(pdf)
        assert "<a href=" in text and "<b>&amp;" in text and formula in text  # shown, not obeyed
