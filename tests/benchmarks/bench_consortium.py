"""Consortium benchmark (issue 14): 500 generated workbooks from 43 bodies over 3 rounds.

The folder is generated once (all 500 workbooks distinct, written by the app's own exporter)
and kept in ``build/bench-consortium-<version>``; the figure is the time to read and aggregate
it in a fresh interpreter (best of 3), that run's CPU time (less disturbed by the other work on
a shared machine than wall time) and the interpreter's peak memory (``ru_maxrss``), so nothing
imported or cached by the generator counts. The load average is printed beside them.
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
import json, os, resource, sys, threading, time
from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.domain.consortium import aggregate
from svmi_desktop.importing.consortium_reader import read_folder

def tree_rss(root):
    parents, rss = {}, {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                stat = open(f"/proc/{d}/stat").read()
                parents[int(d)] = int(stat.rsplit(")", 1)[1].split()[1])
                rss[int(d)] = int(open(f"/proc/{d}/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except (OSError, ValueError, IndexError):
                pass
    total = 0
    for pid in rss:
        p = pid
        while p in parents and p != root:
            p = parents[p]
        if p == root:
            total += rss[pid]
    return total

peak, done = [0], threading.Event()
def sample():
    while not done.wait(0.05):
        peak[0] = max(peak[0], tree_rss(os.getpid()))
threading.Thread(target=sample, daemon=True).start()
start = time.perf_counter()
subs, refused = read_folder(sys.argv[1], IndexLibrary(None).get, workers=int(sys.argv[2]))
c = aggregate(subs, refused)
seconds = time.perf_counter() - start
done.set()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": seconds, "files": c.main.files, "members": len(c.main.members),
                  "rounds": len(c.main.rounds), "refused": len(refused),
                  "cpu_seconds": usage.ru_utime + usage.ru_stime,
                  "rss_mb": max(peak[0] / 1e6, usage.ru_maxrss / 1024)}))
"""


def ensure_folder() -> Path:
    if len(list(FOLDER.glob("*.xlsx"))) != FILES:
        from tests.consortium.generate import write_consortium

        for old in FOLDER.glob("*"):
            old.unlink()
        write_consortium(FOLDER, BODIES, ROUNDS, FILES, kind="xlsx")
    return FOLDER


def measure(folder: Path, workers: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), str(workers)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def figures(quick: bool = False) -> list[Figure]:
    import os

    from svmi_desktop.importing.consortium_reader import default_workers

    folder = ensure_folder()
    workers = default_workers()
    repeats = 1 if quick else 3
    serial = [measure(folder, 1) for _ in range(repeats)]
    pooled = [measure(folder, workers) for _ in range(repeats)] if workers > 1 else serial
    load = os.getloadavg()[0]
    best, reference = (
        min(pooled, key=lambda r: r["seconds"]),
        min(serial, key=lambda r: r["seconds"]),
    )
    for run in (best, reference):
        assert run["files"] == FILES and run["members"] == BODIES and run["rounds"] == ROUNDS
        assert run["refused"] == 0
    return [
        Figure(
            f"Consortium: read and aggregate {FILES} workbooks ({BODIES} bodies, {ROUNDS} "
            f"rounds), {workers} reading processes",
            best["seconds"],
            "s",
            10.0,
            "<= 10 s",
        ),
        Figure(
            "Consortium: the same in one process (reference, same run)",
            reference["seconds"],
            "s",
            None,
            "(information)",
        ),
        Figure(
            "Consortium: CPU time of the one-process run",
            reference["cpu_seconds"],
            "s",
            None,
            "(information)",
        ),
        Figure(
            "Consortium: peak memory, all processes together",
            max(r["rss_mb"] for r in pooled + serial),
            "MB",
            300.0,
            "<= 300 MB",
        ),
        Figure(
            "Consortium: load average while measuring (1 min; 2 cores)",
            load,
            "",
            None,
            "(information)",
        ),
    ]
