"""Run the accessibility audit (tests/a11y/audit.py) and write its figures to docs/a11y-audit.md.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/a11y_audit.py [--out docs/a11y-audit.md]

The same audit runs in the test suite (tests/a11y/test_audit.py); exit status 1 if it finds any
violation.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "a11y-audit.md")
    parser.add_argument(
        "--grid",
        action="store_true",
        help="also every screen size x text size of the layout grid (issue 10; ~10 minutes)",
    )
    args = parser.parse_args(argv)

    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    from tests.a11y import audit

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as folder:
        report = audit.run_audit(Path(folder) / "data")
        grid = None
        if args.grid:
            cells = tuple((size, zoom) for size in audit.GRID_SIZES for zoom in audit.GRID_ZOOMS)
            grid = audit.run_audit(Path(folder) / "grid", cells=cells)
    totals = report.totals()
    findings = report.findings
    lines = [
        "# Accessibility audit",
        "",
        "Written by `tools/a11y_audit.py`; the same checks run in `tests/a11y/test_audit.py`",
        f"(PySide6 {pyside_version}, the app's style over Fusion, offscreen, window 1280×800, 100% text",
        "size; with `--grid`, also every screen size and text size of the layout grid, below).",
        "",
        "Checks, on every wizard page and dialog in the normal and the high-contrast theme:",
        "",
        "* **named**: visible interactive controls (and each tab) whose accessible name, as a screen",
        "  reader reads it through `QAccessible`, is not empty;",
        "* **tab stops**: Tab from the first control visits each focusable control once, in reading",
        "  order, with no trap and never onto a control scrolled out of sight;",
        "* **focus**: each focusable control changes visibly on focus (at least a one-pixel ring of",
        "  pixels changing at >= 3:1);",
        "* **targets**: clickable controls, tabs and item-view rows of at least 24×24 px;",
        "* **contrast**: colour pairs the app paints with: text >= 4.5:1, focus rings, input",
        "  borders and chart series >= 3:1 (disabled text is exempt).",
        "",
        f"**{len(set(report.pages()))} pages and {len(set(report.dialogs()))} dialogs per theme, "
        f"{totals['named']} names, {totals['tab_stops']} Tab stops, {totals['focus']} focus "
        f"checks, {totals['targets']} targets and {totals['contrast_pairs']} colour pairs: "
        f"{totals['findings']} violations.**",
        "",
        report.table(),
        "",
        f"Not audited: {audit.NOT_AUDITED}.",
        "",
        "Automated checks find less than half of the problems real users meet (DWP accessibility",
        "manual): a screen-reader, magnifier and voice-control pass is still needed per release.",
    ]
    lines += kept_sections(args.out)
    if grid is not None:
        lines += ["", *grid_section(grid)]
        findings = findings + grid.findings
    if findings:
        lines += ["", "## Violations", "", *(f"* {f}" for f in findings)]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(report.table())
    print(f"{totals['findings']} violations; written to {args.out}")
    del app
    return 1 if findings else 0


#: Sections written by hand (the AT-SPI results), kept from the file when it is written again.
KEPT = ("## What a screen reader hears",)


def kept_sections(path: Path) -> list[str]:
    """The hand-written sections of the existing file, each up to the next heading."""
    if not path.is_file():
        return []
    out: list[str] = []
    keeping = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            keeping = line.startswith(KEPT)
            if keeping:
                out.append("")
        if keeping:
            out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out


def grid_section(grid: object) -> list[str]:
    """One row per grid cell (screen size × text size × theme): the totals of its pages and
    dialogs."""
    cells: dict[str, dict[str, int]] = {}
    for tally in grid.tallies:  # type: ignore[attr-defined]
        row = cells.setdefault(
            tally.theme,
            dict.fromkeys(("pages", "named", "tab_stops", "focus", "targets", "findings"), 0),
        )
        row["pages"] += 1
        for key in ("named", "tab_stops", "focus", "targets"):
            row[key] += getattr(tally, key)
        row["findings"] += len(tally.findings)
    lines = [
        "## The layout grid (issue 10)",
        "",
        "The same checks with the window at each screen size of the layout grid and each text",
        "size, in both themes (`tools/a11y_audit.py --grid`; the suite runs the 1024×768 / 200%",
        "corner in `tests/a11y/test_audit.py`, and the layout itself under Xvfb in",
        "`tests/gui/test_layout_xvfb.py`).",
        "",
        "| theme, window, text size | pages and dialogs | named | tab stops | focus | targets | findings |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for where, row in cells.items():
        lines.append(
            f"| {where} | {row['pages']} | {row['named']} | {row['tab_stops']} | {row['focus']} "
            f"| {row['targets']} | {row['findings']} |"
        )
    pages = {row["pages"] for row in cells.values()}
    lines += [
        "",
        f"All {len(cells)} cells (window sizes × text sizes × themes, "
        f"{'/'.join(map(str, sorted(pages)))} pages and dialogs each): "
        f"{sum(row['findings'] for row in cells.values())} findings.",
    ]
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
