"""A real client: LibreOffice headless opens the exported workbook and prints the Results.

Needs ``soffice`` (Debian: ``libreoffice-calc-nogui``, installed by tools/setup-debian and CI).
"""

from __future__ import annotations

import pytest

from svmi_desktop.domain import wording
from svmi_desktop.export.summary import facts
from svmi_desktop.export.workbook import workbook_bytes

from ..hostile import WELSH
from .conftest import pdf_text

pytestmark = pytest.mark.libreoffice

# UTF-8, comma-separated, formatted values, every sheet (platform-notes section 5).
CSV_FILTER = "Text - txt - csv (StarCalc)"
CSV_OPTIONS = "44,34,76,1,,0,false,true,true,false,false,-1"


@pytest.fixture(scope="module")
def converted(tmp_path_factory, index, welsh, libreoffice):
    """The Welsh workbook as LibreOffice prints it (PDF) and as CSV, through the session's one
    soffice (tests/export/libreoffice.py) rather than a soffice start per conversion."""
    root = tmp_path_factory.mktemp("lo")
    xlsx = root / "welsh.xlsx"
    xlsx.write_bytes(workbook_bytes(facts(index, welsh)))
    libreoffice.open(xlsx)
    try:
        libreoffice.save(root / "welsh.pdf", "calc_pdf_Export")
        libreoffice.save(root / "welsh.csv", CSV_FILTER, CSV_OPTIONS)
    finally:
        libreoffice.close()
    return root, facts(index, welsh)


def test_libreoffice_csv_has_the_results_values(converted):
    root, f = converted
    csvs = {p.name: p.read_text("utf-8") for p in root.glob("*.csv")}
    results = next(text for name, text in csvs.items() if "Results" in name)
    ev = f.evaluation
    for t in ev.themes:
        assert (
            f"{t.theme.code},{t.theme.short}," in results
            or f'{t.theme.code},"{t.theme.short}"' in results
        )
        line = next(line for line in results.splitlines() if line.startswith(f"{t.theme.code},"))
        assert f",{int(t.present.level)}," in line
        for tl in (t.present, t.future):
            # "Not answered yet" while nobody has answered the compliance questions (issue 10)
            assert (wording.not_answered_yet() if tl.not_answered_yet else tl.level.label) in line
    overall = next(line for line in results.splitlines() if "Overall" in line)
    assert f"{ev.present.mean:.1f}" in overall and f"{ev.future.mean:.1f}" in overall
    organisation = next(text for name, text in csvs.items() if "Organisation" in name)
    assert WELSH in organisation


def test_libreoffice_pdf_has_every_sheet_and_the_levels(converted):
    root, _ = converted
    text = pdf_text(root / "welsh.pdf", raw=False)
    for heading in (
        "Results",
        "Action plan by theme",
        "Action plan",
        "Present",
        "Future",
        "Why this level now",
    ):
        assert heading in text
    for level in ("Mature", "Leader", "Innovator", "Non-compliant"):
        assert level in text
    assert WELSH in text
    assert '{"format"' not in text  # the very hidden data sheet is not printed
