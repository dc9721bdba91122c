"""The workshop record: what the room captured, for the PDF report, board summary and workbook.

Computed once here (:func:`record`) and drawn by :func:`pdf_story`, :func:`board_lines` and
:func:`write_sheet`. Views are counts only (never who said what); notes of dissent are shown
without names because none are asked for. A session run without the room adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain import room_wording, wording
from ..domain.agenda import minutes_for
from ..domain.capture import Completeness, Evidence, Item, ItemKind, evidence_completeness
from ..domain.votes import Column, disagreements_first
from .pdf_base import table_style
from .summary import Facts
from .text import para_line, para_text

if TYPE_CHECKING:
    from typing import Any as Worksheet  # an XlsxWriter worksheet

    from .workbook_cells import SheetWriter

SHEET = "Workshop Record"
_CTX = "WorkshopRecord"


def tr(text: str) -> str:
    return wording.tr(_CTX, text)


@dataclass(frozen=True)
class CriterionLine:
    criterion_id: str
    agreed: str
    views: str  # returned files' counts, "" when none
    vote: str  # the silent vote's counts, "" when none
    dissent: str
    evidence: Evidence


@dataclass(frozen=True)
class ThemeRecord:
    code: str
    title: str
    planned_minutes: int
    spent_seconds: int
    completeness: Completeness
    lines: tuple[CriterionLine, ...]  # disagreements first
    items: tuple[Item, ...]


def record(facts: Facts) -> tuple[ThemeRecord, ...]:
    """One entry per theme, or none when the room was not used in this session."""
    a = facts.assessment
    room = a.room
    if room.is_empty:
        return ()
    codes = tuple(t.code for t in facts.index.themes)
    out = []
    for theme in facts.index.themes:
        ids = [c.id for c in theme.asked]
        tallies = {cid: room.spread_of(cid).plus(_vote_tally(a, cid)) for cid in ids}
        order = disagreements_first(ids, tallies, {cid: a.answer(cid).present for cid in ids})
        lines = []
        for cid in order:
            spread = room.spread_of(cid, Column.PRESENT)
            vote = room.vote(cid, Column.PRESENT)
            evidence = room.evidence.get(cid, Evidence())
            dissent = room.dissent.get(cid, "")
            if spread.is_empty and vote is None and evidence.is_empty and not dissent:
                continue
            lines.append(
                CriterionLine(
                    cid,
                    room_wording.answer_word(a.answer(cid).present),
                    room_wording.tally_text(spread) if not spread.is_empty else "",
                    room_wording.tally_text(vote.tally) if vote else "",
                    dissent,
                    evidence,
                )
            )
        out.append(
            ThemeRecord(
                code=theme.code,
                title=theme.title,
                planned_minutes=minutes_for(room.agenda, theme.code, codes),
                spent_seconds=room.time_spent.get(theme.code, 0),
                completeness=evidence_completeness(theme, a.answers, room.evidence),
                lines=tuple(lines),
                items=room.items_of(theme.code),
            )
        )
    return tuple(out)


def _vote_tally(a: Any, cid: str) -> Any:
    from ..domain.votes import Tally

    vote = a.room.vote(cid, Column.PRESENT)
    return vote.tally if vote else Tally()


def overall_completeness(themes: tuple[ThemeRecord, ...]) -> Completeness | None:
    if not themes:
        return None
    return Completeness(
        "",
        sum(t.completeness.with_evidence for t in themes),
        sum(t.completeness.claimed for t in themes),
    )


# --- PDF ------------------------------------------------------------------------------------


def pdf_story(facts: Facts, s: dict[str, Any], width: float) -> list[Any]:
    """The report's "Workshop record" section (nothing when the room was not used)."""
    from reportlab.platypus import Paragraph

    themes = record(facts)
    if not themes:
        return []
    story: list[Any] = [
        Paragraph(tr("Workshop record"), s["h1"]),
        Paragraph(
            tr(
                "Views are counts: how many said yes, no or not sure, from returned personal "
                "files and silent votes in the room. No one's individual answers are recorded. "
                "The agreed answer is the room's decision."
            ),
            s["small"],
        ),
        Paragraph(tr("Time per theme"), s["h2"]),
        _table(
            [tr("Theme"), tr("Planned"), tr("Spent"), tr("Evidence")],
            [
                [
                    f"{t.code} {t.title}",
                    room_wording.minutes_text(t.planned_minutes),
                    room_wording.spent_text(t.spent_seconds) if t.spent_seconds else "–",
                    room_wording.completeness_text(t.completeness),
                ]
                for t in themes
            ],
            s,
            width,
            (0.40, 0.14, 0.12, 0.34),
        ),
    ]
    for t in themes:
        if not t.lines and not t.items:
            continue
        story.append(Paragraph(f"{para_line(t.code)} {para_line(t.title)}", s["h2"]))
        if t.lines:
            story.append(
                _table(
                    [
                        tr("Criterion"),
                        tr("Agreed now"),
                        tr("Returned files"),
                        tr("Vote"),
                        tr("Dissent"),
                        tr("Evidence (owner, date)"),
                    ],
                    [
                        [
                            line.criterion_id,
                            line.agreed,
                            line.views,
                            line.vote,
                            line.dissent,
                            _evidence_text(line.evidence),
                        ]
                        for line in t.lines
                    ],
                    s,
                    width,
                    (0.11, 0.10, 0.16, 0.16, 0.21, 0.26),
                )
            )
        for kind in ItemKind:
            items = [i for i in t.items if i.kind is kind]
            if items:
                story.append(
                    Paragraph(f"<b>{para_line(room_wording.item_kind_plural(kind))}</b>", s["body"])
                )
                story += [Paragraph(para_text(i.text), s["body"], bulletText="•") for i in items]
    return story


