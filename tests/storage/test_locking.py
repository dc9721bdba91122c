"""D7: one writer across processes; a second one is told at once, a reader may still look."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from svmi_desktop.storage import Store, StoreLockedError

from .conftest import simple_assessment

CHILD = Path(__file__).with_name("lock_child.py")


def child(mode: str, folder: Path, **kwargs):
    """The lock child, its stdout and stderr on pipes (never pytest's inherited terminal)."""
    return subprocess.Popen(
        [sys.executable, str(CHILD), mode, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def test_second_writer_process_is_refused_within_a_second(paths):
    with Store.open(paths) as store:
        store.create_session(simple_assessment("Held Org"))
        proc = child("try", paths.data_dir)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        result = json.loads(out)
        assert result["error"] == "StoreLockedError"
        assert "already open in another window" in result["message"]
        assert result["seconds"] < 1.0
        store.set_answer(1, "A.M1", simple_assessment().answers["A.F1"])  # first writer unaffected


def test_writer_in_another_process_blocks_us_and_a_reader_may_look(paths):
    with Store.open(paths) as store:
        sid = store.create_session(simple_assessment("Held Org"))
    holder = child("hold", paths.data_dir, stdin=subprocess.PIPE)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "ready\n", holder.poll()
        started = time.monotonic()
        with pytest.raises(StoreLockedError, match="already open in another window"):
            Store.open(paths)
        assert time.monotonic() - started < 1.0
        with Store.open(paths, read_only=True) as reader:
            assert [s.id for s in reader.list_sessions()] == [sid]
            assert reader.load(sid).organisation.name == "Held Org"
        reader_proc = child("read", paths.data_dir)
        out, err = reader_proc.communicate(timeout=60)
        assert reader_proc.returncode == 0, err
        assert json.loads(out) == {"listed": ["Held Org"], "write": "StoreReadOnlyModeError"}
    finally:
        holder.send_signal(signal.SIGKILL)  # a killed holder leaves a stale lock...
        holder.wait()
        holder.stdout.close()
        holder.stdin.close()
        if holder.stderr is not None:
            holder.stderr.close()
    with Store.open(paths) as store:  # ...which the operating system has already cleared
        assert store.unclean_shutdown
        assert [s.id for s in store.list_sessions()] == [sid]


def test_second_store_in_the_same_process_is_refused(paths):
    with Store.open(paths), pytest.raises(StoreLockedError):
        Store.open(paths)
    with Store.open(paths):  # released on close
        pass


def test_failed_open_releases_the_lock(paths):
    paths.data_dir.mkdir(parents=True)
    paths.database.write_bytes(
        b"SQLite format 3\x00" + b"\x00" * 44 + (99).to_bytes(4, "big") + b"\x00" * 36
    )
    from svmi_desktop.storage import StoreNewerError

    with pytest.raises(StoreNewerError):
        Store.open(paths)
    with pytest.raises(StoreNewerError):  # not StoreLockedError
        Store.open(paths)
