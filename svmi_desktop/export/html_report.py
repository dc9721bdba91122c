"""The accessible report: one self-contained HTML file, the same content as the PDF report.

Why HTML: reportlab cannot write tagged PDF, and GOV.UK's guidance prefers HTML for accessible
publishing. The file has no external resources (inline CSS, an inline SVG radar, no script, no
font or image fetched), a ``lang``, one ``h1`` and nested headings, lists, and tables with
``<th scope>``; the radar has a text alternative and the level table is its equivalent. Every
user string is escaped with :func:`html.escape` and carries ``dir="auto"`` so Arabic and Hebrew
read right to left while labels stay left to right; the browser's own fonts print every script.
A print stylesheet lays it out on A4 with table rows kept whole and headers repeated.

Sections are built by one function each, listed in :data:`SECTIONS`: a new section is a new
function and one line there.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from .. import __version__
from ..domain import wording
from ..domain.levels import Level
from . import palette
from .html_radar import radar_svg
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
    why_lines,
)
from .summary import Facts, biggest_gaps
from .text import clean_text, one_line

Section = Callable[[Facts], str]

#: Widths of the plan table's columns (theme, action, target, owner, due, status).
PLAN_COLUMNS = (
    "<colgroup>"
    + "".join(f'<col style="width:{w}%">' for w in (16, 35, 12, 13, 13, 11))
    + "</colgroup>"
)

CSS = """
:root { color: #1a1a1a; background: #ffffff; }
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 1rem;
       line-height: 1.5; max-width: 60rem; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { font-size: 1.9rem; margin: 0.5rem 0; }
h2 { font-size: 1.45rem; margin-top: 2rem; border-bottom: 2px solid #333333; }
h3 { font-size: 1.15rem; margin: 1.2rem 0 0.4rem; }
.org { font-size: 1.35rem; font-weight: bold; }
.note { border-left: 4px solid #0072B2; padding: 0.3rem 0.8rem; background: #F2F7FB; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #8C8C8C; padding: 0.3rem 0.5rem; text-align: start;
         vertical-align: top; overflow-wrap: anywhere; }
thead th, th[scope=col] { background: #E8E8E8; }
th[scope=row] { font-weight: normal; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.radar { width: 100%; max-width: 40rem; height: auto; display: block; }
.small { font-size: 0.9em; }
table.plan { table-layout: fixed; }
table.plan td, table.plan th { overflow-wrap: break-word; }
table.plan td:nth-child(5) { white-space: nowrap; }
.user { unicode-bidi: plaintext; white-space: pre-wrap; overflow-wrap: anywhere; }
footer { margin-top: 2rem; font-size: 0.9em; color: #444444; }
@media print {
  @page { size: A4; margin: 16mm 16mm 18mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { break-before: page; break-after: avoid; }
  h2.keep { break-before: auto; }
  h3 { break-after: avoid; }
  tr, li, dl.facts div { break-inside: avoid; }
  thead { display: table-header-group; }
  .radar { max-width: 12cm; }
  table.levels { break-inside: avoid; }
  table.plan { font-size: 8.5pt; }
  .note { background: none; }
}
"""


def report_html(facts: Facts, lang: str = "en-GB") -> bytes:
    """The whole report as UTF-8 HTML bytes."""
    org = one_line(facts.assessment.organisation.name, 200)
    title = wording.trf("Report", "SVMI self-assessment report – %1", org)
    body = "\n".join(section(facts) for section in SECTIONS)
    page = (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="SVMI Desktop {escape(__version__)}">\n'
        f'<title dir="auto">{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n'
        f"<main>\n{body}\n</main>\n"
        f"<footer><p>{escape(t('Made with SVMI Desktop.'))}</p></footer>\n"
        "</body>\n</html>\n"
    )
    return page.encode("utf-8")


# --- helpers -------------------------------------------------------------------------------
def user(text: str, tag: str = "span", limit: int | None = None) -> str:
    """User text, escaped, in its own direction (``dir="auto"``); line breaks kept."""
    value = one_line(text, limit) if limit is not None else clean_text(text)
    return f'<{tag} dir="auto" class="user">{escape(value)}</{tag}>'


def e(text: str) -> str:
    return escape(text)


def _level_cell(level: Level, text: str) -> str:
    style = f"background:#{palette.fill(level)};color:#{palette.ink(level)}"
    return f'<td style="{style}">{e(text)}</td>'


def _theme_level_cell(tl: Any) -> str:
    """A theme's level cell; "Not answered yet" uncoloured while only compliance is open."""
    if tl.not_answered_yet:
        return f"<td>{e(wording.not_answered_yet())}</td>"
    return _level_cell(tl.level, wording.level_text(tl.level, tl.incomplete))


# --- sections ------------------------------------------------------------------------------
def cover_section(facts: Facts) -> str:
    a = facts.assessment
    rows = "".join(
        f"<div><dt>{e(k)}</dt><dd>{user(v, limit=500)}</dd></div>" for k, v in cover_rows(facts)
    )
    label_now, now, label_future, future = overall_line(facts)
    return (
        "<header>\n"
        f"<h1>{e(t('Social Value Maturity Index'))}: {e(t('Self-assessment report'))}</h1>\n"
        f'<p class="org user" dir="auto">{e(one_line(a.organisation.name, 500))}</p>\n'
        f'<dl class="facts">{rows}</dl>\n'
        f"<p><strong>{e(label_now)}: {e(now)}</strong>; "
        f"<strong>{e(label_future)}: {e(future)}</strong>.</p>\n"
        f'<p class="note">{e(t("This HTML file is the accessible version of the report."))}</p>\n'
        "</header>"
    )


def summary_section(facts: Facts) -> str:
    ev = facts.evaluation
    years = facts.assessment.workshop.horizon_years
    rows = []
    for r in ev.themes:
        rows.append(
            f'<tr><th scope="row">{e(r.theme.code)} {user(r.theme.short)}</th>'
            + _theme_level_cell(r.present)
            + _theme_level_cell(r.future)
            + "</tr>"
        )
    _, now, _, future = overall_line(facts)
    rows.append(
        f'<tr><th scope="row"><strong>{e(t("Overall (mean)"))}</strong></th>'
        + _level_cell(ev.present.level, now)
        + _level_cell(ev.future.level, future)
        + "</tr>"
    )
    gaps = biggest_gaps(ev)
    gap_list = ""
    if gaps:
        items = "".join(
            f"<li>{user(r.theme.title)}: {e(wording.level_name(r.present.level))} → "
            f"{e(wording.level_name(r.future.level))}</li>"
            for r in gaps
        )
        gap_list = f"<p>{e(t('The biggest steps planned:'))}</p><ul>{items}</ul>"
    return (
        f'<section aria-labelledby="summary"><h2 id="summary" class="keep">{e(t("Summary"))}</h2>\n'
        f"<figure>{radar_svg(ev, years)}</figure>\n"
        f'<table class="levels"><caption>{e(t("Level of each theme"))}</caption>'
        f'<thead><tr><th scope="col">{e(t("Theme"))}</th>'
        f'<th scope="col">{e(wording.now_label())}</th>'
        f'<th scope="col">{e(wording.future_label(years))}</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>\n"
        f"<p>{e(overall_sentence(facts))}</p>\n{gap_list}</section>"
    )


def why_section(facts: Facts) -> str:
    years = facts.assessment.workshop.horizon_years
    parts = [f'<section aria-labelledby="why"><h2 id="why">{e(t("Why this level"))}</h2>']
    for r in facts.evaluation.themes:
        parts.append(f"<h3>{e(r.theme.code)} {user(r.theme.title)}</h3>")
        for lines in why_lines(r, years):
            parts.append(f"<p><strong>{e(lines.label)}:</strong> {e(lines.sentence)}</p>")
            if lines.failed:
                items = "".join(f"<li>{e(cid)}: {user(text)}</li>" for cid, text in lines.failed)
                parts.append(f'<ul class="small">{items}</ul>')
            if lines.unanswered:
                parts.append(f'<p class="small">{e(lines.unanswered)}</p>')
    parts.append("</section>")
    return "\n".join(parts)


def plan_section(facts: Facts) -> str:
    parts = [f'<section aria-labelledby="plan"><h2 id="plan">{e(t("Action plan by year"))}</h2>']
    years = facts.plan.by_year()
    if not years:
        parts.append(f"<p>{e(t('No actions: every theme is already at its future level.'))}</p>")
    for year, items in years.items():
        due = max(i.due for i in items)
        heading = wording.trf("Report", "Year %1 (by %2)", year, due.isoformat())
        head = "".join(f'<th scope="col">{e(h)}</th>' for h in plan_headers())
        rows = []
        for item in items:
            extra = ""
            if item.note.strip():
                extra += f'<br><span class="small">{e(t("Note:"))} {user(item.note)}</span>'
            if item.criterion:
                extra += f'<br><span class="small">{e(item.criterion)}</span>'
            rows.append(
                f"<tr><td>{user(facts.index.theme(item.theme).short)}</td>"
                f"<td>{user(item.action)}{extra}</td><td>{e(target_label(item))}</td>"
                f"<td>{user(item.owner)}</td><td>{e(item.due.isoformat())}</td>"
                f"<td>{e(status_label(item))}</td></tr>"
            )
        parts.append(f"<h3>{e(heading)}</h3>")
        parts.append(
            f'<table class="plan"><caption>{e(t("Actions"))}: {e(heading)}</caption>'
            f"{PLAN_COLUMNS}<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )
        if has_stretch(items):
            parts.append(f'<p class="small">{e(wording.stretch_note())}</p>')
    parts.append("</section>")
    return "\n".join(parts)


def notes_section(facts: Facts) -> str:
    a = facts.assessment
    parts = [f'<section aria-labelledby="notes"><h2 id="notes">{e(t("Notes"))}</h2>']
    noted = [th for th in facts.index.themes if a.notes.get(th.code, "").strip()]
    if not noted:
        parts.append(f"<p>{e(t('No notes were recorded.'))}</p>")
    for th in noted:
        parts.append(f"<h3>{e(th.code)} {user(th.title)}</h3>")
        parts.append(user(a.notes[th.code], tag="p"))
    parts.append("</section>")
    return "\n".join(parts)


def participants_section(facts: Facts) -> str:
    people = facts.assessment.workshop.participants
    parts = [
        f'<section aria-labelledby="people"><h2 id="people" class="keep">'
        f"{e(t('Participants'))}</h2>"
    ]
    if not people:
        parts.append(f"<p>{e(t('No participants were recorded.'))}</p>")
    else:
        named = any(p.name.strip() for p in people)
        head = f'<th scope="col">{e(t("Role"))}</th>'
        if named:
            head += f'<th scope="col">{e(t("Name"))}</th>'
        rows = "".join(
            f"<tr><td>{user(p.role)}</td>" + (f"<td>{user(p.name)}</td>" if named else "") + "</tr>"
            for p in people
        )
        parts.append(
            f"<table><caption>{e(t('Participants'))}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
        )
    parts.append("</section>")
    return "\n".join(parts)


#: The report's sections in order; add one with a function and a line here.
SECTIONS: list[Section] = [
    cover_section,
    summary_section,
    why_section,
    plan_section,
    notes_section,
    participants_section,
]

__all__ = ["SECTIONS", "accessible_note", "report_html"]
