"""The PDF in every script: fonts embedded, text extractable in logical order, bookmarks,
a reading order without interleaved columns, rows kept whole, and the unprintable warning."""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from svmi_desktop.domain.assessment import CustomAction, Organisation
from svmi_desktop.domain.levels import Level
from svmi_desktop.domain.text_limits import MAX_TEXT
from svmi_desktop.export.report import printing_problems, report_pdf
from svmi_desktop.export.summary import facts
from svmi_desktop.services.exports import export_all

from .conftest import pdf_text, pick_tool
from .scripts import SCRIPTS, script_assessment, user_strings

BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e]")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", BIDI_MARKS.sub("", text))


def fonts(path: Path) -> list[list[str]]:
    out = subprocess.run(
        [pick_tool("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [line.split() for line in out.splitlines()[2:]]


def text_of(path: Path, *args: str) -> str:
    out = subprocess.run(
        [pick_tool("pdftotext"), "-enc", "UTF-8", *args, str(path), "-"],
        capture_output=True,
        check=True,
    )
    return BIDI_MARKS.sub("", out.stdout.decode("utf-8"))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, index, demo) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("scripts")
    out = {}
    for script in SCRIPTS:
        f = facts(index, script_assessment(demo, script))
        for board in (False, True):
            path = folder / f"{script}{'-board' if board else ''}.pdf"
            path.write_bytes(report_pdf(f, board=board))
            out[path.stem] = path
    return out


@pytest.mark.parametrize("script", list(SCRIPTS))
def test_every_font_is_embedded_and_the_script_has_its_font(pdfs, script):
    for name in (script, f"{script}-board"):
        rows = fonts(pdfs[name])
        assert rows and all(r[-5] == "yes" for r in rows), rows  # the emb column
        names = {r[0].split("+")[-1] for r in rows}
        assert "Helvetica" not in names and "Times-Roman" not in names
        bundled = {"arabic": "Arabic", "hebrew": "Hebrew", "devanagari": "Devanagari"}
        if script in bundled:  # shaped with HarfBuzz, not DejaVu's isolated forms
            assert f"NotoSans{bundled[script]}-Regular" in names
        if script == "cjk":
            assert any(n.startswith("SVMISystem") for n in names), names  # a system font, subset


@pytest.mark.parametrize("script", list(SCRIPTS))
@pytest.mark.parametrize("mode", [(), ("-raw",), ("-layout",)], ids=["default", "raw", "layout"])
def test_pdftotext_finds_every_user_string_in_logical_order(pdfs, script, mode):
    text = text_of(pdfs[script], *mode)
    for s in user_strings(script):
        if mode == ("-layout",) and script in ("arabic", "hebrew") and s != SCRIPTS[script]["org"]:
            continue  # -layout pads right-aligned cells; the organisation stands alone
        assert s in text or squash(s) in squash(text), (s, mode)
    assert squash(SCRIPTS[script]["org"]) in squash(text_of(pdfs[f"{script}-board"], *mode))


@pytest.mark.parametrize("script", ["arabic", "hebrew", "devanagari"])
def test_shaped_scripts_read_back_in_logical_order(pdfs, script):
    """Right-to-left words are not reversed; Indic vowel signs and conjuncts are not lost."""
    text = text_of(pdfs[script])
    for s in user_strings(script):
        assert s in text
        assert s[::-1] not in text


def test_action_text_is_never_interleaved_with_another_column(demo_facts, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(demo_facts))
    for mode in ((), ("-layout",)):
        flat = squash(text_of(path, *mode))
        for item in demo_facts.plan.items:
            assert squash(item.action) in flat, (mode, item.action)


def test_every_section_and_theme_is_bookmarked(demo_facts, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(report_pdf(demo_facts))
    out = subprocess.run(
        [pick_tool("qpdf"), "--json", "--json-key=outlines", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    outline = json.loads(out)["outlines"]
    top = {o["title"]: o for o in outline}
    for section in ("Summary", "Why this level", "Action plan by year", "Notes", "Participants"):
        assert section in top, section
    why = [k["title"] for k in top["Why this level"]["kids"]]
    assert why == [f"{t.code} {t.title}" for t in demo_facts.index.themes]
    pages = [o["destpageposfrom1"] for o in outline]
    assert pages == sorted(pages) and pages[-1] > 3  # each points at its own page


def _many_actions(demo, n: int, chars: int):
    customs = tuple(
        CustomAction(
            f"custom-{i}",
            "ABCDEFGHIJ"[i % 10],
            f"Action {i:02d} " + "word " * (chars // 5),
            1,
            Level.MATURE,
            f"Owner {i}",
        )
        for i in range(n)
    )
    return replace(demo, custom_actions=customs)


def test_rows_are_never_split_and_the_header_repeats(tmp_path, index, demo):
    f = facts(index, _many_actions(demo, 40, 700))
    path = tmp_path / "many.pdf"
    path.write_bytes(report_pdf(f))
    info = subprocess.run(
        [pick_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    pages = [squash(text_of(path, "-f", str(n), "-l", str(n))) for n in range(1, count + 1)]
    plan_pages = 0
    for i in range(40):
        text = squash(f"Action {i:02d} " + "word " * 140)
        assert sum(text in p for p in pages) == 1, i  # whole, on exactly one page
    for p in pages:
        if "Action" in p and "word" in p:
            plan_pages += 1
            assert "ThemeTargetOwnerDueStatus" in p  # the header is repeated on that page
    assert plan_pages >= 3


def test_a_row_taller_than_a_page_is_cut_never_lost(tmp_path, index, hostile):
    path = tmp_path / "hostile.pdf"
    path.write_bytes(report_pdf(facts(index, hostile)))
    assert squash(pdf_text(path)).count("x" * 5000) >= 1


def test_board_summary_stays_one_page_with_the_largest_name_and_40_actions(tmp_path, index, demo):
    huge = replace(
        _many_actions(demo, 40, MAX_TEXT - 20), organisation=Organisation("Ŵ" * MAX_TEXT, "t", "r")
    )
    data = report_pdf(facts(index, huge), board=True)
    path = tmp_path / "board.pdf"
    path.write_bytes(data)
    info = subprocess.run(
        [pick_tool("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Pages:\s+1\n", info)
    assert re.search(r"and \d+ more in the full report", pdf_text(path))


def test_unprintable_characters_are_named_by_field_before_writing(tmp_path, index, demo):
    a = replace(demo, notes={**demo.notes, "B": "Cyfarfod 🙂 \U000f0000"})
    problems = printing_problems(facts(index, a))
    assert len(problems) == 1
    assert problems[0].startswith("The note for theme B holds ")
    assert "U+F0000" in problems[0] and "no font on this computer can print" in problems[0]
    seen: list[tuple[str, list[str]]] = []
    result = export_all(
        index,
        a,
        tmp_path,
        formats={"pdf", "html"},
        warn=lambda m: seen.append((m, sorted(p.name for p in tmp_path.iterdir()))),
    )
    assert seen == [(problems[0], [])]  # said before any file was written
    assert result.warnings == tuple(problems)
    assert printing_problems(facts(index, demo)) == []
    for script in SCRIPTS:  # every script the fonts present cover prints without a warning
        assert printing_problems(facts(index, script_assessment(demo, script))) == []


def test_cli_prints_the_warning(tmp_path, index, demo):
    import sys

    from svmi_desktop.formats import assessment_file

    a = replace(demo, notes={**demo.notes, "C": "\U000f0001"})
    src = tmp_path / "a.svmi.json"
    src.write_text(assessment_file.dumps(a), encoding="utf-8")
    svmi = [sys.executable, "-c", "from svmi_desktop.cli.main import run; run()"]
    out = subprocess.run(
        [
            *svmi,
            "export",
            str(src),
            "--html",
            str(tmp_path / "r.html"),
            "--pdf",
            str(tmp_path / "r.pdf"),
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "warning: The note for theme C holds" in out.stderr
    assert (tmp_path / "r.html").is_file() and (tmp_path / "r.pdf").is_file()
