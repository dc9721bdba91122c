"""The PDF report (A4), drawn with reportlab; the board summary is in :mod:`.pdf_board`.

Every user string reaches a Paragraph only through :func:`.pdf_text.user_para` (escaped,
control characters removed, each character in a font that has it, right-to-left text laid out
and shaped), and is never put in a ``color=``, ``href=`` or ``src=`` attribute, so markup in a
note prints as typed and can never become a link, an image or code (reportlab CVE-2023-33733,
CVE-2019-19450, CVE-2020-28463). Every font is embedded: DejaVu Sans, the bundled Noto fonts and,
for scripts neither has (CJK), a subset of a font found on the system.

reportlab cannot write tagged PDF, so the PDF is made as navigable as it allows: a bookmark
(outline entry) for every section and theme, tables read cell by cell in ``pdftotext`` (the
action plan puts each action's text on its own full-width row), and a first page that points
to the HTML file, the accessible version. Table rows never split across pages; headers repeat.

The story is built by one function per section, listed in :data:`SECTIONS`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..domain import wording
from ..domain.levels import Level
from ..domain.scoring import Evaluation
from . import palette, since_last_time, workshop_record  # issues 14, 15
from .pdf_base import FONT, numbered_canvas, register_fonts, styles
from .pdf_fonts import FontPlan, unprintable
from .pdf_radar import radar_drawing
from .pdf_text import bulleted, font_plan, para_markup, user_para
from .report_text import (
    accessible_note,
    cover_rows,
    has_stretch,
    overall_line,
    overall_sentence,
    plan_headers,
    status_label,
    t,
    target_label,
    user_fields,
    why_lines,
)
from .summary import Facts, biggest_gaps, overall_text
from .text import one_line, shorten

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

Styles = dict[str, Any]
Section = Callable[[Facts, Styles, float], list[Any]]


def font_plan_for(facts: Facts) -> FontPlan:
    """The fonts of this export, chosen once from every string it prints."""
    plan = FontPlan()
    plan.prepare(text for _, text in user_fields(facts))
    plan.prepare([facts.index.title, *(th.title for th in facts.index.themes)])
    return plan


def printing_problems(facts: Facts) -> list[str]:
    """Before writing: one sentence per field holding a character no font can print."""
    return unprintable(font_plan_for(facts), user_fields(facts))


def report_pdf(facts: Facts, *, board: bool = False) -> bytes:
    """The full report, or (``board=True``) the one-page board summary, as PDF bytes."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    rl_config.trustedHosts = []  # never fetch a URL, whatever a string says
    register_fonts()
    a = facts.assessment
    org = one_line(a.organisation.name, 200)
    kind = t("board summary") if board else t("self-assessment report")
    with font_plan(font_plan_for(facts)):
        buf = io.BytesIO()
        doc = _doc_class()(
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
            lang=_document_language(),
        )
        s = styles()
        footer = f"SVMI {kind} – {shorten(org, 70)}"
        story = _story(facts, s, doc.width, doc.height, board)
        doc.build(story, canvasmaker=numbered_canvas(footer))
    return buf.getvalue()


def _document_language() -> str:
    """The PDF's /Lang: the catalogue's "en-GB" entry ("cy-GB" in Welsh); the first language's
    for a bilingual document (issue 11)."""
    languages = wording.parts()
    if languages is None:
        return wording.tr("Report", "en-GB")
    with wording.using(languages[0]):
        return wording.tr("Report", "en-GB")


def _story(facts: Facts, s: Styles, width: float, height: float, board: bool) -> list[Any]:
    """The whole document in the current language; a bilingual export (issue 11) has it
    whole in each language in turn, Welsh first, each from a new page."""
    from reportlab.platypus import PageBreak

    def one() -> list[Any]:
        if board:
            from .pdf_board import board_story

            return list(board_story(facts, s, width, height))
        return [f for section in SECTIONS for f in section(facts, s, width)]

    languages = wording.parts()
    if languages is None:
        return one()
    story: list[Any] = []
    for n, language in enumerate(languages):
        if n:
            story.append(PageBreak())
        with wording.using(language):
            story += one()
    return story


