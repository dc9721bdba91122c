"""The hostile text corpus (reliability-and-security.md E1-E5), shared by every test that needs it.

One list, :data:`HOSTILE`, holds every string a user could type or paste that has hurt a
spreadsheet, a reportlab PDF, a file name or a mail header somewhere: formula and DDE prefixes
(ASVS 1.2.10), reportlab markup (CVE-2023-33733, CVE-2019-19450, CVE-2020-28463), control
characters, Windows device names, CR/LF header injection, emoji and right-to-left text. The
helpers below check the exported files for the harm itself (a ``<f>`` element, a link
annotation, an injected header), so the export tests and the end-to-end tests agree on what
"safe" means.
"""

from __future__ import annotations

import email
import io
import re
import zipfile
from email import policy
from email.message import EmailMessage, Message
from pathlib import Path

#: Excel's limit on the characters in one cell; longer text must be refused, never cut.
MAX_CELL_TEXT = 32_767

WELSH = "Heddlu Gogledd Cymru – Ŵyŷ âł é £ €"
LONG_NOTE = "Long note " + "x" * 9_990  # 10,000 characters
AT_LIMIT = "L" * MAX_CELL_TEXT
OVER_LIMIT = "O" * (MAX_CELL_TEXT + 1)

#: Formula, DDE and command prefixes: ``= + - @``, tab, CR, NUL and the full-width forms.
FORMULAS = [
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "\t=1",
    "\r=2+3",
    "\x00=1",
    "＝1",
    "-2+3",
    "=1+1",
    "=",
    "+",
    "-",
    "@",
]
#: reportlab Paragraph markup: tags, attributes that were evaluated, entities, unclosed tags.
MARKUP = [
    "<b>x</b>",
    '<a href="http://x">link</a>',
    '<img src="/etc/passwd"/>',
    "<font color=red size=72>big</font>",
    "<font color=\"[[[getattr(pow, Word('__globals__'))]]]\">x</font>",
    '<unichar code="0x1f642"/>',
    "<para>unclosed para",
    "<unclosed",
    "&amp; & fish",
    "&lt;b&gt; already escaped &#60;",
]
#: Windows device names and other names a file system refuses.
FILE_NAMES = [
    "CON",
    "aux.txt",
    "COM1",
    "lpt9.tar.gz",
    "NUL ",
    "trailing dot.",
    "..\\..\\x",
    "a:b",
    "Police / Crime",
]
#: What must never become a second mail header.
HEADERS = [
    "line1\r\nBcc: evil@example.org\rline3\nline4",
    "\nTo: victim@example.org",
    "x\u2028Bcc: y@example.org\u2029\x85z",
]
OTHER = [
    "ctl:" + "".join(chr(c) for c in range(32)) + ":end",
    "del\x7f and c1 \x80\x9f",
    "emoji 🙂 done 👩‍👩‍👧",
    "Arabic مرحبا بالعالم and Hebrew שלום עולם",
    "\u202eexe.txt",  # right-to-left override
    "'; DROP TABLE sessions; --",
    '"quoted", comma; semicolon',
]

#: The whole corpus. The first 16 entries keep their historic order (some tests rely on it).
HOSTILE: list[str] = [
    "<b>x</b>",
    '<a href="http://x">link</a>',
    '<img src="/etc/passwd"/>',
    "&amp; & fish",
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "\t=1",
    "＝1",
    "-2+3",
    "ctl:" + "".join(chr(c) for c in range(32)) + ":end",
    "emoji 🙂 done",
    "Arabic مرحبا بالعالم and Hebrew שלום עולם",
    "line1\r\nBcc: evil@example.org\rline3\nline4",
    "<font color=\"[[[getattr(pow, Word('__globals__'))]]]\">x</font>",
    "<unclosed",
]
for _item in FORMULAS + MARKUP + FILE_NAMES + HEADERS + OTHER:
    if _item not in HOSTILE:
        HOSTILE.append(_item)
del _item

#: Pieces of the corpus that must show literally in a PDF's text (pdftotext, spaces removed).
PDF_LITERAL = [
    "<b>x</b>",
    '<a href="http://x">link</a>',
    '<img src="/etc/passwd"/>',
    "&amp; & fish",
    '=HYPERLINK("http://x","y")',
    "@SUM(1)",
    "<font color=red size=72>big</font>",
    "<para>unclosed para",
    "&lt;b&gt; already escaped &#60;",
    '<unichar code="0x1f642"/>',
]


def hostile_text(i: int) -> str:
    """The whole corpus in one string, starting at item ``i`` (so each item comes first once)."""
    return " | ".join(HOSTILE[i:] + HOSTILE[:i])


# --- checks on exported files -----------------------------------------------------------------

_FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[ >/]")


#: Where the living workbook keeps its own formulas (issue 12), by sheet part: every other cell
#: is a value, so user text can never be one of them.
OWN_FORMULA_COLUMNS = {
    "xl/worksheets/sheet3.xml": set("HIJK"),  # Self Assessment helpers
    "xl/worksheets/sheet4.xml": set("ACDEFGHIJKLM"),  # Results (L, M: "not answered yet")
    "xl/worksheets/sheet5.xml": set("DEFHKL"),  # Action Plan
    "xl/worksheets/sheet7.xml": set("BCDEF"),  # Plan by Theme
}
_CELL = re.compile(rb'<c r="([A-Z]+)\d+"[^>]*?(?:/>|>(.*?)</c>)', re.S)


def formula_cells(xlsx: bytes | Path) -> list[str]:
    """Every formula (and error-typed) cell that is not one of the workbook's own formulas."""
    data = xlsx.read_bytes() if isinstance(xlsx, Path) else xlsx
    found = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = zf.read(name)
                own = OWN_FORMULA_COLUMNS.get(name, set())
                for m in _CELL.finditer(xml):
                    body = m.group(2) or b""
                    if _FORMULA_ELEMENT.search(body) and m.group(1).decode() not in own:
                        found.append(f"{name}@{m.start()}")
                if b't="e"' in xml:
                    found.append(f'{name} t="e"')
    return found


def pdf_links(data: bytes) -> list[str]:
    """Link annotations, URI actions, launch actions or embedded images in PDF bytes."""
    markers = [b"/Link", b"/URI", b"/Annot", b"/Launch", b"/JavaScript"]
    found = [m.decode() for m in markers if m in data]
    if re.search(rb"/Subtype\s*/Image", data):  # an image XObject (the page-number forms are not)
        found.append("/Image")
    return found


def parse_eml(data: bytes | Path) -> EmailMessage:
    raw = data.read_bytes() if isinstance(data, Path) else data
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def eml_defects(msg: Message) -> list[str]:
    out = [f"{msg.get_content_type()}: {d!r}" for d in msg.defects]
    for part in msg.walk():
        if part is not msg:
            out += [f"{part.get_content_type()}: {d!r}" for d in part.defects]
    return out


#: The exact top-level headers of an .eml draft (with no To address).
EML_HEADERS = ["X-Unsent", "Subject", "Date", "MIME-Version", "Content-Type"]
