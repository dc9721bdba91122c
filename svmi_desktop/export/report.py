"""The PDF report (A4) and the one-page board summary, drawn with reportlab.

Every user string reaches a Paragraph only through :func:`.text.para_text` /
:func:`.text.para_line` (escaped, control characters removed), and is never put in a
``color=``, ``href=`` or ``src=`` attribute, so markup in a note prints as typed and can
never become a link, an image or code (reportlab CVE-2023-33733, CVE-2019-19450,
CVE-2020-28463). The bundled DejaVu Sans is embedded for all text; it covers Welsh and other
Latin-script names (ŵ ŷ â ł é £ €). Glyphs it lacks (emoji) show as blanks, never an error.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..domain import wording
from ..domain.levels import Level
from ..domain.scoring import Evaluation, ThemeResult
from . import palette
from .pdf_base import numbered_canvas, register_fonts, styles
from .pdf_radar import radar_drawing
from .summary import Facts, biggest_gaps, level_text, overall_text, target_text, year_actions
from .text import one_line, para_line, para_text, shorten

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

#: Board summary: how much of each action and of the organisation name is shown.
BOARD_ACTION_CHARS = 220
BOARD_NAME_CHARS = 160


def report_pdf(facts: Facts, *, board: bool = False) -> bytes:
    """The full report, or (``board=True``) the one-page board summary, as PDF bytes."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    rl_config.trustedHosts = []  # never fetch a URL, whatever a string says
    register_fonts()
    a = facts.assessment
    org = one_line(a.organisation.name, 200)
    kind = "board summary" if board else "self-assessment report"
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"SVMI {kind} – {org}",
        author=one_line(a.workshop.facilitator, 200) or "SVMI Desktop",
        subject="Social Value Maturity Index self-assessment",
        creator=f"SVMI Desktop {__version__}",
        keywords=["SVMI", "social value", "maturity index"],
        lang="en-GB",
    )
    paragraph_styles = styles()
    footer = f"SVMI {kind} – {shorten(org, 70)}"
    if board:
        story = _board_story(facts, paragraph_styles, doc.width, doc.height)
    else:
        story = _report_story(facts, paragraph_styles, doc.width)
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buf.getvalue()


# --- fonts, styles, page furniture -------------------------------------------------------
# --- the full report ---------------------------------------------------------------------
def _report_story(facts: Facts, s: dict[str, Any], width: float) -> list[Flowable]:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    a, ev, plan = facts.assessment, facts.evaluation, facts.plan
    w = a.workshop
    story: list[Flowable] = [
        Spacer(1, 60),
        Paragraph("Social Value Maturity Index", s["title"]),
        Paragraph("Self-assessment report", s["h1"]),
        Spacer(1, 24),
        Paragraph(para_line(a.organisation.name), s["org"]),
    ]
    cover = [
        ("Type", wording.organisation_type_label(a.organisation.type)),
        ("Region", a.organisation.region),
        ("Workshop date", f"{w.date.day} {w.date:%B %Y}"),
        ("Facilitator", w.facilitator),
        ("Programme horizon", f"{w.horizon_years} year{'s' if w.horizon_years != 1 else ''}"),
        ("Index", f"{facts.index.title} (version {a.index_version})"),
    ]
    story.append(_pairs_table([(k, v) for k, v in cover if v], s, width))
    story += [
        Spacer(1, 30),
        Paragraph(
            "Overall level now: <b>" + para_line(overall_text(ev.present)) + "</b>; "
            f"in {w.horizon_years} year{'s' if w.horizon_years != 1 else ''}: <b>"
            + para_line(overall_text(ev.future)) + "</b>.",
            s["big"],
        ),
        PageBreak(),
        Paragraph("Summary", s["h1"]),
        radar_drawing(ev, facts, min(width, 440), 300),
        Spacer(1, 8),
        _level_table(ev, s, width),
        Spacer(1, 6),
        Paragraph(_overall_sentence(facts), s["body"]),
    ]
    gaps = biggest_gaps(ev)
    if gaps:
        names = ", ".join(
            f"{para_line(r.theme.title)} ({r.present.level.label} → {r.future.level.label})"
            for r in gaps
        )
        story.append(Paragraph(f"The biggest steps planned: {names}.", s["body"]))
    story += [PageBreak(), Paragraph("Why this level", s["h1"])]
    for r in ev.themes:
        story += _why(r, s)
    story += [PageBreak(), Paragraph("Action plan by year", s["h1"])]
    years = plan.by_year()
    if not years:
        story.append(Paragraph("No actions: every theme is already at its future level.", s["body"]))
    for year, items in years.items():
        due = max(i.due for i in items)
        story.append(Paragraph(f"Year {year} (by {due.isoformat()})", s["h2"]))
        story.append(_action_table(facts, items, s, width))
    story.append(Paragraph("Notes", s["h1"]))
    noted = [t for t in facts.index.themes if a.notes.get(t.code)]
    if not noted:
        story.append(Paragraph("No notes were recorded.", s["body"]))
    for t in noted:
        story.append(Paragraph(f"{para_line(t.code)} {para_line(t.title)}", s["h2"]))
        story.append(Paragraph(para_text(a.notes[t.code]), s["body"]))
    story.append(Paragraph("Participants", s["h1"]))
    if not w.participants:
        story.append(Paragraph("No participants were recorded.", s["body"]))
    else:
        story.append(_participants(facts, s, width))
    return story


