"""Several bodies together: spread per theme, hidden names, rounds, and never mixing indexes."""

from __future__ import annotations

import dataclasses
import json
import statistics
import subprocess
import sys

import pytest

from svmi_desktop.catalog import IndexLibrary, load_index
from svmi_desktop.domain import wording
from svmi_desktop.domain.consortium import NAME_THRESHOLD, aggregate, names_shown
from svmi_desktop.formats import assessment_file
from svmi_desktop.importing.consortium_reader import Cancelled, read_folder

from .generate import body_name, make_assessment, write_consortium, write_json, write_workbook


@pytest.fixture
def library():
    return IndexLibrary(None)


def test_names_are_hidden_below_five_members_unless_shown_by_choice():
    assert [names_shown(n, None) for n in (1, 4, 5, 9)] == [False, False, True, True]
    assert names_shown(2, True) and not names_shown(9, False)
    assert NAME_THRESHOLD == 5


def test_four_members_are_numbered_not_named(tmp_path, library):
    write_consortium(tmp_path, bodies=4, rounds=1, files=4, kind="json")
    subs, refused = read_folder(tmp_path, library.get)
    assert not refused
    c = aggregate(subs, refused)
    assert c.main is not None and not c.main.names_shown
    assert [m.label for m in c.main.members] == [wording.member_label(n) for n in (1, 2, 3, 4)]
    means = [m.submission.present_mean for m in c.main.members]
    assert means == sorted(means, reverse=True)  # level order, not file or name order
    shown = aggregate(subs, refused, show_names=True)
    assert shown.main is not None
    assert sorted(m.label for m in shown.main.members) == sorted(body_name(n) for n in range(4))


def test_spread_per_theme_is_min_lower_median_max_and_count(tmp_path, library):
    write_consortium(tmp_path, bodies=6, rounds=1, files=6, kind="json")
    c = aggregate(*read_folder(tmp_path, library.get))
    g = c.main
    assert g is not None and g.names_shown  # 6 members: names shown by default
    for t, stats in enumerate(g.stats):
        levels = [m.submission.present[t] for m in g.members]
        assert stats.count == 6
        assert (stats.present.minimum, stats.present.median, stats.present.maximum) == (
            min(levels),
            statistics.median_low(levels),
            max(levels),
        )


def test_other_indexes_and_versions_are_listed_apart_never_mixed(tmp_path, library):
    write_consortium(tmp_path, bodies=5, rounds=1, files=5, kind="json")
    business = load_index("business")
    other = make_assessment(load_index("public-sector"), 9, 0)
    assessment_file.write(
        tmp_path / "business.svmi.json",
        dataclasses.replace(make_assessment(business, 1, 0), organisation=other.organisation),
    )
    old = dataclasses.replace(
        make_assessment(load_index("public-sector"), 7, 0), index_version="2016.0"
    )
    assessment_file.write(tmp_path / "old-version.svmi.json", old)
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook")
    c = aggregate(*read_folder(tmp_path, library.get))
    assert c.main is not None
    assert (c.main.index_id, c.main.files, len(c.main.members)) == ("public-sector", 5, 5)
    assert {(g.index_id, g.index_version) for g in c.apart} == {
        ("business", business.version),
        ("public-sector", "2016.0"),
    }
    assert all(g.files == 1 for g in c.apart)
    assert [r.source for r in c.refused] == ["broken.xlsx"]
    assert "\n" not in c.refused[0].reason


def test_rounds_follow_the_bodies_that_come_back(tmp_path, library):
    write_consortium(tmp_path, bodies=5, rounds=3, files=15, kind="json")
    # Two bodies do not come back for the last round.
    for n in (3, 4):
        for path in tmp_path.glob(f"{body_name(n)} 2026-*"):
            path.unlink()
    c = aggregate(*read_folder(tmp_path, library.get))
    g = c.main
    assert g is not None
    assert [(r.year, r.count, r.returning) for r in g.rounds] == [
        (2024, 5, 0),
        (2025, 5, 5),
        (2026, 3, 3),
    ]
    assert g.returning_bodies == 3
    assert g.median_change is not None and g.median_change > 0  # the generator rises each round
    assert all(
        m.submission.date.year == 2026
        for m in g.members
        if m.submission.body_key in {f"{n:016x}" for n in range(3)}
    )


