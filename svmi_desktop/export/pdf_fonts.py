"""Which font prints each character of the PDF: DejaVu, then bundled Noto, then a system font.

DejaVu Sans (bundled) covers Latin, Greek, Cyrillic and many symbols. The bundled Noto fonts
cover Arabic, Hebrew and the common Indic scripts; they are registered *shaped*, so reportlab
joins Arabic and forms Indic conjuncts with HarfBuzz. Anything else (Chinese, Japanese, Korean…)
is looked up among the fonts installed on the system (fontconfig's ``fc-list``, or the usual font
folders), cut down to just the characters used, converted to TrueType outlines when the font has
PostScript (CFF) ones, which reportlab cannot embed, and embedded like the others.

A character no font covers is reported by :func:`unprintable` before anything is written.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from ..domain import wording
from ..resources import resources_dir
from .pdf_base import FONT, register_fonts, tt_font

#: Bundled fallback fonts, tried in this order after DejaVu.
BUNDLED = ("Arabic", "Hebrew", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Tamil")
#: Characters that draw nothing and need no glyph (joiners, bidi marks, variation selectors).
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Zs", "Zl", "Zp", "Cs"}


def invisible(ch: str) -> bool:
    return (
        unicodedata.category(ch) in _INVISIBLE_CATEGORIES
        or "\ufe00" <= ch <= "\ufe0f"
        or "\U000e0100" <= ch <= "\U000e01ef"
    )


@functools.cache
def _cmap(path: str, index: int = 0) -> frozenset[int]:
    from fontTools.ttLib import TTFont as FontFile

    try:
        with FontFile(path, fontNumber=index, lazy=True) as font:  # closed: no leaked file
            return frozenset(font.getBestCmap() or {})
    except Exception:  # a damaged or unreadable system font is simply not a candidate
        return frozenset()


@functools.cache
def bundled_fonts() -> tuple[tuple[str, str], ...]:
    """(reportlab font name, file) of DejaVu and each bundled Noto font, registered."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    folder = resources_dir() / "fonts"
    out = [(FONT, str(folder / "DejaVuSans.ttf"))]
    for script in BUNDLED:
        path = folder / f"NotoSans{script}-Regular.ttf"
        if path.is_file():
            name = f"SVMI-Noto{script}"
            pdfmetrics.registerFont(tt_font(name, str(path), shaped=True))
            out.append((name, str(path)))
    return tuple(out)


