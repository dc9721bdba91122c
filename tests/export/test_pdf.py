"""The PDF report and board summary, checked by extracted text, fonts, pages and annotations."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from svmi_desktop.domain.assessment import Organisation
from svmi_desktop.export.report import report_pdf
from svmi_desktop.export.summary import facts

from ..hostile import HOSTILE, LONG_NOTE, WELSH
from .conftest import pdf_text, pick_tool


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def pages(path: Path) -> int:
    out = subprocess.run(
        [pick_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    )
    return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.M).group(1))


def page_count_from_bytes(data: bytes) -> int:
    """Without poppler: the page tree root's /Count."""
    counts = [int(n) for n in re.findall(rb"/Count (\d+)", data)]
    return max(counts)


@pytest.fixture(scope="module")
def welsh_pdf(tmp_path_factory, index, welsh) -> Path:
    return write(tmp_path_factory.mktemp("pdf"), "welsh.pdf", report_pdf(facts(index, welsh)))


def test_report_text_has_organisation_levels_actions_and_welsh(welsh_pdf, index, welsh):
    f = facts(index, welsh)
    text = pdf_text(welsh_pdf)
    assert WELSH in text
    assert "Cyfarfod â’r Bwrdd: £5,000 – “ŵyŷ” ł é €" in text
    for heading in ("Summary", "Why this level", "Action plan by year", "Notes", "Participants"):
        assert heading in text
    # theme J is not answered: "Not answered yet", never Non-compliant (docs/decisions.md)
    for level in ("Not answered yet", "Follower", "Mature", "Leader", "Innovator"):
        assert level in text
    flat = squash(text)
    for item in f.plan.items:
        assert squash(item.action) in flat, item.action
    for t in f.evaluation.themes:
        assert squash(t.present.why.sentence) in flat
    assert "Chief Finance Officer" in text
    assert re.search(r"Page 1 of \d+", text)


def test_report_metadata_fonts_and_page_size(welsh_pdf):
    info = subprocess.run(
        [pick_tool("pdfinfo"), str(welsh_pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert "Title:           SVMI self-assessment report – " + WELSH in info
    assert "Author:          Social value lead" in info
    assert "595.276 x 841.89" in info  # A4
    fonts = subprocess.run(
        [pick_tool("pdffonts"), str(welsh_pdf)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    dejavu = [r for r in rows if "DejaVuSans" in r[0]]
    assert {r[0].split("+")[-1] for r in dejavu} == {"DejaVuSans", "DejaVuSans-Bold"}
    assert all(r[-5] == "yes" for r in rows)  # every font embedded: no Helvetica, no Times
    assert not [r for r in rows if "Helvetica" in r[0] or "Times" in r[0]]


def test_participant_names_only_when_entered(tmp_path, index, demo):
    text = pdf_text(write(tmp_path, "roles.pdf", report_pdf(facts(index, demo))))
    assert "Role" in text and "Name" not in text.split("Participants")[-1]


def test_board_summary_is_one_page_with_and_n_more(tmp_path, demo_facts):
    data = report_pdf(demo_facts, board=True)
    path = write(tmp_path, "board.pdf", data)
    assert page_count_from_bytes(data) == 1
    assert pages(path) == 1
    text = pdf_text(path)
    year1 = demo_facts.plan.by_year()[1]
    m = re.search(r"and (\d+) more", text)
    shown = len(year1) - (int(m.group(1)) if m else 0)
    assert 3 <= shown <= len(year1)
    assert "Northshire Police (example)" in text and "board summary" in text


def test_board_summary_stays_one_page_with_pathological_text(tmp_path, index, hostile):
    huge = replace(hostile, organisation=Organisation(LONG_NOTE, "x", "y"))
    data = report_pdf(facts(index, huge), board=True)
    assert page_count_from_bytes(data) == 1
    assert pages(write(tmp_path, "huge-board.pdf", data)) == 1


@pytest.mark.parametrize("board", [False, True], ids=["report", "board"])
def test_hostile_text_prints_literally_and_makes_no_links(tmp_path, index, hostile, board):
    data = report_pdf(facts(index, hostile), board=board)
    path = write(tmp_path, "hostile.pdf", data)
    assert b"/Link" not in data and b"/URI" not in data and b"/Annot" not in data
    assert not re.search(rb"/Subtype\s*/Image", data)  # no image was embedded
    text = squash(pdf_text(path))
    pieces = [
        "<b>x</b>",
        '<ahref="http://x">link</a>',
        '<imgsrc="/etc/passwd"/>',
        "&amp;&fish",
        '=HYPERLINK("http://x","y")',
    ]
    if not board:  # the board summary shortens the name; the report prints every field whole
        pieces += ["@SUM(1)", "<unclosed", "<fontcolor="]  # ＝ and 🙂 are not in DejaVu
    for piece in pieces:
        assert squash(piece) in text, piece
    if not board:
        # right-to-left words are laid out right to left and read back in logical order
        # (issue 13: bidi per line, HarfBuzz shaping, ActualText)
        for word in ("שלום", "مرحبا"):
            assert word in re.sub("[\u200e\u200f\u202a-\u202e]", "", text), word
        assert text.count("x" * 200) >= 1  # the 10,000-character note is printed, not dropped


def test_no_file_is_opened_for_markup(index, hostile):
    """An <img src> in user text must never make reportlab open a file (audit events)."""
    import sys

    opened: list[str] = []

    def hook(event, args):
        if event == "open" and isinstance(args[0], str) and "passwd" in args[0]:
            opened.append(args[0])

    sys.addaudithook(hook)
    report_pdf(facts(index, hostile))
    assert opened == []


def test_corpus_is_in_every_field(hostile):
    assert HOSTILE[0] in hostile.organisation.name
    assert all(HOSTILE[1] in n or len(n) == 10_000 for n in hostile.notes.values())
