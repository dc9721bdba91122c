"""``svmi pack`` and ``svmi room personal|merge``: the pack rendered and read back (poppler),
personal files out and back through the real store."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from svmi_desktop.cli.main import main
from svmi_desktop.domain.votes import Tally
from svmi_desktop.storage import Store

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler is missing")


def run(capsys, *argv):  # type: ignore[no-untyped-def]
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@needs_poppler
def test_pack_for_an_index_maps_back_to_criterion_ids(capsys, tmp_path, library):
    pdf, html = tmp_path / "pack.pdf", tmp_path / "pack.html"
    code, out, _ = run(
        capsys, "pack", "public-sector", "-o", pdf, "--html", html, "--data-dir", tmp_path / "d"
    )
    assert code == 0 and str(pdf) in out
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "A4" in info
    index = library.get("public-sector")
    text = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    pages = text.split("\f")
    sheet = "\f".join(p for p in pages if "Participant worksheet" in p or "☐ Yes" in p)
    printed = re.findall(r"\b([A-J]\.[FMLI]\d+)\b", sheet)
    asked = [c.id for c in index.criteria() if c.asked]
    for cid in asked:  # every asked criterion has its id on the worksheet, in index order
        assert cid in printed
    assert [c for c in dict.fromkeys(printed) if c in asked] == asked
    assert sheet.count("☐ Yes") == 2 * len(asked)  # Present and Future boxes per criterion
    cards = [p for p in pages if "Voting card" in p]
    assert len(cards) == 3  # one card a page, each a word and a shape
    for card, word, shape in zip(cards, ("YES", "NO", "NOT SURE"), "✓✗?", strict=True):
        assert word in card.split("\n") and shape in card
    assert "Where are we now?" in text and "Innovator (4)" in text
    page = html.read_text()
    assert page.startswith("<!DOCTYPE html>") and 'lang="en-GB"' in page
    assert page.count('type="checkbox"') == 4 * len(asked)
    assert "<script" not in page and "http" not in page.replace("http-equiv", "")
    shots = __import__("os").environ.get("SVMI_ROOM_SHOTS")
    if shots:
        shutil.copy(pdf, Path(shots) / "pack.pdf")


def test_pack_refuses_to_overwrite(capsys, tmp_path):
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(b"keep")
    code, _, err = run(capsys, "pack", "-o", pdf, "--data-dir", tmp_path / "d")
    assert code == 2 and "already exists" in err and pdf.read_bytes() == b"keep"


def test_personal_files_out_and_merged_back(capsys, tmp_path, session, store, paths):
    store.close()  # the CLI needs the database to itself
    out_dir = tmp_path / "personal"
    code, out, _ = run(
        capsys,
        "room",
        "personal",
        session.session_id,
        "-o",
        out_dir,
        "-n",
        3,
        "--data-dir",
        paths.data_dir,
    )
    assert code == 0
    files = sorted(out_dir.glob("*.svmi.json"))
    assert len(files) == 3 and [str(f) for f in files] == out.split()
    for f, answer in zip(files, (True, True, False), strict=True):
        data = json.loads(f.read_text())
        data["answers"] = {"A.F1": {"present": answer, "future": True}}
        f.write_text(json.dumps(data))
    code, out, err = run(
        capsys, "room", "merge", session.session_id, *files, files[0], "--data-dir", paths.data_dir
    )
    assert code == 1  # one refused: the same person's file twice
    assert "Counted 3 files" in out and "same person" in err
    with Store.open(paths) as again:
        assert again.load(session.session_id).room.spread_of("A.F1") == Tally(2, 1, 0)
    code, _, err = run(
        capsys, "room", "merge", session.session_id, files[1], "--data-dir", paths.data_dir
    )
    assert code == 2 and "nothing was changed" in err


def test_pack_for_a_stored_session_names_it(capsys, tmp_path, session, store, paths):
    store.close()
    pdf, html = tmp_path / "s.pdf", tmp_path / "s.html"
    code, _, _ = run(
        capsys,
        "pack",
        "--session",
        session.session_id,
        "-o",
        pdf,
        "--html",
        html,
        "--data-dir",
        paths.data_dir,
    )
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    page = html.read_text()
    assert "Gwent Police · workshop 2026-12-01" in page
    assert "Secret Name" not in page  # participants' names are not in the pack
