"""How text is cleaned for a spreadsheet cell: one rule that the workbook writer applies and the
workbook reader needs to recognise ("the export only cleaned this text, the cell was not
changed"), so it lives here, below both (the import-linter layers)."""

from __future__ import annotations

import re

#: C0 controls except tab, LF and CR (openpyxl's ILLEGAL_CHARACTERS_RE), DEL, C1 controls,
#: lone surrogates (cannot be encoded) and the two XML non-characters.
CELL_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Multi-line text with control characters removed; line breaks normalised to ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CELL_ILLEGAL.sub("", text)
