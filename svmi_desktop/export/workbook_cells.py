"""Writing cells safely and laying out printed pages, for the submission workbook's sheets.

Every user string goes through :meth:`SheetWriter.text`: XlsxWriter's ``write_string`` (a text
cell, never a formula), control characters removed, Excel's text flag (quote prefix) when it
starts like a formula, refused when too long. Formulas are written only by
:meth:`SheetWriter.formula`, always with their cached value, from formulas this package builds.
Rows are 1-based here (as ``E5`` reads); XlsxWriter's 0-based calls are hidden inside.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Mapping
from typing import Any

from ..domain import wording
from ..domain.levels import Level
from ..formats.workbook_layout import col_letter, ref
from . import palette
from .summary import Facts
from .text import check_cell_length, clean_text, looks_like_formula, one_line

FONT = "Calibri"
#: Points per wrapped line of 11 pt Calibri, and the tallest row a spreadsheet allows.
LINE_HEIGHT = 14.5
MAX_ROW_HEIGHT = 409
Cached = str | int | float | bool
DEFAULT_ROW = 15.0
#: A4 landscape (842 x 595 pt) less the margins set in :meth:`SheetWriter.page`, in points.
PRINTABLE_WIDTH = 842 - 2 * 0.5 * 72
PRINTABLE_HEIGHT = 595 - (0.6 + 0.7) * 72 - 20
#: Measured against LibreOffice 7.4 PDF output: its fit-to-width scale is larger than our
#: column-width estimate gives; below 1.25 it still never splits a theme that fits a page.
PAGE_SLACK = 1.2


class SheetWriter:
    """Cell helpers shared by every sheet: formats, text cells, formulas, page set-up."""

    def __init__(self, facts: Facts, book: Any) -> None:
        self.f = facts
        self.book = book
        self._formats: dict[tuple[tuple[str, Any], ...], Any] = {}
        #: Per sheet: column widths and, per row, the wrapped lines its tallest cell needs.
        self._widths: dict[str, dict[int, float]] = {}
        self._lines: dict[str, dict[int, int]] = {}
        self._hidden: dict[str, set[int]] = {}

    # --- formats ------------------------------------------------------------------------
    def fmt(self, **props: Any) -> Any:
        """One shared XlsxWriter format per distinct set of properties (Calibri 11, top)."""
        full = {"font_name": FONT, "font_size": 11, "valign": "top", **props}
        key = tuple(sorted(full.items()))
        if key not in self._formats:
            self._formats[key] = self.book.add_format(full)
        return self._formats[key]

    def level_props(self, level: Level) -> dict[str, Any]:
        return {
            "bg_color": "#" + palette.fill(level),
            "font_color": "#" + palette.ink(level),
            "bold": True,
        }

    def widths(self, ws: Any, widths: Mapping[str, float]) -> None:
        cols = self._widths.setdefault(ws.name, {})
        for letter, width in widths.items():
            col = _col_number(letter)
            cols[col] = width
            ws.set_column(col - 1, col - 1, width)

    # --- cells --------------------------------------------------------------------------
    def text(
        self,
        ws: Any,
        row: int,
        col: int,
        value: str,
        field: str = "",
        *,
        unlocked: bool = False,
        **props: Any,
    ) -> None:
        """Write user or template text as a text cell, never a formula."""
        value = clean_text(value)
        check_cell_length(value, field or f"{ws.name}!{ref(row, col)}")
        fmt_props: dict[str, Any] = {"text_wrap": True, **props}
        if unlocked:
            fmt_props["locked"] = False
        if looks_like_formula(value):
            fmt_props["quote_prefix"] = True
        fmt = self.fmt(**fmt_props)
        if value:
            ws.write_string(row - 1, col - 1, value, fmt)
            if fmt_props["text_wrap"]:
                self._note_lines(ws, row, col, value)
        else:
            ws.write_blank(row - 1, col - 1, None, fmt)

    def number(
        self, ws: Any, row: int, col: int, value: float, *, unlocked: bool = False, **props: Any
    ) -> None:
        if unlocked:
            props["locked"] = False
        props.setdefault("align", "left")
        ws.write_number(row - 1, col - 1, value, self.fmt(**props))

    def date(
        self, ws: Any, row: int, col: int, value: _dt.date | None, *, unlocked: bool = False
    ) -> None:
        props: dict[str, Any] = {"num_format": "yyyy-mm-dd", "align": "left"}
        if unlocked:
            props["locked"] = False
        if value is None:
            ws.write_blank(row - 1, col - 1, None, self.fmt(**props))
        else:
            ws.write_datetime(
                row - 1,
                col - 1,
                _dt.datetime(value.year, value.month, value.day),
                self.fmt(**props),
            )

    def formula(
        self, ws: Any, row: int, col: int, formula: str, value: Cached, **props: Any
    ) -> None:
        """A formula with its cached result, so readers that do not calculate show it too."""
        if isinstance(value, bool):
            value = int(value)
        if isinstance(value, str):
            value = clean_text(value)[:32_767]
            props.setdefault("text_wrap", True)
            if props["text_wrap"]:
                self._note_lines(ws, row, col, value)
        ws.write_formula(row - 1, col - 1, formula, self.fmt(**props), value)

    def title(self, ws: Any, row: int, value: str) -> None:
        self.text(ws, row, 1, value, bold=True, font_size=16, text_wrap=False)
        ws.set_row(row - 1, 24)

    def header(self, ws: Any, row: int, titles: Iterable[str], col: int = 1) -> None:
        for i, title in enumerate(titles):
            self.text(
                ws,
                row,
                col + i,
                title,
                bold=True,
                bg_color="#" + palette.HEADER_FILL,
                border=1,
                border_color="#BFBFBF",
            )

    def level_cell(self, ws: Any, row: int, col: int, level: Level, label: str) -> None:
        self.text(ws, row, col, label, **self.level_props(level))

    def level_colours(
        self, ws: Any, cells: str, level_of: str, uncoloured: str | None = None
    ) -> None:
        """Conditional fills: ``cells`` take the level colour of the number ``level_of``
        (a formula relative to the range's top-left cell, e.g. ``$C4``), except while
        ``uncoloured`` (a cell, relative the same way) is 1: a theme "Not answered yet" is
        never painted Non-compliant (``wording.theme_level_text``)."""
        for level in Level:
            criteria = f"={level_of}={int(level)}"
            if uncoloured is not None:
                criteria = f"=AND({level_of}={int(level)},{uncoloured}<>1)"
            fmt = self.book.add_format(
                {
                    "bg_color": "#" + palette.fill(level),
                    "font_color": "#" + palette.ink(level),
                    "bold": True,
                }
            )
            ws.conditional_format(cells, {"type": "formula", "criteria": criteria, "format": fmt})

    # --- pages --------------------------------------------------------------------------
    def page(
        self,
        ws: Any,
        widths: Mapping[str, float],
        title_rows: tuple[int, int] | None = None,
        *,
        protect: bool = True,
        one_page: bool = False,
    ) -> None:
        """Column widths, row heights, A4 landscape one page wide, footer, protection."""
        self.widths(ws, widths)
        ws.set_landscape()
        ws.set_paper(9)  # A4
        ws.fit_to_pages(1, 1 if one_page else 0)
        ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.7)
        if title_rows:
            ws.repeat_rows(title_rows[0] - 1, title_rows[1] - 1)
        self.fit_rows(ws)
        org = one_line(self.f.organisation, 120).replace("&", "&&")
        left = wording.trf("Workbook", "SVMI self-assessment – %1", org)
        right = wording.trf("Workbook", "Page %1 of %2", "&P", "&N")
        ws.set_footer(f"&L&8{left}&R&8{right}")
        if protect:
            # No password: the structure is protected against slips, and anyone can lift it.
            ws.protect(
                "", {"autofilter": True, "sort": True, "format_columns": True, "format_rows": True}
            )

    def keep_together(
        self,
        ws: Any,
        groups: list[tuple[int, int]],
        header_rows: int = 1,
        tail: tuple[int, int] | None = None,
    ) -> None:
        """Manual page breaks so that a group of rows (a theme) starts on a new page rather than
        split over two when it fits on one page: no theme's rows orphaned at a page's foot.

        ``tail`` is rows that print blank (the spare rows for new entries): they go with the
        last group that prints anything, so that no page prints only the header rows.

        Row heights are the ones this writer sets; the scale is what fit-to-width gives for A4
        landscape with these margins (with 5 % to spare for the spreadsheet's own rounding)."""
        cols = self._widths.get(ws.name, {})
        width_pt = sum((int(w * 7 + 0.5) + 5) * 0.75 for w in cols.values()) or 1.0
        scale = min(1.0, PRINTABLE_WIDTH / width_pt)
        page = PRINTABLE_HEIGHT / scale * PAGE_SLACK - header_rows * DEFAULT_ROW
        if tail is not None:
            groups = self._with_tail(ws, groups, tail, page)
        used = 0.0
        breaks: list[int] = []
        for first, last in groups:
            size = sum(self.row_height(ws, r) for r in range(first, last + 1))
            if used and used + size > page and size <= page:
                breaks.append(first - 1)  # XlsxWriter: the break comes before 0-based row first-1
                used = 0.0
            used = (used + size) % page if size > page else used + size
        if breaks:
            ws.set_h_pagebreaks(breaks)

    def _with_tail(
        self, ws: Any, groups: list[tuple[int, int]], tail: tuple[int, int], page: float
    ) -> list[tuple[int, int]]:
        """``groups`` with the blank ``tail`` joined to the last group that prints a row; if the
        two do not fit on one page, the tail keeps that group's last printed row with it."""

        def height(first: int, last: int) -> float:
            return sum(self.row_height(ws, r) for r in range(first, last + 1))

        for i in range(len(groups) - 1, -1, -1):
            first, last = groups[i]
            printed = [r for r in range(first, last + 1) if self.row_height(ws, r) > 0]
            if not printed:
                continue
            if height(first, tail[1]) <= page:
                return [*groups[:i], (first, tail[1])]
            return [*groups[:i], (first, printed[-1] - 1), (printed[-1], tail[1])]
        return groups

    def row_height(self, ws: Any, row: int) -> float:
        if row in self._hidden.get(ws.name, set()):
            return 0.0
        n = self._lines.get(ws.name, {}).get(row, 1)
        return min(MAX_ROW_HEIGHT, LINE_HEIGHT * n + 2) if n > 1 else DEFAULT_ROW

    def hide_row(self, ws: Any, row: int) -> None:
        self._hidden.setdefault(ws.name, set()).add(row)

    def fit_rows(self, ws: Any) -> None:
        """Give rows with wrapped text the height their lines need (neither Excel nor
        LibreOffice grows rows on opening a file they did not lay out themselves)."""
        hidden = self._hidden.get(ws.name, set())
        lines = self._lines.get(ws.name, {})
        for row in sorted(set(lines) | hidden):
            n = lines.get(row, 1)
            height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * n + 2) if n > 1 else None
            if row in hidden:
                ws.set_row(row - 1, height, None, {"hidden": True})
            elif height is not None:
                ws.set_row(row - 1, height)

    def _note_lines(self, ws: Any, row: int, col: int, value: str) -> None:
        width = self._widths.get(ws.name, {}).get(col, 8.43)
        n = wrapped_lines(value, width)
        rows = self._lines.setdefault(ws.name, {})
        if n > rows.get(row, 1):
            rows[row] = n


def wrapped_lines(value: str, width: float) -> int:
    """How many lines ``value`` wraps to in a column ``width`` characters wide (an estimate
    that errs on the generous side)."""
    per_line = max(1, int(width * 0.9))  # DejaVu Sans, LibreOffice's stand-in for Calibri, is wide
    return sum(max(1, -(-len(part) // per_line)) for part in value.split("\n"))


def _col_number(letter: str) -> int:
    n = 0
    for ch in letter:
        n = n * 26 + ord(ch.upper()) - 64
    assert col_letter(n) == letter.upper()
    return n
