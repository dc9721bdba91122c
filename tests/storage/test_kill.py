"""D1: SIGKILL at random moments while autosaving never corrupts or loses an acknowledged answer.

A fresh child process opens the store and autosaves in a loop, printing each change only after
the call returned; the parent kills it at a random moment (sometimes before the store is even
open), then opens the store as the app would after a crash and checks it. ``SVMI_KILL_RUNS``
sets the number of kills (default 200; 1,000 with ``SVMI_LONG=1``, the switch shared with the
export kill and fuzz tests), ``SVMI_KILL_SECONDS`` the time bound (default 300; 1,500 long).
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from svmi_desktop.paths import AppPaths
from svmi_desktop.storage import Store

from ..fault_kit import sigkill, start_child
from ..long_mode import count, seconds
from .conftest import simple_assessment
from .kill_child import answer_for

CHILD = Path(__file__).with_name("kill_child.py")
RUNS = count("SVMI_KILL_RUNS", 200, 1000)
SECONDS = seconds("SVMI_KILL_SECONDS", 300, 1500)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_while_autosaving_loses_nothing_acknowledged(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    with Store.open(paths) as store:
        sid = store.create_session(simple_assessment())
    rng = random.Random(int(os.environ.get("SVMI_KILL_SEED", str(time.time_ns()))))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    started = time.monotonic()
    runs = acked_total = corrupt = lost = killed_before_ready = in_flight_landed = 0
    last_note = -1
    while runs < RUNS and time.monotonic() - started < SECONDS:
        base = runs * 1_000_000
        child = start_child([str(CHILD), str(paths.data_dir), str(sid), str(base)], env)
        assert child.stdout is not None
        ready = False
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0.0, 0.15))  # during start-up, opening or checking
        else:
            line = child.stdout.readline()
            assert line == b"ready\n", line
            ready = True
            time.sleep(rng.uniform(0.0, 0.08))  # mid-autosave
        out, err = sigkill(child)
        assert child.returncode == -signal.SIGKILL, err.decode()
        output = out.decode()
        lines = output.split("\n")[:-1]  # a cut-off last line is not acknowledged
        if not ready and "ready" not in lines:
            killed_before_ready += 1
        answers = [int(x.split()[1]) for x in lines if x.startswith("a ")]
        notes = [int(x.split()[1]) for x in lines if x.startswith("n ")]
        acked_total += len(answers) + len(notes)

        with Store.open(paths) as store:  # what the app does after a crash
            assert store.recovery is None, store.recovery
            if store.integrity_check() != "ok":
                corrupt += 1
            stored = store.load(sid)
            mine = {
                k: v
                for k, v in stored.answers.items()
                if k.startswith("K.") and base <= int(k[2:]) < base + 1_000_000
            }
            for n in answers:
                if mine.get(f"K.{n}") != answer_for(n):
                    lost += 1
            extra = set(mine) - {f"K.{n}" for n in answers}
            # at most the one change in flight when the kill came may have been committed
            assert len(extra) <= 1, extra
            if extra:
                in_flight_landed += 1
                (key,) = extra
                assert int(key[2:]) == (answers[-1] + 1 if answers else base)
                assert mine[key] == answer_for(int(key[2:]))
            note = stored.notes.get("N")
            note_n = int(note.split()[1]) if note else -1
            if notes:
                last_note = notes[-1]
            if note_n < last_note:
                lost += 1
            last_note = max(last_note, note_n)
        runs += 1
    elapsed = time.monotonic() - started
    print(
        f"\nkill test: {runs} kills in {elapsed:.1f} s ({elapsed / max(runs, 1) * 1000:.0f} ms "
        f"each), {acked_total} acknowledged changes, {corrupt} corrupt databases, {lost} lost "
        f"answers, {killed_before_ready} kills before the store was open, "
        f"{in_flight_landed} in-flight changes committed before the kill"
    )
    assert corrupt == 0
    assert lost == 0
    assert runs >= min(RUNS, 200), f"only {runs} kills within {SECONDS} s"
