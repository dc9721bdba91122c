"""A comparison of two sessions on its own, as a PDF and a workbook (``svmi compare``).

The same section the report and the workbook gain for a re-assessment
(:mod:`.since_last_time`), headed with the organisation and the two dates.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from ..domain import wording
from ..domain.assessment import Assessment
from ..domain.progress import SinceLastTime
from . import since_last_time
from .text import one_line, para_line


@dataclass(frozen=True)
class _Workshop:
    horizon_years: int


@dataclass(frozen=True)
class _Assessment:
    workshop: _Workshop


@dataclass(frozen=True)
class ComparisonFacts:
    """What the section builders read: the summary and the later session's horizon."""

    since: SinceLastTime
    assessment: _Assessment
    organisation: str


def comparison_facts(since: SinceLastTime, now: Assessment) -> ComparisonFacts:
    return ComparisonFacts(
        since, _Assessment(_Workshop(now.workshop.horizon_years)), now.organisation.name
    )


def comparison_pdf(facts: ComparisonFacts) -> bytes:
    from reportlab.platypus import Paragraph

    from .pdf_base import document, numbered_canvas, styles

    org = one_line(facts.organisation, 200)
    title = wording.trf("SinceLastTime", "SVMI comparison – %1", org)
    buf = io.BytesIO()
    doc = document(buf, title, (18, 18, 16, 18))
    s = styles()
    story = [Paragraph(para_line(title), s["h1"])]
    story += since_last_time.report_flowables(facts, s, doc.width)[1:]  # [0] is a page break
    doc.build(story, canvasmaker=numbered_canvas(title))
    return buf.getvalue()


def comparison_workbook(facts: ComparisonFacts) -> bytes:
    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(
        buf, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    )
    since_last_time.add_xlsxwriter_sheet(book, facts)
    book.close()
    return buf.getvalue()
