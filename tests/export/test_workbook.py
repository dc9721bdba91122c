"""The submission workbook read back with openpyxl: sheets, answers, levels, chart, validations,
protection (formula cells locked, answer cells unlocked), and user text never a formula."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace

import openpyxl
import pytest

from svmi_desktop.domain import wording
from svmi_desktop.domain.criteria import Kind
from svmi_desktop.domain.levels import Level
from svmi_desktop.domain.scoring import evaluate
from svmi_desktop.errors import SvmiError
from svmi_desktop.export.summary import facts, target_text
from svmi_desktop.export.workbook import DATA_SHEET, EXTRA_SHEETS, SHEETS, workbook_bytes

from ..hostile import HOSTILE, LONG_NOTE


@pytest.fixture(scope="module")
def demo_xlsx(demo_facts):
    return workbook_bytes(demo_facts)


@pytest.fixture(scope="module")
def wb(demo_xlsx):
    return openpyxl.load_workbook(io.BytesIO(demo_xlsx))


@pytest.fixture(scope="module")
def cached(demo_xlsx):
    """The cached values stored beside each formula (what a program that does not calculate shows)."""
    return openpyxl.load_workbook(io.BytesIO(demo_xlsx), data_only=True)


def test_every_sheet_is_there_and_svmi_data_is_very_hidden(wb):
    assert wb.sheetnames == [*SHEETS, DATA_SHEET, *EXTRA_SHEETS]
    assert wb[DATA_SHEET].sheet_state == "veryHidden"
    for name in (*SHEETS, *EXTRA_SHEETS):
        assert wb[name].sheet_state == "visible"
        assert wb[name].page_setup.orientation == "landscape"
        assert wb[name].sheet_properties.pageSetUpPr.fitToPage is True
        assert wb[name].page_setup.fitToWidth in (None, 1)  # 1 is the default, left out
        assert wb[name].print_options.gridLines in (None, False)


def test_self_assessment_answers_match_the_assessment(wb, index, demo):
    ws = wb["Self Assessment"]
    header = [c.value for c in ws[1]][:7]
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
    return [
        f"{get_column_letter(c)}{r}"
        for r in range(min_row, max_row + 1)
        for c in range(min_col, max_col + 1)
    ]


def test_results_levels_match_evaluate(cached, index, demo):
    ev = evaluate(index, demo.answers)
    ws = cached["Results"]
    by_code = {
        r[0].value: r
        for r in ws.iter_rows(min_row=4)
        if r[0].value in {t.code for t in index.themes}
    }
    assert list(by_code) == [t.code for t in index.themes]
    for t in ev.themes:
        row = by_code[t.theme.code]
        assert row[2].value == int(t.present.level)
        assert row[4].value == int(t.future.level)
        for cell, tl in ((row[3], t.present), (row[5], t.future)):
            # a theme nobody has answered the compliance questions of: as on screen (issue 10)
            label = wording.not_answered_yet() if tl.not_answered_yet else tl.level.label
            assert cell.value.startswith(label)
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
    assert re.search(r'<c:max val="4(\.0)?"', chart) and re.search(r'<c:min val="0(\.0)?"', chart)
    # fed by the level formulas, with their values cached for viewers that do not calculate
    assert "<c:f>'Results'!$C$4:$C$13</c:f>" in chart and "<c:f>'Results'!$E$4:$E$13</c:f>" in chart
    assert chart.count("<c:numCache>") == 2


def test_action_plan_lists_every_asked_criterion_and_the_plan_is_the_apps(
    cached, demo_facts, index
):
    ws = cached["Action Plan"]
    values = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert values[0][:10] == [
        "Ref",
        "Theme",
        "Action",
        "In the plan",
        "Target",
        "Year",
        "Owner",
        "Due",
        "Status",
        "Note",
    ]
    rows = {v[0]: v for v in values[1:] if v[0]}
    items = {i.criterion: i for i in demo_facts.plan.items if i.criterion}
    for cid in index.asked_ids:
        v = rows[cid]
        item = items.get(cid)
        assert v[3] == ("Yes" if item else "No"), cid
        if item:
            assert (v[5], v[4]) == (item.year, target_text(item)), cid
            assert v[7].date() == item.due
    assert any(v[6] == "Social Value Lead" and v[8] == "In progress" for v in rows.values())
    assert ws.auto_filter.ref == f"A3:J{ws.max_row}"
    hidden = {r for r, d in ws.row_dimensions.items() if d.hidden}
    assert {
        rows_index
        for rows_index, v in enumerate(values[1:], start=4)
        if v[0] in index.asked_ids and v[0] not in items
    } == hidden
    assert ws.print_title_rows in ("3:3", "$3:$3")


def test_plan_by_theme_matches_the_plan(cached, demo_facts, index):
    ws = cached["Plan by Theme"]
    header = [c.value for c in ws[3]]
    assert header == [
        "Theme",
        "To become compliant",
        "To reach Mature",
        "To reach Leader",
        "To reach Innovator",
        "Other actions",
    ]
    c_row = next(r for r in ws.iter_rows(min_row=4, values_only=True) if r[0].startswith("C "))
    leader = [i.action for i in demo_facts.plan.by_target("C", Level.LEADER)]
    assert c_row[3] == "\n".join("• " + a for a in leader) and leader


def test_formula_cells_are_locked_and_answer_cells_unlocked(wb, index):
    for ws in wb:
        assert ws.protection.sheet, ws.title
        assert not ws.protection.password, ws.title  # no password: anyone can lift it
    sa = wb["Self Assessment"]
    rows = {r[1].value: r[1].row for r in sa.iter_rows(min_row=2) if r[1].value}
    for c in index.criteria():
        r = rows[c.id]
        for col in "EF":
            assert sa[f"{col}{r}"].protection.locked is (not c.asked), (c.id, col)
        assert sa[f"G{r}"].protection.locked is False
        for col in "ABCDHIJK":
            assert sa[f"{col}{r}"].protection.locked is not False, (c.id, col)
    formulas = [
        (ws.title, c) for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "f"
    ]
    assert len(formulas) > 500
    unlocked_formulas = {(t, c.column_letter) for t, c in formulas if c.protection.locked is False}
    # the only unlocked formulas are the default due dates (type a date over them)
    assert unlocked_formulas == {("Action Plan", "H")}
    plan = wb["Action Plan"]
    for row in plan.iter_rows(min_row=4):
        for c in row[6:10]:  # owner, due, status, note
            assert c.protection.locked is False, c.coordinate
        for c in row[3:6]:
            if row[0].value and row[0].value in set(index.asked_ids):
                assert c.protection.locked is not False, c.coordinate
    org = wb["Organisation"]
    for r in range(2, 8):
        assert org[f"B{r}"].protection.locked is False
    assert org["B8"].protection.locked is not False and org["B9"].protection.locked is not False


def test_answer_dropdowns_survive_with_the_protection(wb):
    assert wb["Action Plan"].data_validations.dataValidation
    status = next(
        dv
        for dv in wb["Action Plan"].data_validations.dataValidation
        if dv.formula1 == '"Not started,In progress,Done"'
    )
    assert "I4" in str(status.sqref)


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


#: Where the workbook's own formulas live (every other cell is a value).
FORMULA_COLUMNS = {
    "Self Assessment": set("HIJK"),
    "Results": set("ACDEFGHIJKLM"),
    "Action Plan": set("DEFHKL"),
    "Plan by Theme": set("BCDEF"),
}


def test_hostile_text_is_never_a_formula(index, hostile):
    data = workbook_bytes(facts(index, hostile))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        sheets = {
            n: zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets/sheet")
        }
        strings = zf.read("xl/sharedStrings.xml").decode()
    assert len(sheets) == 7
    for name, xml in sheets.items():
        assert 't="e"' not in xml, name
        for formula in re.findall(r"<f>(.*?)</f>", xml):
            # no user text inside a formula: only the workbook's own references and labels
            for piece in ("HYPERLINK", "cmd|", "SUM(1)", "&lt;b&gt;", "etc/passwd"):
                assert piece not in formula, (name, formula[:80])
    assert "HYPERLINK" in strings  # the text is there, as a string
    wb = openpyxl.load_workbook(io.BytesIO(data))
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    assert c.column_letter in FORMULA_COLUMNS.get(ws.title, set()), (
                        ws.title,
                        c.coordinate,
                    )
    org = wb["Organisation"]["B2"]
    assert org.data_type == "s" and org.value.startswith("<b>x</b>")
    # control characters removed, everything else kept literally
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", org.value)
    for piece in ('=HYPERLINK("http://x","y")', "@SUM(1)", "＝1", "🙂", "שלום"):
        assert piece in org.value
    quoted = [
        c
        for ws in wb
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "s"
        and isinstance(c.value, str)
        and c.value.startswith(("=", "+", "@", "\t", "-", "＝"))
    ]
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
