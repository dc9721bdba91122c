"""Which cell holds a lone surrogate, when a sheet's XML cannot be parsed because of one.

A lone surrogate (``"\\ud800"``) typed into a cell by a program that writes it as a character
reference (openpyxl writes ``&#55296;``) or as WTF-8 bytes makes the sheet invalid XML, so the
XML parser stops with a line and column but no cell. Rather than call such a workbook
"damaged", :func:`find_unstorable` looks for the character in the worksheets and the shared
strings and returns the sheet, the cell and the cell's text, so that the refusal is the entry
rules' own one-line message naming the cell (issue 9: one rule, one message).

Only called after the pre-flight check (``preflight.py``) has bounded every part's real size.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from posixpath import join, normpath

#: A numeric character reference, or the WTF-8 bytes of a surrogate (U+D800–U+DFFF).
_REFERENCE = re.compile(rb"&#(x[0-9a-fA-F]{1,8}|[0-9]{1,10});|\xed[\xa0-\xbf][\x80-\xbf]")
_CELL = re.compile(rb"<c\b([^>]*)>")
_REF_ATTR = re.compile(rb'\br="([A-Z]{1,3}[0-9]{1,7})"')
_TEXT = re.compile(rb"<t\b[^>]*>(.*?)</t>", re.S)
_ENTITIES = {b"lt": "<", b"gt": ">", b"amp": "&", b"quot": '"', b"apos": "'"}


@dataclass(frozen=True)
class Unstorable:
    sheet: str
    cell: str
    text: str

    @property
    def where(self) -> str:
        return f"{self.sheet}!{self.cell}"


def find_unstorable(data: bytes) -> Unstorable | None:
    """The first cell (by sheet order) whose text holds a lone surrogate, or ``None``."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        sheets = _sheets(zf)
        shared = zf.read("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in zf.namelist() else b""
        bad_string = _first_bad(shared)
        for sheet, member in sheets:
            xml = zf.read(member)
            at = _first_bad(xml)
            if at is not None:
                start = _cell_start(xml, at)
                if start is not None:
                    return Unstorable(sheet, *_cell_text(xml, start))
            if bad_string is not None:
                index = (
                    shared.count(b"<si>", 0, bad_string) + shared.count(b"<si ", 0, bad_string) - 1
                )
                found = _shared_cell(xml, index)
                if found:
                    return Unstorable(sheet, found, _decode(_si_text(shared, bad_string)))
    except (KeyError, OSError, ValueError, zipfile.BadZipFile):
        return None
    return None


def _sheets(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, zip member) in workbook order, read with patterns (the parts are small)."""
    rels: dict[bytes, str] = {}
    for tag in re.finditer(rb"<Relationship\b[^>]*>", zf.read("xl/_rels/workbook.xml.rels")):
        attrs = _attrs(tag.group(0))
        if b"Id" in attrs and b"Target" in attrs:
            rels[attrs[b"Id"]] = attrs[b"Target"].decode()
    out: list[tuple[str, str]] = []
    for tag in re.finditer(rb"<sheet\b[^>]*>", zf.read("xl/workbook.xml")):
        attrs = _attrs(tag.group(0))
        target = rels.get(attrs.get(b"r:id", b""))
        if target is not None and b"name" in attrs:
            member = target.lstrip("/") if target.startswith("/") else normpath(join("xl", target))
            out.append((_decode(attrs[b"name"]), member))
    return out


def _attrs(tag: bytes) -> dict[bytes, bytes]:
    return dict(re.findall(rb'([\w:]+)="([^"]*)"', tag))


def _first_bad(xml: bytes) -> int | None:
    for m in _REFERENCE.finditer(xml):
        if m.group(1) is None or 0xD800 <= _number(m.group(1)) <= 0xDFFF:
            return m.start()
    return None


def _number(ref: bytes) -> int:
    return int(ref[1:], 16) if ref[:1] == b"x" else int(ref)


def _cell_start(xml: bytes, at: int) -> int | None:
    start = xml.rfind(b"<c ", 0, at)
    return start if start >= 0 else None


def _cell_text(xml: bytes, start: int) -> tuple[str, str]:
    head = _CELL.match(xml, start)
    ref = _REF_ATTR.search(head.group(1)) if head else None
    end = xml.find(b"</c>", start)
    body = xml[start : end if end >= 0 else len(xml)]
    return (ref.group(1).decode() if ref else "?"), _decode(b"".join(_TEXT.findall(body)))


def _si_text(shared: bytes, at: int) -> bytes:
    start = max(shared.rfind(b"<si>", 0, at), shared.rfind(b"<si ", 0, at))
    end = shared.find(b"</si>", at)
    return b"".join(_TEXT.findall(shared[start : end if end >= 0 else len(shared)]))


def _shared_cell(xml: bytes, index: int) -> str | None:
    wanted = b"<v>%d</v>" % index
    for m in _CELL.finditer(xml):
        if b't="s"' in m.group(1) and xml.startswith(wanted, m.end()):
            ref = _REF_ATTR.search(m.group(1))
            return ref.group(1).decode() if ref else None
    return None


def _decode(raw: bytes) -> str:
    """XML text with its references resolved as Excel would (a surrogate kept as it is)."""

    def ref(m: re.Match[bytes]) -> bytes:
        if m.group(1) is None:
            return m.group(0)
        code = _number(m.group(1))
        return chr(code).encode("utf-8", "surrogatepass") if code <= 0x10FFFF else b""

    text = _REFERENCE.sub(ref, raw).decode("utf-8", "surrogatepass")
    return re.sub(r"&(lt|gt|amp|quot|apos);", lambda m: _ENTITIES[m.group(1).encode()], text)
