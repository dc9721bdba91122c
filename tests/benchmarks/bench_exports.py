"""Benchmark: all exports of the demo workshop in-process vs LibreOffice converting the workbook.

Goal (issue 5): the in-process exports (workbook, PDF report, board summary, email draft,
written atomically) are at least 10x faster than LibreOffice headless converting that same
workbook to PDF, both measured in the same run. Prints figures; it is not a test.
Run: .venv/bin/python -m tests.benchmarks.bench_exports
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from svmi_desktop.catalog import load_index
from svmi_desktop.formats import assessment_file
from svmi_desktop.resources import demo_path
from svmi_desktop.services.exports import export_all
from tests.benchmarks.figures import Figure

GOAL_RATIO = 10.0


def measure(runs: int = 5) -> dict[str, float]:
    assessment = assessment_file.read(demo_path(), load_index)
    index = load_index(assessment.index_id)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        export_all(index, assessment, root / _fresh(root, "warm"))  # imports, font parsing
        times = []
        for i in range(runs):
            folder = _fresh(root, f"run{i}")
            start = time.perf_counter()
            result = export_all(index, assessment, folder)
            times.append(time.perf_counter() - start)
        out = {"exports_s": statistics.median(times), "exports_min_s": min(times)}
        from svmi_desktop.export.summary import facts
        from svmi_desktop.export.workbook import workbook_bytes

        f = facts(index, assessment)
        book = []
        for _ in range(runs):
            start = time.perf_counter()
            workbook_bytes(f)  # the living workbook alone (issue 12: ~1,100 formulas)
            book.append(time.perf_counter() - start)
        out["workbook_s"] = statistics.median(book)
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice:
            xlsx = result.written["xlsx"]
            profile = (root / "lo-profile").as_uri()
            lo_times = []
            for i in range(max(2, runs // 2) + 1):
                outdir = _fresh(root, f"lo{i}")
                start = time.perf_counter()
                subprocess.run(
                    [
                        soffice,
                        f"-env:UserInstallation={profile}",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(outdir),
                        str(xlsx),
                    ],
                    check=True,
                    capture_output=True,
                    timeout=300,
                )
                lo_times.append(time.perf_counter() - start)
            out["lo_first_s"] = lo_times[0]  # includes creating the profile
            out["lo_s"] = statistics.median(lo_times[1:])
            out["ratio"] = out["lo_s"] / out["exports_s"]
    return out


def _fresh(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir()
    return folder


def figures(quick: bool = False) -> list[Figure]:
    m = measure(runs=3 if quick else 7)
    rows = [
        Figure(
            "Exports: all four of the demo workshop, median",
            m["exports_s"] * 1000,
            "ms",
            None,
            "(information)",
        ),
        Figure(
            "Exports: the living workbook alone, median",
            m["workbook_s"] * 1000,
            "ms",
            None,
            "(information)",
        ),
    ]
    if "ratio" in m:
        rows += [
            Figure(
                "LibreOffice headless: that workbook to PDF, median",
                m["lo_s"] * 1000,
                "ms",
                None,
                "(information)",
            ),
            Figure(
                "Exports vs LibreOffice: how many times faster",
                m["ratio"],
                "x",
                GOAL_RATIO,
                f">= {GOAL_RATIO:g}x",
                higher_is_better=True,
            ),
        ]
    else:
        rows.append(Figure("LibreOffice headless: not installed", float("nan"), "", None, ""))
    return rows


def main() -> None:
    m = measure()
    print(
        f"all exports of the demo (xlsx + pdf + board + eml), median: {m['exports_s'] * 1000:.0f} ms"
        f" (best {m['exports_min_s'] * 1000:.0f} ms); the workbook alone: {m['workbook_s'] * 1000:.0f} ms"
    )
    if "ratio" in m:
        print(f"LibreOffice headless xlsx -> pdf, first run (new profile): {m['lo_first_s']:.2f} s")
        print(f"LibreOffice headless xlsx -> pdf, median: {m['lo_s']:.2f} s")
        verdict = "meets" if m["ratio"] >= GOAL_RATIO else "MISSES"
        print(f"ratio: {m['ratio']:.1f}x faster (goal >= {GOAL_RATIO:g}x: {verdict})")
    else:
        print("LibreOffice is not installed; no ratio")


if __name__ == "__main__":
    main()
