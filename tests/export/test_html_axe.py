"""The HTML report in a real browser: headless Chromium with no network, axe-core run in the
page at WCAG 2.2 AA, every request recorded, and the page printed to PDF as a reader would.

axe-core comes from the npm registry, installed by tools/test into the git-ignored
.cache/node before the suite enters ``unshare -rn``; Chromium is Debian's.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from svmi_desktop.export.html_report import report_html
from svmi_desktop.export.summary import facts

from .chromium import Chromium, axe_source, chromium_path
from .conftest import pdf_text, pick_tool
from .scripts import script_assessment, user_strings

#: Where the browser's printout is rendered to PNG for a person to look at (CI keeps it).
ARTEFACTS = Path(os.environ.get("SVMI_ARTEFACTS", "/tmp/svmi-artefacts")) / "html-report"


@pytest.fixture(scope="module")
def browser():
    chromium_path()
    axe_source()
    b = Chromium()
    yield b
    b.close()


def cases(index, demo, hostile) -> dict[str, object]:
    out = {s: script_assessment(demo, s) for s in ("latin", "arabic", "cjk")}
    out["demo"] = demo
    out["hostile"] = hostile
    return out


@pytest.mark.parametrize("case", ["demo", "latin", "arabic", "cjk", "hostile"])
def test_axe_reports_no_wcag22_aa_violation(browser, tmp_path, index, demo, hostile, case):
    assessment = cases(index, demo, hostile)[case]
    path = tmp_path / f"{case}.html"
    path.write_bytes(report_html(facts(index, assessment)))
    browser.open(path)
    result = browser.axe()
    assert result["passes"] > 10, result  # axe really ran its rules on this page
    assert result["violations"] == [], result["violations"]
    assert browser.requests() == [path.resolve().as_uri()]  # nothing else was fetched


def test_axe_finds_a_violation_when_there_is_one(browser, tmp_path, demo_facts):
    """The control: the same page without ``lang`` and with an empty header fails axe."""
    html = report_html(demo_facts).decode().replace('<html lang="en-GB">', "<html>", 1)
    html = html.replace('<th scope="col">', '<th scope="col" style="color:#EEEEEE">', 1)
    path = tmp_path / "broken.html"
    path.write_text(html, encoding="utf-8")
    browser.open(path)
    ids = {v["id"] for v in browser.axe()["violations"]}
    assert {"html-has-lang", "color-contrast"} <= ids


@pytest.mark.parametrize("case", ["latin", "arabic", "cjk"])
def test_chromium_prints_it_on_a4_with_every_user_string(browser, tmp_path, index, demo, case):
    path = tmp_path / f"{case}.html"
    path.write_bytes(report_html(facts(index, script_assessment(demo, case))))
    browser.open(path)
    pdf = tmp_path / f"{case}-printed.pdf"
    pdf.write_bytes(browser.print_pdf())
    info = subprocess.run(
        [pick_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Page size:\s+59[45]\.\d+ x 841\.\d+", info), info  # A4
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 4
    text = re.sub("[\u200e\u200f\u202a-\u202e]", "", pdf_text(pdf))  # bidi marks poppler adds
    if case == "arabic":  # poppler reads a browser's right-to-left line word by word
        words = set(text.split())
        assert set(user_strings(case)[0].split()) <= words
    else:
        flat = re.sub(r"\s+", "", text)
        for s in user_strings(case):
            assert re.sub(r"\s+", "", s) in flat, s
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    shot = subprocess.run(
        [
            pick_tool("pdftoppm"),
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "2",
            "-png",
            str(pdf),
            str(ARTEFACTS / case),
        ],
        capture_output=True,  # poppler's warnings: shown if it fails, never on the terminal
        text=True,
    )
    assert shot.returncode == 0, shot.stderr
