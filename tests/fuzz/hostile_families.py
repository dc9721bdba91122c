"""The hostile file families of issue 9, made at real size: what each case is, as bytes.

Each maker takes the demo workbook or assessment file (``bases``) and returns ``(name, bytes)``;
a maker returning ``None`` for the bytes means "make a FIFO at that name". The families:
surrogates, real-size bombs (honest and lying zip sizes), wide rows and many strings, FIFOs,
dates out of range, deep nesting and huge integers.
"""

from __future__ import annotations

import base64
import io
import json
import random
import re
import struct
import zipfile
import zlib
from collections.abc import Callable

Maker = Callable[[bytes, bytes], tuple[str, bytes | None]]


def _rezip(base: bytes, replace: dict[str, bytes], *, level: int = 6) -> bytes:
    """``base`` with some members replaced (or added), deflated."""
    src = zipfile.ZipFile(io.BytesIO(base))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf:
        names = [m.filename for m in src.infolist()]
        for name in names + [n for n in replace if n not in names]:
            zf.writestr(name, replace[name] if name in replace else src.read(name))
    return out.getvalue()


def _sheet(base: bytes, n: int = 1) -> bytes:
    return zipfile.ZipFile(io.BytesIO(base)).read(f"xl/worksheets/sheet{n}.xml")


def _with_rows(sheet: bytes, rows: bytes) -> bytes:
    return re.sub(
        rb"<sheetData>.*</sheetData>|<sheetData/>",
        b"<sheetData>" + rows + b"</sheetData>",
        sheet,
        count=1,
        flags=re.S,
    )


# -- real-size bombs -------------------------------------------------------------------------


def honest_bomb(xlsx: bytes, _json: bytes) -> tuple[str, bytes]:
    """~1 MB on disk, a shared-strings part that really inflates to ~250 MB (declared honestly)."""
    body = b"<si><t>a</t></si>" * (250_000_000 // 17)
    data = _rezip(xlsx, {"xl/sharedStrings.xml": b"<sst>" + body + b"</sst>"}, level=9)
    return "honest-bomb.xlsx", data


def lying_bomb(xlsx: bytes, _json: bytes) -> tuple[str, bytes]:
    """The zip directory declares a 2 KB part that really inflates to 200 MB (sizes patched)."""
    body = b"<si><t>a</t></si>" * (200_000_000 // 17)
    data = bytearray(_rezip(xlsx, {"xl/sharedStrings.xml": b"<sst>" + body + b"</sst>"}, level=9))
    name = b"xl/sharedStrings.xml"
    for sig, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):  # local header, directory
        pos = 0
        while (pos := data.find(sig, pos)) >= 0:
            name_at = 30 if sig == b"PK\x03\x04" else 46
            if data[pos + name_at : pos + name_at + len(name)] == name:
                struct.pack_into("<I", data, pos + size_at, 2048)
            pos += 4
    return "lying-bomb.xlsx", bytes(data)


def strings_just_under_ratio(xlsx: bytes, _json: bytes) -> tuple[str, bytes]:
    """Varied shared strings (no easy ratio): 120,000 of them, ~3 MB of XML."""
    rng = random.Random(9)
    body = b"".join(b"<si><t>%x</t></si>" % rng.getrandbits(40) for _ in range(120_000))
    return "many-strings.xlsx", _rezip(xlsx, {"xl/sharedStrings.xml": b"<sst>" + body + b"</sst>"})


# -- wide rows -------------------------------------------------------------------------------


def one_huge_row(xlsx: bytes, _json: bytes) -> tuple[str, bytes]:
    """A 15 MB sheet of one row (was 19 s and 1 GB)."""
    cells = b"".join(b'<c r="A1" t="inlineStr"><is><t>%d</t></is></c>' % i for i in range(400_000))
    sheet = _with_rows(_sheet(xlsx), b'<row r="1">' + cells + b"</row>")
    return "huge-row.xlsx", _rezip(xlsx, {"xl/worksheets/sheet1.xml": sheet})


def wide_row_within_bounds(xlsx: bytes, _json: bytes) -> tuple[str, bytes]:
    """A row of 45,000 cells on the Self Assessment sheet: inside the cell bound, must be quick."""
    cells = b"".join(b'<c r="Z9"><v>%d</v></c>' % i for i in range(45_000))
    sheet = _sheet(xlsx, 3)
    sheet = sheet.replace(b"</sheetData>", b'<row r="400">' + cells + b"</row></sheetData>", 1)
    return "wide-row.xlsx", _rezip(xlsx, {"xl/worksheets/sheet3.xml": sheet})


def long_cell_text(xlsx: bytes, _json: bytes) -> tuple[str, bytes]:
    """Ten cells of 2.5 MB of text each (25 MB of XML, ~19 MB on disk): inside every bound."""
    rng = random.Random(5)
    cells = b"".join(
        b'<c r="%s1" t="inlineStr"><is><t>%s</t></is></c>'
        % (bytes([65 + i]), base64.b64encode(rng.randbytes(1_850_000)))
        for i in range(10)
    )
    sheet = _with_rows(_sheet(xlsx), b'<row r="1">' + cells + b"</row>")
    return "long-cells.xlsx", _rezip(xlsx, {"xl/worksheets/sheet1.xml": sheet}, level=1)


# -- surrogates, dates, nesting, huge integers (assessment files, and a workbook) --------------


def _json_with(change: Callable[[dict], None], name: str) -> Maker:
    def make(_xlsx: bytes, base: bytes) -> tuple[str, bytes]:
        doc = json.loads(base)
        change(doc)
        return name, json.dumps(doc).encode("utf-8")

    make.__name__ = name.split(".")[0].replace("-", "_")
    return make


def _set(path: str, value: object) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        target = doc
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        target[keys[-1]] = value

    return change


def surrogate_in_workbook(xlsx: bytes, _json: bytes) -> tuple[str, bytes]:
    """A character reference to a lone surrogate in an unread cell of the cover sheet (must
    import cleanly, with no surrogate in the result)."""
    sheet = _sheet(xlsx)
    sheet = sheet.replace(
        b"</sheetData>",
        b'<row r="90"><c r="A90" t="inlineStr"><is><t>x&#xD800;</t></is></c></row></sheetData>',
        1,
    )
    return "surrogate.xlsx", _rezip(xlsx, {"xl/worksheets/sheet1.xml": sheet})


def _cell_edit(sheet: str, cell: str, value: object, name: str) -> Maker:
    """The workbook with one visible cell set through openpyxl ("C.M1:H": the Action Plan row
    of C.M1, column H), as a person editing it in another program would (issue 12 + 9)."""

    def make(xlsx: bytes, _json: bytes) -> tuple[str, bytes]:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(xlsx))
        ws, where = wb[sheet], cell
        if ":" in cell:
            key, col = cell.split(":")
            where = col + str(next(r[0].row for r in ws.iter_rows() if r[0].value == key))
        ws[where] = value
        out = io.BytesIO()
        wb.save(out)
        return name, out.getvalue()

    make.__name__ = name.split(".")[0].replace("-", "_")
    return make


