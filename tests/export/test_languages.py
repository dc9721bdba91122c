"""Issue 11: exports in Welsh and bilingual (Welsh first), from the same catalogue as the screen.

A Welsh export shows none of the English labels its catalogue translates; a bilingual one shows
the Welsh before the English; a Welsh workbook still imports (the Self Assessment sheet is the
import contract and keeps its English headers and Yes/No values, docs/decisions.md).
"""

from __future__ import annotations

import email
import html
import re
import subprocess
from email import policy

import pytest

from svmi_desktop.domain.results import assess
from svmi_desktop.errors import SvmiError
from svmi_desktop.i18n import read_ts, ts_path
from svmi_desktop.services.exports import export_all, import_path

from .conftest import pick_tool


def _pdf_text(path) -> str:
    return subprocess.run(
        [pick_tool("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def _english_only(context: str) -> set[str]:
    """The context's English labels whose Welsh differs (and that are whole words)."""
    return {
        m.source
        for m in read_ts(ts_path("cy")).values()
        if m.context == context
        and "%" not in m.source
        and m.forms[0] != m.source
        and len(m.source) > 6
    }


@pytest.fixture(scope="module")
def welsh_exports(tmp_path_factory, index, demo):
    folder = tmp_path_factory.mktemp("cy")
    return export_all(index, demo, folder, language="cy", results=assess(index, demo))


def test_welsh_pdf_has_no_english_label(welsh_exports, index):
    text = " ".join(_pdf_text(welsh_exports.written["pdf"]).split())
    text = text.replace(index.title, "")  # the index's own title is data, verbatim English
    assert "Crynodeb" in text and "Pam y lefel hon" in text and "Tudalen 1 o" in text
    leaked = sorted(s for s in _english_only("Report") if s in text)
    assert not leaked, leaked


def test_welsh_pdf_declares_welsh(welsh_exports):
    data = welsh_exports.written["pdf"].read_bytes()
    assert b"/Lang (cy-GB)" in data


def test_welsh_workbook_labels_and_import(welsh_exports, index, demo):
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(welsh_exports.written["xlsx"]))
    results = book.get_sheet_by_name("Results").to_python()
    flat = {str(v) for row in results for v in row}
    assert "Canlyniadau" in flat and "Lefel bresennol" in flat
    assert any(v.startswith("Arweinydd (3)") for v in flat)
    plan = {str(v) for row in book.get_sheet_by_name("Action Plan").to_python() for v in row}
    assert any(v.startswith("Cynllun gweithredu") for v in plan) and "Ar y gweill" in plan
    leaked = sorted(s for s in _english_only("Workbook") if s in flat | plan)
    assert not leaked, leaked
    again = import_path(welsh_exports.written["xlsx"], lambda _id: index)
    assert again.assessment == demo and not again.differences


def test_welsh_email(welsh_exports):
    msg = email.message_from_bytes(welsh_exports.written["eml"].read_bytes(), policy=policy.default)
    assert msg["Subject"].startswith("Hunanasesiad SVMI – ")
    body = msg.get_body(("plain",)).get_content()
    assert body.startswith("Helo,") and "Lefel gyffredinol nawr:" in body


def test_bilingual_is_welsh_first(tmp_path, index, demo):
    written = export_all(index, demo, tmp_path, formats={"pdf", "eml"}, language="cy+en").written
    text = _pdf_text(written["pdf"])
    assert 0 <= text.index("Crynodeb") < text.index("Summary")
    assert "dros dro / 1.5" not in text  # never doubled inside a doubled text
    msg = email.message_from_bytes(written["eml"].read_bytes(), policy=policy.default)
    assert (
        msg["Subject"].startswith("Hunanasesiad SVMI – ")
        and " / SVMI self-assessment – " in msg["Subject"]
    )
    body = msg.get_body(("plain",)).get_content()
    assert body.index("Helo,") < body.index("Hello,")


def test_unknown_language_is_refused(tmp_path, index, demo):
    with pytest.raises(SvmiError, match="unknown language 'fr'"):
        export_all(index, demo, tmp_path, language="fr")
    assert list(tmp_path.iterdir()) == []


# A Welsh level name and its English beside it, then the number: a level text doubled inside a
# doubled whole ("Aeddfed / Mature (2), dros dro / Aeddfed / Mature (2), provisional"), or an
# English sentence around a Welsh name ("To reach Arweinydd / Leader").
NESTED = re.compile(
    r"(Anghydffurfiol|Dilynwr|Aeddfed|Arweinydd|Arloeswr) / "
    r"(Non-compliant|Follower|Mature|Leader|Innovator) \(|To reach (Dilynwr|Aeddfed|Arweinydd|Arloeswr)"
)


def test_bilingual_workbook_and_html_build_each_text_once_per_language(tmp_path, index, demo):
    from python_calamine import CalamineWorkbook

    written = export_all(index, demo, tmp_path, formats={"xlsx", "html"}, language="cy+en").written
    book = CalamineWorkbook.from_path(str(written["xlsx"]))
    cells = [
        c
        for name in book.sheet_names
        for row in book.get_sheet_by_name(name).to_python()
        for c in row
        if isinstance(c, str)
    ]
    page = html.unescape(re.sub(r"<[^>]+>", " ", written["html"].read_text(encoding="utf-8")))
    assert [c for c in cells if NESTED.search(c)] == []
    assert NESTED.search(page) is None, NESTED.search(page)
    # each level text once per language, Welsh first, as the PDF has it
    both = "Aeddfed (2), dros dro / Mature (2), provisional"
    assert both in cells and both in page
    # and a theme nobody has answered says why in both languages, compliance first
    assert any(
        c.startswith("Heb ei ateb eto: y cwestiwn cydymffurfio (J.F1)")
        and c.endswith(" / Not answered yet: the compliance question (J.F1) comes first.")
        for c in cells
    )
