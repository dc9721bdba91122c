"""Shared set-up of the PDF report and board summary: the embedded font, paragraph styles
and a canvas that numbers pages "Page N of M".
"""

from __future__ import annotations

from typing import Any

from ..domain import wording
from ..resources import font_path

FONT = "SVMI-DejaVuSans"
FONT_BOLD = "SVMI-DejaVuSans-Bold"
_fonts_ready = False


def register_fonts() -> None:
    global _fonts_ready
    if _fonts_ready:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(FONT, str(font_path(bold=False))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path(bold=True))))
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, FONT), (1, 1, FONT_BOLD)):
        addMapping(FONT, bold, italic, name)
    _fonts_ready = True


def styles() -> dict[str, Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle(
        "body", fontName=FONT, fontSize=9.5, leading=13, splitLongWords=1, spaceAfter=4
    )
    grey = HexColor("#555555")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=grey),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                                leading=10.5, spaceAfter=0),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=22,
                                leading=28, spaceAfter=10),
        "org": ParagraphStyle("org", parent=base, fontName=FONT_BOLD, fontSize=16, leading=21,
                              spaceAfter=14),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=15, leading=19,
                             spaceBefore=4, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11, leading=14,
                             spaceBefore=8, spaceAfter=3),
        "big": ParagraphStyle("big", parent=base, fontName=FONT_BOLD, fontSize=12, leading=16,
                              spaceAfter=6),
    }


def numbered_canvas(footer: str) -> Any:
    """A canvas class that writes "Page N of M" and the footer once the page count is known."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT
            kwargs["initialFontSize"] = 9
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(HexColor("#555555"))
            self.drawString(51, 28, footer)  # a plain string: never parsed as markup
            self.drawRightString(width - 51, 28, wording.trf("Report", "Page %1 of %2", self._pageNumber, total))
            self.restoreState()

    return NumberedCanvas