def surrogate_in_shared_note(xlsx: bytes, _json: bytes) -> tuple[str, bytes]:
    """A theme note (a shared string, as Excel and LibreOffice store text) with WTF-8 bytes of
    a lone surrogate in it."""
    strings = zipfile.ZipFile(io.BytesIO(xlsx)).read("xl/sharedStrings.xml")
    strings = re.sub(
        rb"(<si><t[^>]*>)Policy agreed",
        lambda m: m.group(1) + b"\xed\xa0\x80 agreed",
        strings,
        count=1,
    )
    return "surrogate-shared.xlsx", _rezip(xlsx, {"xl/sharedStrings.xml": strings})


def surrogate_in_answers(xlsx: bytes, _json: bytes) -> tuple[str, bytes]:
    """A lone surrogate (as a character reference) in an answer cell the reader reads."""
    sheet = _sheet(xlsx, 3)
    sheet = sheet.replace(
        b"</row>", b'<c r="Q2" t="inlineStr"><is><t>Yes&#xD800;</t></is></c></row>', 1
    )
    return "surrogate-answers.xlsx", _rezip(xlsx, {"xl/worksheets/sheet3.xml": sheet})


def deep_nesting(_xlsx: bytes, _base: bytes) -> tuple[str, bytes]:
    return "nested.svmi.json", b"[" * 200_000 + b"]" * 200_000


def huge_integer(_xlsx: bytes, base: bytes) -> tuple[str, bytes]:
    text = base.replace(b'"horizon_years": 3', b'"horizon_years": ' + b"9" * 100_000, 1)
    if text == base:
        text = base.rstrip()[:-1] + b', "x": ' + b"9" * 100_000 + b"}"
    return "huge-int.svmi.json", text


def fifo(_xlsx: bytes, _json: bytes) -> tuple[str, None]:
    return "pipe.xlsx", None


MAKERS: tuple[Maker, ...] = (
    honest_bomb,
    lying_bomb,
    strings_just_under_ratio,
    one_huge_row,
    wide_row_within_bounds,
    long_cell_text,
    surrogate_in_workbook,
    surrogate_in_shared_note,
    _cell_edit("Organisation", "B2", "Acme \udfff", "surrogate-org-cell.xlsx"),
    _cell_edit("Action Plan", "C.M1:G", "\ud83d owner", "surrogate-owner-cell.xlsx"),
    _cell_edit("Action Plan", "C.M1:H", "9995-06-01", "due-9995-cell.xlsx"),
    _cell_edit("Organisation", "B5", 2_958_000, "date-serial-9998-cell.xlsx"),
    surrogate_in_answers,
    _json_with(_set("organisation.name", "Acme \ud800"), "surrogate-name.svmi.json"),
    _json_with(_set("notes.A", "note \udfff end"), "surrogate-note.svmi.json"),
    _json_with(_set("workshop.facilitator", "\ud83d"), "surrogate-facilitator.svmi.json"),
    _json_with(_set("workshop.date", "9995-06-01"), "date-9995.svmi.json"),
    _json_with(_set("workshop.date", "1899-12-31"), "date-1899.svmi.json"),
    deep_nesting,
    huge_integer,
    fifo,
)


def deflate_ratio(data: bytes) -> float:
    """How much ``data`` shrinks when deflated (for the test's own sanity checks)."""
    return len(data) / max(len(zlib.compress(data, 9)), 1)
