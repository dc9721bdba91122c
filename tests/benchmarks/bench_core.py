"""Benchmark: `svmi evaluate` of a complete public-sector file, cold, in a fresh process.

Goal (issue 2): under 0.3 s on a 2-core machine. Prints figures; it is not a test.
Run: .venv/bin/python -m tests.benchmarks.bench_core
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from svmi_desktop.catalog import load_index
from svmi_desktop.formats import assessment_file
from tests.benchmarks.figures import Figure
from tests.core.surrey import surrey_assessment

GOAL_SECONDS = 0.3


def measure(runs: int = 15) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = assessment_file.write(
            Path(tmp) / "surrey.svmi.json", surrey_assessment(load_index("public-sector"))
        )
        cmd = [
            sys.executable,
            "-c",
            "from svmi_desktop.cli.main import run; run()",
            "evaluate",
            str(path),
        ]
        subprocess.run(cmd, check=True, capture_output=True)  # warm the OS file cache, not Python
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(cmd, check=True, capture_output=True)
            times.append(time.perf_counter() - start)
        bare = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            bare.append(time.perf_counter() - start)
    return {
        "evaluate_median_s": statistics.median(times),
        "evaluate_max_s": max(times),
        "python_startup_median_s": statistics.median(bare),
    }


def figures(quick: bool = False) -> list[Figure]:
    r = measure(runs=5 if quick else 15)
    return [
        Figure(
            "svmi evaluate, cold (median)",
            r["evaluate_median_s"] * 1000,
            "ms",
            GOAL_SECONDS * 1000,
            "< 300 ms",
        ),
        Figure(
            "python -c pass, for scale (median)",
            r["python_startup_median_s"] * 1000,
            "ms",
            None,
            "(information)",
        ),
    ]


def main() -> None:
    r = measure()
    verdict = "meets" if r["evaluate_median_s"] < GOAL_SECONDS else "MISSES"
    print(
        f"svmi evaluate (cold, fresh process): median {r['evaluate_median_s'] * 1000:.0f} ms, "
        f"max {r['evaluate_max_s'] * 1000:.0f} ms; goal < {GOAL_SECONDS * 1000:.0f} ms: {verdict}"
    )
    print(f"  (bare python startup: {r['python_startup_median_s'] * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
