"""Wording that tells the truth, in every output (issue 13).

- a stretch action is labelled as stretch in the PDF report, the board summary, the HTML report,
  the email draft and the workbook's by-year list, and the stretch note explains it;
- an unanswered compliance criterion is reported as not answered, never as not met;
- a theme that stays Non-compliant, with a compliance question answered No, gets its compliance
  action;
- levels and columns use domain.wording's one text everywhere.
"""

from __future__ import annotations

import datetime as dt
import email
import re
from dataclasses import replace
from email import policy

import pytest

from svmi_desktop.domain import wording
from svmi_desktop.domain.assessment import Assessment, Organisation, Workshop, make_answer
from svmi_desktop.domain.levels import Level
from svmi_desktop.domain.scoring import Scope, theme_level
from svmi_desktop.export.email_draft import email_bytes, subject
from svmi_desktop.export.html_report import report_html
from svmi_desktop.export.report import report_pdf
from svmi_desktop.export.summary import facts

from .conftest import pdf_text


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def stays_non_compliant(index):
    """Theme E: E.F1 answered No now and in future (it stays Non-compliant); E.L1 and E.M1 are
    ticked for the future, above the level the theme will reach, so they are stretch actions.
    A one-year horizon puts every action in year 1, so the board summary lists them all."""
    a = Assessment(
        "public-sector",
        index.version,
        Organisation("Cyngor Llŷn"),
        Workshop(dt.date(2026, 11, 10), horizon_years=1),
    )
    a = a.with_answer("E.F1", make_answer(False, False))
    a = a.with_answer("E.M1", make_answer(False, True)).with_answer(
        "E.L1", make_answer(False, True)
    )
    return a


def e_items(f):
    return {i.criterion: i for i in f.plan.for_theme("E")}


def test_a_theme_that_stays_non_compliant_gets_its_compliance_action(index, stays_non_compliant):
    f = facts(index, stays_non_compliant)
    r = f.evaluation.theme("E")
    assert r.present.level is Level.NON_COMPLIANT and r.future.level is Level.NON_COMPLIANT
    items = e_items(f)
    assert items["E.F1"].target_level is Level.FOLLOWER and not items["E.F1"].stretch
    assert items["E.L1"].stretch and items["E.M1"].stretch


def test_an_unanswered_compliance_question_gives_no_compliance_action(index, demo):
    f = facts(index, demo)  # theme J: nothing answered, Non-compliant only provisionally
    assert f.evaluation.theme("J").present.level is Level.NON_COMPLIANT
    assert not [i for i in f.plan.for_theme("J") if i.target_level is Level.FOLLOWER]


def test_stretch_is_labelled_in_every_output(tmp_path, index, stays_non_compliant):
    f = facts(index, stays_non_compliant)
    label = wording.target_text(Level.LEADER, True)  # "Leader (stretch)"
    assert label == "Leader (stretch)"
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(report_pdf(f))
    text = pdf_text(pdf)
    assert label in text and squash(wording.stretch_note()) in squash(text)
    board = tmp_path / "b.pdf"
    board.write_bytes(report_pdf(f, board=True))
    board_text = pdf_text(board)
    assert "more in the full report" not in board_text
    assert board_text.count("(stretch)") == 2  # E.M1 and E.L1, each "(Mature (stretch))" …
    html = report_html(f).decode()
    assert label in html and wording.stretch_note() in html
    from svmi_desktop.export.workbook import workbook_bytes

    xlsx = tmp_path / "w.xlsx"
    xlsx.write_bytes(workbook_bytes(f))
    import openpyxl

    wb = openpyxl.load_workbook(xlsx, data_only=True)  # the cached values a reader shows

    def texts(sheet: str) -> list[str]:
        return [str(c.value) for row in wb[sheet].iter_rows() for c in row if c.value]

    grid = [c for c in texts("Plan by Theme") if "•" in c]  # the theme × target grid
    assert sum(c.count("(stretch)") for c in grid) == 2
    assert sum(c.count("(stretch)") for c in texts("Action Plan")) == 2  # one row a criterion
    msg = email.message_from_bytes(email_bytes(f, []), policy=policy.default)
    body = msg.get_body(("plain",)).get_content()
    year1 = [i for i in f.plan.by_year()[1] if i.stretch]
    assert len(year1) == 2
    for item in year1:
        assert f"{item.action} ({wording.target_text(item.target_level, True)}" in body


