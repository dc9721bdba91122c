"""Checks made on a file before any parser sees it (reliability-and-security.md section 2).

What the first bytes say decides the route: a zip is checked for size, entry count,
compression ratio, unsafe names, entity declarations and the workbook part; JSON text goes to
the assessment file reader; old ``.xls``, password-protected workbooks (both OLE2 compound
files), PDF, OpenDocument, CSV and other text each get their own plain-English refusal.
"""

from __future__ import annotations

import enum
import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import FileFormatError

MAX_FILE_BYTES = 20_000_000
MAX_ENTRIES = 200
MAX_TOTAL_UNCOMPRESSED = 100_000_000
MAX_RATIO = 100
#: Members smaller than this are not ratio-checked: tiny XML parts compress unevenly and
#: cannot be bombs on their own (the total cap still applies).
RATIO_MIN_SIZE = 1_000_000

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
ACCEPTED = "SVMI Desktop imports the .xlsx workbook it exports or a .svmi.json assessment file"


class Kind(enum.Enum):
    WORKBOOK = "workbook"
    JSON = "assessment file"


@dataclass(frozen=True)
class Checked:
    path: Path
    kind: Kind
    data: bytes


def check(path: Path) -> Checked:
    """Read the file (bounded) and decide what it is, or raise :class:`FileFormatError`."""
    path = Path(path)
    name = path.name
    try:
        if path.is_dir():
            raise FileFormatError(f"{path} is a folder, not a file to import")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileFormatError(
                f"{name} is {size / 1e6:.1f} MB; an SVMI workbook or assessment file is far "
                f"smaller (the limit is {MAX_FILE_BYTES // 1_000_000} MB)"
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise FileFormatError(f"{path} does not exist") from None
    except PermissionError:
        raise FileFormatError(f"{name} cannot be read: permission denied") from None
    except OSError as exc:
        raise FileFormatError(f"{name} cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise FileFormatError(f"{name} is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    return Checked(path, sniff(name, data), data)


def sniff(name: str, data: bytes) -> Kind:
    if not data:
        raise FileFormatError(f"{name} is empty (0 bytes); {ACCEPTED}")
    if data.startswith(OLE2):
        if ENCRYPTED_STREAM in data:
            raise FileFormatError(
                f"{name} is a password-protected workbook; open it in Excel, remove the password "
                "(File > Info > Protect Workbook) and save it, then import it again"
            )
        raise FileFormatError(
            f"{name} is an old Excel 97-2003 (.xls) or other Office 97 file; open it in Excel or "
            "LibreOffice, save it as an Excel workbook (.xlsx) and import that"
        )
    if data.startswith(b"%PDF"):
        raise FileFormatError(f"{name} is a PDF document; PDF reports cannot be imported. {ACCEPTED}")
    if data.startswith(ZIP_MAGIC):
        check_zip(name, data)
        return Kind.WORKBOOK
    if data.startswith(b"PK"):
        raise FileFormatError(f"{name} is damaged: it starts like a workbook but is not a complete one")
    text = _as_text(data)
    if text is None:
        raise FileFormatError(f"{name} is not a workbook or an assessment file (unrecognised contents); {ACCEPTED}")
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        return Kind.JSON
    first = stripped.split("\n", 1)[0]
    if any(sep in first for sep in (",", ";", "\t")):
        raise FileFormatError(
            f"{name} is a CSV or other plain-text table, not an Excel workbook; {ACCEPTED}"
        )
    raise FileFormatError(f"{name} is plain text, not a workbook or an assessment file; {ACCEPTED}")


def check_zip(name: str, data: bytes) -> None:
    """Refuse zip bombs and things that are zips but not workbooks, before openpyxl opens it."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, OSError, ValueError,
            EOFError):
        raise FileFormatError(
            f"{name} is damaged: it looks like a workbook but its contents are incomplete or corrupt"
        ) from None
    with zf:
        members = zf.infolist()
        if len(members) > MAX_ENTRIES:
            raise FileFormatError(
                f"{name} has {len(members):,} parts inside; an SVMI workbook has a few dozen "
                f"(the limit is {MAX_ENTRIES})"
            )
        total = 0
        names = set()
        for m in members:
            names.add(m.filename)
            if m.filename.startswith(("/", "\\")) or ".." in m.filename.replace("\\", "/").split("/"):
                raise FileFormatError(f"{name} contains an unsafe part name {m.filename[:60]!r}")
            total += m.file_size
            if total > MAX_TOTAL_UNCOMPRESSED:
                raise FileFormatError(
                    f"{name} would unpack to more than {MAX_TOTAL_UNCOMPRESSED // 1_000_000} MB; "
                    "it is not an SVMI workbook (possibly a zip bomb)"
                )
            if m.file_size >= RATIO_MIN_SIZE and m.file_size > MAX_RATIO * max(m.compress_size, 1):
                raise FileFormatError(
                    f"{name} has a part that unpacks {m.file_size // max(m.compress_size, 1):,} times "
                    "larger than it is stored; it is not an SVMI workbook (possibly a zip bomb)"
                )
        if "xl/workbook.xml" not in names:
            kind = _zip_kind(names)
            if kind.startswith("an OpenDocument"):  # issue 12: say how to make the .xlsx
                raise FileFormatError(f"{name} is {kind}, not an Excel workbook; open it in "
                                      "LibreOffice, save it as .xlsx (Excel 2007-365) and import that")
            raise FileFormatError(f"{name} is {kind}, not an Excel workbook; {ACCEPTED}")
        for m in members:
            if m.filename.endswith((".xml", ".rels")) and m.file_size:
                try:
                    head = _read_head(zf, m)
                except (zipfile.BadZipFile, zlib.error, NotImplementedError, OSError, EOFError,
                        ValueError, RuntimeError):
                    raise FileFormatError(
                        f"{name} is damaged: the part {_part(m.filename)} cannot be unpacked"
                    ) from None
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise FileFormatError(
                        f"{name} contains XML entity declarations ({_part(m.filename)}), which no "
                        "spreadsheet program writes; it was refused as unsafe"
                    )


def _part(member: str) -> str:
    """A part name from the zip for a one-line message: control characters shown as "?", cut."""
    text = "".join(
        "?" if ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029" else c for c in member
    )
    return text if len(text) <= 60 else text[:59] + "…"


def _read_head(zf: zipfile.ZipFile, member: zipfile.ZipInfo, size: int = 4096) -> bytes:
    with zf.open(member) as fh:
        return fh.read(size)


def _zip_kind(names: set[str]) -> str:
    if "xl/workbook.bin" in names:
        return "an Excel binary workbook (.xlsb)"
    if "word/document.xml" in names:
        return "a Word document"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint presentation"
    if "mimetype" in names and "content.xml" in names:
        return "an OpenDocument spreadsheet (.ods)"
    return "a zip archive"


def _as_text(data: bytes) -> str | None:
    if b"\x00" in data[:4096]:
        return None
    head = data[:4096]
    controls = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0D))
    if controls > len(head) // 100:
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
