"""`svmi criteria` and `svmi evaluate`: output shapes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from svmi_desktop.catalog import load_index
from svmi_desktop.cli.main import main
from svmi_desktop.formats import assessment_file

from .surrey import surrey_assessment

SVMI = [sys.executable, "-c", "from svmi_desktop.cli.main import run; run()"]


def run_json(capsys, *args):
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_criteria_json_has_every_criterion(capsys):
    data = run_json(capsys, "criteria", "public-sector", "--json")
    assert {"id", "version", "title", "levels", "themes"} <= set(data)
    assert [t["code"] for t in data["themes"]] == list("ABCDEFGHIJ")
    assert sum(len(t["criteria"]) for t in data["themes"]) == 99
    c = next(c for t in data["themes"] for c in t["criteria"] if c["id"] == "C.I1")
    assert {"id", "level", "kind", "statement", "action", "same_as"} <= set(c)
    assert (c["level"], c["kind"], c["same_as"]) == ("innovator", "requirement", "C.L1")
    assert [lv["name"] for lv in data["levels"]] == ["Follower", "Mature", "Leader", "Innovator"]


def test_criteria_listing_is_readable(capsys):
    assert main(["criteria", "business"]) == 0
    out = capsys.readouterr().out
    assert "E.F1" in out and "[compliance]" in out and "Governance and Accountability" in out
    assert main(["criteria"]) == 0
    assert capsys.readouterr().out.split()[0] == "business"


def test_evaluate_prints_results_and_plan(tmp_path, capsys):
    path = assessment_file.write(
        tmp_path / "s.svmi.json", surrey_assessment(load_index("public-sector"))
    )
    data = run_json(capsys, "evaluate", str(path))
    assert data["index"] == "public-sector"
    assert data["overall"]["present"] == {
        "mean": 2.4,
        "level": 2,
        "name": "Mature",
        "incomplete": False,
    }
    assert (
        data["overall"]["future"]["mean"] == 3.2 and data["overall"]["future"]["name"] == "Leader"
    )
    b = data["themes"][1]
    assert (b["code"], b["present"]["name"], b["future"]["name"]) == ("B", "Leader", "Innovator")
    first_c = next(i for i in data["action_plan"] if i["theme"] == "C")
    assert {
        k: first_c[k]
        for k in (
            "criterion",
            "target_level",
            "target",
            "phase",
            "year",
            "stretch",
            "owner",
            "due",
            "status",
        )
    } == {
        "criterion": "C.L1",
        "target_level": 3,
        "target": "Leader",
        "phase": 1,
        "year": 1,
        "stretch": False,
        "owner": "",
        "due": "2027-11-21",
        "status": "Not started",
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["evaluate", "/nonexistent/x.svmi.json"], "does not exist"),
        (["criteria", "housing"], "unknown index 'housing'"),
        (["evaluate"], "the following arguments are required"),
    ],
)
def test_user_errors_are_one_line_exit_2_no_traceback(args, message):
    proc = subprocess.run([*SVMI, *args], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert message in lines[-1] and "Traceback" not in proc.stderr
    assert len([ln for ln in lines if ln.startswith("svmi:")]) == 1


def test_evaluate_of_a_damaged_file(tmp_path):
    bad = tmp_path / "bad.svmi.json"
    bad.write_text(
        '{"format": "svmi-assessment", "version": 1, "index": "public-sector"', encoding="utf-8"
    )
    proc = subprocess.run([*SVMI, "evaluate", str(bad)], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 2
    assert (
        proc.stderr.startswith("svmi: bad.svmi.json is not valid JSON")
        and proc.stderr.count("\n") == 1
    )


def test_console_script_is_installed():
    script = Path(sys.executable).with_name("svmi")
    if not script.exists():
        pytest.skip("the svmi console script is not installed in this environment")
    proc = subprocess.run([str(script), "criteria"], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0 and "public-sector" in proc.stdout


def test_evaluate_finds_the_users_own_index_in_the_data_dir(tmp_path, capsys):
    from dataclasses import replace

    from svmi_desktop.catalog import IndexLibrary, criteria_dir

    source = tmp_path / "own.toml"
    text = (criteria_dir() / "business.toml").read_text(encoding="utf-8")
    source.write_text(text.replace('id = "business"', 'id = "our-business"', 1), encoding="utf-8")
    data_dir = tmp_path / "data"
    index = IndexLibrary(data_dir / "indexes").add_file(source)
    assessment = replace(
        surrey_assessment(load_index("public-sector")), index_id="our-business", answers={}
    )
    path = assessment_file.write(tmp_path / "own.svmi.json", assessment)
    assert main(["evaluate", str(path)]) == 2
    assert "unknown index 'our-business'" in capsys.readouterr().err
    data = run_json(capsys, "evaluate", str(path), "--data-dir", str(data_dir))
    assert data["index"] == index.id and len(data["themes"]) == 9
