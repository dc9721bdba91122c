"""A comparison of two sessions on its own, as a PDF and a workbook (``svmi compare``).

The same section the report and the workbook gain for a re-assessment
(:mod:`.since_last_time`), headed with the organisation and the two dates.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from .. import __version__
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
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from .pdf_base import numbered_canvas, register_fonts, styles

    rl_config.trustedHosts = []
    register_fonts()
    org = one_line(facts.organisation, 200)
    title = wording.trf("SinceLastTime", "SVMI comparison – %1", org)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        creator=f"SVMI Desktop {__version__}",
        lang="en-GB",
    )
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
