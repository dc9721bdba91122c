"""The .eml draft, the export service (atomic, no silent overwrite) and the CLI commands."""

from __future__ import annotations

import email
import subprocess
import sys
from email import policy
from pathlib import Path

import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.cli.main import main
from svmi_desktop.errors import SvmiError
from svmi_desktop.fileio import ExistsError
from svmi_desktop.formats import assessment_file
from svmi_desktop.resources import demo_path
from svmi_desktop.services.exports import export_all, file_names, import_path

from ..hostile import WELSH

EXPECTED_HEADERS = ["X-Unsent", "To", "Subject", "Date", "MIME-Version", "Content-Type"]


def parse(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def all_defects(msg) -> list:
    return [d for part in msg.walk() for d in part.defects]


def test_demo_export_writes_every_file_with_safe_names(tmp_path, index, demo):
    steps = []
    result = export_all(
        index,
        demo,
        tmp_path,
        email_to="board@example.org",
        progress=lambda what, i, n: steps.append((what, i, n)),
    )
    assert set(result.written) == {"xlsx", "pdf", "html", "board", "eml"}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(file_names(demo).values())
    assert result.written["xlsx"].name == "Northshire Police (example) – SVMI 2026-11-10.xlsx"
    assert [s[1] for s in steps] == [1, 2, 3, 4, 5, 6] and all(s[2] == 6 for s in steps)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]

    msg = parse(result.written["eml"])
    assert all_defects(msg) == []
    assert list(msg.keys()) == EXPECTED_HEADERS
    assert msg["X-Unsent"] == "1"
    assert msg["To"] == "board@example.org"
    assert msg["Subject"] == "SVMI self-assessment – Northshire Police (example) – 2026-11-10"
    body = msg.get_body(("plain",)).get_content()
    assert "Overall level now: 1.5 Follower, provisional" in body
    assert "biggest gaps" in body and "Year 1 actions:" in body
    files = {p.get_filename(): p.get_payload(decode=True) for p in msg.iter_attachments()}
    assert set(files) == {result.written[k].name for k in ("xlsx", "pdf", "html", "board")}
    for kind in ("xlsx", "pdf", "html", "board"):
        assert files[result.written[kind].name] == result.written[kind].read_bytes()


def test_nothing_is_overwritten_without_permission(tmp_path, index, demo):
    first = export_all(index, demo, tmp_path, formats={"xlsx", "pdf"})
    before = {p: p.read_bytes() for p in first.paths}
    with pytest.raises(ExistsError, match="already exists"):
        export_all(index, demo, tmp_path, formats={"pdf", "xlsx"})
    assert {p: p.read_bytes() for p in first.paths} == before
    again = export_all(index, demo, tmp_path, formats={"xlsx"}, overwrite=True)
    assert again.paths == [first.written["xlsx"]]


def test_missing_folder_is_made_and_unknown_format(tmp_path, index, demo):
    """One rule for a missing folder (issue 11): the service makes it, for the window and the
    command line alike (before, the window made it and the service refused it)."""
    made = export_all(index, demo, tmp_path / "new" / "folder", formats={"xlsx"})
    assert made.folder == (tmp_path / "new" / "folder").resolve()
    with pytest.raises(SvmiError, match="unknown export 'docx'"):
        export_all(index, demo, tmp_path, formats={"docx"})


def test_email_draft_with_hostile_text_has_exactly_the_expected_headers(tmp_path, index, hostile):
    result = export_all(index, hostile, tmp_path, formats={"eml"})
    msg = parse(result.written["eml"])
    assert all_defects(msg) == []
    assert list(msg.keys()) == ["X-Unsent", "Subject", "Date", "MIME-Version", "Content-Type"]
    assert "Bcc" not in msg and "\n" not in msg["Subject"] and "\r" not in msg["Subject"]
    assert msg["Subject"].startswith("SVMI self-assessment – <b>x</b> | <a href=")
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert len(names) == 2 and all(n.endswith((".xlsx", ".pdf")) for n in names)
    raw = result.written["eml"].read_bytes()
    assert b"\nBcc:" not in raw and b"\r\nBcc:" not in raw


def test_email_with_welsh_subject_and_no_to(tmp_path, index, welsh):
    result = export_all(index, welsh, tmp_path, formats={"eml", "xlsx"})
    msg = parse(result.written["eml"])
    assert msg["Subject"] == f"SVMI self-assessment – {WELSH} – 2026-11-10"
    assert "To" not in msg
    assert b"=?utf-8?" in result.written["eml"].read_bytes()  # RFC 2047
    files = {p.get_filename(): p.get_payload(decode=True) for p in msg.iter_attachments()}
    assert files[result.written["xlsx"].name] == result.written["xlsx"].read_bytes()
    assert any(n.endswith(".pdf") for n in files)  # the report is made just for the email


