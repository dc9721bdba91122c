"""File names from organisation names: valid on Windows, macOS and Linux, inside the folder."""

from __future__ import annotations

import datetime as dt
import ntpath
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from svmi_desktop.errors import SvmiError
from svmi_desktop.export.filenames import (
    FALLBACK,
    MAX_NAME,
    export_name,
    inside,
    is_reserved,
    safe_stem,
)

DAY = dt.date(2026, 11, 10)
CORPUS = [
    "CON",
    "con",
    "aux.txt",
    "COM1",
    "lpt9.tar.gz",
    "NUL ",
    "CONIN$",
    "COM¹",
    "trailing dot.",
    "trailing space ",
    "Police / Crime",
    "..\\..\\x",
    "../../etc/passwd",
    "a:b",
    "x" * 300,
    "🙂🙂🙂",
    "🙂 Happy Police 🙂",
    "",
    "   ",
    "...",
    "\x00\x1f\r\n",
    'a<b>c"d|e?f*g',
    ".hidden",
    "Heddlu Gogledd Cymru – Ŵyŷ âł é £ €",
    "ŵ" * 200,
    "東京都" * 60,
]
WINDOWS_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def valid_everywhere(name: str) -> bool:
    return (
        0 < len(name) <= MAX_NAME
        and len(name.encode("utf-8")) <= 255
        and not WINDOWS_BAD.search(name)
        and not name.endswith((".", " "))
        and not name.startswith((".", " "))
        and not is_reserved(name)
        and name not in (".", "..")
    )


@pytest.mark.parametrize("org", CORPUS)
@pytest.mark.parametrize("kind", ["xlsx", "pdf", "board", "eml", "json"])
def test_corpus_gives_valid_names_inside_the_folder(tmp_path, org, kind):
    name = export_name(org, DAY, kind)
    assert valid_everywhere(name), name
    assert name.endswith(
        {"xlsx": ".xlsx", "pdf": ".pdf", "board": ".pdf", "eml": ".eml", "json": ".svmi.json"}[kind]
    )
    path = inside(tmp_path, name)
    assert path.parent == tmp_path.resolve()
    path.write_bytes(b"ok")  # the file system accepts it
    if sys.version_info >= (3, 13):
        assert not ntpath.isreserved(name)


@pytest.mark.parametrize("org", CORPUS)
def test_stems_alone_are_never_reserved_or_empty(org):
    stem = safe_stem(org)
    assert valid_everywhere(stem), stem


def test_examples():
    assert safe_stem("CON") == "_CON"
    assert safe_stem("aux.txt") == "_aux.txt"
    assert safe_stem("Police / Crime") == "Police - Crime"
    assert safe_stem("..\\..\\x") == "x"
    assert safe_stem("../../etc/passwd") == "etc - passwd"
    assert safe_stem("a:b") == "a - b"
    assert safe_stem("trailing dot.") == "trailing dot"
    assert safe_stem("🙂") == FALLBACK
    assert safe_stem("Heddlu Gogledd Cymru – Ŵyŷ âł é £ €") == "Heddlu Gogledd Cymru – Ŵyŷ âł é"
    assert (
        export_name("Northshire Police", DAY, "board")
        == "Northshire Police – SVMI 2026-11-10 – board summary.pdf"
    )
    assert len(export_name("x" * 300, DAY, "xlsx")) == MAX_NAME


@pytest.mark.parametrize("name", ["..", "../x", "a/b", "/etc/passwd", ""])
def test_inside_refuses_escapes(tmp_path, name):
    with pytest.raises(SvmiError):
        inside(tmp_path, name)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_a_valid_name(org):
    assert valid_everywhere(export_name(org, DAY, "pdf"))
