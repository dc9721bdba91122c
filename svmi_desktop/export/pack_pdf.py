"""The printed pack as an A4 PDF (reportlab, the bundled DejaVu font via :mod:`.pdf_base`).

Pre-read, then the participant worksheet (criterion ids printed beside every row and tick box,
so a hand-filled sheet maps back to the index), then three voting cards, one per page, each a
large word and a large shape on a light fill: readable in black and white.
"""

from __future__ import annotations

import io
from typing import Any

from .pack_content import Pack, tr
from .pdf_base import FONT, FONT_BOLD, document, numbered_canvas, styles, table_style
from .text import one_line, para_line, para_text, shorten

BOX = "☐"


def pack_pdf(p: Pack) -> bytes:
    buf = io.BytesIO()
    doc = document(
        buf,
        one_line(p.title, 200),
        (16, 16, 15, 18),
        author="SVMI Desktop",
        subject=tr("Social Value Maturity Index workshop pack"),
    )
    s = styles()
    story = _pre_read(p, s) + _worksheet(p, s, doc.width) + _cards(p, s, doc.width, doc.height)
    doc.build(story, canvasmaker=numbered_canvas(shorten(one_line(p.title), 90)))
    return buf.getvalue()


def _pre_read(p: Pack, s: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import PageBreak, Paragraph

    story: list[Any] = [
        Paragraph(para_line(p.title), s["title"]),
        Paragraph(para_line(p.subtitle), s["big"]),
        Paragraph(tr("Pre-read"), s["h1"]),
        Paragraph(
            tr(
                "Please read this before the workshop. There are no wrong answers: the "
                "room agrees each answer together, on the evidence."
            ),
            s["body"],
        ),
        Paragraph(tr("The method: three steps"), s["h2"]),
    ]
    for head, text in p.steps:
        story += [
            Paragraph(f"<b>{para_line(head)}</b>", s["body"]),
            Paragraph(para_text(text), s["body"]),
        ]
    story.append(Paragraph(tr("The four levels"), s["h2"]))
    for name, text in p.levels:
        story.append(Paragraph(f"<b>{para_line(name)}</b> — {para_text(text)}", s["body"]))
    story.append(Paragraph(tr("The themes"), s["h2"]))
    for t in p.themes:
        story.append(
            Paragraph(
                f"<b>{para_line(t.code)} {para_line(t.title)}</b>: <i>{para_text(t.question)}</i>",
                s["body"],
            )
        )
        for c in t.criteria:
            note = f" {para_line(c.note)}" if c.note else ""
            story.append(
                Paragraph(
                    f"<b>{para_line(c.id)}</b> {para_text(c.text)}{note}",
                    s["small"],
                    bulletText="•",
                )
            )
    story.append(PageBreak())
    return story


def _worksheet(p: Pack, s: dict[str, Any], width: float) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, Table

    box = ParagraphStyle("box", parent=s["cell"], fontSize=10, leading=14)
    story: list[Any] = [
        Paragraph(tr("Participant worksheet"), s["h1"]),
        Paragraph(para_line(p.subtitle), s["body"]),
        Paragraph(
            tr(
                "Tick Yes or No for each statement, now and %1; leave both empty if you are not "
                "sure. Note what shows it is met. The ids (A.F1…) let your answers be entered "
                "exactly."
            ).replace("%1", para_line(p.horizon.lower())),
            s["small"],
        ),
        Paragraph(tr("Your role (optional, no name needed): ______________________"), s["body"]),
    ]
    now, future = tr("Now"), p.horizon
    yes, no = tr("Yes"), tr("No")
    for t in p.themes:
        head = [
            Paragraph(f"<b>{para_line(x)}</b>", s["cell"])
            for x in (
                tr("Id"),
                tr("Statement"),
                now,
                future,
                tr("Evidence: what shows it is met"),
            )
        ]
        rows: list[list[Any]] = [head]
        for c in t.criteria:
            if c.asked:
                tick_now = Paragraph(f"{BOX} {para_line(yes)}<br/>{BOX} {para_line(no)}", box)
                tick_future = Paragraph(f"{BOX} {para_line(yes)}<br/>{BOX} {para_line(no)}", box)
            else:
                tick_now = Paragraph(para_line(c.note), s["small"])
                tick_future = ""
            rows.append(
                [
                    Paragraph(f"<b>{para_line(c.id)}</b>", s["cell"]),
                    Paragraph(para_text(c.text), s["cell"]),
                    tick_now,
                    tick_future,
                    "",
                ]
            )
        table = Table(
            rows, colWidths=[width * f for f in (0.08, 0.42, 0.11, 0.11, 0.28)], repeatRows=1
        )
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, HexColor("#8C8C8C")),
            ("BACKGROUND", (0, 0), (-1, 0), HexColor("#EDEDED")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("SPAN", (2, 0), (2, 0)),
        ]
        for r, c in enumerate(t.criteria, 1):
            if not c.asked:
                style.append(("SPAN", (2, r), (3, r)))
        table.setStyle(table_style(style))
        story += [
            Paragraph(f"{para_line(t.code)} {para_line(t.title)}", s["h2"]),
            Paragraph(f"<i>{para_text(t.question)}</i>", s["small"]),
            table,
        ]
    story.append(PageBreak())
    return story


def _cards(p: Pack, s: dict[str, Any], width: float, height: float) -> list[Any]:
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import PageBreak

    story: list[Any] = []
    h = height - 20
    for n, card in enumerate(p.cards):
        d = Drawing(width, h, initialFontName=FONT)  # never an unembedded Times-Roman
        d.add(
            Rect(
                0,
                0,
                width,
                h,
                fillColor=HexColor(card.fill),
                strokeColor=HexColor(card.ink),
                strokeWidth=6,
                rx=18,
                ry=18,
            )
        )
        d.add(
            String(
                width / 2,
                h * 0.48,
                card.shape,
                fontName=FONT_BOLD,
                fontSize=300,
                fillColor=HexColor(card.ink),
                textAnchor="middle",
            )
        )
        size = 110 if len(card.word) <= 4 else 80
        d.add(
            String(
                width / 2,
                h * 0.16,
                card.word,
                fontName=FONT_BOLD,
                fontSize=size,
                fillColor=HexColor(card.ink),
                textAnchor="middle",
            )
        )
        d.add(
            String(
                width / 2,
                h - 40,
                tr("Voting card: hold it up when asked"),
                fontName=FONT,
                fontSize=14,
                fillColor=HexColor(card.ink),
                textAnchor="middle",
            )
        )
        story.append(d)
        if n < len(p.cards) - 1:
            story.append(PageBreak())
    return story
