"""A consortium comparison as a workbook (XlsxWriter) and a PDF (reportlab).

Shows what the screen shows: per theme min / median / max and count, present and future, the
members × themes levels (names as the consortium shows them), the rounds, and the files listed
apart or not read. Strings are written as strings, never formulas or links.
"""

from __future__ import annotations

import io
from typing import Any

from .. import __version__
from ..domain import wording
from ..domain.consortium import Consortium, Group
from ..domain.levels import Level
from .text import clean_text, para_line

_C = "Consortium"


def _level(n: int) -> str:
    return wording.level_text(Level(n))


def stats_rows(g: Group) -> list[list[str]]:
    head = [
        wording.tr(_C, h)
        for h in (
            "Theme",
            "Members",
            "Now: lowest",
            "Now: median",
            "Now: highest",
            "Future: lowest",
            "Future: median",
            "Future: highest",
        )
    ]
    rows = [head]
    for label, s in zip(g.labels, g.stats, strict=True):
        rows.append(
            [
                label,
                str(s.count),
                _level(s.present.minimum),
                _level(s.present.median),
                _level(s.present.maximum),
                _level(s.future.minimum),
                _level(s.future.median),
                _level(s.future.maximum),
            ]
        )
    return rows


def member_rows(g: Group, future: bool) -> list[list[str]]:
    rows = [[wording.tr(_C, "Member"), wording.tr(_C, "Date"), *g.codes]]
    for m in g.members:
        levels = m.submission.future if future else m.submission.present
        rows.append([m.label, m.submission.date.isoformat(), *(_level(v) for v in levels)])
    return rows


def round_rows(g: Group) -> list[list[str]]:
    rows = [
        [
            wording.tr(_C, "Year"),
            wording.tr(_C, "Bodies"),
            wording.tr(_C, "Also in the round before"),
            *g.codes,
        ]
    ]
    for r in g.rounds:
        rows.append(
            [str(r.year), str(r.count), str(r.returning), *(_level(v) for v in r.median_present)]
        )
    return rows


def summary_lines(c: Consortium) -> list[str]:
    lines = []
    g = c.main
    if g is not None:
        lines.append(
            wording.trf(
                _C,
                "%1 (version %2): %3 members from %4 files.",
                g.index_id,
                g.index_version,
                len(g.members),
                g.files,
            )
        )
        if not g.names_shown:
            lines.append(wording.tr(_C, "Names are hidden: members are numbered in level order."))
        if g.median_change is not None:
            lines.append(
                wording.trf(
                    _C,
                    "%1 bodies took part in the first and the last round; their median overall "
                    "level changed by %2.",
                    g.returning_bodies,
                    f"{g.median_change:+.1f}",
                )
            )
    for other in c.apart:
        lines.append(
            wording.trf(
                _C,
                "Listed apart, never mixed: %1 files of %2 version %3.",
                other.files,
                other.index_id,
                other.index_version,
            )
        )
    if c.refused:
        lines.append(wording.tr(_C, "%n file(s) could not be read.", len(c.refused)))
    return lines


def consortium_workbook(c: Consortium) -> bytes:
    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(
        buf,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    bold = book.add_format({"bold": True})

    def sheet(name: str, rows: list[list[str]]) -> None:
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for col, value in enumerate(row):
                ws.write_string(r, col, clean_text(value), bold if r == 0 else None)
        ws.set_column(0, 0, 32)
        ws.set_column(1, 12, 16)

    sheet(wording.tr(_C, "Summary"), [[line] for line in summary_lines(c)] or [[""]])
    if c.main is not None:
        g = c.main
        sheet(wording.tr(_C, "Per theme"), stats_rows(g))
        sheet(wording.tr(_C, "Members now"), member_rows(g, future=False))
        sheet(wording.tr(_C, "Members future"), member_rows(g, future=True))
        sheet(wording.tr(_C, "Rounds"), round_rows(g))
    apart = [[wording.tr(_C, "Index"), wording.tr(_C, "Version"), wording.tr(_C, "Files")]]
    apart += [[g.index_id, g.index_version, str(g.files)] for g in c.apart]
    sheet(wording.tr(_C, "Listed apart"), apart)
    refused = [[wording.tr(_C, "File"), wording.tr(_C, "Why it was not read")]]
    refused += [[r.source, r.reason] for r in c.refused]
    sheet(wording.tr(_C, "Not read"), refused)
    book.set_properties(
        {
            "title": wording.tr(_C, "SVMI consortium comparison"),
            "creator": f"SVMI Desktop {__version__}",
        }
    )
    book.close()
    return buf.getvalue()


def consortium_pdf(c: Consortium) -> bytes:
    from reportlab.platypus import Flowable, Paragraph, Table

    from .pdf_base import document, numbered_canvas, styles, table_style

    title = wording.tr(_C, "SVMI consortium comparison")
    buf = io.BytesIO()
    doc = document(buf, title, (14, 14, 14, 16), landscape_page=True)
    s = styles()

    def table(rows: list[list[str]]) -> Table:
        data: list[list[Any]] = [
            [Paragraph(para_line(v), s["cellb"] if r == 0 else s["cell"]) for v in row]
            for r, row in enumerate(rows)
        ]
        t = Table(data, repeatRows=1, hAlign="LEFT")
        t.setStyle(
            table_style(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, "#999999")]
            )
        )
        return t

    story: list[Flowable] = [Paragraph(para_line(title), s["h1"])]
    story += [Paragraph(para_line(line), s["body"]) for line in summary_lines(c)]
    if c.main is not None:
        g = c.main
        story += [
            Paragraph(para_line(wording.tr(_C, "Per theme")), s["h2"]),
            table(stats_rows(g)),
            Paragraph(para_line(wording.tr(_C, "Members now")), s["h2"]),
            table(member_rows(g, future=False)),
            Paragraph(para_line(wording.tr(_C, "Rounds")), s["h2"]),
            table(round_rows(g)),
        ]
    if c.refused:
        story += [
            Paragraph(para_line(wording.tr(_C, "Not read")), s["h2"]),
            table([[r.source, r.reason] for r in c.refused]),
        ]
    doc.build(story, canvasmaker=numbered_canvas(title))
    return buf.getvalue()
