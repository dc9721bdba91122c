"""Every font of every PDF the app writes is embedded (issue 13's rule for the report, kept by
the workshop pack, the comparison and the consortium PDFs too): a reader without the font, or a
printer, never substitutes one. Checked with poppler's ``pdffonts`` on files written by the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from svmi_desktop.catalog import load_index
from svmi_desktop.formats import assessment_file

from .conftest import pick_tool


def _svmi(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from svmi_desktop.cli.main import run; run()", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _unembedded(pdf: Path) -> list[str]:
    out = subprocess.run(
        [pick_tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows, out
    # name, type…, encoding, emb, sub, uni, object, id: "emb" is the fifth from the end
    return [row[0] for row in rows if row[-5] != "yes"]


def test_the_pack_comparison_and_consortium_pdfs_embed_every_font(tmp_path, demo):
    from tests.consortium.generate import make_assessment, write_consortium

    source = assessment_file.write(tmp_path / "demo.svmi.json", demo)
    pack = tmp_path / "pack.pdf"
    assert _svmi("pack", str(source), "-o", str(pack)).returncode == 0

    index = load_index("public-sector")
    a = assessment_file.write(tmp_path / "a.svmi.json", make_assessment(index, 1, 0))
    b = assessment_file.write(tmp_path / "b.svmi.json", make_assessment(index, 1, 1))
    compare = tmp_path / "compare.pdf"
    done = _svmi("compare", str(a), str(b), "--pdf", str(compare))
    assert done.returncode == 0, done.stderr

    folder = tmp_path / "subs"
    write_consortium(folder, bodies=4, rounds=1, files=4, kind="json")
    consortium = tmp_path / "consortium.pdf"
    done = _svmi("consortium", str(folder), "--pdf", str(consortium))
    assert done.returncode == 0, done.stderr

    assert {p.name: _unembedded(p) for p in (pack, compare, consortium)} == {
        "pack.pdf": [],
        "compare.pdf": [],
        "consortium.pdf": [],
    }