def _font_files() -> list[tuple[str, int]]:
    """Installed font files (path, face index): fontconfig's, or those in the usual folders."""
    found = _fc_list(":")
    if found:
        return found
    folders = [
        Path("/usr/share/fonts"),
        Path.home() / ".fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
    ]
    if sys.platform == "win32":
        folders.append(Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts")
    files = []
    for folder in folders:
        if folder.is_dir():
            for p in sorted(folder.rglob("*")):
                if p.suffix.lower() in (".ttf", ".otf", ".ttc", ".otc"):
                    files.append((str(p), 0))
    return _preferred(files)


@functools.lru_cache(maxsize=1)
def system_fonts() -> tuple[tuple[str, int], ...]:
    return tuple(_font_files())


def _fc_list(pattern: str) -> list[tuple[str, int]] | None:
    """fontconfig's fonts matching ``pattern``; ``None`` without fontconfig."""
    fc_list = shutil.which("fc-list")
    if not fc_list:
        return None
    try:
        out = subprocess.run(
            [fc_list, "--format", "%{file}\t%{index}\n", pattern],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = []
    for line in out.splitlines():
        path, _, idx = line.partition("\t")
        if path.lower().endswith((".ttf", ".otf", ".ttc", ".otc")) and idx.isdigit():
            found.append((path, int(idx)))
    return _preferred(found)


def _preferred(found: list[tuple[str, int]]) -> list[tuple[str, int]]:
    # Sans faces first, regular before bold, so CJK text looks like the rest of the report.
    return sorted(set(found), key=lambda f: (("Sans" not in f[0]), ("Bold" in f[0]), f))


@functools.cache  # fonts installed while the app runs are seen after a restart
def _system_font_for(codepoint: int) -> tuple[str, int] | None:
    candidates = _fc_list(f":charset={codepoint:x}")
    for path, index in candidates if candidates is not None else system_fonts():
        if codepoint in _cmap(path, index):
            return path, index
    return None


class FontPlan:
    """The font of every character of one export, and the system fonts it had to add."""

    def __init__(self) -> None:
        self.bundled = bundled_fonts()
        self._bundled_cmaps = [(name, _cmap(path)) for name, path in self.bundled]
        self._choice: dict[str, str | None] = {}
        self._system: dict[tuple[str, int], set[str]] = {}
        self._registered: dict[tuple[str, int], str] = {}

    def font_for(self, ch: str) -> str | None:
        """The reportlab font name for ``ch`` (``None``: nothing installed can print it)."""
        if ch in self._choice:
            return self._choice[ch]
        cp = ord(ch)
        choice: str | None = None
        # DejaVu has some Arabic and Hebrew, unshaped: the shaped Noto fonts come first there
        complex_script = 0x0590 <= cp <= 0x0DFF or 0xFB1D <= cp <= 0xFEFC
        order = (
            self._bundled_cmaps[1:] + self._bundled_cmaps[:1]
            if complex_script
            else self._bundled_cmaps
        )
        for name, cmap in order:
            if cp in cmap:
                choice = name
                break
        else:
            # a system font already chosen for this export first: one look-up per script
            found = next((f for f in self._system if cp in _cmap(*f)), None) or _system_font_for(cp)
            if found is not None:
                self._system.setdefault(found, set()).add(ch)
                choice = f"system:{found[0]}:{found[1]}"
        self._choice[ch] = choice
        return choice

    def resolve(self, name: str) -> str:
        """A name from :meth:`font_for` as a registered reportlab font (system fonts subset)."""
        if not name.startswith("system:"):
            return name
        path, _, index = name[len("system:") :].rpartition(":")
        key = (path, int(index))
        if key not in self._registered:
            self._registered[key] = _register_subset(path, int(index), frozenset(self._system[key]))
        return self._registered[key]

    def prepare(self, texts: Iterable[str]) -> None:
        """See every character first, so a system font's subset holds all it must print."""
        for text in texts:
            for ch in set(text):
                if not invisible(ch):
                    self.font_for(ch)


@functools.cache  # the same characters of the same font: subset and converted once
def _register_subset(path: str, index: int, chars: frozenset[str]) -> str:
    """Subset a system font to ``chars``, make its outlines TrueType, register it; its name."""
    from fontTools import subset
    from fontTools.ttLib import TTFont as FontFile
    from reportlab.pdfbase import pdfmetrics

    font = FontFile(path, fontNumber=index)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    # the space too: a space inside a run of this font is drawn in it
    subsetter.populate(unicodes={ord(c) for c in chars} | {0x20, 0xA0})
    subsetter.subset(font)
    if "CFF " in font:
        _cff_to_glyf(font)
    # Each subset gets a name of its own: reportlab keys embedded faces by their PostScript
    # name, so two subsets of one system font must not share it.
    key = f"{path}:{index}:{''.join(sorted(chars))}".encode("utf-8", "surrogatepass")
    digest = hashlib.sha1(key).hexdigest()[:10]
    name = f"SVMI-System-{digest}"
    table = font["name"]
    family = f"SVMISystem{digest}"
    for name_id in (1, 4, 6):
        table.setName(family, name_id, 3, 1, 0x409)
        table.setName(family, name_id, 1, 0, 0)
    buf = io.BytesIO()
    font.save(buf)
    font.close()  # the system font file: not left open
    if name not in pdfmetrics.getRegisteredFontNames():
        buf.seek(0)
        pdfmetrics.registerFont(tt_font(name, buf, shaped=False))
    return name


def _cff_to_glyf(font: object) -> None:
    """PostScript outlines to quadratic TrueType ones (fontTools' otf2ttf recipe)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    assert hasattr(font, "getGlyphOrder")
    f: object = font
    glyph_order = f.getGlyphOrder()  # type: ignore[attr-defined]
    glyph_set = f.getGlyphSet()  # type: ignore[attr-defined]
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    tables = f  # the TTFont behaves as a mapping of tables
    tables["loca"] = newTable("loca")  # type: ignore[index]
    tables["glyf"] = glyf  # type: ignore[index]
    for tag in ("CFF ", "VORG"):
        if tag in tables:  # type: ignore[operator]
            del tables[tag]  # type: ignore[attr-defined]
    maxp = tables["maxp"]  # type: ignore[index]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones",):
        setattr(maxp, attr, 1)
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    tables["head"].glyphDataFormat = 0  # type: ignore[index]
    post = tables["post"]  # type: ignore[index]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    f.sfntVersion = "\x00\x01\x00\x00"  # type: ignore[attr-defined]


def unprintable(plan: FontPlan, fields: Iterable[tuple[str, str]]) -> list[str]:
    """One plain sentence per field holding a character no installed font can print."""
    out = []
    for field, text in fields:
        bad = sorted({ch for ch in text if not invisible(ch) and plan.font_for(ch) is None})
        if bad:
            shown = ", ".join(f"{ch} (U+{ord(ch):04X})" for ch in bad[:3])
            more = f" and {len(bad) - 3} more" if len(bad) > 3 else ""
            out.append(
                wording.trf(
                    "Report",
                    "%1 holds %2%3, which no font on this computer can print: the PDF shows a blank "
                    "box there (the HTML report and the workbook keep it).",
                    field,
                    shown,
                    more,
                )
            )
    return out
