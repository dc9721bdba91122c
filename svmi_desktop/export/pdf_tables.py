"""Report tables that never split a row across pages and repeat their header on every page.

Rows are kept whole (``splitInRow=0``) and each group of rows that belongs together (an
action's text and its details) is kept on one page (``NOSPLIT``). Only a row taller than a
page, which only pathological text makes, is cut into several rows, each a page or less, so the
build never fails and nothing is dropped.
"""

from __future__ import annotations

from typing import Any

#: The tallest row kept whole: an A4 frame (about 745 pt) less a header and some room.
MAX_ROW_HEIGHT = 560.0
PADDING = 8.0  # left + right cell padding


def _height(flowables: list[Any], width: float) -> float:
    total = 0.0
    for f in flowables:
        _, h = f.wrap(width, 1e6)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _chunks(flowables: list[Any], width: float, limit: float) -> list[list[Any]]:
    """``flowables`` cut into runs no taller than ``limit`` (paragraphs split where needed)."""
    chunks: list[list[Any]] = []
    current: list[Any] = []
    used = 0.0
    queue = list(flowables)
    while queue:
        f = queue.pop(0)
        _, h = f.wrap(width, limit)
        if used + h <= limit:
            current.append(f)
            used += h
            continue
        parts = f.split(width, limit - used) if limit - used > 20 else []
        if len(parts) > 1:
            current.append(parts[0])
            queue[0:0] = parts[1:]
        elif current:
            queue.insert(0, f)
        else:
            current.append(f)  # cannot be cut: give it a row of its own
        chunks.append(current)
        current, used = [], 0.0
    if current:
        chunks.append(current)
    return chunks


def _cells(value: Any) -> list[Any]:
    if value in ("", None):
        return []
    return list(value) if isinstance(value, list) else [value]


def _fit(row: list[Any], widths: list[float], spanned: bool) -> tuple[list[list[Any]], float]:
    """One row, or several when it is taller than a page; and the height of the row."""
    cell_widths = [sum(widths)] if spanned else widths
    cells = [_cells(v) for v in (row[:1] if spanned else row)]
    tallest = max(
        (_height(c, w - PADDING) for c, w in zip(cells, cell_widths, strict=True)), default=0.0
    )
    if tallest <= MAX_ROW_HEIGHT:
        return [row], tallest
    pieces = [
        _chunks(c, w - PADDING, MAX_ROW_HEIGHT) for c, w in zip(cells, cell_widths, strict=True)
    ]
    count = max(len(p) for p in pieces)
    out = []
    for i in range(count):
        parts: list[Any] = [p[i] if i < len(p) else "" for p in pieces]
        out.append(parts + [""] * (len(row) - len(parts)))
    return out, tallest


def whole_row_table(
    header: list[Any], groups: list[list[list[Any]]], widths: list[float], style: list[Any]
) -> Any:
    """A table of ``header`` and row ``groups``; a row whose other cells are all "" is the
    full-width text row of its group (spanned across every column)."""
    from reportlab.platypus import Table, TableStyle

    data: list[list[Any]] = [header]
    commands = list(style)
    for group in groups:
        first = len(data)
        group_height = 0.0
        for row in group:
            spanned = len(row) > 1 and all(v == "" for v in row[1:])
            pieces, height = _fit(row, widths, spanned)
            group_height += height
            for piece in pieces:
                r = len(data)
                data.append(piece)
                if spanned:
                    commands.append(("SPAN", (0, r), (-1, r)))
        if len(data) - 1 > first and group_height <= MAX_ROW_HEIGHT:
            commands.append(("NOSPLIT", (0, first), (-1, len(data) - 1)))
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=0, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table
