"""The PDF report (A4) and the one-page board summary, drawn with reportlab.

Every user string reaches a Paragraph only through :func:`.text.para_text` /
:func:`.text.para_line` (escaped, control characters removed), and is never put in a
``color=``, ``href=`` or ``src=`` attribute, so markup in a note prints as typed and can
never become a link, an image or code (reportlab CVE-2023-33733, CVE-2019-19450,
CVE-2020-28463). The bundled DejaVu Sans is embedded for all text; it covers Welsh and other
Latin-script names (ŵ ŷ â ł é £ €). Glyphs it lacks (emoji) show as blanks, never an error.
"""

from __future__ import annotations

import datetime as _dt
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
    def kind() -> str:
        return R("board summary") if board else R("self-assessment report")

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=wording.both(lambda: wording.trf("Report", "SVMI %1 – %2", kind(), org)),
        author=one_line(a.workshop.facilitator, 200) or "SVMI Desktop",
        subject=R("Social Value Maturity Index self-assessment"),
        creator=f"SVMI Desktop {__version__}",
        keywords=["SVMI", "social value", "maturity index"],
        lang=_document_language(),
    )
    paragraph_styles = styles()
    short_org = shorten(org, 70 if wording.parts() is None else 36)  # room for the page number
    footer = wording.both(lambda: wording.trf("Report", "SVMI %1", kind())) + f" – {short_org}"

    def story_in_one_language() -> list[Flowable]:
        if board:
            return _board_story(facts, paragraph_styles, doc.width, doc.height)
        return _report_story(facts, paragraph_styles, doc.width)

    languages = wording.parts()
    if languages is None:
        story = story_in_one_language()
    else:  # bilingual: the whole document in each language, the first (Welsh) first
        from reportlab.platypus import PageBreak

        story = []
        for part in languages:
            with wording.using(part):
                if story:
                    story.append(PageBreak())
                story += story_in_one_language()
    doc.build(story, canvasmaker=numbered_canvas(footer))
    return buf.getvalue()


def _document_language() -> str:
    """The PDF's /Lang: the catalogue's "en-GB" entry ("cy-GB" in Welsh); the first language's
    for a bilingual document."""
    languages = wording.parts()
    if languages is None:
        return R("en-GB")
    with wording.using(languages[0]):
        return R("en-GB")


def R(text: str) -> str:
    """A wording of the report, in the export's language (context "Report" of the catalogue)."""
    return wording.tr("Report", text)


def _long_date(day: _dt.date) -> str:
    """"21 November 2026", the month named in the export's language."""
    months = (
        R("January"), R("February"), R("March"), R("April"), R("May"), R("June"), R("July"),
        R("August"), R("September"), R("October"), R("November"), R("December"),
    )
    return wording.trf("Report", "%1 %2 %3", day.day, months[day.month - 1], day.year)


# --- fonts, styles, page furniture -------------------------------------------------------
# --- the full report ---------------------------------------------------------------------
def _report_story(facts: Facts, s: dict[str, Any], width: float) -> list[Flowable]:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    a, ev, plan = facts.assessment, facts.evaluation, facts.plan
    w = a.workshop
    story: list[Flowable] = [
        Spacer(1, 60),
        Paragraph(para_line(R("Social Value Maturity Index")), s["title"]),
        Paragraph(para_line(R("Self-assessment report")), s["h1"]),
        Spacer(1, 24),
        Paragraph(para_line(a.organisation.name), s["org"]),
    ]
    cover = [
        (R("Type"), wording.organisation_type_label(a.organisation.type)),
        (R("Region"), a.organisation.region),
        (R("Workshop date"), _long_date(w.date)),
        (R("Facilitator"), w.facilitator),
        (R("Programme horizon"), wording.tr("Report", "%n year(s)", w.horizon_years)),
        (R("Index"), wording.trf("Report", "%1 (version %2)", facts.index.title, a.index_version)),
    ]
    story.append(_pairs_table([(k, v) for k, v in cover if v], s, width))
    story += [
        Spacer(1, 30),
        Paragraph(
            wording.trf(
                "Report",
                "Overall level now: <b>%1</b>; %2: <b>%3</b>.",
                para_line(overall_text(ev.present)),
                para_line(wording.future_label(w.horizon_years).lower()),
                para_line(overall_text(ev.future)),
            ),
            s["big"],
        ),
        PageBreak(),
        Paragraph(para_line(R("Summary")), s["h1"]),
        radar_drawing(ev, facts, min(width, 440), 300),
        Spacer(1, 8),
        _level_table(ev, s, width),
        Spacer(1, 6),
        Paragraph(_overall_sentence(facts), s["body"]),
    ]
    gaps = biggest_gaps(ev)
    if gaps:
        names = ", ".join(
            f"{para_line(r.theme.title)} ({para_line(wording.level_name(r.present.level))} → "
            f"{para_line(wording.level_name(r.future.level))})"
            for r in gaps
        )
        story.append(Paragraph(wording.trf("Report", "The biggest steps planned: %1.", names), s["body"]))
    story += [PageBreak(), Paragraph(para_line(R("Why this level")), s["h1"])]
    for r in ev.themes:
        story += _why(r, s)
    story += [PageBreak(), Paragraph(para_line(R("Action plan by year")), s["h1"])]
    years = plan.by_year()
    if not years:
        story.append(Paragraph(para_line(R("No actions: every theme is already at its future level.")), s["body"]))
    for year, items in years.items():
        due = max(i.due for i in items)
        story.append(Paragraph(para_line(wording.trf("Report", "Year %1 (by %2)", year, due.isoformat())), s["h2"]))
        story.append(_action_table(facts, items, s, width))
    story.append(Paragraph(para_line(R("Notes")), s["h1"]))
    noted = [t for t in facts.index.themes if a.notes.get(t.code)]
    if not noted:
        story.append(Paragraph(para_line(R("No notes were recorded.")), s["body"]))
    for t in noted:
        story.append(Paragraph(f"{para_line(t.code)} {para_line(t.title)}", s["h2"]))
        story.append(Paragraph(para_text(a.notes[t.code]), s["body"]))
    story.append(Paragraph(para_line(R("Participants")), s["h1"]))
    if not w.participants:
        story.append(Paragraph(para_line(R("No participants were recorded.")), s["body"]))
    else:
        story.append(_participants(facts, s, width))
    return story


