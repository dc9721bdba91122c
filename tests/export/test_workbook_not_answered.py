"""A theme whose compliance questions nobody has answered reads "Not answered yet" in the
workbook too, as on screen and in every other file (``wording.theme_level_text``).

python-calamine reads the cached values XlsxWriter wrote (no calculation), in English, Welsh
and bilingual; the level-colour rules leave such a cell unpainted. LibreOffice recalculating
the same pattern is in ``test_living_workbook.py`` (scenario "compliance unanswered").
"""

from __future__ import annotations

import re

import pytest
from python_calamine import CalamineWorkbook

from svmi_desktop.catalog import load_index
from svmi_desktop.domain import wording
from svmi_desktop.domain.results import assess
from svmi_desktop.formats.workbook_layout import (
    RES_AWAIT_FUTURE,
    RES_AWAIT_NOW,
    RES_FIRST_ROW,
    RES_FUTURE_TEXT,
    RES_NOW_TEXT,
    col_letter,
)
from svmi_desktop.i18n import translator_for
from svmi_desktop.services.exports import export_all

from .conftest import sheet_xml
from .scenarios import scenario
from .test_living_workbook import base

PATTERN = "compliance unanswered"


@pytest.fixture(scope="module")
def pattern():
    index = load_index("public-sector")
    a = scenario(index, base(index.id), PATTERN)
    return index, a, assess(index, a).evaluation


def _results(path) -> list[list[object]]:
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_name("Results").to_python(skip_empty_area=False)


@pytest.mark.parametrize("language", ["en", "cy", "cy+en"])
def test_cached_level_cells_say_not_answered_yet(tmp_path, pattern, language):
    index, a, ev = pattern
    path = export_all(index, a, tmp_path, formats={"xlsx"}, language=language).written["xlsx"]
    rows = _results(path)
    with wording.using(translator_for(language)):
        unanswered = wording.not_answered_yet()
        want = {
            t.theme.code: tuple(
                wording.theme_level_text(tl.level, tl.incomplete, tl.not_answered_yet)
                for tl in (t.present, t.future)
            )
            for t in ev.themes
        }
    got = {
        str(rows[RES_FIRST_ROW - 1 + i][0]): (
            rows[RES_FIRST_ROW - 1 + i][RES_NOW_TEXT - 1],
            rows[RES_FIRST_ROW - 1 + i][RES_FUTURE_TEXT - 1],
        )
        for i in range(len(ev.themes))
    }
    assert got == want
    flat = [v for pair in got.values() for v in pair]
    # the pattern has both cases: nobody answered, and one No among unanswered
    assert flat.count(unanswered) >= 2
    said_no = ev.theme("E").present  # E: one compliance question No, the other unanswered
    assert int(said_no.level) == 0 and said_no.incomplete and not said_no.not_answered_yet
    assert ev.theme("A").present.not_answered_yet and ev.theme("J").present.not_answered_yet
    assert not ev.theme("J").future.not_answered_yet
    if language == "cy":
        assert unanswered == "Heb ei ateb eto"
    if language == "cy+en":
        assert "Heb ei ateb eto" in unanswered and "Not answered yet" in unanswered
    # the hidden flags the label and the colours read: 1 exactly where the app says so
    for i, t in enumerate(ev.themes):
        row = rows[RES_FIRST_ROW - 1 + i]
        assert row[RES_AWAIT_NOW - 1] == int(t.present.not_answered_yet)
        assert row[RES_AWAIT_FUTURE - 1] == int(t.future.not_answered_yet)


def test_level_colours_skip_a_theme_not_answered_yet(tmp_path, pattern):
    """The level fills of the theme label cells hold only while the flag is not 1."""
    index, a, _ = pattern
    path = export_all(index, a, tmp_path, formats={"xlsx"}).written["xlsx"]
    xml = next(v for k, v in sheet_xml(path).items() if k.endswith("sheet4.xml"))
    rules: dict[str, list[str]] = {}
    for sqref, body in re.findall(
        r'<conditionalFormatting sqref="([^"]+)">(.*?)</conditionalFormatting>', xml
    ):
        rules[sqref] = re.findall(r"<formula>(.*?)</formula>", body)
    for text_col, flag_col, num in (
        (RES_NOW_TEXT, RES_AWAIT_NOW, "C"),
        (RES_FUTURE_TEXT, RES_AWAIT_FUTURE, "E"),
    ):
        sqref = next(k for k in rules if k.startswith(f"{col_letter(text_col)}{RES_FIRST_ROW}:"))
        flag = f"${col_letter(flag_col)}{RES_FIRST_ROW}"
        assert rules[sqref] == [
            f"AND(${num}{RES_FIRST_ROW}={lv},{flag}&lt;&gt;1)" for lv in range(5)
        ]


@pytest.mark.libreoffice
def test_libreoffice_recalculates_a_bilingual_workbook_to_its_own_words(
    libreoffice, tmp_path, demo
):
    """The bilingual "why" formulas (the criterion ids once per language) and level labels:
    LibreOffice, recalculating, writes what the export cached, word for word."""
    from svmi_desktop.formats.workbook_layout import (
        RES_FIRST_ROW,
        RES_FUTURE_TEXT,
        RES_NOW_TEXT,
        RES_WHY_FUTURE,
        RES_WHY_NOW,
        ref,
    )

    index = load_index(demo.index_id)
    written = export_all(index, demo, tmp_path, formats={"xlsx"}, language="cy+en").written
    path = written["xlsx"]
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Results").to_python()
    columns = (RES_NOW_TEXT, RES_FUTURE_TEXT, RES_WHY_NOW, RES_WHY_FUTURE)
    first = RES_FIRST_ROW
    last = first + len(index.themes) - 1
    cells = [ref(r, c) for r in range(first, last + 1) for c in columns]
    cached = [rows[r - 1][c - 1] for r in range(first, last + 1) for c in columns]
    assert any(" / Not answered yet: the compliance question" in str(v) for v in cached)
    libreoffice.open(path)
    try:
        libreoffice.calc()
        assert libreoffice.get("Results", cells) == cached
    finally:
        libreoffice.close()
