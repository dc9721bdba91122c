"""Compiling ``.ts`` to ``.qm`` with Qt's ``pyside6-lrelease`` (no Qt import: a subprocess)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path


def lrelease() -> str | None:
    """The ``pyside6-lrelease`` beside this Python, or on PATH; ``None`` if there is none."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease")


def build(ts: Path, qm: Path) -> Path:
    """Compile ``ts`` into ``qm`` (raises ``OSError`` or ``CalledProcessError`` on failure)."""
    exe = lrelease()
    if exe is None:
        raise FileNotFoundError("pyside6-lrelease is not installed")
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([exe, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    return qm


def is_fresh(ts: Path, qm: Path) -> bool:
    return qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime


def build_all(folder: Path) -> list[Path]:
    """Compile every stale ``svmi_*.ts`` in ``folder`` beside itself; returns what was built."""
    built = []
    for ts in sorted(folder.glob("svmi_*.ts")):
        qm = ts.with_suffix(".qm")
        if not is_fresh(ts, qm):
            built.append(build(ts, qm))
    return built
