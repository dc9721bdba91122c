"""Checks made on a file before any parser sees it (reliability-and-security.md section 2).

Only a regular file is read (a FIFO or device is refused before it is opened). What the first
bytes say decides the route: a zip is checked for entry count, unsafe names and the workbook
part, then every part is inflated a chunk at a time with a running cap (issue 9: what really
comes out is counted, never the sizes the zip declares), its XML checked for entity
declarations, its worksheets for their cell count and its shared strings for their number; JSON
text goes to the assessment file reader; old ``.xls``, password-protected workbooks (both OLE2
compound files), PDF, OpenDocument, CSV and other text each get their own plain-English refusal.
"""

from __future__ import annotations

import enum
import io
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import FileFormatError
from ..fileio import read_regular

MAX_FILE_BYTES = 20_000_000
MAX_ENTRIES = 200
#: What the parts may really inflate to, all together (issue 9): counted while inflating each
#: part with a cap, never taken from the sizes the zip declares. The demo workbook inflates to
#: 0.1 MB; this is 400 times that, and keeps reading any file within the import's stated
#: limits (docs/proof.md: under 2 s and 200 MB).
MAX_TOTAL_UNCOMPRESSED = 40_000_000
MAX_RATIO = 100
#: Cells in all the worksheets, and strings in the shared-strings table (the demo has about
#: 1,000 cells): what the parser would hold, bounded before it runs (a 15 MB sheet of one huge
#: row took 19 s and 1 GB).
MAX_CELLS = 50_000
MAX_SHARED_STRINGS = 50_000
_CHUNK = 1 << 20
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
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block the read, a device never end
            raise FileFormatError(
                f"{name} is {_special_kind(info.st_mode)}, not a file; {ACCEPTED}"
            )
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise FileFormatError(
                f"{name} is {size / 1e6:.1f} MB; an SVMI workbook or assessment file is far "
                f"smaller (the limit is {MAX_FILE_BYTES // 1_000_000} MB)"
            )
        data = read_regular(path, MAX_FILE_BYTES)  # a FIFO swapped in after the check: refused
    except FileNotFoundError:
        raise FileFormatError(f"{path} does not exist") from None
    except PermissionError:
        raise FileFormatError(f"{name} cannot be read: permission denied") from None
    except OSError as exc:
        raise FileFormatError(f"{name} cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise FileFormatError(f"{name} is larger than {MAX_FILE_BYTES // 1_000_000} MB")
    return Checked(path, sniff(name, data), data)


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


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
        raise FileFormatError(
            f"{name} is a PDF document; PDF reports cannot be imported. {ACCEPTED}"
        )
    if data.startswith(ZIP_MAGIC):
        check_zip(name, data)
        return Kind.WORKBOOK
    if data.startswith(b"PK"):
        raise FileFormatError(
            f"{name} is damaged: it starts like a workbook but is not a complete one"
        )
    text = _as_text(data)
    if text is None:
        raise FileFormatError(
            f"{name} is not a workbook or an assessment file (unrecognised contents); {ACCEPTED}"
        )
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
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        OSError,
        ValueError,
        EOFError,
    ):
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
        names = set()
        for m in members:
            names.add(m.filename)
            if m.filename.startswith(("/", "\\")) or ".." in m.filename.replace("\\", "/").split(
                "/"
            ):
                raise FileFormatError(f"{name} contains an unsafe part name {m.filename[:60]!r}")
            _declared_limits(name, m)
        if "xl/workbook.xml" not in names:
            kind = _zip_kind(names)
            if kind.startswith("an OpenDocument"):  # issue 12: say how to make the .xlsx
                raise FileFormatError(
                    f"{name} is {kind}, not an Excel workbook; open it in "
                    "LibreOffice, save it as .xlsx (Excel 2007-365) and import that"
                )
            raise FileFormatError(f"{name} is {kind}, not an Excel workbook; {ACCEPTED}")
        _inflate_all(name, zf, members)


def _declared_limits(name: str, m: zipfile.ZipInfo) -> None:
    """Refuse at once what the zip itself says is too big (the real sizes are checked too)."""
    if m.file_size > MAX_TOTAL_UNCOMPRESSED:
        raise FileFormatError(
            f"{name} would unpack to more than {MAX_TOTAL_UNCOMPRESSED // 1_000_000} MB; "
            "it is not an SVMI workbook (possibly a zip bomb)"
        )
    if m.file_size >= RATIO_MIN_SIZE and m.file_size > MAX_RATIO * max(m.compress_size, 1):
        raise FileFormatError(
            f"{name} has a part that unpacks {m.file_size // max(m.compress_size, 1):,} times "
            "larger than it is stored; it is not an SVMI workbook (possibly a zip bomb)"
        )


def _inflate_all(name: str, zf: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """Inflate every part, a chunk at a time with a running cap (issue 9): what is counted is
    what really comes out, so a zip that lies about its sizes cannot take the memory; XML parts
    are checked for entity declarations, worksheets for their cell count and the shared strings
    for their number, before any parser sees them."""
    total = cells = strings = 0
    for m in members:
        part = m.filename
        xml = part.endswith((".xml", ".rels"))
        sheet = part.startswith("xl/worksheets/") and part.endswith(".xml")
        shared = part == "xl/sharedStrings.xml"
        real = 0
        tail = b""
        try:
            with zf.open(m) as fh:
                while chunk := fh.read(_CHUNK):
                    if (
                        real == 0
                        and xml
                        and (b"<!DOCTYPE" in chunk[:4096] or b"<!ENTITY" in chunk[:4096])
                    ):
                        raise FileFormatError(
                            f"{name} contains XML entity declarations ({_part(part)}), which no "
                            "spreadsheet program writes; it was refused as unsafe"
                        )
                    real += len(chunk)
                    total += len(chunk)
                    if total > MAX_TOTAL_UNCOMPRESSED:
                        raise FileFormatError(
                            f"{name} would unpack to more than {MAX_TOTAL_UNCOMPRESSED // 1_000_000} "
                            "MB; it is not an SVMI workbook (possibly a zip bomb)"
                        )
                    window = tail + chunk  # a tag split between two chunks is counted once
                    if sheet:
                        cells += _count_tags(window, tail, (b"<c ", b"<c>", b":c "))
                    if shared:
                        strings += _count_tags(window, tail, (b"<si>", b"<si ", b":si>", b":si "))
                    tail = chunk[-4:]
                    if cells > MAX_CELLS:
                        raise FileFormatError(
                            f"{name} has more than {MAX_CELLS:,} cells in its sheets; an SVMI "
                            "workbook has a few thousand, so it was not read"
                        )
                    if strings > MAX_SHARED_STRINGS:
                        raise FileFormatError(
                            f"{name} has more than {MAX_SHARED_STRINGS:,} different texts in its "
                            "sheets; an SVMI workbook has a few hundred, so it was not read"
                        )
        except FileFormatError:
            raise
        except (
            zipfile.BadZipFile,
            zlib.error,
            NotImplementedError,
            OSError,
            EOFError,
            ValueError,
            RuntimeError,
        ):
            raise FileFormatError(
                f"{name} is damaged: the part {_part(part)} cannot be unpacked"
            ) from None
        if real >= RATIO_MIN_SIZE and real > MAX_RATIO * max(m.compress_size, 1):
            raise FileFormatError(
                f"{name} has a part that unpacks {real // max(m.compress_size, 1):,} times "
                "larger than it is stored; it is not an SVMI workbook (possibly a zip bomb)"
            )


def _count_tags(window: bytes, tail: bytes, tags: tuple[bytes, ...]) -> int:
    """Occurrences of ``tags`` in ``window`` that do not lie wholly inside ``tail`` (counted
    with the chunk before)."""
    return sum(window.count(t) - tail.count(t) for t in tags)


def _part(member: str) -> str:
    """A part name from the zip for a one-line message: control characters shown as "?", cut."""
    text = "".join(
        "?" if ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029" else c for c in member
    )
    return text if len(text) <= 60 else text[:59] + "…"


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