def test_workbooks_and_assessment_files_of_one_body_count_once(tmp_path, library):
    index = load_index("public-sector")
    write_workbook(tmp_path, index, 1, 0)
    write_workbook(tmp_path, index, 2, 1)
    write_json(tmp_path, index, 3, 1)
    c = aggregate(*read_folder(tmp_path, library.get))
    assert c.main is not None and len(c.main.members) == 3
    assert [r.count for r in c.main.rounds] == [1, 2]


def test_reading_can_be_cancelled_between_files(tmp_path, library):
    write_consortium(tmp_path, bodies=3, rounds=1, files=3, kind="json")
    seen = []
    with pytest.raises(Cancelled, match="cancelled"):
        read_folder(
            tmp_path,
            library.get,
            progress=lambda n, total: seen.append((n, total)),
            cancelled=lambda: len(seen) >= 2,
        )
    assert seen == [(1, 3), (2, 3)]


def test_cli_consortium_prints_json_and_writes_both_exports(tmp_path):
    from python_calamine import CalamineWorkbook

    folder = tmp_path / "subs"
    write_consortium(folder, bodies=4, rounds=1, files=4, kind="json")
    xlsx, pdf = tmp_path / "c.xlsx", tmp_path / "c.pdf"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from svmi_desktop.cli.main import run; run()",
            "consortium",
            str(folder),
            "--xlsx",
            str(xlsx),
            "--pdf",
            str(pdf),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["consortium"]["members"] == 4 and not data["consortium"]["names_shown"]
    assert all(m["member"].startswith("Member ") for m in data["consortium"]["member_levels"])
    assert body_name(0) not in done.stdout
    book = CalamineWorkbook.from_path(str(xlsx))
    assert "Per theme" in book.sheet_names
    rows = book.get_sheet_by_name("Members now").to_python()
    assert [r[0] for r in rows[1:]] == [wording.member_label(n) for n in (1, 2, 3, 4)]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "SVMI consortium comparison" in text and body_name(0) not in text
    again = subprocess.run(
        [
            sys.executable,
            "-c",
            "from svmi_desktop.cli.main import run; run()",
            "consortium",
            str(folder),
            "--xlsx",
            str(xlsx),
        ],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 2 and again.stderr.count("\n") == 1
    assert "already exists" in again.stderr
    missing = subprocess.run(
        [
            sys.executable,
            "-c",
            "from svmi_desktop.cli.main import run; run()",
            "consortium",
            str(tmp_path / "nowhere"),
        ],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 2 and "is not a folder" in missing.stderr


def test_reading_in_two_processes_gives_the_same_result_in_the_same_order(tmp_path, library):
    write_consortium(tmp_path, bodies=9, rounds=2, files=45, kind="json")
    (tmp_path / "broken.svmi.json").write_text("[]", encoding="utf-8")
    seen = []
    one = read_folder(tmp_path, library.get)
    two = read_folder(tmp_path, library.get, workers=2, progress=lambda n, t: seen.append((n, t)))
    assert two == one
    assert len(one[0]) == 45 and [r.source for r in one[1]] == ["broken.svmi.json"]
    assert seen[-1] == (46, 46) and len(seen) == 3  # one step per batch of 20


def test_reading_in_processes_can_be_cancelled(tmp_path, library):
    write_consortium(tmp_path, bodies=9, rounds=5, files=45, kind="json")
    with pytest.raises(Cancelled):
        read_folder(tmp_path, library.get, workers=2, cancelled=lambda: True)