def _evidence_text(e: Evidence) -> str:
    parts = [e.what.strip()]
    extra = ", ".join(p for p in (e.owner.strip(), e.date.isoformat() if e.date else "") if p)
    if extra:
        parts.append(f"({extra})")
    return " ".join(p for p in parts if p)


def _table(
    head: list[str],
    rows: list[list[str]],
    s: dict[str, Any],
    width: float,
    shares: tuple[float, ...],
) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table

    data = [[Paragraph(para_line(h), s["cellb"]) for h in head]]
    data += [[Paragraph(para_text(c), s["cell"]) for c in row] for row in rows]
    table = Table(data, colWidths=[width * f for f in shares], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#BFBFBF")),
                ("BACKGROUND", (0, 0), (-1, 0), HexColor("#EDEDED")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def board_lines(facts: Facts, s: dict[str, Any]) -> list[Any]:
    """The board summary's evidence-completeness line (nothing when the room was not used)."""
    from reportlab.platypus import Paragraph

    themes = record(facts)
    total = overall_completeness(themes)
    if total is None:
        return []
    weakest = sorted(
        (t for t in themes if t.completeness.percent is not None),
        key=lambda t: (t.completeness.percent or 0, t.code),
    )[:3]
    text = wording.trf(_CTX, "Evidence: %1.", room_wording.completeness_text(total))
    if weakest:
        least = ", ".join(f"{t.code} {t.completeness.percent}%" for t in weakest)
        text += " " + wording.trf(_CTX, "Least evidenced: %1.", least)
    return [Paragraph(para_line(text), s["small"])]


# --- workbook -------------------------------------------------------------------------------


def write_sheet(writer: SheetWriter, ws: Worksheet) -> None:
    """The workbook's "Workshop Record" sheet (the caller adds it only when the room was used)."""
    themes = record(writer.f)
    writer.title(ws, 1, tr("Workshop record"))
    writer.text(ws, 2, 1, tr("Views are counts only; no one's individual answers are recorded."))
    row = 4
    writer.header(ws, row, [tr("Theme"), tr("Planned (min)"), tr("Spent (min:s)"), tr("Evidence")])
    for t in themes:
        row += 1
        writer.text(ws, row, 1, f"{t.code} {t.title}")
        writer.number(ws, row, 2, t.planned_minutes)
        writer.text(ws, row, 3, room_wording.spent_text(t.spent_seconds))
        writer.text(ws, row, 4, room_wording.completeness_text(t.completeness))
    row += 2
    writer.header(
        ws,
        row,
        [
            tr("Criterion"),
            tr("Agreed now"),
            tr("Returned files"),
            tr("Vote"),
            tr("Dissent"),
            tr("Evidence"),
            tr("Evidence owner"),
            tr("Evidence date"),
        ],
    )
    for t in themes:
        for line in t.lines:
            row += 1
            writer.text(ws, row, 1, line.criterion_id)
            writer.text(ws, row, 2, line.agreed)
            writer.text(ws, row, 3, line.views)
            writer.text(ws, row, 4, line.vote)
            writer.text(ws, row, 5, line.dissent, f"the dissent on {line.criterion_id}")
            writer.text(ws, row, 6, line.evidence.what, f"the evidence for {line.criterion_id}")
            writer.text(ws, row, 7, line.evidence.owner)
            if line.evidence.date:
                writer.date(ws, row, 8, line.evidence.date)
    row += 2
    writer.header(ws, row, [tr("Theme"), tr("Kind"), tr("Text")])
    for t in themes:
        for item in t.items:
            row += 1
            writer.text(ws, row, 1, t.code)
            writer.text(ws, row, 2, room_wording.item_kind_label(item.kind))
            writer.text(ws, row, 3, item.text, f"an item of theme {t.code}")
    writer.page(ws, {"A": 26, "B": 14, "C": 24, "D": 30, "E": 30, "F": 36, "G": 20, "H": 14})
