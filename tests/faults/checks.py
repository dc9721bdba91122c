"""Is this file a complete export? Checks that need no GUI and no pdfinfo."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..hostile import eml_defects, parse_eml

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def check_xlsx(data: bytes) -> str | None:
    """None when ``data`` is a whole workbook with its svmi_data sheet, else what is wrong."""
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            bad = zf.testzip()  # every member's CRC
            if bad is not None:
                return f"member {bad} fails its CRC"
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    except Exception as exc:
        return f"does not open: {type(exc).__name__}: {exc}"
    try:
        if "svmi_data" not in wb.sheetnames:
            return "no svmi_data sheet"
        ws = wb["svmi_data"]
        ws.reset_dimensions()
        head = next(ws.iter_rows(max_row=1, max_col=3, values_only=True))
        if head[0] != "svmi-data":
            return "svmi_data does not start with its marker"
    finally:
        wb.close()
    return None


def check_pdf(data: bytes) -> str | None:
    """None when ``data`` is a whole PDF: header, ``%%EOF``, a startxref pointing at the xref."""
    if not data.startswith(b"%PDF-"):
        return "no %PDF- header"
    m = _STARTXREF.search(data[-1024:])
    if m is None:
        return "no startxref/%%EOF trailer at the end"
    offset = int(m.group(1))
    if not 0 < offset < len(data):
        return f"startxref {offset} is outside the file"
    at = data[offset : offset + 64]
    if not (at.startswith(b"xref") or re.match(rb"\d+ \d+ obj", at)):
        return f"startxref {offset} does not point at a cross-reference table"
    if b"/Type /Catalog" not in data or b"/Type /Page" not in data:
        return "no catalogue or no page"
    return None


def check_eml(data: bytes, attachments: int = 2) -> str | None:
    """None when ``data`` parses with no defects and carries whole, valid attachments."""
    try:
        msg = parse_eml(data)
    except Exception as exc:
        return f"does not parse: {type(exc).__name__}: {exc}"
    defects = eml_defects(msg)
    if defects:
        return f"defects: {defects[:3]}"
    if not data.rstrip().endswith(b"--"):
        return "the closing MIME boundary is missing"
    parts = list(msg.iter_attachments())
    if len(parts) != attachments:
        return f"{len(parts)} attachments, expected {attachments}"
    for part in parts:
        payload = part.get_content()
        name = part.get_filename() or ""
        problem = check_xlsx(payload) if name.endswith(".xlsx") else check_pdf(payload)
        if problem:
            return f"attachment {name}: {problem}"
    return None


def check(kind: str, path: Path) -> str | None:
    data = path.read_bytes()
    if kind == "xlsx":
        return check_xlsx(data)
    if kind in ("pdf", "board"):
        return check_pdf(data)
    return check_eml(data)
