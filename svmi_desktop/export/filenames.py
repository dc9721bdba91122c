"""File names made from an organisation's name, valid on Windows, macOS and Linux.

Rules (Microsoft "Naming Files, Paths, and Namespaces"; cpython ``ntpath.isreserved``):
no ``< > : " / \\ | ? *``, no control characters, no reserved device names (CON, PRN, AUX,
NUL, COM0-9, LPT0-9 and their superscript forms, CONIN$, CONOUT$) with or without an
extension, no trailing dots or spaces, no leading dots, at most 80 characters (and 200 UTF-8
bytes, well inside the 255-byte limit of ext4, APFS and NTFS), never empty. Letters of any
script are kept, so "Heddlu Gogledd Cymru – Ŵyŷ" stays readable; symbols such as emoji are
dropped.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from pathlib import Path

from ..errors import SvmiError

MAX_NAME = 80
MAX_NAME_BYTES = 200
FALLBACK = "SVMI assessment"

_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{dev}{n}" for dev in ("COM", "LPT") for n in ("0123456789¹²³")
}
# Punctuation that is safe in file names everywhere and keeps names readable.
_KEEP = set(" -_.,()&'+–—")
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"[-_ ]*[/\\|:]+[-_ ]*")

#: What each export is called after the organisation and date.
SUFFIXES = {
    "xlsx": ".xlsx",
    "pdf": ".pdf",
    "html": ".html",
    "board": " – board summary.pdf",
    "eml": ".eml",
    "json": ".svmi.json",
}


def safe_stem(text: str, limit: int = MAX_NAME) -> str:
    """A readable, portable stem made from ``text`` (the fallback if nothing usable is left)."""
    text = unicodedata.normalize("NFC", text)
    text = _DASHES.sub(" - ", text)  # "Police / Crime" -> "Police - Crime"
    out: list[str] = []
    kept = False  # was the previous character kept? A mark (U+FE0F too) follows its base
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in _KEEP or cat[0] in "LN" or (cat[0] == "M" and kept):
            out.append(ch)
            kept = ch not in _KEEP or cat[0] in "LN"
        elif cat[0] == "Z" or ch in "\t\n\r":
            out.append(" ")
            kept = False
        else:
            kept = False
    stem = _SPACES.sub(" ", "".join(out))
    stem = re.sub(r"\.{2,}", ".", stem).lstrip(" .-_").rstrip(" .")
    stem = _cut(stem, limit).rstrip(" .")
    if not stem:
        return FALLBACK
    if is_reserved(stem):
        stem = "_" + stem
    return stem


def is_reserved(name: str) -> bool:
    """True for Windows device names, also with an extension ("aux.txt", "com1.tar.gz")."""
    base = name.split(".", 1)[0].rstrip(" ").upper()
    return base in _RESERVED


def export_name(organisation: str, day: _dt.date, kind: str) -> str:
    """``"<organisation> – SVMI <date><suffix>"``, at most 80 characters in all."""
    suffix = f" – SVMI {day.isoformat()}{SUFFIXES[kind]}"
    stem = safe_stem(organisation, MAX_NAME - len(suffix))
    name = stem + suffix
    assert len(name) <= MAX_NAME and not is_reserved(name), name
    return name


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refusing any name that would land outside ``folder``."""
    root = Path(folder).resolve()
    target = (root / name).resolve()
    if target.parent != root or name in ("", ".", ".."):
        raise SvmiError(f"the file name {name!r} would not be inside {root}")
    return target


def _cut(text: str, limit: int) -> str:
    text = text[:limit]
    while len(text.encode("utf-8")) > MAX_NAME_BYTES:
        text = text[:-1]
    return text
