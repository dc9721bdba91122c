"""User text as reportlab flowables in any script: escaped, each character in a font that has
it, Arabic and Hebrew joined and laid out right to left.

reportlab (4.3 to 5.1) shapes text with HarfBuzz (fonts registered shaped) but, without
rlbidi, does not reorder right-to-left text. So a paragraph holding Arabic or Hebrew is broken
into lines here, in logical order, each line reordered for display with the Unicode
Bidirectional Algorithm (python-bidi) word by word, and HarfBuzz shapes each word. Each line
also carries its text as ``/ActualText``, so copy and paste and ``pdftotext`` read it back in
logical order.

Markup typed by a user is escaped before any ``<font>`` tag of ours is added, and font names
come only from the fonts registered here, never from user text.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any
from xml.sax.saxutils import escape

from .pdf_base import FONT, is_shaped
from .pdf_fonts import FontPlan, invisible
from .text import clean_text, one_line

_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RTL = re.compile(f"[{_RTL_CHARS}]")
_RTL_RUN = re.compile(f"[{_RTL_CHARS}]+")
_plan: ContextVar[FontPlan | None] = ContextVar("svmi_font_plan", default=None)


@contextlib.contextmanager
def font_plan(plan: FontPlan) -> Iterator[FontPlan]:
    """Within the block, user text is set in the fonts ``plan`` chose."""
    token = _plan.set(plan)
    try:
        yield plan
    finally:
        _plan.reset(token)


def _current() -> FontPlan:
    plan = _plan.get()
    if plan is None:
        plan = FontPlan()
        _plan.set(plan)
    return plan


def markup(text: str, base: str | None = None) -> str:
    """One line of plain text as escaped Paragraph markup, with a ``<font>`` per fallback run;
    with ``base``, the DejaVu runs are tagged with that font too (see :func:`shaped_style`)."""
    plan = _current()
    out: list[str] = []
    run: list[str] = []
    run_font = FONT

    def flush() -> None:
        if run:
            body = escape("".join(run))
            if run_font != FONT:
                out.append(f'<font name="{run_font}">{body}</font>')
            else:
                out.append(f'<font name="{base}">{body}</font>' if base else body)
            run.clear()

    for ch in text:
        font = run_font if invisible(ch) or ch == " " else (plan.font_for(ch) or FONT)
        if font != run_font:
            flush()
            run_font = font
        run.append(ch)
    flush()
    return "".join(out)  # system fonts are named "system:…" until _resolved registers them


def _resolved(markup_text: str) -> str:
    plan = _current()
    return re.sub(
        r'<font name="(system:[^"]+)">',
        lambda m: f'<font name="{plan.resolve(m.group(1))}">',
        markup_text,
    )


def para_markup(
    text: str, *, line: bool = False, limit: int | None = None, base: str | None = None
) -> str:
    """User text (multi-line, or one line when ``line``) as Paragraph markup in any script."""
    if line or limit is not None:
        return _resolved(markup(one_line(text, limit), base))
    lines = clean_text(text).replace("\t", " ").split("\n")
    return "<br/>".join(_resolved(markup(part, base)) for part in lines)


def shaped_style(text: str, style: Any) -> tuple[Any, str | None]:
    """reportlab shapes a paragraph's words with HarfBuzz only when the *style's* font is
    shaped: for text in a complex script (Arabic, Hebrew, Indic), the style takes that script's
    shaped Noto font and the DejaVu runs are tagged with the style's own font (the ``base``)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import getFont

    plan = _current()
    for ch in text:
        name = plan.font_for(ch)
        if name and not name.startswith("system:") and name != FONT and is_shaped(getFont(name)):
            return ParagraphStyle(
                f"{style.name}-shaped", parent=style, fontName=name
            ), style.fontName
    return style, None


def is_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def visual(line: str) -> str:
    """A logical line in display order, word by word: HarfBuzz then orders each RTL word."""
    from bidi import get_display

    return _RTL_RUN.sub(lambda m: m.group(0)[::-1], get_display(line))


