"""The workbook scores itself: LibreOffice (through Python-UNO) changes answers, recalculates,
and reads back the same levels, means, "why", radar source and plan rows as ``svmi evaluate``;
python-calamine (no calculation) reads the same figures from a fresh export's cached values.

Scenarios (tests/export/scenarios.py): nothing answered, every level 0-4 now and in future,
Non-compliant themes that become compliant, Incomplete (provisional) themes, stretch actions,
every theme Innovator, a seeded random pattern, and themes whose compliance questions nobody
has answered ("Not answered yet") beside one answered No; for both bundled indexes.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from python_calamine import CalamineWorkbook

from svmi_desktop.catalog import load_index
from svmi_desktop.domain import wording
from svmi_desktop.domain.assessment import Assessment, Organisation, Workshop
from svmi_desktop.domain.levels import Level
from svmi_desktop.export import workbook_formulas as fx
from svmi_desktop.export.summary import facts
from svmi_desktop.export.workbook import workbook_bytes
from svmi_desktop.formats.workbook_layout import SA_FUTURE, SA_PRESENT, ref

from .living import expected, figures, positions
from .scenarios import SCENARIOS, scenario, svmi_evaluate

pytestmark = pytest.mark.libreoffice
INDEXES = ("public-sector", "business")


def base(index_id: str) -> Assessment:
    import datetime as dt

    index = load_index(index_id)
    return Assessment(
        index.id,
        index.version,
        Organisation("Living Workbook Ltd"),
        Workshop(dt.date(2024, 2, 29), "Fac", (), 3),
    )


def _answers_cells(index, assessment, sa_rows):
    cells = []
    word = {True: "Yes", False: "No", None: None}
    for cid in index.asked_ids:
        ans = assessment.answer(cid)
        r = sa_rows[cid]
        cells.append(("Self Assessment", ref(r, SA_PRESENT), word[ans.present]))
        cells.append(("Self Assessment", ref(r, SA_FUTURE), word[ans.future]))
    return cells


@pytest.mark.parametrize("index_id", INDEXES)
def test_libreoffice_recalculates_what_svmi_evaluate_computes(libreoffice, tmp_path, index_id):
    index = load_index(index_id)
    start = base(index_id)
    xlsx = workbook_bytes(facts(index, start))
    path = tmp_path / "living.xlsx"
    path.write_bytes(xlsx)
    sa_rows, plan_rows = positions(xlsx)
    libreoffice.open(path)
    try:
        charts = libreoffice.charts("Results")
        n = len(index.themes)
        assert charts == [
            {
                "type": "com.sun.star.chart2.NetChartType",
                "ranges": [f"$Results.$C$4:$C${3 + n}", f"$Results.$E$4:$E${3 + n}"],
            }
        ]
        seen_levels: set[int] = set()
        for name in SCENARIOS:
            a = scenario(index, start, name)
            libreoffice.set_many(_answers_cells(index, a, sa_rows))
            libreoffice.calc()
            got = figures(libreoffice.get, index, plan_rows)
            want = expected(svmi_evaluate(a, tmp_path), index)
            assert got["themes"] == want["themes"], name
            assert got["overall"] == want["overall"], name
            assert got["plan"] == want["plan"], name
            seen_levels |= {v[0] for v in got["themes"].values()} | {
                v[2] for v in got["themes"].values()
            }
            if name == "incomplete":
                assert all("provisional" in v[1] for v in got["themes"].values())
            if name == "non-compliant":
                assert any(v[0] == 0 for v in got["themes"].values())
                assert any(p[1] == "Follower" for p in got["plan"].values())
            if name in ("compliance unanswered", "empty"):
                # LibreOffice's own recalculation says what the app says (wording.py)
                labels = [v[1] for v in got["themes"].values()]
                assert wording.not_answered_yet() in labels, name
                if name == "compliance unanswered":
                    # a theme whose compliance question was answered No stays Non-compliant
                    said_no = wording.level_name(Level.NON_COMPLIANT)
                    assert any(v[1].startswith(said_no) for v in got["themes"].values())
            if name == "stretch":
                assert any("(stretch)" in p[1] for p in got["plan"].values())
        assert seen_levels == {0, 1, 2, 3, 4}
        # the horizon edited on the Organisation sheet: the years and the column's name follow
        a = scenario(
            index, replace(start, workshop=replace(start.workshop, horizon_years=1)), "all levels"
        )
        libreoffice.set_many([*_answers_cells(index, a, sa_rows), ("Organisation", "B7", 1)])
        libreoffice.calc()
        got = figures(libreoffice.get, index, plan_rows)
        want = expected(svmi_evaluate(a, tmp_path), index)
        assert got["plan"] == want["plan"]
        assert {p[2] for p in got["plan"].values() if p[0] == "Yes"} == {1}
        assert libreoffice.get("Results", ["E3"]) == ["In 1 year"]
    finally:
        libreoffice.close()


@pytest.mark.parametrize("index_id", INDEXES)
@pytest.mark.parametrize("name", SCENARIOS)
def test_calamine_reads_the_apps_figures_from_a_fresh_export(tmp_path, index_id, name):
    index = load_index(index_id)
    a = scenario(index, base(index_id), name)
    xlsx = workbook_bytes(facts(index, a))
    _, plan_rows = positions(xlsx)
    path = tmp_path / "fresh.xlsx"
    path.write_bytes(xlsx)
    book = CalamineWorkbook.from_path(str(path))
    sheets = {
        s: book.get_sheet_by_name(s).to_python(skip_empty_area=False)
        for s in ("Results", "Action Plan")
    }

    def read(sheet: str, cells: list[str]) -> list[object]:
        out = []
        for c in cells:
            m = re.fullmatch(r"([A-Z]+)(\d+)", c)
            assert m
            col = ord(m.group(1)) - 65
            rows = sheets[sheet]
            row = rows[int(m.group(2)) - 1] if int(m.group(2)) - 1 < len(rows) else []
            out.append(row[col] if col < len(row) else "")
        return out

    got = figures(read, index, plan_rows)
    want = expected(svmi_evaluate(a, tmp_path), index)
    assert got == want


def test_formulas_use_only_functions_excel_2016_and_libreoffice_7_share(demo_facts):
    import io
    import zipfile

    allowed = {
        "IF",
        "OR",
        "AND",
        "TRIM",
        "SUM",
        "COUNT",
        "INT",
        "MIN",
        "MAX",
        "MID",
        "CHOOSE",
        "DATE",
        "YEAR",
        "MONTH",
        "DAY",
        "CHAR",
    }
    with zipfile.ZipFile(io.BytesIO(workbook_bytes(demo_facts))) as zf:
        xml = "".join(zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/worksheets/"))
    formulas = re.findall(r"<f>(.*?)</f>", xml)
    assert len(formulas) > 500
    used = set()
    for f in formulas:
        bare = re.sub(r"&quot;.*?&quot;", "", f)
        used |= set(re.findall(r"([A-Z][A-Z0-9.]*)\(", bare))
    assert used <= allowed, used - allowed
    assert all(len(f) <= fx.MAX_FORMULA for f in formulas)
