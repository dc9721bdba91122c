"""Cleaning user text on its way out: spreadsheet cells, PDF paragraphs and mail headers.

Every free-text value (organisation, facilitator, participants, notes, action owners and
notes, custom actions) passes through one of these helpers before an exporter sees it.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from ..domain.text_limits import check_length
from ..formats.cell_text import clean_text

__all__ = ["clean_text"]

# Anything a mail header or a one-line label must not contain: every control character and
# every character that str.splitlines() treats as a line break.
_LINE_BREAKING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t]+")

#: First characters that make a spreadsheet treat text as a formula or a command
#: (OWASP ASVS 1.2.10), plus the full-width equals sign some IMEs produce.
FORMULA_TRIGGERS = (
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    "\n",
    "\0",
    "\uff1d",
    "\uff0b",
    "\uff0d",
    "\uff20",
)


def one_line(text: str, limit: int | None = None) -> str:
    """Text for a header, a title or a file name: one line, no controls, spaces collapsed."""
    text = _LINE_BREAKING.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if limit is not None and len(text) > limit:
        text = text[: max(0, limit - 1)].rstrip() + "…"
    return text


def shorten(text: str, limit: int) -> str:
    """Cut ``text`` to ``limit`` characters with an ellipsis (for summaries, never for data)."""
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def check_cell_length(text: str, field: str) -> None:
    """Refuse text that Excel would cut off silently, naming the field it came from."""
    check_length(text, field)  # the one length rule and message (domain.text_limits)


def para_text(text: str) -> str:
    """User text made safe for a reportlab Paragraph: markup escaped, so it prints literally.

    ``<b>``, ``<a href>``, ``<img src>``, ``<font color>`` and ``&`` are shown as typed and
    never interpreted (reportlab CVE-2023-33733, CVE-2019-19450, CVE-2020-28463).
    """
    return escape(clean_text(text).replace("\t", " ")).replace("\n", "<br/>")


def para_line(text: str, limit: int | None = None) -> str:
    """One-line user text, escaped for a Paragraph."""
    return escape(one_line(text, limit))
