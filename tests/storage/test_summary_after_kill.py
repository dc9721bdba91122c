"""Issue 9 case 13: after a kill, the start screen's progress ("N of M answered") matches the
answers stored, because the summary is written in the same transaction as the change.

Fails on the code before the fix: the answer and the summary were two commits, so a kill between
them left the summary one behind (84 times in 2,000 kills). ``SVMI_SUMMARY_KILLS`` sets the
number of kills (default 60; 1,000 with ``SVMI_LONG=1``).
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.paths import AppPaths
from svmi_desktop.services.workshop import Workshops
from svmi_desktop.storage import Store

from ..fault_kit import sigkill, start_child
from ..long_mode import count
from .conftest import simple_assessment

CHILD = Path(__file__).with_name("summary_kill_child.py")
RUNS = count("SVMI_SUMMARY_KILLS", 60, 1000)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_the_summary_is_never_behind_after_a_kill(tmp_path):
    paths = AppPaths.under(tmp_path / "data")
    with Store.open(paths) as store:
        sid = Workshops(store, IndexLibrary()).add(simple_assessment()).session_id
    rng = random.Random(int(os.environ.get("SVMI_KILL_SEED", str(time.time_ns()))))
    behind = []
    k = 0
    for run in range(RUNS):
        child = start_child([str(CHILD), str(paths.data_dir), str(sid), str(k)])
        assert child.stdout is not None and child.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.06))
        sigkill(child)
        with Store.open(paths) as store:
            (summary,) = store.list_sessions()
            stored = Workshops(store, IndexLibrary()).open(sid)
            if summary.answered != stored.answered:
                behind.append((run, summary.answered, stored.answered))
        k += rng.randrange(1, 40)  # the next child starts elsewhere in the cycle
    print(f"\nsummary kill test: {RUNS} kills, {len(behind)} summaries out of step")
    assert behind == []
