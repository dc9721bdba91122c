"""D9: SIGKILL at random moments during every export leaves no partial file at the final path.

A warmed-up child (``export_child.py``) forks exporters that write the demo workshop's workbook,
PDF report, board summary or email draft to the same final path over and over
(``overwrite=True``); the parent kills each at a random moment: half the runs during the whole
export (build and write), half during the write alone, so that many kills land inside
:func:`~svmi_desktop.fileio.write_atomic`. After each kill every file at a final path must be
absent (nothing written yet) or complete and valid, a file once there must stay there (the
previous export survives), and anything else in the folder must be a hidden ``.*.tmp`` file.

Runs per format: 25 (CI), 100 with ``SVMI_LONG=1`` (the D9 pass figure), or ``SVMI_FAULT_RUNS``.
``SVMI_FAULT_SEED`` replays a run.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from ..long_mode import count
from .checks import check

CHILD = Path(__file__).with_name("export_child.py")
KINDS = ("xlsx", "pdf", "board", "eml")
RUNS = count("SVMI_FAULT_RUNS", 25, 100)
TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")


class Zygote:
    def __init__(self) -> None:
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        root = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
        # The zygote's and its exporters' stderr: a file, shown if the zygote fails (never
        # pytest's inherited stderr, which a module-scoped child would write into later tests).
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115  (closed in close())
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            env=env,
            text=True,
            bufsize=1,
        )
        ready = self.read()
        assert ready.startswith("ready "), ready + self.stderr()
        self.cycle = {k: float(v) for k, v in (p.split("=") for p in ready.split()[1:])}

    def read(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"the zygote stopped (exit {self.proc.poll()}): {self.stderr()}"
        return line.strip()

    def stderr(self) -> str:
        """What the zygote and its exporters wrote on stderr so far (the last 3,000 characters)."""
        self.errors.seek(0)
        return self.errors.read().decode(errors="replace")[-3000:]

    def ask(self, *words: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write("\t".join(words) + "\n")
        self.proc.stdin.flush()
        return self.read()

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        if self.proc.stdout is not None:  # closed, or pytest's warnings-as-errors reports it
            self.proc.stdout.close()
        self.errors.close()


@pytest.fixture(scope="module")
def zygote():
    z = Zygote()
    yield z
    z.close()


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_sigkill_during_export_leaves_no_partial_file(tmp_path, zygote, kind, record_property):
    seed = int(os.environ.get("SVMI_FAULT_SEED", str(time.time_ns() % 2**32)))
    rng = random.Random(seed)
    folder = tmp_path / "out"
    folder.mkdir()
    started = time.monotonic()
    landed = {
        "before the first write": 0,
        "building": 0,
        "inside write_atomic": 0,
        "between writes": 0,
    }
    partial = absent_after_present = strays = 0
    completed_writes = max_temps = 0
    present_once = False
    problems: list[str] = []
    for run in range(RUNS):
        mode = "write" if run % 2 else "export"
        log = tmp_path / f"log-{run}"
        pid = int(zygote.ask("run", mode, kind, str(folder), str(log)).split()[1])
        # up to ~3 exports' time in export mode; a write alone takes a few milliseconds
        span = 3 * zygote.cycle[kind] if mode == "export" else 0.06
        time.sleep(rng.uniform(0.0, span))
        os.kill(pid, signal.SIGKILL)
        status = int(zygote.ask("reap", str(pid)).split()[1])
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            f"seed {seed}: the exporter ended by itself (status {status}): it raised"
        )
        marks = log.read_bytes() if log.exists() else b""
        completed_writes += marks.count(b"d")
        last = marks[-1:]
        if b"d" not in marks and last != b"w":
            landed["before the first write"] += 1
        elif last == b"w":
            landed["inside write_atomic"] += 1
        elif last == b"b":
            landed["building"] += 1
        else:
            landed["between writes"] += 1

        finals = [p for p in folder.iterdir() if not p.name.startswith(".")]
        temps = [p for p in folder.iterdir() if p.name.startswith(".")]
        max_temps = max(max_temps, len(temps))
        for p in temps:
            if not TEMP.match(p.name):
                strays += 1
                problems.append(f"run {run}: unexpected hidden file {p.name!r}")
        (target,) = finals if finals else (None,)
        if len(finals) > 1:
            strays += 1
            problems.append(f"run {run}: more than one final file: {[p.name for p in finals]}")
        if target is None:
            if present_once:
                absent_after_present += 1
                problems.append(f"run {run}: the previous export vanished")
            continue
        present_once = True
        problem = check(kind, target)
        if problem:
            partial += 1
            problems.append(f"run {run} ({mode}, last mark {last!r}): {problem}")
    elapsed = time.monotonic() - started
    summary = (
        f"{kind}: {RUNS} kills in {elapsed:.1f} s (seed {seed}); landed {landed}; "
        f"{completed_writes} exports completed before the kills; {partial} partial files at the "
        f"final path; {absent_after_present} previous exports lost; {strays} stray files; "
        f"at most {max_temps} leftover temporary files"
    )
    print("\n" + summary)
    record_property("summary", summary)
    assert not problems, f"seed {seed}: {problems[:5]}"
    assert landed["inside write_atomic"] >= RUNS // 10, f"too few kills inside the write: {landed}"


@pytest.mark.parametrize("kind", ["xlsx", "eml"])
def test_the_checks_catch_a_direct_write(tmp_path, zygote, kind):
    """Control: the same kills against a plain ``open(path, "wb")`` save do leave partial files,
    so the checks above would see one if the exports were not atomic."""
    rng = random.Random(int(os.environ.get("SVMI_FAULT_SEED", "1")))
    folder = tmp_path / "out"
    folder.mkdir()
    partial = 0
    for run in range(20):
        pid = int(
            zygote.ask("run", "direct", kind, str(folder), str(tmp_path / f"log-{run}")).split()[1]
        )
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(pid, signal.SIGKILL)
        zygote.ask("reap", str(pid))
        finals = [p for p in folder.iterdir() if not p.name.startswith(".")]
        if finals and check(kind, finals[0]) is not None:
            partial += 1
    print(f"\ncontrol ({kind}, direct write): {partial}/20 kills left a partial file")
    assert partial >= 3