def _overall_sentence(facts: Facts) -> str:
    ev = facts.evaluation
    text = wording.trf(
        "Report",
        "The overall level is the mean of the %1 theme levels: %2 now and %3 in future.",
        len(ev.themes),
        overall_text(ev.present),
        overall_text(ev.future),
    )
    if ev.present.incomplete or ev.future.incomplete:
        text += " " + R("Some criteria are not answered yet, so provisional levels may change.")
    return para_line(text)


def _why(r: ThemeResult, s: dict[str, Any]) -> list[Flowable]:
    from reportlab.platypus import KeepTogether, Paragraph

    out: list[Flowable] = [Paragraph(f"{para_line(r.theme.code)} {para_line(r.theme.title)}", s["h2"])]
    for name, tl in ((R("Now"), r.present), (R("Future"), r.future)):
        out.append(Paragraph(f"<b>{para_line(name)}:</b> {para_line(tl.why.sentence)}", s["body"]))
        for c in tl.why.missing:
            out.append(Paragraph(f"{para_line(c.id)}: {para_text(c.text)}", s["small"],
                                 bulletText="•"))
        if tl.why.unanswered:
            ids = ", ".join(c.id for c in tl.why.unanswered)
            out.append(Paragraph(wording.trf("Report", "Not answered yet: %1.", para_line(ids)), s["small"]))
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
    data: list[list[Any]] = [[Paragraph(para_line(R("Theme")), cellb), Paragraph(para_line(R("Now")), cellb),
                              Paragraph(para_line(R("Future")), cellb)]]
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
        Paragraph(f"<b>{para_line(R('Overall (mean)'))}</b>", cell),
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
    head = [R("Theme"), R("Action"), R("Target"), R("Owner"), R("Due"), R("Status")]
    data: list[list[Any]] = [[Paragraph(para_line(h), cellb) for h in head]]
    for item in items:
        action: list[Any] = [Paragraph(para_text(item.action), cell)]
        if item.note:
            action.append(Paragraph(wording.trf("Report", "Note: %1", para_text(item.note)), small))
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
    head = [R("Role"), R("Name")] if named else [R("Role")]
    data: list[list[Any]] = [[Paragraph(para_line(h), s["cellb"]) for h in head]]
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
        Paragraph(para_line(R("SVMI self-assessment – board summary")), s["h1"]),
        Paragraph(para_line(a.organisation.name, BOARD_NAME_CHARS), s["big"]),
        Paragraph(
            wording.trf(
                "Report",
                "Workshop %1 · overall now <b>%2</b> → %3 <b>%4</b>",
                a.workshop.date.isoformat(),
                para_line(overall_text(ev.present)),
                para_line(wording.future_label(a.workshop.horizon_years).lower()),
                para_line(overall_text(ev.future)),
            ),
            s["body"],
        ),
        radar_drawing(ev, facts, width, 240),
        Spacer(1, 4),
        _level_table(ev, s, width, compact=True),
        Paragraph(para_line(R("Year 1 actions")), s["h2"]),
    ]

    items: list[Flowable] = []
    for item in year1:
        owner = f" – {para_line(item.owner, 60)}" if item.owner.strip() else ""
        items.append(Paragraph(
            f"<b>{para_line(item.theme)}</b> {para_line(item.action, BOARD_ACTION_CHARS)}{owner}",
            s["small"], bulletText="•"))

    def more(n: int) -> list[Flowable]:
        if not year1:
            return [Paragraph(para_line(R("No year 1 actions.")), s["small"])]
        if n < len(year1):
            more_text = wording.tr("Report", "… and %n more in the full report.", len(year1) - n)
            return [Paragraph(para_line(more_text), s["small"])]
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