def bulleted(style: Any) -> Any:
    """``style`` with a hanging indent, so a list item's second line starts under its text."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        f"{style.name}-bullet",
        parent=style,
        bulletIndent=style.leftIndent,
        leftIndent=style.leftIndent + 10,
    )


def user_para(
    text: str,
    style: Any,
    *,
    line: bool = False,
    limit: int | None = None,
    bullet: str | None = None,
) -> Any:
    """A flowable for user text: a Paragraph, or a right-to-left-aware one when it needs it."""
    from reportlab.platypus import Paragraph

    if bullet:
        style = bulleted(style)
    source = one_line(text, limit) if (line or limit is not None) else clean_text(text)
    if is_rtl(source) or shaped_style(source, style)[1] is not None:
        # laid out here, line by line, each line's text kept as ActualText: shaped Indic
        # glyphs (reordered vowel signs, conjuncts) have no Unicode of their own
        return LaidOutParagraph(source, style, bullet)
    kwargs = {"bulletText": bullet} if bullet else {}
    style, base = shaped_style(source, style)
    return Paragraph(para_markup(source, line=line, limit=limit, base=base), style, **kwargs)


def _widths(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    plan = _current()
    total = 0.0
    for ch in text:
        if invisible(ch) and ch != " ":
            continue
        font = plan.font_for(ch) or FONT
        total += stringWidth(ch, plan.resolve(font), size)
    return total


def break_lines(text: str, width: float, size: float) -> list[str]:
    """Greedy line breaking in logical order; a word wider than the line is cut."""
    lines: list[str] = []
    for para in text.split("\n"):
        current = ""
        for word in para.split(" "):
            candidate = f"{current} {word}" if current else word
            if _widths(candidate, size) <= width or not current:
                current = candidate
            else:
                lines.append(current)
                current = word
            while _widths(current, size) > width and len(current) > 1:
                cut = len(current) - 1
                while cut > 1 and _widths(current[:cut], size) > width:
                    cut -= 1
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
    return lines


def _laid_out_class() -> type:
    from reportlab.lib.enums import TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph
    from reportlab.platypus.flowables import Flowable

    class _Rtl(Flowable):  # type: ignore[misc]
        """Lines broken here, each drawn in display order with its logical text as ActualText."""

        def __init__(
            self, text: str, style: Any, bullet: str | None = None, lines: list[str] | None = None
        ) -> None:
            super().__init__()
            from bidi import get_base_level

            self.text, self.style, self.bullet = text, style, bullet
            self._lines = lines
            self._fixed = lines is not None  # a split part keeps its lines
            rtl = get_base_level(text) == 1
            self._line_style = ParagraphStyle(
                "rtl",
                parent=style,
                spaceBefore=0,
                spaceAfter=0,
                alignment=TA_RIGHT if rtl else TA_LEFT,
            )
            self._paras: list[tuple[str, Any, float]] = []

        def getSpaceBefore(self) -> float:
            return float(self.style.spaceBefore)

        def getSpaceAfter(self) -> float:
            return float(self.style.spaceAfter)

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            indent = self.style.leftIndent + self.style.rightIndent
            room = max(10.0, (avail_width - indent) * 0.97)
            if not self._fixed:
                self._lines = break_lines(self.text, room, self.style.fontSize)
            self._paras = []
            height = 0.0
            for i, line in enumerate(self._lines or []):
                kwargs = {"bulletText": self.bullet} if self.bullet and i == 0 else {}
                style, base = shaped_style(line, self._line_style)
                p = Paragraph(_resolved(markup(visual(line), base)), style, **kwargs)
                _, h = p.wrap(avail_width, 1e6)
                self._paras.append((line, p, h))
                height += h
            self.width, self.height = avail_width, height
            return avail_width, height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            self.wrap(avail_width, avail_height)
            used, n = 0.0, 0
            for _, _, h in self._paras:
                if used + h > avail_height:
                    break
                used += h
                n += 1
            if n == 0 or n == len(self._paras):
                return [] if n == 0 else [self]
            lines = self._lines or []
            return [
                _Rtl(self.text, self.style, self.bullet, lines[:n]),
                _Rtl(self.text, self.style, None, lines[n:]),
            ]

        def draw(self) -> None:
            from bidi import get_display

            y = self.height
            for line, p, h in self._paras:
                y -= h
                # poppler reads ActualText of right-to-left text in display order back into
                # logical order, as it does for drawn glyphs
                actual = "FEFF" + get_display(line).encode("utf-16-be").hex().upper()
                self.canv._code.append(f"/Span <</ActualText <{actual}>>> BDC")
                p.drawOn(self.canv, 0, y)
                self.canv._code.append("EMC")

    return _Rtl


class _Lazy:
    cls: type | None = None


def LaidOutParagraph(text: str, style: Any, bullet: str | None = None) -> Any:
    """A paragraph broken into lines here (right-to-left or shaped text), each line drawn in
    display order and carrying its logical text as ActualText (reportlab loaded lazily)."""
    if _Lazy.cls is None:
        _Lazy.cls = _laid_out_class()
    return _Lazy.cls(text, style, bullet)
