"""Shared set-up of the PDFs: the embedded font, paragraph styles, a canvas that numbers pages
"Page N of M", and the A4 document of the smaller PDFs (pack, comparison, consortium).
"""

from __future__ import annotations

import functools
import inspect
from typing import IO, Any

from ..domain import wording
from ..resources import font_path

FONT = "SVMI-DejaVuSans"
FONT_BOLD = "SVMI-DejaVuSans-Bold"
_fonts_ready = False


@functools.cache
def _shaping_keyword() -> str:
    """reportlab 4.3 calls TTFont's shaping switch ``shaped`` (off by default); later ones (4.5.1
    and 5.1.0 checked) call it ``shapable`` (on by default, where uharfbuzz is installed)."""
    from reportlab.pdfbase.ttfonts import TTFont

    return "shapable" if "shapable" in inspect.signature(TTFont.__init__).parameters else "shaped"


def tt_font(name: str, file: str | IO[bytes], *, shaped: bool) -> Any:
    """A reportlab TrueType font, shaped with HarfBuzz or not, the same on every reportlab we
    support: say which, since the default changed (DejaVu stays unshaped, as on 4.3)."""
    from reportlab.pdfbase.ttfonts import TTFont

    return TTFont(name, file, **{_shaping_keyword(): shaped})


def is_shaped(font: Any) -> bool:
    """Whether reportlab shapes this registered font's text (4.3: ``isShaped``; later:
    ``shapable``)."""
    return bool(getattr(font, "isShaped", getattr(font, "shapable", False)))


def register_fonts() -> None:
    global _fonts_ready
    if _fonts_ready:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    pdfmetrics.registerFont(tt_font(FONT, str(font_path(bold=False)), shaped=False))
    pdfmetrics.registerFont(tt_font(FONT_BOLD, str(font_path(bold=True)), shaped=False))
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, name)
    _fonts_ready = True


def styles() -> dict[str, Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=9.5,
        leading=13,
        splitLongWords=1,
        spaceAfter=4,
        bulletFontName=FONT,  # list bullets in the embedded font, never Helvetica (issue 13)
    )
    grey = HexColor("#555555")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=grey),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle(
            "cellb", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=28, spaceAfter=10
        ),
        "org": ParagraphStyle(
            "org", parent=base, fontName=FONT_BOLD, fontSize=16, leading=21, spaceAfter=14
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=4,
            spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "big": ParagraphStyle(
            "big", parent=base, fontName=FONT_BOLD, fontSize=12, leading=16, spaceAfter=6
        ),
    }


def numbered_canvas(footer: str) -> Any:
    """A canvas class that writes the footer and "Page N of M" on each page as it ends.

    Pages are written as they are made (not held back to learn the count), so bookmarks point
    at their own page; "Page N of M" is a form drawn on each page and defined once the count is
    known, when the document is saved.
    """
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT
            kwargs["initialFontSize"] = 9
            super().__init__(*args, **kwargs)
            self._numbered = 0

        def showPage(self) -> None:
            self._footer()
            super().showPage()

        def _footer(self) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(HexColor("#555555"))
            self._draw_footer_text(footer)
            self.translate(width - 51, 28)
            self.doForm(f"svmi-page-{self._pageNumber}")
            self._numbered = self._pageNumber
            self.restoreState()

        def save(self) -> None:
            total = self._numbered
            for n in range(1, total + 1):
                self.beginForm(f"svmi-page-{n}")
                self.setFont(FONT, 8)
                self.setFillColor(HexColor("#555555"))
                self.drawRightString(0, 0, wording.trf("Report", "Page %1 of %2", n, total))
                self.endForm()
            super().save()

        def _draw_footer_text(self, text: str) -> None:
            """The footer in any script: escaped and shaped like all user text."""
            from reportlab.lib.styles import ParagraphStyle

            from .pdf_text import user_para

            style = ParagraphStyle(
                "footer", fontName=FONT, fontSize=8, leading=10, textColor=HexColor("#555555")
            )
            p = user_para(text, style, line=True)
            _, h = p.wrap(340, 40)
            p.drawOn(self, 51, 36 - h)

    return NumberedCanvas


def document(
    buf: IO[bytes],
    title: str,
    margins_mm: tuple[float, float, float, float],
    landscape_page: bool = False,
    **meta: Any,
) -> Any:
    """An A4 ``SimpleDocTemplate`` writing to ``buf``: fonts registered, no URL ever fetched
    (``trustedHosts``), the app as its creator. ``margins_mm``: left, right, top, bottom;
    ``meta``: more of reportlab's document keywords (author, subject)."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from .. import __version__

    rl_config.trustedHosts = []
    register_fonts()
    left, right, top, bottom = margins_mm
    return SimpleDocTemplate(
        buf,
        pagesize=landscape(A4) if landscape_page else A4,
        leftMargin=left * mm,
        rightMargin=right * mm,
        topMargin=top * mm,
        bottomMargin=bottom * mm,
        title=title,
        creator=f"SVMI Desktop {__version__}",
        lang="en-GB",
        **meta,
    )


def table_style(commands: list[Any]) -> Any:
    """A ``TableStyle`` whose cells are all in the embedded font: reportlab sets each cell's font
    as it draws it (an empty cell, or one holding a paragraph, too), Helvetica unless told, and
    Helvetica is never embedded (issue 13: every font of every PDF is)."""
    from reportlab.platypus import TableStyle

    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands])
