"""``svmi compare A B``: sessions or files, JSON on stdout, exports by flag, one-line errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.reassessment import CarryMode
from svmi_desktop.formats import assessment_file
from svmi_desktop.services.history import History

from .helpers import first_workshop


def svmi(*args):
    return subprocess.run(
        [sys.executable, "-c", "from svmi_desktop.cli.main import run; run()", *args],
        capture_output=True,
        text=True,
    )


def test_compare_two_stored_sessions_and_write_both_exports(tmp_path, workshops):
    from python_calamine import CalamineWorkbook

    first = first_workshop(workshops)
    again = History(workshops).reassess(first.session_id, dt.date(2026, 3, 1), CarryMode.CARRY)
    for c in again.index.theme("C").asked:
        if c.level.letter == "M":
            again.set_answer(c.id, True, True)
    data_dir = str(workshops.store.paths.data_dir)
    workshops.store.close()
    pdf, xlsx = tmp_path / "c.pdf", tmp_path / "c.xlsx"
    done = svmi(
        "compare",
        str(again.session_id),
        str(first.session_id),
        "--data-dir",
        data_dir,
        "--pdf",
        str(pdf),
        "--xlsx",
        str(xlsx),
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert (data["then"], data["now"]) == ("2025-03-12", "2026-03-01")  # earlier is "then"
    c = next(t for t in data["themes"] if t["theme"] == "C")
    assert (c["direction"], c["steps"], c["words"]) == ("up", 1, "Up 1 level")
    assert {x["criterion"] for x in c["changed_criteria"]} == {
        x.id for x in again.index.theme("C").asked if x.level.letter == "M"
    }
    assert {a["progress"] for a in data["actions"]} >= {"done-met", "open"}
    assert "1 theme up" in data["headline"]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Since last time (2025-03-12)" in text
    rows = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_name("Since last time").to_python()
    assert rows[0][0] == "Since last time (2025-03-12)"


def test_compare_two_files_and_refuse_another_index_in_one_line(tmp_path):
    index = load_index("public-sector")
    from tests.consortium.generate import make_assessment

    a, b = make_assessment(index, 1, 0), make_assessment(index, 1, 1)
    pa = assessment_file.write(tmp_path / "a.svmi.json", a)
    pb = assessment_file.write(tmp_path / "b.svmi.json", b)
    done = svmi("compare", str(pa), str(pb))
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["themes"]) == len(index.themes)
    other = assessment_file.write(
        tmp_path / "c.svmi.json", dataclasses.replace(a, index_version="2016.0")
    )
    refused = svmi("compare", str(pa), str(other))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "different versions" in refused.stderr
    assert refused.stdout == ""
    missing = svmi("compare", str(pa), str(tmp_path / "nope.svmi.json"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