def test_unanswered_compliance_is_never_reported_as_failed(tmp_path, index, demo):
    f = facts(index, demo)
    why = f.evaluation.theme("J").present.why
    assert [c.id for c in why.unanswered][:1] == ["J.F1"] and why.failed == ()
    assert "not met" not in why.sentence and "not answered yet" in why.sentence.lower()
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(report_pdf(f))
    for text in (pdf_text(pdf), report_html(f).decode()):
        assert "not met (J.F1" not in text
        assert "Not answered yet: J.F1" in text


def test_a_compliance_answer_no_is_still_reported_as_not_met(index, demo):
    answers = dict(demo.answers)
    answers["E.F2"] = make_answer(False, True)
    why = theme_level(index.theme("E"), answers, Scope.PRESENT).why
    assert "not met (E.F2)" in why.sentence


def test_levels_and_columns_use_the_one_wording(tmp_path, index, demo):
    f = facts(index, demo)
    html = report_html(f).decode()
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(report_pdf(f))
    text = pdf_text(pdf)
    horizon = wording.future_label(demo.workshop.horizon_years)  # "In 3 years"
    for out in (squash(html), squash(text)):
        assert squash(horizon) in out and wording.now_label() in out
        for r in f.evaluation.themes:
            shown = wording.theme_level_text(
                r.present.level, r.present.incomplete, r.present.not_answered_yet
            )
            assert squash(shown) in out
        assert (
            squash(
                wording.overall_text(
                    f.evaluation.present.mean,
                    f.evaluation.present.level,
                    f.evaluation.present.incomplete,
                )
            )
            in out
        )
    assert "Future (in 3 years)" not in text  # the radar legend says "In 3 years" too


def test_subject_keeps_every_space(index, demo):
    org = "Cyngor Llŷn– Łódź – Ŵ" + " ŵ" * 60
    f = facts(index, replace(demo, organisation=Organisation(org, "", "")))
    data = email_bytes(f, [])
    assert all(len(line) <= 78 for line in data.split(b"\r\n")[:12])
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["Subject"] == subject(f)
    assert "Llŷn– Łódź – Ŵ ŵ ŵ" in msg["Subject"]
    assert msg.defects == []


def test_no_lone_variation_selector_in_a_file_name():
    from svmi_desktop.export.filenames import export_name, safe_stem

    assert safe_stem("Café ❤️ Ltd") == "Café Ltd"
    assert safe_stem("❤️") == "SVMI assessment"
    assert "\ufe0f" not in export_name("🙂\ufe0f Heddlu ❤️", dt.date(2026, 1, 1), "pdf")
    assert safe_stem("क्षि") == "क्षि"  # marks after a letter are kept (Devanagari)


def test_a_theme_nobody_has_answered_reads_not_answered_yet_in_every_file(tmp_path, index, demo):
    """Theme J of the demo has no answer at all: the level tables of the PDF, the board summary
    and the HTML report say "Not answered yet" for it, never "Non-compliant", as the screen does
    (issue 10; one wording across screen and files, issue 13)."""
    f = facts(index, demo)
    j = f.evaluation.theme("J").present
    assert j.not_answered_yet and j.level is Level.NON_COMPLIANT
    words = wording.not_answered_yet()
    failed = wording.level_text(Level.NON_COMPLIANT, True)  # "Non-compliant (0), provisional"
    pdf, board = tmp_path / "r.pdf", tmp_path / "b.pdf"
    pdf.write_bytes(report_pdf(f))
    board.write_bytes(report_pdf(f, board=True))
    for text in (pdf_text(pdf), pdf_text(board)):
        assert words in text and failed not in text
    html = report_html(f).decode()
    assert f"<td>{words}</td>" in html and failed not in html
