"""Writing cells safely and laying out printed pages, for the submission workbook's sheets.

Every user string goes through :meth:`SheetWriter.text`: an explicit text cell, control
characters removed, Excel's text flag when it starts like a formula, refused when too long.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from copy import copy
from typing import TYPE_CHECKING, Any

from ..domain import wording
from ..domain.levels import Level
from . import palette
from .summary import Facts
from .text import check_cell_length, clean_text, looks_like_formula, one_line

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

FONT = "Calibri"


class SheetWriter:
    """Cell helpers shared by every sheet: explicit text cells, fonts, borders, page set-up."""


    def __init__(self, facts: Facts) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.f = facts
        self.font = Font(name=FONT, size=11)
        self.bold = Font(name=FONT, size=11, bold=True)
        self.title_font = Font(name=FONT, size=16, bold=True)
        self.header_fill = PatternFill("solid", fgColor=palette.HEADER_FILL)
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.top = Alignment(vertical="top")
        thin = Side(style="thin", color="BFBFBF")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self._fill = PatternFill
        self._font = Font
        self._text_style: Any = None

    # --- cell helpers -------------------------------------------------------------------
    def text(self, ws: Worksheet, row: int, col: int, value: str, field: str = "") -> Cell:
        """Write user or template text as a text cell, never a formula."""
        value = clean_text(value)
        check_cell_length(value, field or f"{ws.title}!{cell_ref(row, col)}")
        cell: Cell = ws.cell(row=row, column=col)
        cell.value = value or None
        if value:
            cell.data_type = "s"  # openpyxl would make "=..." a formula and "#N/A" an error
        # Styling every cell through openpyxl's descriptors hashes the style objects each
        # time; copying one prepared style array is the same result, several times faster.
        if self._text_style is None:
            cell.font = self.font
            cell.alignment = self.wrap
            self._text_style = copy(cell._style)
        else:
            cell._style = copy(self._text_style)
        if looks_like_formula(value):
            cell.quotePrefix = True
        return cell

    def title(self, ws: Worksheet, row: int, value: str) -> Cell:
        cell = self.text(ws, row, 1, value)
        cell.font = self.title_font
        cell.alignment = self.top
        ws.row_dimensions[row].height = 24
        return cell

    def number(self, ws: Worksheet, row: int, col: int, value: float | int) -> Cell:
        cell: Cell = ws.cell(row=row, column=col, value=value)
        cell.font = self.font
        cell.alignment = self.top
        return cell

    def date(self, ws: Worksheet, row: int, col: int, value: _dt.date) -> Cell:
        cell: Cell = ws.cell(row=row, column=col, value=value)
        cell.number_format = "yyyy-mm-dd"
        cell.font = self.font
        cell.alignment = self._left()
        return cell

    def header(self, ws: Worksheet, row: int, titles: Iterable[str], col: int = 1) -> None:
        for i, title in enumerate(titles):
            cell = self.text(ws, row, col + i, title)
            cell.font = self.bold
            cell.fill = self.header_fill
            cell.border = self.border

    def level_cell(self, ws: Worksheet, row: int, col: int, level: Level, label: str) -> Cell:
        cell = self.text(ws, row, col, label)
        cell.fill = self._fill("solid", fgColor=palette.fill(level))
        cell.font = self._font(name=FONT, size=11, bold=True, color=palette.ink(level))
        return cell

    def page(self, ws: Worksheet, widths: Mapping[str, float], title_rows: str | None = None) -> None:
        for col, width in widths.items():
            ws.column_dimensions[col].width = width
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        if title_rows:
            ws.print_title_rows = title_rows
        fit_rows(ws)
        org = one_line(self.f.organisation, 120).replace("&", "&&")
        ws.oddFooter.left.text = wording.both(
            lambda: wording.trf("Workbook", "SVMI self-assessment – %1", org)
        )
        ws.oddFooter.right.text = wording.both(
            lambda: wording.trf("Workbook", "Page %1 of %2", "&P", "&N")
        )

    @staticmethod
    def _left() -> Any:
        from openpyxl.styles import Alignment

        return Alignment(horizontal="left", vertical="top")


def fit_rows(ws: Worksheet) -> None:
    """Give rows with wrapped text the height their lines need (neither Excel nor LibreOffice
    grows rows on opening a file they did not lay out themselves)."""
    from openpyxl.utils import get_column_letter

    widths: dict[int, float] = {}
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            col = cell.column
            if col not in widths:
                dim = ws.column_dimensions.get(get_column_letter(col))
                widths[col] = (dim.width if dim is not None and dim.width else 8.43)
            per_line = max(1, int(widths[col] * 1.1))
            n = sum(max(1, -(-len(part) // per_line)) for part in cell.value.split("\n"))
            lines = max(lines, n)
        if lines > 1:
            r = row[0].row
            ws.row_dimensions[r].height = min(409, 14.5 * lines + 2)


def cell_ref(row: int, col: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(col)}{row}"