@pytest.mark.parametrize(
    "bad", ["not an address", "a@b.c\r\nBcc: x@y.z", "a@b.c Bcc: x@y.z", "a@b", "<>", "x <a@b.c> y"]
)
def test_a_bad_to_address_is_refused(tmp_path, index, demo, bad):
    with pytest.raises(SvmiError, match="is not an email address"):
        export_all(index, demo, tmp_path, formats={"eml"}, email_to=bad)
    assert list(tmp_path.iterdir()) == []


def test_two_recipients(tmp_path, index, demo):
    result = export_all(
        index,
        demo,
        tmp_path,
        formats={"eml"},
        email_to="Chief Exec <ceo@example.org>; clerk@example.org",
    )
    assert parse(result.written["eml"])["To"] == "Chief Exec <ceo@example.org>, clerk@example.org"


# --- command line ----------------------------------------------------------------------
def run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_export_and_import(tmp_path, capsys, demo):
    src = str(demo_path())
    x, p, e = tmp_path / "r.xlsx", tmp_path / "r.pdf", tmp_path / "r.eml"
    code, _, err = run_cli(
        [
            "export",
            src,
            "--xlsx",
            str(x),
            "--pdf",
            str(p),
            "--eml",
            str(e),
            "--to",
            "a@example.org",
        ],
        capsys,
    )
    assert code == 0 and err == ""
    msg = parse(e)
    files = {a.get_filename(): a.get_content() for a in msg.iter_attachments()}
    assert files == {"r.xlsx": x.read_bytes(), "r.pdf": p.read_bytes()}
    code, _, err = run_cli(["export", src, "--xlsx", str(x)], capsys)
    assert code == 2 and "already exists" in err and err.count("\n") == 1
    code, _, _ = run_cli(["export", src, "--xlsx", str(x), "--force"], capsys)
    assert code == 0

    import openpyxl

    wb = openpyxl.load_workbook(x)
    ws = wb["Self Assessment"]
    row = next(r[1].row for r in ws.iter_rows(min_row=2) if r[1].value == "C.L2")
    ws[f"E{row}"] = "Yes"
    wb.save(x)
    out = tmp_path / "back.svmi.json"
    code, _, err = run_cli(["import", str(x), "-o", str(out)], capsys)
    assert code == 0
    assert err == (
        "note: The workbook's visible sheets differ from its hidden svmi_data in 1 field; the "
        "visible sheets win:\nnote: - C.L2 present: No in the data, Yes in the sheet\n"
    )
    back = assessment_file.read(out, IndexLibrary())
    assert back.answer("C.L2").present is True
    code, _, err = run_cli(["import", str(x), "-o", str(out)], capsys)
    assert code == 2 and "already exists" in err


def test_cli_errors_are_one_line(tmp_path, capsys):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"%PDF-1.7\n")
    code, _, err = run_cli(["import", str(bad), "-o", str(tmp_path / "o.svmi.json")], capsys)
    assert code == 2 and err.startswith("svmi: bad.xlsx is a PDF document") and err.count("\n") == 1
    code, _, err = run_cli(["export", str(demo_path())], capsys)
    assert code == 2 and "nothing to export" in err
    assert not (tmp_path / "o.svmi.json").exists()


def test_import_path_returns_differences(tmp_path, index, demo):
    result = export_all(index, demo, tmp_path, formats={"xlsx"})
    back = import_path(result.written["xlsx"], IndexLibrary())
    assert back.assessment == demo and back.differences == []


def test_exports_module_loads_neither_openpyxl_nor_reportlab():
    code = (
        "import sys, json\n"
        "import svmi_desktop.export, svmi_desktop.export.filenames, svmi_desktop.export.text\n"
        "import svmi_desktop.export.summary, svmi_desktop.export.workbook\n"
        "import svmi_desktop.export.report, svmi_desktop.export.email_draft\n"
        "import svmi_desktop.services.exports, svmi_desktop.importing\n"
        "import svmi_desktop.importing.workbook_reader, svmi_desktop.cli.main\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(__import__("json").loads(out.stdout))
    assert loaded.isdisjoint({"openpyxl", "reportlab", "PySide6"})