def _overall_sentence(facts: Facts) -> str:
    ev = facts.evaluation
    text = (
        f"The overall level is the mean of the {len(ev.themes)} theme levels: "
        f"{overall_text(ev.present)} now and {overall_text(ev.future)} in future."
    )
    if ev.present.incomplete or ev.future.incomplete:
        text += " Some criteria are not answered yet, so provisional levels may change."
    return para_line(text)


def _why(r: ThemeResult, s: dict[str, Any]) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Paragraph

    out: list[Flowable] = [Paragraph(f"{para_line(r.theme.code)} {para_line(r.theme.title)}", s["h2"])]
    for name, tl in (("Now", r.present), ("Future", r.future)):
        out.append(Paragraph(f"<b>{name}:</b> {para_line(tl.why.sentence)}", s["body"]))
        for c in tl.why.missing:
            out.append(Paragraph(f"{para_line(c.id)}: {para_text(c.text)}", s["small"],
                                 bulletText="•"))
        if tl.why.unanswered:
            ids = ", ".join(c.id for c in tl.why.unanswered)
            out.append(Paragraph(f"Not answered yet: {para_line(ids)}.", s["small"]))
    return [KeepTogether(out)]


def _pairs_table(rows: list[tuple[str, str]], s: dict[str, Any], width: float) -> Flowable:
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [[Paragraph(para_line(k), s["cellb"]), Paragraph(para_line(v), s["cell"])] for k, v in rows]
    table = Table(data, colWidths=[width * 0.28, width * 0.72], splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def _level_table(ev: Evaluation, s: dict[str, Any], width: float, compact: bool = False) -> Flowable:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    cell, cellb = s["cell"], s["cellb"]
    data: list[list[Any]] = [[Paragraph("Theme", cellb), Paragraph("Now", cellb),
                              Paragraph("Future", cellb)]]
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#BFBFBF")),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#" + palette.HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 if compact else 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if compact else 3),
    ]

    def level_para(level: Level, text: str, bold: bool = False) -> Paragraph:
        from reportlab.lib.styles import ParagraphStyle

        st = ParagraphStyle("lv", parent=cellb if bold else cell,
                            textColor=HexColor("#" + palette.ink(level)))
        return Paragraph(para_line(text), st)

    for row, r in enumerate(ev.themes, start=1):
        data.append([
            Paragraph(f"{para_line(r.theme.code)} {para_line(r.theme.short)}", cell),
            level_para(r.present.level, f"{int(r.present.level)} {level_text(r.present.level, r.present.incomplete)}"),
            level_para(r.future.level, f"{int(r.future.level)} {level_text(r.future.level, r.future.incomplete)}"),
        ])
        style.append(("BACKGROUND", (1, row), (1, row), HexColor("#" + palette.fill(r.present.level))))
        style.append(("BACKGROUND", (2, row), (2, row), HexColor("#" + palette.fill(r.future.level))))
    last = len(data)
    data.append([
        Paragraph("<b>Overall (mean)</b>", cell),
        level_para(ev.present.level, overall_text(ev.present), bold=True),
        level_para(ev.future.level, overall_text(ev.future), bold=True),
    ])
    style.append(("BACKGROUND", (1, last), (1, last), HexColor("#" + palette.fill(ev.present.level))))
    style.append(("BACKGROUND", (2, last), (2, last), HexColor("#" + palette.fill(ev.future.level))))
    style.append(("LINEABOVE", (0, last), (-1, last), 1.2, HexColor("#333333")))
    table = Table(data, colWidths=[width * 0.5, width * 0.25, width * 0.25], hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


def _action_table(facts: Facts, items: Any, s: dict[str, Any], width: float) -> Flowable:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    cell, cellb, small = s["cell"], s["cellb"], s["small"]
    head = ["Theme", "Action", "Target", "Owner", "Due", "Status"]
    data: list[list[Any]] = [[Paragraph(h, cellb) for h in head]]
    for item in items:
        action: list[Any] = [Paragraph(para_text(item.action), cell)]
        if item.note:
            action.append(Paragraph("Note: " + para_text(item.note), small))
        if item.criterion:
            action.append(Paragraph(para_line(item.criterion), small))
        data.append([
            Paragraph(para_line(facts.index.theme(item.theme).short), cell),
            action,
            Paragraph(para_line(target_text(item)), cell),
            Paragraph(para_text(item.owner), cell),
            Paragraph(item.due.isoformat(), cell),
            Paragraph(para_line(wording.status_label(item.status)), cell),
        ])
    fractions = [0.14, 0.37, 0.11, 0.14, 0.13, 0.11]
    table = Table(data, colWidths=[width * f for f in fractions], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#BFBFBF")),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#" + palette.HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _participants(facts: Facts, s: dict[str, Any], width: float) -> Flowable:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    people = facts.assessment.workshop.participants
    named = any(p.name.strip() for p in people)
    head = ["Role", "Name"] if named else ["Role"]
    data: list[list[Any]] = [[Paragraph(h, s["cellb"]) for h in head]]
    for p in people:
        row = [Paragraph(para_text(p.role), s["cell"])]
        if named:
            row.append(Paragraph(para_text(p.name), s["cell"]))
        data.append(row)
    widths = [width * 0.6, width * 0.4] if named else [width]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#BFBFBF")),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor("#" + palette.HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


# --- the board summary -------------------------------------------------------------------
def _board_story(facts: Facts, s: dict[str, Any], width: float, height: float) -> list[Flowable]:
    """One page, whatever the input: the action list is cut with "and N more" to fit, and a
    final shrink-to-fit guards against pathological text (a 10,000-character name)."""
    from reportlab.platypus import KeepInFrame, Paragraph, Spacer

    a, ev = facts.assessment, facts.evaluation
    year1 = year_actions(facts.plan, 1)
    head: list[Flowable] = [
        Paragraph("SVMI self-assessment – board summary", s["h1"]),
        Paragraph(para_line(a.organisation.name, BOARD_NAME_CHARS), s["big"]),
        Paragraph(
            f"Workshop {a.workshop.date.isoformat()} · overall now <b>{para_line(overall_text(ev.present))}</b>"
            f" → in {a.workshop.horizon_years} years <b>{para_line(overall_text(ev.future))}</b>",
            s["body"],
        ),
        radar_drawing(ev, facts, width, 240),
        Spacer(1, 4),
        _level_table(ev, s, width, compact=True),
        Paragraph("Year 1 actions", s["h2"]),
    ]

    items: list[Flowable] = []
    for item in year1:
        owner = f" – {para_line(item.owner, 60)}" if item.owner.strip() else ""
        items.append(Paragraph(
            f"<b>{para_line(item.theme)}</b> {para_line(item.action, BOARD_ACTION_CHARS)}{owner}",
            s["small"], bulletText="•"))

    def more(n: int) -> list[Flowable]:
        if not year1:
            return [Paragraph("No year 1 actions.", s["small"])]
        if n < len(year1):
            return [Paragraph(f"… and {len(year1) - n} more in the full report.", s["small"])]
        return []

    def used(flowables: list[Flowable]) -> float:
        total = 0.0
        for f in flowables:
            _, h = f.wrap(width, height)
            total += h + f.getSpaceBefore() + f.getSpaceAfter()
        return total

    # Measure once: the fixed part, each action and the "and N more" line; keep as many
    # actions as fit on the page.
    room = height - 6 - used(head) - (used(more(0)) if not year1 else 0)
    needs = [used([f]) for f in items]
    if sum(needs) <= room:
        n = len(items)
    else:
        room -= used(more(0))
        n = 0
        while n < len(needs) and needs[n] <= room:
            room -= needs[n]
            n += 1
    return [KeepInFrame(width, height - 6, [*head, *items[:n], *more(n)], mode="shrink")]
