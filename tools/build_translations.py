#!/usr/bin/env python3
"""Compile resources/translations/svmi_*.ts to .qm with pyside6-lrelease (Qt's release step).

The .qm files are build output, not committed: ``tools/test`` runs this before the tests, an
install runs it, and the app builds a missing or stale one itself (ui/i18n.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from svmi_desktop.i18n.build import build_all  # noqa: E402

if __name__ == "__main__":
    for path in build_all(ROOT / "resources" / "translations"):
        print(f"built {path.relative_to(ROOT)}")
