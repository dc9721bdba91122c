"""Benchmark: the sessions store with 10,000 stored sessions of ~40 answers each.

Prints figures; it is not a test. Goals (issue 3): autosave of one answer "well under a frame"
(p95 <= 16 ms); listing and opening sessions fast enough to feel instant. Issue 9: one fsync per
change (counted with strace, beside the two-commit reference), closing under 2 s while another
process reads, and any import within the bounds under 2 s and 200 MB.
Run: .venv/bin/python -m tests.benchmarks.bench_storage [--sessions N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from svmi_desktop.catalog import load_index
from svmi_desktop.domain.assessment import (
    Answer,
    Assessment,
    Organisation,
    Participant,
    Workshop,
)
from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import Store
from tests.benchmarks.figures import Figure

FRAME_MS = 16.0


def session(i: int, criteria: tuple[str, ...]) -> Assessment:
    answers = {
        cid: Answer(present=(j + i) % 3 == 0 or None, future=True)
        for j, cid in enumerate(criteria[:40])
    }
    return Assessment(
        index_id="public-sector",
        index_version="2017.1",
        organisation=Organisation(f"Organisation {i:05d}", "Council", "Region"),
        workshop=Workshop(
            dt.date(2026, 1, 1) + dt.timedelta(days=i % 365),
            "Facilitator",
            (Participant("Chair", f"Person {i}"), Participant("Officer")),
        ),
        answers=answers,
        notes={"A": f"Notes for session {i}"},
    )


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(n_sessions: int, folder: Path) -> dict[str, float]:
    criteria = load_index("public-sector").asked_ids
    paths = AppPaths.under(folder)
    r: dict[str, float] = {"sessions": n_sessions}
    start = time.perf_counter()
    with Store.open(paths) as store:
        for i in range(n_sessions):
            store.create_session(session(i, criteria))
    r["create_total_s"] = time.perf_counter() - start
    r["db_mb"] = paths.database.stat().st_size / 1e6

    start = time.perf_counter()
    store = Store.open(paths)
    r["open_ms"] = (time.perf_counter() - start) * 1000
    try:
        lists = []
        for _ in range(10):
            t = time.perf_counter()
            listed = store.list_sessions()
            lists.append((time.perf_counter() - t) * 1000)
        assert len(listed) == n_sessions
        r["list_median_ms"] = statistics.median(lists)
        r["list_max_ms"] = max(lists)
        loads = []
        for sid in range(1, n_sessions + 1, max(1, n_sessions // 50)):
            t = time.perf_counter()
            store.load(sid)
            loads.append((time.perf_counter() - t) * 1000)
        r["load_median_ms"] = statistics.median(loads)
        r["load_max_ms"] = max(loads)
        sid = n_sessions // 2
        saves = []
        for k in range(400):
            cid = criteria[k % len(criteria)]
            answer = Answer(present=None, future=bool(k % 2))
            t = time.perf_counter()
            store.set_answer(sid, cid, answer)
            saves.append((time.perf_counter() - t) * 1000)
        r["save_p50_ms"] = pct(saves, 0.50)
        r["save_p95_ms"] = pct(saves, 0.95)
        r["save_p99_ms"] = pct(saves, 0.99)
        r["save_max_ms"] = max(saves)
        t = time.perf_counter()
        store.backup_now()
        r["backup_ms"] = (time.perf_counter() - t) * 1000
    finally:
        t = time.perf_counter()
        store.close()
        r["close_ms"] = (time.perf_counter() - t) * 1000
    # what a start after a crash costs: the full integrity_check
    paths.database.with_name(paths.database.name + ".open").write_text("crashed\n")
    t = time.perf_counter()
    Store.open(paths).close()
    r["open_after_crash_ms"] = (time.perf_counter() - t) * 1000
    return r


# -- issue 9: syncs per change, closing beside a reader, import bounds ----------------------


def fsyncs_per_change(folder: Path, n: int = 50) -> dict[str, float]:
    """``fsync``/``fdatasync`` calls per answer, counted by ``strace -c`` in child processes:
    the app's way (change and summary, one transaction) and, as the reference in the same run,
    the way before issue 9 (two transactions)."""
    import re
    import subprocess
    import sys

    if shutil.which("strace") is None:
        return {}
    paths = AppPaths.under(folder)
    with Store.open(paths) as store:
        store.create_session(session(0, load_index("public-sector").asked_ids))
    child = Path(__file__).with_name("fsync_child.py")

    def syncs(count: int, mode: str) -> int:
        out = subprocess.run(
            [
                "strace",
                "-f",
                "-c",
                "-e",
                "trace=fsync,fdatasync",
                sys.executable,
                str(child),
                str(folder),
                str(count),
                mode,
            ],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=Path(__file__).parents[2],
        )
        found = re.findall(
            r"^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(?:fsync|fdatasync)$", out.stderr, re.M
        )
        return sum(int(c) for c in found)

    # the baseline makes one change, and a first run creates the WAL, so that its start (its
    # header and folder are synced once when a WAL begins) is not counted against the changes
    syncs(1, "together")
    return {mode: (syncs(n + 1, mode) - syncs(1, mode)) / n for mode in ("together", "apart")}


def close_beside_reader(folder: Path) -> float:
    """Seconds :meth:`Store.close` takes while another process holds a read transaction."""
    import subprocess
    import sys

    paths = AppPaths.under(folder)
    store = Store.open(paths)
    gone = store.create_session(session(1, load_index("public-sector").asked_ids))
    store.delete_session(gone)
    code = (
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(f'file:{sys.argv[1]}?mode=ro', uri=True, isolation_level=None)\n"
        "c.execute('BEGIN'); c.execute('SELECT count(*) FROM sessions').fetchone()\n"
        "print('reading', flush=True); time.sleep(60)\n"
    )
    reader = subprocess.Popen(
        [sys.executable, "-c", code, str(paths.database)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "reading"
        t = time.perf_counter()
        store.close()
        return time.perf_counter() - t
    finally:
        reader.kill()
        reader.wait()


def import_bounds(folder: Path) -> list[tuple[str, float, float, float]]:
    """(case, file MB, seconds, peak MB) for the largest files within every import bound, read
    as the window reads them: in the capped child process."""
    import json
    import subprocess
    import sys

    from tests.fuzz.hostile_families import honest_bomb, long_cell_text, wide_row_within_bounds
    from tests.fuzz.test_import_fuzz import bases

    made = bases()
    sources = made["xlsx"][0], made["json"][0]
    rows = []
    for maker in (long_cell_text, wide_row_within_bounds, honest_bomb):
        name, data = maker(*sources)
        assert data is not None
        path = folder / name
        path.write_bytes(data)
        t = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "svmi_desktop.importing.isolated", str(path)],
            capture_output=True,
            timeout=120,
        )
        seconds = time.perf_counter() - t
        peak = json.loads(out.stdout)["peak_memory"] / 2**20
        rows.append((name, len(data) / 1e6, seconds, peak))
    return rows


def issue9_figures(folder: Path) -> list[Figure]:
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[Figure] = []
    syncs = fsyncs_per_change(folder / "fsync")
    if syncs:
        rows += [
            Figure(
                "fsyncs per answer (change + summary, one commit)",
                syncs["together"],
                "",
                1.0,
                "<= 1",
            ),
            Figure(
                "fsyncs per answer, reference: two commits",
                syncs["apart"],
                "",
                None,
                "(information)",
            ),
        ]
    rows.append(
        Figure(
            "close while another process reads",
            close_beside_reader(folder / "close"),
            "s",
            2.0,
            "< 2 s",
        )
    )
    for name, size, seconds, peak in import_bounds(folder):
        rows.append(Figure(f"import {name} ({size:.1f} MB), time", seconds, "s", 2.0, "< 2 s"))
        rows.append(Figure(f"import {name}, peak memory", peak, "MB", 200.0, "< 200 MB"))
    return rows


def figures(quick: bool = False) -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        r = measure(1000 if quick else 10_000, Path(tmp) / "data")
        extra = issue9_figures(Path(tmp) / "issue9")
    n = int(r["sessions"])
    info = "(information)"
    return [
        Figure(
            f"autosave one answer, p95 ({n:,} sessions)",
            r["save_p95_ms"],
            "ms",
            FRAME_MS,
            "<= 16 ms",
        ),
        Figure("autosave one answer, p50", r["save_p50_ms"], "ms", None, info),
        Figure(f"list {n:,} sessions (median)", r["list_median_ms"], "ms", 200.0, "<= 200 ms"),
        Figure("open one session (median)", r["load_median_ms"], "ms", FRAME_MS, "<= 16 ms"),
        Figure("open the store (quick_check)", r["open_ms"], "ms", None, info),
        Figure("open after a crash (integrity_check)", r["open_after_crash_ms"], "ms", None, info),
        Figure("verified backup", r["backup_ms"], "ms", None, info),
        *extra,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="build the database here and keep it")
    args = parser.parse_args()
    tmp = None
    if args.keep:
        folder = args.keep
    else:
        tmp = tempfile.mkdtemp()
        folder = Path(tmp) / "data"
    try:
        r = measure(args.sessions, folder)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    n = args.sessions
    print(f"sessions store, {n:,} sessions x ~40 answers ({r['db_mb']:.1f} MB database)")
    print(
        f"  creating them one transaction each: {r['create_total_s']:.1f} s "
        f"({r['create_total_s'] / n * 1000:.2f} ms per session)"
    )
    print(
        f"  Store.open (quick_check): {r['open_ms']:.0f} ms; after a crash "
        f"(integrity_check): {r['open_after_crash_ms']:.0f} ms"
    )
    print(f"  list_sessions: median {r['list_median_ms']:.1f} ms, max {r['list_max_ms']:.1f} ms")
    print(f"  load one session: median {r['load_median_ms']:.2f} ms, max {r['load_max_ms']:.2f} ms")
    print(
        f"  set_answer (one committed transaction, synchronous=FULL): p50 "
        f"{r['save_p50_ms']:.2f} ms, p95 {r['save_p95_ms']:.2f} ms, p99 {r['save_p99_ms']:.2f} ms, "
        f"max {r['save_max_ms']:.2f} ms; goal p95 <= {FRAME_MS:.0f} ms: "
        f"{'meets' if r['save_p95_ms'] <= FRAME_MS else 'MISSES'}"
    )
    print(f"  backup_now (verified): {r['backup_ms']:.0f} ms; close: {r['close_ms']:.0f} ms")


if __name__ == "__main__":
    main()
