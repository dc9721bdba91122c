"""The submission workbook read back: sheets, answers, levels, chart, validations, no formulas."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace

import openpyxl
import pytest

from svmi_desktop.domain.criteria import Kind
from svmi_desktop.domain.scoring import evaluate
from svmi_desktop.errors import SvmiError
from svmi_desktop.export.summary import facts
from svmi_desktop.export.workbook import DATA_SHEET, SHEETS, workbook_bytes

from ..hostile import HOSTILE, LONG_NOTE


@pytest.fixture(scope="module")
def demo_xlsx(demo_facts):
    return workbook_bytes(demo_facts)


@pytest.fixture(scope="module")
def wb(demo_xlsx):
    return openpyxl.load_workbook(io.BytesIO(demo_xlsx))


def test_every_sheet_is_there_and_svmi_data_is_very_hidden(wb):
    assert wb.sheetnames == [*SHEETS, DATA_SHEET]
    assert wb[DATA_SHEET].sheet_state == "veryHidden"
    for name in SHEETS:
        assert wb[name].sheet_state == "visible"
        assert wb[name].page_setup.orientation == "landscape"
        assert wb[name].sheet_properties.pageSetUpPr.fitToPage is True
        assert wb[name].page_setup.fitToWidth == 1


def test_self_assessment_answers_match_the_assessment(wb, index, demo):
    ws = wb["Self Assessment"]
    header = [c.value for c in ws[1]]
    assert header == ["Theme", "Ref", "Level", "Criterion", "Present", "Future", "Notes"]
    rows = {r[1].value: r for r in ws.iter_rows(min_row=2) if r[1].value}
    assert list(rows) == [c.id for c in index.criteria()]  # index order, one row each
    word = {True: "Yes", False: "No", None: None}
    for c in index.criteria():
        row = rows[c.id]
        present, future = row[4].value, row[5].value
        if c.kind is Kind.DESCRIPTOR:
            assert (present, future) == ("n/a", "n/a")
        elif c.same_as:
            assert present == future == f"same as {c.same_as}"
        else:
            ans = demo.answer(c.id)
            assert (present, future) == (word[ans.present], word[ans.future]), c.id
        assert row[3].value == c.text
    # the theme note sits on the theme's first row
    assert rows["A.F1"][6].value == demo.notes["A"]


def test_level_cells_are_coloured_and_named(wb):
    ws = wb["Self Assessment"]
    fills = {}
    for row in ws.iter_rows(min_row=2):
        fills.setdefault(row[2].value, row[2].fill.fgColor.rgb)
    assert set(fills) >= {"Follower", "Mature", "Leader", "Innovator", "Compliance"}
    assert len(set(fills.values())) == len(fills)  # one colour per level


def test_yes_no_dropdowns_cover_exactly_the_asked_criteria(wb, index):
    ws = wb["Self Assessment"]
    dvs = ws.data_validations.dataValidation
    assert len(dvs) == 1
    dv = dvs[0]
    assert dv.type == "list" and dv.formula1 == '"Yes,No"'
    covered = {str(c) for rng in dv.sqref.ranges for c in _cells(rng.coord)}
    rows = {r[1].value: r[1].row for r in ws.iter_rows(min_row=2) if r[1].value}
    expected = {f"{col}{rows[c.id]}" for c in index.criteria() if c.asked for col in "EF"}
    assert covered == expected


def _cells(coord):
    from openpyxl.utils.cell import get_column_letter, range_boundaries

    min_col, min_row, max_col, max_row = range_boundaries(coord)
    return [f"{get_column_letter(c)}{r}" for r in range(min_row, max_row + 1)
            for c in range(min_col, max_col + 1)]


def test_results_levels_match_evaluate(wb, index, demo):
    ev = evaluate(index, demo.answers)
    ws = wb["Results"]
    by_code = {r[0].value: r for r in ws.iter_rows(min_row=4) if r[0].value in {t.code for t in index.themes}}
    assert list(by_code) == [t.code for t in index.themes]
    for t in ev.themes:
        row = by_code[t.theme.code]
        assert row[2].value == int(t.present.level)
        assert row[3].value.startswith(t.present.level.label)
        assert row[4].value == int(t.future.level)
        assert row[5].value.startswith(t.future.level.label)
    overall = next(r for r in ws.iter_rows(min_row=4) if r[1].value and "Overall" in r[1].value)
    assert overall[2].value == ev.present.mean and overall[4].value == ev.future.mean
    assert overall[3].value.startswith(ev.present.level.label)
    assert overall[5].value.startswith(ev.future.level.label)


def test_results_has_a_native_radar_chart_on_the_0_to_4_scale(wb, demo_xlsx):
    charts = wb["Results"]._charts
    assert len(charts) == 1
    with zipfile.ZipFile(io.BytesIO(demo_xlsx)) as zf:
        chart = zf.read("xl/charts/chart1.xml").decode()
    assert "radarChart" in chart
    assert re.search(r'<max val="4(\.0)?"', chart) and re.search(r'<min val="0(\.0)?"', chart)


def test_action_plan_by_theme_and_by_year(wb, demo_facts):
    ws = wb["Action Plan"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(v for v in values if v[0] == "Theme")
    assert header[1:4] == ["To reach Mature", "To reach Leader", "To reach Innovator"]
    c_row = next(v for v in values if v[0] and str(v[0]).startswith("C "))
    c_actions = [i.action for i in demo_facts.plan.by_target("C", demo_facts.plan.items[0].target_level.__class__(3))]
    assert all(a in c_row[2] for a in c_actions) and c_row[2].count("\n") == len(c_actions) - 1
    year_header = next(v for v in values if v[0] == "Year")
    assert year_header[:9] == ["Year", "Theme", "Ref", "Action", "Target", "Owner", "Due", "Status", "Note"]
    listed = [v for v in values if isinstance(v[0], int)]
    assert len(listed) == len(demo_facts.plan.items)
    assert any(v[5] == "Social Value Lead" and v[7] == "In progress" for v in listed)


def test_svmi_data_holds_the_assessment_file(wb, demo):
    import json

    from svmi_desktop.formats import assessment_file

    ws = wb[DATA_SHEET]
    count = ws["B2"].value
    text = "".join(ws.cell(row=3 + i, column=1).value for i in range(count))
    assert json.loads(text) == assessment_file.to_dict(demo)


def test_long_data_is_split_into_cells_under_32000(index, demo):
    big = replace(demo, notes={t.code: "n" * 30_000 for t in index.themes})
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(facts(index, big))))
    ws = wb[DATA_SHEET]
    assert ws["B2"].value >= 10
    assert all(len(ws.cell(row=3 + i, column=1).value) <= 32_000 for i in range(ws["B2"].value))


def test_hostile_text_is_never_a_formula(index, hostile):
    data = workbook_bytes(facts(index, hostile))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        sheets = {n: zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets/sheet")}
    assert len(sheets) == 6
    for name, xml in sheets.items():
        assert "<f>" not in xml and "<f " not in xml, name
        assert 't="e"' not in xml and 't="str"' not in xml, name
    wb = openpyxl.load_workbook(io.BytesIO(data))
    formulas = [c.coordinate for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    org = wb["Organisation"]["B2"]
    assert org.data_type == "s" and org.value.startswith("<b>x</b>")
    # control characters removed, everything else kept literally
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", org.value)
    for piece in ('=HYPERLINK("http://x","y")', "@SUM(1)", "＝1", "🙂", "שלום"):
        assert piece in org.value
    quoted = [c for ws in wb for row in ws.iter_rows() for c in row
              if isinstance(c.value, str) and c.value.startswith(("=", "+", "@", "\t", "-", "＝"))]
    assert quoted and all(c.quotePrefix for c in quoted)


def test_a_formula_first_value_gets_the_text_flag(index, demo):
    a = replace(demo, organisation=replace(demo.organisation, name='=HYPERLINK("http://x","y")'))
    wb = openpyxl.load_workbook(io.BytesIO(workbook_bytes(facts(index, a))))
    cell = wb["Organisation"]["B2"]
    assert cell.data_type == "s" and cell.quotePrefix and cell.value == '=HYPERLINK("http://x","y")'


def test_text_longer_than_a_cell_is_refused_naming_the_field(index, demo):
    a = replace(demo, notes={**demo.notes, "C": "z" * 32_768})
    with pytest.raises(SvmiError, match="note on theme C is 32,768 characters"):
        workbook_bytes(facts(index, a))
    ok = replace(demo, notes={**demo.notes, "C": LONG_NOTE})
    workbook_bytes(facts(index, ok))


def test_named_fonts_everywhere(wb):
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    assert c.font.name == "Calibri", (ws.title, c.coordinate)


def test_hostile_corpus_is_covered():
    assert len(HOSTILE) >= 14