def _doc_class() -> type:
    """A document template that bookmarks every :func:`heading` as it is laid out."""
    from reportlab.platypus import SimpleDocTemplate

    class OutlinedDoc(SimpleDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:
            outline = getattr(flowable, "svmi_outline", None)
            if outline is None:
                return
            level, title, key = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
            self.canv.showOutline()

    return OutlinedDoc


_keys = iter(range(1, 1 << 30))


def heading(text: str, style: Any, level: int = 0, user_text: bool = False) -> Flowable:
    """A heading with a bookmark in the PDF's outline (``level`` 0: section, 1: theme)."""
    from reportlab.platypus import Paragraph

    p = (
        user_para(text, style, line=True)
        if user_text
        else Paragraph(para_markup(text, line=True), style)
    )
    p.svmi_outline = (level, one_line(text, 120), f"h{next(_keys)}")
    p.keepWithNext = 1
    return p


# --- sections ------------------------------------------------------------------------------
def cover_section(facts: Facts, s: Styles, width: float) -> list[Any]:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    a = facts.assessment
    label_now, now, label_future, future = overall_line(facts)
    return [
        Spacer(1, 40),
        heading(t("Social Value Maturity Index"), s["title"]),
        Paragraph(para_markup(t("Self-assessment report"), line=True), s["h1"]),
        Spacer(1, 18),
        user_para(a.organisation.name, s["org"], line=True),
        _pairs_table(cover_rows(facts), s, width),
        Spacer(1, 20),
        Paragraph(
            f"{para_markup(label_now, line=True)}: <b>{para_markup(now, line=True)}</b>; "
            f"{para_markup(label_future, line=True)}: <b>{para_markup(future, line=True)}</b>.",
            s["big"],
        ),
        Spacer(1, 16),
        Paragraph(para_markup(accessible_note(), line=True), s["body"]),
        PageBreak(),
    ]


def summary_section(facts: Facts, s: Styles, width: float) -> list[Any]:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    ev = facts.evaluation
    out: list[Any] = [
        heading(t("Summary"), s["h1"]),
        radar_drawing(ev, facts, min(width, 440), 300),
        Spacer(1, 8),
        _level_table(ev, facts.assessment.workshop.horizon_years, s, width),
        Spacer(1, 6),
        Paragraph(para_markup(overall_sentence(facts), line=True), s["body"]),
    ]
    gaps = biggest_gaps(ev)
    if gaps:
        out.append(Paragraph(para_markup(t("The biggest steps planned:"), line=True), s["body"]))
        for r in gaps:
            out.append(
                Paragraph(
                    para_markup(
                        f"{r.theme.title}: {wording.level_name(r.present.level)} → "
                        f"{wording.level_name(r.future.level)}",
                        line=True,
                    ),
                    bulleted(s["body"]),
                    bulletText="•",
                )
            )
    out.append(PageBreak())
    return out


def since_last_time_section(facts: Facts, s: Styles, width: float) -> list[Any]:
    """Issue 14: a re-assessment's page "since last time" (nothing without a baseline)."""
    from reportlab.platypus import PageBreak

    out = since_last_time.report_flowables(facts, s, width)
    return [*out[1:], PageBreak()] if out else []  # its own page, between summary and why


def why_section(facts: Facts, s: Styles, width: float) -> list[Any]:
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph

    years = facts.assessment.workshop.horizon_years
    out: list[Any] = [heading(t("Why this level"), s["h1"])]
    for r in facts.evaluation.themes:
        block: list[Any] = [heading(f"{r.theme.code} {r.theme.title}", s["h2"], level=1)]
        for lines in why_lines(r, years):
            block.append(
                Paragraph(
                    f"<b>{para_markup(lines.label, line=True)}:</b> "
                    f"{para_markup(lines.sentence, line=True)}",
                    s["body"],
                )
            )
            for cid, text in lines.failed:
                block.append(user_para(f"{cid}: {text}", s["small"], bullet="•"))
            if lines.unanswered:
                block.append(Paragraph(para_markup(lines.unanswered, line=True), s["small"]))
        out.append(KeepTogether(block))
    out.append(PageBreak())
    return out


def plan_section(facts: Facts, s: Styles, width: float) -> list[Any]:
    from reportlab.platypus import Paragraph

    out: list[Any] = [heading(t("Action plan by year"), s["h1"])]
    years = facts.plan.by_year()
    if not years:
        out.append(
            Paragraph(
                para_markup(
                    t("No actions: every theme is already at its future level."), line=True
                ),
                s["body"],
            )
        )
    for year, items in years.items():
        due = max(i.due for i in items)
        out.append(
            heading(
                wording.trf("Report", "Year %1 (by %2)", year, due.isoformat()), s["h2"], level=1
            )
        )
        out.append(_action_table(facts, items, s, width))
        if has_stretch(items):
            out.append(Paragraph(para_markup(wording.stretch_note(), line=True), s["small"]))
    return out


def notes_section(facts: Facts, s: Styles, width: float) -> list[Any]:
    from reportlab.platypus import Paragraph

    a = facts.assessment
    out: list[Any] = [heading(t("Notes"), s["h1"])]
    noted = [th for th in facts.index.themes if a.notes.get(th.code, "").strip()]
    if not noted:
        out.append(Paragraph(para_markup(t("No notes were recorded."), line=True), s["body"]))
    for th in noted:
        out.append(heading(f"{th.code} {th.title}", s["h2"], level=1))
        out.append(user_para(a.notes[th.code], s["body"]))
    return out


def workshop_record_section(facts: Facts, s: Styles, width: float) -> list[Any]:
    """The room's record (issue 15): time per theme, views as counts, evidence, decisions."""
    return workshop_record.pdf_story(facts, s, width)


def participants_section(facts: Facts, s: Styles, width: float) -> list[Any]:
    from reportlab.platypus import Paragraph

    out: list[Any] = [heading(t("Participants"), s["h1"])]
    if not facts.assessment.workshop.participants:
        out.append(
            Paragraph(para_markup(t("No participants were recorded."), line=True), s["body"])
        )
    else:
        out.append(_participants(facts, s, width))
    return out


#: The report's sections in order; add one with a function and a line here.
SECTIONS: list[Section] = [
    cover_section,
    summary_section,
    since_last_time_section,
    why_section,
    plan_section,
    notes_section,
    workshop_record_section,
    participants_section,
]


# --- tables --------------------------------------------------------------------------------
def _grid(header: bool = True) -> list[Any]:
    from reportlab.lib.colors import HexColor

    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # even an empty cell: never Helvetica
        ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#BFBFBF")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), HexColor("#" + palette.HEADER_FILL)))
    return style


def _pairs_table(rows: list[tuple[str, str]], s: Styles, width: float) -> Flowable:
    from reportlab.platypus import Paragraph, Table, TableStyle

    data = [
        [Paragraph(para_markup(k, line=True), s["cellb"]), user_para(v, s["cell"], line=True)]
        for k, v in rows
    ]
    table = Table(data, colWidths=[width * 0.28, width * 0.72], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _level_table(
    ev: Evaluation, years: int, s: Styles, width: float, compact: bool = False
) -> Flowable:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    cell, cellb = s["cell"], s["cellb"]
    head = [t("Theme"), wording.now_label(), wording.future_label(years)]
    data: list[list[Any]] = [[Paragraph(para_markup(h, line=True), cellb) for h in head]]
    style = _grid()
    style += [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 if compact else 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 if compact else 3),
    ]

    def level_para(level: Level | None, text: str, bold: bool = False) -> Paragraph:
        ink = palette.ink(level) if level is not None else "000000"  # None: not answered yet
        st = ParagraphStyle("lv", parent=cellb if bold else cell, textColor=HexColor("#" + ink))
        return Paragraph(para_markup(text, line=True), st)

    def fill(col: int, row: int, level: Level | None) -> None:
        if level is not None:  # a theme not answered yet has no level colour
            style.append(
                ("BACKGROUND", (col, row), (col, row), HexColor("#" + palette.fill(level)))
            )

    def shown(tl: Any) -> tuple[Level | None, str]:
        text = wording.theme_level_text(tl.level, tl.incomplete, tl.not_answered_yet)
        return (None if tl.not_answered_yet else tl.level), text

    for row, r in enumerate(ev.themes, start=1):
        data.append(
            [
                Paragraph(para_markup(f"{r.theme.code} {r.theme.short}", line=True), cell),
                level_para(*shown(r.present)),
                level_para(*shown(r.future)),
            ]
        )
        fill(1, row, shown(r.present)[0])
        fill(2, row, shown(r.future)[0])
    last = len(data)
    data.append(
        [
            Paragraph(f"<b>{para_markup(t('Overall (mean)'), line=True)}</b>", cell),
            level_para(ev.present.level, overall_text(ev.present), bold=True),
            level_para(ev.future.level, overall_text(ev.future), bold=True),
        ]
    )
    fill(1, last, ev.present.level)
    fill(2, last, ev.future.level)
    style.append(("LINEABOVE", (0, last), (-1, last), 1.2, HexColor("#333333")))
    table = Table(
        data, colWidths=[width * 0.4, width * 0.3, width * 0.3], hAlign="LEFT", repeatRows=1
    )
    table.setStyle(TableStyle(style))
    return table


def _action_table(facts: Facts, items: Any, s: Styles, width: float) -> Flowable:
    """One header row, then per action a full-width row of its text (so ``pdftotext`` never
    interleaves it with another column) above a row of its theme, target, owner, due, status."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, TableStyle

    from .pdf_tables import whole_row_table

    cell, cellb, small = s["cell"], s["cellb"], s["small"]
    head = plan_headers()
    head = [head[0], *head[2:]]  # the action's own row is headed by it
    header = [Paragraph(para_markup(h, line=True), cellb) for h in head]
    rows: list[list[list[Any]]] = []
    for item in items:
        action: list[Any] = [user_para(item.action, cellb)]
        if item.note.strip():
            action.append(user_para(t("Note:") + " " + item.note, small))
        if item.criterion:
            action.append(Paragraph(para_markup(item.criterion, line=True), small))
        meta = [
            user_para(facts.index.theme(item.theme).short, cell),
            Paragraph(para_markup(target_label(item), line=True), cell),
            user_para(item.owner, cell),
            Paragraph(item.due.isoformat(), cell),
            Paragraph(para_markup(status_label(item), line=True), cell),
        ]
        rows.append([[action, "", "", "", ""], meta])
    fractions = [0.26, 0.2, 0.22, 0.16, 0.16]
    style = _grid()  # its header row is shaded already
    table = whole_row_table(header, rows, [width * f for f in fractions], style)
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.0, HexColor("#333333"))]))
    return table


def _participants(facts: Facts, s: Styles, width: float) -> Flowable:
    from reportlab.platypus import Paragraph

    from .pdf_tables import whole_row_table

    people = facts.assessment.workshop.participants
    named = any(p.name.strip() for p in people)
    head = [t("Role"), t("Name")] if named else [t("Role")]
    header = [Paragraph(para_markup(h, line=True), s["cellb"]) for h in head]
    rows = []
    for p in people:
        row = [user_para(p.role, s["cell"])]
        if named:
            row.append(user_para(p.name, s["cell"]))
        rows.append([row])
    widths = [width * 0.6, width * 0.4] if named else [width]
    return whole_row_table(header, rows, widths, _grid())
