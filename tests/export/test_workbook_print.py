"""The workbook prints as people print, proved by LibreOffice's own PDF (through Python-UNO):
header rows repeat on continuation pages, each theme's rows stay on one page (no orphan rows),
every sheet is one page wide, and a long note prints in full (cut into pieces, one per row,
while the note itself imports whole).
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace

import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.export.summary import facts
from svmi_desktop.export.workbook import workbook_bytes
from svmi_desktop.export.workbook_assessment import split_note
from svmi_desktop.importing import import_file

from .conftest import pdf_text, pick_tool

pytestmark = pytest.mark.libreoffice
PDF_FILTER = "calc_pdf_Export"
#: A note at the cell limit's edge, each sentence numbered so that every one can be found.
LONG = "".join(f"Sentence {i:04d} of the long note ends here. " for i in range(760))


@pytest.fixture(scope="module")
def printed(libreoffice, tmp_path_factory, index, demo):
    a = replace(demo, notes={**demo.notes, "C": LONG})
    root = tmp_path_factory.mktemp("print")
    xlsx = root / "print.xlsx"
    xlsx.write_bytes(workbook_bytes(facts(index, a)))
    libreoffice.open(xlsx)
    try:
        libreoffice.save(root / "print.pdf", PDF_FILTER)
    finally:
        libreoffice.close()
    pages = []
    n = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(
                [pick_tool("pdfinfo"), str(root / "print.pdf")],
                capture_output=True,
                text=True,
                check=True,
            ).stdout,
        ).group(1)
    )
    for i in range(1, n + 1):
        out = subprocess.run(
            [
                pick_tool("pdftotext"),
                "-f",
                str(i),
                "-l",
                str(i),
                "-layout",
                str(root / "print.pdf"),
                "-",
            ],
            capture_output=True,
            check=True,
        )
        pages.append(out.stdout.decode("utf-8"))
    return a, xlsx, root / "print.pdf", pages


def test_a_long_note_prints_in_full_and_imports_whole(printed):
    _, xlsx, pdf, _ = printed
    text = re.sub(r"\s+", "", pdf_text(pdf))
    pieces = split_note(LONG)
    assert len(pieces) > 30 and "".join(pieces) == LONG
    missing = [i for i, piece in enumerate(pieces) if re.sub(r"\s+", "", piece) not in text]
    assert missing == []  # every piece, in its own row, printed whole
    numbers = set(re.findall(r"Sentence(\d{4})", text))
    assert numbers == {f"{i:04d}" for i in range(760)}
    assert len(LONG) > 30_000
    assert import_file(xlsx, IndexLibrary()).assessment.notes["C"] == LONG


def test_header_rows_repeat_and_themes_stay_on_one_page(printed, index):
    _, _, _, pages = printed
    sa = [p for p in pages if re.search(r"^\s*Theme\s+Ref\s+Level\s+Criterion", p, re.M)]
    assert len(sa) >= 5  # the Self Assessment's pages, each starting with its header row
    theme_pages: dict[str, set[int]] = {}
    for n, page in enumerate(sa):
        for m in re.finditer(r"^\s*([A-J]) [A-Z][^\n]*?\s([A-J])\.[FMLI]\d", page, re.M):
            theme_pages.setdefault(m.group(1), set()).add(n)
    assert set(theme_pages) == {t.code for t in index.themes}
    split = {code: p for code, p in theme_pages.items() if len(p) > 1 and code != "C"}
    assert split == {}  # C holds the long note: more than a page, it flows on
    plan = [p for p in pages if re.search(r"^\s*Ref\s+Theme\s+Action\s+In the", p, re.M)]
    assert len(plan) >= 2  # the Action Plan's header repeats on its continuation pages


def test_every_page_is_one_page_wide(printed):
    _, _, pdf, pages = printed
    # fit to width: each header row printed whole, first column to last, on one line
    for first, last in (
        (r"Theme\s+Ref", "Notes"),
        (r"Ref\s+Theme\s+Action", "Note"),
        ("Field", "Value"),
        (r"Ref\s+Theme\s+Now", "Why this level in future"),
        (r"Theme\s+To become", "Other actions"),
    ):
        lines = [line for p in pages for line in p.splitlines() if re.match(rf"\s*{first}\s", line)]
        assert lines and all(line.rstrip().endswith(last) for line in lines), (first, lines[:2])
    assert all("SVMI self-assessment" in p for p in pages)  # the footer, on every page
    info = subprocess.run(
        [pick_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)", info)  # landscape


#: The first line of each sheet's repeated header row (as ``test_every_page_is_one_page_wide``).
HEADER_LINES = (
    r"Theme\s+Ref\s+Level",
    r"Ref\s+Theme\s+Action",
    r"Field\s+Value",
    r"Ref\s+Theme\s+Now",
    r"Theme\s+To become",
)


def _header_only(page: str) -> bool:
    """Whether a page prints nothing but a header row (and the footer): every word on it is a
    word of its header line(s); "###" and the like are not words."""
    lines = [
        line for line in page.splitlines() if line.strip() and "SVMI self-assessment" not in line
    ]
    header = [line for line in lines if any(re.match(rf"\s*{h}\s", line) for h in HEADER_LINES)]
    if not header:
        return False
    words = {w for line in lines for w in re.findall(r"[\w.&-]*\w[\w.&-]*", line)}
    return words <= {w for line in header for w in re.findall(r"[\w.&-]*\w[\w.&-]*", line)} | {
        "plan",
        "level",
        "in",
        "future",
        "now",
        "compliant",
        "Mature",
        "Leader",
        "Innovator",
        "actions",
        "reach",
        "this",
        "Why",
        "Other",
    }


def test_no_page_prints_only_a_header_row(printed):
    _, _, pdf, pages = printed
    alone = [n for n, page in enumerate(pages, 1) if _header_only(page)]
    assert alone == [], f"pages {alone} of {pdf} print only a header row"
    plan = [p for p in pages if re.search(r"^\s*Ref\s+Theme\s+Action\s+In the", p, re.M)]
    assert re.search(r"^\s*custom-1\s", plan[-1], re.M)  # the last row, with the spare rows


@pytest.mark.parametrize(("customs", "length"), [(0, 0), (1, 20), (9, 20), (30, 400)])
def test_the_spare_rows_go_with_the_last_printed_rows(
    libreoffice, tmp_path, index, demo, customs, length
):
    """Fails before the fix with no custom actions: the Action Plan's 15 empty rows for new
    actions, after the demo's last printed theme (F; G to J need nothing), spilled onto a page
    of their own that printed only the header row. They now go with the last printed rows."""
    from svmi_desktop.domain.assessment import CustomAction

    own = tuple(
        CustomAction(
            f"custom-{i}",
            "ABCDEFGHIJ"[i % 10],
            f"Own action number {i} ".ljust(length, "x"),
            1,
            None,
        )
        for i in range(1, customs + 1)
    )  # 30 x 400 characters: more than a page
    xlsx = tmp_path / "own.xlsx"
    xlsx.write_bytes(workbook_bytes(facts(index, replace(demo, custom_actions=own))))
    libreoffice.open(xlsx)
    try:
        libreoffice.save(tmp_path / "own.pdf", PDF_FILTER)
    finally:
        libreoffice.close()
    pages = (
        subprocess.run(
            [pick_tool("pdftotext"), "-layout", str(tmp_path / "own.pdf"), "-"],
            capture_output=True,
            check=True,
        )
        .stdout.decode("utf-8")
        .split("\f")
    )
    assert [n for n, page in enumerate(pages, 1) if _header_only(page)] == []
    plan = [p for p in pages if re.search(r"^\s*Ref\s+Theme\s+Action\s+In the", p, re.M)]
    last = f"custom-{customs}" if customs else "F.L5"
    assert re.search(rf"^\s*{re.escape(last)}\s", plan[-1], re.M)
