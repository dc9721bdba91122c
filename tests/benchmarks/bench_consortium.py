"""Consortium benchmark (issue 14): 500 generated workbooks from 43 bodies over 3 rounds.

The folder is generated once (all 500 workbooks distinct, written by the app's own exporter)
and kept in ``build/bench-consortium-<version>``; the figure is the time to read and aggregate
it in a fresh interpreter, and that interpreter's peak memory (``ru_maxrss``), so nothing
imported or cached by the generator counts.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .figures import Figure

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "build" / "bench-consortium-v1"
BODIES, ROUNDS, FILES = 43, 3, 500

CHILD = """
import json, resource, sys, time
from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain.consortium import aggregate
from svmi_desktop.importing.consortium_reader import read_folder
start = time.perf_counter()
subs, refused = read_folder(sys.argv[1], IndexLibrary(None).get)
c = aggregate(subs, refused)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "files": c.main.files, "members": len(c.main.members),
                  "rounds": len(c.main.rounds), "refused": len(refused),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def ensure_folder() -> Path:
    if len(list(FOLDER.glob("*.xlsx"))) != FILES:
        from tests.consortium.generate import write_consortium

        for old in FOLDER.glob("*"):
            old.unlink()
        write_consortium(FOLDER, BODIES, ROUNDS, FILES, kind="xlsx")
    return FOLDER


def measure(folder: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)], capture_output=True, text=True, check=True,
        cwd=ROOT,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def figures(quick: bool = False) -> list[Figure]:
    import os

    folder = ensure_folder()
    runs = [measure(folder) for _ in range(1 if quick else 3)]
    load = os.getloadavg()[0]
    best = min(runs, key=lambda r: r["seconds"])
    assert best["files"] == FILES and best["members"] == BODIES and best["rounds"] == ROUNDS
    assert best["refused"] == 0
    return [
        Figure(f"Consortium: read and aggregate {FILES} workbooks ({BODIES} bodies, {ROUNDS} rounds)",
               best["seconds"], "s", 10.0, "<= 10 s"),
        Figure("Consortium: peak memory of that process", max(r["rss_mb"] for r in runs), "MB",
               300.0, "<= 300 MB"),
        Figure("Consortium: load average while measuring (1 min; 2 cores)", load, "", None,
               "(information)"),
    ]
