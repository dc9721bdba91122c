"""Issue 9 case 11: closing finishes in under 2 s while another process holds a read
transaction, and says the checkpoint was deferred; nothing is lost, and the next close wipes.

Fails on the code before the fix: closing retried the checkpoint 20 times, each waiting the
2 s busy timeout (about 50 s), and said nothing.
"""

from __future__ import annotations

import subprocess
import sys
import time

from svmi_desktop.storage import Store

from .conftest import simple_assessment

READER = """
import sqlite3, sys, time
conn = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True, isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM sessions").fetchone()
print("reading", flush=True)
time.sleep(60)
"""


def test_closing_does_not_wait_for_another_programs_reader(paths):
    store = Store.open(paths)
    kept = store.create_session(simple_assessment("Kept"))
    gone = store.create_session(simple_assessment("Deleted before closing"))
    store.delete_session(gone)
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(paths.database)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,  # shown if it fails; never pytest's inherited stderr
        text=True,
    )
    try:
        assert reader.stdout is not None and reader.stderr is not None
        line = reader.stdout.readline()
        assert line.strip() == "reading", line + reader.stderr.read()
        started = time.monotonic()
        store.close()
        took = time.monotonic() - started
    finally:
        reader.kill()
        reader.communicate()  # waits, and closes both pipes
    assert took < 2.0, f"closing took {took:.1f} s"
    assert store.checkpoint_deferred is not None
    assert "Another program was reading the sessions" in store.checkpoint_deferred
    with Store.open(paths) as again:  # nothing lost; the deleted one stays deleted
        assert [s.id for s in again.list_sessions()] == [kept]
    assert again.checkpoint_deferred is None
    wal = paths.database.with_name(paths.database.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert b"Deleted before closing" not in paths.database.read_bytes()
