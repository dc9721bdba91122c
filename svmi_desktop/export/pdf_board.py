"""The one-page board summary: the organisation, the overall levels, the radar, the level table
and as many year-1 actions as fit, then "… and N more in the full report"."""

from __future__ import annotations

from typing import Any

from ..domain import wording
from . import since_last_time, workshop_record  # issues 14, 15
from .pdf_radar import radar_drawing
from .pdf_text import para_markup, user_para
from .report_text import t, target_label
from .summary import Facts, overall_text, year_actions
from .text import one_line

#: Board summary: how much of each action and of the organisation name is shown.
BOARD_ACTION_CHARS = 220
BOARD_NAME_CHARS = 160


def board_story(facts: Facts, s: dict[str, Any], width: float, height: float) -> list[Any]:
    """One page, whatever the input: the action list is cut with "and N more" to fit, and a
    final shrink-to-fit guards against pathological text (a 10,000-character name)."""
    from reportlab.platypus import KeepInFrame, Paragraph, Spacer

    from .report import _level_table, heading

    a, ev = facts.assessment, facts.evaluation
    years = a.workshop.horizon_years
    year1 = year_actions(facts.plan, 1)
    head: list[Any] = [
        heading(t("SVMI self-assessment – board summary"), s["h1"]),
        user_para(a.organisation.name, s["big"], limit=BOARD_NAME_CHARS),
        Paragraph(
            para_markup(
                wording.trf("Report", "Workshop %1", a.workshop.date.isoformat()), line=True
            )
            + f" · {para_markup(wording.now_label(), line=True)} "
            f"<b>{para_markup(overall_text(ev.present), line=True)}</b> → "
            f"{para_markup(wording.future_label(years), line=True)} "
            f"<b>{para_markup(overall_text(ev.future), line=True)}</b>",
            s["body"],
        ),
        radar_drawing(ev, facts, width, 240),
        Spacer(1, 4),
        _level_table(ev, years, s, width, compact=True),
        *since_last_time.board_flowables(facts, s),  # issue 14
        *workshop_record.board_lines(facts, s),  # issue 15: evidence completeness
        Paragraph(para_markup(t("Year 1 actions"), line=True), s["h2"]),
    ]

    items: list[Any] = []
    for item in year1:
        target = target_label(item)
        parts = [item.theme, one_line(item.action, BOARD_ACTION_CHARS)]
        if target:
            parts.append(f"({target})")  # "(Leader (stretch))": stretch said here too
        if item.owner.strip():
            parts.append("– " + one_line(item.owner, 60))
        items.append(user_para(" ".join(parts), s["small"], line=True, bullet="•"))

    def more(n: int) -> list[Any]:
        if not year1:
            return [Paragraph(para_markup(t("No year 1 actions."), line=True), s["small"])]
        if n < len(year1):
            return [
                Paragraph(
                    para_markup(
                        wording.trf("Report", "… and %1 more in the full report.", len(year1) - n),
                        line=True,
                    ),
                    s["small"],
                )
            ]
        return []

    def used(flowables: list[Any]) -> float:
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
